"""Shared fixtures: paths, a CLI runner that keeps stdout and stderr apart, and broken files
made by real tools (reportlab, python-docx, zipfile) for the bad-input tests."""

from __future__ import annotations

import functools
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from jobmatch.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
POSTINGS = FIXTURES / "postings"
EXAMPLES = ROOT / "data" / "examples"
SEED = ROOT / "seeds" / "stripe-infrastructure-software-engineer.txt"
AS_OF = "2026-11-01"
BROKEN_KINDS = [
    "empty",
    "binary renamed .txt",
    "undecodable",
    "image-only pdf",
    "encrypted pdf",
    "truncated pdf",
    "docx not a zip",
    "zip bomb docx",
    "unsupported extension",
    "word 97-2003 doc",
    "rtf that is not rtf",
    "odt not a zip",
    "zip bomb odt",
]  # the keys of the broken_files fixture


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden-ish output: fixed width, no colour."""
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def run() -> Callable[..., Result]:
    runner = CliRunner()

    def invoke(*args: str | Path, input: str | None = None) -> Result:
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke


@pytest.fixture
def run_json(run: Callable[..., Result]) -> Callable[..., dict]:
    def invoke(*args: str | Path) -> dict:
        result = run(*args)
        assert result.exit_code == 0, result.stderr or result.stdout
        return json.loads(result.stdout)

    return invoke


@pytest.fixture
def extract_text(run_json: Callable[..., dict], tmp_path: Path) -> Callable[..., dict]:
    """``extract --format json`` of a posting given as text; ``name`` sets its format by its suffix."""

    def invoke(posting: str, name: str = "posting.txt") -> dict:
        path = tmp_path / name
        path.write_text(posting, encoding="utf-8")
        return run_json("extract", path, "--format", "json")

    return invoke


def minimum_terms(report: dict) -> list[str]:
    """The texts of every term an ``extract`` report's minimum requirements ask for."""
    return [term["text"] for r in report["minimum"] for group in r["groups"] for term in group["terms"]]


@pytest.fixture
def score_lines(run_json: Callable[..., dict], tmp_path: Path) -> Callable[..., dict[str, dict]]:
    """``score --format json`` of a posting and a résumé given as text, as {requirement text: its
    report row}; ``resume_name`` sets the résumé's format by its suffix."""

    def invoke(posting: str, resume: str, resume_name: str = "resume.txt") -> dict[str, dict]:
        posting_file = tmp_path / "posting.txt"
        posting_file.write_text(posting, encoding="utf-8")
        resume_file = tmp_path / resume_name
        resume_file.write_text(resume, encoding="utf-8")
        report = run_json(
            "score", resume_file, "--posting", posting_file, "--format", "json", "--as-of", "2026-11-30"
        )
        return {r["text"]: r for r in report["requirements"]}

    return invoke


def make_pdf(path: Path, paragraphs: list[str], *, encrypt: str | None = None) -> Path:
    """A real PDF with a text layer, written by reportlab."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter, encrypt=encrypt, invariant=1)
    y = 740
    for paragraph in paragraphs:
        pdf.drawString(72, y, paragraph)
        y -= 18
    pdf.save()
    return path


def make_image_only_pdf(path: Path) -> Path:
    """A PDF with shapes and no text layer, like a scan."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    for row in range(20):
        pdf.rect(72, 700 - row * 20, 400, 10, fill=1)
    pdf.save()
    return path


def make_docx(path: Path, heading_lines: list[tuple[str, str]]) -> Path:
    """(style, text) pairs to a DOCX written by python-docx."""
    import docx

    document = docx.Document()
    for style, text in heading_lines:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


@functools.cache
def zip_bomb(members: tuple[tuple[str, str], ...], big: str, root: str) -> bytes:
    """A zip holding ``members`` and ``big``, an XML file of 60 MB of spaces inside ``root``;
    made once per test run (deflating 60 MB takes a second)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members:
            archive.writestr(name, text)
        archive.writestr(big, f"<{root}>" + " " * 60_000_000 + f"</{root}>")
    return buffer.getvalue()


def make_zip_bomb_docx(path: Path) -> Path:
    """A zip named .docx whose document.xml expands to 60 MB."""
    path.write_bytes(zip_bomb((("[Content_Types].xml", "<Types/>"),), "word/document.xml", "w:document"))
    return path


ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def make_odt(path: Path, body: str, *, automatic_styles: str = "", styles: str = "") -> Path:
    """An OpenDocument text as the ODF 1.2 package format has it: ``mimetype`` stored first, a
    manifest, ``content.xml`` with ``body`` inside ``office:text`` and, when given, a
    ``styles.xml`` holding ``styles`` (master pages with headers, say)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {ODF_NAMESPACES} office:version="1.2">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # stored, first
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        if styles:
            archive.writestr(
                "styles.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NAMESPACES}>'
                f"{styles}</office:document-styles>",
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return path


@pytest.fixture
def broken_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Eight kinds of unreadable input, each with a substring its error message must contain."""
    files: dict[str, tuple[Path, str]] = {}
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    files["empty"] = (empty, "empty file")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    files["binary renamed .txt"] = (binary, "not text")
    latin = tmp_path / "garbage.md"
    latin.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 400)
    files["undecodable"] = (latin, "not UTF-8")
    files["image-only pdf"] = (make_image_only_pdf(tmp_path / "scan.pdf"), "no text layer")
    encrypted = make_pdf(tmp_path / "locked.pdf", ["Secret résumé"] * 5, encrypt="s3cret")
    files["encrypted pdf"] = (encrypted, "encrypted")
    good = make_pdf(tmp_path / "good.pdf", ["Python developer"] * 30)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:300])
    files["truncated pdf"] = (truncated, "PDF")
    fake_docx = tmp_path / "fake.docx"
    fake_docx.write_text("this is not a zip archive", encoding="utf-8")
    files["docx not a zip"] = (fake_docx, "not a zip")
    files["zip bomb docx"] = (make_zip_bomb_docx(tmp_path / "bomb.docx"), "zip bomb")
    unsupported = tmp_path / "resume.xyz"
    unsupported.write_text("Jane Example, Python developer", encoding="utf-8")
    files["unsupported extension"] = (unsupported, "unsupported file type '.xyz'")
    word97 = tmp_path / "old.doc"
    word97.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)  # an OLE2 compound file
    files["word 97-2003 doc"] = (word97, "Word 97-2003 .doc is not read: save it as .docx or PDF")
    not_rtf = tmp_path / "notes.rtf"
    not_rtf.write_text("Plain notes saved with the wrong name", encoding="utf-8")
    files["rtf that is not rtf"] = (not_rtf, "not an RTF file")
    fake_odt = tmp_path / "fake.odt"
    fake_odt.write_text("this is not a zip archive either", encoding="utf-8")
    files["odt not a zip"] = (fake_odt, "not a zip")
    bomb = tmp_path / "bomb.odt"
    mimetype = (("mimetype", "application/vnd.oasis.opendocument.text"),)
    bomb.write_bytes(zip_bomb(mimetype, "content.xml", "office:document-content"))
    files["zip bomb odt"] = (bomb, "zip bomb")
    return files
