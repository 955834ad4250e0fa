"""A diploma named after a body or programme ("a diploma NIMA-A Marketing", "Diploma VCA-VOL") is that
qualification, checked by its name, not any diploma; "MBO-4 diploma" stays a level of education — via
the CLI."""

from __future__ import annotations

POSTING = """Marketing Assistant – Utrecht

Requirements
- MBO-4 diploma in commerce or marketing
- A diploma NIMA-A Marketing is a plus
"""

EXPERIENCE = """Sanne de Wit
Utrecht · sanne.dewit@example.com

Experience
Marketing Assistant – Bloemhof BV, Utrecht – 03/2021 – present
- Ran the newsletter and the webshop's seasonal campaigns

Education
- 2017 – 2021 MBO-4 Commercieel Medewerker Marketing – ROC Midden Nederland (diploma 2021)
"""

NAMED = "A diploma NIMA-A Marketing is a plus"


def test_another_diploma_does_not_meet_a_named_one(score_lines) -> None:
    rows = score_lines(POSTING, EXPERIENCE)
    assert rows["MBO-4 diploma in commerce or marketing"]["verdict"] == "met"
    assert rows[NAMED]["verdict"] == "missing", rows[NAMED]
    assert "NIMA-A" in rows[NAMED]["reason"]


def test_the_named_diploma_held_meets_it(score_lines) -> None:
    resume = EXPERIENCE + "- 2022 NIMA-A Marketing – diploma, NIMA\n"
    rows = score_lines(POSTING, resume)
    assert rows[NAMED]["verdict"] == "met", rows[NAMED]
