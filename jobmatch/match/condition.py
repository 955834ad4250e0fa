"""Checker for a line a résumé need not show (travel, driving, background checks, work rights).

Such a line is left out of the score either way: a résumé that says nothing about a driving
licence is not the worse for it. But many résumés do say it ("Full clean UK driving licence and
own car", "Enhanced DBS, on the Update Service", "Working with Children Check (NSW)"), and a reader
wants to see that: then the line is met, quoting that line. Otherwise it is not assessed.
"""

from __future__ import annotations

import re

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, UNASSESSED, RequirementResult
from jobmatch.models import Evidence, Requirement
from jobmatch.terms import term_vocabulary

LEFT_OUT = "left out of the score"


HEADER_SECTIONS = frozenset({"preamble", "contact"})  # where a résumé says where its author lives
PLACE = re.compile(r"\b(?:in|within|near|around|to|from)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")
# ("Location:" is left out: a job's own header says where the employer is)
ADDRESS = re.compile(r"\b(?:address|home address|based in|lives in|residing in|resident of)\b", re.IGNORECASE)


def _place_stated(requirement: Requirement, profile: Profile) -> Evidence | None:
    """ "Must reside in Lagos": where the résumé says its author lives (the contact block's place,
    a line before its first section or an address line), when that names the place; an
    employer's city in a job line is not where the candidate lives."""
    places = [m.group(1) for m in PLACE.finditer(requirement.text)]
    if not places:
        return None

    def names_it(text: str) -> bool:
        return any(re.search(rf"\b{re.escape(place)}\b", text) for place in places)

    location = profile.resume.contact.location
    if location and names_it(location):
        return Evidence(text=location, section="contact", line=0)
    for line in profile.lines:
        if (line.section in HEADER_SECTIONS or ADDRESS.search(line.text)) and names_it(line.text):
            return line
    return None


def check_condition(requirement: Requirement, profile: Profile) -> RequirementResult:
    condition = requirement.condition or ""
    stated = term_vocabulary().stated.get(condition)
    found = None
    if stated is not None:
        found = next((i for i, line in enumerate(profile.lowered) if stated.search(line)), None)
    evidence = profile.lines[found] if found is not None else None
    if evidence is None and condition == "location":
        evidence = _place_stated(requirement, profile)
    if evidence is None:
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
        evidence=(evidence,),
        matched=(condition,),
        missing=(),
        searched_for=(condition,),
        suggestion="",
        gap="",
    )
