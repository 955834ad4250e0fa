"""Checker for a credential (certification, licence, registration, card): found as a literal
term or taxonomy skill, and held - a credential booked, in progress, expected or lapsed meets a
requirement only in part, and the report says why."""

from __future__ import annotations

from dataclasses import replace

from jobmatch.cues import cue_set
from jobmatch.match.literal import check_term
from jobmatch.match.profile import Profile
from jobmatch.match.skill import check_skill
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Requirement, Term


def credential_state(text: str) -> tuple[str, str]:
    """(state, the cue) of a credential line: held, pending (booked, in progress ...) or lapsed."""
    pending = cue_set("credential_pending").search(text)
    if pending:
        return "pending", pending.group()
    lapsed = cue_set("credential_lapsed").search(text)
    if lapsed:
        return "lapsed", lapsed.group()
    return "held", ""


def check_credential(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    if term.id in profile.taxonomy.skills:
        found = check_skill(term, profile, replace(requirement, asks_experience=False))
    else:
        found = check_term(term, profile, replace(requirement, asks_experience=False))
    found = replace(found, kind="credential")
    if found.verdict == MISSING or not found.evidence:
        return replace(found, suggestion=f"If you hold {term.text}, list it under Certifications or Licences.")
    line = found.evidence[0]
    state, cue = credential_state(line.text)
    if state == "held":
        held = MET if found.verdict != PARTIAL or "hedge" not in found.reason else PARTIAL
        return replace(found, verdict=held, reason=f"{term.text} held: “{line.text[:80]}”", gap="")
    why = "not held yet" if state == "pending" else "no longer held"
    return replace(
        found,
        verdict=PARTIAL,
        reason=f"{term.text} {why} (“{cue}”: {line.text[:80]})",
        gap=f"{term.text} ({why})",
        suggestion=f"The posting asks for {term.text} held now; give the date it was or will be obtained.",
    )
