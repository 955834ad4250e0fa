"""An age asked for ("At least 21 years of age", "18 or over"): shown by a date of birth, or by
the least age the résumé's own dates imply (a school finished, a degree completed, a first job).
Never guessed the other way: dates that do not prove the age leave the line not assessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobmatch.match.profile import Profile
from jobmatch.models import Evidence, Requirement
from jobmatch.resources import DataError, check_keys, load_data, string_list

FILE = "terms.yaml"
ASKED = re.compile(
    r"\b(?:at least|minimum(?: age)?(?: of)?|aged?(?: of)?|over|above)\s+(\d{2})\b"
    r"|\b(\d{2})\s*(?:\+|years? (?:old|of age)|or (?:over|older|above))",
    re.IGNORECASE,
)
# "Be below 32 years of age", "not older than 35", "maximum age 40": an upper limit
AGE_LIMIT = re.compile(
    r"\b(?:below|under|younger than|less than|not older than|not over|not more than|not exceeding|"
    r"maximum(?: age)?(?: of)?|max\.?(?: age)?(?: of)?|up to)\s+(?:the age of\s+)?(\d{2})\b",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(19[3-9]\d|20[0-2]\d)\b")


@dataclass(frozen=True)
class LeastAge:
    born: re.Pattern[str]
    at_school_end: int
    at_bachelor: int
    at_first_job: int


@cache
def least_age_rules() -> LeastAge:
    entry = check_keys(
        load_data(FILE).get("least_age"),
        file=FILE,
        where="least_age",
        required=["born", "secondary", "bachelor", "job"],
    )
    words = string_list(entry["born"], file=FILE, where="least_age.born")
    ages = {}
    for key in ("secondary", "bachelor", "job"):
        if not isinstance(entry[key], int):
            raise DataError(FILE, f"least_age.{key}", "expected a whole number of years")
        ages[key] = entry[key]
    born = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    return LeastAge(born, ages["secondary"], ages["bachelor"], ages["job"])


def age_limit(text: str) -> int | None:
    """The age a candidate must be under ("below 32 years of age"), if the line sets one."""
    found = AGE_LIMIT.search(text)
    return int(found.group(1)) if found else None


def asked_age(text: str) -> int | None:
    if AGE_LIMIT.search(text):
        return None  # "below 32 years of age" asks the most, not the least
    found = ASKED.search(text)
    if found is None:
        return None
    return int(found.group(1) or found.group(2))


@dataclass(frozen=True)
class AgeShown:
    least: int  # the candidate is at least this old
    exact: bool  # from a date of birth
    evidence: Evidence
    how: str


def age_shown(profile: Profile) -> AgeShown | None:
    """The best lower bound the résumé gives of its author's age, with the line that gives it."""
    rules = least_age_rules()
    this_year = profile.as_of.year
    for index, line in enumerate(profile.lines):
        label = rules.born.search(line.text)
        year = YEAR.search(line.text, label.end()) if label else None
        if label is not None and year is None and not line.text[label.end() :].strip(" :-\t"):
            # "Date of birth" in one table cell, "14.06.1996" in the next: the label's value
            following = profile.lines[index + 1] if index + 1 < len(profile.lines) else None
            value = (
                YEAR.search(following.text) if following is not None and len(following.text) <= 30 else None
            )
            if value is not None:
                return AgeShown(this_year - int(value.group(1)) - 1, True, following, "born")
        if year is not None:
            return AgeShown(this_year - int(year.group(1)) - 1, True, line, "born")
    found: list[tuple[int, int, str]] = []  # (least age, line number, how)
    for entry in profile.resume.education:
        if entry.status != "completed" or entry.year is None or entry.year > this_year:
            continue
        at = rules.at_bachelor if entry.level in ("bachelor", "master", "phd") else None
        if entry.level is None or entry.level == "secondary":
            at = rules.at_school_end if entry.level == "secondary" else None
        if at is not None:
            found.append((at + this_year - entry.year, entry.line, f"completed {entry.year}"))
    for position in profile.resume.positions:
        if position.kind == "job" and position.start[:4].isdigit():
            started = int(position.start[:4])
            found.append(
                (rules.at_first_job + this_year - started, position.line, f"working since {started}")
            )
    if not found:
        return None
    least, number, how = max(found)
    line = next((ln for ln in profile.lines if ln.line == number), None)
    return AgeShown(least, False, line, how) if line is not None else None


def check_age(requirement: Requirement, profile: Profile) -> tuple[bool, Evidence, str] | None:
    """(met, evidence, reason) when the résumé settles the age asked for; None when it does not."""
    limit = age_limit(requirement.text)
    if limit is not None:
        return _under_limit(limit, profile)
    asked = asked_age(requirement.text)
    shown = age_shown(profile) if asked is not None else None
    if asked is None or shown is None:
        return None
    if shown.least >= asked:
        return True, shown.evidence, f"at least {asked} years old asked; the résumé shows it ({_how(shown)})"
    if shown.exact and shown.least + 1 < asked:
        return False, shown.evidence, f"at least {asked} years old asked; the date of birth says younger"
    return None


def _under_limit(limit: int, profile: Profile) -> tuple[bool, Evidence, str] | None:
    """Under ``limit``: only a date of birth shows it; any dates show a candidate past it."""
    shown = age_shown(profile)
    if shown is None:
        return None
    if shown.least >= limit:
        return False, shown.evidence, f"under {limit} asked; the résumé shows older ({_how(shown)})"
    if shown.exact and shown.least + 1 < limit:
        return True, shown.evidence, f"under {limit} asked; the date of birth shows it"
    return None


def _how(shown: AgeShown) -> str:
    return "date of birth" if shown.exact else f"{shown.how}: at least {shown.least}"
