"""A school's person specification in a Word table ("Criteria | Essential/Desirable | Assessed by")
with Title-case group rows and a facts table above it whose "Location" row would otherwise open a
section; lines about what an offer depends on; a rota's days and hours; a reason the line opens
with — via the CLI."""

from __future__ import annotations

from pathlib import Path

FACTS = [
    ("Post", "Teacher of Science (Chemistry specialism)"),
    ("Location", "Riverside Community College, Exeter"),
    ("Salary", "MPS/UPS plus SEN allowance"),
    ("Responsible to", "Head of Science"),
]
CRITERIA = [
    ("Qualifications", None, None),
    ("Qualified Teacher Status or equivalent", "Essential", "Application"),
    ("Degree in Chemistry or a closely related science", "Essential", "Application"),
    ("Experience", None, None),
    ("Experience of teaching GCSE Combined Science", "Essential", "Application / Interview"),
    ("Experience of teaching A-level Chemistry", "Desirable", "Application / Interview"),
    ("Personal qualities", None, None),
    ("Ability to build positive relationships with students and parents", "Essential", "Interview"),
    ("Willingness to lead a STEM club or science trips", "Desirable", "Interview"),
]


def _person_spec(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Riverside Community College")
    document.add_paragraph("PERSON SPECIFICATION – TEACHER OF SCIENCE")
    facts = document.add_table(rows=0, cols=2)
    for label, value in FACTS:
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_paragraph("Shortlisting is carried out against the criteria below.")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(
        table.rows[0].cells, ("Criteria", "Essential/Desirable", "Assessed by"), strict=True
    ):
        cell.text = text
    for criterion, status, method in CRITERIA:
        cells = table.add_row().cells
        if status is None:  # a group row: one cell across the table
            merged = cells[0].merge(cells[2])
            merged.text = criterion
            continue
        cells[0].text, cells[1].text, cells[2].text = criterion, status, method
    document.add_paragraph(
        "All appointments are subject to satisfactory pre-employment checks, including an enhanced DBS "
        "check and a health questionnaire."
    )
    document.save(str(path))
    return path


def test_every_criterion_of_a_person_spec_table_with_group_rows(run_json, tmp_path: Path) -> None:
    report = run_json("extract", _person_spec(tmp_path / "spec.docx"), "--format", "json")
    minimum = [r["text"] for r in report["minimum"] if "condition" not in r["kinds"]]
    # (the table's last row gets a full stop: a paragraph follows it at once)
    preferred = [r["text"].removeprefix("Desirable: ").rstrip(".") for r in report["preferred"]]
    assert minimum == [c for c, status, _ in CRITERIA if status == "Essential"]
    assert preferred == [c for c, status, _ in CRITERIA if status == "Desirable"]
    # the job's facts above the table are not asked of anyone
    assert not any(text.startswith(("Post", "Teacher of Science")) for text in minimum)


def test_what_an_offer_depends_on_is_a_condition(extract_text) -> None:
    report = extract_text(
        "Dental Nurse\n\nRequirements\n- GDC registration as a dental nurse\n"
        "- Offers are conditional upon a satisfactory DBS check, two references and proof of hepatitis B "
        "immunity.\n"
    )
    line = report["minimum"][1]
    assert line["kinds"][0] == "condition", line
    assert line["condition"] == "background check"


def test_a_rotas_days_and_hours_are_a_condition_not_terms(extract_text) -> None:
    report = extract_text(
        "Pharmacy Assistant\n\nRequirements\n- NVQ Level 2 in Pharmacy Services\n"
        "- You must be able to work two Sundays a month from 10am to 4pm.\n"
    )
    line = report["minimum"][1]
    assert line["condition"] == "availability"
    assert not [t for g in line["groups"] for t in g["terms"]]


def test_a_reason_the_line_opens_with_names_nothing_asked(extract_text) -> None:
    report = extract_text(
        "Veterinary Nurse\n\nRequirements\n"
        "- Because our nurses run the X-ray room alone, you must hold a current radiation safety"
        " certificate.\n"
    )
    terms = [t["text"] for g in report["minimum"][0]["groups"] for t in g["terms"]]
    assert any(t.startswith("radiation safety") for t in terms), terms
    assert not any("X-ray" in t or "nurses" in t for t in terms)


def test_ones_own_tool_kit_is_a_condition_the_resume_states(score_lines) -> None:
    rows = score_lines(
        "Carpenter\n\nEssential\n- Own comprehensive hand tool kit\n- 3 years of second-fix carpentry\n",
        "Liam Byrne\n\nSKILLS\nOwn full hand tool kit and power tools; CSCS Blue card\n\nEXPERIENCE\n"
        "Carpenter, Oakfield Homes, Mar 2019 – Present\n- Second-fix carpentry on new-build houses\n",
    )
    row = rows["Own comprehensive hand tool kit"]
    assert row["verdict"] == "met", row["reason"]
    assert "left out of the score" in row["reason"]
