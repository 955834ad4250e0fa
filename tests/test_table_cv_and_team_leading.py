"""A CV written in a two-column Word table whose job rows have no "Experience" row above them (the
left cell holds the dates), and a posting that asks for leading a team in words set apart
("leading and checking the work of a small team") — via the CLI."""

from __future__ import annotations

from pathlib import Path

POSTING = """Maintenance Planner — Kestrel Food Ingredients, Cork

Essential
- 5+ years of experience in maintenance planning in a food or pharmaceutical plant
- Experience leading and reviewing the work of a small team of fitters and electricians
- Working knowledge of SAP PM

How to apply
Send your CV to careers@example.com.
"""


def _table_cv(path: Path) -> Path:
    """A CV as Word templates lay it out: a label or the dates in the left cell, the content in
    the right one, and no row that says "Experience"."""
    import docx

    document = docx.Document()
    document.add_paragraph("CURRICULUM VITAE")
    document.add_paragraph("SIOBHÁN NÍ MHURCHÚ")
    document.add_paragraph("Ballincollig, Co. Cork  •  +353 21 000 0000  •  siobhan.nm@example.com")
    rows = [
        ("Profile", "Maintenance planner with a background as an electrician in food plants."),
        ("Systems", "SAP PM (work orders, notifications, task lists), MS Project, Excel"),
        ("Certificates", "Safe Pass (2024); Manual Handling Instructor (2022)"),
        (
            "Apr 2020 – Present",
            "Maintenance Planner – Glanmire Dairy Ingredients, Cork\n"
            "• Plan weekly and shutdown maintenance for two spray dryers in SAP PM\n"
            "• Supervise a crew of 4 fitters and 2 electricians on planned shutdowns",
        ),
        (
            "Sep 2013 – Mar 2020",
            "Electrician – Lee Valley Meats, Mallow\n"
            "• Fault-finding on conveyors, VSDs and refrigeration plant\n"
            "• Raised and closed notifications in SAP PM",
        ),
        ("Education", "• QQI Level 6 Advanced Certificate in Electrical, Cork Training Centre, 2013"),
    ]
    table = document.add_table(rows=0, cols=2)
    for label, content in rows:
        cells = table.add_row().cells
        cells[0].text = label
        lines = content.split("\n")
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    document.save(str(path))
    return path


def _score(run_json, tmp_path: Path, resume: Path) -> dict:
    posting = tmp_path / "planner.txt"
    posting.write_text(POSTING, encoding="utf-8")
    return run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-03")


def test_dated_rows_of_a_table_cv_are_jobs(run_json, tmp_path: Path) -> None:
    report = _score(run_json, tmp_path, _table_cv(tmp_path / "cv.docx"))
    positions = report["resume"]["positions"]
    assert [(p["title"].split(" – ")[0], p["start"], p["end"]) for p in positions] == [
        ("Maintenance Planner", "2020-04", "present"),
        ("Electrician", "2013-09", "2020-03"),
    ]
    assert report["facts"]["experience"]["jobs"] == 2
    rows = {r["text"]: r for r in report["requirements"]}
    years = rows["5+ years of experience in maintenance planning in a food or pharmaceutical plant"]
    assert years["verdict"] in ("met", "partial")  # the planner job: 6 years and more
    # the duties under a job are evidence from work, not a line of a certificates list
    sap = rows["Working knowledge of SAP PM"]
    assert sap["verdict"] == "met"
    assert sap["evidence"][0]["section"] == "experience"


def test_leading_a_team_with_words_between_is_leadership(run_json, tmp_path: Path) -> None:
    report = _score(run_json, tmp_path, _table_cv(tmp_path / "cv.docx"))
    rows = {r["text"]: r for r in report["requirements"]}
    row = rows["Experience leading and reviewing the work of a small team of fitters and electricians"]
    assert row["verdict"] == "met"
    assert "Leadership: shown by work described" in row["reason"]
    assert any("Supervise a crew of 4 fitters" in e["text"] for e in row["evidence"])


def test_a_leading_edge_team_or_a_team_in_another_clause_is_not_leadership(extract_text) -> None:
    report = extract_text(
        "Software Engineer\n\nRequirements\n"
        "- Experience building leading edge team dashboards in React\n"
        "- Comfortable working with the team, leading by example on code quality\n"
    )
    competencies = [c for r in report["minimum"] for c in r.get("competencies", [])]
    assert "leadership" not in str(competencies)


def test_dated_lines_in_a_certificates_list_stay_certificates(run_json, tmp_path: Path) -> None:
    """With an Experience heading, a bare date line in another section is a course's, not a job."""
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Aoife Kelly\n\nEXPERIENCE\nMaintenance Planner, Glanmire Dairy Ingredients, Apr 2020 – Present\n"
        "- Plan shutdowns in SAP PM\n\nCERTIFICATIONS\nJan 2019 – Dec 2019\n"
        "Lean Six Sigma Green Belt, University College Cork\n- Project on dryer downtime\n",
        encoding="utf-8",
    )
    report = _score(run_json, tmp_path, resume)
    assert [p["title"] for p in report["resume"]["positions"] if p["kind"] == "job"] == [
        "Maintenance Planner, Glanmire Dairy Ingredients"
    ]
