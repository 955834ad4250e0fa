"""Résumé facts as real résumés write them, read through the CLI from files made by real tools
(python-docx, reportlab): total years and how they were read, jobs inside bullets, fields of
work, skill years from skills blocks and tables, degrees with their status, spoken languages,
credentials with their state, names, duplicates in `screen`, résumés in other languages.

Every résumé here is written for this test module (Indian job-board exports, US templates,
European CVs); assertions are on the `facts` object of `score --format json`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import POSTINGS, make_docx, make_pdf
from typer.testing import Result

AS_OF = "2026-11-30"
POSTING = POSTINGS / "backend_python.md"


def facts_of(run_json: Callable[..., dict], resume: Path) -> dict:
    return run_json("score", resume, "--posting", POSTING, "--format", "json", "--as-of", AS_OF)["facts"]


def docx_of(path: Path, lines: list[str]) -> Path:
    """A DOCX with one paragraph per line; ALL-CAPS short lines get the Heading 1 style."""
    styled = [
        ("Heading 1" if line.isupper() and len(line.split()) <= 4 else "Normal", line) for line in lines
    ]
    return make_docx(path, styled)


def by_language(facts: dict) -> dict[str, str | None]:
    return {entry["language"]: entry["level"] for entry in facts["languages"]}


def by_credential(facts: dict) -> dict[str, dict]:
    """Credential name (up to a parenthesis) -> its fact."""
    return {entry["name"].split(" (")[0]: entry for entry in facts["credentials"]}


# --- an Indian job-board export ---------------------------------------------------------------

JOB_BOARD_EXPORT = [
    "RESUME",
    "LAKSHMI NARAYANAN IYER",
    "Email: lakshmi.iyer@example.com | Mobile: +91 98400 11223",
    "PROFESSIONAL SUMMARY",
    "Total experience: 10 years in ETL development and data warehousing for insurance clients.",
    "Skill Details",
    "Informatica PowerCenter, SQL, Oracle, Unix Shell, Python, Control-M",
    "Informatica- Exprience - 60 months",
    "Python- Exprience - 18 months",
    "AWS- Exprience - Less than 1 year months",
    "EXPRIENCE",
    "Company : Meridian Data Services Pvt. Ltd., Chennai",
    "Designation : Senior ETL Developer",
    "Duration : Jan-2019 to Till Date",
    "Company : Kaveri Softech Pvt. Ltd., Coimbatore",
    "Designation : Software Engineer",
    "Duration : 1st Aug 2016 - 30 Nov 2018",
    "EDUCATIONAL QUALIFICATION",
    "Degree | Institute | Year | Percentage",
    "MCA | Sree Valley College of Engineering | 2016 | 78%",
    "B.Sc. Computer Science | Sree Valley Arts College | 2013 | 74%",
    "PERSONAL DETAILS",
    "Date of Birth : 04-06-1992",
    "Languages Known : English, Tamil, Telugu (basic)",
    "DECLARATION",
    "I hereby declare that the details furnished above are true to the best of my knowledge.",
]


def test_a_job_board_export_reads_its_total_skill_years_degrees_and_name(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    facts = facts_of(run_json, docx_of(tmp_path / "lakshmi.docx", JOB_BOARD_EXPORT))
    experience = facts["experience"]
    assert experience["years"] == 10.0  # the export's own total wins over the dates
    assert experience["method"] == "stated total, over dated jobs"
    assert experience["evidence"]["text"].startswith("Total experience: 10 years")
    # "1st Aug 2016 - 30 Nov 2018" is Aug 2016 .. Nov 2018, not a job until 2030
    spans = {(p["start"], p["end"]) for p in facts["positions"]}
    assert ("2016-08", "2018-11") in spans and ("2019-01", "present") in spans
    assert experience["dated_years"] == 10.25  # Aug 2016 .. Nov 2018 and Jan 2019 .. Nov 2026: 123 months
    skill_years = {s["term"]: s for s in facts["skill_years"]}
    assert skill_years["Informatica"]["years"] == 5.0
    assert skill_years["Python"]["years"] == 1.5 and skill_years["Python"]["skill"] == "python"
    assert skill_years["AWS"]["less_than"] is True and skill_years["AWS"]["years"] == 1.0
    assert {s["method"] for s in facts["skill_years"]} == {"skills block"}
    degrees = [(d["level"], d["degree"], d["status"]) for d in facts["degrees"]]
    assert ("master", "MCA", "completed") in degrees and ("bachelor", "B.Sc.", "completed") in degrees
    assert facts["name"] == "LAKSHMI NARAYANAN IYER"
    assert by_language(facts) == {"en": "C1", "ta": None, "te": "A2"}
    # the ETL developer's job is a data engineering job
    etl = next(p for p in facts["positions"] if p["start"] == "2019-01")
    assert etl["title"] == "Senior ETL Developer" and "data-engineering" in etl["fields"]


# --- a US template résumé without dates, with credentials in every state ----------------------

US_TEMPLATE = [
    "Morgan T. Whitaker",
    "Columbus, OH | (614) 555-0192 | morgan.whitaker@example.com",
    "PROFESSIONAL SUMMARY",
    "Operations controller with 10+ years of experience in manufacturing finance and plant accounting.",
    "EXPERIENCE",
    "Plant Controller, Riverside Castings",
    "- Own the plant's month-end close, inventory reserves and standard-cost variances",
    "Senior Cost Accountant, Hollow Creek Foods",
    "- General ledger reconciliations and journal entries for three plants",
    "EDUCATION",
    "B.S. Accounting, Ohio Valley University",
    "MBA, Finance - expected May 2027",
    "CERTIFICATIONS",
    "CPA-eligible (150 credit hours completed)",
    "Certified Management Accountant (CMA) - exam scheduled for March 2027",
    "Lean Six Sigma Green Belt - expired 2023",
    "ACLS: registered for class, Dec 2026",
    "Notary Public commission - renewal pending",
    "OSHA 10-Hour General Industry - 2021",
    "Forklift operator certification - valid through 08/2025",
]


def test_a_summary_figure_stands_when_no_job_is_dated_and_credentials_have_states(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    facts = facts_of(run_json, make_pdf(tmp_path / "whitaker.pdf", US_TEMPLATE))
    experience = facts["experience"]
    assert (experience["years"], experience["method"]) == (10.0, "stated total")
    assert "10+ years" in experience["evidence"]["text"]
    credentials = by_credential(facts)
    assert credentials["CPA-eligible"]["state"] == "eligible"
    cma = credentials["Certified Management Accountant"]
    assert (cma["state"], cma["date"]) == ("booked", "2027-03")
    assert credentials["Lean Six Sigma Green Belt"]["state"] == "expired"
    acls = credentials["ACLS"]
    assert (acls["state"], acls["date"]) == ("booked", "2026-12")  # a class after the as-of date
    assert credentials["Notary Public commission"]["state"] == "in_progress"
    assert credentials["OSHA 10-Hour General Industry"]["state"] == "held"
    forklift = credentials["Forklift operator certification"]
    assert (forklift["state"], forklift["expires"]) == ("expired", "2025-08")
    degrees = {d["degree"]: d["status"] for d in facts["degrees"]}
    assert degrees == {"B.S.": "completed", "MBA": "expected"}  # an expected MBA is not held


def test_no_dated_job_and_no_stated_figure_is_unknown_not_zero(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    lines = [
        "Priya Raman",
        "priya.raman@example.com",
        "EXPERIENCE",
        "Store Associate, Lakeside Books",
        "- Cash desk",
    ]
    facts = facts_of(run_json, make_pdf(tmp_path / "undated.pdf", lines))
    assert facts["experience"]["years"] is None and facts["experience"]["method"] == "unknown"


# --- a European CV ----------------------------------------------------------------------------

EUROPEAN_CV = [
    "Lebenslauf",
    "Katrin Vogelsang",
    "katrin.vogelsang@example.com | +49 151 0000 1234",
    "Berufserfahrung / Professional Experience",
    "seit 03/2021 — Senior Associate, Data Protection, Haller & Roth Rechtsanwälte, Hamburg",
    "- Advising clients on the GDPR, drafting data processing agreements and DPIAs",
    "janv. 2018 – févr. 2021 — Juriste, Cabinet Delorme, Lyon",
    "- Contract drafting and litigation support for technology clients",
    "Ausbildung / Education",
    "2017 — Zweite Juristische Staatsprüfung, Hamburg",
    "2014 — Erste Juristische Prüfung, Universität Hamburg",
    "2015 – 2016 — LL.M. in European Law, University of Leiden",
    "2023 — Dr. iur. (in progress), Universität Hamburg",
    "Sprachen / Languages",
    "Deutsch — Muttersprache",
    "Englisch — verhandlungssicher (C1)",
    "Français — B2/C1",
    "Čeština — A2",
    "Nationality: German",
]


def test_a_european_cv_reads_foreign_months_state_exams_and_languages(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    facts = facts_of(run_json, docx_of(tmp_path / "vogelsang.docx", EUROPEAN_CV))
    spans = [(p["start"], p["end"], p["kind"]) for p in facts["positions"] if p["kind"] == "job"]
    assert spans == [("2021-03", "present", "job"), ("2018-01", "2021-02", "job")]
    assert facts["experience"]["years"] == pytest.approx(8.92, abs=0.01)  # Jan 2018 .. Nov 2026: 107 months
    levels = {(d["degree"], d["level"], d["status"]) for d in facts["degrees"]}
    assert ("Staatsprüfung", "master", "completed") in levels  # the second state exam
    assert ("Juristische Prüfung", "master", "completed") in levels  # the first
    assert ("LL.M.", "master", "completed") in levels
    assert ("Dr. iur.", "phd", "in_progress") in levels  # a doctorate in progress is not held
    assert all("law" in d["fields"] for d in facts["degrees"] if d["level"] in ("master", "phd"))
    assert by_language(facts) == {"de": "native", "en": "C1", "fr": "B2", "cs": "A2"}
    assert facts["name"] == "Katrin Vogelsang"


# --- jobs inside bullets, fields of work, headings after their content ------------------------


def test_jobs_in_bullets_fields_of_work_and_a_late_education_heading(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    lines = [
        "Deepa Krishnan",
        "deepa.krishnan@example.com",
        "Work Exprience",
        "- Worked with Northwind Traders from January 2015 to Aug 2017 as ETL Developer (nightly loads)",
        "- Working with Contoso Health since 09/2017 as Data Engineer on the claims warehouse",
        "SKILLS",
        "SQL, Informatica, Airflow, Snowflake",
        "Master of Science in Information Technology, Rivergate University, 2014",
        "EDUCATION",
    ]
    facts = facts_of(run_json, make_pdf(tmp_path / "krishnan.pdf", lines))
    jobs = [p for p in facts["positions"] if p["kind"] == "job"]
    assert [(p["start"], p["end"], p["method"]) for p in jobs] == [
        ("2015-01", "2017-08", "bullet"),
        ("2017-09", "present", "bullet"),
    ]
    assert all("data-engineering" in p["fields"] for p in jobs)
    assert facts["experience"]["years"] == pytest.approx(11.92, abs=0.01)
    [degree] = facts["degrees"]
    assert (degree["level"], degree["fields"], degree["status"]) == (
        "master",
        ["information-systems"],
        "completed",
    )


def test_fields_of_work_by_title_and_duties(run_json: Callable[..., dict], tmp_path: Path) -> None:
    lines = [
        "Grace Mbeki",
        "grace.mbeki@example.com",
        "EXPERIENCE",
        "Charge Nurse, Cardiac Step-Down Unit   03/2020 – present",
        "- Telemetry monitoring and titration of drips for 4-5 patients",
        "Staff Accountant, Lakeview Dental Group   06/2015 – 02/2020",
        "- Month-end close, bank reconciliations and journal entries",
        "Engineer, Bluefin Analytics   01/2013 – 05/2015",
        "- Built ETL pipelines in SSIS and maintained the data warehouse",
        "- Tuned data pipelines feeding the finance data warehouse",
    ]
    facts = facts_of(run_json, docx_of(tmp_path / "mbeki.docx", lines))
    fields = {p["title"].split(",")[0]: set(p["fields"]) for p in facts["positions"]}
    assert {"nursing", "acute-care-nursing"} <= fields["Charge Nurse"]
    assert fields["Staff Accountant"] == {"accounting"}
    assert "data-engineering" in fields["Engineer"]  # an untitled engineer doing ETL all day


def test_a_skills_table_with_years(run_json: Callable[..., dict], tmp_path: Path) -> None:
    import docx

    path = tmp_path / "table.docx"
    document = docx.Document()
    for text in ["Tomás Ferreira", "tomas.ferreira@example.com"]:
        document.add_paragraph(text)
    document.add_paragraph("TECHNICAL SKILLS", style="Heading 1")
    table = document.add_table(rows=4, cols=2)
    for row, (skill, years) in zip(
        table.rows,
        [("Skill", "Years"), ("Kubernetes", "3"), ("Go", "2 years"), ("Rust", "Less than 1 year")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = skill, years
    document.add_paragraph("Frameworks: Django (4 yrs), FastAPI (~1 yr), Flask (basic)")
    document.save(str(path))
    facts = facts_of(run_json, path)
    got = {s["term"]: (s["years"], s["less_than"], s["method"]) for s in facts["skill_years"]}
    assert got == {
        "Kubernetes": (3.0, False, "skills table"),
        "Go": (2.0, False, "skills table"),
        "Rust": (1.0, True, "skills table"),
        "Django": (4.0, False, "skills list"),
        "FastAPI": (1.0, False, "skills list"),
    }


# --- names -----------------------------------------------------------------------------------


def test_a_title_a_heading_or_a_college_is_not_a_name(run: Callable[..., Result], tmp_path: Path) -> None:
    lines = [
        "Java Developer",
        "Skill Details",
        "Morigaon College",
        "contact: 98765 43210",
        "EXPERIENCE",
        "Java Developer, Brahmaputra Infotech   Jun 2020 – Present",
        "- Spring Boot services",
    ]
    path = make_pdf(tmp_path / "anonymous.pdf", lines)
    result = run("score", path, "--posting", POSTING, "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["facts"]["name"] is None
    terminal = run("score", path, "--posting", POSTING, "--as-of", AS_OF)
    assert "Name: no name found" in terminal.stdout


def test_the_name_after_a_sidebar_is_found_by_the_email(
    run_json: Callable[..., dict], tmp_path: Path
) -> None:
    """A two-column PDF whose sidebar comes first in the text: the name is the line the e-mail
    address spells, not the first line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "two-column.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    sidebar = [
        "CONTACT",
        "Leeds, UK",
        "07700 900123",
        "amara.okonkwo@example.com",
        "LANGUAGES",
        "English — fluent",
        "Yoruba — native",
        "French — basic",
    ]
    main = [
        "Amara Okonkwo",
        "Senior Graphic Designer",
        "EXPERIENCE",
        "Senior Graphic Designer, Pennine Press",
        "2019 – present",
        "- Brand identities and packaging for 30 clients",
    ]
    for index, text in enumerate(sidebar):
        pdf.drawString(40, 780 - 18 * index, text)
    for index, text in enumerate(main):
        pdf.drawString(230, 780 - 18 * index, text)
    pdf.save()
    facts = facts_of(run_json, path)
    assert facts["name"] == "Amara Okonkwo"
    assert by_language(facts) == {"en": "C1", "yo": "native", "fr": "A2"}


