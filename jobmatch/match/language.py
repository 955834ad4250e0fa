"""Checker for a spoken language: the résumé's languages (``Resume.languages``, read by
``jobmatch.facts`` from a languages section or a line with a level, and the language the résumé
is written in at a professional level) at the level the line asks, on one scale (CEFR A1 ... C2,
then native) shared with the posting side through ``jobmatch.languages``."""

from __future__ import annotations

import re
from functools import lru_cache

from jobmatch.languages import (
    ANOTHER_LANGUAGE,
    LEVELS,
    NATIVE,
    WORKS_IN_LANGUAGES,
    LanguageMention,
    exam_level_in,
    find_languages,
    language_name,
    language_vocabulary,
    level_rank,
)
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Evidence, Requirement, SpokenLanguage, Term

DEFAULT_ASKED = "B2"  # a language asked with no level: enough to work in it
SOME_ASKED = "B1"  # "knowledge of German", "German is a plus"
PREFERRED_SOME_ASKED = "A2"  # "knowledge of Spanish is an advantage": any use beyond a beginner's
HIGHEST_ASKED = "C1"  # "proficiency in", "bilingual": fluent; only "native" asks more
SOME = re.compile(r"\b(?:knowledge of|understanding of|some|basic|a plus|helpful|nice to have)\b", re.I)
BILINGUAL = re.compile(r"\b(?:bilingual(?:ism)?|biling[üu]e|zweisprachig|tweetalig)\b", re.I)
NATIVE_ASKED = re.compile(r"\b(?:native|mother[- ]tongue|first language)\b", re.I)


def language_id(term: Term) -> str:
    """The language's id in data/languages.yaml (the term may carry a taxonomy id)."""
    vocab = language_vocabulary()
    if term.id in vocab.names:
        return term.id
    for text in (term.text, term.id.replace("-", " ")):
        found = vocab.alias_of.get(vocab.base_alias(text))
        if found:
            return found
    return term.id


@lru_cache(maxsize=256)
def _languages_in(text: str) -> tuple[LanguageMention, ...]:
    """find_languages once per requirement line, not once per language term it names (a line
    of thousands of languages was quadratic)."""
    return find_languages(text)


def level_asked(requirement: Requirement, language: str) -> str:
    """The level the line asks for ``language``: its own level word, capped at fluent unless it
    says native; "knowledge of", "a plus" ask for some; no word asks for a working level. A
    preferred line with no level word asks a step less (a recruiter credits "German (B1)" for
    "German or Polish (preferred)", and "Spanish (A2)" for "knowledge of Spanish is an advantage")."""
    exam = exam_level_in(requirement.text, language)
    if exam is not None:  # "bilingual imperative CBC/CBC in English and French": the exam's level
        return LEVELS[min(level_rank(exam), level_rank(HIGHEST_ASKED))]
    for mention in _languages_in(requirement.text):
        if mention.language == language and mention.level is not None:
            if mention.level == NATIVE and NATIVE_ASKED.search(requirement.text):
                return NATIVE
            return LEVELS[min(level_rank(mention.level), level_rank(HIGHEST_ASKED))]
    if BILINGUAL.search(requirement.text) or WORKS_IN_LANGUAGES.search(requirement.text):
        # "Bilingualism (English/French) is an asset", "interpret between NZSL and English": each
        # language at a fluent level, whichever list the line stands in
        return HIGHEST_ASKED
    some = SOME.search(requirement.text) is not None
    if requirement.bucket == "preferred":
        return PREFERRED_SOME_ASKED if some else SOME_ASKED
    return SOME_ASKED if some else DEFAULT_ASKED


def _level_words(level: str | None) -> str:
    return {None: "no level given", NATIVE: "native"}.get(level, level or "")


def _best(facts: list[SpokenLanguage]) -> SpokenLanguage:
    return max(facts, key=lambda f: (level_rank(f.level), f.method != "written in"))


