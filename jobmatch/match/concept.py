"""Checker for a taxonomy concept ("large-scale distributed systems", "production operations"):
met by its own phrase or by enough indirect evidence (sharding, replication, Kafka at scale)."""

from __future__ import annotations

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Evidence, Requirement, Term


def _fold(mention: str) -> str:
    """One key for "customer" and "customers", "Mentored" and "mentored"."""
    key = mention.lower().replace("-", " ")
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def check_concept(term: Term, profile: Profile, requirement: Requirement | None = None) -> PartVerdict:
    key = ("concept", term.id)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    concept = profile.taxonomy.concepts[term.id]
    signals: dict[str, tuple[float, Evidence, str]] = {}
    for item in profile.concepts.get(term.id, []):
        weight = (1.0 if item.named else 0.5) * item.strength
        folded = _fold(item.mention)
        if folded not in signals or signals[folded][0] < weight:
            signals[folded] = (weight, item.evidence, item.mention)
    for skill_id in concept.evidence_skills:
        if skill_id in profile.skills:
            best = profile.skills[skill_id][0]
            folded = _fold(best.mention)
            if folded not in signals or signals[folded][0] < 0.5 * best.strength:
                signals[folded] = (0.5 * best.strength, best.evidence, best.mention)
    total = sum(weight for weight, _, _ in signals.values())
    ranked = sorted(signals.values(), key=lambda s: -s[0])
    config = profile.config
    verdict = MET if total >= config.concept_met else PARTIAL if total >= config.concept_partial else MISSING
    examples = ", ".join(f"“{mention}”" for _, _, mention in ranked[:3])
    evidence = tuple(dict.fromkeys(line for _, line, _ in ranked))[:2]
    result = PartVerdict(
        kind="concept",
        verdict=verdict,
        reason=f"{concept.name}: {examples}" if ranked else f"no evidence of {concept.name.lower()}",
        evidence=evidence,
        matched=(term.id,) if verdict != MISSING else (),
        missing=(term.id,) if verdict == MISSING else (),
        searched=(concept.name + " (e.g. " + ", ".join((concept.phrases + concept.evidence)[:4]) + ")",),
        suggestion="" if verdict == MET else concept.suggestion,
        strength=min(1.0, total / 2),
        gap="" if verdict == MET else concept.name.lower(),
        mentions=tuple(mention for _, _, mention in ranked[:5]),
    )
    profile.cache[key] = result
    return result
