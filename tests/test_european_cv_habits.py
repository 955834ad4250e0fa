"""Habits of French, German, Swiss and Italian postings and CVs: a heading after its article ("Le
profil recherché :"), a BTS earned at a lycée, an apprenticeship dated among the jobs, years in
words ("mindestens drei Jahre"), a languages table row that ends in "Kenntnisse", an IT heading
that closes the languages, shift work in German, and the first half of a shared compound."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.phrases import parse_degree, parse_years
from jobmatch.resume import extract_resume

POSTING_FR = """De : Claire Bonnet <c.bonnet@example.com>
Objet : Assistant(e) contrôle de gestion - Grenoble

Bonjour,

Vos missions :
- Mise à jour des tableaux de bord mensuels

Le profil recherché :
- BTS Comptabilité et Gestion ou DUT GEA
- 2 ans minimum d'expérience en contrôle de gestion
- Maîtrise d'Excel

Bien cordialement,
Claire Bonnet
"""

CV_CH = """Lukas Brunner
Seestrasse 12, 8002 Zürich

Berufserfahrung
04/2021 – heute | Servicetechniker, Kältetechnik Züri AG, Zürich
– Wartung und Störungsbehebung an gewerblichen Kälteanlagen
08/2017 – 07/2021 | Lehre als Kältesystem-Monteur EFZ, Frigo Brunner GmbH, Winterthur

Sprachen
Deutsch | Muttersprache
Französisch | gute Kenntnisse (B1)
Informatik
Anwendungen | MS Office, SAP PM
"""


def test_a_heading_after_its_article_opens_the_requirements(run_json, tmp_path) -> None:
    posting = tmp_path / "assistant_controle_gestion.txt"
    posting.write_text(POSTING_FR, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    assert [r["text"] for r in report["minimum"]][:2] == [
        "BTS Comptabilité et Gestion ou DUT GEA",
        "2 ans minimum d'expérience en contrôle de gestion",
    ]


def test_a_bts_earned_at_a_lycee_is_a_diploma_and_a_plain_high_school_is_secondary() -> None:
    bts = parse_degree("BTS Comptabilité et Gestion, Lycée Champollion, Grenoble (2018)", resume_line=True)
    assert bts is not None and bts.levels == ("diploma",)
    school = parse_degree("Lycée Champollion, Grenoble – Baccalauréat (2016)", resume_line=True)
    assert school is not None and school.level == "secondary"


def test_an_apprenticeship_dated_among_the_jobs_is_an_education() -> None:
    resume = extract_resume(CV_CH)
    [apprenticeship] = [e for e in resume.education if "Lehre" in e.text]
    assert apprenticeship.level == "diploma"


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Mindestens drei Jahre Berufserfahrung in der Kältetechnik", 3),
        ("au moins trois ans d'expérience en maintenance", 3),
        ("almeno tre anni di esperienza in cantiere", 3),
    ],
)
def test_years_written_as_words_in_german_french_and_italian(line: str, years: int) -> None:
    found = parse_years(line)
    assert found is not None and found.min == years


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Esperienza di almeno 1 anno come magazziniere", 1),
        ("Al menos un año de experiencia en atención al cliente", 1),
        ("Au moins un an d'expérience en cabinet", 1),
        ("Mindestens ein Jahr Berufserfahrung im Lager", 1),
        ("Experiência mínima de 1 ano em receção hoteleira", 1),
        ("6 meses de experiencia como cajero", 0.5),
        ("18 Monate Berufserfahrung in der Pflege", 1.5),
        ("NVQ Level 3 an advantage", None),
        ("Contrato de 6 meses con posibilidad de renovación", None),
    ],
)
def test_one_year_and_months_in_other_languages_are_years_asked(line: str, years: float | None) -> None:
    found = parse_years(line)
    assert (found.min if found is not None else None) == years


def test_a_languages_row_ending_in_kenntnisse_is_a_language_and_an_it_heading_ends_them() -> None:
    resume = extract_resume(CV_CH)
    assert [(language.name, language.level) for language in resume.languages] == [
        ("German", "native"),
        ("French", "B1"),
    ]


def test_shift_work_in_german_is_a_condition_a_resume_cannot_show() -> None:
    posting = extract_posting(
        "Ihr Profil\n- Bereitschaft zu Schichtdienst inkl. Nacht- und Wochenenddiensten\n"
    )
    [requirement] = posting.minimum
    assert requirement.condition == "availability"
    result = score(posting, extract_resume(CV_CH)).results[0]
    assert result.verdict == "unassessed"


def test_the_first_half_of_a_shared_compound_is_not_searched_for() -> None:
    posting = extract_posting("Ihr Profil\n- Erfahrung in der Kälte- und Klimatechnik\n")
    terms = [t.text for g in posting.minimum[0].groups for t in g.terms]
    assert terms and not any(t.endswith("-") or t == "Kälte" for t in terms)


POSTING_FR_PROSE = """Objet : Gestionnaire ADV - Annecy

Le profil recherché :
- BTS Commerce International ou équivalent
- 2 ans minimum d'expérience en administration des ventes

Par ailleurs, l'italien courant est indispensable : la moitié de nos clients sont en Italie. Notre
client recherche avant tout une personne rigoureuse et organisée.

Bien cordialement,
"""


def test_a_french_prose_sentence_that_says_indispensable_is_asked_and_names_its_language(
    run_json, tmp_path
) -> None:
    posting = tmp_path / "gestionnaire_adv.txt"
    posting.write_text(POSTING_FR_PROSE, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = [r["text"] for r in report["minimum"]]
    [italian] = [r for r in report["minimum"] if "italien" in r["text"]]
    assert [t["kind"] for g in italian["groups"] for t in g["terms"]] == ["language"]
    assert any("personne rigoureuse" in text for text in texts)


@pytest.mark.parametrize("line", ["Maîtrise de l'allemand (niveau B2)", "Notions d'espagnol appréciées"])
def test_a_language_after_a_french_elided_article_is_a_language(line: str) -> None:
    posting = extract_posting(f"Le profil recherché :\n- {line}\n")
    kinds = [t.kind for r in (*posting.minimum, *posting.preferred) for g in r.groups for t in g.terms]
    assert kinds == ["language"]
