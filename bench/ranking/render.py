"""Turn the benchmark's text résumés and postings into DOCX (python-docx) and PDF (reportlab).

    .venv/bin/python bench/ranking/render.py OUT_DIR      # every `render:` entry of the manifest

The sources stay small text files in git; bench/bench_ranking.py renders the ones whose manifest
entry says `render: docx` or `render: pdf` into its temporary pool, so both jobmatch and the
baselines read a real Word or PDF file. The text is read as light Markdown: `# Name` is the title,
`## Heading` (or a line underlined with === / ---) a heading, `### Line` a sub-heading (a job),
`- item` / `* item` / `• item` a bullet, `**bold**` bold. In a .txt source an ALL-CAPS short line
is a heading. DOCX `style`: `styles` (Title / Heading 1 / Heading 2 / List Bullet, the default)
or `bold` (bold Normal paragraphs and typed bullets, as many Word résumés are made).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_TIME = dt.datetime(2026, 11, 1, 9, 0, 0)
PDF_FONTS = (  # a Unicode TrueType font when the machine has one, else the standard Helvetica
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    (
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ),
)
BULLET = re.compile(r"^\s*[-*•]\s+")
BOLD = re.compile(r"\*\*(.+?)\*\*")
SETEXT = re.compile(r"^(=+|-+)\s*$")


@dataclass(frozen=True)
class Block:
    kind: str  # title | heading | subheading | bullet | text
    text: str


def parse_blocks(text: str, markdown: bool) -> list[Block]:
    """Lines of a light-Markdown (or plain-text) document as typed blocks, blank lines dropped."""
    lines = text.splitlines()
    blocks: list[Block] = []
    for index, raw in enumerate(lines):
        line = raw.rstrip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not line.strip() or SETEXT.match(line.strip()) and index > 0 and lines[index - 1].strip():
            continue
        if markdown and SETEXT.match(following) and not BULLET.match(line):
            blocks.append(Block("title" if following.startswith("=") else "heading", line.strip()))
        elif markdown and line.startswith("### "):
            blocks.append(Block("subheading", line[4:].strip()))
        elif markdown and line.startswith("## "):
            blocks.append(Block("heading", line[3:].strip()))
        elif markdown and line.startswith("# "):
            blocks.append(Block("title" if not blocks else "heading", line[2:].strip()))
        elif BULLET.match(line):
            blocks.append(Block("bullet", BULLET.sub("", line).strip()))
        elif not markdown and _is_caps_heading(line):
            blocks.append(Block("heading", line.strip()))
        else:
            blocks.append(Block("text", line.strip()))
    return blocks


def _is_caps_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and len(line.strip()) <= 60 and all(c.isupper() for c in letters)


def _plain(text: str) -> str:
    return BOLD.sub(r"\1", text)


def render_docx(blocks: list[Block], target: Path, style: str = "styles") -> None:
    """Write ``blocks`` as a Word document with python-docx."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.author = "jobmatch ranking benchmark"
    document.core_properties.created = FIXED_TIME
    document.core_properties.modified = FIXED_TIME
    for block in blocks:
        text = _plain(block.text)
        if style == "styles":
            if block.kind == "title":
                document.add_paragraph(text, style="Title")
            elif block.kind == "heading":
                document.add_heading(text, level=1)
            elif block.kind == "subheading":
                document.add_heading(text, level=2)
            elif block.kind == "bullet":
                document.add_paragraph(text, style="List Bullet")
            else:
                _add_runs(document.add_paragraph(), block.text)
        else:  # bold Normal paragraphs as headings, typed bullets
            paragraph = document.add_paragraph()
            if block.kind in ("title", "heading", "subheading"):
                run = paragraph.add_run(text.upper() if block.kind == "heading" else text)
                run.bold = True
                run.font.size = Pt({"title": 16, "heading": 12, "subheading": 11}[block.kind])
            elif block.kind == "bullet":
                _add_runs(paragraph, "• " + block.text)
            else:
                _add_runs(paragraph, block.text)
    document.save(str(target))


def _add_runs(paragraph: object, text: str) -> None:
    """Add ``text`` to a python-docx paragraph, ``**bold**`` spans as bold runs."""
    for index, part in enumerate(BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = index % 2 == 1


def _pdf_fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in PDF_FONTS:
        if Path(regular).is_file() and Path(bold).is_file():
            if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("BenchSans", regular))
                pdfmetrics.registerFont(TTFont("BenchSans-Bold", bold))
            return "BenchSans", "BenchSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def render_pdf(blocks: list[Block], target: Path) -> None:
    """Write ``blocks`` as a one-column Letter PDF with reportlab (invariant mode: same bytes each run)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1
    regular, bold = _pdf_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12)
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=4),
        "heading": ParagraphStyle(
            "heading", fontName=bold, fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=2
        ),
        "subheading": ParagraphStyle("subheading", fontName=bold, fontSize=10, leading=13, spaceBefore=4),
        "text": body,
    }
    story: list[object] = []
    bullets: list[object] = []

    def flush() -> None:
        if bullets:
            story.append(
                ListFlowable(
                    list(bullets), bulletType="bullet", start="•", leftIndent=12, bulletFontName=regular
                )
            )
            bullets.clear()

    for block in blocks:
        markup = BOLD.sub(r"<b>\1</b>", escape(block.text))
        if block.kind == "bullet":
            bullets.append(ListItem(Paragraph(markup, body)))
            continue
        flush()
        story.append(Paragraph(markup, styles[block.kind]))
    flush()
    story.append(Spacer(1, 0.1 * inch))
    document = SimpleDocTemplate(
        str(target),
        pagesize=LETTER,
        leftMargin=0.7 * inch,
        rightMargin=0.7 * inch,
        topMargin=0.6 * inch,
        bottomMargin=0.6 * inch,
        title=target.stem,
        author="jobmatch ranking benchmark",
    )
    document.build(story)


def render_file(source: Path, fmt: str, out_dir: Path, style: str = "styles") -> Path:
    """Render ``source`` (.md or .txt) as ``fmt`` (docx or pdf) into ``out_dir``; the new file's path."""
    blocks = parse_blocks(source.read_text(encoding="utf-8"), markdown=source.suffix.lower() == ".md")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{source.stem}.{fmt}"
    if fmt == "docx":
        render_docx(blocks, target, style)
    elif fmt == "pdf":
        render_pdf(blocks, target)
    else:
        raise ValueError(f"{source}: cannot render as {fmt!r} (docx or pdf)")
    return target


def main(argv: list[str]) -> int:
    import yaml

    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    here = Path(__file__).resolve().parent
    manifest = yaml.safe_load((here / "manifest.yaml").read_text(encoding="utf-8"))
    out_dir = Path(argv[0])
    made = 0
    for entry in manifest["postings"] + manifest["resumes"]:
        if entry.get("render"):
            kind = "postings" if entry["file"].startswith("postings/") else "resumes"
            render_file(here / entry["file"], entry["render"], out_dir / kind, entry.get("style", "styles"))
            made += 1
    print(f"rendered {made} files into {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
