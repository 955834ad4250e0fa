"""RTF to the light Markdown every loader produces: paragraphs as lines, heading styles as ``#``
lines, table rows as ``a | b``.

A small reader of our own rather than a library: the one well-known pure-Python one runs a
backtracking regular expression over the whole file (35 KB of crafted fields took 70 s, and a
regular expression cannot be interrupted by the per-file time limit) and raises on malformed
control words. This one reads each token once with a linear pattern, skips the groups that
hold no text (fonts, colours, pictures, objects, field instructions) and keeps every count it
takes from the file within bounds.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

from jobmatch.errors import InputError

TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its number
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    r"|\\([^a-zA-Z'])"  # a control symbol: \{ \} \\ \~ \- \_ \*
    r"|([{}])"
    r"|[\r\n]+"  # line breaks in the file mean nothing
    r"|([^\\{}\r\n]+)",  # plain text
    re.S,
)
# Groups whose text is not part of the document (footers too: DOCX and ODT are read without them).
SKIPPED = frozenset(
    "fonttbl colortbl stylesheet info pict object objdata themedata colorschememapping latentstyles "  # noqa: SIM905
    "datastore listtable listoverridetable rsidtbl generator xmlnstbl fldinst footnote annotation "
    "atnid atnauthor bkmkstart bkmkend filetbl revtbl pgdsctbl userprops docvar template nonshppict "
    "shpinst sp sn sv falt panose fontemb fontfile footer footerl footerr footerf".split()
)
CHARACTERS = {
    "emdash": "\u2014",
    "endash": "\u2013",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "emspace": " ",
    "enspace": " ",
    "qmspace": " ",
    "tab": " ",
    "cell": " | ",
    "nestcell": " | ",
}
LINE_ENDS = frozenset(("par", "sect", "page", "row", "nestrow", "line"))
SYMBOLS = {"{": "{", "}": "}", "\\": "\\", "~": " ", "_": "-", "-": "", "|": "", ":": ""}
MAX_DEPTH = 200  # deeper groups are read as if at this depth; nothing in a résumé comes close
HEADING = re.compile(r"^(?:heading|überschrift|titre|titolo|encabezado)\s*(\d)$")  # Word localises the names


class _Group:
    """What a ``{...}`` group changes; restored when it closes."""

    __slots__ = ("skip", "unicode_skip", "kind")

    def __init__(self, skip: bool = False, unicode_skip: int = 1, kind: str = "") -> None:
        self.skip = skip
        self.unicode_skip = unicode_skip
        self.kind = kind  # "stylesheet", "style" (an entry in it) or ""

    def child(self) -> _Group:
        return _Group(self.skip, self.unicode_skip, "style" if self.kind == "stylesheet" else "")


def rtf_to_text(data: bytes, source: str, max_chars: int) -> str:
    """The document's text; raises :class:`InputError` when ``data`` is not RTF."""
    body = data.lstrip(b"\xef\xbb\xbf\x00 \t\r\n")
    if not body.startswith(b"{\\rtf"):
        raise InputError(source, "not an RTF file (it does not start with {\\rtf)")
    reader = _Reader(body.decode("latin-1"), max_chars)  # RTF is 7-bit: \'hh and \uN carry the rest
    reader.read(0)
    return reader.result()


