"""A language asked by its family ("a second European language") or from a list in brackets
("a second language (Spanish or Italian)") is not met by any language at all — via the CLI."""

from __future__ import annotations

POSTING = """Guest Services Agent — Lisbon airport hotel

What we need
- 1+ years in a hotel front office or guest services
- A second European language (Spanish, Italian, German or French)
- A second language (Mandarin or Japanese)
- Another language, e.g. Arabic or Russian
"""

RESUME = """Amrit Kaur Sandhu
Lisbon, Portugal · amrit.sandhu@example.com

Experience
Front Office Agent, Hotel Miradouro, Lisbon — 05/2022 – present
- Check-in and check-out for 180 rooms; handled guest complaints at the desk

Languages
English (native), Punjabi (fluent), Portuguese (B2)
"""


def test_a_language_of_another_family_does_not_meet_a_family_asked(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["A second European language (Spanish, Italian, German or French)"]
    # Portuguese is European but not in the list: another language, not one of those named
    assert row["verdict"] == "partial", row
    assert "not one of those the line names" in row["reason"]


def test_a_family_asked_with_no_member_in_the_resume_is_missing(score_lines) -> None:
    resume = RESUME.replace("Punjabi (fluent), Portuguese (B2)", "Punjabi (fluent), Hindi (B2)")
    rows = score_lines(POSTING, resume)
    row = rows["A second European language (Spanish, Italian, German or French)"]
    assert row["verdict"] == "missing", row


def test_a_bracket_naming_the_choice_gives_another_language_only_part(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert rows["A second language (Mandarin or Japanese)"]["verdict"] == "partial"


def test_examples_in_brackets_leave_any_other_language_welcome(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert rows["Another language, e.g. Arabic or Russian"]["verdict"] == "met"


def test_a_language_named_in_the_list_meets_it(score_lines) -> None:
    resume = RESUME.replace("Portuguese (B2)", "Italian (C1)")
    rows = score_lines(POSTING, resume)
    assert rows["A second European language (Spanish, Italian, German or French)"]["verdict"] == "met"
