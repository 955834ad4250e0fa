"""Postings and résumés written in Italian, read through the CLI and the API: their headings, dates,
degree names, language names and levels, driving licence, soft skills and joining words."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.dates import find_date_ranges, month_label
from jobmatch.extract import extract_posting
from jobmatch.languages import find_languages
from jobmatch.phrases import parse_degree
from jobmatch.resume import extract_resume

POSTING_LAB = """TECNICO DI LABORATORIO BIOMEDICO – BOLOGNA
Centro Diagnostico Felsineo S.r.l.

Mansioni
- Esecuzione di analisi di chimica clinica ed ematologia;
- Gestione dei controlli di qualità interni.

Requisiti richiesti
- Laurea triennale in Tecniche di Laboratorio Biomedico (classe L/SNT3).
- Almeno 3 anni di esperienza in laboratorio analisi.
- Buona conoscenza della lingua inglese (livello B2).
- Utilizzo di software per la documentazione grafica (AutoCAD, Adobe Photoshop o simili).
- Capacità di lavorare in team e buone capacità organizzative.
- Patente B.

Costituisce titolo preferenziale
- Laurea magistrale in Scienze delle Professioni Sanitarie Tecniche Diagnostiche.
- Esperienza con sistemi LIS (es. DNLab).
- Conoscenza della lingua tedesca.

Cosa offriamo
- Contratto a tempo indeterminato CCNL Sanità privata.
- Buoni pasto.
"""

RESUME_LAB = """Giulia Ferretti
Via Saragozza 12, 40123 Bologna | giulia.ferretti@example.it

Informazioni personali
Data di nascita: 14/05/1992 | Nazionalità: italiana
Patente di guida: B, automunita

Esperienza professionale
Tecnico di laboratorio biomedico — Ospedale Maggiore, Bologna
marzo 2020 – oggi
- Esecuzione di analisi di chimica clinica su analizzatori Roche Cobas.
- Gestione del sistema LIS DNLab e dei controlli di qualità.

Tecnico di laboratorio — Laboratorio Analisi San Luca, Modena
09/2016 – 02/2020
- Analisi ematologiche e di coagulazione; tavole in AutoCAD per il nuovo laboratorio.

Istruzione e formazione
Laurea triennale in Tecniche di Laboratorio Biomedico — Università di Bologna, 2016
Diploma di maturità scientifica — Liceo Righi, Bologna, 2011

Competenze linguistiche
Lingua madre: italiano
Altre lingue:
Inglese | B2 | C1 | B2 | B2 | B2
"""

POSTING_TAX = """Studio Bianchi & Associati – Commercialista Senior (Torino)

Chi siamo
Studio di consulenza fiscale e societaria con sede in Torino, 25 collaboratori.

Responsabilità
- Tenuta della contabilità ordinaria e semplificata per un portafoglio di clienti PMI;
- Predisposizione dei bilanci d'esercizio e delle dichiarazioni fiscali.

Profilo ricercato
- Laurea magistrale in Economia Aziendale o discipline affini.
- Esperienza minima di 5 anni in contabilità e bilanci.
- Abilitazione all'esercizio della professione di Dottore Commercialista.
- Buona conoscenza della lingua inglese.

Graditi
- Master di II livello in Diritto Tributario.
- Esperienza nella revisione legale dei conti.

Si offre
- Contratto a tempo indeterminato, RAL commisurata all'esperienza.

La ricerca è rivolta a candidati di entrambi i sessi (L. 903/77).
"""

RESUME_TAX = """CURRICULUM VITAE

Marco Rinaldi
Corso Vittorio Emanuele II 45, 10128 Torino

PROFILO PROFESSIONALE
Dottore commercialista, otto anni in studi professionali torinesi.

ESPERIENZE LAVORATIVE

Gen 2019 – ad oggi
Dottore Commercialista, Studio Ferrero Commercialisti Associati, Torino
• Tenuta della contabilità ordinaria per 40 clienti PMI con TeamSystem.
• Predisposizione dei bilanci d'esercizio e delle dichiarazioni dei redditi.

