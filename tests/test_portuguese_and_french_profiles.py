"""Portuguese and French postings and CVs: "O que procuramos" heads the requirements; "un vrai
plus", "souhaitée" and "idéalement" make a sentence preferred; an elided article ("d'Excel",
"l'Ordre") is not part of the name; "exame marcado para ..." is a certification not held yet; a
course "En cours ..." on the line under it is under way; "Sistemas de Informação" is information
systems; and teamwork is asked and shown in French."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jobmatch.extract import extract_posting

PORTUGUESE = """# Analista de Dados — Lisboa

## Quem somos
Somos uma seguradora digital com 300 pessoas.

## O que procuramos
- Licenciatura em Sistemas de Informação, Estatística ou área similar
- Certificação Microsoft PL-300
- Mínimo de 2 anos de experiência em análise de dados

## Valorizamos
- Experiência no setor segurador
"""


def test_o_que_procuramos_heads_the_minimum(tmp_path: Path) -> None:
    path = tmp_path / "vaga.md"
    path.write_text(PORTUGUESE, encoding="utf-8")
    posting = extract_posting(path)
    assert [r.text for r in posting.minimum] == [
        "Licenciatura em Sistemas de Informação, Estatística ou área similar",
        "Certificação Microsoft PL-300",
        "Mínimo de 2 anos de experiência em análise de dados",
    ]
    assert [r.text for r in posting.preferred] == ["Experiência no setor segurador"]


PT_CV = """Rita Fonseca
rita@example.com

FORMAÇÃO
Licenciatura em Sistemas de Informação para a Gestão — ISCAC Coimbra, 2019

CERTIFICAÇÕES
Microsoft PL-300 (Power BI Data Analyst) — exame marcado para 15/02/2027

EXPERIÊNCIA
Analista de Dados Júnior, Seguros Horizonte, Lisboa   03/2022 – presente
- Relatórios de sinistralidade em Power BI e SQL
"""


def test_a_booked_exam_is_not_held_and_information_systems_is_a_related_field(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    rows = score_lines(PORTUGUESE, PT_CV, "resume.txt")
    assert rows["Certificação Microsoft PL-300"]["verdict"] != "met"
    degree = rows["Licenciatura em Sistemas de Informação, Estatística ou área similar"]
    assert degree["verdict"] == "met", degree["reason"]


FRENCH = (
    "Technicien de maintenance (H/F)\n\nBonjour,\n\n"
    "Notre client, un fabricant d'emballages près de Reims, recrute un technicien de maintenance. "
    "Vous justifiez d'au moins 3 ans d'expérience en maintenance industrielle. "
    "Une habilitation électrique BR serait un vrai plus. Une bonne maîtrise d'Excel est souhaitée. "
    "Vous résidez idéalement à moins de 30 minutes du site.\n\nCordialement,\nClaire\n"
)


def test_french_prose_reads_its_wishes_as_preferred(tmp_path: Path) -> None:
    path = tmp_path / "offre.txt"
    path.write_text(FRENCH, encoding="utf-8")
    posting = extract_posting(path)
    preferred = [r.text for r in posting.preferred]
    assert "Une habilitation électrique BR serait un vrai plus." in preferred
    excel = next(r for r in posting.preferred if "Excel" in r.text)
    assert [t.text for g in excel.groups for t in g.terms] == ["Excel"]  # not "d'Excel"
    assert any(r.text.startswith("Vous justifiez") for r in posting.minimum)


NURSE_POSTING = """Infirmier auxiliaire (soins de longue durée)

Exigences
- Diplôme d'études professionnelles (DEP) en Santé, assistance et soins infirmiers
- Capacité à travailler au sein d'une équipe interdisciplinaire
"""
NURSE_CV = """Samuel Tremblay
samuel@example.com

FORMATION
DEP Santé, assistance et soins infirmiers - Centre de formation professionnelle de Lévis
    En cours (formation à temps partiel), fin prévue mai 2027

EXPÉRIENCE
Préposé aux bénéficiaires, CHSLD Saint-Joseph, Lévis   2021 – présent
- Soins d'hygiène et mobilisation des résidents
- Participation aux rencontres interdisciplinaires avec l'infirmière et l'ergothérapeute
"""


def test_a_course_under_way_on_the_line_below_is_not_held(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    rows = score_lines(NURSE_POSTING, NURSE_CV)
    dep = rows["Diplôme d'études professionnelles (DEP) en Santé, assistance et soins infirmiers"]
    assert dep["verdict"] != "met", dep["reason"]


def test_teamwork_asked_and_shown_in_french(score_lines: Callable[..., dict[str, dict]]) -> None:
    rows = score_lines(NURSE_POSTING, NURSE_CV)
    team = rows["Capacité à travailler au sein d'une équipe interdisciplinaire"]
    assert team["verdict"] in ("met", "partial"), team["reason"]
    assert "Capacité" not in team["reason"]


GERMAN_POSTING = """Servicetechniker Kältetechnik (m/w/d)

Ihr Profil
- Kenntnisse im Bereich Batteriespeicher
"""
GERMAN_CV = """Tobias Leitner
tobias@example.com

Berufserfahrung
Kältetechniker, Frost & Partner GmbH, Linz   2018 – heute
- Installation von Batteriespeichern und Wärmepumpen in Einfamilienhäusern
"""


def test_a_long_german_word_is_found_with_its_ending(score_lines: Callable[..., dict[str, dict]]) -> None:
    row = score_lines(GERMAN_POSTING, GERMAN_CV)["Kenntnisse im Bereich Batteriespeicher"]
    assert row["verdict"] == "met", row["reason"]


def test_a_dated_degree_keeps_its_status_above_a_line_about_its_final_year(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    posting = "Dental Therapist\n\nRequirements\n- Bachelor of Oral Health or equivalent qualification\n"
    cv = (
        "Mia Tane\nmia@example.com\n\nEDUCATION\n"
        "Bachelor of Oral Health, University of Otago - completed Nov 2024\n"
        "Final-year clinical placements: community dental clinics in Dunedin\n"
    )
    row = score_lines(posting, cv)["Bachelor of Oral Health or equivalent qualification"]
    assert row["verdict"] == "met", row["reason"]
