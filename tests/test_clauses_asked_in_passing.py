"""What a line asks in passing: a welcome clause with an intensifier ("... is a strong plus")
is optional; "especially X or Y" names the most welcome of the thing asked, not a second ask; a
grade word alone ("Associate") is no credential; "cash handling, night audit and ..." is three
things; a line's head word found without any of the things it goes on to name is only part of
it; and who may be hired at all is read where the posting says how to apply — via the CLI."""

from __future__ import annotations

POSTING = """Reservations and Front Desk Agent — harbour hotel, Split

Requirements
- Fluent English, spoken and written; Italian or German is a strong plus
- Sound knowledge of cash handling, night audit and foreign-currency procedures
- Confidence on the phone: booking calls, group quotes and complaint call-backs
- Another language is a plus, especially Czech or Slovak
- A hospitality certification: AHLA Certified Guest Service Professional – Associate level or similar

How to apply
Send your CV to jobs@example.com. Applicants must hold the right to work in the EU.
"""

RESUME = """Ivana Perić
Split, Croatia · ivana.peric@example.com · EU citizen (Croatian)

Experience
Receptionist, Hotel Marjan, Split — 04/2021 – present
- Check-in and check-out for 120 rooms; cash handling and closing the shift float
- Answered the phone for the reservations team

Languages
Croatian (native), English (C1), Polish (B2)

Certifications
Microsoft Certified: Azure Fundamentals Associate (2022)
"""


def rows(score_lines) -> dict[str, dict]:
    return score_lines(POSTING, RESUME)


def test_a_strong_plus_is_optional_in_a_required_line(score_lines) -> None:
    row = rows(score_lines)["Fluent English, spoken and written; Italian or German is a strong plus"]
    assert row["bucket"] == "minimum"
    assert row["verdict"] == "met", row


def test_three_things_in_a_list_are_each_looked_for(score_lines) -> None:
    row = rows(score_lines)["Sound knowledge of cash handling, night audit and foreign-currency procedures"]
    assert row["verdict"] == "partial", row
    assert "cash handling" in row["reason"]


def test_a_head_word_without_what_it_names_is_part_of_it(score_lines) -> None:
    row = rows(score_lines)["Confidence on the phone: booking calls, group quotes and complaint call-backs"]
    assert row["verdict"] == "partial", row


def test_especially_names_alternatives_not_a_second_ask(score_lines) -> None:
    row = rows(score_lines)["Another language is a plus, especially Czech or Slovak"]
    assert row["verdict"] == "met", row  # Polish (B2): another language


def test_a_grade_word_alone_is_no_credential(score_lines) -> None:
    line = (
        "A hospitality certification: AHLA Certified Guest Service Professional – Associate level or similar"
    )
    row = rows(score_lines)[line]
    assert "Associate held" not in row["reason"], row
    assert row["verdict"] != "met", row


def test_the_right_to_work_said_under_how_to_apply_is_a_requirement(score_lines) -> None:
    found = rows(score_lines)
    assert "Applicants must hold the right to work in the EU." in found
