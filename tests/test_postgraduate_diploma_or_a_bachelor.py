"""A postgraduate teaching diploma "or" a bachelor's named as the other choice ("A PGDE, or a BEd
with a subject specialism"): the bachelor's meets the line; where no bachelor's is offered
("Postgraduate Diploma in Education") a bachelor's alone stays below it. Our own examples, via
the CLI."""

from __future__ import annotations

BED = """Liam Doyle

EDUCATION
BEd (Hons) Secondary Education: Mathematics, St Ninian's College, 2015

EXPERIENCE
Maths Teacher — Glenview Academy (2015 – present)
- Taught S1–S6 maths
"""


def test_the_bachelor_offered_after_or_meets_the_line(score_lines) -> None:
    posting = "Maths Teacher\n\nRequirements\n- A PGDE (Secondary), or a BEd with a mathematics specialism\n"
    (row,) = score_lines(posting, BED).values()
    assert row["verdict"] == "met", row["reason"]


def test_without_the_bachelor_offered_the_diploma_is_still_asked(score_lines) -> None:
    posting = "Maths Teacher\n\nRequirements\n- A Postgraduate Diploma in Education (PGDE)\n"
    (row,) = score_lines(posting, BED).values()
    assert row["verdict"] != "met", row["reason"]
