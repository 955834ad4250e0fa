"""Checker for a region a line asks experience in ("Previous experience in the GCC hospitality
market"): a résumé shows it by the places it names (a job in Dubai or Doha is GCC experience),
not by the region's name. A job line there meets it; a place named only elsewhere partly."""

from __future__ import annotations

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Requirement, Term
from jobmatch.regions import region_vocabulary


def check_region(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    region = region_vocabulary().regions.get(term.id)
    name = region.name if region else term.text
    hits = [i for i, line in enumerate(profile.lowered) if region and region.places.search(line)]
    named = term.text.lower()
    hits += [i for i, line in enumerate(profile.lowered) if named in line.split() and i not in hits]
    in_jobs = [i for i in hits if profile.lines[i].position is not None]
    best = in_jobs or hits
    if not best:
        return PartVerdict(
            kind="region",
            verdict=MISSING,
            reason=f"no place in {name} named in the résumé",
            missing=(term.id,),
            searched=(f"{term.text}: its countries and cities",),
            gap=term.text,
            suggestion=f"Name the city or country of each job, so that work in {name} shows.",
        )
    verdict = MET if in_jobs else PARTIAL
    line = profile.lines[best[0]]
    found = region.places.search(profile.lowered[best[0]]) if region else None
    place = (
        line.text[found.start() : found.end()]
        if found and len(line.text) == len(profile.lowered[best[0]])
        else term.text
    )
    return PartVerdict(
        kind="region",
        verdict=verdict,
        reason=f"{name}: “{place}” in a job" if in_jobs else f"{name}: “{place}” named, not in a job",
        evidence=(line,),
        matched=(term.id,),
        searched=(f"{term.text}: its countries and cities",),
        strength=1.0 if in_jobs else 0.5,
        gap="" if verdict == MET else f"a job in {name}",
        mentions=(place,),
    )
