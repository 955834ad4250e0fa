"""Hostile files, small versions of each kind in issue 14, made by the tools a real attacker or an
unlucky recruiter would meet them from (python-docx, reportlab, zipfile, os.mkfifo, symlinks).

Used by tests/test_hostile.py and bench/bench_hostile.py. :func:`build` writes them into a folder
and returns what each one is: its path relative to the folder, as jobmatch shows it (undecodable
bytes as ``\\xe9``), mapped to a substring its skipped row's reason must contain, or None when it
may be scored (or skipped for any stated reason).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
import zlib
from pathlib import Path

GOOD = """Maria Example
maria@example.com | +1 555 010 0199 | Berlin, Germany

EXPERIENCE
Senior Software Engineer, Acme Cloud, Jan 2019 - Present
- Built distributed services in Go and Python on Kubernetes; Kafka, PostgreSQL, Terraform on AWS

EDUCATION
BS Computer Science, TU Berlin, 2014
"""
ESCAPES = "\x1b[2J\x1b[5mblink\x1b[0m \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ \x07\x9b31m"
# Made to run code if anything ever hands a name or a line to a shell or an evaluator.
MARKER_NAME = "pwned-by-hostile-file"


def _docx_with(document_xml: str, extra: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
        for name, text in (extra or {}).items():
            archive.writestr(name, text)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _odt_with(body: str) -> bytes:
    """An OpenDocument text as LibreOffice lays it out: ``mimetype`` first and stored."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr(
            "content.xml",
            f"<office:document-content {ODF}><office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>",
        )
    return buffer.getvalue()


def _patched_zip(data: bytes, local_offset: int, central_offset: int, value: int, mask: bool) -> bytes:
    """Every local and central header of a zip changed in place: a flag bit set (``mask``) or a
    field overwritten, as a zip made by another tool could have them."""
    raw = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", local_offset), (b"PK\x01\x02", central_offset)):
        start = raw.find(signature)
        while start >= 0:
            if mask:
                raw[start + offset] |= value
            else:
                raw[start + offset : start + offset + 2] = value.to_bytes(2, "little")
            start = raw.find(signature, start + 4)
    return bytes(raw)


