"""Fuzzy candidate generation: a required skill spelled differently in a résumé ("Kubernets").

The pure middle layer between the knowledge base (:mod:`jobmatch.taxonomy`) and matching.
Short aliases (Go, C, R, Excel) are never fuzzy-matched: rapidfuzz's scorers rate one shared
character highly, so only long aliases are compared, with ``fuzz.ratio`` and a high cut-off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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


class NgramIndex:
    """Distinct runs of 1..n words of a résumé's lines, built once per résumé and size."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.words = [WORD.findall(line) for line in lines]
        self.by_size: dict[int, tuple[list[str], list[int]]] = {}

    def grams(self, size: int) -> tuple[list[str], list[int]]:
        if size not in self.by_size:
            seen: dict[str, int] = {}
            for index, words in enumerate(self.words):
                for start in range(len(words) - size + 1):
                    seen.setdefault(" ".join(words[start : start + size]), index)
            self.by_size[size] = (list(seen), list(seen.values()))
        return self.by_size[size]


def fuzzy_candidates(skill: Skill, index: NgramIndex, *, cutoff: float, min_length: int) -> list[Candidate]:
    """Near-spellings of ``skill``'s long aliases in the résumé (exact matches are not returned)."""
    found: list[Candidate] = []
    for alias in skill.plain_aliases:
        if len(alias) < min_length:
            continue
        texts, line_of = index.grams(len(alias.split()))
        if not texts:
            continue
        match = process.extractOne(
            alias, texts, scorer=fuzz.ratio, processor=utils.default_process, score_cutoff=cutoff
        )
        if match and match[0].lower() != alias.lower():
            found.append(Candidate(alias=alias, found=match[0], score=match[1], line_index=line_of[match[2]]))
    return sorted(found, key=lambda c: -c.score)
