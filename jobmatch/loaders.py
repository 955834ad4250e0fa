"""Read a posting or résumé file into a :class:`Document` of plain text.

Every format is normalised to the same light Markdown: headings become ``## Heading`` lines and
list items ``- item`` lines, so :mod:`jobmatch.sections` has one syntax to understand. Text
from files is untrusted: sizes are capped and every failure is an :class:`InputError` that
names the file and the reason.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from jobmatch import mojibake
from jobmatch.errors import InputError
from jobmatch.files import MB, not_regular_reason, read_regular_file, stat_error_reason, too_big

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

MAX_FILE_BYTES = 10 * MB
MAX_TEXT_CHARS = 100_000  # about 30 pages: more is no résumé or posting, and costs seconds to parse
MAX_PDF_PAGES = 40
MAX_DOCX_UNCOMPRESSED = 50 * MB
MAX_DOCX_XML_BYTES = 20 * MB  # one part (document.xml): a long résumé's is under 1 MB
MAX_XML_TAGS = 250_000  # a 50-page Word document has fewer; ElementTree needs ~200 bytes per element
MAX_PDF_INFLATED = 16 * MB  # content, form and object streams of a PDF, inflated
MAX_HTML_TAGS = 300_000
MAX_WORD_CHARS = 200  # a longer run without a space is no word (base64, a minified blob)
MAX_LINE_CHARS = 1_000  # longer lines are wrapped: the per-line work downstream sees short lines

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx", ".odt", ".rtf", ".json"}
# Names that do not say the format: job boards and "Save as" name RTF, DOCX, HTML and plain text
# ".doc". Such a file is read by what its bytes are; only a real Word 97-2003 file is refused.
SNIFFED_SUFFIXES = frozenset((".doc",))
READ_SUFFIXES = SUPPORTED_SUFFIXES | SNIFFED_SUFFIXES  # every name jobmatch opens

# What to do with the files a recruiter's folder holds that jobmatch does not read.
SAVE_AS = "save it as .docx or PDF"
IMAGE = "an image, not text: ask for the résumé as .docx or PDF, or run OCR first"
UNREAD_FORMATS = {
    ".doc": f"Word 97-2003 .doc is not read: {SAVE_AS}",
    ".docm": f"macro-enabled Word .docm is not read: {SAVE_AS}",
    ".dot": f"a Word template, not a résumé: {SAVE_AS}",
    ".dotx": f"a Word template, not a résumé: {SAVE_AS}",
    ".pages": "Apple Pages is not read: export it as .docx or PDF",
    ".wpd": f"WordPerfect is not read: {SAVE_AS}",
    ".wps": f"Microsoft Works is not read: {SAVE_AS}",
    ".xps": f"XPS is not read: {SAVE_AS}",
    ".oxps": f"XPS is not read: {SAVE_AS}",
    ".ott": "an OpenDocument template, not a résumé: save it as .odt, .docx or PDF",
    ".fodt": "flat OpenDocument (.fodt) is not read: save it as .odt, .docx or PDF",
    ".sxw": "OpenOffice 1 .sxw is not read: save it as .odt, .docx or PDF",
    **dict.fromkeys(
        (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif", ".webp"), IMAGE
    ),
    **dict.fromkeys(
        (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz"), "an archive: unpack it into the folder first"
    ),
    ".eml": "an e-mail: save the attached résumé into the folder",
    ".msg": "an Outlook e-mail: save the attached résumé into the folder",
}
URL_NOT_FETCHED = (
    "URLs are not fetched (jobmatch works offline): save the page (as .html, or its text as .txt) "
    "and give that file"
)
FILE_URL_NOT_FETCHED = "URLs are not fetched (jobmatch works offline): save the file and give its path"
FOLDER_URL_NOT_FETCHED = (
    "URLs are not fetched (jobmatch works offline): save the résumés into a folder and give that folder"
)
FOLDER_NOT_FILE = "is a folder, not a file"
URL_NOT_WRITTEN = "URLs are not written to (jobmatch works offline): give a local file name"
WEB_SCHEMES = ("http", "https", "ftp", "ftps")  # never fetched; other fsspec schemes (s3://) are read
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(text: str) -> bool:
    """Whether ``text`` is a URL ("https://...", "s3://..."), not a file name."""
    return bool(_URL.match(text))


def is_web_url(text: str) -> bool:
    """A URL of a web or FTP server, which jobmatch never fetches."""
    return is_url(text) and text.split("://", 1)[0].lower() in WEB_SCHEMES


@dataclass(frozen=True)
class Document:
    text: str
    source: str
    format: str
    title: str = ""  # an HTML page's <title>: the posting's title when its body names none


PARAGRAPH_FORMATS = frozenset({"docx", "odt", "html", "rtf", "json-resume"})


def lines_may_wrap(fmt: str) -> bool:
    """Whether a line of this format may be a paragraph cut at a width (PDF, text, Markdown), not
    a whole paragraph (Word, ODT, HTML, RTF, JSON Resume)."""
    return fmt not in PARAGRAPH_FORMATS


def load_document(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read ``path`` by its extension. Raises :class:`InputError` with a reason on failure.

    ``path`` may also be an fsspec URL (``s3://...``, ``file://...``) when fsspec is installed.
    """
    if isinstance(path, str) and is_url(path):
        return document_from_bytes(_read_url(path, max_bytes), path)
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(path, stat_error_reason(path, error)) from None
    if stat.S_ISDIR(mode):
        raise InputError(path, FOLDER_NOT_FILE)  # what to do depends on the role: the CLI says it
    if not stat.S_ISREG(mode):  # a FIFO or a device: said what it is, whatever its name
        raise InputError(path, not_regular_reason(mode))
    if path.suffix.lower() not in READ_SUFFIXES:
        raise InputError(path, unsupported_reason(path.suffix))
    from jobmatch.safe_text import display_name

    # read_regular_file checks again on the open file: a FIFO swapped in now cannot hang it
    return document_from_bytes(read_regular_file(path, max_bytes), display_name(path))


