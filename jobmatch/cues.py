"""Cue phrases from ``data/cues.yaml``: which words in a line change what it means.

Compiled once into word-boundary regular expressions; pseudo-cues ("your preferred language")
are removed before the real cues are looked for, as in ConText.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from jobmatch.resources import check_keys, load_data, string_list

FILE = "cues.yaml"
PHRASE_FAMILIES = (
    "preferred",
    "required",
    "lead_in",
    "area_reference",
    "hedge",
    "negation",
    "not_employment",
    "requirement_sentence",
    "waived",
)
OPTIONAL_FAMILIES = (
    "credential_pending",
    "credential_lapsed",
    "not_yet",
    "credential_context",
    "work_described",
    "alternative_route",
    "qualification_line",
    "first_level_label",
    "higher_level_label",
    "similar_accepted",
    "no_preference",
    "others_named",
    "own_title",
    "hire_conditions",
    "after_qualifying",
    "qualified_since",
    "sponsorship_needed",
    "not_when_qualified",
    "sponsorship_offered",
    "right_held",
)


@dataclass(frozen=True)
class CueSet:
    """One family of cues: finds whether a text carries a cue, ignoring pseudo-cues."""

    cues: re.Pattern[str] | None
    pseudo: re.Pattern[str] | None
    # the cues without their word-boundary checks: a cue found anywhere is found by this too
    loose: re.Pattern[str] | None = None

    def nowhere_in(self, text: str) -> bool:
        """True when neither ``text`` nor any piece of it holds a cue, so :meth:`search` of any of
        its prefixes finds none: one cheap test for a line, before asking about the text before
        each of its mentions. (Lower-casing is character by character, so a prefix's lowered text
        starts the line's; with pseudo-cues, whose removal changes the text, it only says False.)"""
        if self.cues is None:
            return True
        if self.pseudo is not None or self.loose is None:
            return False
        return self.loose.search(text.lower().replace("’", "'")) is None

    def search(self, text: str) -> re.Match[str] | None:
        if self.cues is None:
            return None
        lowered = text.lower().replace("’", "'")
        if self.pseudo is not None:
            lowered = self.pseudo.sub(lambda m: " " * len(m.group()), lowered)
        return self.cues.search(lowered)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every cue in ``text``, at offsets into ``text`` (lower-casing keeps them for the cues)."""
        if self.cues is None:
            return []
        lowered = text.lower().replace("’", "'")
        if self.pseudo is not None:
            lowered = self.pseudo.sub(lambda m: " " * len(m.group()), lowered)
        return list(self.cues.finditer(lowered))

    def __contains__(self, text: str) -> bool:
        return self.search(text) is not None


def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = sorted((re.escape(p.lower()) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


def loose_regex(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """The phrases anywhere, word boundaries or not (see :meth:`CueSet.nowhere_in`). None when one
    holds a Greek sigma, the one letter whose lower case depends on what follows it."""
    lowered = [p.lower() for p in phrases]
    if not lowered or any("σ" in p or "ς" in p for p in lowered):
        return None
    return re.compile("|".join(re.escape(p) for p in lowered))


@dataclass(frozen=True)
class AmbiguityRules:
    window: int
    list_separators: frozenset[str]
    triggers: frozenset[str]
    blockers_after: dict[str, tuple[tuple[str, ...], ...]]
    blockers_before: dict[str, tuple[tuple[str, ...], ...]]
    # a short form with another sense in some lines ("CRM" in a cockpit is crew resource
    # management): its form as written -> ((the other sense's skill id, words of its context), ...)
    senses: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)
    # a skill's short form that, written in lower case, is a word of a language postings are read
    # in ("dei" is Italian "of the"; "DEI" diversity, equity and inclusion): no skill as written
    lower_case_words: frozenset[str] = frozenset()


@cache
def cue_set(family: str) -> CueSet:
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=PHRASE_FAMILIES,
        optional=["ambiguous_skill_context", "any_of", *OPTIONAL_FAMILIES],
    )
    entry = check_keys(data[family], file=FILE, where=family, required=["phrases"], optional=["pseudo"])
    phrases = string_list(entry["phrases"], file=FILE, where=f"{family}.phrases")
    pseudo = string_list(entry.get("pseudo"), file=FILE, where=f"{family}.pseudo")
    return CueSet(cues=phrase_regex(phrases), pseudo=phrase_regex(pseudo), loose=loose_regex(phrases))


@dataclass(frozen=True)
class AnyOfCues:
    """Words around a list of skills that make it "any one of these" (examples, "etc")."""

    before: tuple[tuple[str, ...], ...]
    after: tuple[tuple[str, ...], ...]
    heads: frozenset[str] = frozenset()  # "X support or Y": the first alternative's head noun


@cache
def any_of_cues() -> AnyOfCues:
    entry = check_keys(
        load_data(FILE).get("any_of"),
        file=FILE,
        where="any_of",
        required=["before", "after"],
        optional=["heads"],
    )

    def sequences(key: str) -> tuple[tuple[str, ...], ...]:
        phrases = string_list(entry[key], file=FILE, where=f"any_of.{key}")
        return tuple(sorted((tuple(p.lower().split()) for p in phrases), key=len, reverse=True))

    heads = frozenset(
        word.lower() for word in string_list(entry.get("heads"), file=FILE, where="any_of.heads")
    )
    return AnyOfCues(before=sequences("before"), after=sequences("after"), heads=heads)


@cache
def ambiguity_rules() -> AmbiguityRules:
    where = "ambiguous_skill_context"
    entry = check_keys(
        load_data(FILE).get(where),
        file=FILE,
        where=where,
        required=["window", "list_separators", "triggers"],
        optional=["blockers", "senses", "lower_case_words"],
    )
    after: dict[str, tuple[tuple[str, ...], ...]] = {}
    before: dict[str, tuple[tuple[str, ...], ...]] = {}
    for alias, rule in (entry.get("blockers") or {}).items():
        rule = check_keys(rule, file=FILE, where=f"{where}.blockers.{alias}", optional=["after", "before"])
        after[alias] = tuple(tuple(word.lower() for word in seq) for seq in rule.get("after") or ())
        before[alias] = tuple(tuple(word.lower() for word in seq) for seq in rule.get("before") or ())
    senses: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for form, choices in (entry.get("senses") or {}).items():
        found = []
        for index, choice in enumerate(choices or ()):
            choice = check_keys(
                choice, file=FILE, where=f"{where}.senses.{form}[{index}]", required=["skill", "context"]
            )
            words = frozenset(
                w.lower() for w in string_list(choice["context"], file=FILE, where=f"{where}.senses")
            )
            found.append((str(choice["skill"]), words))
        senses[str(form)] = tuple(found)
    return AmbiguityRules(
        senses=senses,
        window=int(entry["window"]),
        list_separators=frozenset(string_list(entry["list_separators"], file=FILE, where=where)),
        triggers=frozenset(t.lower() for t in string_list(entry["triggers"], file=FILE, where=where)),
        blockers_after=after,
        blockers_before=before,
        lower_case_words=frozenset(string_list(entry.get("lower_case_words"), file=FILE, where=where)),
    )


CLAUSE_BREAK = re.compile(r"[;|•]|\.\s")
LIST_ITEM_BREAK = re.compile(r"[,·/]")


def _depth_zero(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Offsets of ``pattern``'s matches that lie outside parentheses."""
    found, depth = [], 0
    hits = {m.start() for m in pattern.finditer(text)}
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and index in hits:
            found.append(index)
    return found


def hedged_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of a résumé line a hedge weakens ("familiar with", "(basic)").

    A hedge weakens its own clause, except in a list, where a hedge after an item weakens only
    that item ("Vite, Storybook, Node.js (BFF services, basic)": only Node.js is basic) and one
    that opens an item weakens it and the items after it ("Go, familiar with Docker, Helm")."""
    hedge = cue_set("hedge")
    if not hedge.search(text):
        return []
    regions = []
    clause_starts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text))]
    clause_ends = [*(m.start() for m in CLAUSE_BREAK.finditer(text)), len(text)]
    for start, end in zip(clause_starts, clause_ends, strict=True):
        clause = text[start:end]
        if not hedge.search(clause):
            continue
        breaks = _depth_zero(clause, LIST_ITEM_BREAK)
        if len(breaks) < 2:  # not a list: the whole clause
            regions.append((start, end))
            continue
        item_starts = [0, *(b + 1 for b in breaks)]
        item_ends = [*breaks, len(clause)]
        for item_start, item_end in zip(item_starts, item_ends, strict=True):
            found = hedge.search(clause[item_start:item_end])
            if not found:
                continue
            at, after = item_start + found.start(), item_start + found.end()
            inside = found.group().startswith("(") or clause[:at].count("(") > clause[:at].count(")")
            leading = not inside and re.search(r"[^\W\d_]", clause[after:item_end]) is not None
            # "familiar with Docker, Kubernetes": a hedge that opens an item covers the rest
            regions.append((start + item_start, start + (len(clause) if leading else item_end)))
    return regions
