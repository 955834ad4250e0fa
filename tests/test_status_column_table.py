"""A posting's table whose middle column gives each requirement's status ("Requirement | Status |
Notes"), in a real PDF whose cells wrap: each row is one requirement, an "Asset" row preferred, and
the notes column is not read as part of the requirement — via the CLI."""

from __future__ import annotations

from pathlib import Path

ROWS = [
    (
        "Health Care Aide certificate from a recognized Manitoba college or an equivalent program",
        "Required",
        "Bring the original certificate to the interview",
    ),
    (
        "Criminal Record Check including the Vulnerable Sector Search",
        "Required",
        "Dated within three months of the start date and paid by the applicant",
    ),
    ("Current CPR Level C and Standard First Aid", "Required", "Must be kept current by the employee"),
    (
        "Experience supporting residents living with dementia in a personal care home",
        "Asset",
        "Please describe it in your cover letter",
    ),
    ("Ability to speak French or Tagalog", "Asset", "Tell us your level"),
]


def _status_table_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    story = [
        Paragraph("Health Care Aide — Riverbend Personal Care Home, Winnipeg", styles["Title"]),
        Paragraph("About the role", styles["Heading2"]),
        Paragraph(
            "You will support 24 residents on a secure dementia unit with daily living and meals.", cell
        ),
        Paragraph("Requirements summary", styles["Heading2"]),
        Table(
            [[Paragraph(text, cell) for text in ("Requirement", "Status", "Notes")]]
            + [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in ROWS],
            colWidths=[250, 60, 170],
        ),
        Spacer(1, 12),
        Paragraph("How to apply", styles["Heading2"]),
        Paragraph("Apply online with your résumé and cover letter by January 15.", cell),
    ]
    SimpleDocTemplate(str(path), pagesize=letter).build(story)
    return path


def test_each_row_of_a_status_table_is_one_requirement(run_json, tmp_path: Path) -> None:
    posting = run_json("extract", _status_table_pdf(tmp_path / "hca.pdf"), "--format", "json")
    minimum = [row["text"] for row in posting["minimum"]]
    preferred = [row["text"] for row in posting["preferred"]]
    assert any(t.endswith("Criminal Record Check including the Vulnerable Sector Search") for t in minimum), (
        minimum
    )
    assert any(t.endswith("Current CPR Level C and Standard First Aid") for t in minimum), minimum
    assert any("supporting residents living with dementia in a personal care home" in t for t in preferred), (
        preferred
    )
    assert any("Ability to speak French or Tagalog" in t for t in preferred), preferred
    everything = " ".join(minimum + preferred)
    for notes in (
        "original certificate",
        "paid by the applicant",
        "kept current",
        "cover letter",
        "your level",
    ):
        assert notes not in everything, everything


FLATTENED = """Warehouse Lead — Halifax

Requirements summary
Requirement Status Notes
Forklift operator certificate (counterbalance and reach),
from a training provider recognized in Nova Scotia
Required Must be current on your first day and kept
current
WHMIS 2015 training Required Proof from your last employer or a
training provider
Three years of experience leading a shift in a distribution
centre
Asset
Class 5 driver's licence Required
Experience with Manhattan WMS Asset Tell us which version

How to apply
Send your résumé to jobs@example.com.
"""


def test_a_table_copied_from_a_pdf_with_status_then_notes(extract_text) -> None:
    posting = extract_text(FLATTENED)
    minimum = [row["text"] for row in posting["minimum"]]
    preferred = [row["text"] for row in posting["preferred"]]
    assert any(
        t.endswith("(counterbalance and reach), from a training provider recognized in Nova Scotia")
        for t in minimum
    ), minimum
    assert any(t.endswith("WHMIS 2015 training") for t in minimum), minimum
    assert any(
        "Three years of experience leading a shift in a distribution centre" in t for t in preferred
    ), preferred
    assert any("Experience with Manhattan WMS" in t for t in preferred), preferred
    everything = " ".join(minimum + preferred)
    for notes in ("first day", "last employer", "training provider Three", "which version"):
        assert notes not in everything, everything


TWO_TABLES = """Maintenance Technician — Sudbury

Requirements summary
Requirement | Status | Notes
Completion of Mandatory Training modules (WHMIS, AODA) | Required | Within 30 days of hire
309A Electrician Certificate of Qualification | Required |
Experience in a unionized mine | Asset | Tell us where

Licences
Credential Status
G driver's licence Required
Forklift certification Asset

Bonus points
- Experience with Maximo
"""


def test_a_status_word_inside_a_cell_and_a_second_table(extract_text) -> None:
    posting = extract_text(TWO_TABLES)
    minimum = [row["text"] for row in posting["minimum"]]
    preferred = [row["text"] for row in posting["preferred"]]
    assert "Completion of Mandatory Training modules (WHMIS, AODA)" in minimum, posting
    assert "G driver's licence" in minimum, posting
    assert any("Forklift certification" in t for t in preferred), posting
    assert "Experience with Maximo" in preferred, posting
    assert not [t for t in minimum + preferred if "Credential" in t or "Within 30 days" in t], posting
