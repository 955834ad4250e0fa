"""Checker for "a passion for one of the areas above": how well the résumé fits each area the
posting lists, by the systems and concepts each names."""

from __future__ import annotations

import math
from collections import defaultdict

from jobmatch.match.concept import check_concept
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, AreaFit, PartVerdict
from jobmatch.models import Area, Evidence, Term

AREA_CONCEPT_CREDIT = {MET: 1.0, PARTIAL: 0.25}


def area_fits(areas: tuple[Area, ...], profile: Profile) -> list[AreaFit]:
    """Each thing an area names counts by how distinctive it is (1 / the number of areas naming
    it); the fit is the weighted evidence over the square root of the area's total weight, so a
    short, fully matched area is not outranked by a long list matched in part."""
    key = ("areas", areas)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    naming: dict[str, int] = defaultdict(int)
    for area in areas:
        for item in set(area.skills) | set(area.concepts):
            naming[item] += 1
    fits = []
    for area in areas:
        matched: list[str] = []
        evidence: list[Evidence] = []
        found = total = 0.0
        for skill_id in area.skills:
            weight = 1 / naming[skill_id]
            total += weight
            direct = profile.skills.get(skill_id)
            if direct:
                found += weight * min(1.0, direct[0].strength)
                matched.append(profile.name(skill_id))
                evidence.append(direct[0].evidence)
        for concept_id in area.concepts:
            weight = 1 / naming[concept_id]
            total += weight
            part = check_concept(Term(kind="concept", id=concept_id, text=concept_id), profile)
            if part.verdict != MISSING:
                found += weight * AREA_CONCEPT_CREDIT[part.verdict]
                matched.append(profile.name(concept_id))
                evidence.extend(part.evidence[:1])
        score = found / math.sqrt(total) if total else 0.0
        fits.append(
            AreaFit(
                name=area.name,
                score=round(score, 2),
                matched=tuple(matched),
                evidence=tuple(dict.fromkeys(evidence))[:3],
            )
        )
    ranked = sorted(fits, key=lambda f: -f.score)
    profile.cache[key] = ranked
    return ranked


def check_areas(areas: tuple[Area, ...], profile: Profile) -> PartVerdict:
    fits = area_fits(areas, profile)
    names = ", ".join(a.name for a in areas)
    best = fits[0] if fits else None
    if best is None:
        return PartVerdict(kind="area", verdict=MISSING, reason="the posting lists no areas")
    verdict = MET if best.score >= 0.8 else PARTIAL if best.score >= 0.4 else MISSING
    return PartVerdict(
        kind="area",
        verdict=verdict,
        reason=f"best fit {best.name} ({', '.join(best.matched[:4])})"
        if best.score
        else "no overlap with any of the posting's areas",
        evidence=best.evidence[:2],
        matched=(best.name,) if best.score else (),
        searched=(f"one of the areas: {names}",),
        strength=min(1.0, best.score),
        gap="" if verdict == MET else "one of the posting's areas",
        suggestion="" if verdict == MET else f"Describe work related to one of: {names}.",
    )
