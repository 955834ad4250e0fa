"""Checker for a way of working asked as experience ("Experience of participating in an on-call
rota", "experience working rotating shifts"): unlike a willingness to work shifts, which no résumé
can show, a job line that states it ("Took part in the 24/7 on-call rotation") shows it, and its
absence is a gap like any other. The phrases are the ones a résumé uses to state the condition
(``stated_conditions`` in data/terms.yaml); the résumé's line must share the pattern's word with
the posting's line (an on-call rota is not shown by "available immediately")."""

from __future__ import annotations

import re

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, RequirementResult
from jobmatch.models import Evidence, Requirement
from jobmatch.terms import term_vocabulary

WORD = re.compile(r"[a-z][a-z-]{2,}")


def _stems(text: str) -> set[str]:
    return {word.removesuffix("s") for word in WORD.findall(text.lower())}


def _shown_by(requirement: Requirement, profile: Profile) -> Evidence | None:
    stated = term_vocabulary().stated.get(requirement.condition or "")
    if stated is None:
        return None
    asked = _stems(requirement.text)
    for line, lowered in zip(profile.lines, profile.lowered, strict=True):
        found = stated.search(lowered)
        if found is not None and _stems(found.group()) & asked:
            return line
    return None


def check_way_of_working(requirement: Requirement, profile: Profile) -> RequirementResult:
    condition = requirement.condition or ""
    evidence = _shown_by(requirement, profile)
    if evidence is not None:
        verdict, reason = MET, f"the résumé shows it was worked ({condition}: “{evidence.text[:80]}”)"
    else:
        verdict, reason = MISSING, f"no job line shows it was worked ({condition})"
    return RequirementResult(
        requirement=requirement,
        verdict=verdict,
        confidence=1.0,
        reason=reason,
        evidence=(evidence,) if evidence is not None else (),
        matched=(condition,) if verdict == MET else (),
        missing=(condition,) if verdict == MISSING else (),
        searched_for=(condition,),
        suggestion="" if verdict == MET else "name the rota, shifts or roster worked in the job that had it",
        gap="" if verdict == MET else f"experience of the way of working asked ({condition})",
    )