def unsupported_reason(suffix: str) -> str:
    """Why a file of this extension is not read, and what to do about it."""
    suffix = suffix.lower()
    if suffix in UNREAD_FORMATS:
        return UNREAD_FORMATS[suffix]
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    if not suffix:
        return f"no file extension, so the format is unknown (read: {supported})"
    return f"unsupported file type {suffix!r} (read: {supported})"


def _read_url(url: str, max_bytes: int) -> bytes:
    if is_web_url(url):
        raise InputError(url, URL_NOT_FETCHED)
    try:
        import fsspec
    except ImportError:
        raise InputError(url, "reading URLs needs fsspec: pip install 'jobmatch[dask]'") from None
    try:
        with fsspec.open(url, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(url, "no such file") from None
    except (OSError, ValueError) as error:
        raise InputError(url, f"cannot read: {error}") from None
    if len(data) > max_bytes:
        raise InputError(url, too_big(len(data), max_bytes))
    return data


def document_from_bytes(data: bytes, source: str) -> Document:
    """Parse a file's bytes by the extension of ``source`` (a path or URL); a ``.doc`` by
    what its bytes are."""
    suffix = Path(source.split("?", 1)[0]).suffix.lower()
    if suffix not in READ_SUFFIXES:
        raise InputError(source, unsupported_reason(suffix))
    if not data:
        raise InputError(source, "empty file")
    path = Path(source)
    if suffix in SNIFFED_SUFFIXES:
        suffix = _suffix_by_content(data, source)
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES or suffix == ".json":
        _refuse_own_report(data, source)
    page_title = ""
    if suffix in TEXT_SUFFIXES:
        text, fmt = decode_text(data, path), ("markdown" if suffix in {".md", ".markdown"} else "text")
    elif suffix in HTML_SUFFIXES:
        (text, page_title), fmt = _read_html(decode_text(data, path), path), "html"
    elif suffix == ".pdf":
        text, fmt = pdf_to_text(data, path), "pdf"
    elif suffix == ".docx":
        text, fmt = docx_to_text(data, path), "docx"
    elif suffix == ".odt":
        text, fmt = odt_to_text(data, path), "odt"
    elif suffix == ".rtf":
        from jobmatch.rtf import rtf_to_text

        text, fmt = rtf_to_text(data, source, MAX_TEXT_CHARS), "rtf"
    else:
        text, fmt = json_resume_to_text(decode_text(data, path), path), "json-resume"
    return make_document(text, source, fmt, title=page_title)


OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 (and Excel, PowerPoint 97)
# What a file's bytes are, in words, and the extension of the format jobmatch reads it as.
CONTENT_KINDS = {
    "word97": ("a Word 97-2003 document", None),
    "rtf": ("an RTF document", ".rtf"),
    "docx": ("a Word document (.docx)", ".docx"),
    "odt": ("an OpenDocument text (.odt)", ".odt"),
    "pdf": ("a PDF", ".pdf"),
    "html": ("an HTML page", ".html"),
    "text": ("plain text", ".txt"),
    "zip": ("a zip archive", None),
}
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def content_kind(data: bytes) -> str | None:
    """What ``data`` is by its bytes (a key of CONTENT_KINDS), whatever the file is named; None
    when it is none of these."""
    if data.startswith(OLE2_MAGIC):
        return "word97"
    start = data[:64].lstrip(b"\xef\xbb\xbf\x00 \t\r\n")
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if start.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if _HTML_START.match(data[:1024]):
        return "html"
    try:
        decode_text(data, Path("<bytes>"))
    except InputError:
        return None
    return "text"


def _zip_kind(data: bytes) -> str:
    """A zip's kind by the parts it lists (its central directory; nothing is inflated)."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names and "mimetype" in names:
        return "odt"
    return "zip"


def _suffix_by_content(data: bytes, source: str) -> str:
    """The extension a ``.doc`` is read as: what its bytes are. A real Word 97-2003 file, or
    bytes that are none of the formats read, are refused with what to do."""
    kind = content_kind(data)
    if kind == "word97":
        raise InputError(source, UNREAD_FORMATS[".doc"])
    read_as = CONTENT_KINDS[kind][1] if kind else None
    if read_as is None:
        what = CONTENT_KINDS[kind][0] if kind else "neither a Word document nor text"
        raise InputError(source, f"named .doc but {what}: {SAVE_AS}")
    return read_as


def what_it_is(data: bytes, named: str) -> str:
    """For a file that is not the format its name says: what it is and what to do ("it is an
    OpenDocument text (.odt): rename it to .odt"); empty when its bytes say nothing clear (any
    bytes that decode are "text": too weak a sign to tell somebody to rename a file)."""
    kind = content_kind(data)
    if kind in (None, "zip", "text") or CONTENT_KINDS[kind][1] == named:
        return ""
    description, read_as = CONTENT_KINDS[kind]
    todo = f"rename it to {read_as}" if read_as else SAVE_AS
    return f": it is {description}, {todo}"


# Written at the top of every Markdown and HTML output, so that a report saved into the folder
# being screened is never read as a résumé (it quotes every requirement: it would rank first).
REPORT_MARKER = "generated by jobmatch: a report, not a résumé"
_REPORT_STARTS = (b"# jobmatch report: ", "╭─ jobmatch ─".encode())  # written before the marker
SHORTLIST_CSV_START = ("rank", "file", "status", "score", "meets_minimum")  # screen's CSV header
# How jobmatch's other outputs start: they have no room for the marker.
_OWN_OUTPUT_START = re.compile(
    rb"\A\s*(?:"
    rb'\{\s*"schema_version"\s*:'  # score, screen and extract JSON: schema_version comes first
    rb'|\{\s*"files"\s*:\s*\d+\s*,\s*"scored"\s*:'  # screen --stats
    rb'|\{\s*"\$schema"\s*:\s*"[^"]*"\s*,\s*"\$id"\s*:\s*"urn:jobmatch:'  # jobmatch schema
    rb"|schema_version:\s"  # extract --format yaml
    rb"|" + re.escape(",".join(SHORTLIST_CSV_START).encode()) + rb","  # screen -o .csv
    rb'|<\?xml[^>]{0,100}\?>\s*<testsuites name="jobmatch"'  # --junit
    rb")"
)
OWN_REPORT = "a report written by jobmatch, not a résumé"
# Extensions of outputs jobmatch writes but never reads: a file of the folder with one of them is
# looked at (its first bytes) to tell a report of an earlier run from somebody else's file.
OWN_OUTPUT_SUFFIXES = frozenset((".csv", ".xml", ".yaml", ".yml"))


def is_own_report(data: bytes) -> bool:
    """Whether these bytes (a file's first 4 KB are enough) are an output jobmatch wrote: a
    report (score, screen, extract, schema), a shortlist, statistics or JUnit XML."""
    head = data[:4096]
    return (
        REPORT_MARKER.encode() in head
        or head.lstrip().startswith(_REPORT_STARTS)
        or bool(_OWN_OUTPUT_START.match(head))
    )


def _refuse_own_report(data: bytes, source: str) -> None:
    if is_own_report(data):
        raise InputError(source, OWN_REPORT)


# C0 and C1 controls (but tab and newline), DEL, bidirectional overrides, lone surrogates.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]+")
LONG_WORD = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS + 1},}}")  # from a word's start only: linear


WIDE_SPACES = tuple(chr(c) for c in (*range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000))


@cache
def _space_runs() -> re.Pattern[str]:
    return re.compile(" {2,}")


def _one_space(text: str) -> str:
    """Every run of spaces (wide ones too: an em space, a narrow no-break space) as one plain space.
    The wide ones are replaced first, then runs of two or more: the same text as a regex replacing
    every run, which made a match and a copy for each single space between words (~1% of a
    screen's time per résumé)."""
    if not text.isascii():
        for space in WIDE_SPACES:
            if space in text:
                text = text.replace(space, " ")
    return _space_runs().sub(" ", text) if "  " in text else text


def make_document(text: str, source: str = "<text>", fmt: str = "text", title: str = "") -> Document:
    """Normalise whitespace and reject documents with nothing to read.

    UTF-8 once read as Windows-1252 ("â€¢", "Ã©") is put back first.
    Text is capped here for every format: control characters dropped, words cut at
    MAX_WORD_CHARS, lines wrapped at MAX_LINE_CHARS, the whole at MAX_TEXT_CHARS, so that no
    later stage (regexes, the tokenizer) ever sees a long run it could be slow on."""
    if len(text) > 2 * MAX_TEXT_CHARS:
        text = text[: 2 * MAX_TEXT_CHARS]  # whitespace collapsing below shrinks it; no need for more
    text = mojibake.repair(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", " ")
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\x0c", "\n")
    text = text.replace("\ufffe", "-").replace("\u00ad", "").replace("\x02", "-")  # PDF soft hyphens
    text = CONTROL_CHARS.sub("", text)
    text = _one_space(text)
    text = LONG_WORD.sub(lambda match: match.group()[:MAX_WORD_CHARS], text)
    text = "\n".join(_wrap(line.strip()) for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
    if not re.search(r"[^\W\d_]{2}", text):
        raise InputError(source, "no readable text")
    return Document(text=text, source=source, format=fmt, title=title)


def _wrap(line: str) -> str:
    """A line of at most MAX_LINE_CHARS, or several, broken at spaces (words are short by now)."""
    if len(line) <= MAX_LINE_CHARS:
        return line
    pieces = []
    while len(line) > MAX_LINE_CHARS:
        cut = line.rfind(" ", 0, MAX_LINE_CHARS + 1)
        if cut <= 0:
            cut = MAX_LINE_CHARS
        pieces.append(line[:cut].strip())
        line = line[cut:].strip()
    pieces.append(line)
    return "\n".join(pieces)


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (or UTF-16 with a BOM); Windows-1252 only when the bytes look like real text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "not decodable as UTF-16 text") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary data, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        legacy = _as_windows_1252(data)
        if legacy is not None:
            return legacy
        raise InputError(
            path, f"not UTF-8 text (undecodable byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


LEGACY_PUNCTUATION = set("“”‘’–—•…€£©®°·´¨ªº«»¡¿")


def _as_windows_1252(data: bytes) -> str | None:
    """Text in Windows-1252 (old Word exports), or None when the bytes do not look like text."""
    if any(byte < 0x20 and byte not in (9, 10, 12, 13) for byte in data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) >= 0x80]
    if len(high) > 0.3 * len(text):
        return None
    plausible = sum(c.isalpha() or c in LEGACY_PUNCTUATION for c in high)
    return text if plausible >= 0.8 * len(high) else None


class _HTMLText(HTMLParser):
    """HTML to the light Markdown used everywhere: headings, list items, paragraphs."""

    SKIP = {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "head",
        "title",
        "iframe",
        "object",
        "nav",
        "footer",
        # a form's choices are no content of the page ("Less than 1 year"); the form itself is
        # kept (a whole ASP.NET page is one)
        "select",
        "textarea",
        "datalist",
    }
    # inside a <form> only: an application form's labels and buttons ("First name", "Send"); an
    # accordion's <button>What you'll need</button> elsewhere is the page's text
    FORM_CONTROLS = {"label", "button"}
    BLOCK = {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "blockquote",
        "pre",
        "form",
        "hr",
        "br",
        "td",
        "th",
        "address",
    }
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

    PREFORMATTED = {"pre", "listing", "xmp", "plaintext"}  # text whose line breaks are its layout

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0
        self.form_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.PREFORMATTED:
            self.pre_depth += 1
        if tag == "title":
            self.in_title = True
        if tag == "form":
            self.form_depth += 1
        if tag in self.SKIP or (self.form_depth and tag in self.FORM_CONTROLS):
            self.skip_depth += 1
        elif tag in self.HEADINGS:
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.PREFORMATTED:
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag == "title":
            self.in_title = False
        if tag in self.SKIP or (self.form_depth and tag in self.FORM_CONTROLS):
            self.skip_depth = max(0, self.skip_depth - 1)
        if tag == "form":
            self.form_depth = max(0, self.form_depth - 1)
        elif tag in self.HEADINGS or tag in self.BLOCK or tag == "li":
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title and sum(map(len, self.title_parts)) < MAX_LINE_CHARS:
            self.title_parts.append(data)
        if self.skip_depth:
            return
        if self.pre_depth:  # a résumé pasted into <pre>: its lines stay lines, spaces collapse
            self.parts.append(re.sub(r"[^\S\n]+", " ", data.replace("\r\n", "\n").replace("\r", "\n")))
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str, path: Path | None = None) -> str:
    return _read_html(markup, path)[0]


def _read_html(markup: str, path: Path | None = None) -> tuple[str, str]:
    """An HTML page's text (light Markdown) and its <title>, one line."""
    if markup.count("<") > MAX_HTML_TAGS:
        raise InputError(path or "<html>", f"HTML has over {MAX_HTML_TAGS:,} tags (not a résumé or posting)")
    markup = _linear_markup(markup)
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        line = line.strip()
        if line in ("-", "#", "##", "###", "####", "#####", "######"):
            continue
        lines.append(line)
    title = CONTROL_CHARS.sub("", " ".join("".join(parser.title_parts).split()))[:MAX_LINE_CHARS]
    return "\n".join(lines), title


def _linear_markup(markup: str) -> str:
    """Markup that :class:`html.parser.HTMLParser` reads in linear time. It searches for the end
    of a comment, ``<![`` section or tag from every place one starts, to the end of the file when
    there is none: an unterminated comment is dropped (a browser shows nothing of it either),
    ``<![`` becomes text and every ``<`` after the last ``>`` a space (no tag can end there)."""
    start = markup.find("<!--")
    while start >= 0:
        end = markup.find("-->", start + 4)
        if end < 0:
            markup = markup[:start]
            break
        start = markup.find("<!--", end + 3)
    markup = markup.replace("<![", "&lt;![")
    last = markup.rfind(">")
    if markup.find("<", last + 1) >= 0:
        markup = markup[: last + 1] + markup[last + 1 :].replace("<", " ")
    return markup


def pdf_to_text(data: bytes, path: Path) -> str:
    import pypdfium2 as pdfium

    _check_inflated_size(data, path)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise InputError(path, "encrypted PDF (password required)") from None
        raise InputError(path, f"not a readable PDF ({error})") from None
    try:
        pages = []
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            pages.append(page_text(textpage, page.get_width()))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as error:
        raise InputError(path, f"damaged PDF ({error})") from None
    finally:
        pdf.close()
    text = "\n\n".join(without_running_lines(pages))
    if len(re.findall(r"[^\W\d_]", text)) < 20:
        raise InputError(path, "PDF has no text layer (scanned image?); run OCR first")
    return text


EDGE_LINES = 2  # lines at a page's top and at its bottom where running headers and footers sit


def _running_key(line: str) -> str:
    """A line as it repeats from page to page: numbers (page, date, time) left out."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def without_running_lines(pages: list[str]) -> list[str]:
    """Pages without the running headers and footers a printer repeats on each one ("2026-11-27,
    9:14 a.m. Policy Analyst - Job poster", "https://.../poster/2238416 2/3", "Jane Doe - Page 2"):
    a line at the edge of two or more pages (numbers aside) is page furniture, not the document's
    text. The first page's top keeps it: there it may be the document's own title or name."""
    if len(pages) < 2:
        return pages
    edges: list[set[str]] = []
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        edges.append({_running_key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    counts: dict[str, int] = {}
    for keys in edges:
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    # (a line of figures alone, "2015 - 2018", is a job's dates wherever it falls, not furniture)
    running = {key for key, count in counts.items() if count >= 2 and sum(c.isalpha() for c in key) >= 4}
    if not running:
        return pages
    cleaned = []
    for number, page in enumerate(pages):
        lines = page.splitlines()
        filled = [i for i, line in enumerate(lines) if line.strip()]
        at_edge = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
        if number == 0:
            at_edge = set(filled[-EDGE_LINES:]) - set(filled[:EDGE_LINES])
        cleaned.append(
            "\n".join(
                line for i, line in enumerate(lines) if not (i in at_edge and _running_key(line) in running)
            )
        )
    return cleaned


PDF_STREAM = re.compile(rb"\bstream\r?\n")
# Streams PDFium does not expand to read text: images and embedded font programs.
NOT_READ_FOR_TEXT = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b|/Length1\b")


def _check_inflated_size(data: bytes, path: Path) -> None:
    """Refuse a PDF whose compressed streams expand to over MAX_PDF_INFLATED bytes: PDFium
    needs about 18 bytes of memory per byte of page content (a 250 KB file can hold 100 MB of
    it). Inflating to count, a megabyte at a time, costs well under a millisecond per page."""
    budget = MAX_PDF_INFLATED
    for match in PDF_STREAM.finditer(data):
        head = data[max(0, match.start() - 512) : match.start()]
        head = head[head.rfind(b"obj") + 1 :]  # this stream's dictionary, not the object before
        if b"FlateDecode" not in head or NOT_READ_FOR_TEXT.search(head):
            continue
        inflater = zlib.decompressobj()
        pending = data[match.end() : match.end() + (1 << 20)]
        position = match.end() + len(pending)
        try:
            while pending and not inflater.eof:
                budget -= len(inflater.decompress(pending, 1 << 20))
                if budget < 0:
                    raise InputError(
                        path,
                        f"PDF content expands to over {MAX_PDF_INFLATED // MB} MB "
                        "(possible decompression bomb)",
                    )
                pending = inflater.unconsumed_tail
                if not pending:
                    pending = data[position : position + (1 << 20)]
                    position += len(pending)
        except zlib.error:
            continue  # PDFium decides what a damaged stream means


GUTTER = 12.0  # points of blank between two columns, at least
Rect = tuple[float, float, float, float]  # left, bottom, right, top


def page_text(textpage: object, width: float) -> str:
    """A page's text in reading order. PDFium gives it in the order it was drawn, which is the
    reading order unless two columns were drawn row by row (a Word table, say): then each column
    is read on its own, left then right, below what spans both (the name at the top)."""
    rects: list[Rect] = [textpage.get_rect(i) for i in range(textpage.count_rects())]  # type: ignore[attr-defined]
    split = column_split(rects, width)
    if split is None:
        return textpage.get_text_range()  # type: ignore[attr-defined]
    gutter, body_top = split
    header = textpage.get_text_bounded(0, body_top, width, 10_000)  # type: ignore[attr-defined]
    left = textpage.get_text_bounded(0, 0, gutter, body_top)  # type: ignore[attr-defined]
    right = textpage.get_text_bounded(gutter, 0, width, body_top)  # type: ignore[attr-defined]
    return "\n".join(part for part in (header, left, right) if part.strip())


def column_split(rects: list[Rect], width: float) -> tuple[float, float] | None:
    """(x of the gutter, top of the two-column body) when the page has two columns side by side
    that were drawn interleaved; None otherwise (one column, or columns drawn one after the other,
    which the drawing order already reads right)."""
    if len(rects) < 12:
        return None
    for x in _gutter_candidates(rects, width):
        left = [r for r in rects if r[2] <= x]
        right = [r for r in rects if r[0] >= x]
        crossing = [r for r in rects if r[0] < x < r[2]]
        if len(left) < 5 or len(right) < 5:
            continue
        # Columns of text, not a column of right-aligned dates beside the lines they end.
        if max(r[2] for r in right) - x < 0.25 * width or x - min(r[0] for r in left) < 0.2 * width:
            continue
        widths = [sum(r[2] - r[0] for r in side) for side in (left, right)]
        if min(widths) < 0.2 * sum(widths):
            continue
        body_top = max(r[3] for r in right)
        if any(r[1] < body_top for r in crossing):
            continue  # something spans the gutter inside the body: one column after all
        sides = [r[0] >= x for r in rects if r[3] <= body_top + 0.5 and not (r[0] < x < r[2])]
        switches = sum(a != b for a, b in zip(sides, sides[1:], strict=False))
        if switches > 4:  # drawn row by row
            return x, body_top
        return None
    return None


def _gutter_candidates(rects: list[Rect], width: float) -> list[float]:
    """Middles of the vertical blank bands at least GUTTER wide in the middle of the page, widest
    first, looking only below the top fifth of the text (where a header may span both columns)."""
    low, high = width * 0.2, width * 0.8
    top, bottom = max(r[3] for r in rects), min(r[1] for r in rects)
    body = [r for r in rects if r[3] <= top - 0.2 * (top - bottom)]  # a full-width header may cross
    covered = sorted((max(low, r[0]), min(high, r[2])) for r in body if r[2] > low and r[0] < high)
    bands, cursor = [], low
    for start, end in covered:
        if start - cursor >= GUTTER:
            bands.append((cursor, start))
        cursor = max(cursor, end)
    if high - cursor >= GUTTER:
        bands.append((cursor, high))
    return [(a + b) / 2 for a, b in sorted(bands, key=lambda band: band[0] - band[1])]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STYLE_NAME = re.compile(  # no part may run past the next tag or style: linear on any input
    rb'<w:style\b[^<>]*?w:styleId="([^"<]*)"[^<>]*>(?:(?!</w:style>|<w:style\b).)*?<w:name w:val="([^"<]*)"',
    re.S,
)


def docx_to_text(data: bytes, path: Path) -> str:
    """DOCX paragraphs in reading order, straight from the XML (python-docx is 10x slower and
    skips text boxes): heading styles become ``#`` lines, list paragraphs ``-`` items."""
    archive = _open_zip(data, path, "DOCX", "word/document.xml")
    with archive, _part_errors(path, "DOCX"):
        names = set(archive.namelist())
        body = _xml_part(archive, "word/document.xml", path, "DOCX")
        styles = _read_part(archive, "word/styles.xml", path, "DOCX") if "word/styles.xml" in names else b""
        headers = [
            _xml_part(archive, n, path, "DOCX")
            for n in sorted(names)
            if n.startswith("word/header") and n.endswith(".xml")
        ]
    # styleId -> name ("Heading2" -> "heading 2", "berschrift1" -> "heading 1"); a regular
    # expression, because parsing Word's large styles.xml would cost more than the document.
    style_names = {m.group(1).decode(): m.group(2).decode() for m in STYLE_NAME.finditer(styles)}
    try:
        return _docx_lines(body, headers, style_names)
    except RecursionError:
        raise InputError(path, "DOCX is nested too deeply") from None


@contextlib.contextmanager
def _part_errors(path: Path, kind: str) -> Iterator[None]:
    """What goes wrong reading an office document's parts (DOCX, ODT), as one reason each."""
    from xml.etree import ElementTree

    try:
        yield
    except (ElementTree.ParseError, KeyError, zipfile.BadZipFile, OSError, zlib.error, EOFError) as error:
        raise InputError(path, f"damaged {kind} ({error})") from None
    except NotImplementedError as error:  # zipfile: "That compression method is not supported"
        raise InputError(path, f"unsupported {kind} ({error})") from None
    except RecursionError:
        raise InputError(path, f"{kind} is nested too deeply") from None
    except RuntimeError as error:  # zipfile: "File ... is encrypted, password required"
        raise InputError(path, f"encrypted {kind} ({error})") from None


def _read_part(archive: zipfile.ZipFile, name: str, path: Path, kind: str) -> bytes:
    """A part's bytes, read no further than MAX_DOCX_XML_BYTES whatever its header claims."""
    with archive.open(name) as handle:
        data = handle.read(MAX_DOCX_XML_BYTES + 1)
    if len(data) > MAX_DOCX_XML_BYTES:
        raise InputError(path, f"{kind} part {name} is over {MAX_DOCX_XML_BYTES // MB} MB")
    return data


def _xml_part(archive: zipfile.ZipFile, name: str, path: Path, kind: str) -> Element:
    from xml.etree import ElementTree

    data = _read_part(archive, name, path, kind)
    if data.count(b"<") > MAX_XML_TAGS:  # ElementTree's memory goes with the number of elements
        raise InputError(path, f"{kind} part {name} has over {MAX_XML_TAGS:,} XML elements")
    return ElementTree.fromstring(data)


def _docx_lines(body: Element, headers: list[Element], style_names: dict[str, str]) -> str:
    lines: list[str] = []
    for header in headers:
        lines.extend(text for paragraph in header.iter(f"{W}p") if (text := _paragraph_text(paragraph)))
    for paragraph in _reading_order(body):
        if isinstance(paragraph, str):  # a table row, already one line
            lines.append(paragraph)
            continue
        if paragraph.find(f".//{W}p") is not None:
            continue  # a paragraph holding a text box: its inner paragraphs come on their own
        text = _paragraph_text(paragraph)
        if not text:
            lines.append("")
            continue
        properties = paragraph.find(f"{W}pPr")
        style_id = ""
        numbered = False
        if properties is not None:
            style = properties.find(f"{W}pStyle")
            style_id = style.get(f"{W}val", "") if style is not None else ""
            numbered = properties.find(f"{W}numPr") is not None
        style_name = style_names.get(style_id, style_id).lower()
        level = re.search(r"\d", style_name)
        if style_name.startswith("heading") or style_name == "title":
            lines.extend(["", "#" * (int(level.group()) if level else 1) + " " + text])
        elif numbered or "list" in style_name:
            lines.append("- " + text)
        else:
            lines.append(text)
    return "\n".join(lines)


def _open_zip(data: bytes, path: Path, kind: str, required: str) -> zipfile.ZipFile:
    """An office document's zip archive, refused when it is not one or would expand past
    MAX_DOCX_UNCOMPRESSED (a zip bomb). A member whose header understates its size fails its
    check when read, so the sum of the sizes the headers declare bounds what is read."""
    import io

    named = "." + kind.lower()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(path, f"not a {kind} file (not a zip archive){what_it_is(data, named)}") from None
    if required not in set(archive.namelist()):
        archive.close()
        raise InputError(path, f"not a {kind} file (no {required}){what_it_is(data, named)}")
    if sum(info.file_size for info in archive.infolist()) > MAX_DOCX_UNCOMPRESSED:
        archive.close()
        raise InputError(path, f"{kind} expands to over {MAX_DOCX_UNCOMPRESSED // MB} MB (possible zip bomb)")
    return archive


ROW_CELL_MAX = 200  # characters: a longer cell is a layout column, not a field of a row


def _reading_order(element: Element) -> Iterator[Element | str]:
    """The paragraphs under ``element`` in order; a table row whose cells hold one short paragraph
    each comes as one line, "Data Engineer | Acme | 2019 – 2021" or "Python or Go | Required", so a
    row stays together (its dates with its title, a "Preferred" cell with its requirement). Tables
    used for layout (cells of many paragraphs) are read paragraph by paragraph."""
    if element.tag == f"{W}p":
        yield from element.iter(f"{W}p")  # with the paragraphs of any text box inside it
    elif element.tag == f"{W}tbl":
        header_cells = 0  # the first row's cells, when it was read as one line of short labels
        for number, row in enumerate(element.findall(f"{W}tr")):
            cells = [
                [text for paragraph in cell.iter(f"{W}p") if (text := _paragraph_text(paragraph))]
                for cell in row.findall(f"{W}tc")
            ]
            filled = [texts for texts in cells if texts]
            short = all(len(texts) == 1 and len(texts[0]) <= ROW_CELL_MAX for texts in filled)
            if len(filled) >= 2 and short:
                if number == 0 and len(filled) == len(cells) and all(_a_label(t[0]) for t in filled):
                    header_cells = len(cells)
                yield " | ".join(texts[0] for texts in filled)
            elif filled and short and header_cells == len(cells):
                # a row with empty cells under a header row ("Essential | Desirable"): the empty
                # cells are kept, so that each text stays under its column's header
                yield " | ".join(texts[0] if texts else "" for texts in cells)
            elif header_cells == len(cells) and _items_in_cells(cells):
                # "Qualifications | Registered midwife¶Current APC | IBCLC": a cell of several
                # items under a header row; each item keeps its column (the others left empty)
                label = cells[0][0] if len(cells[0]) == 1 else ""
                for column, texts in enumerate(cells[1:], start=1):
                    for text in texts:
                        row_cells = [label, *([""] * (len(cells) - 1))]
                        row_cells[column] = text
                        yield " | ".join(row_cells)
            else:
                for cell in row.findall(f"{W}tc"):
                    yield from _reading_order(cell)
    else:
        for child in element:
            yield from _reading_order(child)


HEADER_LABEL_WORDS = 3


def _a_label(text: str) -> bool:
    """A header cell: a few words ("Essential", "Area", "Nice to have")."""
    return len(text.split()) <= HEADER_LABEL_WORDS


def _items_in_cells(cells: list[list[str]]) -> bool:
    """A row whose first cell is a short label (or empty) and whose other cells list items, one
    short paragraph each."""
    first, rest = cells[0], cells[1:]
    return (
        len(first) <= 1
        and any(len(texts) > 1 for texts in rest)
        and all(len(text) <= ROW_CELL_MAX for texts in rest for text in texts)
    )


def _paragraph_text(paragraph: object) -> str:
    parts = []
    for node in paragraph.iter():  # type: ignore[attr-defined]
        tag = node.tag
        if tag == f"{W}t" and node.text:
            parts.append(node.text)
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr") or tag == f"{W}p" and node is not paragraph:
            parts.append(" ")
    return "".join(parts).strip()


ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ODF_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODF_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
# Not the document's text: deleted text kept for change tracking, comments, footnote marks.
ODF_SKIPPED = {
    f"{ODF_TEXT}tracked-changes",
    f"{ODF_OFFICE}annotation",
    f"{ODF_OFFICE}annotation-end",
    f"{ODF_TEXT}note",
    f"{ODF_TEXT}sequence-decls",
    f"{ODF_TEXT}variable-decls",
    f"{ODF_TEXT}user-field-decls",
    f"{ODF_TEXT}table-of-content",
    f"{ODF_OFFICE}forms",
}
ODF_INLINE_BOXES = {f"{ODF_DRAW}frame", f"{ODF_DRAW}text-box"}  # read as paragraphs of their own


def odt_to_text(data: bytes, path: Path) -> str:
    """An OpenDocument text (LibreOffice, Google Docs' .odt export): a zip like DOCX, read with
    the same limits. Headings (``text:h`` or a Heading/Title style) become ``#`` lines, list
    items ``-`` items and table rows "a | b" lines; page headers come first, as in DOCX."""
    archive = _open_zip(data, path, "ODT", "content.xml")
    with archive, _part_errors(path, "ODT"):
        content = _xml_part(archive, "content.xml", path, "ODT")
        names = set(archive.namelist())
        styles = _xml_part(archive, "styles.xml", path, "ODT") if "styles.xml" in names else None
    # automatic styles ("P3") point to the named style they modify ("Heading_20_2")
    parents = {}
    for root in (content, styles):
        for style in root.iter(f"{ODF_STYLE}style") if root is not None else ():
            parent = style.get(f"{ODF_STYLE}parent-style-name")
            if parent:
                parents[style.get(f"{ODF_STYLE}name", "")] = parent
    lines: list[str] = []
    try:
        if styles is not None:
            for header in styles.iter(f"{ODF_STYLE}header"):
                _odf_blocks(header, parents, lines, in_list=False)
        body = content.find(f"{ODF_OFFICE}body")
        _odf_blocks(body if body is not None else content, parents, lines, in_list=False)
    except RecursionError:
        raise InputError(path, "ODT is nested too deeply") from None
    return "\n".join(lines)


def _odf_blocks(element: Element, parents: dict[str, str], lines: list[str], *, in_list: bool) -> None:
    """Append the paragraphs under ``element`` to ``lines`` in reading order."""
    for child in element:
        tag = child.tag
        if tag in ODF_SKIPPED:
            continue
        if tag in (f"{ODF_TEXT}p", f"{ODF_TEXT}h"):
            text = _odf_paragraph_text(child)
            style = _odf_style_name(child.get(f"{ODF_TEXT}style-name", ""), parents)
            heading = re.match(r"heading\s*(\d*)$", style)
            if not text:
                lines.append("")
            elif tag == f"{ODF_TEXT}h" or heading or style == "title":
                level = child.get(f"{ODF_TEXT}outline-level") or (heading.group(1) if heading else "") or "1"
                level = level if level.isdigit() else "1"
                lines.extend(["", "#" * max(1, min(int(level), 6)) + " " + text])
            elif in_list or style.startswith("list"):
                lines.append("- " + text)
            else:
                lines.append(text)
            for box in child.iter(f"{ODF_DRAW}text-box"):  # a text box anchored in the paragraph
                _odf_blocks(box, parents, lines, in_list=False)
        elif tag == f"{ODF_TEXT}list-item":
            _odf_blocks(child, parents, lines, in_list=True)
        elif tag == f"{ODF_TABLE}table-row":
            cells = [
                [text for paragraph in cell.iter(f"{ODF_TEXT}p") if (text := _odf_paragraph_text(paragraph))]
                for cell in child.findall(f"{ODF_TABLE}table-cell")
            ]
            filled = [texts for texts in cells if texts]
            if len(filled) >= 2 and all(
                len(texts) == 1 and len(texts[0]) <= ROW_CELL_MAX for texts in filled
            ):
                lines.append(" | ".join(texts[0] for texts in filled))  # a row stays one line, as in DOCX
            else:
                for cell in child.findall(f"{ODF_TABLE}table-cell"):
                    _odf_blocks(cell, parents, lines, in_list=False)
        else:  # lists, sections, tables, frames: whatever holds paragraphs
            _odf_blocks(child, parents, lines, in_list=in_list)


def _odf_style_name(name: str, parents: dict[str, str]) -> str:
    """The first heading, title or list style a paragraph's style is based on ("P3" ->
    "heading 2", ODF's "_20_" escapes undone), else its own style's name."""
    own = ""
    for _ in range(10):  # a chain of styles based on styles; never followed round a loop
        decoded = re.sub(r"_([0-9a-fA-F]{2})_", lambda m: chr(int(m.group(1), 16)), name).lower()
        if decoded.startswith(("heading", "title", "list")):
            return decoded
        own = own or decoded
        if name not in parents:
            break
        name = parents[name]
    return own


def _odf_paragraph_text(paragraph: Element) -> str:
    """A paragraph's text: spans and links flattened, ``text:s`` as spaces, tabs and line breaks
    as one space; text boxes, notes and comments left out (text boxes come on their own)."""
    parts: list[str] = []
    stack: list[Element | str] = [paragraph]
    while stack:  # an explicit stack: no recursion limit to hit on nested spans
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item is not paragraph and item.tail:
            stack.append(item.tail)  # comes after the element's own content
        tag = item.tag
        if tag in ODF_SKIPPED or tag in ODF_INLINE_BOXES:
            continue
        if tag == f"{ODF_TEXT}s":
            count = item.get(f"{ODF_TEXT}c", "1")
            parts.append(" " * (min(int(count), 100) if count.isdigit() else 1))
            continue
        if tag in (f"{ODF_TEXT}tab", f"{ODF_TEXT}line-break"):
            parts.append(" ")
            continue
        if item.text:
            parts.append(item.text)
        stack.extend(reversed(list(item)))
    return "".join(parts).strip()


def _text(value: object) -> str:
    """A JSON Resume field as text: strings and numbers; anything else (a list where a string
    belongs) is ignored rather than printed as Python."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")


def json_resume_to_text(raw: str, path: Path) -> str:
    """A JSON Resume (jsonresume.org) as the same sectioned text a résumé file would have."""
    try:
        data = json.loads(raw, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not valid JSON ({error.msg} at line {error.lineno})") from None
    except RecursionError:
        raise InputError(path, "not valid JSON (nested too deeply)") from None
    except ValueError as error:  # NaN or Infinity, an integer of thousands of digits
        raise InputError(path, f"not valid JSON ({error})") from None
    if not isinstance(data, dict) or not ({"basics", "work", "education", "skills"} & set(data)):
        raise InputError(path, "JSON is not a JSON Resume (no basics/work/education/skills)")

    def entries(key: str) -> list[dict]:
        value = data.get(key) or []
        return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []

    def dates(item: dict) -> str:
        start, end = _text(item.get("startDate")), _text(item.get("endDate"))
        if not start:
            return ""
        return f"{start} – {end or 'Present'}"

    lines: list[str] = []
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    for key in ("name", "label", "email", "phone", "url"):
        if _text(basics.get(key)):
            lines.append(_text(basics[key]))
    location = basics.get("location") if isinstance(basics.get("location"), dict) else {}
    place = ", ".join(_text(location[k]) for k in ("city", "region", "countryCode") if _text(location.get(k)))
    if place:
        lines.append(place)
    for profile in _list(basics.get("profiles")):
        if isinstance(profile, dict) and (_text(profile.get("url")) or _text(profile.get("username"))):
            lines.append(_text(profile.get("url")) or _text(profile.get("username")))
    if _text(basics.get("summary")):
        lines += ["", "## Summary", _text(basics["summary"])]
    for key, heading in (("work", "Experience"), ("volunteer", "Volunteer")):
        if entries(key):
            lines += ["", f"## {heading}"]
        for job in entries(key):
            title = _text(job.get("position"))
            employer = _text(job.get("name")) or _text(job.get("organization")) or _text(job.get("company"))
            lines.append(" | ".join(part for part in (title, employer, dates(job)) if part))
            if _text(job.get("summary")):
                lines.append(_text(job["summary"]))
            lines += [f"- {h}" for h in _list(job.get("highlights")) if isinstance(h, str)]
    if entries("education"):
        lines += ["", "## Education"]
    for school in entries("education"):
        degree = " in ".join(_text(school[k]) for k in ("studyType", "area") if _text(school.get(k)))
        lines.append(" | ".join(p for p in (degree, _text(school.get("institution")), dates(school)) if p))
        lines += [f"- {c}" for c in _list(school.get("courses")) if isinstance(c, str)]
    if entries("skills"):
        lines += ["", "## Skills"]
    for skill in entries("skills"):
        keywords = ", ".join(_text(k) for k in _list(skill.get("keywords")) if _text(k))
        name = _text(skill.get("name"))
        lines.append(f"{name}: {keywords}" if keywords and name else name or keywords)
    if entries("projects"):
        lines += ["", "## Projects"]
    for project in entries("projects"):
        lines.append(" | ".join(p for p in (_text(project.get("name")), dates(project)) if p))
        if _text(project.get("description")):
            lines.append(_text(project["description"]))
        lines += [f"- {h}" for h in _list(project.get("highlights")) if isinstance(h, str)]
        if _list(project.get("keywords")):
            lines.append("Technologies: " + ", ".join(_text(k) for k in project["keywords"] if _text(k)))
    if entries("certificates"):
        lines += ["", "## Certifications"]
    for certificate in entries("certificates"):
        lines.append(
            " | ".join(_text(certificate[k]) for k in ("name", "issuer", "date") if _text(certificate.get(k)))
        )
    if entries("languages"):
        lines += ["", "## Languages"]
        # "Inglés – A2 (básico)": the level is what a posting's language line asks
        lines += [
            " – ".join(p for p in (_text(lang.get("language")), _text(lang.get("fluency"))) if p)
            for lang in entries("languages")
        ]
    return "\n".join(lines)
