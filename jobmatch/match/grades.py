"""Grades of one credential ("IHRP Certified Associate" below "IHRP Certified Professional",
"OSHA 10-Hour" below "OSHA 30-Hour", Class B below Class A), from the ladders in
``data/credentials.yaml``: a lower grade held is partly the credential asked for, not all of it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from jobmatch.facts import credential_vocabulary
from jobmatch.match.lines import credential_state
from jobmatch.match.profile import Profile
from jobmatch.models import Evidence
from jobmatch.textnorm import normalize

BODY_JOINS = frozenset({"", "of", "of the", "with", "with the", "by", "by the"})  # a grade, then its body
SHORT_FORMS = {"certificate": r"cert(?:ificate)?\.?"}  # "Cert IV" for "Certificate IV"


@cache
def _grade_pattern(grade: str) -> re.Pattern[str]:
    """A grade as whole words, a hyphen or a space between its parts ("10-hour", "10 hour")."""
    parts = [SHORT_FORMS.get(part, re.escape(part)) for part in re.split(r"[\s-]+", grade)]
    return re.compile(r"(?<![\w-])" + r"[\s-]?".join(parts) + r"(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=4096)  # bounded: some callers pass résumé text
def grade_of(name: str) -> tuple[tuple[str, ...], str, re.Match[str]] | None:
    """The grade a credential's name states, with its ladder and where it stands: the longest one
    ("senior professional" before "professional"). Cached: every résumé asks it of the same names."""
    best: tuple[tuple[str, ...], str, re.Match[str]] | None = None
    for ladder in credential_vocabulary().grades:
        for grade in ladder:
            found = _grade_pattern(grade).search(name)
            if found and (best is None or len(found.group()) > len(best[2].group())):
                best = (ladder, grade, found)
    return best


def lower_grade_in(name: str, text: str) -> str | None:
    """The grade below the one ``name`` states that ``text`` names instead, if ``text`` does not
    name the asked grade itself ("associate" in "IHRP Certified Associate (IHRP-CA)" for "IHRP
    Certified Professional"). None when ``name`` states no grade."""
    graded = grade_of(name)
    if graded is None:
        return None
    ladder, grade, _ = graded
    higher = ladder[ladder.index(grade) :]
    if any(_stated(text, g, ladder) for g in higher):
        return None
    for lower in reversed(ladder[: ladder.index(grade)]):
        if _stated(text, lower, ladder):
            return lower
    return None


def _stated(text: str, grade: str, ladder: tuple[str, ...]) -> bool:
    """Is ``grade`` named in ``text`` on its own, not as part of a longer grade of the ladder
    ("professional" inside "senior professional")?"""
    longer = [g for g in ladder if g != grade and grade in g]
    for found in _grade_pattern(grade).finditer(text):
        if not any(
            m.start() <= found.start() and found.end() <= m.end()
            for g in longer
            for m in _grade_pattern(g).finditer(text)
        ):
            return True
    return False


def graded_name(line: str, name: str) -> str:
    """The name with the grade the requirement line puts right before it ("Level 3 Food Safety"
    for "Food Safety" in "Level 3 Food Safety in Catering"); the name itself otherwise."""
    if grade_of(name) is not None:
        return name
    at = line.lower().find(name.lower())
    if at < 0:
        return name
    written = line[at : at + len(name)]
    before = line[max(0, at - 24) : at]
    graded = grade_of(before)
    # "Corporate member of RISM", "Registered Nurse with AHPRA": a grade before the body's name
    if graded is not None and before[graded[2].end() :].strip().lower() in BODY_JOINS:
        return f"{graded[2].group()} {written}"
    # "AWS Certified Solutions Architect – Professional": the grade right after the name
    after = line[at + len(name) : at + len(name) + 24]
    graded = grade_of(after)
    if graded is not None and not after[: graded[2].start()].strip(" –—-:,("):
        return f"{written} {graded[2].group()}"
    return name


def other_grade_names(name: str, *, higher: bool) -> list[tuple[str, str]]:
    """The credential's name at each grade above (``higher``) or below it, nearest first."""
    graded = grade_of(name)
    if graded is None:
        return []
    ladder, grade, found = graded
    at = ladder.index(grade)
    grades = ladder[at + 1 :] if higher else reversed(ladder[:at])
    names: list[tuple[str, str]] = []
    for other in grades:
        written = other.title() if found.group()[:1].isupper() else other
        names.append((name[: found.start()] + written + name[found.end() :], other))
    return names


def other_grade_named(names: list[str], profile: Profile, *, higher: bool) -> tuple[Evidence, str] | None:
    """A held line naming one of ``names`` at a grade above (``higher``) or below its own."""
    for written in names:
        for other, grade in other_grade_names(written, higher=higher):
            key = normalize(other)
            if len(key.split()) < 2:
                continue
            for index in profile.find(key):
                if credential_state(profile.lines[index].text)[0] == "held":
                    return profile.lines[index], grade
    return None


def lower_grade_named(names: list[str], profile: Profile) -> tuple[Evidence, str] | None:
    """A line naming one of ``names`` at a lower grade of its ladder ("OSHA 10-Hour" for "OSHA
    30-Hour", "Class B CDL" for "Class A CDL"), held, with that grade."""
    return other_grade_named(names, profile, higher=False)


__all__ = [
    "grade_of",
    "graded_name",
    "lower_grade_in",
    "lower_grade_named",
    "other_grade_named",
    "other_grade_names",
]
