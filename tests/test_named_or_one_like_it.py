"""Classes read in the twenty-sixth session, each on our own examples, via the CLI:

- "X or a similar KIND (e.g. A, B)": the named product, the kind and its examples are one choice,
  so one of the examples used meets the line; "X or similar frameworks and Y" still asks for Y;
- "X (A, B) or Y": the thing after the bracket is an alternative to the thing before it, and is
  searched for even when the taxonomy does not know it;
- "A, B or an equivalent KIND certification": a credential named or one of its kind;
- "A, B or C is an advantage": the cue at the end of a list speaks of the whole list (every
  item stays, the line is preferred), unlike "relational databases, ideally PostgreSQL".
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


def test_a_credential_or_an_equivalent_of_its_kind_is_one_choice(score_lines) -> None:
    posting = (
        "Security Engineer\n\nRequirements\n"
        "- CISSP, CISM or an equivalent information security management certification\n"
    )
    resume = (
        "Ravi Menon\n\nCERTIFICATIONS\nCISM – ISACA, 2021 (active)\n\n"
        "EXPERIENCE\nSecurity Manager — Harbor Bank (2019 – present)\n- Ran the ISMS and risk register\n"
    )
    (row,) = score_lines(posting, resume).values()
    assert row["verdict"] == "met", row["reason"]


def test_a_cue_after_a_list_makes_the_whole_list_preferred(extract_text) -> None:
    report = extract_text(
        "Pharmacy Assistant\n\nRequirements\n"
        "- Dispensing experience in a community pharmacy\n"
        "- Ability to speak Tamil, Hindi or another Indian language with customers is an advantage\n"
        "- Experience with relational databases, ideally PostgreSQL or MySQL\n"
    )
    preferred = {r["text"]: r for r in report["preferred"]}
    line = preferred[
        "Ability to speak Tamil, Hindi or another Indian language with customers is an advantage"
    ]
    names = [t["text"] for g in line["groups"] for t in g["terms"]]
    assert names[:2] == ["Tamil", "Hindi"], names
    minimum = [r["text"] for r in report["minimum"]]
    assert "Experience with relational databases, ideally PostgreSQL or MySQL" in minimum


def test_a_kind_named_without_its_everyday_word_shows_it(score_lines) -> None:
    posting = (
        "Transport Planner\n\nRequirements\n"
        "- Experience with a fleet-tracking system such as Teletrac or Webfleet\n"
    )
    resume = (
        "Ellie Shaw\n\nEXPERIENCE\nTransport Clerk — Hope Haulage (2021 – present)\n"
        "- Watched 40 vans on the depot's fleet tracking screen and rerouted drivers around closures\n"
    )
    (row,) = score_lines(posting, resume).values()
    assert row["verdict"] == "met", row["reason"]
    unrelated = resume.replace("fleet tracking screen", "whiteboard")
    (row,) = score_lines(posting, unrelated).values()
    assert row["verdict"] == "missing", row["reason"]
