"""Postings and résumés written in German (Germany, Austria, Switzerland), read through the CLI and
the API: their headings, cues, joining words, years, degrees and apprenticeships, language names
(also compounded: "Englischkenntnisse") and levels, dates, driving licence and soft skills."""

from __future__ import annotations

import pytest

from jobmatch.api import score
from jobmatch.dates import find_date_ranges, month_label
from jobmatch.extract import extract_posting
from jobmatch.languages import find_languages
from jobmatch.phrases import parse_degree
from jobmatch.resume import extract_resume

POSTING_TECH = """Servicetechniker (m/w/d) Aufzugsanlagen – Graz
Lift & Service Steiermark GmbH | Vollzeit | ab sofort

Ihre Aufgaben
- Wartung, Instandhaltung und Störungsbehebung an Aufzugsanlagen im Raum Graz
- Durchführung von Prüfungen gemäß ÖNORM EN 81-20

Ihr Profil
- Abgeschlossene Lehre als Mechatroniker, Elektrotechniker oder vergleichbare Ausbildung
- Mindestens 2 Jahre Berufserfahrung in der Instandhaltung
- Kenntnisse in der SPS-Programmierung (Siemens S7)
- Sehr gute Deutschkenntnisse (mind. B2)
- Führerschein Klasse B (zwingend)
- Selbstständige Arbeitsweise und Zuverlässigkeit
- Kundenorientierung und lösungsorientiertes Denken

Von Vorteil
- Erfahrung mit Aufzugssteuerungen von Schindler oder KONE
- Englischkenntnisse
- Werkmeister oder HTL-Matura im Bereich Elektrotechnik

Wir bieten
- Firmenfahrzeug, auch zur privaten Nutzung
- Für diese Position gilt ein KV-Mindestgehalt von € 2.900,- brutto pro Monat.
"""

RESUME_TECH = """LEBENSLAUF

Markus Huber
Annenstraße 12, 8020 Graz | +43 660 1234567 | markus.huber@example.at

Persönliche Daten
Geburtsdatum: 14.06.1992
Staatsbürgerschaft: Österreich
Führerschein: B

Berufserfahrung

seit 03/2019
Servicetechniker – Otis GmbH, Graz
- Wartung und Störungsbehebung an Aufzugsanlagen im Großraum Graz
- Eigenverantwortliche Abwicklung von Serviceeinsätzen, direkter Kundenkontakt
- Programmierung und Fehlersuche an Siemens S7 Steuerungen

09/2014 – 02/2019
Mechatroniker – Magna Steyr Fahrzeugtechnik AG & Co KG, Graz
- Instandhaltung von Fertigungsanlagen im Karosseriebau
- SPS-Programmierung (Siemens S7, TIA Portal)

Ausbildung

2010 – 2014
Lehre als Mechatroniker – Magna Steyr, Graz
Lehrabschlussprüfung Mechatronik – mit gutem Erfolg bestanden

Weiterbildung
2021 Schindler Schulung Aufzugssteuerungen

Sprachkenntnisse
Deutsch: Muttersprache
Englisch: gute Kenntnisse (B1)

EDV-Kenntnisse
MS Office, SAP PM, TIA Portal
"""

POSTING_FIBU = """# Bilanzbuchhalter (m/w/d) in Vollzeit – München

**Steuerkanzlei Brandl & Partner mbB** · unbefristet · ab sofort

## Deine Aufgaben
- Erstellung von Monats-, Quartals- und Jahresabschlüssen nach HGB
- Betreuung eines eigenen Mandantenstamms

## Das bringst du mit
- Abgeschlossene Ausbildung zum Steuerfachangestellten oder ein Studium im Bereich Rechnungswesen
- Mindestens 3 Jahre Berufserfahrung in der Finanzbuchhaltung
- Sicherer Umgang mit DATEV und MS Excel
- Sehr gute Deutschkenntnisse in Wort und Schrift (mind. C1)
- Sorgfältige Arbeitsweise und Kommunikationsstärke

## Nice to have
- Weiterbildung zum Bilanzbuchhalter (IHK) wäre ein Plus
- Erfahrung mit SAP FI
- Englischkenntnisse

## Das bieten wir
- 30 Tage Urlaub, Jobticket, flexible Arbeitszeiten
"""

