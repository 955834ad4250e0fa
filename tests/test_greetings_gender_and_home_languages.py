"""Portuguese prose that says what would count in the candidate's favour ("conta como
diferencial", "é bem vista", "é um plus"), sentences that start with an accented capital, a
lead-in before a colon ("What the client needs: you'll need ..."), a mail's greeting that is not
the title and an "Oportunidade:" subject; a job written for either gender ("Contador/a",
"Técnico(a)"); "X or another Y language"; a South African CV's "Home language: Sesotho" and
names written with a capital inside ("isiXhosa")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jobmatch.extract import extract_posting
from jobmatch.terms import gendered_forms, term_keys

PORTUGUESE_MAIL = (
    "De: Renata Alves <renata@example.com>\n"
    "Para: vagas@example.com\n"
    "Assunto: Oportunidade: Eletricista de Manutenção – Campinas/SP\n\n"
    "Olá, tudo certo?\n\n"
    "Nosso cliente, uma fábrica de embalagens em Campinas, busca um eletricista de manutenção "
    "para o turno B.\n\n"
    "Para a vaga, é imprescindível ter curso técnico em Eletrotécnica e NR-10 válida. É necessário ter pelo "
    "menos 2 anos de experiência em manutenção elétrica industrial. "
    "É preciso residir em Campinas ou região.\n\n"
    "Conta como diferencial ter NR-35 válida. Experiência com inversores WEG também é bem vista. "
    "Conhecimento em CLP Allen-Bradley é um plus.\n\n"
    "Abraços,\nRenata\n"
)


def test_portuguese_prose_reads_its_advantages_as_preferred(tmp_path: Path) -> None:
    path = tmp_path / "vaga.txt"
    path.write_text(PORTUGUESE_MAIL, encoding="utf-8")
    posting = extract_posting(path)
    assert posting.title == "Eletricista de Manutenção – Campinas/SP"
    preferred = [r.text for r in posting.preferred]
    assert preferred == [
        "Conta como diferencial ter NR-35 válida.",
        "Experiência com inversores WEG também é bem vista.",
        "Conhecimento em CLP Allen-Bradley é um plus.",
    ]
    minimum = [r.text for r in posting.minimum]
    # "... e NR-10 válida. É necessário ...": two sentences, not one
    assert "É necessário ter pelo menos 2 anos de experiência em manutenção elétrica industrial." in minimum
    residence = next(r for r in posting.minimum if r.text.startswith("É preciso residir"))
    assert residence.condition == "location"


LEAD_IN = (
    "Head Chef - Coastal Bistro (recruiter's note)\n\n"
    "Our client runs a 70-cover seafood bistro in Cornwall. What the client needs: you'll need at least "
    "four years running a kitchen brigade in a fresh-produce restaurant. A Level 3 Food Hygiene certificate "
    "is essential.\n"
)


def test_a_sentence_after_a_lead_in_is_read_for_its_own_form(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(LEAD_IN, encoding="utf-8")
    texts = [r.text for r in extract_posting(path).minimum]
    assert any("four years running a kitchen brigade" in text for text in texts), texts


def test_a_job_for_either_gender_is_searched_under_both_words() -> None:
    assert gendered_forms("Contador/a público") == ("Contador público", "Contadora público")
    assert gendered_forms("Técnico(a) de laboratorio") == ("Técnico de laboratorio", "Técnica de laboratorio")
    assert gendered_forms("input/output") is None
    keys = (" auxiliar administrativo ", " auxiliar administrativa ")
    assert term_keys("Auxiliar administrativo/a") == keys


SPANISH_POSTING = """Kinesiólogo/a - Centro de Rehabilitación

Requisitos
- Título de Kinesiólogo/a
"""
SPANISH_CV = """Valentina Rojas
valentina@example.com

FORMACIÓN
Título profesional: Kinesióloga, Universidad de Concepción, 2019

EXPERIENCIA
Kinesióloga, Clínica Andes, Concepción   marzo 2020 – actualidad
- Rehabilitación musculoesquelética de pacientes ambulatorios
"""


def test_a_title_written_for_either_gender_is_met_by_the_feminine(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    rows = score_lines(SPANISH_POSTING, SPANISH_CV)
    assert rows["Título de Kinesiólogo/a"]["verdict"] == "met", rows["Título de Kinesiólogo/a"]["reason"]


def test_another_language_of_a_family_is_one_group_with_the_language_named(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text("Field Engineer\n\nRequirements\n- Norwegian or another Scandinavian language\n", "utf-8")
    [requirement] = extract_posting(path).minimum
    assert len(requirement.groups) == 1
    assert [t.text for t in requirement.groups[0].terms] == ["Norwegian", "Scandinavian language"]


SA_POSTING = """Field Officer - Eastern Cape

Requirements
- Proficiency in isiXhosa or Sesotho
"""


def test_a_home_language_is_native_and_a_name_with_an_inner_capital_is_read(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    for line in ("Home language: Sesotho", "Home language isiXhosa"):
        cv = f"Sipho Dlamini\nsipho@example.com\n\nPERSONAL DETAILS\n{line}\n\nEXPERIENCE\nField Officer\n"
        row = score_lines(SA_POSTING, cv)["Proficiency in isiXhosa or Sesotho"]
        assert row["verdict"] == "met", (line, row["reason"])


TECHNICIAN_POSTING = (
    "Mecânico de Manutenção\n\n"
    "É imprescindível ter curso técnico completo em Eletromecânica ou Mecânica. "
    "Experiência com TPM também é bem vista.\n"
)
TECHNICIAN_CV = """Paulo Souza
paulo@example.com

FORMAÇÃO
Técnico em Mecânica – SENAI Sorocaba – 2016
Ensino Médio completo – 2013
"""


def test_a_brazilian_technical_course_is_a_diploma_in_its_field(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    rows = score_lines(TECHNICIAN_POSTING, TECHNICIAN_CV)
    asked = rows["É imprescindível ter curso técnico completo em Eletromecânica ou Mecânica."]
    assert asked["verdict"] == "met", asked["reason"]


def test_a_portuguese_sentence_s_frame_is_not_searched_for(tmp_path: Path) -> None:
    path = tmp_path / "vaga.txt"
    path.write_text(TECHNICIAN_POSTING, encoding="utf-8")
    posting = extract_posting(path)
    terms = [t.text for r in posting.requirements for g in r.groups for t in g.terms]
    assert "TPM" in " ".join(terms)
    # "bem vista" is no CSS naming scheme (BEM), and "é imprescindível ter" no term
    assert not any(t.lower() in ("bem", "é imprescindível ter", "ter", "vaga") for t in terms), terms
