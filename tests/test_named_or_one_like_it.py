"""Classes read in the twenty-sixth session, each on our own examples, via the CLI:

- "X or a similar KIND (e.g. A, B)": the named product, the kind and its examples are one choice,
  so one of the examples used meets the line; "X or similar frameworks and Y" still asks for Y;
- "X (A, B) or Y": the thing after the bracket is an alternative to the thing before it, and is
  searched for even when the taxonomy does not know it.
"""

from __future__ import annotations

POSTING = """Site Coordinator

Requirements
- Experience with Procore or a similar construction management platform (for example Aconex or Buildertrend)
- Experience with Xero or another cloud accounting package (e.g. MYOB, QuickBooks Online)
- Working knowledge of Epic or a comparable electronic health record (such as Cerner or Meditech)
"""

RESUME = """Dana Whitfield
dana@example.com

EXPERIENCE
Project Coordinator, Harbour Build Ltd, 2019 - present
- Managed RFIs, drawings and submittals in Aconex for a 14-storey build
- Reconciled supplier invoices in MYOB and ran month-end reports
- Charted patient notes in Meditech during two years as a ward clerk
"""


def test_an_example_of_the_similar_kind_meets_the_line(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert len(rows) == 3
    for text, row in rows.items():
        assert row["verdict"] == "met", (text, row["reason"])


def test_the_named_product_alone_still_meets_it(score_lines) -> None:
    resume = RESUME.replace("in Aconex", "in Procore")
    rows = score_lines(POSTING, resume)
    procore = next(r for t, r in rows.items() if t.startswith("Experience with Procore"))
    assert procore["verdict"] == "met"
    assert "Procore" in procore["reason"]


def test_a_thing_asked_after_the_similar_kind_stays_asked(extract_text) -> None:
    report = extract_text("Developer\n\nRequirements\n- React or similar frameworks and TypeScript\n")
    (line,) = report["minimum"]
    groups = [[t["text"] for t in g["terms"]] for g in line["groups"]]
    assert groups == [["React"], ["TypeScript"]]


def test_the_alternative_after_a_bracket_is_kept_and_enough(score_lines, extract_text) -> None:
    posting = (
        "Freight Clerk\n\nRequirements\n"
        "- Experience with EU customs (ATLAS, NCTS transit declarations) or road haulage paperwork\n"
    )
    report = extract_text(posting)
    (line,) = report["minimum"]
    groups = [[t["text"] for t in g["terms"]] for g in line["groups"]]
    assert len(groups) == 1 and "road haulage paperwork" in groups[0], groups
    resume = (
        "Mira Kovac\n\nEXPERIENCE\nTransport Clerk — Danube Freight (2020 – present)\n"
        "- Prepared road haulage paperwork (CMR notes, delivery sheets) for 40 lorries a week\n"
    )
    (row,) = score_lines(posting, resume).values()
    assert row["verdict"] == "met", row["reason"]
    assert "road haulage paperwork" in row["reason"]


def test_a_bracket_of_plain_examples_before_another_thing_reads_cleanly(score_lines) -> None:
    posting = "Frontend Engineer\n\nRequirements\n- Strong Vue (composables, slots, transitions) and Sass\n"
    resume = (
        "Ana Lind\n\nEXPERIENCE\nFrontend Developer — Norr AB (2021 – present)\n"
        "- Built Vue components with composables and slots; styled them in Sass\n"
    )
    (row,) = score_lines(posting, resume).values()
    assert row["verdict"] == "met", row["reason"]
