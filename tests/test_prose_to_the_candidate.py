"""Postings that address the candidate in their own language ("Je hebt rijbewijs C", "Vous êtes
titulaire du CACES", "Un anglais opérationnel est souhaité"), degree fields in Spanish
("Administración", "Mercadotecnia"), "Associate's or bachelor's degree", "NZ citizens", a full
member who was once a student member, and "Min 2 years" written short."""

from __future__ import annotations

from pathlib import Path

from jobmatch.extract import extract_posting
from jobmatch.phrases import parse_degree

DUTCH_MAIL = """Van: Pieter Jansen <pieter@example.com>
Onderwerp: Vacature bezorger bakwagen - regio Eindhoven

Hallo,

Voor onze opdrachtgever, een groothandel in Eindhoven, zoeken wij een bezorger. Je rijdt vaste ritten langs
horecazaken in de regio en lost met de laadklep.

Wat wij vragen? Je hebt rijbewijs C en een geldige code 95. Je hebt minimaal 1 jaar ervaring als chauffeur op
een bakwagen. Je spreekt Nederlands. Een heftruckcertificaat is een pre.

Wat wij bieden?
- Loon volgens cao
- Een vast rooster

Met vriendelijke groet,
Pieter Jansen
"""


def test_a_dutch_mail_that_addresses_the_candidate_yields_its_requirements(tmp_path: Path) -> None:
    path = tmp_path / "vacature.txt"
    path.write_text(DUTCH_MAIL, encoding="utf-8")
    posting = extract_posting(path)
    minimum = [r.text for r in posting.minimum]
    preferred = [r.text for r in posting.preferred]
    assert "Je hebt rijbewijs C en een geldige code 95." in minimum
    assert any(text.startswith("Je hebt minimaal 1 jaar ervaring") for text in minimum)
    assert preferred == ["Een heftruckcertificaat is een pre."]
    assert not any("rijdt vaste ritten" in text for text in minimum + preferred)  # a duty


FRENCH = """Chef d'équipe entrepôt

Votre profil
- Vous êtes titulaire du CACES R489 catégorie 3 en cours de validité.
- Un CACES R485 (gerbeurs) ou une habilitation SST serait apprécié.
- Un anglais opérationnel est souhaité.
"""


def test_a_french_profile_to_vous_asks_for_its_credentials_not_its_verbs(tmp_path: Path) -> None:
    path = tmp_path / "offre.txt"
    path.write_text(FRENCH, encoding="utf-8")
    posting = extract_posting(path)
    caces = posting.minimum[0]
    terms = [t.text for g in caces.groups for t in g.terms]
    assert not any("Vous" in term or "titulaire" in term for term in terms), terms
    wished = [r for r in posting.preferred if "R485" in r.text]
    assert wished, [r.text for r in posting.minimum]  # "serait apprécié" says it is preferred
    [group] = wished[0].groups  # one credential or the other
    assert {t.text for t in group.terms} == {"CACES R485", "habilitation SST"}
    english = next(r for r in posting.preferred if "anglais" in r.text)
    assert [t.kind for g in english.groups for t in g.terms] == ["language"]


def test_spanish_degree_fields_and_associates_or_bachelors() -> None:
    degree = parse_degree("Licenciatura en Administración, Mercadotecnia o afín")
    assert degree is not None and {"business", "marketing"} <= set(degree.fields)
    either = parse_degree("Associate's or bachelor's degree in logistics or business")
    assert either is not None and either.level == "associate"


POSTING = """Occupational Therapist - Wellington

Requirements
- Applicants must be NZ citizens or residents, or hold a valid work visa.
- Membership of the Royal College of Occupational Therapists (RCOT)
- Min 2 years working experience in community rehabilitation
"""

CV = """# Hana Kerehoma

| Contact | hana@example.com |
| Citizenship | New Zealand citizen |

## Experience
**Occupational Therapist**, Capital Community Rehab, Wellington (Feb 2022 - Present)
- Community rehabilitation home visits for 25 clients after stroke.

## Memberships
Royal College of Occupational Therapists – full member since 2022; student member 2018–2021
"""


def test_citizens_a_full_member_and_a_short_minimum(score_lines) -> None:
    lines = score_lines(POSTING, CV, "resume.md")
    citizens = lines["Applicants must be NZ citizens or residents, or hold a valid work visa."]
    assert citizens["verdict"] == "met" and "work authorisation" in citizens["reason"]
    member = lines["Membership of the Royal College of Occupational Therapists (RCOT)"]
    assert member["verdict"] == "met", member["reason"]
    short = lines["Min 2 years working experience in community rehabilitation"]
    assert "“Min”" not in short["reason"]
