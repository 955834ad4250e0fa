"""Checker for a group of terms: ``need`` of them shown (any one, N of them, or the one term).

Each term goes to the checker of its kind (:data:`TERM_CHECKERS`: a new kind of term is a new
entry there). A group that only gives examples ("a CI tool such as Jenkins") is partly met by
another skill of the same kind."""

from __future__ import annotations

from collections.abc import Callable

from jobmatch.match.competency import check_competency
from jobmatch.match.concept import check_concept
from jobmatch.match.credential import check_credential
from jobmatch.match.language import check_language
from jobmatch.match.literal import check_term
from jobmatch.match.profile import Profile
from jobmatch.match.region import check_region
from jobmatch.match.skill import check_skill
from jobmatch.match.verdicts import CREDIT, MET, MISSING, PARTIAL, PartVerdict, verdict_of
from jobmatch.models import Requirement, Term, TermGroup

TermChecker = Callable[[Term, Profile, Requirement], PartVerdict]
TERM_CHECKERS: dict[str, TermChecker] = {
    "skill": check_skill,
    "term": check_term,
    "language": check_language,
    "credential": check_credential,
    "competency": check_competency,
    "concept": check_concept,
    "region": check_region,
}


def check_group(group: TermGroup, profile: Profile, requirement: Requirement) -> PartVerdict:
    found = [TERM_CHECKERS[term.kind](term, profile, requirement) for term in group.terms]
    if len(found) == 1 and not group.examples:
        return found[0]
    ranked = sorted(found, key=lambda p: (-p.credit, -p.strength))
    met = sum(p.verdict == MET for p in found)
    partly = sum(p.verdict == PARTIAL for p in found)
    need = min(group.need, len(found))
    verdict = verdict_of(met, partly, need)
    names = ", ".join(t.text for t in group.terms)
    label = f"any of {names}" if need == 1 else f"{need} of {names}"
    shown = [p for p in ranked if p.verdict != MISSING][: max(need, 1)]
    if verdict == MISSING and group.examples:
        alternative = same_kind(group, profile)
        if alternative is not None:
            return alternative
    if verdict == MISSING:
        # what was found short of the term ("PE not held yet (scheduled)", "GD&T: a course") says why
        near = [p.reason for p in ranked if p.evidence]
        reason = f"none of {names}" + (f" ({'; '.join(near[:2])})" if near else "")
    elif need == 1:
        reason = shown[0].reason
    else:
        reason = f"{met} of the {need} asked ({label}): " + "; ".join(p.reason for p in shown)
    return PartVerdict(
        kind="group",
        verdict=verdict,
        reason=reason,
        evidence=tuple(dict.fromkeys(e for p in shown for e in p.evidence))[:2],
        matched=tuple(m for p in shown for m in p.matched),
        missing=tuple(t.id for t in group.terms) if verdict == MISSING else (),
        searched=(label,),
        suggestion="" if verdict == MET else (ranked[0].suggestion or f"Show one of {names} in a job line."),
        strength=max((p.strength for p in shown), default=0.0),
        gap="" if verdict == MET else (label if verdict == MISSING else f"{need - met} more of {names}"),
        mentions=tuple(m for p in shown for m in p.mentions),
    )


def same_kind(group: TermGroup, profile: Profile) -> PartVerdict | None:
    """ "A language like Go, Java etc" names examples: another skill of their category (Python for
    languages) that the résumé shows in a job partly meets it, said as such."""
    categories = {
        profile.taxonomy.skills[t.id].category
        for t in group.terms
        if t.kind == "skill" and t.id in profile.taxonomy.skills
    }
    if len(categories) != 1 or not categories <= set(profile.config.same_kind_categories):
        return None
    category = categories.pop()
    others = sorted(
        (
            (-max(e.strength for e in items), skill_id)
            for skill_id, items in profile.skills.items()
            if skill_id in profile.taxonomy.skills
            and profile.taxonomy.skills[skill_id].category == category
            and any(profile.used(e.evidence) for e in items)
        ),
    )
    if not others:
        return None
    names = ", ".join(profile.name(s) for _, s in others[:3])
    best = profile.skills[others[0][1]][0]
    examples = ", ".join(t.text for t in group.terms)
    return PartVerdict(
        kind="group",
        verdict=PARTIAL,
        reason=f"none of {examples}, but {names} ({category}, the same kind; the posting lists examples)",
        evidence=(best.evidence,),
        matched=(others[0][1],),
        searched=(f"any of {examples} or the same kind",),
        strength=0.5,
        gap=f"one of {examples}",
        mentions=(best.mention,),
        suggestion=f"If you know any of {examples}, show it in a job or project line.",
    )


__all__ = ["CREDIT", "TERM_CHECKERS", "check_group", "same_kind"]
