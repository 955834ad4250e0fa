"""Person specifications: a table of criteria, each row ending in an Essential / Desirable column
and often one that says how it is assessed. Read through the CLI from a DOCX table (as NHS and
council templates are) and from a PDF whose rows wrap."""

from __future__ import annotations

from pathlib import Path

from conftest import make_pdf

ROWS = [
    ("QUALIFICATIONS", "", ""),
    ("NMC registered nurse (adult field)", "E", "Application"),
    ("Mentorship or practice assessor qualification", "D", "Application"),
    ("EXPERIENCE", "", ""),
    ("Post-registration experience on an acute medical ward", "E", "Application / Interview"),
    ("Experience of discharge planning with community teams", "D", "Interview"),
    ("SKILLS", "", ""),
    ("Competent in IV drug administration and venepuncture", "E", "Interview"),
]


def _docx_with_table(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Staff Nurse - Acute Medical Unit (Band 5)")
    document.add_paragraph("Person Specification")
    document.add_paragraph("E = Essential, D = Desirable")
    table = document.add_table(rows=1, cols=3)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text, table.rows[0].cells[2].text = (
        "Criteria",
        "E / D",
        "How assessed",
    )
    for criterion, mark, assessed in ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = criterion, mark, assessed
    document.add_paragraph("We are an equal opportunities employer.")
    document.save(str(path))
    return path


def _buckets(report: dict) -> dict[str, list[str]]:
    """Each bucket's requirement texts (a full stop ends a table's last row before a paragraph)."""
    return {bucket: [r["text"].rstrip(".") for r in report[bucket]] for bucket in ("minimum", "preferred")}


def test_a_docx_person_specification_table_gives_one_requirement_a_row(run_json, tmp_path: Path) -> None:
    posting = _docx_with_table(tmp_path / "staff_nurse.docx")
    found = _buckets(run_json("extract", posting, "--format", "json"))
    assert found["minimum"] == [
        "NMC registered nurse (adult field)",
        "Post-registration experience on an acute medical ward",
        "Competent in IV drug administration and venepuncture",
    ]
    assert [text.removeprefix("Desirable: ") for text in found["preferred"]] == [
        "Mentorship or practice assessor qualification",
        "Experience of discharge planning with community teams",
    ]


def test_wrapped_rows_of_a_pdf_person_specification_are_joined(run_json, tmp_path: Path) -> None:
    """A PDF's table cell wraps: the criterion over two lines, the marker and the method column on
    the last, or the method column alone on a line of its own."""
    posting = make_pdf(
        tmp_path / "youth_worker.pdf",
        [
            "Senior Youth Worker",
            "Person specification",
            "Criteria   Essential / Desirable   Assessed by",
            "JNC-recognised qualification in youth and community work E Application",
            "Experience of running detached youth work sessions in the",
            "evening D Interview",
            "Experience of safeguarding casework with partner agencies E Application /",
            "Interview",
            "",
            "Closing date: 12 January 2027.",
        ],
    )
    found = _buckets(run_json("extract", posting, "--format", "json"))
    assert found["minimum"] == [
        "JNC-recognised qualification in youth and community work",
        "Experience of safeguarding casework with partner agencies",
    ]
    assert found["preferred"] == [
        "Desirable: Experience of running detached youth work sessions in the evening"
    ]


def test_text_without_a_legend_is_left_as_it_is() -> None:
    """A line that merely ends in a capital letter or "interview" is no table row."""
    from jobmatch.person_spec import mark_rows

    text = "Requirements\n- Experience with Vitamin D\n- Confident at interview\nPlan B"
    assert mark_rows(text) == text


def test_a_line_that_only_contains_the_letters_of_a_legend_is_no_legend(run_json, tmp_path: Path) -> None:
    """ "degree or diploma" holds "e or d": no table starts there, and the line stays whole."""
    posting = tmp_path / "posting.md"
    posting.write_text("Requirements\n- Bachelor's degree or diploma in Marketing or a related field\n")
    found = _buckets(run_json("extract", posting, "--format", "json"))
    assert found["minimum"] == ["Bachelor's degree or diploma in Marketing or a related field"]