RESUME_FIBU = """<html><body>
<h1>Lebenslauf</h1>
<p>Anna Schmidt<br>Leopoldstraße 5, 80802 München</p>
<h2>Berufserfahrung</h2>
<p><b>Buchhalterin – Möbel Kraus GmbH, München</b><br>seit 09/2024</p>
<ul><li>Kreditoren- und Debitorenbuchhaltung mit DATEV</li>
<li>Vorbereitung der Umsatzsteuervoranmeldung</li></ul>
<p><b>Sachbearbeiterin Rechnungswesen – Stadtwerke Freising</b><br>01/2023 – 08/2024</p>
<ul><li>Kontenabstimmung und Mahnwesen in der Finanzbuchhaltung</li></ul>
<h2>Ausbildung</h2>
<p>08/2020 – 07/2022<br>Ausbildung zur Steuerfachangestellten – Kanzlei Huber, Freising</p>
<p>Weiterbildung zur Bilanzbuchhalterin (IHK) – in Ausbildung, voraussichtlich 06/2027</p>
<h2>Sprachkenntnisse</h2>
<p>Deutsch: Muttersprache<br>Englisch: Grundkenntnisse (A2)</p>
<h2>EDV-Kenntnisse</h2>
<p>DATEV, MS Office (Excel, Word, Outlook)</p>
</body></html>
"""

AS_OF = "2026-12-02"


@pytest.fixture
def tech_pair(tmp_path):
    posting = tmp_path / "stellenanzeige_servicetechniker_graz.txt"
    posting.write_text(POSTING_TECH, encoding="utf-8")
    resume = tmp_path / "lebenslauf_markus_huber.txt"
    resume.write_text(RESUME_TECH, encoding="utf-8")
    return posting, resume


@pytest.fixture
def fibu_pair(tmp_path):
    posting = tmp_path / "stellenanzeige_bilanzbuchhalter.md"
    posting.write_text(POSTING_FIBU, encoding="utf-8")
    resume = tmp_path / "lebenslauf_anna_schmidt.html"
    resume.write_text(RESUME_FIBU, encoding="utf-8")
    return posting, resume


def _terms(requirement: dict) -> list[tuple[str, str]]:
    return [(t["kind"], t["text"]) for g in requirement["groups"] for t in g["terms"]]


def test_a_german_posting_is_split_by_its_headings(run_json, tech_pair) -> None:
    posting, _ = tech_pair
    report = run_json("extract", posting, "--format", "json")
    # "Ihre Aufgaben" are duties and "Wir bieten" the benefits: neither is asked of the candidate
    assert [r["text"] for r in report["minimum"]] == [
        "Abgeschlossene Lehre als Mechatroniker, Elektrotechniker oder vergleichbare Ausbildung",
        "Mindestens 2 Jahre Berufserfahrung in der Instandhaltung",
        "Kenntnisse in der SPS-Programmierung (Siemens S7)",
        "Sehr gute Deutschkenntnisse (mind. B2)",
        "Führerschein Klasse B (zwingend)",
        "Selbstständige Arbeitsweise und Zuverlässigkeit",
        "Kundenorientierung und lösungsorientiertes Denken",
    ]
    assert [r["text"] for r in report["preferred"]] == [
        "Erfahrung mit Aufzugssteuerungen von Schindler oder KONE",
        "Englischkenntnisse",
        "Werkmeister oder HTL-Matura im Bereich Elektrotechnik",
    ]