Set 2016 – Dic 2018
Praticante Dottore Commercialista, Studio Gallo, Moncalieri
• Registrazioni contabili, liquidazioni IVA e modelli F24.
• Revisione legale dei conti per tre società cooperative.

ISTRUZIONE E FORMAZIONE
2016   Laurea magistrale in Economia Aziendale (LM-77) — Università degli Studi di Torino
2013   Laurea triennale in Economia e Commercio — Università degli Studi di Torino

CERTIFICAZIONI
Abilitazione all'esercizio della professione di Dottore Commercialista, 2019

COMPETENZE LINGUISTICHE
Madrelingua: italiano
Inglese: buono (B2)
Francese: scolastico
"""


@pytest.fixture
def lab_pair(tmp_path):
    posting = tmp_path / "annuncio_tecnico_laboratorio_bologna.txt"
    posting.write_text(POSTING_LAB, encoding="utf-8")
    resume = tmp_path / "cv_giulia_ferretti.txt"
    resume.write_text(RESUME_LAB, encoding="utf-8")
    return posting, resume


@pytest.fixture
def tax_pair(tmp_path):
    posting = tmp_path / "annuncio_commercialista_torino.txt"
    posting.write_text(POSTING_TAX, encoding="utf-8")
    resume = tmp_path / "cv_marco_rinaldi.txt"
    resume.write_text(RESUME_TAX, encoding="utf-8")
    return posting, resume


def _terms(requirement: dict) -> list[tuple[str, str]]:
    return [(t["kind"], t["text"]) for g in requirement["groups"] for t in g["terms"]]


def test_an_italian_posting_is_split_by_its_headings(run_json, lab_pair) -> None:
    posting, _ = lab_pair
    report = run_json("extract", posting, "--format", "json")
    minimum = [r["text"] for r in report["minimum"]]
    preferred = [r["text"] for r in report["preferred"]]
    # "Mansioni" are duties and "Cosa offriamo" the benefits: neither is asked of the candidate
    assert len(minimum) == 6, minimum
    assert minimum[0].startswith("Laurea triennale")
    assert preferred == [
        "Laurea magistrale in Scienze delle Professioni Sanitarie Tecniche Diagnostiche.",
        "Esperienza con sistemi LIS (es. DNLab).",
        "Conoscenza della lingua tedesca.",
    ]


def test_an_italian_posting_s_lines_read_their_years_degree_language_and_tools(run_json, lab_pair) -> None:
    posting, _ = lab_pair
    report = run_json("extract", posting, "--format", "json")
    by_text = {r["text"]: r for r in report["minimum"] + report["preferred"]}
    years = by_text["Almeno 3 anni di esperienza in laboratorio analisi."]
    assert years["years"]["min"] == 3
    assert ("term", "laboratorio analisi") in _terms(years)
    degree = by_text["Laurea triennale in Tecniche di Laboratorio Biomedico (classe L/SNT3)."]["degree"]
    assert degree["level"] == "bachelor" and degree["fields"] == ["medical-laboratory"]
    master = by_text["Laurea magistrale in Scienze delle Professioni Sanitarie Tecniche Diagnostiche."]
    assert master["degree"]["level"] == "master"
    # the language is asked, not a literal "Buona conoscenza della lingua inglese"
    english = by_text["Buona conoscenza della lingua inglese (livello B2)."]
    assert [kind for kind, _ in _terms(english)] == ["language"]
    # the software's examples are asked, not "Utilizzo di software"
    tools = _terms(
        by_text["Utilizzo di software per la documentazione grafica (AutoCAD, Adobe Photoshop o simili)."]
    )
    assert tools == [("skill", "AutoCAD"), ("skill", "Adobe Photoshop")]
    # the soft skills are competencies, not a term "Capacità di lavorare"
    soft = _terms(by_text["Capacità di lavorare in team e buone capacità organizzative."])
    assert {kind for kind, _ in soft} == {"competency"}
    # "(es. DNLab)" gives an example of the kind named before it: one group
    [lis] = by_text["Esperienza con sistemi LIS (es. DNLab)."]["groups"]
    assert [t["text"] for t in lis["terms"]] == ["sistemi LIS", "DNLab"]
    # a driving licence is a condition, not a term
    assert _terms(by_text["Patente B."]) == []


def test_an_italian_resume_meets_an_italian_posting(run_json, lab_pair) -> None:
    posting, resume = lab_pair
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-01")
    by_text = {r["text"]: r for r in report["requirements"]}
    # months and "oggi" are read: 2020-03 to 2026-12 and 2016-09 to 2020-02
    jobs = [(p["start"], p["end"]) for p in report["resume"]["positions"] if p["kind"] == "job"]
    assert jobs == [("2020-03", "present"), ("2016-09", "2020-02")]
    assert report["resume"]["total_years"] == pytest.approx(10.33, abs=0.01)
    assert by_text["Almeno 3 anni di esperienza in laboratorio analisi."]["verdict"] == "met"
    english = by_text["Buona conoscenza della lingua inglese (livello B2)."]
    assert english["verdict"] == "met" and "English (B2)" in english["reason"], english["reason"]
    degree = by_text["Laurea triennale in Tecniche di Laboratorio Biomedico (classe L/SNT3)."]
    assert degree["verdict"] == "met", degree["reason"]
    licence = by_text["Patente B."]
    assert licence["verdict"] == "met" and "states it" in licence["reason"], licence["reason"]
    lis = by_text["Esperienza con sistemi LIS (es. DNLab)."]
    assert lis["bucket"] == "preferred" and lis["verdict"] == "met", lis["reason"]
    german = by_text["Conoscenza della lingua tedesca."]
    assert german["verdict"] == "missing" and "German" in german["reason"]
    soft = by_text["Capacità di lavorare in team e buone capacità organizzative."]
    assert soft["verdict"] == "missing", soft["reason"]


def test_an_italian_resume_s_competencies_claimed_partly_meet_the_soft_skills(lab_pair) -> None:
    _, resume = lab_pair
    text = (
        resume.read_text(encoding="utf-8")
        + "\nCompetenze personali\nOttime capacità organizzative e di lavoro in team.\n"
    )
    [result] = score(
        extract_posting("Requisiti\n- Capacità di lavorare in team e buone capacità organizzative.\n"),
        extract_resume(text),
    ).results
    assert result.verdict == "partial", result.reason
    assert "claimed" in result.reason


def test_an_italian_commercialista_is_read_from_profilo_ricercato_and_graditi(run_json, tax_pair) -> None:
    posting, resume = tax_pair
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-01")
    by_text = {r["text"]: r for r in report["requirements"]}
    assert {r["text"] for r in report["requirements"] if r["bucket"] == "preferred"} == {
        "Master di II livello in Diritto Tributario.",
        "Esperienza nella revisione legale dei conti.",
    }
    assert report["minimum"]["total"] == 4  # "Si offre" and the closing note ask nothing
    degree = by_text["Laurea magistrale in Economia Aziendale o discipline affini."]
    assert degree["verdict"] == "met", degree["reason"]
    years = by_text["Esperienza minima di 5 anni in contabilità e bilanci."]
    assert years["verdict"] in ("met", "partial") and "5+ years" in years["reason"], years["reason"]
    # "Gen 2019 – ad oggi" and "Set 2016 – Dic 2018"
    jobs = [(p["start"], p["end"]) for p in report["resume"]["positions"] if p["kind"] == "job"]
    assert jobs == [("2019-01", "present"), ("2016-09", "2018-12")]
    licence = by_text["Abilitazione all'esercizio della professione di Dottore Commercialista."]
    assert licence["verdict"] == "met", licence["reason"]
    assert "Dottore Commercialista" in licence["reason"]
    audit = by_text["Esperienza nella revisione legale dei conti."]
    assert audit["verdict"] == "met" and "revisione legale dei conti" in audit["reason"], audit["reason"]
    english = by_text["Buona conoscenza della lingua inglese."]
    assert english["verdict"] == "met", english["reason"]


@pytest.mark.parametrize(
    "line",
    [
        "La conoscenza del gestionale Zucchetti costituirà titolo preferenziale.",
        "La conoscenza del tedesco sarà considerata un plus.",
        "Preferibilmente esperienza in ambito GDO.",
        "È gradita la certificazione PMP.",
    ],
)
def test_an_italian_preference_cue_makes_the_line_preferred(line: str) -> None:
    posting = extract_posting(f"Requisiti\n- Laurea in Ingegneria Gestionale.\n- {line}\n")
    assert [r.text for r in posting.preferred] == [line]
    assert [r.text for r in posting.minimum] == ["Laurea in Ingegneria Gestionale."]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("gen 2018 – ott 2019", "2018-01", "2019-10"),
        ("mag 2017 – in corso", "2017-05", None),
        ("03/2020 – ad oggi", "2020-03", None),
        ("settembre 2015 fino a dicembre 2018", "2015-09", "2018-12"),
        ("dic. 2020 – tuttora", "2020-12", None),
    ],
)
def test_dates_as_italian_cvs_write_them(line: str, start: str, end: str | None) -> None:
    [found] = find_date_ranges(line)
    assert month_label(found.start) == start
    assert (month_label(found.end) if found.end is not None else None) == end


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ottima conoscenza dell'inglese", [("en", "C1")]),
        ("Conoscenza delle lingue inglese e tedesca", [("en", None), ("de", None)]),
        ("Madrelingua italiana", [("it", "native")]),
        ("Spagnolo scolastico", [("es", "A2")]),
        ("Francese – discreto", [("fr", "B1")]),
        ("Giapponese: buono", [("ja", "B2")]),
    ],
)
def test_italian_language_names_and_levels_are_read(line: str, expected: list) -> None:
    assert [(found.language, found.level) for found in find_languages(line)] == expected


@pytest.mark.parametrize(
    ("line", "level"),
    [
        # a bare "Laurea" is a first degree; a second-cycle one says so
        ("Laurea in Economia e Commercio — Università di Bari, 2010", "bachelor"),
        ("Laureata in Lettere Moderne, 2009", "bachelor"),
        # a first-level master's follows the laurea triennale, short of a laurea magistrale
        ("Master di I livello in Management Sanitario, 2021", "bachelor"),
        ("Diploma di scuola superiore — ITIS Fermi, Roma, 2008", "secondary"),
        ("Laurea in Scienze Infermieristiche, 2015", "bachelor"),
        ("Master di II livello in Diritto Tributario, 2020", "master"),
    ],
)
def test_italian_degree_names_have_their_level(line: str, level: str) -> None:
    degree = parse_degree(line, resume_line=True)
    assert degree is not None and degree.level == level, degree


def test_an_italian_degree_in_progress_is_not_held() -> None:
    resume = extract_resume(
        "Sara Conti\nESPERIENZA PROFESSIONALE\nTirocinante, Farmacia Centrale, Parma  03/2025 – oggi\n"
        "- Dispensazione dei farmaci\nISTRUZIONE\n"
        "Laurea magistrale in Farmacia — Università di Parma (in corso)\n"
    )
    [result] = score(extract_posting("Requisiti\n- Laurea magistrale in Farmacia.\n"), resume).results
    assert result.verdict != "met", result.reason


def test_italian_joining_words_and_elision_leave_what_is_asked() -> None:
    posting = extract_posting(
        "Requisiti\n- Iscrizione all'OPI.\n- Conoscenza di linguaggi di programmazione come Python e Java.\n"
    )
    opi, languages = posting.minimum
    assert [[t.text for t in g.terms] for g in opi.groups] == [["OPI"]]
    # "come Python e Java": examples of the kind, any one of which will do
    assert [[t.text for t in g.terms] for g in languages.groups] == [
        ["linguaggi di programmazione", "Python", "Java"]
    ]


def test_dei_in_italian_is_no_diversity_skill() -> None:
    posting = extract_posting("Requisiti\n- Gestione dei fornitori e dei contratti di acquisto.\n")
    [line] = posting.minimum
    assert all(t.kind != "skill" for g in line.groups for t in g.terms), line.groups
