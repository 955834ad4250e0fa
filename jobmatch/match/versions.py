"""Versions of one coded qualification: Australia's national training codes end in their release
("TAE40122" replaced "TAE40116", "CHC33021" replaced "CHC33015"). An earlier release held where
the posting names the current one is partly the qualification asked, not all of it. Standards'
numbers are no releases ("ISO 27002" is another standard than ISO 27001, not an older one)."""

from __future__ import annotations

import re

# letters, then digits whose last two are the release: "TAE40122" -> ("TAE401", "22")
CODE = re.compile(r"(?<![\w-])(?P<stem>[A-Z]{3,6}\d{2,4})(?P<release>\d{2})(?![\w-])")
# standards bodies' prefixes: their numbers name standards, not releases
STANDARDS = re.compile(r"^(?:ISO|IEC|BSI?|DIN|ANSI|ASTM|ASME|IEEE|NFPA|API|SAE|NIST|EN|AS|NZS|CSA|IPC|PCI)")


def other_release(asked: str, shown: str) -> tuple[str, str] | None:
    """(the code asked, the other release of it ``shown`` names), when ``shown`` names the same
    qualification's code only in another release; None when it names the asked code or none."""
    asked_codes = _codes(asked)
    if not asked_codes:
        return None
    shown_codes = _codes(shown)
    if set(asked_codes) & set(shown_codes):
        return None
    for code, (stem, release) in asked_codes.items():
        for other, (other_stem, other_release_) in shown_codes.items():
            if other_stem == stem and other_release_ < release:
                return code, other
    return None


def _codes(text: str) -> dict[str, tuple[str, int]]:
    return {
        m.group(): (m.group("stem"), int(m.group("release")))
        for m in CODE.finditer(text)
        if not STANDARDS.match(m.group())
    }


__all__ = ["other_release"]