def test_a_german_posting_s_lines_read_their_years_degree_language_and_terms(run_json, tech_pair) -> None:
    posting, _ = tech_pair
    report = run_json("extract", posting, "--format", "json")
    by_text = {r["text"]: r for r in report["minimum"] + report["preferred"]}
    apprenticeship = by_text[
        "Abgeschlossene Lehre als Mechatroniker, Elektrotechniker oder vergleichbare Ausbildung"
    ]["degree"]
    assert apprenticeship["level"] == "diploma"
    assert apprenticeship["fields"] == ["mechanical-engineering", "electrical-engineering"]
    years = by_text["Mindestens 2 Jahre Berufserfahrung in der Instandhaltung"]
    assert years["years"]["min"] == 2
    # "Berufserfahrung in der" frames what is asked: the field, not the words of the frame
    # (Instandhaltung is industrial maintenance, a skill the taxonomy names)
    assert _terms(years) == [("skill", "Instandhaltung")]
    assert _terms(by_text["Kenntnisse in der SPS-Programmierung (Siemens S7)"]) == [
        ("term", "SPS-Programmierung"),
        ("skill", "Siemens S7"),
    ]
    # a language named in a compound ("Deutschkenntnisse") is asked, not a literal word
    assert [k for k, _ in _terms(by_text["Sehr gute Deutschkenntnisse (mind. B2)"])] == ["language"]
    assert [k for k, _ in _terms(by_text["Englischkenntnisse"])] == ["language"]
    # a driving licence is a condition, not a term
    licence = by_text["Führerschein Klasse B (zwingend)"]
    assert licence["condition"] == "driving" and _terms(licence) == []
    assert {k for k, _ in _terms(by_text["Selbstständige Arbeitsweise und Zuverlässigkeit"])} == {
        "competency"
    }
    # "Schindler oder KONE": either brand will do
    lift = by_text["Erfahrung mit Aufzugssteuerungen von Schindler oder KONE"]["groups"]
    assert [[t["text"] for t in g["terms"]] for g in lift] == [["Aufzugssteuerungen"], ["Schindler", "KONE"]]
    # a Werkmeister and an HTL's Matura stand above an apprenticeship
    foreman = by_text["Werkmeister oder HTL-Matura im Bereich Elektrotechnik"]["degree"]
    assert foreman["level"] == "associate" and foreman["fields"] == ["electrical-engineering"]


def test_a_strong_german_cv_meets_the_technician_posting(run_json, tech_pair) -> None:
    posting, resume = tech_pair
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", AS_OF)
    by_text = {r["text"]: r for r in report["requirements"]}
    # "seit 03/2019" runs to the as-of date; the apprenticeship is education, not a job
    positions = [(p["start"], p["end"], p["kind"]) for p in report["resume"]["positions"]]
    assert positions == [
        ("2019-03", "present", "job"),
        ("2014-09", "2019-02", "job"),
        ("2010-01", "2014-12", "education"),
    ]
    verdicts = {text: r["verdict"] for text, r in by_text.items()}
    assert verdicts == {
        "Abgeschlossene Lehre als Mechatroniker, Elektrotechniker oder vergleichbare Ausbildung": "met",
        "Mindestens 2 Jahre Berufserfahrung in der Instandhaltung": "met",
        "Kenntnisse in der SPS-Programmierung (Siemens S7)": "met",
        "Sehr gute Deutschkenntnisse (mind. B2)": "met",
        "Führerschein Klasse B (zwingend)": "met",
        "Selbstständige Arbeitsweise und Zuverlässigkeit": "partial",
        "Kundenorientierung und lösungsorientiertes Denken": "partial",
        "Erfahrung mit Aufzugssteuerungen von Schindler oder KONE": "met",
        "Englischkenntnisse": "met",
        # a Lehre is below the Werkmeister or HTL asked
        "Werkmeister oder HTL-Matura im Bereich Elektrotechnik": "missing",
    }
    assert "German (native)" in by_text["Sehr gute Deutschkenntnisse (mind. B2)"]["reason"]
    assert "English (B1)" in by_text["Englischkenntnisse"]["reason"]
    assert "eigenverantwortlich" in by_text["Selbstständige Arbeitsweise und Zuverlässigkeit"]["reason"]


