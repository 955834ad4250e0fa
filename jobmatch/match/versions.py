"""Versions of one coded qualification: Australia's national codes end in the year of their
release ("TAE40122" replaced "TAE40116", "HLTAID011" replaced "HLTAID009"). An earlier release
held where the posting names the current one is partly the qualification asked, not all of it."""

from __future__ import annotations

import re

# letters, then digits whose last two are the release: "TAE40122" -> ("TAE401", "22")
CODE = re.compile(r"(?<![\w-])(?P<stem>[A-Z]{3,6}\d{2,4})(?P<release>\d{2})(?![\w-])")


def other_release(asked: str, shown: str) -> tuple[str, str] | None:
    """(the code asked, the other release of it ``shown`` names), when ``shown`` names the same
    qualification's code only in another release; None when it names the asked code or none."""
    asked_codes = {m.group(): m.group("stem") for m in CODE.finditer(asked)}
    if not asked_codes:
        return None
    shown_codes = {m.group(): m.group("stem") for m in CODE.finditer(shown)}
    if set(asked_codes) & set(shown_codes):
        return None
    for code, stem in asked_codes.items():
        for other, other_stem in shown_codes.items():
            if other_stem == stem:
                return code, other
    return None


__all__ = ["other_release"]
