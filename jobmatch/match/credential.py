"""Checker for a credential (certification, licence, registration, card): named on a line that
is about credentials (a Certifications section, or "certified", "licence", "exam" on the line),
and held: one booked, in progress or expected does not meet it (unless the line accepts that,
"or CPA-eligible"), one lapsed meets it in part; the report says which and why."""

from __future__ import annotations

import re

from jobmatch.cues import cue_set
from jobmatch.match.lines import find_acronym
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Evidence, Requirement, Term
from jobmatch.textnorm import is_named, normalize

# "or CPA-eligible", "or the ability to obtain it within 12 months": not yet held will do
ACCEPTS_PENDING = re.compile(
    r"\beligible\b|\bability to obtain\b|\bobtain(?:ed)? (?:it |one )?within\b|"
    r"\bwithin \w+ (?:\(\d+\) )?months\b|\bworking towards?\b|\bin progress\b",
    re.IGNORECASE,
)


# Credential states read by jobmatch.facts, as this checker weighs them
FACT_STATES = {
    "held": "held",
    "expired": "lapsed",
    "in_progress": "pending",
    "booked": "pending",
    "eligible": "pending",
    "planned": "pending",
}


def fact_state(term: Term, profile: Profile, index: int) -> tuple[str, str] | None:
    """The state ``jobmatch.facts`` read for the credential on this line, if it read one: the fact
    whose name holds the term's words, or the line's only fact."""
    number = profile.lines[index].line
    facts = [c for c in profile.resume.credentials if c.line == number]
    if not facts:
        return None
    named = [c for c in facts if _names(c.name, term)]
    if not named:
        return None  # the line's credential is another one ("Forklift certified" beside "GD&T")
    fact = named[0]
    if fact.cue and fact.cue.lower() not in _segment(profile.lines[index].text, term).lower():
        # "Engineer in Training (EIT), 2017 — PE exam scheduled": the cue is another credential's
        return "held", ""
    cue = fact.cue or fact.state.replace("_", " ")
    return FACT_STATES.get(fact.state, "held"), cue


def credential_state(text: str) -> tuple[str, str]:
    """(state, the cue) of a credential line: held, pending (booked, in progress ...) or lapsed."""
    pending = cue_set("credential_pending").search(text)
    if pending:
        return "pending", pending.group()
    lapsed = cue_set("credential_lapsed").search(text)
    if lapsed:
        return "lapsed", lapsed.group()
    return "held", ""


ITEM_BREAK = re.compile(r"[|;•·]|\s[—–]\s")
COURSE = re.compile(r"\b(?:course|courses|coursework|training|workshop|webinar|class)\b", re.IGNORECASE)
CERTIFIED = re.compile(r"\bcertifi|\blicen[cs]|\bregist", re.IGNORECASE)


def _segment(text: str, term: Term) -> str:
    """The item of a list line that names the term ("GD&T" in "Blueprint reading | GD&T |
    Forklift certified"), or the whole line when it cannot tell."""
    lowered = text.lower()
    for key in (term.text.lower(), *(k.strip() for k in term.keys)):
        at = lowered.find(key) if key else -1
        if at >= 0:
            starts = [0, *(m.end() for m in ITEM_BREAK.finditer(text, 0, at))]
            end = ITEM_BREAK.search(text, at)
            return text[starts[-1] : end.start() if end else len(text)]
    return text


def _about_credentials(profile: Profile, index: int, term: Term) -> bool:
    line = profile.lines[index]
    return (
        line.section == "certifications"
        or cue_set("credential_context").search(_segment(line.text, term)) is not None
        or any(c.line == line.line and _names(c.name, term) for c in profile.resume.credentials)
    )


def _names(name: str, term: Term) -> bool:
    """Does a credential's name (as the résumé writes it) name the term?"""
    normal = normalize(name)
    keys = [k.strip() for k in (term.keys or (normalize(term.text),)) if k.strip()]
    return any(k in normal for k in keys) or normalize(term.text) in normal


