"""Checker for a line a résumé need not show (travel, driving, background checks, work rights).

Such a line is left out of the score either way: a résumé that says nothing about a driving
licence is not the worse for it. But many résumés do say it ("Full clean UK driving licence and
own car", "Enhanced DBS, on the Update Service", "Working with Children Check (NSW)"), and a reader
wants to see that: then the line is met, quoting that line. Otherwise it is not assessed.
"""

from __future__ import annotations

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, UNASSESSED, RequirementResult
from jobmatch.models import Requirement
from jobmatch.terms import term_vocabulary

LEFT_OUT = "left out of the score"


def check_condition(requirement: Requirement, profile: Profile) -> RequirementResult:
    condition = requirement.condition or ""
    stated = term_vocabulary().stated.get(condition)
    found = None
    if stated is not None:
        found = next((i for i, line in enumerate(profile.lowered) if stated.search(line)), None)
    if found is None:
        return RequirementResult(
            requirement=requirement,
            verdict=UNASSESSED,
            confidence=1.0,
            reason=f"a résumé does not show this ({condition}); {LEFT_OUT}",
            evidence=(),
            matched=(),
            missing=(),
            searched_for=(),
            suggestion="",
            gap="",
        )
    return RequirementResult(
        requirement=requirement,
        verdict=MET,
        confidence=1.0,
        reason=f"the résumé states it ({condition}); {LEFT_OUT}",
        evidence=(profile.lines[found],),
        matched=(condition,),
        missing=(),
        searched_for=(condition,),
        suggestion="",
        gap="",
    )
