"""A licence or registration asked "as" a profession ("Valid licence as a practical nurse", "registered
as a social worker", an aside in brackets between) names the profession to find as a credential held,
not nothing to check; a profession named only in a job line does not meet it — via the CLI."""

from __future__ import annotations

POSTING = """Community Clinic Staff (Halifax)

Requirements
- Valid licence as a practical nurse issued by the provincial college
- Registered as a social worker with the provincial board
- Current practising licence (Annual Practising Certificate) as a dietitian
"""

HELD = """Priya Raman
Halifax, NS · priya.raman@example.com

Experience
Licensed Practical Nurse – Harbourview Community Clinic, Halifax – 2019 – present
- Wound care, medication administration and chronic-disease follow-up for 30 patients a day

Licences and registrations
- Licensed Practical Nurse, Nova Scotia College of Nursing, licence no. 48213 (2019)
- Registered Social Worker (RSW), Nova Scotia College of Social Workers (2021)
- Annual Practising Certificate, Dietitian, Dietitians Board (2024)
"""

NOT_HELD = """Daniel Ortiz
Halifax, NS · daniel.ortiz@example.com

Experience
Clinic Receptionist – Harbourview Community Clinic, Halifax – 2019 – present
- Booked appointments for the practical nurse, the social worker and the dietitian
- Kept the nurses' rota and the waiting-room flow
"""

LINES = (
    "Valid licence as a practical nurse issued by the provincial college",
    "Registered as a social worker with the provincial board",
    "Current practising licence (Annual Practising Certificate) as a dietitian",
)


def test_a_licence_held_in_the_profession_meets_the_line(score_lines) -> None:
    rows = score_lines(POSTING, HELD)
    for line in LINES:
        assert rows[line]["verdict"] == "met", rows[line]


def test_the_profession_named_only_in_a_job_does_not_meet_the_line(score_lines) -> None:
    rows = score_lines(POSTING, NOT_HELD)
    for line in LINES:
        assert rows[line]["verdict"] == "missing", rows[line]


ABROAD_POSTING = """Physiotherapist – Dublin

Requirements
- Current registration as a physiotherapist with the regulator
"""

ABROAD = """Lucía Romero
Fisioterapeuta / Physiotherapist
Madrid · lucia.romero@example.com

Experience
Fisioterapeuta – Clínica Retiro, Madrid – 2018 – present
- Musculoskeletal and sports rehabilitation, 14 patients a day

Colegiación
- N.º de colegiada 10482, Colegio Profesional de Fisioterapeutas de la Comunidad de Madrid (2018)
"""

NO_LICENCE = """Tomás Vidal
Fisioterapeuta / Physiotherapist
Madrid · tomas.vidal@example.com

Experience
Fisioterapeuta – Clínica Retiro, Madrid – 2018 – present
- Musculoskeletal and sports rehabilitation, 14 patients a day

Other
- Driving licence B
"""


def test_a_licence_in_another_language_under_the_professions_title_is_partly(score_lines) -> None:
    line = "Current registration as a physiotherapist with the regulator"
    row = score_lines(ABROAD_POSTING, ABROAD)[line]
    assert row["verdict"] == "partial", row
    assert "professional licence is listed" in row["reason"], row["reason"]
    assert score_lines(ABROAD_POSTING, NO_LICENCE)[line]["verdict"] == "missing"
