"""A résumé heading that joins two headings with a Romance "and" ("Educação e Formação"); degree
fields named in Portuguese and Spanish (human resources, management); the experience a degree
line goes on to is not the degree's field; either of two languages joined by "y/o" will do."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.phrases import parse_degree
from jobmatch.resume import extract_resume

CV_PT = """Rita Moura Sampaio
Técnica de Recursos Humanos · Braga

EXPERIÊNCIA PROFISSIONAL
03/2020 – até à data Técnica de Recursos Humanos
Têxteis do Cávado, S.A., Braga
• Recrutamento e acolhimento de operadores fabris

EDUCAÇÃO E FORMAÇÃO
2015 – 2018 Licenciatura em Gestão de Recursos Humanos
Universidade do Minho
"""


def test_a_heading_joining_two_with_a_romance_and_is_read_as_the_first() -> None:
    resume = extract_resume(CV_PT)
    [degree] = resume.education
    assert degree.level == "bachelor" and "human-resources" in degree.fields


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Licenciatura em Gestão de Recursos Humanos, Gestão ou área afim", {"human-resources", "business"}),
        ("Licenciatura en Gestión de Recursos Humanos", {"human-resources"}),
        ("BSc Sociology with 5 years of experience in human resources", {"social-sciences"}),
        ("Licenciada em Sociologia com 6 anos de experiência em recursos humanos", {"social-sciences"}),
    ],
)
def test_a_degree_s_field_is_what_it_names_not_the_experience_after_it(line: str, fields: set[str]) -> None:
    degree = parse_degree(line)
    assert degree is not None and set(degree.fields) == fields


def test_a_psychology_degree_is_close_to_human_resources() -> None:
    posting = extract_posting("Requisitos\n- Licenciatura em Gestão de Recursos Humanos ou Economia\n")
    resume = extract_resume(
        "EXPERIÊNCIA PROFISSIONAL\n2021 – até à data Técnica de RH, Minho Têxtil\n\n"
        "FORMAÇÃO ACADÉMICA\nLicenciatura em Psicologia — Universidade do Minho, 2020\n"
    )
    result = score(posting, resume).results[0]
    assert result.verdict == "partial", result.reason


@pytest.mark.parametrize(
    "line",
    ["Inglés y/o portugués (nivel intermedio)", "Anglais et/ou espagnol", "Inglês e/ou espanhol"],
)
def test_either_of_two_languages_joined_by_a_romance_and_or_will_do(line: str) -> None:
    posting = extract_posting(f"Requisitos\n- {line}\n")
    [requirement] = posting.minimum
    assert len(requirement.groups) == 1 and len(requirement.groups[0].terms) == 2


def test_a_language_whose_name_is_a_word_elsewhere_stays_in_its_list() -> None:
    """ "Ga" is a language of Ghana (and a Dutch verb): "Twi, Ga or Ewe" is one list, any of them."""
    posting = extract_posting("Requirements\n- Ability to speak Twi, Ga or Ewe.\n")
    [requirement] = posting.minimum
    assert len(requirement.groups) == 1 and len(requirement.groups[0].terms) == 3