def _lines(term: Term, profile: Profile) -> list[int]:
    """Lines naming the credential: its taxonomy mentions, its phrase, all of its name words in one
    line, or its acronym spelled out ("Certified Public Accountant" for CPA)."""
    found: list[int] = []
    for mention in profile.skills.get(term.id, []):
        index = profile.lines.index(mention.evidence) if mention.evidence in profile.lines else -1
        if index >= 0:
            found.append(index)
    for key in term.keys or (normalize(term.text),):
        found.extend(profile.find(key))
    named = tuple(
        dict.fromkeys(
            s for w in term.text.split() if is_named(w.strip("(),.;:"), True) for s in normalize(w).split()
        )
    )
    if named and not found:
        found.extend(profile.find_words(named, window=2))
    compact = "".join(c for c in term.text if c.isalnum())
    if not found and compact.isupper() and compact.isalpha():
        found.extend(find_acronym(profile, compact.lower()))
    return list(dict.fromkeys(found))


def _a_course(text: str, term: Term) -> bool:
    """ "GD&T Fundamentals - online course, 2024": a course in the subject, no certificate of it."""
    segment = _segment(text, term)
    return COURSE.search(segment) is not None and CERTIFIED.search(segment) is None


def check_credential(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    name = profile.name(term.id) if term.id in profile.taxonomy.skills else term.text
    lines = _lines(term, profile)
    relevant = [i for i in lines if _about_credentials(profile, i, term)]
    if not relevant:
        return PartVerdict(
            kind="credential",
            verdict=MISSING,
            reason=f"{name}: not found as a credential"
            + (f" (named only in “{profile.lines[lines[0]].text[:60]}”)" if lines else ""),
            missing=(term.id,),
            searched=(f"{name} (credential)",),
            gap=name,
            suggestion=f"If you hold {name}, list it under Certifications or Licences with its date.",
        )
    states = [
        (fact_state(term, profile, i) or credential_state(_segment(profile.lines[i].text, term)), i)
        for i in relevant
    ]
    held = [i for (state, _), i in states if state == "held"]
    courses = [i for i in held if _a_course(profile.lines[i].text, term)]
    if courses and len(courses) == len(held):
        line = profile.lines[courses[0]]
        return _shown(
            term,
            name,
            line,
            PARTIAL,
            f"{name}: a course or training (“{line.text[:90]}”), not the credential itself",
            strength=0.5,
            gap=f"{name} (a course, not the credential)",
            suggestion=f"If you hold {name} itself, list it with its issuer and date.",
        )
    if held:
        line = profile.lines[held[0]]
        return _shown(term, name, line, MET, f"{name} held (“{line.text[:90]}”)", strength=1.0)
    (state, cue), index = states[0]
    line = profile.lines[index]
    why = "not held yet" if state == "pending" else "no longer held"
    if state == "pending" and ACCEPTS_PENDING.search(requirement.text):
        return _shown(term, name, line, MET, f"{name} {why} (“{cue}”), which the line accepts", strength=0.7)
    return _shown(
        term,
        name,
        line,
        # booked or in progress is not held (missing); lapsed was held once (partly)
        MISSING if state == "pending" else PARTIAL,
        f"{name} {why} (“{cue}”: {line.text[:80]})",
        strength=0.5,
        gap=f"{name} ({why})",
        suggestion=f"The posting asks for {name} held; give the date it was or will be obtained.",
    )


def _shown(
    term: Term,
    name: str,
    line: Evidence,
    verdict: str,
    reason: str,
    *,
    strength: float,
    gap: str = "",
    suggestion: str = "",
) -> PartVerdict:
    """The verdict for a credential named on ``line`` (held, lapsed, pending or only a course)."""
    return PartVerdict(
        kind="credential",
        verdict=verdict,
        reason=reason,
        evidence=(line,),
        matched=(term.id,),
        searched=(f"{name} (credential)",),
        strength=strength,
        gap=gap,
        suggestion=suggestion,
    )
