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
MAX_FUZZY_WORDS = 1  # a typo in a longer name is rare; n-grams of every line would cost the most


@dataclass(frozen=True)
class Candidate:
    alias: str
    found: str  # the résumé words that matched
    score: float
    line_index: int


_processed: dict[str, str] = {}  # word -> rapidfuzz's default_process(word), shared by all résumés


def _process(word: str) -> str:
    processed = _processed.get(word)
    if processed is None:
        processed = utils.default_process(word)
        if len(_processed) < 200_000:
            _processed[word] = processed
    return processed


class NgramIndex:
    """Distinct runs of 1..n words of a résumé's lines, normalised as rapidfuzz's
    ``default_process`` would, built once per résumé and size."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.words = [[w for w in map(_process, WORD.findall(line)) if w] for line in lines]
        self.by_size: dict[int, tuple[list[str], list[int]]] = {}

    def grams(self, size: int) -> tuple[list[str], list[int]]:
        """(distinct n-grams, the line each first appears on)."""
        if size not in self.by_size:
            seen: dict[str, int] = {}
            for index, words in enumerate(self.words):
                if size == 1:
                    for word in words:
                        seen.setdefault(word, index)
                else:
                    for start in range(len(words) - size + 1):
                        seen.setdefault(" ".join(words[start : start + size]), index)
            self.by_size[size] = (list(seen), list(seen.values()))
        return self.by_size[size]


def fuzzy_find(
    skills: Sequence[Skill], index: NgramIndex, *, cutoff: float, min_length: int
) -> dict[str, Candidate]:
    """The best near-spelling of each skill's long aliases in the résumé, if any.

    One ``cdist`` call per n-gram size compares every alias with every n-gram of the résumé;
    exact matches are not returned (the exact matcher has already looked for those)."""
    by_size: dict[int, list[tuple[str, str]]] = {}
    for skill in skills:
        for alias in skill.plain_aliases:
            words = len(alias.split())
            if len(alias) >= min_length and words <= MAX_FUZZY_WORDS:
                by_size.setdefault(words, []).append((skill.id, alias))
    best: dict[str, Candidate] = {}
    for size, wanted in by_size.items():
        texts, line_of = index.grams(size)
        if not texts:
            continue
        queries = [utils.default_process(alias) for _, alias in wanted]
        scores = process.cdist(queries, texts, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
        for row, (skill_id, alias) in enumerate(wanted):
            column = int(scores[row].argmax())
            score = float(scores[row][column])
            better = skill_id not in best or score > best[skill_id].score
            if score >= cutoff and texts[column] != queries[row] and better:
                best[skill_id] = Candidate(
                    alias=alias, found=texts[column], score=score, line_index=line_of[column]
                )
    return best
