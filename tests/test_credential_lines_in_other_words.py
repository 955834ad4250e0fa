"""A credential named on a line outside a certifications section still counts when the line says it is
held in its own words: "Member, <body spelled out> (<its letters>)", or a validity written in the CV's
language ("fornyet 02/2025, gyldig til 02/2027") — via the CLI."""

from __future__ import annotations

POSTING = """Offshore Technician – Stavanger

Requirements
- Active member of the Norwegian Society of Engineers and Technologists (NITO)
- Valid GWO Basic Safety Training
"""

RESUME = """Jonas Haugland
Stavanger · jonas.haugland@example.com

Experience
Wind Turbine Technician – Nordsjø Vind AS, Stavanger – 2020 – present
- Service and troubleshooting on 8 MW offshore turbines

Other
Member, Norwegian Society of Engineers and Technologists (NITO), since 2019
GWO Basic Safety Training – fornyet 02/2025, gyldig til 02/2027
"""

NOT_HELD = RESUME.replace("Member, Norwegian", "Attended a seminar of the Norwegian").replace(
    "GWO Basic Safety Training – fornyet 02/2025, gyldig til 02/2027", "Read about GWO Basic Safety Training"
)


def test_held_in_the_lines_own_words(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    for line in (
        "Active member of the Norwegian Society of Engineers and Technologists (NITO)",
        "Valid GWO Basic Safety Training",
    ):
        assert rows[line]["verdict"] == "met", rows[line]


def test_named_without_being_held(score_lines) -> None:
    rows = score_lines(POSTING, NOT_HELD)
    assert rows["Valid GWO Basic Safety Training"]["verdict"] != "met"
