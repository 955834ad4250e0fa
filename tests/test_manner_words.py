"""A line's manner word ("Safe use of ...", "Safe handling of ...") is no thing to search for: the
line asks for what is used, and the Scaled Agile Framework keeps its own capitals — via the CLI."""

from __future__ import annotations

POSTING = """Machine Operator

Requirements
- Safe use of conventional measuring equipment (micrometer, bore gauge, height gauge)
- Safe handling of Fanuc or Mazak controls
- SAFe Agilist certification
"""

RESUME = """Tomasz Nowak
Leeds, UK · tomasz.nowak@example.com

Experience
CNC operator – Northbank Engineering, Leeds – 03/2020 – present
- Checked turned shafts with a micrometer, bore gauge and height gauge after every setup
- Ran Fanuc 0i-TF lathes and edited programs at the control
"""


def test_a_manner_word_before_what_is_used_is_not_searched_for(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    for line in (
        "Safe use of conventional measuring equipment (micrometer, bore gauge, height gauge)",
        "Safe handling of Fanuc or Mazak controls",
    ):
        assert "“Safe”" not in rows[line]["reason"], rows[line]["reason"]
        assert rows[line]["verdict"] == "met", rows[line]


def test_the_scaled_agile_framework_keeps_its_meaning(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert "Scaled Agile" in rows["SAFe Agilist certification"]["reason"]