class _Reader:
    def __init__(self, text: str, max_chars: int) -> None:
        self.text = text
        self.max_chars = max_chars
        self.lines: list[str] = []
        self.parts: list[str] = []  # the current paragraph
        self.size = 0
        self.pending = bytearray()  # \'hh bytes not yet decoded (multi-byte code pages)
        self.decode: Callable[[bytes], str] = _decoder("cp1252")
        self.styles: dict[int, str] = {}  # paragraph style number -> name, from the style sheet
        self.paragraph_style = 0
        self.style_number: int | None = None  # of the style sheet entry being read
        self.style_name: list[str] = []

    def read(self, position: int) -> None:
        text, stack, group = self.text, [], _Group()
        too_deep = 0  # groups opened past MAX_DEPTH: counted, not kept
        skip_chars = 0  # characters after \uN that stand in for it in older readers
        end = len(text)
        while position < end and self.size < self.max_chars:
            token = TOKEN.match(text, position)
            if token is None:  # a lone backslash at the very end
                break
            position = token.end()
            word, number, byte, symbol, brace, plain = token.groups()
            if brace is not None:
                self.flush_bytes()
                skip_chars = 0
                if brace == "{":
                    if len(stack) >= MAX_DEPTH:
                        too_deep += 1
                    else:
                        stack.append(group)
                        group = group.child()
                elif too_deep:
                    too_deep -= 1
                elif not stack:
                    break  # a stray closing brace
                else:
                    if group.kind == "style" and self.style_number is not None:
                        self.styles[self.style_number] = "".join(self.style_name).strip(" ;\t").lower()
                        self.style_number = None
                    group = stack.pop()
                    if not stack:
                        break  # the document's group has closed: anything after it is not RTF
                continue
            if word is not None:
                value = _bounded(number)
                if word == "bin":  # raw bytes follow: never read them as text
                    position += max(0, min(value or 0, end - position))
                    continue
                if word == "u" and value is not None:
                    skip_chars = group.unicode_skip
                    if not group.skip and -32768 <= value < 65536:
                        self.flush_bytes()
                        self.add(chr(value + 65536 if value < 0 else value))
                    continue
                skip_chars = 0
                if word == "uc":
                    group.unicode_skip = min(max(value or 0, 0), 10)
                elif word == "ansicpg" and value:
                    self.decode = _decoder(f"cp{value}")
                elif word in ("mac", "pc", "pca"):
                    self.decode = _decoder({"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word])
                elif word == "stylesheet":
                    group.skip, group.kind = True, "stylesheet"
                elif word == "s" and value is not None and group.kind == "style":
                    self.style_number, self.style_name = value, []
                elif word in ("listtext", "pntext"):  # the list's bullet or number: "- " as DOCX's
                    if not group.skip:
                        self.flush_bytes()
                        self.add("- ")
                    group.skip = True
                elif word in SKIPPED:
                    group.skip = True
                elif group.skip:
                    continue
                elif word == "s" and value is not None:
                    self.paragraph_style = value
                elif word == "pard":
                    self.paragraph_style = 0
                elif word in LINE_ENDS:
                    self.flush_bytes()
                    self.end_line()
                elif word in CHARACTERS:
                    self.flush_bytes()
                    self.add(CHARACTERS[word])
                continue
            if symbol is not None:
                skip_chars = 0
                if symbol == "*":
                    group.skip = True  # an ignorable destination: {\*\name ...}
                elif not group.skip and symbol in SYMBOLS:
                    self.flush_bytes()
                    self.add(SYMBOLS[symbol])
                continue
            if byte is not None:
                if skip_chars:
                    skip_chars -= 1
                elif group.kind == "style":
                    self.style_name.append(chr(int(byte, 16)))
                elif not group.skip:
                    self.pending.append(int(byte, 16))
                continue
            if plain:
                if skip_chars:
                    dropped = min(skip_chars, len(plain))
                    plain, skip_chars = plain[dropped:], skip_chars - dropped
                if group.kind == "style":
                    self.style_name.append(plain)
                elif not group.skip and plain:
                    self.flush_bytes()
                    self.add(plain)
        self.flush_bytes()
        self.end_line()

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def flush_bytes(self) -> None:
        if self.pending:
            self.add(self.decode(bytes(self.pending)))
            self.pending.clear()

    def end_line(self) -> None:
        line = "".join(self.parts).strip()
        while line.endswith("|"):  # the last cell of a table row
            line = line[:-1].rstrip()
        self.parts.clear()
        heading = HEADING.match(self.styles.get(self.paragraph_style, ""))
        if line and heading:
            line = "#" * min(int(heading.group(1)) or 1, 6) + " " + line
        elif line and self.styles.get(self.paragraph_style) == "title":
            line = "# " + line
        self.lines.append(line)

    def result(self) -> str:
        # surrogate pairs written as two \uN (emoji, rare scripts) become one character
        text = "\n".join(self.lines)
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _bounded(number: str | None) -> int | None:
    """A control word's number; RTF numbers are 16-bit, anything far outside is clipped."""
    if number is None:
        return None
    return max(-(2**31), min(int(number), 2**31))


def _decoder(encoding: str) -> Callable[[bytes], str]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "cp1252"
    return lambda data: data.decode(encoding, "replace")