def pdf_bomb(inflated_bytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to ``inflated_bytes`` of text operators."""
    operator = b"BT /F1 12 Tf 72 720 Td (Python developer) Tj ET\n"
    compressed = zlib.compress(operator * (inflated_bytes // len(operator)), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def build(
    folder: Path, *, scale: int = 1, deep: int = 1100, specials: bool = True, office_formats: bool = False
) -> dict[str, str | None]:
    """Write the hostile kinds into ``folder``; ``scale`` multiplies the sizes (1: test-sized,
    a 30k-character line, not 5 MB). Returns {shown relative path: expected reason or None}.

    ``office_formats`` adds the kinds for what issue 13 brought (ODT and RTF under the same
    limits, files of formats not read, lock and system files left out); bench_hostile leaves
    them out, so that its numbers stay comparable with those recorded before them."""
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str | None] = {}

    def write(name: str, data: bytes | str, reason: str | None = None) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        expected[name] = reason
        return path

    # Slow parsing (issue 14, item 5): each was quadratic or unbounded.
    write("long_line.txt", "x" * 30_000 * scale + "\n" + GOOD)
    write("long_email_run.txt", "a." * 15_000 * scale + "\n" + GOOD)
    write("location_run.txt", "Ab " * 10_000 * scale + "\n" + GOOD)
    write("parens.txt", "Jane Doe\n" + "(" * 100_000 * scale)
    write("comments.html", "<p>Python developer</p>" + "<!--a>" * 50_000 * scale)
    write("end_tags.html", "<html><body>" + "</" * 200_000 * scale, "no readable text")
    write("huge_string.json", json.dumps({"basics": {"name": "A B", "summary": "x" * 1_000_000 * scale}}))
    write("words.json", json.dumps({"basics": {"name": "A B", "summary": "Python developer " * 20_000}}))
    paragraph = "<w:p><w:r><w:t>Python developer at Acme building services</w:t></w:r></w:p>"
    write(
        "many_elements.docx",
        _docx_with(f"<w:document {W}><w:body>{paragraph * 70_000 * scale}</w:body></w:document>"),
        "XML elements",
    )
    write("content_bomb.pdf", pdf_bomb(20 * 1024 * 1024 * scale), "decompression bomb")
    styles = "<w:styles>" + "<w:style " * 20_000 * scale + "</w:styles>"
    good_docx = io.BytesIO()
    made = docx.Document()
    for line in GOOD.splitlines():
        made.add_paragraph(line)
    made.save(good_docx)
    write(
        "styles_run.docx",
        _docx_with(f"<w:document {W}><w:body>{paragraph}</w:body></w:document>", {"word/styles.xml": styles}),
    )
    # Errors that ended `score` in a traceback (item 12).
    write("encrypted_entry.docx", _patched_zip(good_docx.getvalue(), 6, 8, 1, mask=True), "encrypted")
    write("method_99.docx", _patched_zip(good_docx.getvalue(), 8, 10, 99, mask=False), "compression method")
    write("big_int.json", '{"basics": {"name": "A B"}, "work": [{"position": ' + "9" * 5000 + "}]}", "digits")
    write("nan.json", '{"basics": {"name": NaN, "summary": Infinity}}', "NaN")
    write("surrogates.json", '{"basics": {"name": "Ana \\ud800 Lee", "summary": "Python \\udfff developer"}}')
    write("wrong_types.json", '{"basics": "x", "work": {"a": 1}, "skills": [{"keywords": 5, "name": ["x"]}]}')
    write(
        "deep_array.json", '{"basics": {"name": "A B"}, "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"
    )
    write(
        "deep_nesting.docx",
        _docx_with(
            f"<w:document {W}><w:body>" + "<w:sdt>" * 5000 + "</w:sdt>" * 5000 + "</w:body></w:document>"
        ),
    )
    if office_formats:
        # The same limits for the formats issue 13 added: ODT parts as DOCX parts, RTF linear.
        odt_paragraph = "<text:p><text:span>Python developer at Acme building services</text:span></text:p>"
        write("many_elements.odt", _odt_with(odt_paragraph * 70_000 * scale), "XML elements")
        good_odt = _odt_with("".join(f"<text:p>{line}</text:p>" for line in GOOD.splitlines()))
        write("encrypted_entry.odt", _patched_zip(good_odt, 6, 8, 1, mask=True), "encrypted")
        write("method_99.odt", _patched_zip(good_odt, 8, 10, 99, mask=False), "compression method")
        write(
            "deep_nesting.odt", _odt_with("<text:section>" * 5000 + odt_paragraph + "</text:section>" * 5000)
        )
        rtf_good = "".join(f"{line}\\par\n" for line in GOOD.splitlines())
        write("deep_groups.rtf", "{\\rtf1 " + "{" * 100_000 * scale + rtf_good + "}" * 100_000 * scale + "}")
        write("long_word.rtf", "{\\rtf1 " + "x" * 30_000 * scale + "\\par\n" + rtf_good + "}")
        write("huge_bin.rtf", "{\\rtf1 " + rtf_good + "\\bin2147483647 " + "y" * 1000 + "}")
        write("plain_named.rtf", GOOD, "not an RTF file")
        # Formats not read (issue 13): each a skipped row saying what to do; lock and system files
        # are left out, so they are not in ``expected``.
        write("old_cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000, "Word 97-2003 .doc")
        write("scan.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 500, "an image")
        (folder / "~$old_cv.docx").write_bytes(b"\x00" * 162)
        (folder / "Thumbs.db").write_bytes(b"\x00" * 64)
    # Names and lines that would inject into what people open (items 3, 9, 10).
    write(os.fsdecode(b"Jos\xe9_Garc\xeda.txt"), GOOD)
    write(
        "escapes\x1b[2J.txt", GOOD.replace("Senior Software Engineer", "Senior Software Engineer " + ESCAPES)
    )
    write('=HYPERLINK("http:evil")&A1.txt', GOOD)
    write("+cmd|' calc'!A0.txt", GOOD)
    write("@SUM(1+1).txt", GOOD)
    write("-2+3.txt", GOOD)
    write("![t](https:evil.example;a.png).md", GOOD)
    write("[x](javascript:alert(1)).md", GOOD)
    write(f"$(touch {MARKER_NAME}) `touch {MARKER_NAME}`.txt", GOOD)
    # A folder deeper than Python's recursion limit (item 8).
    if deep:
        current = folder
        for _ in range(deep):  # one at a time: mkdir(parents=True) recurses once per level
            current = current / "d"
            current.mkdir(exist_ok=True)
        write(str(Path(*["d"] * deep) / "deep.txt"), GOOD)
    # A report jobmatch wrote into the folder before (item 14): never a résumé.
    write(
        "old_shortlist.md",
        "# Shortlist: Engineer\n<!-- generated by jobmatch: a report, not a résumé -->\n",
        "a report written by jobmatch",
    )
    if specials:  # not regular files (item 4): each a skipped row with its reason, never read
        os.mkfifo(folder / "fifo.txt")
        expected["fifo.txt"] = "FIFO"
        os.symlink("/dev/zero", folder / "zero.txt")
        expected["zero.txt"] = "character device"
        os.symlink(folder / "missing.pdf", folder / "dangling.pdf")
        expected["dangling.pdf"] = "broken symbolic link"
        os.symlink(folder / "loop_b.md", folder / "loop_a.md")
        os.symlink(folder / "loop_a.md", folder / "loop_b.md")
        expected["loop_a.md"] = expected["loop_b.md"] = "symbolic link loop"
    if specials and office_formats:  # special files under a name jobmatch does not read
        os.mkfifo(folder / "fifo.doc")
        expected["fifo.doc"] = "FIFO"  # what it is, not the advice for a .doc
        os.symlink(folder / "missing.doc", folder / "dangling.doc")
        expected["dangling.doc"] = "broken symbolic link"
    return {_shown(name): reason for name, reason in expected.items()}


def remove_tree(folder: Path) -> None:
    """Delete ``folder`` without recursion (shutil.rmtree recurses once per level: the deep
    folder would end it, and pytest's clean-up of old temporary folders, in a RecursionError)."""
    pending = [folder]
    while pending:
        current = pending[-1]
        try:
            entries = list(os.scandir(current))
        except FileNotFoundError:
            pending.pop()
            continue
        folders = [Path(e.path) for e in entries if e.is_dir(follow_symlinks=False)]
        for entry in entries:
            if not entry.is_dir(follow_symlinks=False):
                os.unlink(entry.path)
        if folders:
            pending.extend(folders)
        else:
            os.rmdir(current)
            pending.pop()


def _shown(name: str) -> str:
    from jobmatch.safe_text import display_name

    return display_name(name)
