"""Posting lines in French, Portuguese, Italian, Spanish and German that English already reads
right: one year or some months of experience, "a similar post", a required language beside a
welcome one, and a French line that ends in "apprécié" — read through the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

POSTING = """Gestionnaire de paie (H/F) – Namur

Vos missions
- Établir les fiches de paie mensuelles de 250 collaborateurs

Requirements
- Au moins un an d'expérience en secrétariat social
- 2 ans d'expérience minimum sur un poste similaire
- Experiência mínima de 3 anos em funções semelhantes
- Esperienza di almeno 1 anno come addetto paghe
- 6 meses de experiencia en liquidación de sueldos
- Sehr gute Deutschkenntnisse in Wort und Schrift, Englischkenntnisse von Vorteil
- Néerlandais courant apprécié
- Domínio do Excel e do SAP SuccessFactors
- German C1, English B2

Nous offrons
- CDD d'un an, renouvelable
"""

RESUME = """Amélie Renard
Namur, Belgique · amelie.renard@example.com

Expérience professionnelle
Gestionnaire de paie — Partena, Namur — 03/2021 – aujourd'hui
- Calcul et contrôle de la paie de 180 collaborateurs dans SAP SuccessFactors et Excel

Langues
Français (langue maternelle), Allemand (C1), Anglais (B2)
"""


def _extract(run_json: Callable[..., dict], tmp_path: Path) -> dict[str, dict]:
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    return {r["text"]: r for bucket in ("minimum", "preferred") for r in report[bucket]}


def _terms(requirement: dict) -> list[str]:
    return [term["text"] for group in requirement["groups"] for term in group["terms"]]


def test_one_year_and_some_months_in_other_languages_are_years_asked(run_json, tmp_path: Path) -> None:
    lines = _extract(run_json, tmp_path)
    assert lines["Au moins un an d'expérience en secrétariat social"]["years"]["min"] == 1
    assert lines["Esperienza di almeno 1 anno come addetto paghe"]["years"]["min"] == 1
    assert lines["6 meses de experiencia en liquidación de sueldos"]["years"]["min"] == 0.5
    # the job's own contract is not a year of experience asked
    assert not any("CDD" in text for text in lines)


def test_a_similar_post_in_french_and_portuguese_is_not_a_term_to_search(run_json, tmp_path: Path) -> None:
    lines = _extract(run_json, tmp_path)
    for text in (
        "2 ans d'expérience minimum sur un poste similaire",
        "Experiência mínima de 3 anos em funções semelhantes",
    ):
        assert lines[text]["kinds"] == ["experience"], text
        assert _terms(lines[text]) == [], text


def test_a_required_language_keeps_its_line_required_when_another_is_only_welcome(
    run_json, tmp_path: Path
) -> None:
    lines = _extract(run_json, tmp_path)
    german = lines["Sehr gute Deutschkenntnisse in Wort und Schrift, Englischkenntnisse von Vorteil"]
    assert german["bucket"] == "minimum"
    assert [t["id"] for g in german["groups"] for t in g["terms"]] == ["de"]
    assert lines["Néerlandais courant apprécié"]["bucket"] == "preferred"


def test_the_portuguese_word_for_command_of_is_not_searched_for(run_json, tmp_path: Path) -> None:
    lines = _extract(run_json, tmp_path)
    assert _terms(lines["Domínio do Excel e do SAP SuccessFactors"]) == ["Excel", "SAP SuccessFactors"]


def test_the_german_line_is_met_by_a_c1_german_and_not_lowered_by_the_welcome_english(
    score_lines,
) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["Sehr gute Deutschkenntnisse in Wort und Schrift, Englischkenntnisse von Vorteil"]
    assert row["verdict"] == "met"


def test_a_language_level_before_the_next_language_is_no_term(run_json, tmp_path: Path) -> None:
    line = _extract(run_json, tmp_path)["German C1, English B2"]
    assert [t["kind"] for g in line["groups"] for t in g["terms"]] == ["language", "language"]
