"""Checker for a spoken language: the résumé names it (with a level at least the one asked), or
it is the language the résumé is written in (an English résumé shows English)."""

from __future__ import annotations

import re

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Requirement, Term

# Levels on one scale: 1 basic ... 4 fluent/business ... 5 native. CEFR and common words.
LEVEL_WORDS = (
    (5, r"native|mother tongue|first language|bilingual"),
    (4, r"fluent|fluency|business|professional working|full professional|proficient|c1|c2|advanced"),
    (3, r"b2|upper[- ]intermediate|professional|good command|working knowledge"),
    (2, r"b1|intermediate|conversational|working"),
    (1, r"a1|a2|basic|elementary|beginner|notions|some knowledge|learning"),
)
LEVELS = [(rank, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for rank, words in LEVEL_WORDS]
LEVEL_NAMES = {5: "native", 4: "fluent", 3: "upper-intermediate", 2: "intermediate", 1: "basic"}


def level_near(text: str, start: int, end: int) -> int | None:
    """The level written next to a language mention ("German (C1)", "fluent in German")."""
    window = text[max(0, start - 30) : end + 40]
    # stop at the next language-like capitalised word after a comma ("German C1, French A2")
    tail = re.split(r"[,;|•]", text[end : end + 40], maxsplit=1)[0]
    head = re.split(r"[,;|•]", text[max(0, start - 30) : start])[-1]
    for part in (tail, head, window):
        for rank, regex in LEVELS:
            if regex.search(part):
                return rank
    return None


def level_asked(requirement: Requirement, term: Term) -> int | None:
    if term.level is not None:
        try:
            return int(term.level)
        except ValueError:
            return None
    text = requirement.text
    for rank, regex in LEVELS:
        if regex.search(text):
            return min(rank, 4)
    if re.search(r"\b(?:knowledge of|understanding of|some|basic|a plus|helpful|nice to have)\b", text, re.I):
        return 2  # "knowledge of German", "German is a plus": some German will do
    return 3  # a language asked for with no level: enough to work in it


def check_language(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    language = profile.name(term.id)
    asked = level_asked(requirement, term)
    mentions = profile.skills.get(term.id, [])
    best_level, best = None, None
    for mention in mentions:
        text = mention.evidence.text
        at = text.find(mention.mention)
        level = level_near(text, at, at + len(mention.mention)) if at >= 0 else None
        if best is None or (level or 3) > (best_level or 3):
            best, best_level = mention, level
    if best is None and term.id == "english" and profile.resume.lines:
        return PartVerdict(
            kind="language",
            verdict=MET,
            reason="English: the résumé is written in English",
            matched=(term.id,),
            searched=(language,),
            strength=0.8,
        )
    if best is None:
        return PartVerdict(
            kind="language",
            verdict=MISSING,
            reason=f"{language} is not named in the résumé",
            missing=(term.id,),
            searched=(language,),
            gap=language,
            suggestion=f"If you speak {language}, list it with your level (e.g. “{language} (C1)”).",
        )
    short = asked is not None and best_level is not None and best_level < asked
    verdict = PARTIAL if short or best.hedged else MET
    level_text = f" ({LEVEL_NAMES[best_level]})" if best_level else ""
    reason = f"{language}{level_text} named"
    if short:
        reason += f", below the {LEVEL_NAMES[asked]} level asked"
    return PartVerdict(
        kind="language",
        verdict=verdict,
        reason=reason,
        evidence=(best.evidence,),
        matched=(term.id,),
        searched=(language,),
        strength=best.strength,
        gap="" if verdict == MET else f"{language} at {LEVEL_NAMES.get(asked or 4)} level",
        mentions=(best.mention,),
    )
