"""Fuzzy candidate generation: a required skill spelled differently in a résumé ("Kubernets").

The pure middle layer between the knowledge base (:mod:`jobmatch.taxonomy`) and matching.
Short aliases (Go, C, R, Excel) are never fuzzy-matched: rapidfuzz's scorers rate one shared
character highly, so only long aliases are compared, with ``fuzz.ratio`` and a high cut-off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from jobmatch.taxonomy import Skill

WORD = re.compile(r"[\w+#.\-/]+")


@dataclass(frozen=True)
class Candidate:
    alias: str
    found: str  # the résumé words that matched
    score: float
    line_index: int


def ngrams_by_size(lines: Sequence[str], sizes: Iterable[int]) -> dict[int, list[tuple[str, int]]]:
    """Every run of 1..n words of every line, with the line it came from."""
    grams: dict[int, list[tuple[str, int]]] = {}
    for index, line in enumerate(lines):
        words = WORD.findall(line)
        for size in sizes:
            bucket = grams.setdefault(size, [])
            bucket.extend((" ".join(words[i : i + size]), index) for i in range(len(words) - size + 1))
    return grams


def fuzzy_candidates(
    skill: Skill, lines: Sequence[str], *, cutoff: float, min_length: int
) -> list[Candidate]:
    """Near-spellings of ``skill``'s long aliases in ``lines`` (exact matches are not returned)."""
    aliases = [a for a in skill.plain_aliases if len(a) >= min_length]
    if not aliases:
        return []
    sizes = {len(a.split()) for a in aliases}
    grams = ngrams_by_size(lines, sizes)
    found: list[Candidate] = []
    for alias in aliases:
        choices = grams.get(len(alias.split()), [])
        if not choices:
            continue
        texts = [text for text, _ in choices]
        match = process.extractOne(
            alias, texts, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff
        )
        if match and match[0].lower() != alias.lower():
            found.append(Candidate(alias=alias, found=match[0], score=match[1],
                                   line_index=choices[match[2]][1]))
    return sorted(found, key=lambda c: -c.score)
