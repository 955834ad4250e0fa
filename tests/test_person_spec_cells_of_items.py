"""A Word person specification whose cells list several criteria each ("Area | Essential |
Desirable", one row per area, each criterion its own paragraph in its column's cell): every
criterion is a requirement of its column's bucket and the area labels are none; and "N years'
midwifery experience" counts a midwife's jobs — via the CLI, on a DOCX made by python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest

ROWS = [
    (
        "Qualifications",
        ["Registered Nurse with the Nursing Council", "Current Annual Practising Certificate"],
        ["Postgraduate certificate in mental health nursing"],
    ),
    ("Experience", ["Minimum three years' nursing experience in an inpatient unit"], []),
    (
        "Skills",
        ["De-escalation and safety planning", "Accurate clinical documentation"],
        ["Working knowledge of te reo Māori", "Experience with the HCSS patient system"],
    ),
]


def _make_spec(path: Path, header: list[str]) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Registered Nurse – Acute Mental Health", level=1)
    document.add_paragraph("Kōwhai Health, Christchurch. Full time, rotating roster.")
    document.add_heading("Person specification", level=2)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for label, essential, desirable in ROWS:
        row = table.add_row().cells
        row[0].text = label
        for cell, items in ((row[1], essential), (row[2], desirable)):
            for number, item in enumerate(items):
                if number == 0:
                    cell.text = item
                else:
                    cell.add_paragraph(item)
    document.add_heading("How to apply", level=2)
    document.add_paragraph("Apply online with your CV and a cover letter.")
    document.save(path)
    return path


@pytest.mark.parametrize(
    "header", [["Area", "Essential", "Desirable"], ["Criteria", "Required", "Preferred"]]
)
def test_each_item_of_a_cell_is_a_requirement_of_its_column(
    run_json, tmp_path: Path, header: list[str]
) -> None:
    posting = _make_spec(tmp_path / "spec.docx", header)
    report = run_json("extract", posting, "--format", "json")
    minimum = [r["text"] for r in report["minimum"]]
    preferred = [r["text"].removeprefix("Desirable: ").rstrip(".") for r in report["preferred"]]
    assert minimum == [item for _, essential, _ in ROWS for item in essential]
    assert preferred == [item for _, _, desirable in ROWS for item in desirable]


def test_a_midwifes_years_are_midwifery_years(score_lines) -> None:
    posting = (
        "Core Midwife — Southland Maternity\n\nEssential\n"
        "- At least two years' midwifery experience in a hospital maternity unit\n"
    )
    resume = (
        "Aroha Ngata\n\nEXPERIENCE\nStaff Midwife — Dunedin Hospital (Mar 2022 – present)\n"
        "- Labour and birth care on a 14-room delivery suite\n"
        "Healthcare Assistant — Dunedin Hospital (2019 – 2022)\n- Ward support\n"
    )
    rows = score_lines(posting, resume)
    row = rows["At least two years' midwifery experience in a hospital maternity unit"]
    assert row["verdict"] == "met", row["reason"]
    assert "Staff Midwife" in row["evidence"][0]["text"]
