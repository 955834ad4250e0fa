"""A course left unfinished or still under way beside a lower qualification earned, a deadline that
is not a condition ("eligible to register before your start date"), citizens-and-PRs lines, shift
rosters a CV already works in Spanish and Portuguese, and year ranges written in words or in
other languages ("Entre 4 y 6 años", "de deux (2) à quatre (4) ans")."""

from __future__ import annotations

import pytest

from jobmatch.phrases import parse_years

TECH_POSTING = """Junior Network Technician - Quezon City

Qualifications
- Diploma or degree in Information Technology or a related discipline
"""

CV_UNFINISHED = """Paolo Reyes
Quezon City | paolo@example.com

WORK EXPERIENCE
Retail Sales Associate, Gadget Hub, Quezon City (June 2022 - Present)
- Set up phones and laptops for customers.

EDUCATION
2018 - 2021   Diploma in Information Technology, Metro Polytechnic College
              - Completed 4 of 6 semesters, deferred due to family commitments
"""

CV_YEARS_DONE = CV_UNFINISHED.replace(
    """2018 - 2021   Diploma in Information Technology, Metro Polytechnic College
              - Completed 4 of 6 semesters, deferred due to family commitments""",
    "BS in Information Technology (2 years completed, 2018 - 2020) - Bulacan State University",
)


@pytest.mark.parametrize("cv", [CV_UNFINISHED, CV_YEARS_DONE])
def test_a_course_left_unfinished_is_not_a_degree_held(score_lines, cv) -> None:
    line = score_lines(TECH_POSTING, cv)[
        "Diploma or degree in Information Technology or a related discipline"
    ]
    assert line["verdict"] == "missing"
    assert "incomplete, not held" in line["reason"]


COUNSELLOR_POSTING = """Mental Health Counsellor

Requirements
- Master's degree in Counselling Psychology from an accredited program
"""

CV_MASTERS_UNDER_WAY = """Aroha Ngata
Wellington | aroha@example.com

EXPERIENCE
Youth Support Worker, Te Whare Tiaki, Wellington (Feb 2021 - Present)
- Run weekly support groups for young people.

EDUCATION
Master of Counselling Psychology, Victoria University of Wellington, expected November 2027
Bachelor of Arts in Psychology, University of Otago, 2020
"""


def test_the_degree_asked_under_way_beside_the_level_below_is_partly_met(score_lines) -> None:
    line = score_lines(COUNSELLOR_POSTING, CV_MASTERS_UNDER_WAY)[
        "Master's degree in Counselling Psychology from an accredited program"
    ]
    assert line["verdict"] == "partial"
    assert "Master expected, not held yet" in line["reason"]  # the degree named without a dangling "of"


def test_without_a_lower_degree_earned_a_degree_under_way_stays_missing(score_lines) -> None:
    cv = CV_MASTERS_UNDER_WAY.replace("Bachelor of Arts in Psychology, University of Otago, 2020\n", "")
    line = score_lines(COUNSELLOR_POSTING, cv)[
        "Master's degree in Counselling Psychology from an accredited program"
    ]
    assert line["verdict"] == "missing"


NURSE_POSTING = """Practice Nurse - Cork

Requirements
- You must be registered with the Nursing and Midwifery Board of Ireland (NMBI), or be eligible to
register by your start date.
- Only EU citizens and PRs will be considered for this role.
"""

CV_NURSE = """Siobhan Keane
Cork | siobhan@example.com
Nationality: Irish

EXPERIENCE
Staff Nurse, Mercy University Hospital, Cork (Sep 2018 - Present)
- Care for 8 surgical patients a shift.

REGISTRATION
NMBI Registration PIN 123456 (active since 2018)
"""


def test_a_deadline_for_a_registration_is_not_an_availability_condition(score_lines) -> None:
    lines = score_lines(NURSE_POSTING, CV_NURSE)
    registration = next(r for text, r in lines.items() if text.startswith("You must be registered"))
    assert "condition" not in registration["kinds"]
    assert registration["verdict"] == "met"
    citizens = next(r for text, r in lines.items() if text.startswith("Only EU citizens"))
    assert citizens["kinds"] == ["condition"]
    assert "work authorisation" in citizens["reason"]


ROSTER_POSTING = """Técnico de mantenimiento - Antofagasta

Requisitos
- Disponibilidad para trabajar en sistema de turnos 7x7 en faena.
"""

CV_ROSTER = """Matías Fuentes
Antofagasta | matias@example.com

EXPERIENCIA
Mantenedor mecánico, Minera Cerro Alto (marzo 2019 – actualidad)
- Mantención de palas y camiones de extracción en sistema de turnos 7x7.
"""


def test_a_roster_the_cv_already_works_is_stated(score_lines) -> None:
    line = score_lines(ROSTER_POSTING, CV_ROSTER)[
        "Disponibilidad para trabajar en sistema de turnos 7x7 en faena."
    ]
    assert line["verdict"] == "met"
    assert "left out of the score" in line["reason"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Entre 4 y 6 años de experiencia en auditoría", 4, 6),
        ("De deux (2) à quatre (4) ans d'expérience en paie", 2, 4),
        ("between 2 and 5 years of experience in payroll", 2, 5),
        ("2 bis 4 Jahre Berufserfahrung in der Pflege", 2, 4),
        ("da 3 a 5 anni di esperienza in Java", 3, 5),
        ("Experiência de 3 a 5 anos em contabilidade", 3, 5),
    ],
)
def test_a_range_of_years_in_words_or_another_language(text: str, low: int, high: int) -> None:
    years = parse_years(text)
    assert years is not None and (years.min, years.max) == (low, high)


def test_a_range_in_french_is_judged_on_its_lower_end(score_lines) -> None:
    line_text = "De deux (2) à quatre (4) ans d'expérience en comptabilité"
    posting = f"Technicienne comptable\n\nProfil recherché\n- {line_text}\n"
    cv = """Julie Tremblay
Montréal | julie@example.com

EXPÉRIENCE
Technicienne comptable, Groupe Laval Inc., Montréal (septembre 2023 – aujourd'hui)
- Comptabilité fournisseurs et conciliations bancaires mensuelles.
"""
    line = score_lines(posting, cv)["De deux (2) à quatre (4) ans d'expérience en comptabilité"]
    assert "needs 2-4 years" in line["reason"]
