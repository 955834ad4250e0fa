"""Three classes of a requirement written as a sentence, via the CLI:

- "take and interpret digital radiographs, including FMX, bitewings and panoramic images": the
  kind named right before its examples is what they are examples of; a résumé that shows the
  examples shows the kind;
- "someone who can ...": the clause after a person sought says what that person does, which is
  the ask, not a description to skip;
- "experience preparing donor reports": a word may be found as another of the same meaning
  ("the annual report for our funder"), all words still in one line.
"""

from __future__ import annotations

POSTING = """Veterinary Technician — Harbourview Animal Hospital, Halifax

Requirements
- We need someone who can run blood panels, including CBC and serum chemistry, on the in-house analyser.
- You can keep practice registers, including controlled drug logs and autoclave records.
- You will schedule field visits, including farm walks and herd health checks.
"""
PANELS = (
    "We need someone who can run blood panels, including CBC and serum chemistry, on the in-house analyser."
)
REGISTERS = "You can keep practice registers, including controlled drug logs and autoclave records."


def test_a_kind_before_its_examples_is_asked_with_them(extract_text) -> None:
    report = extract_text(POSTING)
    panels, registers, visits = (
        [t["text"] for g in r["groups"] for t in g["terms"]] for r in report["minimum"]
    )
    assert panels == ["blood panels", "CBC", "serum chemistry"]
    assert registers == ["practice registers", "controlled drug logs", "autoclave records"]
    # a kind of one word ("visits" of "field visits") names nothing: the examples are asked
    assert visits == ["farm walks", "herd health checks"]


def test_the_examples_show_the_kind(score_lines) -> None:
    resume = (
        "Chloé Arsenault\n\nEXPERIENCE\n"
        "Veterinary Technician — Bedford Pet Clinic, Bedford NS (2020 – present)\n"
        "- Run CBC and serum chemistry on the IDEXX analyser every morning\n"
        "- Keep the controlled drug logs and check them with the practice owner each Friday\n"
    )
    rows = score_lines(POSTING, resume)
    assert rows[PANELS]["verdict"] == "met", rows[PANELS]["reason"]
    assert rows[PANELS]["evidence"][0]["text"].startswith("Run CBC and serum chemistry")
    # one of the two registers named: the kind is shown in part
    assert rows[REGISTERS]["verdict"] == "partial", rows[REGISTERS]["reason"]


def test_the_kind_is_not_shown_without_its_examples(score_lines) -> None:
    resume = (
        "Liam Doucet\n\nEXPERIENCE\nKennel Attendant — Bedford Pet Clinic, Bedford NS (2021 – present)\n"
        "- Fed, walked and cleaned up after boarding dogs\n"
    )
    rows = score_lines(POSTING, resume)
    assert rows[PANELS]["verdict"] == "missing"
    assert rows[REGISTERS]["verdict"] == "missing"


def test_a_word_of_the_same_meaning_shows_a_term(score_lines) -> None:
    posting = (
        "Grants Officer — Riverbend Trust\n\nEssential\n- Experience preparing donor reports\n"
        "- Experience handling customer complaints\n"
    )
    resume = (
        "Amaka Obi\n\nEXPERIENCE\nProgramme Assistant — Lagos Reading Trust (2021 – 2025)\n"
        "- Prepared quarterly funder reports for three foundations\n"
        "- Handled client complaints by phone and e-mail\n"
    )
    rows = score_lines(posting, resume)
    donor = rows["Experience preparing donor reports"]
    assert donor["verdict"] == "met", donor["reason"]
    assert "same meaning" in donor["reason"]
    assert donor["evidence"][0]["text"] == "Prepared quarterly funder reports for three foundations"
    assert rows["Experience handling customer complaints"]["verdict"] == "met"


def test_a_word_of_another_meaning_is_no_stand_in(score_lines) -> None:
    """Only the words of one group stand in for each other: "volunteer reports" is no donor report,
    and "employment" (whose stem "employees" would share) is no staff."""
    posting = (
        "Coordinator\n\nEssential\n- Experience preparing donor reports\n- Experience in staff rostering\n"
    )
    resume = (
        "Sam Reyes\n\nEXPERIENCE\nVolunteer Lead — Eastside Food Bank (2022 – 2025)\n"
        "- Prepared monthly volunteer reports for the board\n"
        "- Ran employment rostering workshops for job seekers\n"
    )
    rows = score_lines(posting, resume)
    assert rows["Experience preparing donor reports"]["verdict"] != "met"
    assert rows["Experience in staff rostering"]["verdict"] != "met"
