"""Postings and résumés written in Portuguese and Spanish, and CVs of Baltic, Slavic and Brazilian
habits, read through the CLI: their headings, dates, language names and levels, and the jobs of
an HTML page whose experience is a list."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.dates import find_date_ranges
from jobmatch.extract import extract_posting
from jobmatch.fields import role_phrases
from jobmatch.languages import find_languages
from jobmatch.phrases import parse_degree
from jobmatch.resume import extract_resume

POSTING_PT = """ENFERMEIRO(A) DE CUIDADOS INTENSIVOS – LUANDA
Clínica Sagrada Esperança

RESPONSABILIDADES
  - Prestar cuidados a doentes críticos em ventilação mecânica;

REQUISITOS
  * Licenciatura em Enfermagem.
  * Mínimo de 3 anos de experiência a trabalhar em cuidados intensivos.
  * Domínio do francês (nível B2 ou superior).
  * Português fluente, falado e escrito.

CONSTITUI VANTAGEM
  * Certificado ACLS válido.
  * Conhecimento de umbundu ou de outra língua nacional.
"""

RESUME_PT = """# Joana Mbala Teixeira

Enfermeira · Luanda

## Experiência Profissional

**Enfermeira de Cuidados Intensivos** — Hospital Josina Machel, Luanda
*março de 2019 – presente*

- Cuidados a doentes ventilados numa unidade de 12 camas; apresento os casos na visita médica.

**Enfermeira generalista (medicina interna e cirurgia geral, turnos rotativos)** — Clínica Girassol, Luanda
*02/2016 – 02/2019*

- Turnos de 12 horas em enfermaria de 30 camas.

## Formação Académica

Licenciatura em Enfermagem — Universidade Agostinho Neto, 2015

## Línguas