def test_a_partial_german_cv_against_an_accounting_posting(run_json, fibu_pair) -> None:
    posting, resume = fibu_pair
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", AS_OF)
    by_text = {r["text"]: r for r in report["requirements"]}
    assert {t for t, r in by_text.items() if r["bucket"] == "preferred"} == {
        "Weiterbildung zum Bilanzbuchhalter (IHK) wäre ein Plus",
        "Erfahrung mit SAP FI",
        "Englischkenntnisse",
    }
    assert report["minimum"]["total"] == 5  # "Deine Aufgaben" and "Das bieten wir" ask nothing
    jobs = [(p["start"], p["end"]) for p in report["resume"]["positions"] if p["kind"] == "job"]
    assert jobs == [("2024-09", "present"), ("2023-01", "2024-08")]
    degree = by_text[
        "Abgeschlossene Ausbildung zum Steuerfachangestellten oder ein Studium im Bereich Rechnungswesen"
    ]
    assert degree["verdict"] == "met", degree["reason"]
    years = by_text["Mindestens 3 Jahre Berufserfahrung in der Finanzbuchhaltung"]
    assert years["verdict"] == "partial" and "3+ years" in years["reason"], years["reason"]
    assert by_text["Sicherer Umgang mit DATEV und MS Excel"]["verdict"] == "met"
    assert by_text["Sehr gute Deutschkenntnisse in Wort und Schrift (mind. C1)"]["verdict"] == "met"
    soft = by_text["Sorgfältige Arbeitsweise und Kommunikationsstärke"]
    assert soft["verdict"] == "partial" and "kontenabstimmung" in soft["reason"], soft["reason"]
    # the Bilanzbuchhalter course is under way ("in Ausbildung"): not held
    course = by_text["Weiterbildung zum Bilanzbuchhalter (IHK) wäre ein Plus"]
    assert course["verdict"] != "met" and "not held yet" in course["reason"], course["reason"]
    assert by_text["Erfahrung mit SAP FI"]["verdict"] == "missing"
    english = by_text["Englischkenntnisse"]
    assert english["verdict"] == "partial" and "English (A2)" in english["reason"], english["reason"]


@pytest.mark.parametrize(
    ("heading", "bucket"),
    [
        ("Das bringen Sie mit", "minimum"),
        ("Was Sie mitbringen", "minimum"),
        ("Anforderungen", "minimum"),
        ("Qualifikationen:", "minimum"),
        ("Dein Profil", "minimum"),
        ("Wünschenswert", "preferred"),
        ("Idealerweise bringen Sie mit", "preferred"),
        ("Nice to have", "preferred"),
    ],
)
def test_german_requirement_headings(heading: str, bucket: str) -> None:
    posting = extract_posting(
        f"Deine Aufgaben\n- Buchung laufender Geschäftsfälle\n{heading}\n- Erfahrung mit DATEV\n"
    )
    assert [r.text for r in getattr(posting, bucket)] == ["Erfahrung mit DATEV"]
    assert len(posting.minimum) + len(posting.preferred) == 1


@pytest.mark.parametrize("heading", ["Wir bieten", "Das bieten wir", "Unser Angebot", "Ihr Aufgabengebiet"])
def test_german_headings_that_ask_nothing(heading: str) -> None:
    posting = extract_posting(
        f"Ihr Profil\n- Erfahrung mit DATEV\n{heading}\n- Erfahrung mit Kunden aus aller Welt\n"
    )
    assert [r.text for r in posting.minimum] == ["Erfahrung mit DATEV"] and not posting.preferred


@pytest.mark.parametrize(
    "line",
    [
        "Englischkenntnisse von Vorteil",
        "Idealerweise Erfahrung mit SAP FI",
        "Kenntnisse in BMD wünschenswert",
        "Eine Zertifizierung nach IPMA wäre ein Plus",
        "Erfahrung im Außendienst gerne gesehen",
    ],
)
def test_a_german_preference_cue_makes_the_line_preferred(line: str) -> None:
    posting = extract_posting(f"Ihr Profil\n- Abgeschlossene kaufmännische Ausbildung\n- {line}\n")
    assert [r.text for r in posting.preferred] == [line]
    assert [r.text for r in posting.minimum] == ["Abgeschlossene kaufmännische Ausbildung"]


