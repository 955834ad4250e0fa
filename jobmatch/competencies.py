"""Competencies (soft skills) from ``data/competencies.yaml``: how a posting names each one, how
a résumé merely claims it, and the work that shows it was needed.

Shared by the posting side (finding the competencies a line asks for) and the competency checker
(finding claims and evidence in résumé lines). Every phrase is kept in normal form
(:func:`jobmatch.textnorm.normalize`), so inflections and hyphens match. No spaCy here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobmatch.errors import DataError
from jobmatch.resources import check_keys, load_data, string_list
from jobmatch.textnorm import normalize, stem, words

FILE = "competencies.yaml"
GAP = " ... "  # "leading ... team": the words as written, with a few others between
GAP_WORDS = 8  # "leading and checking the work of a small team": at most this many words between
# words that show the team is not what is led: "leading superyachts as part of the deck crew",
# "leading EHR systems used by the nursing team", "leading practices for onboarding new staff"
NOT_IN_THE_GAP = (
    "as",
    "part",
    "used",
    "by",
    "for",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "within",
    "into",
    "that",
    "which",
    "who",
    "where",
    "across",
    "like",
    "such",
)


@dataclass(frozen=True)
class Competency:
    id: str
    name: str
    family: str
    names: tuple[str, ...]  # normalised phrases a posting uses for it ("attention to detail")
    claims: tuple[str, ...]  # normalised phrases that only claim it ("detail-oriented")
    evidence: tuple[str, ...]  # normalised phrases of work that needed it ("reconciled")
    suggestion: str
    together: tuple[tuple[str, ...], ...] = ()  # stems that show it when all are in one line
    signs: tuple[str, ...] = ()  # normalised words that hint at it: partly met at most


@dataclass(frozen=True)
class CompetencyBook:
    competencies: dict[str, Competency]
    by_name: tuple[tuple[str, str], ...]  # (normalised name phrase, id), longest phrase first
    # one-word names of an activity ("coaching", "mentoring"): their plural nouns ("coaches") are
    # other things ("buses, coaches or other heavy vehicles")
    activities: frozenset[str] = frozenset()
    # ("leading ... team", its pattern, id): names whose words stand apart in one clause
    gapped: tuple[tuple[str, re.Pattern[str], str], ...] = ()
    # words that share a one-word name's stem but name a thing ("an OISC-registered organisation"
    # is no sign of being organised)
    things: frozenset[str] = frozenset()

    def named_in(self, text: str) -> list[tuple[str, str]]:
        """(competency id, phrase) for each competency ``text`` names, longest phrases first; a
        phrase inside a longer one already taken does not count again."""
        line = normalize(text)
        found: list[tuple[str, str]] = []
        for phrase, pattern, competency_id in self.gapped:
            if pattern.search(text) and all(competency_id != c for c, _ in found):
                found.append((competency_id, phrase))
        taken: list[str] = []
        for phrase, competency_id in self.by_name:
            if phrase in line and not any(phrase in longer for longer in taken):
                if phrase.strip() in self.activities and _only_as_plural_nouns(phrase.strip(), text):
                    continue  # "driving buses, coaches or other heavy vehicles": no coaching
                if " " not in phrase.strip() and _only_as_things(phrase.strip(), text, self.things):
                    continue  # "in a regulated firm or OISC-registered organisation": no organising
                taken.append(phrase)
                if all(competency_id != c for c, _ in found):
                    found.append((competency_id, phrase.strip()))
        return found


def _gap_pattern(phrase: str) -> re.Pattern[str]:
    """ "leading ... team" as a pattern: the words as written (case aside), one to GAP_WORDS words
    between them and no clause break ("Work with the team leading the market; our team" is not one).
    Next to each other they are an adjective and its noun ("an industry-leading team"), as is
    "leading edge"."""
    first, last = (re.escape(part.strip()).replace(r"\ ", r"\s+") for part in phrase.split(GAP, 1))
    gap_word = rf"(?!(?:{'|'.join(NOT_IN_THE_GAP)})(?![\w-]))[^\s,;:.()]+"  # ("in-house" is no "in")
    return re.compile(
        rf"(?<![\w-]){first}(?![\s-]+edge\b)(?:\s+{gap_word}){{1,{GAP_WORDS}}}?\s+{last}(?![\w-])",
        re.IGNORECASE,
    )


def _only_as_plural_nouns(stemmed: str, text: str) -> bool:
    """Is every word of ``text`` that has this stem a plural noun ("coaches", "mentors"), never the
    activity ("coaching", "coach", "mentored")?"""
    forms = [w for w in words(text) if stem(w) == stemmed]
    return bool(forms) and all(w.endswith("s") and not w.endswith("ss") for w in forms)


# "in a large organisation", "an OISC-registered organisation", "a charity or not-for-profit
# organisation": a thing, with its determiner or a hyphened word of standing before it
THING_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|that|our|your|their|any|each|every|one|whole)\s+(?:[\w'’-]+\s+){0,3}"
    r"|\w-(?:registered|regulated|based|led|funded|wide|owned|run|profit)\s+)$",
    re.IGNORECASE,
)


# "take the initiative", "shows initiative": the quality, whatever the article
QUALITY_BEFORE = re.compile(
    r"\b(?:take|takes|taking|took|show|shows|showing|use|uses|using)\s+(?:the\s+)?$", re.I
)


def _only_as_things(stemmed: str, text: str, things: frozenset[str]) -> bool:
    """Is every word of ``text`` with this stem a thing's name ("in a regulated organisation"),
    not the quality ("communication, organisation and prioritisation skills")?"""
    if not things:
        return False
    forms = [m for m in re.finditer(r"[\w'-]+", text) if stem(m.group().lower()) == stemmed]
    return bool(forms) and all(
        m.group().lower() in things
        # a plural ("quality improvement initiatives") is things whatever stands before it
        and (m.group().lower().endswith("s") or THING_BEFORE.search(text, 0, m.start()) is not None)
        and QUALITY_BEFORE.search(text, 0, m.start()) is None
        for m in forms
    )


@cache
def competency_book() -> CompetencyBook:
    data = check_keys(
        load_data(FILE), file=FILE, where="top level", required=["families"], optional=["things_not_skills"]
    )
    families = data["families"]
    if not isinstance(families, dict):
        raise DataError(FILE, "families", "expected a mapping of family -> list of competencies")
    competencies: dict[str, Competency] = {}
    names: list[tuple[str, str]] = []
    gapped: list[tuple[str, re.Pattern[str], str]] = []
    activities: set[str] = set()
    for family, entries in families.items():
        if not isinstance(entries, list):
            raise DataError(FILE, f"families.{family}", "expected a list of competencies")
        for index, entry in enumerate(entries):
            where = f"families.{family}[{entry.get('id', index) if isinstance(entry, dict) else index}]"
            entry = check_keys(
                entry,
                file=FILE,
                where=where,
                required=["id", "name", "names", "evidence"],
                optional=["claims", "suggestion", "signs"],
            )
            competency_id = str(entry["id"])
            if competency_id in competencies:
                raise DataError(FILE, where, f"duplicate id {competency_id!r}")

            def phrases(key: str, entry: dict = entry, where: str = where) -> tuple[str, ...]:
                return tuple(
                    dict.fromkeys(
                        normalize(p)
                        for p in string_list(entry.get(key), file=FILE, where=f"{where}.{key}")
                        if GAP not in p
                    )
                )

            evidence = phrases("evidence")
            competency = Competency(
                id=competency_id,
                name=str(entry["name"]),
                family=str(family),
                names=phrases("names"),
                claims=phrases("claims"),
                evidence=tuple(p for p in evidence if " + " not in p),
                together=tuple(
                    tuple(part.strip() for part in p.split(" + ") if part.strip())
                    for p in evidence
                    if " + " in p
                ),
                suggestion=str(entry.get("suggestion", "")),
                signs=phrases("signs"),
            )
            if not competency.names or not competency.evidence:
                raise DataError(FILE, where, "needs at least one name and one evidence phrase")
            competencies[competency_id] = competency
            names.extend((phrase, competency_id) for phrase in competency.names)
            gapped.extend(
                (n.strip(), _gap_pattern(n), competency_id)
                for n in string_list(entry["names"], file=FILE, where=f"{where}.names")
                if GAP in n
            )
            activities.update(
                normalize(n).strip()
                for n in string_list(entry["names"], file=FILE, where=f"{where}.names")
                if " " not in n.strip() and n.strip().endswith("ing")
            )
    names.sort(key=lambda item: -len(item[0]))
    things = data.get("things_not_skills")
    return CompetencyBook(
        competencies=competencies,
        by_name=tuple(names),
        activities=frozenset(activities),
        gapped=tuple(gapped),
        things=frozenset(w.lower() for w in string_list(things, file=FILE, where="things_not_skills")),
    )
