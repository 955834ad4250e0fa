"""Shared fixtures: paths, a CLI runner that keeps stdout and stderr apart, and broken files
made by real tools (reportlab, python-docx, zipfile) for the bad-input tests."""

from __future__ import annotations

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


def make_zip_bomb_docx(path: Path) -> Path:
    """A zip named .docx whose document.xml expands to 60 MB."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>" + " " * 60_000_000 + "</w:document>")
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
    unsupported = tmp_path / "resume.rtf"
    unsupported.write_text("{\\rtf1 hello}", encoding="utf-8")
    files["unsupported extension"] = (unsupported, "unsupported file type")
    return files
