"""A completed apprenticeship is a vocational qualification, on a posting's line and on a résumé's
education line, in English as in German ("Apprenticeship as ...", "Apprenticeship (Ausbildung) as
...", "time-served apprenticeship"); the lowest route a line offers is what it asks ("an
apprenticeship or a degree"); an English Level 2 apprenticeship stands with school-leaving
qualifications — via the CLI."""

from __future__ import annotations

import pytest

POSTING = """Maintenance Fitter – Ballinasloe Foods

Requirements
- Time-served apprenticeship as a fitter or a comparable mechanical trade qualification
- Completed commercial training (apprenticeship as a retail clerk) or a university degree in business
"""

RESUME = """Ciarán Duffy
Galway, Ireland · ciaran.duffy@example.com

Experience
Maintenance Fitter – Western Packaging Ltd, Athenry – 2016 – present
- Planned maintenance on filling lines, gearboxes and conveyors

Education
2012 – 2016 Apprenticeship as a Mechanical Fitter – SOLAS, GRETB (Advanced Certificate Craft)
2006 – 2011 Leaving Certificate – Coláiste Bhaile Chláir
"""

SCHOOL_ONLY = """Aoife Byrne
Galway, Ireland · aoife.byrne@example.com

Experience
Production Operative – Western Packaging Ltd, Athenry – 2016 – present
- Ran the carton erector and cleared jams on the filling line

Education
2006 – 2011 Leaving Certificate – Coláiste Bhaile Chláir
"""

LINES = (
    "Time-served apprenticeship as a fitter or a comparable mechanical trade qualification",
    "Completed commercial training (apprenticeship as a retail clerk) or a university degree in business",
)


def test_an_apprenticeship_meets_an_apprenticeship_asked(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert rows[LINES[0]]["verdict"] == "met", rows[LINES[0]]
    # the apprenticeship route of the second line is open to any completed apprenticeship's level
    assert "below the bachelor" not in rows[LINES[1]]["reason"], rows[LINES[1]]


def test_school_leaving_alone_is_below_an_apprenticeship(score_lines) -> None:
    rows = score_lines(POSTING, SCHOOL_ONLY)
    assert rows[LINES[0]]["verdict"] == "missing", rows[LINES[0]]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2012 – 2016 Apprenticeship (Ausbildung) as Industriemechaniker – IHK Stuttgart", "diploma"),
        ("Apprenticeship in carpentry – Jordan Builders, Cork", "diploma"),
        ("Level 2 Apprenticeship in Hairdressing, Salon Academy Leeds", "secondary"),
        ("2009 – 2014 Bundeshandelsakademie Graz (HAK), accounting and controlling", "associate"),
    ],
)
def test_an_apprenticeship_on_an_education_line_has_its_level(line: str, level: str) -> None:
    from jobmatch.phrases import parse_degree

    degree = parse_degree(line, resume_line=True)
    assert degree is not None and degree.level == level, degree