@pytest.mark.parametrize(
    "line",
    [
        "SAP FI (Voraussetzung), idealerweise auch SAP CO",
        "SAP FI zwingend erforderlich, SAP CO wünschenswert",
    ],
)
def test_a_required_cue_keeps_a_line_minimum_beside_a_preferred_one(line: str) -> None:
    posting = extract_posting(f"Ihr Profil\n- {line}\n")
    assert [r.text for r in posting.minimum] == [line] and not posting.preferred


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Mindestens 2 Jahre Berufserfahrung in der Buchhaltung", 2),
        ("3+ Jahre Erfahrung im Controlling", 3),
        ("Mind. 5 Jahre Berufserfahrung als Projektleiter", 5),
    ],
)
def test_german_years_are_read(line: str, years: int) -> None:
    [requirement] = extract_posting(f"Anforderungen\n- {line}\n").minimum
    assert requirement.years is not None and requirement.years.min == years
    assert all(
        t.text not in ("Berufserfahrung", "Erfahrung", "Jahre") for g in requirement.groups for t in g.terms
    )


def test_several_years_in_german_ask_experience_of_the_field() -> None:
    [requirement] = extract_posting("Anforderungen\n- Mehrjährige Erfahrung in der Lohnverrechnung\n").minimum
    assert [[t.text for t in g.terms] for g in requirement.groups] == [["Lohnverrechnung"]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sie verfügen über fundierte Kenntnisse im Steuerrecht", [["Steuerrecht"]]),
        ("Du bringst Erfahrung in der Lohnverrechnung mit", [["Lohnverrechnung"]]),
        ("Erfahrung mit ERP-Systemen wie SAP oder Navision", [["ERP", "SAP", "Navision"]]),
        (
            "Kenntnisse einer Buchhaltungssoftware (z. B. BMD oder DATEV)",
            [["Buchhaltungssoftware", "BMD", "DATEV"]],
        ),
    ],
)
def test_german_frames_leave_what_is_asked(line: str, expected: list) -> None:
    [requirement] = extract_posting(f"Anforderungen\n- {line}\n").minimum
    assert [[t.text for t in g.terms] for g in requirement.groups] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sehr gute Deutsch- und Englischkenntnisse", [("de", "B2"), ("en", "B2")]),
        ("Deutschkenntnisse (mind. B2)", [("de", "B2")]),
        ("Verhandlungssichere Englischkenntnisse in Wort und Schrift", [("en", "C1")]),
        ("Deutsch (Muttersprache)", [("de", "native")]),
        ("Deutsch auf Muttersprachniveau", [("de", "native")]),
        ("Englisch – fließend", [("en", "C1")]),
        ("Französisch: Grundkenntnisse", [("fr", "A2")]),
        ("Englischkenntnisse von Vorteil", [("en", None)]),
    ],
)
def test_german_language_names_and_levels_are_read(line: str, expected: list) -> None:
    assert [(found.language, found.level) for found in find_languages(line)] == expected


def test_a_cv_s_language_line_with_kenntnisse_is_no_heading() -> None:
    resume = extract_resume(
        "Jana Berger\nBerufserfahrung\nSachbearbeiterin – Muster AG, Zürich  seit 01/2020\n"
        "- Debitorenbuchhaltung\nSprachkenntnisse\nDeutsch: Muttersprache\nEnglisch: gute Kenntnisse (B1)\n"
        "EDV-Kenntnisse\nAbacus, MS Office\n"
    )
    assert {(f.language, f.level) for f in resume.languages} >= {("de", "native"), ("en", "B1")}


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Lehrabschlussprüfung Mechatronik – mit gutem Erfolg bestanden", "diploma"),
        ("Gesellenbrief Elektroniker für Energie- und Gebäudetechnik, 2015", "diploma"),
        ("Meisterprüfung Elektrotechnik, HWK München, 2019", "associate"),
        ("Staatlich geprüfter Techniker Maschinenbau", "associate"),
        ("Abitur, Goethe-Gymnasium Frankfurt, 2010", "secondary"),
        ("AHS-Matura – BRG Kepler, Graz, 2011", "secondary"),
        ("Bachelor of Arts Betriebswirtschaft – FH Wien, 2016", "bachelor"),
        ("Master of Science Wirtschaftsinformatik, Universität Mannheim", "master"),
        ("Promotion in Chemie, LMU München, 2018", "phd"),
    ],
)
def test_german_degree_and_apprenticeship_names_have_their_level(line: str, level: str) -> None:
    degree = parse_degree(line, resume_line=True)
    assert degree is not None and degree.level == level, degree


