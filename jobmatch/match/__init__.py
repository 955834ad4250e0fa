"""Matching: each requirement against a résumé -> met / partly met / missing, with evidence.

A requirement is made of parts (groups of terms, years, a degree, the posting's areas); each
part goes to a small checker, a pure function of the part and the résumé :class:`Profile`
(``skill``, ``literal``, ``group``, ``language``, ``credential``, ``competency``, ``concept``,
``years``, ``degree``, ``area``), and :func:`combine` turns the parts' verdicts into the line's.
No spaCy here.
"""

from __future__ import annotations

from dataclasses import replace

from jobmatch.config import ScoringConfig
from jobmatch.match.area import area_fits, check_areas
from jobmatch.match.combine import combine
from jobmatch.match.degree import check_degree, chosen_alternative
from jobmatch.match.group import check_group
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import (
    CREDIT,
    MET,
    MISSING,
    PARTIAL,
    SCORE_OF,
    UNASSESSED,
    AreaFit,
    PartVerdict,
    RequirementResult,
)
from jobmatch.match.years import check_years
from jobmatch.models import Posting, Requirement, Resume
from jobmatch.taxonomy import Taxonomy

__all__ = [
    "CREDIT",
    "MET",
    "MISSING",
    "PARTIAL",
    "SCORE_OF",
    "UNASSESSED",
    "AreaFit",
    "PartVerdict",
    "Profile",
    "RequirementResult",
    "match_requirement",
    "match_requirements",
]


def match_requirement(requirement: Requirement, profile: Profile) -> RequirementResult:
    """One requirement: every part to its checker, then the parts combined."""
    main = [check_group(g, profile, requirement) for g in requirement.groups if not g.detail]
    details = [check_group(g, profile, requirement) for g in requirement.groups if g.detail]
    degree, years = requirement.degree, requirement.years
    if degree is not None and degree.alternatives:
        degree, years = chosen_alternative(degree, years, profile)
    if years is not None:
        main.append(check_years(years, profile))
    main.extend(check_years(extra, profile) for extra in requirement.sub_years)
    if degree is not None:
        part = check_degree(degree, profile)
        if requirement.degree is not None and requirement.degree.alternatives:
            offered = ", or ".join(
                f"{level} + {need:g} years" if need else level
                for level, need in requirement.degree.alternatives
            )
            checked = f"{degree.level}" + (f" + {years.min:g} years" if years else "")
            part = replace(
                part,
                reason=f"{part.reason}; the line offers {offered}: checked as {checked}",
                searched=(f"one of: {offered}",),
            )
        main.append(part)
    fits: tuple[AreaFit, ...] = ()
    if requirement.refers_to_areas and profile.posting.areas:
        main.append(check_areas(profile.posting.areas, profile))
        fits = tuple(area_fits(profile.posting.areas, profile)[:3])
    return combine(requirement, main, details, fits, profile.config.gist_met)


def match_requirements(
    posting: Posting, resume: Resume, taxonomy: Taxonomy, config: ScoringConfig
) -> tuple[list[RequirementResult], list[AreaFit]]:
    """Every requirement's result, and the résumé's fit with each area the posting lists."""
    profile = Profile(resume, taxonomy, config, posting)
    results = [match_requirement(requirement, profile) for requirement in posting.requirements]
    return results, [fit for fit in area_fits(posting.areas, profile) if fit.score > 0]