# --- duplicates in screen -------------------------------------------------------------------


def test_the_pdf_and_the_docx_of_one_resume_are_flagged_as_duplicates(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    lines = [
        "Rafael Quintero",
        "Austin, TX | (512) 555-0148 | rafael.quintero@example.com",
        "EXPERIENCE",
        "Backend Engineer, Tejas Freight   Mar 2020 – Present",
        "- Python and Django services on PostgreSQL; Celery workers; AWS",
        "EDUCATION",
        "B.S. Computer Science, Hill Country University, 2019",
    ]
    make_pdf(folder / "rafael_quintero.pdf", lines)
    docx_of(folder / "Rafael Quintero CV.docx", lines)
    other = [
        line.replace("Rafael Quintero", "Ines Albrecht").replace("rafael.quintero", "ines.albrecht")
        for line in lines
    ]
    make_pdf(
        folder / "ines.pdf", [other[0], "ines.albrecht@example.com", *other[2:4], "- Go services", *other[5:]]
    )
    output = tmp_path / "shortlist.csv"
    result = run("screen", folder, "--posting", POSTING, "--as-of", AS_OF, "--no-cache", "-o", output)
    assert result.exit_code == 0, result.stderr
    assert "same person (duplicates): Rafael Quintero CV.docx, rafael_quintero.pdf" in " ".join(
        result.stdout.split()
    )
    rows = {row["file"]: row for row in csv.DictReader(io.StringIO(output.read_text(encoding="utf-8")))}
    assert rows["rafael_quintero.pdf"]["duplicates"] == "Rafael Quintero CV.docx"
    assert rows["Rafael Quintero CV.docx"]["duplicates"] == "rafael_quintero.pdf"
    assert rows["ines.pdf"]["duplicates"] == ""
    shortlist = tmp_path / "shortlist.json"
    run("screen", folder, "--posting", POSTING, "--as-of", AS_OF, "--no-cache", "-o", shortlist)
    groups = json.loads(shortlist.read_text(encoding="utf-8"))["duplicates"]
    assert [[Path(p).name for p in group] for group in groups] == [
        ["Rafael Quintero CV.docx", "rafael_quintero.pdf"]
    ]


def test_redacted_duplicates_name_the_pseudonyms_only(run: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    lines = [
        "Rafael Quintero",
        "rafael.quintero@example.com",
        "EXPERIENCE",
        "Engineer, Tejas   2020 – Present",
        "- Python",
    ]
    make_pdf(folder / "rafael_quintero.pdf", lines)
    docx_of(folder / "rafael_quintero.docx", lines)
    output = tmp_path / "shortlist.csv"
    result = run(
        "screen", folder, "--posting", POSTING, "--as-of", AS_OF, "--no-cache", "--redact", "-o", output
    )
    assert result.exit_code == 0, result.stderr
    text = output.read_text(encoding="utf-8") + result.stdout
    assert "rafael" not in text.lower() and "candidate-" in text


# --- résumés in other languages ---------------------------------------------------------------

FRENCH_CV = [
    "Camille Durand",
    "camille.durand@example.com",
    "Expérience professionnelle",
    "janv. 2018 – aujourd'hui — Développeuse Python, Atelier Lumen, Lyon",
    "- Conception et développement des services de paiement en Python pour les clients du secteur public",
    "- Mise en place de la supervision et des tests automatisés avec les équipes de la direction technique",
    "sept. 2014 – déc. 2017 — Développeuse web, Agence Boréal",
    "- Création de sites pour des associations et des collectivités, avec une attention à l'accessibilité",
    "Formation",
    "Master en informatique, Université de Lyon, 2014",
    "Langues",
    "Français (langue maternelle), anglais (courant)",
]


def test_a_french_resume_is_scored_with_a_warning_in_every_output(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    path = docx_of(tmp_path / "durand.docx", FRENCH_CV)
    warning = "the résumé appears to be in French; only English is fully supported"
    result = run("score", path, "--posting", POSTING, "--format", "json", "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["facts"]["warnings"] == [warning]
    assert report["facts"]["written_in"]["language"] == "fr"
    assert warning in " ".join(result.stderr.split())
    assert report["facts"]["experience"]["years"] == pytest.approx(
        12.25, abs=0.01
    )  # read anyway, not a silent 0
    assert report["score"] > 0
    for output_format in ("terminal", "markdown", "html"):
        shown = run("score", path, "--posting", POSTING, "--format", output_format, "--as-of", AS_OF)
        assert warning in " ".join(shown.stdout.split()), output_format
    languages = by_language(report["facts"])
    assert languages["fr"] == "native" and languages["en"] == "C1"
    folder = tmp_path / "folder"
    folder.mkdir()
    path.rename(folder / path.name)
    screened = run("screen", folder, "--posting", POSTING, "--as-of", AS_OF, "--no-cache")
    assert f"durand.docx: {warning}" in " ".join(screened.stdout.split())


def test_english_resumes_carry_no_language_warning(run_json: Callable[..., dict], tmp_path: Path) -> None:
    facts = facts_of(run_json, docx_of(tmp_path / "lakshmi.docx", JOB_BOARD_EXPORT))
    assert facts["warnings"] == [] and facts["written_in"]["language"] == "en"


def test_credential_name_patterns_do_not_rescan_runs_of_separators() -> None:
    """Issue 14: 'PMP ( ( ( ...' or ', , , ...' made NAME_ENDS and TRAILING_STATE retry from every
    separator of the run (quadratic); they start at a run's first separator now."""
    from jobmatch import facts

    assert facts.NAME_ENDS.split("PMP " + "( " * 15_000)[0] == "PMP " + "( " * 15_000
    assert facts.TRAILING_STATE.sub("", "PMP" + ", " * 15_000) == "PMP" + ", " * 15_000
    assert facts.NAME_ENDS.split("PMP (since 2019)")[0] == "PMP"
    assert facts.TRAILING_STATE.sub("", "PE, licensed, active") == "PE"


def test_title_employer_and_dates_on_three_lines(run_json: Callable[..., dict], tmp_path: Path) -> None:
    """A PDF that puts the title, then "Employer, City, ST", then the dates on lines of their own:
    the title is the line above the employer's, not the employer."""
    lines = [
        "Ines Carvalho",
        "ines.carvalho@example.com",
        "EXPERIENCE",
        "Supply Planner",
        "Norrland Foods, Minneapolis, MN",
        "April 2022 – Present",
        "• Ran the weekly S&OP supply review for 300 SKUs",
        "Buyer",
        "Kestrel Outdoor Gear, Portland, OR",
        "June 2019 – March 2022",
        "• Placed purchase orders with 40 suppliers in Asia",
    ]
    facts = facts_of(run_json, make_pdf(tmp_path / "carvalho.pdf", lines))
    titles = [p["title"] for p in facts["positions"]]
    assert titles == [
        "Supply Planner — Norrland Foods, Minneapolis, MN",
        "Buyer — Kestrel Outdoor Gear, Portland, OR",
    ]
