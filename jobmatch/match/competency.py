"""Checker for a competency (soft skill): met when a job or project line describes work that
needed it, partly when it is only claimed (or shown outside jobs), missing when absent."""

from __future__ import annotations

import re
from functools import cache

from jobmatch.competencies import Competency, competency_book
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Requirement, Term
from jobmatch.terms import term_vocabulary
from jobmatch.textnorm import normalize

OWN_WORDS_NEEDED = 2  # distinct words of the requirement's own that a job line must share
# where a soft-skill line starts saying what the skill is for: "..., including nurse clinics",
# "...: you will explain repairs to homeowners", "(e.g. ...)", "a clear communicator who can
# brief subcontractors"
DESCRIBES = re.compile(r"[:(—–]|\b(?:including|such as|e\.g\.|for example|like|who)\b", re.IGNORECASE)


def _doing_what_the_line_says(
    requirement: Requirement, competency: Competency, profile: Profile
) -> list[tuple[int, str]]:
    """Job lines doing what the requirement describes the competency is for ("communication
    skills, including nurse clinics and discharge appointments": "Run nurse clinics ... and
    discharge appointments with owners"): at least two of its own words, beside the competency's
    (a hyphenated word, "full-cycle", is one)."""
    key = ("competency own words", requirement.text, competency.id)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    cue = DESCRIBES.search(requirement.text)
    own = _own_words(requirement.text[cue.end() :], competency) if cue else ()
    found: list[tuple[int, str]] = []
    if len(own) >= OWN_WORDS_NEEDED:
        for index, line in enumerate(profile.lines):
            if not profile.in_a_job(line):
                continue
            stems = set(profile.normal(index).split())
            shared = [word for word, parts in own if parts <= stems]
            if len(shared) >= OWN_WORDS_NEEDED:
                found.append((index, " ".join(shared)))
    profile.cache[key] = found
    return found


@cache
def _own_words(text: str, competency: Competency) -> tuple[tuple[str, frozenset[str]], ...]:
    """The requirement's content words, each with its stems, that are not the competency's own
    names nor everyday words."""
    ignored = {w for phrase in (*competency.names, *competency.claims) for w in phrase.split()}
    vocabulary = term_vocabulary()
    ignored |= set(normalize(" ".join([*vocabulary.stop_words, *vocabulary.generic])).split())
    own: dict[str, frozenset[str]] = {}
    for word in text.split():
        written = word.strip(",.;:()[]\"'").lower()
        parts = frozenset(s for s in normalize(written).split() if len(s) >= 4 and not s.isdigit())
        if parts and not parts <= ignored:
            own.setdefault(written, parts - ignored)
    return tuple(own.items())


def check_competency(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    competency = competency_book().competencies.get(term.id)
    if competency is None:
        return PartVerdict(kind="competency", verdict=MISSING, reason=f"unknown competency {term.id}")
    key = ("competency", competency.id)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    used: list[tuple[int, str]] = []
    other: list[tuple[int, str]] = []
    # a summary's self-portrait ("Organized, deadline-driven, managing multiple priorities") is
    # a sign, not work shown: only lines under a job or a project show a competency
    for phrase in competency.evidence:
        for index in profile.find(phrase):
            (used if profile.in_a_job(profile.lines[index]) else other).append((index, phrase.strip()))
    for stems in competency.together:
        for index in profile.find_words(stems, window=8):
            (used if profile.in_a_job(profile.lines[index]) else other).append((index, " + ".join(stems)))
    claims: list[tuple[int, str]] = []
    for phrase in (*competency.claims, *competency.names, *competency.signs):
        claims.extend((index, phrase.strip()) for index in profile.find(phrase))
    doing = _doing_what_the_line_says(requirement, competency, profile)
    used.sort(key=lambda item: item[0])
    # Two lines describing such work, or one naming two signs of it, make it shown; so does a job
    # line doing what the requirement itself describes, beside any other sign, and one job line
    # whose sign is a phrase or two words together ("negotiated + contract", "patient education",
    # "talk + through"): a phrase says what the work was, where one word ("present", "control")
    # may be about anything. One word, a claim or a common word is only a sign.
    distinct_lines = {index for index, _ in used}
    plain = {phrase for _, phrase in used if " + " not in phrase}
    specific = any(" " in phrase for _, phrase in used)
    if doing:
        used = [*doing, *used]
    if (
        len(distinct_lines) >= 2
        or len(plain) >= 2
        or specific
        or (doing and (distinct_lines or other or claims))
    ):
        verdict = MET
    elif used or other or claims:
        verdict = PARTIAL
    else:
        verdict = MISSING
    best = used or other or claims
    evidence = tuple(dict.fromkeys(profile.lines[i] for i, _ in best))[:2]
    mentions = tuple(dict.fromkeys(p for _, p in best))[:4]
    if verdict == MET:
        reason = f"{competency.name}: shown by work described (“" + "”, “".join(mentions[:3]) + "”)"
    elif used:
        reason = f"{competency.name}: one sign of it in a job (“{mentions[0]}”)"
    elif other:
        reason = f"{competency.name}: signs only outside jobs (“{mentions[0]}”)"
    elif claims:
        reason = f"{competency.name}: claimed (“{mentions[0]}”), no work described that shows it"
    else:
        reason = f"no sign of {competency.name.lower()}"
    result = PartVerdict(
        kind="competency",
        verdict=verdict,
        reason=reason,
        evidence=evidence,
        matched=(competency.id,) if verdict != MISSING else (),
        missing=(competency.id,) if verdict == MISSING else (),
        searched=(f"{competency.name} (work that shows it)",),
        suggestion="" if verdict == MET else competency.suggestion,
        strength={MET: 0.9, PARTIAL: 0.5, MISSING: 0.0}[verdict],
        gap="" if verdict == MET else competency.name.lower(),
        mentions=mentions,
    )
    profile.cache[key] = result
    return result
