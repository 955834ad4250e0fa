"""Builds a posting from requirement lines and a résumé from text, and returns what the matcher
found for each line: the shared helper of the checker tests (one test module per checker)."""

from __future__ import annotations

import datetime as dt

from jobmatch.api import score
from jobmatch.extract import extract_posting
from jobmatch.match import RequirementResult
from jobmatch.resume import extract_resume

AS_OF = dt.date(2026, 11, 1)


def results(requirements: str, resume: str, *, preamble: str = "") -> list[RequirementResult]:
    """One result per line of ``requirements`` (each becomes a bullet under "Requirements");
    ``preamble`` goes before that heading (the posting's areas or teams, say)."""
    bullets = "\n".join(f"- {line}" for line in requirements.split("\n"))
    posting = extract_posting(
        f"{preamble}\nRequirements\n{bullets}" if preamble else f"Requirements\n{bullets}"
    )
    profile = extract_resume(resume, as_of=AS_OF)
    return list(score(posting, profile).results)


def verdicts(requirements: str, resume: str, *, preamble: str = "") -> list[tuple[str, str]]:
    """(verdict, reason) per requirement line."""
    return [(r.verdict, r.reason) for r in results(requirements, resume, preamble=preamble)]


def verdict(requirement: str, resume: str) -> tuple[str, str]:
    """(verdict, reason) of a single requirement line."""
    [found] = verdicts(requirement, resume)
    return found


def part_kinds(result: RequirementResult) -> list[tuple[str, str]]:
    """(kind, verdict) of each part a checker judged, in the line's order."""
    return [(part.kind, part.verdict) for part in result.parts]