| Língua    | Nível          |
|-----------|----------------|
| Português | Língua materna |
| Francês   | Fluente        |
| Umbundu   | Básico         |
"""


def _results(line: str, resume: str) -> list:
    return list(score(extract_posting(f"Requirements\n- {line}\n"), extract_resume(resume)).results)


def _verdict(line: str, resume: str) -> tuple[str, str]:
    [result] = _results(line, resume)
    return result.verdict, result.reason


@pytest.fixture
def portuguese_pair(tmp_path):
    posting = tmp_path / "vaga_enfermeiro_luanda.txt"
    posting.write_text(POSTING_PT, encoding="utf-8")
    resume = tmp_path / "joana_teixeira_cv.md"
    resume.write_text(RESUME_PT, encoding="utf-8")
    return posting, resume


def test_a_portuguese_posting_s_advantage_heading_makes_its_lines_preferred(
    run_json, portuguese_pair
) -> None:
    posting, _ = portuguese_pair
    report = run_json("extract", posting, "--format", "json")
    assert [r["text"] for r in report["preferred"]] == [
        "Certificado ACLS válido.",
        "Conhecimento de umbundu ou de outra língua nacional.",
    ]
    assert len(report["minimum"]) == 4
    # "falado e escrito" says how the language is used; it is no term to search for
    [fluent] = [r for r in report["minimum"] if r["text"].startswith("Português")]
    assert [t["kind"] for g in fluent["groups"] for t in g["terms"]] == ["language"]
    # "Certificado" is the kind of thing asked, not a credential of its own
    [acls] = [t["text"] for g in report["preferred"][0]["groups"] for t in g["terms"]]
    assert "Certificado" not in acls


def test_a_portuguese_resume_is_read_by_its_own_headings_dates_and_levels(run_json, portuguese_pair) -> None:
    posting, resume = portuguese_pair
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-01")
    by_text = {r["text"]: r for r in report["requirements"]}
    years = by_text["Mínimo de 3 anos de experiência a trabalhar em cuidados intensivos."]
    assert years["verdict"] == "met", years["reason"]
    french = by_text["Domínio do francês (nível B2 ou superior)."]
    assert french["verdict"] == "met" and "French" in french["reason"], french["reason"]
    portuguese = by_text["Português fluente, falado e escrito."]
    assert portuguese["verdict"] == "met", portuguese["reason"]
    degree = by_text["Licenciatura em Enfermagem."]
    assert degree["verdict"] == "met", degree["reason"]


def test_the_title_line_above_the_dates_may_name_title_and_employer_at_length() -> None:
    resume = extract_resume(RESUME_PT)
    titles = [p.title for p in resume.positions if p.kind == "job"]
    assert titles[1].startswith("Enfermeira generalista"), titles
    assert [(p.start, p.end) for p in resume.positions if p.kind == "job"] == [
        ("2019-03", "present"),
        ("2016-02", "2019-02"),
    ]


def test_the_end_of_a_date_range_is_not_a_sign_of_presenting() -> None:
    """ "março de 2019 – presente": the job runs to now; nobody presented anything."""
    resume = RESUME_PT.replace("; apresento os casos na visita médica", "")
    posting = "REQUISITOS\n- Boa capacidade de comunicação com as famílias.\n"
    [result] = score(extract_posting(posting), extract_resume(resume)).results
    assert result.verdict == "missing", result.reason


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("março de 2015 a dezembro de 2016", "2015-03", "2016-12"),
        ("Analista | ago/2025 – atual", "2025-08", None),
        ("Técnico de campo | mar/2021 – jun/2023", "2021-03", "2023-06"),
        ("de enero del 2019 a la fecha", "2019-01", None),
        ("Janeiro de 2020 até hoje", "2020-01", None),
        ("2014 09 – dabar", "2014-09", None),
        ("2011 03 – 2014 08", "2011-03", "2014-08"),
        ("2016 10 – obecnie", "2016-10", None),
    ],
)
def test_dates_as_spanish_portuguese_baltic_and_polish_cvs_write_them(
    line: str, start: str, end: str | None
) -> None:
    from jobmatch.dates import month_label

    [found] = find_date_ranges(line)
    assert month_label(found.start) == start
    assert (month_label(found.end) if found.end is not None else None) == end


def test_a_year_followed_by_a_count_is_no_month() -> None:
    assert find_date_ranges("In 2019 12 new stores opened") == []


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Domínio do inglês de nível C1", "en"),
        ("Se requiere alemán avanzado", "de"),
        ("Conhecimentos de espanhol", "es"),
        ("Connaissance de l'anglais (niveau fonctionnel)", "en"),
    ],
)
def test_a_language_named_in_lower_case_in_a_romance_language_is_read(line: str, language: str) -> None:
    assert [found.language for found in find_languages(line)] == [language]


def test_an_english_word_that_names_a_language_still_needs_its_capital() -> None:
    assert find_languages("Polish the release notes before shipping") == ()


@pytest.mark.parametrize(
    ("phrase", "roles"),
    [
        ("as an upholsterer or furniture maker in a workshop", ("upholsterer", "furniture maker")),
        ("as a plasterer or tile fixer", ("plasterer", "tile fixer")),
        ("as a physiotherapist or sports therapist", ("physiotherapist", "sports therapist")),
        # a modifier still shares the head named last
        ("as a software or data engineer", ("software engineer", "data engineer")),
    ],
)
def test_a_role_named_by_an_agent_noun_keeps_its_own_head(phrase: str, roles: tuple[str, ...]) -> None:
    assert role_phrases(phrase) == roles


@pytest.mark.parametrize(
    "line",
    [
        "Riga State Technical School – qualification: tile setter, LQF level 4",
        "2009 – 2012 Vocational School No. 5, Lviv – qualification: bricklayer, 4th grade",
        "Completed apprenticeship as a glazier, Bremen Chamber of Crafts, 2014",
        "DEP Soutien informatique — CFP de Laval (2018)",
        "Diplôme d'État d'ambulancier — IFA de Lyon, 2015",
        "Eidg. Fähigkeitszeugnis Polymechaniker EFZ, 2012",
        "Gesellenbrief als Elektroniker, HWK Köln, 2016",
    ],
)
def test_a_vocational_qualification_on_a_resume_is_at_diploma_level(line: str) -> None:
    degree = parse_degree(line, resume_line=True)
    assert degree is not None and degree.level == "diploma", degree


def test_a_posting_line_introduced_by_qualification_is_no_diploma() -> None:
    degree = parse_degree("Qualification: a bachelor's degree in Civil Engineering")
    assert degree is not None and degree.level == "bachelor"


def test_a_trade_asked_as_a_vocational_qualification_is_met_by_the_trade_qualified_in() -> None:
    resume = (
        "Andris Ozols\nEXPERIENCE\nTiler, Baltic Interiors, Riga  2016 – Present\n- Laid porcelain floors\n"
        "EDUCATION\nRiga State Technical School – qualification: tile setter, LQF level 4\n"
    )
    found, reason = _verdict("A vocational qualification in tiling or tile setting", resume)
    assert found == "met", reason


HTML_RESUME = """<html><body><h1>Rafael Souza</h1>
<h2>Experiência Profissional</h2>
<ul>
<li><strong>Técnico de manutenção</strong> – Usina Serra Azul, Goiânia | set/2020 – atual<br>
Manutenção preventiva de moendas e caldeiras.</li>
<li><strong>Auxiliar de manutenção</strong> – Frigorífico Boa Vista, Anápolis | fev/2017 – ago/2020<br>
Lubrificação e troca de rolamentos.</li>
</ul>
<h2>Formação</h2>
<p>Curso técnico em Eletromecânica – SENAI Goiás, 2016</p>
</body></html>"""


def test_an_experience_list_of_dated_items_gives_the_jobs(tmp_path) -> None:
    path = tmp_path / "rafael_souza.html"
    path.write_text(HTML_RESUME, encoding="utf-8")
    resume = extract_resume(path)
    jobs = [(p.title, p.start, p.end) for p in resume.positions if p.kind == "job"]
    assert [(start, end) for _, start, end in jobs] == [("2020-09", "present"), ("2017-02", "2020-08")]
    assert jobs[0][0].startswith("Técnico de manutenção")


def test_a_languages_list_that_leaves_out_the_language_of_the_cv_does_not_show_it() -> None:
    resume = (
        "Vytautas Petraitis\nEXPERIENCE\nCarpenter, Medis UAB, Kaunas  2018 – Present\n"
        "- Fitted oak stairs and handrails in new apartment buildings across the city\n"
        "- Measured, cut and installed kitchen worktops for private clients every week\n"
        "- Repaired old wooden windows and doors in listed houses of the old town\n"
        "LANGUAGES\nLithuanian – native\nRussian – good\n"
    )
    found, reason = _verdict("Basic English would be an advantage", resume)
    assert found == "partial" and "leaves English out" in reason, reason
    # a list that gives English, or gives no mother tongue of its own, leaves English shown
    found, _ = _verdict("Basic English would be an advantage", resume + "English – basic (A2)\n")
    assert found == "met"


def test_careful_work_in_a_small_team_is_a_competency_line_not_two_terms() -> None:
    resume = (
        "Ona Kairyte\nEXPERIENCE\nSeamstress, Lino Namai, Vilnius  2017 – Present\n"
        "- Work in a team of 4 tailors; trained 2 apprentices\n- Final quality check of every order\n"
    )
    [result] = _results("We want a careful person who works well in a small team", resume)
    assert {part.kind for part in result.parts} == {"competency"}, result.parts
    assert result.verdict in ("met", "partial"), result.reason


def test_involvement_frames_what_is_asked() -> None:
    resume = "Ana Ruiz\nEXPERIENCE\nNurse, Clinica Sur  2019 – Present\n- Ran the falls audit\n"
    [result] = _results("Involvement in clinical audit", resume)
    assert "Involvement" not in [t.text for g in result.requirement.groups for t in g.terms]


def test_a_swiss_cv_states_its_driving_licence_in_german() -> None:
    resume = (
        "Urs Meier\nJahrgang 1990 | Schweizer | Führerausweis Kat. B (seit 2009)\nBERUFSERFAHRUNG\n"
        "04.2016 – heute\nServicemonteur, Alpen Lift AG, Bern\n- Wartung von Aufzügen\n"
    )
    found, reason = _verdict("A category B driving licence is required", resume)
    assert "states it" in reason, (found, reason)


def test_french_levels_are_read() -> None:
    resume = (
        "Paul Roy\nEXPÉRIENCE\nPréposé, CHSLD Laval  2019 – aujourd'hui\n- Soins aux résidents\n"
        "LANGUES\nAnglais : fonctionnel\n"
    )
    found, reason = _verdict("Anglais niveau intermédiaire", resume)
    assert found == "met", reason


def test_at_least_one_kind_in_spanish_is_asked_with_its_examples() -> None:
    """ "al menos un software estadístico (SPSS, Stata, R o Python)": the kind is asked; its
    examples are not details of the Excel named before it."""
    resume = (
        "Ana Quispe\nEXPERIENCIA\nAnalista, Banco Sol, La Paz  2019 – actualidad\n"
        "- Modelos de precios en Excel\n"
    )
    found, reason = _verdict(
        "Manejo avanzado de Excel y de al menos un software estadístico (SPSS o Python)", resume
    )
    assert found == "partial", reason
    found, reason = _verdict(
        "Manejo avanzado de Excel y de al menos un software estadístico (SPSS o Python)",
        resume + "- Modelos de scoring en Python\n",
    )
    assert found == "met", reason


@pytest.mark.parametrize(
    ("asked", "claimed"),
    [
        ("Empathie et patience envers les patients", "Qualités : empathique, patiente, ponctuelle"),
        ("Capacidad analítica y atención al detalle", "Cualidades: capacidad analítica, responsabilidad"),
    ],
)
def test_a_soft_skill_asked_and_claimed_in_french_or_spanish_is_partly_met(asked: str, claimed: str) -> None:
    resume = f"Léa Roy\nEXPÉRIENCE\nAide, Résidence Soleil  2020 – aujourd'hui\n- Aide aux repas\n{claimed}\n"
    [result] = _results(asked, resume)
    assert any(part.kind == "competency" for part in result.parts), result.parts
    assert result.verdict == "partial", result.reason
