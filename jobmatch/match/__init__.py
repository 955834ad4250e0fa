"""Matching: each requirement against a résumé -> met / partly met / missing, with evidence.

A requirement is made of parts (groups of terms, years, a degree, the posting's areas); each
part goes to a small checker, a pure function of the part and the résumé :class:`Profile`
(``skill``, ``literal``, ``group``, ``language``, ``credential``, ``competency``, ``concept``,
``years``, ``degree``, ``area``, ``recency``; a line a résumé need not show goes to ``condition``), and
:func:`combine` turns the parts' verdicts into the line's.
No spaCy here.
"""

from __future__ import annotations

from dataclasses import replace

from jobmatch.config import ScoringConfig
from jobmatch.match.area import area_fits, check_areas
from jobmatch.match.combine import combine
from jobmatch.match.condition import check_condition
from jobmatch.match.degree import check_degree, chosen_alternative
from jobmatch.match.group import check_group
from jobmatch.match.profile import Profile
from jobmatch.match.recency import in_window_clause, within_window
from jobmatch.match.role import RoleFit, check_role
from jobmatch.match.scale import check_scale
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
from jobmatch.match.way_of_working import check_way_of_working
from jobmatch.match.years import check_years
from jobmatch.models import Posting, Requirement, Resume, TermGroup, YearsRange
from jobmatch.taxonomy import Taxonomy
from jobmatch.textnorm import normalize

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
    "RoleFit",
    "match_requirement",
    "match_requirements",
]


def match_requirement(requirement: Requirement, profile: Profile) -> RequirementResult:
    """One requirement: every part to its checker, then the parts combined."""
    if requirement.condition_shown:
        return check_way_of_working(requirement, profile)  # "experience of an on-call rota"
    if requirement.condition:
        return check_condition(requirement, profile)  # not part of the score, met or not
    degree, years = requirement.degree, requirement.years
    if degree is not None and degree.alternatives:
        degree, years = chosen_alternative(degree, years, profile)
    years_part = check_years(years, profile) if years is not None else None
    main, details, covered = [], [], []
    for group in requirement.groups:
        if years is None and requirement.years is not None and in_years_scope(group, requirement.years):
            continue  # "a diploma plus 2 years of SOC work, or a bachelor's": SOC is the other route's
        part = check_group(group, profile, requirement)
        dated_out = False
        if requirement.recent is not None and in_window_clause(group, requirement.recent):
            windowed = within_window(part, requirement.recent.months, profile)  # dated before: partly
            dated_out, part = windowed is not part, windowed
        if (
            years_part is not None
            and years_part.verdict != UNASSESSED
            and in_years_scope(group, years)
            and not dated_out  # "2 years of Python within the last 5 years": the old Python decides
        ):
            covered.append(part)  # "4+ years of accounting": the years judge the accounting
        else:
            (details if group.detail else main).append(part)
    if years_part is not None:
        main.append(years_part)
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
        if degree.or_named:
            main = either_degree_or_named(main, part, requirement)
        else:
            main.append(part)
    if requirement.scale is not None:
        main.append(check_scale(requirement.scale, profile))
    fits: tuple[AreaFit, ...] = ()
    if requirement.refers_to_areas and profile.posting.areas:
        main.append(check_areas(profile.posting.areas, profile))
        fits = tuple(area_fits(profile.posting.areas, profile)[:3])
    return combine(requirement, main, details, fits, profile.config.gist_met, covered)


def either_degree_or_named(
    main: list[PartVerdict], degree: PartVerdict, requirement: Requirement
) -> list[PartVerdict]:
    """ "An apprenticeship or an associate degree": the degree and the things the line names
    before it are two ways to meet it; the better of the two decides, the other is reported."""
    named = [p for p in main if p.kind != "years"]
    rest = [p for p in main if p.kind == "years"]
    if not named:
        return [*main, degree]
    named_credit = min(p.credit for p in named)
    if degree.credit > named_credit:
        others = "; ".join(p.reason for p in named if p.reason)
        return [
            *rest,
            replace(degree, reason=f"{degree.reason}; the line takes it in place of the rest ({others})"),
        ]
    return [
        *named[:-1],
        replace(named[-1], reason=f"{named[-1].reason}; or a degree: {degree.reason}"),
        *rest,
    ]


def in_years_scope(group: TermGroup, years: YearsRange | None) -> bool:
    """Is every term of ``group`` what the line's years are of ("5+ years of Python": Python)?
    Then the years, counted over the jobs that use it, are the check, not a mention of it."""
    if years is None or not (years.skills or years.concepts or years.terms):
        return False
    scope = {*years.skills, *years.concepts}
    keys = {k.strip() for k in years.terms}
    return all(t.id in scope or normalize(t.text).strip() in keys for t in group.terms)


def match_requirements(
    posting: Posting, resume: Resume, taxonomy: Taxonomy, config: ScoringConfig
) -> tuple[list[RequirementResult], list[AreaFit], RoleFit | None]:
    """Every requirement's result, the résumé's fit with each area the posting lists, and the
    candidate's jobs against the posting's role (None when it cannot be told)."""
    profile = Profile(resume, taxonomy, config, posting)
    results = [match_requirement(requirement, profile) for requirement in posting.requirements]
    areas = [fit for fit in area_fits(posting.areas, profile) if fit.score > 0]
    return results, areas, check_role(posting.title, profile)
