"""Fuzzy candidate generation: a required skill spelled differently in a résumé ("Kubernets").

The pure middle layer between the knowledge base (:mod:`jobmatch.taxonomy`) and matching.
Short aliases (Go, C, R, Excel) are never fuzzy-matched: rapidfuzz's scorers rate one shared
character highly, so only long one-word aliases are compared, with ``fuzz.ratio`` and a high
cut-off. A typo in a longer name is rare, and comparing n-grams of every line would cost the most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from jobmatch.models import WordIndex
from jobmatch.taxonomy import Skill

WORD = re.compile(r"[\w+#.\-/]+")


@dataclass(frozen=True)
class Candidate:
    alias: str
    found: str  # the résumé word that matched
    score: float
    line_index: int


_processed: dict[str, str] = {}  # word -> default_process(word), shared by all résumés


def _process(word: str) -> str:
    processed = _processed.get(word)
    if processed is None:
        processed = utils.default_process(word)
        if len(_processed) < 200_000:
            _processed[word] = processed
    return processed


def word_index(lines: Sequence[str]) -> WordIndex:
    first_line: dict[str, int] = {}
    seen: set[str] = set()  # words as written: one seen before is indexed at its first line already
    for index, line in enumerate(lines):
        for written in WORD.findall(line):
            if written in seen:
                continue
            seen.add(written)
            word = _process(written)
            if word:
                first_line.setdefault(word, index)
    return WordIndex(tuple(first_line), tuple(first_line.values()))


_aliases: dict[tuple, tuple[tuple[str, str, str], ...]] = {}


def _fuzzy_aliases(skill: Skill, min_length: int) -> tuple[tuple[str, str, str], ...]:
    """(skill id, alias, processed alias) for the aliases worth a fuzzy look-up; asked for every
    résumé, so kept."""
    key = (skill.id, skill.name, skill.aliases, skill.ambiguous_aliases, min_length)
    if key not in _aliases:
        _aliases[key] = tuple(
            (skill.id, alias, utils.default_process(alias))
            for alias in skill.plain_aliases
            if len(alias) >= min_length and len(alias.split()) == 1
        )
    return _aliases[key]


_own: dict[tuple, frozenset[str]] = {}


def _own_forms(skill: Skill) -> frozenset[str]:
    """A skill's plain aliases as processed for rapidfuzz: the same for every résumé, so kept."""
    key = (skill.id, skill.name, skill.aliases, skill.ambiguous_aliases)
    if key not in _own:
        _own[key] = frozenset(utils.default_process(alias) for alias in skill.plain_aliases)
    return _own[key]


FUZZY_TRIES = 5  # near spellings looked at per alias, best first


def _inflected(found: str, query: str) -> bool:
    """ "accountant" and "accountants": one word, singular and plural."""
    short, long = sorted((found, query), key=len)
    return long in (short + "s", short + "es") or (short.endswith("y") and long == short[:-1] + "ies")


def fuzzy_find(
    skills: Sequence[Skill], index: WordIndex, *, cutoff: float, min_length: int
) -> dict[str, Candidate]:
    """The best near-spelling of each skill's long one-word aliases in the résumé, if any.

    One ``cdist`` call compares every alias with every word of the résumé; exact matches are not
    returned (the exact matcher has already looked for those)."""
    wanted = [entry for skill in skills for entry in _fuzzy_aliases(skill, min_length)]
    best: dict[str, Candidate] = {}
    if not wanted or not index.words:
        return best
    # a word that is one of the skill's own names was read (or set aside) by the exact matcher:
    # "Kubernetes" inside "Certified Kubernetes Administrator" is no misspelling of "Kubernets"
    own_forms = {skill.id: _own_forms(skill) for skill in skills}
    queries = [query for _, _, query in wanted]
    scores = process.cdist(queries, index.words, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
    row_best = scores.max(axis=1).tolist()
    for row, (skill_id, alias, query) in enumerate(wanted):
        if row_best[row] < cutoff:
            continue  # no word comes near this alias: its best would stop the loop below at once
        for column in scores[row].argsort()[::-1][:FUZZY_TRIES]:
            score, found = float(scores[row][column]), index.words[column]
            if score < cutoff:
                break
            # a misspelling keeps the first letter: "filing" is another word than "efiling"; the
            # same word in the singular or plural is no misspelling (the exact matcher read it)
            if found == query or found[:1] != query[:1] or _inflected(found, query):
                continue
            if found in own_forms[skill_id]:
                continue
            if skill_id not in best or score > best[skill_id].score:
                best[skill_id] = Candidate(
                    alias=alias, found=found, score=score, line_index=index.lines[int(column)]
                )
            break
    return best
