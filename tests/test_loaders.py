"""Loaders: every format to the same light Markdown, and every bad file to a named error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BROKEN_KINDS, EXAMPLES, POSTINGS, make_docx, make_pdf

from jobmatch.errors import InputError
from jobmatch.loaders import load_document, make_document


def test_html_keeps_headings_and_items_and_drops_scripts() -> None:
    document = load_document(POSTINGS / "data_engineer.html")
    assert document.format == "html"
    assert "## Basic Qualifications" in document.text
    assert "\n- " in document.text
    assert "<script" not in document.text and "function(" not in document.text
    assert "&amp;" not in document.text and "&nbsp;" not in document.text


def test_docx_heading_styles_become_headings(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "p.docx",
        [
            ("Heading 1", "Platform Engineer"),
            ("Heading 2", "What you'll need"),
            ("List Bullet", "5+ years of Go"),
            ("Normal", "Plain paragraph"),
        ],
    )
    text = load_document(path).text
    assert "# Platform Engineer" in text
    assert "## What you'll need" in text
    assert "- 5+ years of Go" in text
    assert "Plain paragraph" in text


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "r.pdf", ["Jane Example", "EXPERIENCE", "Built services in Golang"])
    document = load_document(path)
    assert document.format == "pdf"
    assert "Built services in Golang" in document.text


def test_json_resume_becomes_sectioned_text() -> None:
    text = load_document(EXAMPLES / "fullstack_midlevel.json").text
    assert "## Experience" in text and "## Education" in text and "## Skills" in text


def test_windows_1252_text_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes("Résumé of José — Python developer\n".encode("cp1252"))
    assert "José" in load_document(path).text


def test_make_document_rejects_text_without_words() -> None:
    with pytest.raises(InputError, match="no readable text"):
        make_document("   \n 123 456 \n")


@pytest.mark.parametrize("kind", BROKEN_KINDS)
def test_bad_files_raise_input_error_naming_file_and_reason(broken_files, kind: str) -> None:
    path, reason = broken_files[kind]
    with pytest.raises(InputError) as error:
        load_document(path)
    assert error.value.source == str(path)
    assert reason.lower() in error.value.reason.lower()


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Python " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="limit"):
        load_document(path, max_bytes=1000)


def test_docx_tables_and_headers_are_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Example · jane@example.com"
    document.add_paragraph("Skills", style="Heading 1")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Languages"
    table.cell(0, 1).text = "Go, Rust"
    path = tmp_path / "cv.docx"
    document.save(str(path))
    text = load_document(path).text
    assert text.splitlines()[0] == "Jane Example · jane@example.com"
    assert "# Skills" in text and "Languages" in text and "Go, Rust" in text


SIDEBAR = ["CONTACT", "jane@example.com", "SKILLS", "Python, SQL, Scala", "Apache Spark, Airflow", "Kafka"]
MAIN = [
    "EXPERIENCE",
    "Senior Data Engineer, Brightwave Health",
    "Mar 2021 - Present",
    "- Own the Spark and Airflow pipelines that load claims events into S3.",
    "- Built a Kafka and Flink streaming layer cutting latency to four minutes.",
    "Data Engineer, Corvid Retail",
]


def _two_column_pdf(path: Path, row_by_row: bool) -> Path:
    """A sidebar résumé drawn like a Word table (row by row) or one column after the other."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=letter)
    page.setFont("Helvetica-Bold", 16)
    page.drawString(40, 740, "Jane Doe - Senior Data Engineer, Berlin and remote, open to relocation")
    page.setFont("Helvetica", 9)
    cells = [((40, 690 - 16 * i), text) for i, text in enumerate(SIDEBAR)]
    main = [((215, 690 - 16 * i), text) for i, text in enumerate(MAIN)]
    order = [cell for pair in zip(cells, main, strict=True) for cell in pair] if row_by_row else cells + main
    for (x, y), text in order:
        page.drawString(x, y, text)
    page.save()
    return path


@pytest.mark.parametrize("row_by_row", [True, False])
def test_two_columns_read_one_after_the_other(tmp_path: Path, row_by_row: bool) -> None:
    text = load_document(_two_column_pdf(tmp_path / "cv.pdf", row_by_row)).text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0].startswith("Jane Doe")
    assert lines[1 : 1 + len(SIDEBAR)] == SIDEBAR
    assert lines[1 + len(SIDEBAR) :] == MAIN