BESIDES = re.compile(
    r"\b(?:in addition to|besides|other than|apart from|as well as)\s+(?P<rest>[^.;,(]+)", re.I
)


FAMILY_ASKED = re.compile(
    r"^(?:an?other|any other|a second|an additional|additional|second|other)\s+"
    r"(?P<family>[\w-]+)\s+languages?$",
    re.IGNORECASE,
)
BRACKET_AFTER = re.compile(r"\s*\((?P<inside>[^()]*)\)")
EXAMPLES_OPENING = re.compile(
    r"^\s*(?:e\.?\s?g\.?|eg|such as|for example|for instance|like|including|incl\.)(?!\w)", re.IGNORECASE
)


def _family_asked(term: Term) -> tuple[str, frozenset[str]] | None:
    """ "a second European language": the family's adjective and its languages, when
    data/languages.yaml knows the family ("another community language" names none)."""
    found = FAMILY_ASKED.match(term.text.strip())
    if found is None:
        return None
    members = language_vocabulary().families.get(found.group("family").lower())
    return (found.group("family"), members) if members else None


COLON_AFTER = re.compile(r"\s*:\s*(?P<inside>[^()]+)")
# "French, German or any other European language", "an advantage, e.g. French": a list left open
OPEN_LIST = re.compile(r"\b(?:any other|other|e\.\s?g\.|such as|for example|for instance|advantage)\b", re.I)


def _named_in_brackets(term: Term, requirement: Requirement) -> frozenset[str]:
    """ "a second language (Spanish or French)": the languages a bracket right after the phrase
    names as the choice; none when the bracket gives examples ("(e.g. Spanish)") or is absent."""
    at = requirement.text.find(term.text)
    if at < 0:
        return frozenset()
    # "A second language: Punjabi, Mandarin or Cantonese": a list after a colon names the choice too
    bracket = BRACKET_AFTER.match(requirement.text, at + len(term.text)) or COLON_AFTER.match(
        requirement.text, at + len(term.text)
    )
    if (
        bracket is None
        or EXAMPLES_OPENING.match(bracket.group("inside"))
        or OPEN_LIST.search(bracket.group("inside"))
    ):
        return frozenset()
    return frozenset(m.language for m in _languages_in(bracket.group("inside")))


