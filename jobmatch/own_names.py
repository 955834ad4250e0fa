"""The posting's own names: its employer, as the posting introduces it.

"Velaana Island Resort is a 5-star resort ...", "About Harbour Freight", "Company: Kestrel Mobility":
the name is the posting's own, so a requirement line that mentions it ("Guests at Velaana are very
demanding ...") does not ask the candidate for it. The extractor leaves such words out of the line's
literal terms. Vocabulary in ``data/own_names.yaml``. No spaCy here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from jobmatch.resources import alternation, check_keys, load_data, string_list

FILE = "own_names.yaml"
# a capitalised word of a name ("Velaana", "H&M", "O'Neill", "3M"), and the small words that may
# join two of them ("Bank of Ghana", "Banco de la Nación")
NAME_WORD = r"(?:[A-Z0-9][\w&'’.+-]*)"
JOINER = r"(?:of|and|&|de|del|da|do|dos|du|des|la|le|van|von|der|y|e|di)"
NAME = rf"{NAME_WORD}(?:[ \t]+(?:{JOINER}[ \t]+)?{NAME_WORD}){{0,5}}"
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)[\W_]*(?=[A-Z0-9])")


@dataclass(frozen=True)
class OwnNameForms:
    introduced: re.Pattern[str]  # "Velaana Island Resort is a ..."
    labelled: re.Pattern[str]  # "Company: Velaana Island Resort"
    headed: re.Pattern[str]  # "About Velaana"
    not_names: frozenset[str]


@cache
def own_name_forms() -> OwnNameForms:
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=["introductions", "asked_after", "labels", "before_name", "not_names"],
    )

    def words(key: str) -> list[str]:
        return string_list(data[key], file=FILE, where=key)

    introductions = alternation(words("introductions"))
    # "Bluebeam is a must", "Xero is a real advantage": the name is asked for, not introduced
    asked = alternation(words("asked_after"))
    asked = rf"(?![ \t]+(?:(?i:very|really|real|big|an?|the)[ \t]+)?(?i:{asked})\b)"
    labels, before = alternation(words("labels")), alternation(words("before_name"))
    return OwnNameForms(
        introduced=re.compile(rf"(?P<name>{NAME})[ \t]+(?i:{introductions})\b{asked}"),
        labelled=re.compile(rf"^[\W_]*(?i:{labels})[ \t]*[:–—-][ \t]*(?P<name>{NAME})[ \t]*$"),
        headed=re.compile(rf"^[\W_]*(?i:{before})[ \t]+(?P<name>{NAME})[ \t]*[!.:]?[ \t]*$"),
        not_names=frozenset(w.lower() for w in words("not_names")),
    )


def _a_name(name: str, forms: OwnNameForms) -> str | None:
    """The name without a leading word that is no name ("The Ritz-Carlton" -> "Ritz-Carlton"); None
    when nothing of a name is left ("This", "Our Client")."""
    parts = name.split()
    while parts and parts[0].lower().strip(".,'’") in forms.not_names:
        parts = parts[1:]
    if not parts or (len(parts) == 1 and parts[0][0].isdigit()):  # "2026 is ...": a year, no name
        return None
    return " ".join(parts)


def own_names(lines: Iterable[str]) -> tuple[str, ...]:
    """The names the posting gives itself in ``lines`` (its lines outside the requirement lists)."""
    forms = own_name_forms()
    found: dict[str, None] = {}
    for line in lines:
        line = line.strip()
        candidates = [m.group("name") for m in (forms.labelled.match(line), forms.headed.match(line)) if m]
        for opening in SENTENCE_START.finditer(line):
            introduced = forms.introduced.match(line, opening.end())
            if introduced:
                candidates.append(introduced.group("name"))
        for candidate in candidates:
            name = _a_name(candidate, forms)
            if name is not None:
                found[name] = None
    return tuple(found)


def own_name_ranges(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Offsets in ``text`` of the posting's own names: the whole name, or its first word standing
    alone ("Guests at Velaana are ..." for "Velaana Island Resort"; not "National" in "National
    Electrical Code" for "National Grid")."""
    ranges: list[tuple[int, int]] = []
    for name in names:
        words = name.split()
        # the whole name, or its first words standing alone ("Aurora Peaks" of "Aurora Peaks Lodge")
        prefixes = [r"[ \t]+".join(map(re.escape, words[:k])) for k in range(len(words), 0, -1)]
        alone = r"(?![ \t]+[A-Z0-9])"
        pattern = "|".join(
            rf"(?<![\w-]){prefix}(?:['’]s)?(?![\w-]){alone if k else ''}" for k, prefix in enumerate(prefixes)
        )
        ranges.extend(m.span() for m in re.finditer(pattern, text))
    return ranges
