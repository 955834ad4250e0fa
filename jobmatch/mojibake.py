"""UTF-8 text that was once read as Windows-1252 and saved again, put back.

A résumé pasted from a web form or an old mail client often arrives with "â€¢" for a bullet,
"â€“" for a dash and "Ã©" for "é". Left so, bullets are not bullets and words do not match.
Each run of characters that is exactly the Windows-1252 reading of one UTF-8 character is
decoded back; a run that does not decode is left alone. Repair is only tried when the text
holds one of the tell-tale pairs, so a German "ß" or a French "à" next to a quote mark in
clean text is never touched.
"""

from __future__ import annotations

import re
from functools import cache

# The leads of the commonest readings: "â€" (curly quotes, dashes, bullets), "Ã" (accented
# letters), "Â" (a no-break space or a sign such as "£" or "°").
TELL_TALE_LEADS = ("â€", "Ã", "Â")


@cache
def _byte_of() -> dict[str, int]:
    """Each character Windows-1252 can give, with the byte it came from.

    Windows-1252 leaves five bytes undefined; mojibake makers pass them through as C1 controls."""
    table = {}
    for byte in range(0x80, 0x100):
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            table[chr(byte)] = byte
    return table


def _characters(low: int, high: int) -> str:
    """A regex character class of what Windows-1252 reads the bytes low..high as."""
    return "[" + "".join(re.escape(char) for char, byte in _byte_of().items() if low <= byte <= high) + "]"


@cache
def _tell_tales() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(lead) + _characters(0x80, 0xBF) for lead in TELL_TALE_LEADS))


@cache
def _runs() -> re.Pattern[str]:
    """A lead character followed by as many continuation characters as its UTF-8 byte asks."""
    follow = _characters(0x80, 0xBF)
    leads = ((3, 0xF0, 0xF4), (2, 0xE0, 0xEF), (1, 0xC2, 0xDF))
    return re.compile("|".join(f"{_characters(low, high)}{follow}{{{n}}}" for n, low, high in leads))


def _decoded(match: re.Match[str]) -> str:
    run = match.group()
    table = _byte_of()
    try:
        return bytes(table[char] for char in run).decode("utf-8")
    except UnicodeDecodeError:
        return run


def repair(text: str) -> str:
    """The text with Windows-1252 readings of UTF-8 characters decoded back, when it has any."""
    if not _tell_tales().search(text):
        return text
    return _runs().sub(_decoded, text)