@pytest.mark.parametrize(
    ("line", "level", "fields"),
    [
        ("Abgeschlossenes Studium der Betriebswirtschaftslehre (Bachelor/Master)", "bachelor", ("business",)),
        ("Abgeschlossenes Studium (FH/Uni) im Bereich Rechnungswesen", "bachelor", ("accounting",)),
        ("Abgeschlossene kaufmännische Ausbildung", "diploma", ("business",)),
        ("Ausbildung zum Steuerfachangestellten", "diploma", ("accounting",)),
    ],
)
def test_german_posting_degree_lines(line: str, level: str, fields: tuple) -> None:
    degree = parse_degree(line)
    assert degree is not None and (degree.level, degree.fields) == (level, fields)


def test_a_completed_apprenticeship_meets_one_asked_and_one_in_training_does_not() -> None:
    posting = extract_posting("Ihr Profil\n- Abgeschlossene Lehre als Mechatroniker\n")
    done = extract_resume(
        "Lukas Gruber\nBerufserfahrung\nMechatroniker – Voestalpine, Linz  seit 09/2021\n- Instandhaltung\n"
        "Ausbildung\nLehrabschlussprüfung Mechatronik – mit gutem Erfolg bestanden, 2021\n"
    )
    [result] = score(posting, done).results
    assert result.verdict == "met", result.reason
    training = extract_resume(
        "Lukas Gruber\nBerufserfahrung\nLehrling Mechatronik – Voestalpine, Linz  seit 09/2024\n"
        "- Instandhaltung\n"
        "Ausbildung\nLehre als Mechatroniker – in Ausbildung, voraussichtlich 08/2028\n"
    )
    [result] = score(posting, training).results
    assert result.verdict != "met", result.reason


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("seit 03/2018", "2018-03", None),
        ("03/2018 – heute", "2018-03", None),
        ("März 2019 – bis heute", "2019-03", None),
        ("Jänner 2015 – Oktober 2017", "2015-01", "2017-10"),
        ("09/2020 – laufend", "2020-09", None),
        ("Okt. 2016 bis Dez. 2018", "2016-10", "2018-12"),
    ],
)
def test_dates_as_german_cvs_write_them(line: str, start: str, end: str | None) -> None:
    [found] = find_date_ranges(line)
    assert month_label(found.start) == start
    assert (month_label(found.end) if found.end is not None else None) == end


def test_a_german_driving_licence_is_stated() -> None:
    posting = extract_posting("Ihr Profil\n- Führerschein der Klasse B\n")
    resume = extract_resume(
        "Eva Maier\nPersönliche Daten\nFührerschein: Klasse B\nBerufserfahrung\n"
        "Außendienstmitarbeiterin – Alpha GmbH, Wien  seit 02/2022\n- Kundenbesuche\n"
    )
    [result] = score(posting, resume).results
    assert result.verdict == "met" and "states it" in result.reason, result.reason


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Teamfähigkeit, Belastbarkeit und Genauigkeit",
            {"collaboration", "pressure", "attention-to-detail"},
        ),
        ("Selbstständige Arbeitsweise und Zuverlässigkeit", {"ownership", "reliability"}),
        ("Kundenorientierung und lösungsorientiertes Denken", {"customer-focus", "problem-solving"}),
        ("Kommunikationsstärke", {"communication"}),
    ],
)
def test_german_soft_skills_are_competencies(line: str, names: set) -> None:
    [requirement] = extract_posting(f"Ihr Profil\n- {line}\n").minimum
    terms = [t for g in requirement.groups for t in g.terms]
    assert {t.kind for t in terms} == {"competency"}
    assert {t.id for t in terms} == names


def test_german_evidence_shows_a_soft_skill() -> None:
    posting = extract_posting("Ihr Profil\n- Kundenorientierung\n")
    resume = extract_resume(
        "Tom Weber\nBerufserfahrung\nServicetechniker – Beta AG, Bern  seit 04/2020\n"
        "- Kundenbetreuung und Beratung von Kunden vor Ort\n"
        "- Bearbeitung von Reklamationen und Kundenanfragen\n"
    )
    [result] = score(posting, resume).results
    assert result.verdict == "met", result.reason
