"""Checker for a literal term: something the taxonomy does not know ("Bluebeam Revu", "AIA
contract documents", "month-end close"), searched in the résumé as a phrase in normal form, then
as all of its words in one line, then as an acronym of the résumé's words (or the reverse).
The report says it was searched for literally, so a reader knows no taxonomy stood behind it."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from jobmatch.match.lines import JOINERS, LISTED_NOT_USED, find_acronym, initials, shown
from jobmatch.match.profile import Profile
from jobmatch.match.sector import jobs_in_sector
from jobmatch.match.verdicts import CREDIT, MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Requirement, Term
from jobmatch.regions import region_vocabulary
from jobmatch.terms import ROMANCE_OF, same_meaning, term_keys, term_vocabulary
from jobmatch.textnorm import fold_accents, is_named, normalize, words

SLASHED = re.compile(r"^(?P<first>[^\s/]+)\s*/\s*(?P<second>[^\s/]+)(?P<tail>(?:\s+\S+)*)$")
# a maker's name and two model numbers ("CAT 793/797", "Cisco 2960/3850", "Komatsu 830E/930E")
MAKER_MODELS = re.compile(
    r"^(?P<maker>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+(?P<first>[A-Z]{0,3}\d[\w.-]*)\s*/\s*"
    r"(?P<second>[A-Z]{0,3}\d[\w.-]*)$"
)


def _locate(profile: Profile, term: Term, opens_line: bool) -> tuple[tuple[int, ...], str]:
    """Lines showing the term and how they were found, best first; "FIFO / FEFO rules" is
    either name with what follows them ("FEFO rules"), "jib/crane" either word. ``opens_line``:
    the term opens the requirement line, where a capital says nothing."""
    models = MAKER_MODELS.match(term.text.strip())
    if models is not None:
        # "CAT 793/797", "Komatsu 830E/930E": the maker's either model, in any of its versions
        # ("CAT 793F", "Komatsu 930E-4")
        for name in ("first", "second"):
            text = f"{models['maker']} {models[name]}"
            hits = tuple(i for key in term_keys(text) for i in profile.find(key.rstrip()))
            if hits:
                return tuple(dict.fromkeys(hits)), "phrase"
    slashed = SLASHED.match(term.text.strip())
    if slashed is None or not (slashed.group("tail") or _two_words(slashed)):
        return _locate_one(profile, term, opens_line)
    for name in ("first", "second"):
        text = slashed.group(name) + slashed.group("tail")
        hits, how = _locate_one(profile, replace(term, text=text, keys=term_keys(text)), opens_line)
        if hits:
            return hits, how
    return _locate_one(profile, term, opens_line)


def _two_words(slashed: re.Match[str]) -> bool:
    """ "jib/crane": two plain words, either will do; not "CI/CD" or "TCP/IP", one thing."""
    return all(len(w) >= 3 and w.isalpha() and w.islower() for w in (slashed["first"], slashed["second"]))


def _locate_one(profile: Profile, term: Term, opens_line: bool) -> tuple[tuple[int, ...], str]:
    """Lines showing the term and how they were found (phrase, words, acronym), best first."""
    written = _short_acronym(term.text)
    for key in term.keys:
        hits = profile.find(key)
        if written is not None:  # "ART" is not the "art" of "state-of-the-art"
            hits = tuple(i for i in hits if written.search(profile.lines[i].text))
        if hits:
            # "LMC": the lines that spell it out count as much ("Lead Maternity Carer — ... practice")
            return tuple(dict.fromkeys([*hits, *_spelled_out(profile, term.text)])), "phrase"
    members = _member_letters(term.text)
    if members is not None:
        holding = profile.lines_holding(term.text.strip().lower())
        hits = tuple(i for i in holding if members.search(profile.lines[i].text))
        if hits:
            return hits, "member"
    split = term.text.split()
    places = _place_words(term.text)
    # "Engineers Australia": one word beside a country is in any job line written there
    scattered = (
        not places or sum(i not in places and w.lower() not in JOINERS for i, w in enumerate(split)) > 1
    )
    for key in term.keys:
        stems = tuple(dict.fromkeys(s for s in key.split() if s not in JOINERS))
        if len(stems) > 1 and scattered:
            hits = profile.find_words(stems)
            if hits:
                return hits, "words"
    kind_words = _kind_without_its_head(term)
    if kind_words:
        # the words as one phrase ("fleet tracking screen"), not scattered ("tracking ... a fleet")
        hits = profile.find(f" {' '.join(kind_words)} ")
        if hits:
            return hits, "kind"  # "case-management system": "(case management and client portal)"
    for key in term.keys:
        hits = _same_meaning(profile, tuple(s for s in key.split() if s not in JOINERS))
        if hits:
            return hits, "same meaning"
    both = _both_names(profile, term.text)
    if both:
        return both, "both names"
    text = term.text.strip()
    named = _named_stems(text, opens_line)
    if named and len(named) < len(text.split()):
        hits = profile.find_words(named)
        if hits:
            graded = _same_grade(profile, hits, text)
            if not graded:
                return hits, "other grade"  # "category II WJO" for "category I WJO"
            capitals = [w for w in text.split() if w[:1].isupper()]
            if len(capitals) >= 2 and not any(_a_code_or_acronym(w) for w in capitals):
                # "Curriculum" of "National Curriculum", "Maths" of "Sparx Maths": one capitalised
                # word of a name of several is not the name ("Maximo" of "site ran Maximo" is)
                return graded, "some names"
            return graded, "names"  # "OSHA 30" for "OSHA 30-Hour Construction Safety"
        some = profile.find_words(named[:1])
        # (the name's own first word, as the reason says: "Web" of "Core Web Vitals" is no part of
        # it to go by)
        if some and len(named) > 1 and named[0] == normalize(text_first(text)).strip():
            return some, "first name"
    for word in text.split():
        clean = "".join(c for c in word if c.isalnum())
        if clean.isupper() and clean.isalpha() and 3 <= len(clean) <= 8 and clean != text.strip():
            spelled = find_acronym(profile, clean.lower())
            rest = tuple(s for s in normalize(text.replace(word, " ")).split() if s not in JOINERS)
            full = [i for i in spelled if all(f" {s} " in profile.normal(i) for s in rest)]
            if full:
                return tuple(full), "acronym"  # "HACCP plans": "Hazard Analysis ... Point plans"
            if spelled:
                return spelled, "first name"
    sector = jobs_in_sector(profile, text)
    if sector:
        return sector, "sector"  # "healthcare project experience": "medical office buildings" in a job
    inflected = _inflected(profile, text)
    if inflected:
        return inflected, "phrase"  # "Elektroinstallationen" for "Elektroinstallation"
    head = _head_stem(text)
    if head is not None:
        hits = tuple(i for i in profile.find(f" {head} ") if profile.in_a_job(profile.lines[i]))
        if hits:
            return hits, "head"  # "land ambulance service": "ambulance" in a job, the kind of it unsaid
    compact = "".join(c for c in text if c.isalnum())
    if compact.isupper() and compact.isalpha():
        hits = find_acronym(profile, compact.lower())
        if hits:
            return hits, "acronym"
    elif len(text.split()) >= 3:
        spelled = initials(text)
        if len(spelled) >= 3:
            hits = profile.find(normalize(spelled))
            if hits:
                return hits, "acronym"
    return (), ""


def _kind_without_its_head(term: Term) -> tuple[str, ...]:
    """ "case-management system", "outage management tools": a kind of thing named with an everyday
    last word, whose other words (two or more) name it on their own; () otherwise."""
    words_written = term.text.split()
    generic = term_vocabulary().generic
    if len(words_written) < 2 or words_written[-1].lower() not in generic or not term.keys:
        return ()
    rest = normalize(" ".join(words_written[:-1])).split()
    stems = tuple(dict.fromkeys(s for s in rest if s not in JOINERS))
    return stems if len(stems) >= 2 else ()


MAX_SAME_MEANING_TRIES = 16


def _same_meaning(profile: Profile, stems: tuple[str, ...]) -> tuple[int, ...]:
    """Lines holding the term's words with one or more said in a word of the same meaning
    ("the annual report for our main funder" for "donor reports")."""
    others = same_meaning()
    if len(stems) < 2 or not any(s in others for s in stems):
        return ()
    choices = [(s, *sorted(others.get(s, ()))) for s in stems]
    for tried, variant in enumerate(itertools.product(*choices)):
        if tried >= MAX_SAME_MEANING_TRIES:
            break
        if variant != stems:
            hits = profile.find_words(tuple(dict.fromkeys(variant)))
            if hits:
                return hits
    return ()


def _spelled_out(profile: Profile, text: str) -> tuple[int, ...]:
    """Lines that spell out an acronym term by the initials of their words."""
    letters = text.strip()
    if not (letters.isupper() and letters.isalpha()):
        return ()
    return find_acronym(profile, letters.lower())


def _a_code_or_acronym(word: str) -> bool:
    """ "OSHA", "30-Hour", "S/4HANA": a word that names by its letters or figures."""
    clean = word.strip("(),.;:")
    return any(c.isdigit() for c in clean) or (sum(c.isupper() for c in clean) >= 2)


def _a_name_of_its_own(part: str) -> bool:
    """An acronym, a name with a figure, or two words or more: not an everyday word alone."""
    return len(part.split()) > 1 or (part.isupper() and len(part) > 1) or any(c.isdigit() for c in part)


NAMES_JOINED = re.compile(r"\s+(?:and|&)\s+")


def _both_names(profile: Profile, text: str) -> tuple[int, ...]:
    """Lines showing each of two names a term joins by "and" ("EWIS and Fuel Tank Safety
    continuation": "EWIS continuation training" and "Fuel Tank Safety Phase 2 continuation" on
    lines of their own), when each name is found whole."""
    parts = NAMES_JOINED.split(text.strip())
    if len(parts) != 2 or not all(0 < len(p.split()) <= 5 for p in parts):
        return ()
    # each a name of its own: an acronym or two words or more ("Health and Safety" is one thing)
    if not all(_a_name_of_its_own(p) for p in parts):
        return ()
    found = []
    for part in parts:
        stems = tuple(dict.fromkeys(s for s in normalize(part).split() if s not in JOINERS))
        hits = profile.find(f" {' '.join(stems)} ") or (profile.find_words(stems) if len(stems) > 1 else ())
        if not hits:
            return ()
        found.extend(hits)
    return tuple(dict.fromkeys(found))


INFLECTED_MIN_LETTERS = 9  # a long word, often a compound ("Photovoltaikanlage", "Industriebau")
INFLECTED_ENDING = 3  # letters an inflection adds ("-n", "-en", "-ten", "-es", "-s")


def _inflected(profile: Profile, text: str) -> tuple[int, ...]:
    """Lines holding a long one-word term with an inflection's ending ("Industriebauten" for
    "Industriebau"): German and Dutch compounds take endings no English stemmer knows."""
    word = text.strip()
    if not word.isalpha() or len(word) < INFLECTED_MIN_LETTERS:
        return ()
    stem = fold_accents(word.lower())
    pattern = re.compile(rf"(?<![\w-]){re.escape(stem)}[a-z]{{1,{INFLECTED_ENDING}}}(?![\w-])")
    # only the lines that hold the word at all, found in the whole text at once
    return tuple(
        i
        for i in dict.fromkeys(profile.lines_holding(stem))
        if pattern.search(fold_accents(profile.lowered[i]))
    )


# the letters a member, fellow or associate of a body puts after their name: "MIStructE" for the
# IStructE, "FCIPD" for the CIPD, "AssocRICS" for the RICS
MEMBER_PREFIX = r"(?:M|F|A|Assoc\s?|Chartered\s)"


@cache
def _member_letters(text: str) -> re.Pattern[str] | None:
    """For a body's acronym ("IStructE", "RICS", "CIPD"), the pattern of its members' letters."""
    text = text.strip()
    capitals = sum(c.isupper() for c in text)
    if not (text.isalpha() and 3 <= len(text) <= 10 and capitals >= 2 and text[0].isupper()):
        return None
    return re.compile(rf"(?<![\w-]){MEMBER_PREFIX}{re.escape(text)}(?![\w-])")


SHORT_ACRONYM_MAX = 4  # "ART", "RSA", "BST": short enough to be an everyday word in lower case


def _short_acronym(text: str) -> re.Pattern[str] | None:
    """For a short acronym, the pattern of it written in capitals; else None."""
    text = text.strip()
    if text.isalpha() and text.isupper() and 2 <= len(text) <= SHORT_ACRONYM_MAX:
        return re.compile(rf"(?<![\w-]){text}(?![\w-])")
    return None


HEAD_MIN_LETTERS = 5
GRADE = re.compile(r"(?<![\w-])(?:[IVX]{1,4}|\d{1,3})(?![\w-])")  # "category I", "Level 3", "Class 2"


def _same_grade(profile: Profile, hits: tuple[int, ...], text: str) -> tuple[int, ...]:
    """Of the lines naming a term, those that also give its grade as written ("I" of "category I
    WJO", "3" of "Level 3 Award"): another grade is another qualification."""
    grades = GRADE.findall(text)
    if not grades:
        return hits
    return tuple(i for i in hits if all(g in GRADE.findall(profile.lines[i].text) for g in grades))


def _head_stem(text: str) -> str | None:
    """The stem of the word a plain phrase is about (its last word that is not an everyday one:
    "ambulance" in "land ambulance service"; "teinture" in "procédés de teinture", the everyday
    "procédés" aside); None for a name, a short word or a phrase of one word."""
    generic = term_vocabulary().generic
    content = [
        w
        for w in text.split()
        if w.lower() not in generic and w.lower() not in JOINERS and w.lower() not in ROMANCE_OF
    ]
    # "procédés de teinture", "payroll software": one word that is not an everyday one is the head
    if not content or len(content) == len(text.split()) == 1:
        return None
    if any(is_named(w, first=i == 0) for i, w in enumerate(text.split())):
        return None
    # Spanish and Portuguese put the head first: "software de diagnóstico electrónico" is about
    # "diagnóstico" (the everyday "software" aside), not about "electrónico"
    romance = any(w.lower() in ROMANCE_OF for w in text.split())
    head = content[0] if romance else content[-1]
    stems = normalize(head).split()
    if len(stems) != 1 or len(head) < HEAD_MIN_LETTERS:
        return None
    return stems[0]


@cache
def _place_words(text: str) -> frozenset[int]:
    """The positions of the words of ``text`` that name a place ("New Zealand", "Kenyan",
    "British Columbia"), when other words remain to name the thing. Kept by the text: a posting's
    terms are looked up for every résumé screened."""
    split = text.split()
    found: set[int] = set()
    for index in range(len(split)):
        for size in (2, 1):
            words = [w.strip("(),.;:").lower() for w in split[index : index + size]]
            if len(words) == size and _a_place(" ".join(words)):
                found.update(range(index, index + size))
    return frozenset(found) if len(found) < len(split) else frozenset()


@cache
def _a_place(lowered: str) -> bool:
    """A country or its people's adjective, or a province, state or city a region names."""
    return lowered in term_vocabulary().places or any(
        region.places.fullmatch(lowered) for region in region_vocabulary().regions.values()
    )


def _named_stems(text: str, opens_line: bool) -> tuple[str, ...]:
    """The stems of the words of a term that name something (acronyms, codes, names). A capital
    opening the term names nothing when another word does ("Rwandan PAYE" is about PAYE); alone,
    inside the line, it is the name: "Trane" of "Daikin, Carrier or Trane equipment", "Greek" of
    "a Greek management company" (not "Hospital" of "Hospital pharmacy" opening one)."""
    found = []
    split = text.split()
    places = _place_words(text)
    for index, word in enumerate(split):
        if is_named(word.strip("(),.;:"), first=index == 0) or any(c.isdigit() for c in word):
            found.extend((index, stem) for stem in normalize(word).split())
    # "Engineering New Zealand": when only its place names a body, the place alone is found in any
    # address; but "UK GAAP" and "the Kenya Data Protection Act" are not the US or UK ones
    if places and found and all(index in places for index, _ in found):
        return ()
    stems = [stem for _, stem in found]
    if not stems and not places and split and not opens_line and is_named(split[0].strip("(),.;:")):
        stems = normalize(split[0]).split()
    return tuple(dict.fromkeys(stems))


def check_term(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    hits, how = _locate(profile, term, _opens(requirement.text, term.text))
    label = f"the term “{term.text}”"
    if not hits:
        return PartVerdict(
            kind="term",
            verdict=MISSING,
            reason=f"searched for {label}: not found",
            missing=(term.id,),
            searched=(f"{term.text} (literal)",),
            gap=term.text,
            suggestion=f"If you have experience with {term.text}, name it in a job or project line.",
        )
    stems = tuple(term.keys[0].split()) if term.keys else ()
    ranked = sorted(
        hits,
        key=lambda i: (-CREDIT[_line_verdict(profile, i, requirement, stems)], -profile.strength(i, stems)),
    )
    best = ranked[0]
    evidence = profile.lines[best]
    verdict = _line_verdict(profile, best, requirement, stems)
    _, shown_how = shown(profile, evidence, profile.hedged(best, stems), requirement)
    if how in ("first name", "head", "other grade", "some names"):
        verdict = PARTIAL if verdict != MISSING else verdict
    found_as = {
        "phrase": "found",
        "words": "its words found in one line",
        "names": "its names found in one line",
        "some names": "only some of its words found",
        "both names": "each of its two names found",
        "same meaning": "its words found in one line, one in a word of the same meaning",
        "first name": f"only “{text_first(term.text)}” found",
        "head": "only its main word found",
        "kind": "its words found in one line, without the everyday word after them",
        "other grade": "found with another grade",
        "acronym": "found as an acronym",
        "member": "found in a member's letters",
        "sector": "not written, but a job in that sector",
    }[how]
    return PartVerdict(
        kind="term",
        verdict=verdict,
        reason=f"searched for {label}: {found_as}, {shown_how}",
        evidence=(evidence,),
        matched=(term.id,),
        searched=(f"{term.text} (literal)",),
        strength=profile.strength(best, stems),
        gap="" if verdict == MET else f"{term.text} used in a job",
        mentions=tuple(w for w in words(term.text, fold=False) if len(w) > 2)[:3],
        only_listed=verdict == PARTIAL and shown_how == LISTED_NOT_USED,
    )


def _opens(line: str, term: str) -> bool:
    """Does the requirement line start with the term (after a bullet or a quote)?"""
    return line.lstrip(" \t-–—•*·▪◦>\"'“‘(").startswith(term.strip())


def text_first(text: str) -> str:
    return text.split()[0] if text.split() else text


def _line_verdict(profile: Profile, index: int, requirement: Requirement, stems: tuple[str, ...]) -> str:
    verdict, _ = shown(profile, profile.lines[index], profile.hedged(index, stems), requirement)
    return verdict