def _another_language(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    """ "... or another community language", "a second language": a language the résumé gives
    beyond the one it is written in, and beyond one the line already names ("a second language in
    addition to Spanish"). A family asked ("a second European language") takes only its own
    languages; a language the line's bracket does not name ("a second language (Dutch or
    German)") is partly: another language, not one of those asked."""
    written = profile.resume.written_in.language or "en"
    besides = {m.language for b in BESIDES.finditer(requirement.text) for m in _languages_in(b.group("rest"))}
    others = [
        f
        for f in profile.resume.languages
        if f.language != written and f.method != "written in" and f.language not in besides
    ]
    family = _family_asked(term)
    if family is not None:
        others = [f for f in others if f.language in family[1]]
    if not others:
        kind = f"{family[0]} language" if family is not None else "language"
        return PartVerdict(
            kind="language",
            verdict=MISSING,
            reason=f"no {kind} besides the one the résumé is written in",
            missing=(term.id,),
            searched=(term.text,),
            gap=term.text,
            suggestion="List the languages you speak, each with its level.",
        )
    named = _named_in_brackets(term, requirement)
    best = _best(others)
    name = language_name(best.language) if best.language in language_vocabulary().names else best.language
    if named and best.language not in named:
        return PartVerdict(
            kind="language",
            verdict=PARTIAL,
            reason=f"{name} ({_level_words(best.level)}) in the résumé's {best.method}: another language, "
            "not one of those the line names",
            evidence=(Evidence(text=best.text, section="languages", line=best.line or 0),),
            matched=(term.id,),
            searched=(term.text,),
            strength=0.5,
            mentions=(name,),
            gap=term.text,
        )
    return PartVerdict(
        kind="language",
        verdict=MET,
        reason=f"{name} ({_level_words(best.level)}) in the résumé's {best.method}, another language",
        evidence=(Evidence(text=best.text, section="languages", line=best.line or 0),),
        matched=(term.id,),
        searched=(term.text,),
        strength=1.0,
        mentions=(name,),
    )


def check_language(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    if term.id == ANOTHER_LANGUAGE:
        return _another_language(term, profile, requirement)
    language = language_id(term)
    name = language_name(language) if language in language_vocabulary().names else profile.name(term.id)
    asked = level_asked(requirement, language)
    facts = [f for f in profile.resume.languages if f.language == language]
    if not facts:
        return _from_mentions(term, profile, name, asked)
    # "Bilingual English/Spanish" asks for the other language; "English and Mandarin" for both, so
    # the résumé's own language alone is half of it
    bilingual = BILINGUAL.search(requirement.text) is not None
    best = _best(facts)
    if best.method == "written in":
        short = level_rank(asked) > level_rank(best.level)
        unlisted = _left_off_the_list(profile)
        return PartVerdict(
            kind="language",
            verdict=PARTIAL if short or unlisted else MET,
            reason=f"{name}: the résumé is written in it"
            + (f", which does not show the {asked} level asked" if short else "")
            + (f", but its languages section leaves {name} out ({unlisted})" if unlisted else ""),
            matched=(term.id,),
            searched=(name,),
            strength=0.8,
            gap=f"{name} at {asked} level" if short else "",
            given=bilingual,
        )
    evidence = (Evidence(text=best.text, section="languages", line=best.line or 0),)
    short = best.level is not None and level_rank(best.level) < level_rank(asked)
    verdict = PARTIAL if short else MET
    reason = f"{name} ({_level_words(best.level)}) in the résumé's {best.method}"
    if short:
        reason += f", below the {asked} level asked"
    return PartVerdict(
        kind="language",
        verdict=verdict,
        reason=reason,
        evidence=evidence,
        matched=(term.id,),
        searched=(name,),
        strength=1.0 if best.level else 0.8,
        gap="" if verdict == MET else f"{name} at {asked} level",
        given=verdict == MET and language == (profile.resume.written_in.language or "en") and bilingual,
        suggestion=""
        if verdict == MET
        else f"If your {name} is at the level asked, say so (e.g. “{name} ({asked})”).",
        mentions=(name,),
    )


def _left_off_the_list(profile: Profile) -> str:
    """The languages a résumé's own list gives, when it gives a mother tongue other than the one
    the résumé is written in and leaves that one out ("Lithuanian – native, Russian – good" in an
    English CV): the list, not the translation, says what the candidate speaks. Empty otherwise."""
    listed = [f for f in profile.resume.languages if "languages section" in f.method]
    written = profile.resume.written_in.language
    if not any(f.level == "native" and f.language != written for f in listed):
        return ""
    if any(f.language == written for f in listed):
        return ""
    return ", ".join(f.name for f in listed[:3])


def _from_mentions(term: Term, profile: Profile, name: str, asked: str) -> PartVerdict:
    """No languages fact: a line that uses the language ("translated contracts from German")
    still shows it, at most partly unless its level is plain."""
    mentions = profile.skills.get(term.id, [])
    if not mentions:
        return PartVerdict(
            kind="language",
            verdict=MISSING,
            reason=f"{name} is not named in the résumé",
            missing=(term.id,),
            searched=(name,),
            gap=name,
            suggestion=f"If you speak {name}, list it with your level (e.g. “{name} ({asked})”).",
        )
    best = mentions[0]
    verdict = PARTIAL if best.hedged or level_rank(asked) > level_rank(DEFAULT_ASKED) else MET
    return PartVerdict(
        kind="language",
        verdict=verdict,
        reason=f"{name} named in the résumé without a level",
        evidence=(best.evidence,),
        matched=(term.id,),
        searched=(name,),
        strength=best.strength,
        gap="" if verdict == MET else f"{name} at {asked} level",
        mentions=(best.mention,),
    )
