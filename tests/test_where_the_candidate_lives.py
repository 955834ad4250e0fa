"""A posting's line about where the candidate lives, written in Spanish, German or Dutch ("Residir
en la zona de Valencia", "Wohnort im Raum Stuttgart", "in de regio Rotterdam-Rijnmond"): it is a
condition, met when the résumé's address names the place, else not assessed — never "missing"
from the words searched as terms — via the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

POSTINGS = {
    "es": """Técnico de mantenimiento — Frutas del Turia S.L.

Requisitos
- FP de Grado Superior en Mantenimiento Electromecánico o similar
- 3 años de experiencia en mantenimiento industrial
- Residir en la zona de Valencia o disponibilidad para trasladarse
""",
    "de": """Instandhaltungstechniker (m/w/d) — Neckartal Präzision GmbH

Ihr Profil
- Abgeschlossene Ausbildung als Mechatroniker oder Elektroniker
- Mehrjährige Erfahrung in der Instandhaltung
- Wohnort im Raum Stuttgart oder Bereitschaft zum Umzug
""",
    "nl": """Planner productie — Maasoever Oliën B.V.

Wat breng je mee?
- Minimaal 3 jaar ervaring als productieplanner
- Woonachtig in de regio Groningen-Assen of bereid om te verhuizen
""",
}
LINES = {
    "es": "Residir en la zona de Valencia o disponibilidad para trasladarse",
    "de": "Wohnort im Raum Stuttgart oder Bereitschaft zum Umzug",
    "nl": "Woonachtig in de regio Groningen-Assen of bereid om te verhuizen",
}
RESUMES = {
    "es": """Lucía Ferrer Climent
Dirección: C/ de Sueca 14, 46006 Valencia · 600 000 000 · lucia.ferrer@example.com

EXPERIENCIA
Técnica de mantenimiento — Citrícola Levante S.A., Alzira — 03/2019 – actualidad
- Mantenimiento preventivo de líneas de envasado
""",
    "de": """Jonas Weber
Anschrift: Hauptstraße 5, 70563 Stuttgart-Vaihingen · jonas.weber@example.com

BERUFSERFAHRUNG
Mechatroniker Instandhaltung — Filder Metallbau GmbH, Leinfelden — 09/2017 – heute
- Wartung von CNC-Anlagen und Störungsbehebung
""",
    "nl": """Sanne de Vries
Adres: Vismarkt 3, 9712 CB Groningen
sanne.devries@example.com

WERKERVARING
Productieplanner — Noorderzijl Zuivel B.V., Leeuwarden — 2020 – heden
- Weekplanning van drie productielijnen
""",
}
ELSEWHERE = """Pablo Ruiz
Madrid · 600 000 001 · pablo.ruiz@example.com

EXPERIENCIA
Técnico de mantenimiento — Logística Centro S.L., Getafe — 2018 – actualidad
- Mantenimiento de cintas transportadoras
"""


def _row(run_json, tmp_path: Path, language: str, resume: str) -> dict:
    posting = tmp_path / f"posting_{language}.txt"
    posting.write_text(POSTINGS[language], encoding="utf-8")
    cv = tmp_path / f"cv_{language}.txt"
    cv.write_text(resume, encoding="utf-8")
    report = run_json("score", cv, "--posting", posting, "--format", "json", "--as-of", "2026-12-03")
    return next(r for r in report["requirements"] if r["text"] == LINES[language])


@pytest.mark.parametrize("language", ["es", "de", "nl"])
def test_the_address_naming_the_place_meets_it(run_json, tmp_path: Path, language: str) -> None:
    row = _row(run_json, tmp_path, language, RESUMES[language])
    assert row["verdict"] == "met", row["reason"]
    assert "left out of the score" in row["reason"]


def test_an_address_elsewhere_is_not_assessed_rather_than_missing(run_json, tmp_path: Path) -> None:
    row = _row(run_json, tmp_path, "es", ELSEWHERE)
    assert row["verdict"] == "unassessed", row["reason"]
