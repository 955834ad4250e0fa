"""A recruiter's prose: the person sought described at the end of a paragraph about the work is
asked, the recruiter's "First," and "Second," are not things to search for; a visa listed with its
dates is held; an agronomist's Spanish job titles are jobs in agriculture — via the CLI."""

from __future__ import annotations

MAIL = """Subject: Litigation paralegal opening — Chicago Loop

Hi Dana,

Day to day you would be supporting two partners: managing case calendars, e-filing motions and
preparing trial binders. They want someone who takes ownership of a case file rather than waiting to be asked.

Here is what the partner needs. First, at least four years of experience as a litigation paralegal
at a law firm. Second, either a paralegal certificate or a bachelor's degree in any field.
"""


def _terms(row: dict) -> list[str]:
    return [term["text"] for group in row["groups"] for term in group["terms"]]


def test_the_person_sought_is_asked(extract_text) -> None:
    texts = [row["text"] for row in extract_text(MAIL)["minimum"]]
    sought = "They want someone who takes ownership of a case file rather than waiting to be asked."
    assert sought in texts, texts


def test_a_recruiters_ordinals_are_no_terms(extract_text) -> None:
    rows = extract_text(MAIL)["minimum"]
    terms = [term for row in rows for term in _terms(row)]
    assert "First" not in terms and "Second" not in terms, terms


VISA_POSTING = """Chief Officer — bulk carriers

Requirements
- Valid US C1/D visa
"""

VISA_RESUME = """Arturo Dimaculangan
Manila

Sea service
Chief Officer, MV Pacific Harmony (bulk carrier), Oceanic Ship Management — 03/2021 – present

Travel documents
Document | Number | Issued | Valid until
Seaman's book | — | 2019 | 2029
US C1/D visa | — | 12.02.2022 | 11.02.2032
"""


def test_a_visa_listed_with_its_dates_is_held(score_lines) -> None:
    row = score_lines(VISA_POSTING, VISA_RESUME)["Valid US C1/D visa"]
    assert row["verdict"] == "met", row


AGRONOMY_POSTING = """Field Agronomist — Córdoba

Requirements
- 3+ years of experience as an agronomist in extensive crops
"""

AGRONOMY_RESUME = """Lucía Ferreyra
Río Cuarto, Córdoba

Experiencia
Ingeniera Agrónoma — Asesora técnica, Cooperativa Agrícola del Sur — 03/2019 – actualidad
- Recorridas de lotes, monitoreo de malezas y plagas, recomendaciones de siembra y fertilización
"""


def test_spanish_agronomy_titles_are_agriculture_jobs(score_lines) -> None:
    rows = score_lines(AGRONOMY_POSTING, AGRONOMY_RESUME)
    row = rows["3+ years of experience as an agronomist in extensive crops"]
    assert row["verdict"] == "met", row


IGF_POSTING = """Chief Engineer — LNG carriers

Requirements
- IGF Code Advanced certificate
"""

IGF_RESUME = """Reynaldo Cruz

Sea service
Chief Engineer, MV Pacific Star, Oceanic Ship Management — 03/2021 – present

Certificates
IGF Code Basic Training — MARINA — 2023
"""


def test_a_course_of_a_lower_grade_is_partly(score_lines) -> None:
    row = score_lines(IGF_POSTING, IGF_RESUME)["IGF Code Advanced certificate"]
    assert row["verdict"] == "partial", row
    assert "lower grade" in row["reason"], row
