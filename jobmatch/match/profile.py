"""A résumé indexed once for matching: skills and concepts by id, lines in normal form, jobs.

Checkers are pure functions of (part, profile); the profile holds the résumé and what every
checker needs to look things up in it cheaply (a literal phrase is first looked for as plain
substrings of the lower-cased text, and only lines that pass are normalised).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import defaultdict
from functools import cached_property

from jobmatch.config import ScoringConfig
from jobmatch.cues import cue_set, hedged_regions
from jobmatch.linker import Candidate, fuzzy_find, word_index
from jobmatch.models import ConceptEvidence, Evidence, Posting, Resume, SkillEvidence
from jobmatch.taxonomy import Taxonomy
from jobmatch.textnorm import fold_accents, normalize

# How much a line shows, by its section (a job line shows most); as in résumé extraction.
SECTION_STRENGTH = {
    "experience": 1.0,
    "projects": 0.8,
    "certifications": 0.9,
    "skills": 0.7,
    "summary": 0.7,
    "preamble": 0.6,
    "education": 0.5,
    "other": 0.5,
}
USED_SECTIONS = frozenset({"experience", "projects"})
HEDGED = 0.4
SUMMARY_SENTENCE_WORDS = 10  # shorter summary lines are headlines or lists, not descriptions
OPEN_END = re.compile(
    r"(?:[–—-]|\bto\b|\buntil\b|\btill\b|\bhasta\b|\baté\b)\s*(?:present|presente|current|now|today|date)\b",
    re.I,
)
# A word OPEN_END ends with, as lower-cased text holds it (or "ſ", which re.I matches with "s"):
# a line with none of these is left as it is without running OPEN_END over it
OPEN_END_WORDS = ("present", "current", "now", "today", "date", "ſ")


def _close(places: list[list[int]], span: int) -> bool:
    """Can one position be picked per list so that all lie within ``span`` tokens?"""
    for start in places[0]:
        if all(any(abs(at - start) < span for at in group) for group in places[1:]):
            return True
    return False


LETTERS_OR_DIGITS = re.compile(r"[^\W\d_]+|\d+")


@functools.lru_cache(maxsize=65_536)
def probe(stem: str) -> str:
    """A plain substring that every word with this stem contains ("compani" -> "compan"). A stem
    that normalising joined across a hyphen or slash ("vineland3" for "Vineland-3", "s4hana" for
    "S/4HANA") is probed by its longest run of letters or of digits, which the text holds as written."""
    stem = stem[:-1] if stem.endswith("i") and len(stem) > 3 else stem
    if stem.isalpha():
        return stem
    runs = LETTERS_OR_DIGITS.findall(stem)
    return max(runs, key=len) if runs else stem


@functools.lru_cache(maxsize=65_536)
def probes(stems: str) -> tuple[tuple[str, ...], str]:
    """The probes of a normalised phrase's stems, and the longest one (looked for first); the
    same phrases are looked up in every résumé. "and" is no probe: the résumé may write "&"."""
    found = tuple(probe(s) for s in stems.split() if s != "and")
    return found, probe(max(stems.split(), key=len)) if found else ""


class Profile:
    """Everything the checkers look up in one résumé, for one posting."""

    def __init__(self, resume: Resume, taxonomy: Taxonomy, config: ScoringConfig, posting: Posting) -> None:
        self.resume = resume
        self.taxonomy = taxonomy
        self.config = config
        self.posting = posting
        self.as_of = dt.date.fromisoformat(resume.as_of)
        self.skills: dict[str, list[SkillEvidence]] = defaultdict(list)
        for item in resume.skills:
            self.skills[item.skill].append(item)
        for items in self.skills.values():
            items.sort(key=lambda e: -e.strength)
        self.concepts: dict[str, list[ConceptEvidence]] = defaultdict(list)
        for item in resume.concepts:
            self.concepts[item.concept].append(item)
        self.lines: tuple[Evidence, ...] = resume.lines
        self.lowered = [line.text.lower() for line in self.lines]
        self.text = "\n".join(self.lowered)
        # the probes of normalised phrases are accent-folded ("presentacion"); so is this copy
        self.folded = fold_accents(self.text)
        self._normal: dict[int, str] = {}
        self._found: dict[str, tuple[int, ...]] = {}
        self._holds: dict[str, bool] = {}
        self.posting_skills = sorted(
            {t.id for r in posting.requirements for t in r.terms if t.kind == "skill"}
        )
        self.cache: dict[object, object] = {}  # checkers keep per-résumé results here

    # --- lines ------------------------------------------------------------------------------

    def normal(self, index: int) -> str:
        found = self._normal.get(index)
        if found is None:
            text = self.lines[index].text
            lowered = self.lowered[index]
            if any(word in lowered for word in OPEN_END_WORDS):
                text = OPEN_END.sub(" ", text)  # "Mar 2020 – Present" presents nothing
            found = self._normal[index] = normalize(text)
        return found

    @cached_property
    def line_offsets(self) -> list[int]:
        """Where each line starts in ``text``."""
        offsets, at = [], 0
        for lowered in self.lowered:
            offsets.append(at)
            at += len(lowered) + 1
        return offsets

    def lines_holding(self, part: str) -> list[int]:
        """Indices of the lines whose lower-cased text holds ``part`` (no newline in it): found in
        the whole text at once, which is faster than asking line by line."""
        offsets = self.line_offsets
        lines: list[int] = []
        at = self.folded.find(part)
        while at >= 0:
            index = bisect.bisect_right(offsets, at) - 1
            lines.append(index)
            if index + 1 == len(offsets):
                break
            at = self.folded.find(part, offsets[index + 1])
        return lines

    def holds(self, part: str) -> bool:
        """Does the lower-cased, accent-folded text hold ``part``? Kept: the posting's phrases share
        their probes ("manag", "team"), and each test scans the whole résumé."""
        found = self._holds.get(part)
        if found is None:
            found = self._holds[part] = part in self.folded
        return found

    def find(self, key: str) -> tuple[int, ...]:
        """Indices of the lines holding the normalised phrase ``key`` (" balanc sheet ")."""
        if key in self._found:
            return self._found[key]
        parts, first = probes(key)
        hits: tuple[int, ...] = ()
        if parts and all(self.holds(part) for part in parts):
            hits = tuple(i for i in self.lines_holding(first) if key in self.normal(i))
        self._found[key] = hits
        return hits

    def find_words(self, stems: tuple[str, ...], window: int = 4) -> tuple[int, ...]:
        """Lines that hold every one of ``stems`` as a word, in any order, within a few words of
        each other ("managed change orders" for "change order management")."""
        if not stems or not all(self.holds(probe(s)) for s in stems):
            return ()
        first = probe(max(stems, key=len))
        found = []
        for i in self.lines_holding(first):
            tokens = self.normal(i).split()
            places = [[at for at, token in enumerate(tokens) if token == s] for s in stems]
            if all(places) and _close(places, len(stems) + window):
                found.append(i)
        return tuple(found)

    def hedged(self, index: int, stems: tuple[str, ...] = ()) -> bool:
        """Is the mention on line ``index`` weakened by a hedge ("familiar with", "coursework") in
        its own clause (the clause holding the first of ``stems``, or any clause)?"""
        text = self.lines[index].text
        if not cue_set("hedge").search(text):
            return False
        regions = hedged_regions(text)
        if not stems:
            return bool(regions)
        target = probe(stems[0])
        lowered = text.lower()
        return any(target in lowered[start:end] for start, end in regions)

    def strength(self, index: int, stems: tuple[str, ...] = ()) -> float:
        """How much line ``index`` shows: a job line most, a hedged one little."""
        line = self.lines[index]
        base = SECTION_STRENGTH.get(line.section, 0.5)
        if line.position is not None and line.section not in ("education",):
            base = max(base, 0.9 if line.section == "projects" else 1.0)
        if self.hedged(index, stems):
            base = min(base, HEDGED)
        return base

    def in_a_job(self, evidence: Evidence) -> bool:
        """Is the line under a job or a project (not a summary that describes one's work)?"""
        return evidence.section in USED_SECTIONS or evidence.position is not None

    def used(self, evidence: Evidence) -> bool:
        """Is the line about work done (a job or a project), not a list or a summary?"""
        if self.in_a_job(evidence):
            return True
        # a summary sentence that describes the work ("I write a lot of SQL, build Tableau dashboards")
        return (
            evidence.section in ("summary", "preamble")
            and len(evidence.text.split()) >= SUMMARY_SENTENCE_WORDS
            and cue_set("work_described").search(evidence.text) is not None
        )

    # --- positions --------------------------------------------------------------------------

    @cached_property
    def jobs(self) -> tuple[int, ...]:
        return tuple(i for i, p in enumerate(self.resume.positions) if p.kind == "job")

    @cached_property
    def position_lines(self) -> dict[int, tuple[int, ...]]:
        """Line indices of each position (its title line and bullets)."""
        found: dict[int, list[int]] = defaultdict(list)
        for index, line in enumerate(self.lines):
            if line.position is not None:
                found[line.position].append(index)
        return {k: tuple(v) for k, v in found.items()}

    # --- fuzzy spellings --------------------------------------------------------------------

    @cached_property
    def fuzzy(self) -> dict[str, Candidate]:
        """Near-spellings of the posting's hard skills the résumé does not name exactly."""
        missing = [
            self.taxonomy.skills[s]
            for s in self.posting_skills
            if s not in self.skills
            and s in self.taxonomy.skills
            and self.taxonomy.skills[s].category != "knowledge"
        ]
        if not missing:
            return {}
        words = self.resume.words
        if not words.words and self.lines:
            words = word_index([line.text for line in self.lines])
        return fuzzy_find(
            missing, words, cutoff=self.config.fuzzy_cutoff, min_length=self.config.fuzzy_min_length
        )

    def name(self, entry_id: str) -> str:
        return self.taxonomy.name_of(entry_id)
