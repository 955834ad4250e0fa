"""Scoring: requirement verdicts -> a 0-100 score with the minimum requirements as gates.

The formula is documented in ``data/scoring.yaml`` and the README; every number here comes
from a :class:`ScoringConfig`.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobmatch.config import ScoringConfig
from jobmatch.match import MET, MISSING, PARTIAL, UNASSESSED, AreaFit, RequirementResult
from jobmatch.match.role import RoleFit
from jobmatch.models import MINIMUM, PREFERRED, Posting, Resume
from jobmatch.wording import for_people

SCHEMA_VERSION = "1.5"  # 1.1: the "facts" object (what was read from the résumé, and how);
# 1.2: each requirement's "gap" and "parts" (what each checker found); kinds credential, language, condition;
# 1.3: degree level "diploma" (a vocational or college qualification below a degree);
# 1.4: "role" (the posting's role against the candidate's jobs; null when it cannot be told);
#      part kind "region" (a region a line asks experience in: its countries and cities);
# 1.5: part kind "scale" (a size a line asks for: the team led, the money run); degree level
#      "secondary" (a school-leaving qualification: high school diploma, GCSEs, A-levels)


@dataclass(frozen=True)
class Tally:
    met: int
    partial: int
    missing: int
    unassessed: int
    total: int


@dataclass(frozen=True)
class MatchResult:
    score: int
    meets_minimum: bool
    minimum: Tally
    preferred: Tally
    results: tuple[RequirementResult, ...]
    best_areas: tuple[AreaFit, ...]
    posting: Posting
    resume: Resume
    role: RoleFit | None = None  # the posting's role against the candidate's jobs (match/role.py)

    @property
    def summary(self) -> str:
        """ "meets 5 of 7 minimum requirements (1 partly)" and the same for preferred."""
        text = f"meets {self.minimum.met} of {self.minimum.total} minimum requirements"
        extras = []
        if self.minimum.partial:
            extras.append(f"{self.minimum.partial} partly")
        if self.minimum.unassessed:
            extras.append(f"{self.minimum.unassessed} not assessed")
        if extras:
            text += f" ({', '.join(extras)})"
        if self.preferred.total:
            text += f"; {self.preferred.met} of {self.preferred.total} preferred"
        return text


def tally(results: list[RequirementResult]) -> Tally:
    verdicts = [r.verdict for r in results]
    return Tally(
        met=verdicts.count(MET),
        partial=verdicts.count(PARTIAL),
        missing=verdicts.count(MISSING),
        unassessed=verdicts.count(UNASSESSED),
        total=len(verdicts),
    )


def weighted_credit(
    results: list[RequirementResult], config: ScoringConfig, role: RoleFit | None = None
) -> float | None:
    """Weighted mean credit, or None when there is nothing to score.

    A requirement a résumé cannot show (a condition such as travel) is left out; one jobmatch
    could not check counts only if ``credit`` has an ``unassessed`` entry (by default it has none),
    so unchecked lines hand nobody free credit."""
    total_weight = credit = 0.0
    for result in results:
        if result.verdict == UNASSESSED and UNASSESSED not in config.credit:
            continue
        if result.requirement.condition and not result.requirement.condition_shown:
            continue  # a résumé cannot show it: not part of the score
        weight = max(
            config.kind_weights.get(kind, 0.5) for kind in result.requirement.kinds if kind != "condition"
        )
        total_weight += weight
        credit += weight * config.credit[result.verdict]
    lines = credit / total_weight if total_weight else None
    if role is None or not config.role_share:
        return lines
    # the posting's role: a fixed share of the minimum, whatever the number of lines beside it
    role_credit = config.credit[role.verdict]
    return role_credit if lines is None else (1 - config.role_share) * lines + config.role_share * role_credit


def score_results(
    results: list[RequirementResult],
    posting: Posting,
    resume: Resume,
    config: ScoringConfig,
    best_areas: list[AreaFit] | None = None,
    role: RoleFit | None = None,
) -> MatchResult:
    minimum = [r for r in results if r.requirement.bucket == MINIMUM]
    preferred = [r for r in results if r.requirement.bucket == PREFERRED]
    minimum_credit = weighted_credit(minimum, config, role)
    preferred_credit = weighted_credit(preferred, config)
    if minimum_credit is None and preferred_credit is None:
        raw = 0.0
    elif preferred_credit is None:
        raw = 100 * (minimum_credit or 0.0)
    elif minimum_credit is None:
        raw = 100 * preferred_credit
    else:
        raw = config.minimum_weight * minimum_credit + config.preferred_weight * preferred_credit
    missing_minimum = sum(r.verdict == MISSING for r in minimum)
    results = [for_people(result, resume) for result in results]  # names, not search keys or ids
    raw *= config.missing_minimum_factor**missing_minimum
    if role is not None and role.verdict == MISSING:
        raw *= config.role_missing_factor
    return MatchResult(
        score=int(round(max(0.0, min(100.0, raw)))),
        # "meets every minimum requirement" only when every one was checked and none is missing
        meets_minimum=missing_minimum == 0
        and bool(minimum)
        and not any(r.verdict == UNASSESSED for r in minimum),
        minimum=tally(minimum),
        preferred=tally(preferred),
        results=tuple(results),
        best_areas=tuple(best_areas or ()),
        posting=posting,
        resume=resume,
        role=role,
    )
