"""A line that names a qualification by its routes ("Completed technical training (HTL, Kolleg or an
apprenticeship as electrician) or a degree") asks for the lowest route's level: the routes are the
degree's alternatives, not terms to search for; "N years in a field" is years asked — via the CLI."""

from __future__ import annotations

POSTING = """Building Services Technician – Linz

Requirements
- Completed technical training (HTL, Kolleg or apprenticeship as electrician) or a degree in electronics
- 2 years in facility maintenance
"""

RESUME = """Lukas Eder
Linz, Austria · lukas.eder@example.com

Experience
Facility Maintenance Technician – Donau Facility GmbH, Linz – 03/2019 – present
- Maintenance of HVAC, sprinkler and low-voltage installations in four office buildings

Education
2015 – 2019 Apprenticeship as electrician (Elektrotechnik) – Energie AG, Linz; Lehrabschlussprüfung 2019
"""

SHORT = """Mara Huber
Linz, Austria · mara.huber@example.com

Experience
Facility Maintenance Technician – Donau Facility GmbH, Linz – 03/2025 – present
- Maintenance of HVAC, sprinkler and low-voltage installations in four office buildings

Education
2015 – 2019 Apprenticeship as electrician (Elektrotechnik) – Energie AG, Linz; Lehrabschlussprüfung 2019
"""

TRAINING = (
    "Completed technical training (HTL, Kolleg or apprenticeship as electrician) or a degree in electronics"
)
YEARS = "2 years in facility maintenance"


def test_an_apprenticeship_meets_a_qualification_named_by_its_routes(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert rows[TRAINING]["verdict"] == "met", rows[TRAINING]
    assert "HTL" not in rows[TRAINING]["reason"], rows[TRAINING]["reason"]


def test_years_in_a_field_are_years_asked(score_lines) -> None:
    assert score_lines(POSTING, RESUME)[YEARS]["verdict"] == "met"
    row = score_lines(POSTING, SHORT)[YEARS]
    assert row["verdict"] == "partial", row
    assert "2+ years" in row["reason"], row["reason"]
