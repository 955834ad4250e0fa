"""Text from files and file names made safe for where people read it.

Résumé lines, posting text and file names are chosen by whoever wrote the file. Shown raw, an
escape sequence clears or rewrites a terminal, a cell starting with ``=`` runs as a spreadsheet
formula, and ``[x](javascript:...)`` is a live link in Markdown. Each output has its own helper
here; HTML is escaped with :func:`html.escape` where it is written.
"""

from __future__ import annotations

import os
import re

# C0 controls but tab and newline, DEL, C1 controls (U+009B is a one-character CSI to some
# terminals), bidirectional overrides and isolates (text that reads differently than it is),
# and lone surrogates (a file name's undecodable bytes, a JSON \ud800).
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = True) -> str:
    """``text`` with every control character written out (``\\x1b``); newlines too unless
    ``one_line`` is false. Undecodable bytes of a file name come out as ``\\xe9``."""
    return (_UNSAFE_OR_NEWLINE if one_line else _UNSAFE).sub(_visible, text)


def display_name(path: str | os.PathLike[str]) -> str:
    """A file name to show and to write into reports: valid UTF-8 whatever the bytes on disk."""
    return printable(os.fspath(path))


def escape(text: str) -> str:
    """For rich markup: control characters written out, then ``[`` escaped."""
    from rich.markup import escape as escape_markup

    return escape_markup(printable(text, one_line=False))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: object) -> object:
    """A CSV cell that no spreadsheet runs: text starting like a formula gets a leading ``'``
    (OWASP's rule, full-width forms included); numbers and empty cells stay as they are."""
    if not isinstance(value, str) or not value:
        return value
    text = printable(value)
    return "'" + text if text.startswith(FORMULA_START) else text


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()!|~])")
_AUTOLINK = re.compile(r"(?i)(://|\bwww\.)")


def markdown_cell(text: str) -> str:
    """Text that stays text in Markdown, inside a table cell or a list item: no HTML, links,
    images, emphasis, code or automatic links (``http\\://``, ``www\\.``), one line."""
    text = printable(text.replace("\n", " ")).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _AUTOLINK.sub(lambda m: "\\" + m.group() if m.group() == "://" else m.group()[:-1] + "\\.", text)