def test_right_aligned_dates_stay_on_their_line(tmp_path: Path) -> None:
    """One column with dates at the right margin is not taken for two columns."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "cv.pdf"
    page = canvas.Canvas(str(path), pagesize=letter)
    page.setFont("Helvetica", 10)
    y = 740
    for job in range(6):
        page.drawString(50, y, f"Data Engineer, Company {job}")
        page.drawRightString(560, y, f"Jan {2010 + job} - Dec {2011 + job}")
        page.drawString(60, y - 14, "- Built pipelines in Python and SQL for the reporting team")
        y -= 40
    page.save()
    lines = [line.strip() for line in load_document(path).text.splitlines() if line.strip()]
    assert "Data Engineer, Company 0 Jan 2010 - Dec 2011" in lines


def test_docx_table_rows_stay_together(tmp_path: Path) -> None:
    """A row of short cells is one line: a job's dates stay with its title, and a "Preferred"
    cell with the requirement beside it. A layout table (long cells) is read as paragraphs."""
    import docx

    document = docx.Document()
    document.add_heading("Experience", level=1)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Company", "Role", "Dates"),
            ("Shopify", "Senior Data Engineer", "Jan 2022 – Present"),
            ("Wayfair", "Data Engineer", "Jun 2019 – Dec 2021"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    layout = document.add_table(rows=1, cols=2)
    layout.rows[0].cells[0].text = "Sidebar"
    layout.rows[0].cells[1].text = "First paragraph"
    layout.rows[0].cells[1].add_paragraph("Second paragraph")
    path = tmp_path / "cv.docx"
    document.save(path)
    lines = load_document(path).text.splitlines()
    assert "Shopify | Senior Data Engineer | Jan 2022 – Present" in lines
    assert "Wayfair | Data Engineer | Jun 2019 – Dec 2021" in lines
    assert lines[-3:] == ["Sidebar", "First paragraph", "Second paragraph"]


def test_requirements_table_with_a_required_or_preferred_column(tmp_path: Path) -> None:
    import docx

    from jobmatch.extract import extract_posting

    document = docx.Document()
    document.add_heading("Qualifications", level=1)
    rows = [
        ("Qualification", "Required / Preferred"),
        ("Experience with C++ or CUDA", "Preferred"),
        ("3+ years of hands-on experience with PyTorch or JAX", "Required"),
        ("Strong Python programming skills", "Required"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "posting.docx"
    document.save(path)
    posting = extract_posting(path)
    assert [r.text.split(" | ")[0] for r in posting.minimum] == [
        "3+ years of hands-on experience with PyTorch or JAX",
        "Strong Python programming skills",
    ]
    assert [r.text.split(" | ")[0] for r in posting.preferred] == ["Experience with C++ or CUDA"]


# --- OpenDocument and RTF -------------------------------------------------------------------
# tests/fixtures/office/ holds files LibreOffice 7.4 wrote from the DOCX files made by
# tests/fixtures/make_examples.py and make_postings.py:
#   soffice --headless --convert-to odt data/examples/backend_java.docx   (and --convert-to rtf,
#   and the same for tests/fixtures/postings/ml_engineer.docx)
OFFICE = Path(__file__).resolve().parent / "fixtures" / "office"


@pytest.mark.parametrize("suffix", [".odt", ".rtf"])
def test_libreoffice_odt_and_rtf_read_as_the_docx_they_were_saved_from(suffix: str) -> None:
    """The same résumé as DOCX, ODT and RTF: the same headings, items and lines (RTF has no
    blank lines between paragraphs, which mean nothing to the sections)."""
    docx_text = load_document(EXAMPLES / "backend_java.docx").text
    document = load_document(OFFICE / f"backend_java{suffix}")
    assert document.format == suffix[1:]
    lines = [line for line in document.text.splitlines() if line]
    assert lines == [line for line in docx_text.splitlines() if line]
    assert "## Software Engineer II — Tallyrock Financial, Charlotte, NC 01/2025 - Present" in lines
    assert "- Wrote Postgres migrations and tuned indexes on the ledger tables (120M rows)." in lines


@pytest.mark.parametrize("suffix", [".odt", ".rtf"])
def test_a_posting_saved_as_odt_or_rtf_gives_the_same_requirements(suffix: str) -> None:
    from jobmatch.extract import extract_posting

    expected = extract_posting(POSTINGS / "ml_engineer.docx")
    posting = extract_posting(OFFICE / f"ml_engineer{suffix}")
    assert posting.title == expected.title == "Machine Learning Engineer, Personalization"
    assert [(r.bucket, r.text) for r in posting.requirements] == [
        (r.bucket, r.text) for r in expected.requirements
    ]


def test_odt_headings_lists_tables_and_what_is_not_text(tmp_path: Path) -> None:
    from conftest import make_odt

    body = (
        '<text:h text:outline-level="1">Jane <text:span>Example</text:span></text:h>'
        '<text:p text:style-name="P1">Experience</text:p>'
        '<text:list><text:list-item><text:p>Built<text:s/>services in<text:s text:c="2"/>Go'
        "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>a footnote"
        "</text:p></text:note-body></text:note> on k8s<text:tab/>(2021)</text:p></text:list-item>"
        "<text:list-item><text:list><text:list-item><text:p>Nested item</text:p></text:list-item>"
        "</text:list></text:list-item></text:list>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<table:table><table:table-row><table:table-cell><text:p>Acme</text:p></table:table-cell>"
        "<table:table-cell><text:p>Data Engineer</text:p></table:table-cell>"
        "<table:table-cell><text:p>2019 – 2021</text:p></table:table-cell></table:table-row></table:table>"
        "<text:p>Text<office:annotation><text:p>a comment</text:p></office:annotation> after</text:p>"
    )
    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
    )
    header = (
        '<office:master-styles><style:master-page style:name="Standard"><style:header>'
        "<text:p>jane@example.com · +1 555 0100</text:p></style:header></style:master-page>"
        "</office:master-styles>"
    )
    path = make_odt(tmp_path / "cv.odt", body, automatic_styles=automatic, styles=header)
    lines = [line for line in load_document(path).text.splitlines() if line]
    assert lines == [
        "jane@example.com · +1 555 0100",
        "# Jane Example",
        "## Experience",
        "- Built services in Go on k8s (2021)",
        "- Nested item",
        "Acme | Data Engineer | 2019 – 2021",
        "Text after",
    ]


def test_odt_xml_entities_are_never_expanded_or_fetched(tmp_path: Path) -> None:
    """An external entity (XXE) naming a local file and a billion-laughs entity are refused as a
    damaged file, never read or expanded."""
    from conftest import make_odt

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    for name, doctype, use in (
        ("xxe", f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>', "&xxe;"),
        (
            "laughs",
            '<!DOCTYPE x [<!ENTITY a "lol lol lol lol lol lol lol lol lol lol">'
            + "".join(
                f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            )
            + "]>",
            "&i;",
        ),
    ):
        path = make_odt(tmp_path / f"{name}.odt", f"<text:p>Jane Example, Python developer {use}</text:p>")
        import zipfile

        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml").decode()
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            archive.writestr("content.xml", content.replace("?>", "?>" + doctype, 1))
        try:
            text = load_document(path).text
        except InputError as error:
            assert "damaged ODT" in error.reason
        else:
            assert "TOP-SECRET-VALUE" not in text and len(text) < 10_000


def rtf(body: str, header: str = "") -> bytes:
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0" + header + body + "}").encode("latin-1")


def test_rtf_characters_styles_and_groups_that_hold_no_text(tmp_path: Path) -> None:
    stylesheet = (
        "{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0 heading 1;}{\\s2 heading 2;}{\\*\\cs10 Strong;}}"
    )
    body = (
        "{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;}{\\info{\\title Secret title}}"
        "{\\*\\generator Writer}"
        "\\pard\\s1 Jos\\'e9 Garc\\u237\\'3fa\\par"
        "\\pard\\s2 Experience\\par"
        "\\pard{\\listtext\\u8226\\'95\\tab}Built Go services \\endash  {\\b fast}\\par"
        "\\pard Caf\\u233?s \\ldblquote quoted\\rdblquote\\line second line\\par"
        '{\\field{\\*\\fldinst HYPERLINK "https://example.com"}{\\fldrslt example.com}}\\par'
        "{\\pict\\pngblip\\bin6 {}{}\\}deadbeef}"
        "\\trowd\\cellx1000\\cellx2000 Acme\\cell Data Engineer\\cell\\row"
        "{\\footer\\pard Page footer\\par}"
        "{\\*\\unknowndestination hidden words}"
        "\\u-10179?\\u-8704?\\par"  # a surrogate pair: U+1F600
    )
    path = tmp_path / "cv.rtf"
    path.write_bytes(rtf(body, stylesheet))
    lines = [line for line in load_document(path).text.splitlines() if line]
    assert lines == [
        "# José García",
        "## Experience",
        "- Built Go services – fast",
        "Cafés “quoted”",
        "second line",
        "example.com",
        "Acme | Data Engineer",
        "\U0001f600",
    ]


def test_malformed_rtf_never_raises_anything_but_input_error(tmp_path: Path) -> None:
    """Control words without their numbers, numbers out of range, bytes a code page cannot
    decode, \\bin past the end, unbalanced braces: read as far as they go."""
    path = tmp_path / "cv.rtf"
    samples = [
        "\\uc Jane Example wrote Python\\par",
        "\\u99999999999 Jane Example wrote Python\\par",
        "\\ansicpg932 \\'81\\'20 Jane Example wrote Python\\par",
        "\\ansicpg99999 Jane Example wrote Python\\par",
        "Jane Example wrote Python {\\pict\\bin",
        "Jane Example wrote Python {{{{{{{",
        "Jane Example wrote Python}}}}}} after",
        "{" * 5000 + "Jane Example wrote Python" + "}" * 5000,
        "Jane Example wrote Python \\",
    ]
    for sample in samples:
        path.write_bytes(rtf(sample))
        assert "Jane Example wrote Python" in load_document(path).text, sample


def test_rtf_fields_crafted_to_slow_a_regular_expression_are_read_in_one_pass(tmp_path: Path) -> None:
    """35 KB of open HYPERLINK fields kept a backtracking pattern (the usual pure-Python RTF
    library's) busy for 70 s inside one regular-expression call, where the per-file time limit
    cannot stop it; this reader looks at each character once."""
    path = tmp_path / "cv.rtf"
    path.write_bytes(rtf('Jane Example\\par {\\field{\\*\\fldinst{ HYPERLINK "a" x' * 1000))
    assert load_document(path).text.startswith("Jane Example")


SCHEDULER_LINES = [
    "Rosa Delgado-Martins",
    "rosa.dm@example.org",
    "Experience",
    "Medical Office Scheduler, Lakeside Family Clinic, Mar 2020 - Present",
    "Scheduled 60 patients a day in Epic Cadence and verified insurance eligibility",
]


def test_a_doc_is_read_by_what_its_bytes_are(run, tmp_path: Path) -> None:
    """A folder's .doc files that are RTF, DOCX, HTML or plain text (job boards and "Save as" name
    them so) were all refused as "Word 97-2003 .doc is not read". They are read by their bytes;
    only a real Word 97-2003 file gets that reason, and bytes that are none of these say so."""
    import csv
    import shutil

    from conftest import make_docx

    folder = tmp_path / "applicants"
    folder.mkdir()
    rtf = "{\\rtf1\\ansi\\deff0 " + "".join(f"{{\\pard {line}\\par}}" for line in SCHEDULER_LINES) + "}"
    (folder / "rosa_rtf.doc").write_text(rtf, encoding="ascii")
    docx = make_docx(tmp_path / "rosa.docx", [("Normal", line) for line in SCHEDULER_LINES])
    shutil.copy(docx, folder / "rosa_docx.doc")
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in SCHEDULER_LINES) + "</body></html>"
    (folder / "rosa_board_export.doc").write_text(html, encoding="utf-8")
    (folder / "rosa_plain.doc").write_text("\n".join(SCHEDULER_LINES) + "\n", encoding="utf-8")
    (folder / "rosa_word97.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    (folder / "rosa_garbage.doc").write_bytes(bytes(range(256)) * 8)
    output = tmp_path / "shortlist.csv"
    result = run("screen", folder, "--no-cache", "--as-of", "2026-01-01", "-o", output)
    assert result.exit_code == 4, result.stderr
    rows = {row["file"]: row for row in csv.DictReader(output.open(encoding="utf-8"))}
    for name in ("rosa_rtf.doc", "rosa_docx.doc", "rosa_board_export.doc", "rosa_plain.doc"):
        assert rows[name]["status"] == "scored", (name, rows[name]["reason"])
        assert rows[name]["candidate"] == "Rosa Delgado-Martins"
    assert rows["rosa_word97.doc"]["reason"] == "Word 97-2003 .doc is not read: save it as .docx or PDF"
    assert rows["rosa_garbage.doc"]["reason"].startswith("named .doc but neither a Word document nor text")
    single = run("score", folder / "rosa_rtf.doc", "--as-of", "2026-01-01")
    assert single.exit_code == 0, single.stderr


def test_a_docx_that_is_another_format_says_what_it_is_and_what_to_do(run, tmp_path: Path) -> None:
    """A Word 97 file named .docx said only "not a DOCX file (not a zip archive)", an ODT named
    .docx "(no word/document.xml)"."""
    from conftest import make_odt

    word97 = tmp_path / "cv_from_the_old_laptop.docx"
    word97.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    result = run("score", word97)
    assert result.exit_code == 3
    assert "it is a Word 97-2003 document, save it as .docx or PDF" in result.stderr
    odt = make_odt(tmp_path / "cv_from_libreoffice.docx", "<text:p>Rosa Delgado-Martins</text:p>")
    result = run("score", odt)
    assert result.exit_code == 3
    assert "it is an OpenDocument text (.odt), rename it to .odt" in result.stderr


BAKER_RESUME = """Tomás Ferreira
tomas.ferreira@example.net | Providence, RI

