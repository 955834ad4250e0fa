"""A PDF printed from a browser or a word processor repeats a header and a footer on every page
(the date and the page's title, its address and "2/3", "Jane Doe - Page 2"). Those lines are page
furniture: they must not become requirements of a posting — via the CLI, on a PDF written by
reportlab."""

from __future__ import annotations

from pathlib import Path

HEADER = "2026-10-14, 3:41 p.m. Grants Officer - Northern Arts Council - Job poster"
FOOTER = "https://jobs.example.com/poster/771204 {page}/2"


def _printed_pdf(path: Path, pages: list[list[str]], header: str, footer: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, 820, header.format(page=number))
        pdf.drawString(40, 20, footer.format(page=number))
        pdf.setFont("Helvetica", 10)
        y = 780
        for line in lines:
            pdf.drawString(60, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return path


POSTING_PAGES = [
    [
        "Grants Officer",
        "Northern Arts Council, Whitehorse",
        "ESSENTIAL QUALIFICATIONS",
        "EDUCATION",
        "A degree in arts administration, public administration or a related field.",
        "Degree equivalency",
        "If you were educated abroad, your degree must be assessed by a recognized service.",
    ],
    [
        "EXPERIENCE",
        "Two years of experience administering grant programs.",
        "Experience with a grants management system such as SmartSimple or Fluxx.",
        "ASSET QUALIFICATIONS",
        "Knowledge of French.",
    ],
]


def test_a_browsers_header_and_footer_are_no_requirements(run_json, tmp_path) -> None:
    posting = _printed_pdf(tmp_path / "poster.pdf", POSTING_PAGES, HEADER, FOOTER)
    report = run_json("extract", posting, "--format", "json")
    texts = [r["text"] for bucket in ("minimum", "preferred") for r in report[bucket]]
    assert not any("Job poster" in t or "jobs.example.com" in t for t in texts), texts
    assert any("SmartSimple" in t for t in texts), texts
    assert any("French" in r["text"] for r in report["preferred"]), report["preferred"]