EXPERIENCE
Head Baker, Federal Hill Bakehouse, Providence, RI        Apr 2021 - Present
- Ran the overnight lamination line: 900 croissants and 300 loaves a shift
- Wrote HACCP logs and trained four apprentices

Baker, Seaside Hotel Group, Newport, RI                    Jun 2018 - Mar 2021
- Sourdough and viennoiserie for a 220-room hotel

EDUCATION
Associate in Baking and Pastry Arts, Johnson & Wales University, 2018
"""
BAKER_POSTING = """Bakery Production Supervisor

Minimum Qualifications
- 3+ years of experience in commercial bakery production
- Experience leading a team of bakers on an overnight shift
- Associate degree in baking and pastry arts or equivalent experience
"""


def test_preformatted_html_keeps_its_line_breaks(run, tmp_path: Path) -> None:
    """A résumé pasted into <pre> scored 0/100 ("no name found") where the same text as .txt
    scored normally: every line break in <pre> was collapsed into one line. A posting in <pre>
    gave garbled requirements for the same reason."""
    as_text = tmp_path / "tomas.txt"
    as_text.write_text(BAKER_RESUME, encoding="utf-8")
    as_html = tmp_path / "tomas.htm"
    as_html.write_text(f"<html><body><pre>{BAKER_RESUME}</pre></body></html>", encoding="utf-8")
    posting = tmp_path / "posting.html"
    posting.write_text(f"<html><body><pre>\r\n{BAKER_POSTING}</pre></body></html>", encoding="utf-8")
    scores = {}
    for resume in (as_text, as_html):
        report = run("score", resume, "-p", posting, "--as-of", "2026-01-01", "-f", "json")
        assert report.exit_code == 0, report.stderr
        scores[resume.suffix] = json.loads(report.stdout)
    assert scores[".htm"]["resume"]["name"] == "Tomás Ferreira"
    assert scores[".htm"]["score"] == scores[".txt"]["score"] > 0
    extracted = json.loads(run("extract", posting, "--format", "json").stdout)
    assert [r["text"] for r in extracted["minimum"]] == [
        "3+ years of experience in commercial bakery production",
        "Experience leading a team of bakers on an overnight shift",
        "Associate degree in baking and pastry arts or equivalent experience",
    ]
