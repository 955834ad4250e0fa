"""Literal terms in a requirement line: what it asks for that the taxonomy does not know.

"Experience with Temporal or Cadence", "Bluebeam Revu", "AIA contract documents (A101, A201)",
"month-end close: journal entries, accruals" - the words between stop words and punctuation
are candidates; a candidate is kept when it names something (an acronym, a capitalised name, a
code), follows a frame ("experience with", "knowledge of"), comes right before "experience" or
"certification", or sits in a list with a kept one. Vocabulary in ``data/terms.yaml``.
Posting side (it works on the spaCy Doc of the line); the keys it makes are in the normal form
of :mod:`jobmatch.textnorm`, which the literal checker searches résumé lines in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from jobmatch.cues import cue_set
from jobmatch.errors import DataError
from jobmatch.resources import alternation, check_keys, load_data, string_list
from jobmatch.textnorm import ELIDED_PREPOSITIONS, is_named, normalize

FILE = "terms.yaml"
TERM_LABEL = "TERM"
TERM_PREFIX = "term:"
# Small words inside a capitalised name ("Bank of America", "Ordem dos Engenheiros Técnicos",
# "Colegio de Ingenieros del Perú", "Ordre des Architectes du Québec")
NAME_JOINERS = frozenset(
    {"of", "the", "and", "&", "for", "de", "du", "la", "des", "del", "dos", "das", "do", "da", "di"}
)
# (and of Italian ones: "controllo della qualità", "bilanci di esercizio")
ROMANCE_OF = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "della", "dello", "dei", "degli", "delle"}
)
ROMANCE_AND = frozenset({"y", "e", "et", "und"})
CATEGORY_CELLS = frozenset(
    {"Mandatory", "MANDATORY", "Added", "ADDED", "Essential", "Desirable", "Preferred"}
)
ORDINAL_MARKERS = frozenset({"first", "second", "third", "fourth", "fifth", "finally", "lastly", "next"})
FRAME_PREPOSITIONS = frozenset({"of", "to"})  # "Command of", "Commitment to"
SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|whose|because|so that|where|whereas|since)\b", re.IGNORECASE
)
# "someone who can take radiographs", "candidates who hold a CDL": the clause says what the person
# sought does, which is what the line asks
PERSON_WHO = re.compile(
    r"\b(?:someone|somebody|a person|candidates?|applicants?|individuals?|"
    r"professionals?|an? [a-z-]+ (?:person|professional|individual))\s+who$",
    re.IGNORECASE,
)
# "...: we are opening our first Latin American accounts": a clause about the company explains the
# line; what it names is not asked for
COMPANY_CLAUSE = re.compile(
    r"(?:[:;]|\s[–—-])\s*(?:[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'll|[Oo]ur|us)\b"
)  # not "US"
# "Must wear required PPE": the word after a modal is what the candidate does, not a thing asked for
# ("can" and "may" are left out: "can seaming", "May 2024")
MODALS = frozenset({"must", "should", "shall", "will", "would", "could", "might"})
# "Ability to diagnose and repair gas furnaces", "Able to climb and walk steep roofs": the words
# after "to" here (and one joined to it by "and"/"or") are what the candidate does
INFINITIVE_HEADS = frozenset(
    {
        "able",
        "ability",
        "willing",
        "willingness",
        "need",
        "needs",
        "required",
        "how",
        "ready",
        "expected",
        "eager",
        "confidence",
        "confident",
        "capacity",
        "want",
    }
)
PRONOUN = re.compile(r"\b(?:you|your|you've|you're|we|we're|our|us|i|i've)\b", re.IGNORECASE)
# A word: letters, digits and the joiners that live inside names ("GD&T", "BD+C", "S/4HANA",
# "Y14.5-2018", "C++", "I-9", "O'Brien").
HANGING_HALF = re.compile(r"-\s*(?:,|(?:und|oder|bzw\.?|sowie|and|or|en|of|et|ou|e|y|&)\s)", re.IGNORECASE)
WORD = re.compile(r"[^\W_](?:[\w&+#./'’-]*[\w+#])?(?:\([\w.]{1,4}\)(?:[\w/]*\w)?)*")
# a duration, a roster or a time, written as a word of its own ("12-hour shifts", "24/7", "8am"):
# when, not what
DURATION = re.compile(
    r"\d+(?:[-–]\d+)?[-–]?(?:hours?|hrs?|h|days?|weeks?|months?|years?|minutes?|mins?|shifts?)|24/7|\d+/\d+"
    # a time of day ("8am", "2pm", "06:00", "6AM-2PM")
    r"|\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?(?:[-–]\d{1,2}(?:[:.]\d{2})?(?:am|pm)?)?",
    re.IGNORECASE,
)
# An Italian article or preposition elided onto the next word ("all'OPI", "dell'Albo"): a word of its own
ELIDED = re.compile(rf"(?:{ELIDED_PREPOSITIONS}|un|l|d)['’](?=[^\W\d_])")  # "all'OPI", "l'anglais"


def _words(text: str) -> list[Word]:
    words = []
    for m in WORD.finditer(text):
        elided = ELIDED.match(m.group())
        if elided:
            words.append(Word(elided.group(), m.start(), m.start() + elided.end()))
            words.append(Word(m.group()[elided.end() :], m.start() + elided.end(), m.end()))
        else:
            words.append(Word(m.group(), m.start(), m.end()))
    return words


@dataclass(frozen=True)
class TermVocabulary:
    stop_words: frozenset[str]
    frames: tuple[tuple[str, ...], ...]  # word sequences, longest first
    suffix_frames: frozenset[str]
    generic: frozenset[str]
    detail_cues: tuple[tuple[str, ...], ...]
    conditions: tuple[tuple[str, re.Pattern[str]], ...]
    # what a résumé writes when it does state one ("Full clean UK driving licence"), by condition
    stated: dict[str, re.Pattern[str]] = field(default_factory=dict)
    deadlines: re.Pattern[str] | None = None  # "before your start date": when, not a condition
    # "able to join within 30 days", "available from August 2027": when the hire starts, not the
    # hours they work (an availability of one kind does not show the other)
    availability_start: re.Pattern[str] | None = None
    shown_by_work: frozenset[str] = frozenset()  # conditions a job shows when asked as experience
    of_the_person: frozenset[str] = frozenset()  # conditions a job's duties never state (work authorisation)
    others_matters: re.Pattern[str] | None = None  # "applications", "clients": a job line about others'
    willingness: frozenset[str] = frozenset()  # conditions a candidate is willing to (travel, on-call)
    # Spanish and Portuguese activities: after one, "de" starts the thing acted on, not a longer name
    activities: frozenset[str] = frozenset()
    # -ing words that are prepositions, never a phrase's head ("including", "according")
    ing_prepositions: frozenset[str] = frozenset()
    # places and their people's adjectives ("Lux", "Kenyan"), and words of standing joined to one
    # ("UK-recognised"): where a thing is from or valid, not a thing to search for
    places: frozenset[str] = frozenset()
    place_standing: frozenset[str] = frozenset()
    frame_fillers: frozenset[str] = frozenset()  # adjectives after a frame's noun ("documentata")
    # "licence as", "registered as": the profession a standing is held in follows, after an article
    # and describing words ("Valid licence as a practical nurse")
    standing_frames: tuple[tuple[str, ...], ...] = ()
    # words that tell a Dutch line, and words that say it is not one (see dutch_line)
    dutch_words: frozenset[str] = frozenset()
    not_dutch_words: frozenset[str] = frozenset()
    # "end to end", "day to day", "from scratch": how a thing is done when no noun follows
    manner: re.Pattern[str] | None = None
    closing_frames: frozenset[str] = frozenset()  # suffix frames only where they close the line


@cache
def same_meaning() -> dict[str, frozenset[str]]:
    """Each word's stem with the stems of the other words of its meaning (``same_meaning``)."""
    groups = load_data(FILE).get("same_meaning") or []
    if not isinstance(groups, list):
        raise DataError(FILE, "same_meaning", "expected a list of word lists")
    others: dict[str, frozenset[str]] = {}
    for at, group in enumerate(groups):
        where = f"same_meaning[{at}]"
        stems = {normalize(w).strip() for w in string_list(group, file=FILE, where=where)}
        if any(len(s.split()) != 1 for s in stems):
            raise DataError(FILE, where, "each entry is one word")
        for one in stems:
            if one in others:
                raise DataError(FILE, f"same_meaning[{at}]", f"{one!r} is in two groups")
            others[one] = frozenset(stems - {one})
    return others


@cache
def people_with_a_condition() -> re.Pattern[str] | None:
    """ "residents living with", "people affected by": who a line's care is for, before the
    condition it asks about (data/terms.yaml ``people_with_a_condition``, ``condition_frames``)."""
    data = load_data(FILE)
    people = string_list(data.get("people_with_a_condition"), file=FILE, where="people_with_a_condition")
    frames = string_list(data.get("condition_frames"), file=FILE, where="condition_frames")
    if not frames:
        return None
    who = rf"(?:(?:{alternation(people)})\s+)?" if people else ""
    return re.compile(rf"\b{who}(?:{alternation(frames)})\b", re.IGNORECASE)


@cache
def term_vocabulary() -> TermVocabulary:
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=["stop_words", "frames", "suffix_frames", "generic", "detail_cues", "conditions"],
        optional=[
            "stated_conditions",
            "condition_deadlines",
            "conditions_shown_by_work",
            "conditions_of_the_person",
            "matters_of_others",
            "conditions_of_willingness",
            "least_age",
            "citizenship",
            "activities",
            "places",
            "place_standing",
            "frame_fillers",
            "standing_frames",
            "dutch_line",
            "ing_prepositions",
            "manner_phrases",
            "same_meaning",
            "closing_frames",
            "people_with_a_condition",
            "condition_frames",
            "body_nouns",
            "availability_start",
        ],
    )

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in string_list(data[key], file=FILE, where=key))

    def sequences(key: str) -> tuple[tuple[str, ...], ...]:
        found = [tuple(p.lower().split()) for p in string_list(data[key], file=FILE, where=key)]
        return tuple(sorted(found, key=len, reverse=True))

    dutch = data.get("dutch_line") or {}
    if not isinstance(dutch, dict):
        raise DataError(FILE, "dutch_line", "expected a mapping with words and not_with")
    conditions = data["conditions"]
    if not isinstance(conditions, dict):
        raise DataError(FILE, "conditions", "expected a mapping of condition -> phrases")
    compiled = []
    for name, phrases in conditions.items():
        phrases = string_list(phrases, file=FILE, where=f"conditions.{name}")
        compiled.append((str(name), _phrase_regex(phrases)))
    stated_data = data.get("stated_conditions") or {}
    if not isinstance(stated_data, dict):
        raise DataError(FILE, "stated_conditions", "expected a mapping of condition -> phrases")
    stated = {}
    for name, phrases in stated_data.items():
        if name not in conditions:
            raise DataError(FILE, f"stated_conditions.{name}", "not one of the conditions")
        stated[str(name)] = _phrase_regex(string_list(phrases, file=FILE, where=f"stated_conditions.{name}"))
    return TermVocabulary(
        stop_words=words("stop_words"),
        frames=sequences("frames"),
        suffix_frames=words("suffix_frames"),
        generic=words("generic"),
        detail_cues=sequences("detail_cues"),
        conditions=tuple(compiled),
        stated=stated,
        availability_start=_phrase_regex(
            string_list(data["availability_start"], file=FILE, where="availability_start")
        )
        if data.get("availability_start")
        else None,
        deadlines=_phrase_regex(
            string_list(data["condition_deadlines"], file=FILE, where="condition_deadlines")
        )
        if data.get("condition_deadlines")
        else None,
        shown_by_work=(
            words("conditions_shown_by_work") if "conditions_shown_by_work" in data else frozenset()
        ),
        of_the_person=(
            words("conditions_of_the_person") if "conditions_of_the_person" in data else frozenset()
        ),
        willingness=(
            words("conditions_of_willingness") if "conditions_of_willingness" in data else frozenset()
        ),
        others_matters=(
            _phrase_regex(string_list(data["matters_of_others"], file=FILE, where="matters_of_others"))
            if data.get("matters_of_others")
            else None
        ),
        activities=words("activities") if "activities" in data else frozenset(),
        ing_prepositions=words("ing_prepositions") if "ing_prepositions" in data else frozenset(),
        closing_frames=words("closing_frames") if "closing_frames" in data else frozenset(),
        manner=_manner_regex(string_list(data["manner_phrases"], file=FILE, where="manner_phrases"))
        if data.get("manner_phrases")
        else None,
        places=words("places") if "places" in data else frozenset(),
        place_standing=words("place_standing") if "place_standing" in data else frozenset(),
        frame_fillers=words("frame_fillers") if "frame_fillers" in data else frozenset(),
        standing_frames=sequences("standing_frames") if "standing_frames" in data else (),
        dutch_words=frozenset(
            w.lower() for w in string_list(dutch.get("words"), file=FILE, where="dutch_line")
        ),
        not_dutch_words=frozenset(
            w.lower() for w in string_list(dutch.get("not_with"), file=FILE, where="dutch_line")
        ),
    )


@cache
def citizenship_words() -> re.Pattern[str]:
    """``citizenship.words`` of data/terms.yaml ("nationality", "citizen", "passport" ...): read
    on a CV's contact line by the résumé parser and on any line by the condition checker."""
    entry = load_data(FILE).get("citizenship") or {}
    words = string_list(entry.get("words"), file=FILE, where="citizenship.words")
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


def _manner_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A phrase's words apart, hyphenated or not ("end to end", "end-to-end")."""
    forms = [r"[\s-]+".join(re.escape(w) for w in p.lower().replace("-", " ").split()) for p in phrases]
    return re.compile(r"\b(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _manner_ranges(
    text: str, vocabulary: TermVocabulary, covered: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where a manner phrase is no part of a name: it ends its phrase ("investigate alerts end to
    end", "own features end-to-end, from ...") or stands before a thing already named ("day-to-day
    bookkeeping"). Before a noun of its own it names one ("end-to-end encryption")."""
    if vocabulary.manner is None:
        return []
    ranges = []
    for found in vocabulary.manner.finditer(text):
        after = re.match(r"\s*([\w'’]+)?", text[found.end() :])
        following = after.group(1) if after else None
        if (
            following is None
            or following.lower() in vocabulary.stop_words
            or any(a <= after.start(1) + found.end() < b for a, b in covered)
        ):
            ranges.append((found.start(), found.end()))
    return ranges


def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``phrases``, lower-case, as whole words, either apostrophe."""
    # "driver's licence" is also written "driver’s licence"
    escaped = (re.escape(p.lower()).replace("'", "['’]") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(escaped)})(?![\w-])")


def _lowered(text: str) -> str:
    """The line lower-cased with one apostrophe, as the condition phrases are written (same length)."""
    return text.lower().replace("’", "'")


def _condition_text(text: str) -> str:
    """The line lower-cased, without the deadlines it sets for its other asks."""
    lowered = _lowered(text)
    deadlines = term_vocabulary().deadlines
    return deadlines.sub(" ", lowered) if deadlines is not None else lowered


def condition_of(text: str) -> str | None:
    """The condition a line is about, when a résumé cannot show it (travel, work authorisation):
    the one it names first ("a driver's licence ..., as you will be travelling" is about driving)."""
    lowered = _condition_text(text)
    found = [
        (m.start(), index, name)
        for index, (name, regex) in enumerate(term_vocabulary().conditions)
        if (m := regex.search(lowered))
    ]
    resident = RESIDENT_OF_A_PLACE.search(text)
    if resident is not None:  # "Resident in Nakuru County or willing to relocate"
        found.append((resident.start(), -1, "location"))
    return min(found)[2] if found else None


# where one lives, asked with the place's capital ("Resident in Nakuru County", "must be resident in
# the UK"), not people somewhere ("adults resident in care homes")
RESIDENT_OF_A_PLACE = re.compile(
    r"(?:^[\W_]*|\b(?i:be|are|is|being|currently)\s+)(?i:resident|residing|living)\s+(?i:in|within)\s+"
    r"(?:the\s+)?[A-Z]"
)


# a list of licence classes after its word: "category C or CE", "categorías B, C y CE", "classes 1/3"
CLASS_LIST = re.compile(
    r"\b(?i:class(?:es)?|categor(?:y|ies|ía|ías|ia|ias)|cat\.|classe|clases?|klasse)\s*:?\s*"
    r"((?:[A-Z]{1,2}[1-9]?E?|[1-9][A-Z]?)\b(?:\s*(?:,|/|\+|&|(?i:or|and|y|o|e|ou|und|et))\s*"
    r"(?:[A-Z]{1,2}[1-9]?E?|[1-9][A-Z]?)\b)*)"
)
LICENCE_WORD = re.compile(
    r"\b(?:licen[cs]e|licencia|licen[cç]a|carteira|cnh|permis|führerschein|rijbewijs|körkort|driving|driver)",
    re.IGNORECASE,
)


# Australia's and New Zealand's heavy-vehicle classes, named by their words or their letters before
# "licence" ("Heavy Rigid (HR) driver's licence", "HR Licence (WA)")
HEAVY_CLASSES = {
    "light rigid": "LR",
    "medium rigid": "MR",
    "heavy rigid": "HR",
    "heavy combination": "HC",
    "multi combination": "MC",
}
# each class covers every class before it: an MC licence holder drives HR trucks
HEAVY_ORDER = ("LR", "MR", "HR", "HC", "MC")
HEAVY_CLASS = re.compile(
    r"\b(?:(?P<words>"
    + "|".join(HEAVY_CLASSES)
    + r")|(?P<letters>LR|MR|HR|HC|MC)(?=\)?\s+(?i:driver'?s?\s+)?"
    r"(?i:licen[cs]e)))\b",
    re.IGNORECASE,
)


CLASS_BEFORE = re.compile(r"\b([A-Z]{1,2}[1-9]?E?)\s+(?i:class)\b")


def licence_classes(text: str) -> frozenset[str]:
    """The licence classes a text lists after a class word ("category C or CE": {"C", "CE"}), or
    names as a heavy-vehicle class ("Heavy Rigid (HR)", "HR licence")."""
    found: set[str] = set()
    for match in CLASS_LIST.finditer(text):
        found.update(re.findall(r"\b(?:[A-Z]{1,2}[1-9]?E?|[1-9][A-Z]?)\b", match.group(1)))
    found.update(CLASS_BEFORE.findall(text))  # "C class car licence"
    for match in HEAVY_CLASS.finditer(text):
        found.add(
            HEAVY_CLASSES[match.group("words").lower()] if match.group("words") else match.group("letters")
        )
    return frozenset(found)


def condition_ranges(text: str) -> list[tuple[int, int]]:
    """Where the line names a condition ("pre-employment screening", "right to work")."""
    lowered = _lowered(text)
    return [m.span() for _, regex in term_vocabulary().conditions for m in regex.finditer(lowered)]


def conditions_in(text: str) -> tuple[str, ...]:
    """Every condition a line names ("travel ...; valid driver's license": travel and driving)."""
    lowered = _condition_text(text)
    return tuple(name for name, regex in term_vocabulary().conditions if regex.search(lowered))


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # offset in the line
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def _named(word: Word, first: bool) -> bool:
    return is_named(word.text, first)


# a job or title written for either gender: "Enfermero/a", "Técnico(a)", "Contador/a", "Profesor(a)"
GENDERED = re.compile(r"\b(\w+?)(o|or|ón|és)\s?(?:/\s?|\()a\)?(?!\w)", re.IGNORECASE)


def gendered_forms(text: str) -> tuple[str, str] | None:
    """``text`` with its words for either gender written out: ("Enfermero", "Enfermera") for
    "Enfermero/a"; None when it has none."""
    if GENDERED.search(text) is None:
        return None

    def feminine(match: re.Match[str]) -> str:
        stem, ending = match.group(1), match.group(2)
        return stem + ("a" if ending.lower() == "o" else ending.replace("ó", "o").replace("é", "e") + "a")

    return GENDERED.sub(lambda m: m.group(1) + m.group(2), text), GENDERED.sub(feminine, text)


def term_keys(text: str) -> tuple[str, ...]:
    """Search keys for a literal term: the phrase in normal form. (A brand alone - "Bluebeam" for
    "Bluebeam Revu" - is found by the literal checker as a partial match, not a key: "Epic" is
    not "Epic Rover", nor "Workday" "Workday Recruiting".)"""
    forms = gendered_forms(text)
    if forms is not None:  # "Enfermero/a": either word is the term
        return tuple(dict.fromkeys(key for form in forms for key in term_keys(form)))
    key = normalize(text)
    if not key.strip():
        return ()
    code = STANDARD_CODE.match(text)
    if code is not None and not STANDARD_ROLE.search(text[code.end(1) :]):
        # "AS/NZS 3000:2018 Wiring Rules", "ISO 9001:2015": the standard's code names it, without
        # its edition or its title ("ISO 27001 Lead Auditor" is a credential, not the standard)
        return tuple(dict.fromkeys((key, normalize(code.group(1)))))
    # "practice management software", "a transport management system": the kind word at the end
    # may be left out ("RxWorks practice management")
    words = text.split()
    vocabulary = term_vocabulary()
    if (
        len(words) >= 3
        and words[-1].lower() in vocabulary.generic
        and words[-2].lower() not in vocabulary.stop_words  # not "técnico de" of "técnico de manutenção"
    ):
        shorter = normalize(" ".join(words[:-1]))
        if shorter.strip():
            return (key, shorter)
    return (key,)


EDITION_YEAR = re.compile(r"(?:19|20)\d{2}")  # "AS/NZS 3000:2018": the standard's edition
# a standard's code at a term's start, its edition and its title after it ("AS/NZS 3000:2018 Wiring
# Rules", "ISO 9001:2015", "BS 7671:2018+A2:2022")
STANDARD_CODE = re.compile(
    r"^((?:[A-Z]{2,6}(?:/[A-Z]{2,6})*)\s?\d{2,6}(?:[.-]\d{1,3})*)"
    r"(?:\s?[:-]\s?(?:19|20)\d{2}(?:\+\S+)?)?"
    r"(?:\s+(?:(?:of|for|in)\s+)?(?!(?:Type|Class|Grade|Level|Part|Category|Execution|Edition)\b)"
    r"[A-Z][a-z][a-z-]*)*$"
)
STANDARD_ROLE = re.compile(
    r"\b(?:auditor|implementer|practitioner|lead|foundation|certified|certification|professional|"
    r"specialist|manager|engineer|technician|trainer|inspector)\b",
    re.IGNORECASE,
)


GERMAN_BEFORE_NOUN = frozenset(
    {"im", "der", "die", "das", "dem", "den", "des", "zur", "zum", "beim", "vom", "für"}
)


def literal_spans(
    doc: Doc,
    start: int,
    text: str,
    covered: list[tuple[int, int]],
    only_named: bool = False,
    is_language: Callable[[str], bool] | None = None,
    model_ranges: Sequence[tuple[int, int]] = (),
    last_resort: bool = False,
    listed: Sequence[tuple[int, int]] = (),
) -> list[Span]:
    """Spans (label TERM, id "term:<key>") for the literal terms of the line ``text`` that starts at
    character ``start`` of ``doc``; ``covered`` are line offsets already taken (taxonomy skills,
    competencies, years, the degree ...). ``only_named``: keep only terms that name something
    (a line about competencies: "communication skills in high-acuity situations").
    ``model_ranges``: line offsets the skill-span model marked as knowledge; a candidate inside
    one is kept whatever its form ("construction drawings", "general ledger"). ``last_resort``: the
    line named nothing else, so a phrase of two or more words is kept whatever its form ("a store
    renovation"): searched for, rather than the line left unchecked. ``listed``: line offsets of
    the taxonomy skills named, each a kept mate of the items listed beside it ("post-tensioned
    concrete, precast panels or structural steel erection")."""
    vocabulary = term_vocabulary()
    words = _words(text)
    runs: list[list[Word]] = []
    current: list[Word] = []
    previous_end = 0
    names_a_language = is_language is not None and any(is_language(w.text) for w in words)
    verbs: set[int] = set()  # indices of words read as the candidate's verbs
    letters = [c for c in text if c.isalpha()]
    shouted = len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    manner = _manner_ranges(text, vocabulary, covered)
    bodies = body_names(text)
    titles = _spelled_titles(words, text) + bodies
    for at, word in enumerate(words):
        gap = text[previous_end : word.start]
        breaks = bool(re.search(r"[,;:()\[\]!?–—|]|\.\s|\s-\s", gap))
        edition = gap == ":" and current and current[-1].text[-1:].isdigit()
        if breaks and edition and EDITION_YEAR.fullmatch(word.text):
            breaks = False  # "AS/NZS 3000:2018 Wiring Rules": a standard's edition, inside its name
        is_covered = any(a < word.end and word.start < b for a, b in covered)
        stop = word.lower in vocabulary.stop_words or word.lower.strip(".") in vocabulary.stop_words
        in_a_body = any(a < word.start and word.end <= b for a, b in bodies)  # "Canadian" in its name
        if (
            current
            and (not is_covered or in_a_body)
            and any(a < word.start and word.end <= b for a, b in titles)
        ):
            # "Keeping Children Safe in Education (KCSIE)": every word of a title its acronym spells
            current.append(word)
            previous_end = word.end
            continue
        # "English at C1 level": the level, where the line names a language ("a C1 licence" is none)
        a_language_level = (
            CEFR_LEVEL.fullmatch(word.text) is not None or word.lower in ("cefr", "cef")
        ) and names_a_language
        stop = stop or a_language_level or any(a <= word.start and word.end <= b for a, b in manner)
        # "Finanz- und Lohnbuchhaltung", "pre- and post-operative": the first half of a shared
        # compound is no thing of its own to search for
        stop = stop or HANGING_HALF.match(text, word.end) is not None
        # "First, at least four years as ...", "Second, either a certificate or ...": the order of
        # a recruiter's points, not a thing
        stop = stop or (
            word.lower in ORDINAL_MARKERS
            and text[word.end : word.end + 1] == ","
            and not text[: word.start].rstrip()[-1:].isalnum()  # a sentence's first word
            # "First, Second or Third Class Power Engineer": grades listed, not a recruiter's order
            and not (at + 1 < len(words) and words[at + 1].lower in ORDINAL_MARKERS)
        )
        # a requirements table's category cell at the line's end ("... written and spoken Mandatory",
        # "... take-off and cost planning. Added advantage")
        stop = stop or (word.text in CATEGORY_CELLS and at >= len(words) - 2)
        # "the Register maintained by CORU", "a licence issued by the Board": a participle before
        # its agent says who keeps the thing, it is not part of the thing's name
        stop = stop or (
            word.lower.endswith("ed")
            and word.text.islower()
            and at + 1 < len(words)
            and words[at + 1].lower == "by"
        )
        cue = cue_set("after_qualifying").search(word.text) if stop else None
        if stop and _a_name_in_capitals(words, at, text) and not (cue and cue.group() == word.lower):
            stop = False  # "IS 456", "IS codes", "Class A": capitals make an everyday word a name
            # (but "3 years' PQE" in capitals is still the cue that dates the years)
        # "Colegio Federado de Ingenieros y de Arquitectos": "y de" inside one institution's name
        romance_and = (
            word.lower in ROMANCE_AND and at + 1 < len(words) and words[at + 1].lower in NAME_JOINERS
        )
        inside_a_name = (
            stop
            and current
            and not breaks
            and (word.lower in NAME_JOINERS or romance_and)
            and current[-1].text[:1].isupper()
            and _capitalised_after(words, word)
            # "WHT and VAT", "PAYE and NSSF", "NRM1 and NRM2": two acronyms or codes joined are two things
            and not (
                word.lower in ("and", "&")
                and _acronym_or_code(current[-1].text)
                and at + 1 < len(words)
                and _acronym_or_code(words[at + 1].text)
            )
        )
        # a capitalised everyday word inside a name: "the Working Time Directive", "the Teaching
        # Council's rules" (at the start of the line a capital says nothing)
        in_a_title = (
            stop
            and not a_language_level  # "German C1, English B2": a level before the next language
            and not is_covered
            and not breaks
            and word.text[:1].isupper()
            # "MUST HAVE VALID COC": shouted everyday words are no title ("CAT ET" is one)
            and not (word.text.isupper() and (shouted or _shouted_beside(words, at, vocabulary)))
            and word.start != _first_word_start(words)
            and word.lower not in NAME_JOINERS
            and _capitalised_after(words, word)
            # "Kenntnisse im Bereich Batteriespeicher": German capitalises every noun; a kind word
            # after its article or preposition frames the name, it is not part of it
            and not (
                at > 0 and words[at - 1].lower in GERMAN_BEFORE_NOUN and word.lower in vocabulary.generic
            )
        )
        # "incubación de ovas", "calidad de agua": the "of" of Spanish and Portuguese noun phrases
        romance_of = (
            word.lower in ROMANCE_OF
            and current
            # ("mantenimiento de llenadoras": after an activity the thing named is the term; but
            # "software de diagnóstico" is one thing)
            and current[-1].lower not in vocabulary.activities
            and not breaks
            and at + 1 < len(words)
            and text[word.end : words[at + 1].start] == " "
            and words[at + 1].lower not in vocabulary.stop_words
            and not words[at + 1].text[:1].isdigit()
        )
        # "cash handling, night audit and ...": an -ing word closing a noun's phrase is its head
        # ("handling the cash" is a verb with its object, left out)
        closes_a_noun = (
            stop
            and current
            and not breaks
            and not is_covered
            and word.lower.endswith("ing")
            and word.lower not in vocabulary.ing_prepositions
            and not current[-1].lower.endswith("ing")
            and (
                _phrase_ends_after(words, at, text)
                # "on-site monitoring experience": the -ing word ends the thing the experience is in
                or (at + 1 < len(words) and words[at + 1].lower in vocabulary.suffix_frames)
            )
        )
        if inside_a_name or in_a_title or romance_of or closes_a_noun:  # "Bank of America"
            current.append(word)
            previous_end = word.end
            continue
        if current and (breaks or stop or is_covered):
            runs.append(current)
            current = []
        a_verb = not current and not word.text[:1].isupper() and _a_verb_here(words, at, verbs)
        if a_verb:
            verbs.add(at)
        if not stop and not is_covered and not a_verb and not (word.text.isdigit() and not current):
            current.append(word)
        previous_end = word.end
    if current:
        runs.append(current)
    candidates: list[tuple[int, int, str, bool]] = []  # (start, end, phrase, kept on its own)
    # A line that starts with what it asks for ("Multi-entity consolidation, ..."), not a sentence
    # about "you" or "we"
    first_start = next((w.start for w in words if w.lower not in vocabulary.stop_words), -1)
    subordinate = next(
        (m for m in SUBORDINATE.finditer(text) if not PERSON_WHO.search(text, 0, m.end())), None
    )
    about_us = COMPANY_CLAUSE.search(text)
    for run in _split_long_runs(runs):
        while len(run) > 1 and run[-1].lower in NAME_JOINERS:
            run = run[:-1]
        phrase = text[run[0].start : run[-1].end]
        if is_language is not None and "/" in phrase and all(is_language(p) for p in phrase.split("/")):
            # "Filipino/Tagalog": two names of a language, or two languages, each its own
            at = run[0].start
            for part in phrase.split("/"):
                candidates.append((at, at + len(part), part, True))
                at += len(part) + 1
            continue
        joined = re.split(r"(\s+(?:and|or|&)\s+)", phrase)
        if is_language is not None and len(joined) > 1 and all(is_language(p) for p in joined[::2]):
            # "Bahasa Malaysia and English": a name joiner between two languages joins no name
            at = run[0].start
            for index, part in enumerate(joined):
                if index % 2 == 0:
                    candidates.append((at, at + len(part), part, True))
                at += len(part)
            continue
        if is_language is not None and is_language(phrase):
            candidates.append((run[0].start, run[-1].end, phrase, True))
            continue  # a language named is asked for wherever it stands ("since clients speak Tagalog")
        if subordinate and run[0].start > subordinate.start() and (candidates or only_named):
            continue  # "emails that a busy CFO will read": what follows "that" describes, not asks
        if about_us and run[0].start > about_us.start():
            continue  # "...: we are opening Latin American accounts": about the company
        while (
            len(run) > 1
            and _a_suffix_frame(run[-1], vocabulary, text)
            and not ABOUT_A_PROCESS.match(text, run[-1].end)
        ):
            run = run[:-1]  # "PMP certification" -> "PMP", "CPA license" -> "CPA"
        if (
            len(run) > 1
            and CODE.fullmatch(run[0].text)
            and all(w.text.islower() for w in run[1:])
            and candidates
            and CODE.fullmatch(candidates[-1][2])
            and text[candidates[-1][1] : run[0].start].strip().lower() in ("and", "or", "&", ",", "/")
        ):
            run = run[:1]  # "NRM1 and NRM2 measurement rules": the head the two codes share
        if len(run) == 1 and len(run[0].text) <= 2 and run[0].text.islower():
            continue  # "te ao Māori": a two-letter lower-case word is no name
        if all(DURATION.fullmatch(w.text) for w in run):
            continue  # "a roster of 12-hour day and night shifts": how long, not a thing asked
        title_words = all(w.lower in vocabulary.stop_words and not w.text.isupper() for w in run)
        if title_words and (len(run) > 1 or _title_continues(words, run[-1], text)):
            continue  # "The Ideal Candidate will have": capitals, but only everyday words ("Deep" in a
            # list of dive specialties stays a name)
        phrase = text[run[0].start : run[-1].end]
        if _only_a_place(phrase, vocabulary) and re.match(r" [^\W\d_]", text[run[-1].end :]):
            continue  # "Lux GAAP", "a UK-recognised degree": where what follows is from or valid
        while len(run) > 1 and "-" in run[0].text and _only_a_place(run[0].text, vocabulary):
            run = run[1:]  # "EU-recognised nursing diploma" names a nursing diploma
        phrase = text[run[0].start : run[-1].end]
        # "or similar practice management software": the kind of thing that will do, named as such
        of_a_kind = len(run) >= 2 and _or_a_kind(words, run[0])
        if (
            all(w.lower in vocabulary.generic or w.text.isdigit() or w.lower in ROMANCE_OF for w in run)
            and not of_a_kind
        ) or (len(run) > MAX_TERM_WORDS and not STANDARD_CODE.match(phrase)):
            # (a standard's code and its title are one name: "BS 5839 Fire Detection and Alarm Systems")
            continue
        if (
            len(run) == 1
            and (_acronym(run[0].text) or run[0].text in LAW_KINDS)
            and text[run[0].start - 1 : run[0].start] == " "
            and any(b == run[0].start - 1 for _, b in covered)
        ):
            continue  # "Oracle Opera PMS", "Salesforce CRM", "the OHS Act": the kind of what was just named
        first = run[0].start == first_start
        named = any(_named(w, first and i == 0) for i, w in enumerate(run))
        # "Commitment to ...", "Good command of ...": a word that opens the line and governs what
        # follows is how the line asks, not what it asks for
        heads_a_phrase = first and len(run) == 1 and _next_word(words, run[-1]) in FRAME_PREPOSITIONS
        if (
            not named
            and text[: run[0].start].rstrip().endswith("(")
            and text[run[-1].end :].lstrip().startswith(")")
        ):
            continue  # "ASC 606 (revenue)": a word of explanation, not a term
        if only_named and not named:
            continue
        verb_like = len(run) == 1 and re.search(r"(?:s|ed|ing)$", run[0].lower) is not None
        sentence = PRONOUN.search(text[: run[0].start]) is not None  # "You are ... X", not "X that you ..."
        if is_language is not None and is_language(phrase):
            candidates.append((run[0].start, run[-1].end, phrase, True))
            continue
        by_model = any(a <= run[0].start and run[-1].end <= b for a, b in model_ranges)
        keep = (
            named
            or by_model
            # the line starts with what it asks for ("Multi-entity consolidation"), not a sentence
            or (first and not verb_like and not sentence and not heads_a_phrase)
            or _after_frame(words, run[0], vocabulary, text)
            or _before_suffix_frame(words, run[-1], vocabulary, text)
            or (last_resort and len(run) >= 2)
            or of_a_kind
        )
        candidates.append((run[0].start, run[-1].end, phrase, keep))
    # what is already taken (a taxonomy skill) in a list after a colon is a kept list mate too:
    # "Basic workshop skills: welding, grinding, drilling" (details of the thing before the colon)
    colon = text.find(": ")
    taken = {(a, b) for a, b in covered if 0 <= colon < a < b <= len(text)}
    # a skill that is an item of a comma list keeps the items listed beside it ("HVAC, chiller
    # plant or BMS"), unless it is itself an example of something ("Figma, including components,
    # variants and auto layout"); "RFQs and sourcing decisions" is no such list
    taken |= {
        (a, b)
        for a, b in listed
        if (text[b:].lstrip().startswith(",") or text[:a].rstrip().endswith(","))
        and not EXAMPLE_BEFORE.search(text[:a])
    }
    mates = sorted(candidates + [(a, b, text[a:b], True) for a, b in taken])
    found = [f for f in _with_list_mates(mates, text, taken) if (f[0], f[1]) not in taken]
    spans = []
    for a, b, phrase in found:
        span = doc.char_span(start + a, start + b, alignment_mode="expand")
        if span is None or not len(span):
            continue
        key = normalize(phrase).strip()
        if not key:
            continue
        spans.append(Span(doc, span.start, span.end, label=TERM_LABEL, span_id=TERM_PREFIX + key))
    return spans


def _phrase_ends_after(words: list[Word], at: int, text: str) -> bool:
    """Does the phrase end with ``words[at]``: the line ends, a list mark follows, or "and"/"or"?"""
    if at + 1 >= len(words):
        return True
    gap = text[words[at].end : words[at + 1].start]
    return bool(re.search(r"[,;:()\[\]/–—|]|\.\s", gap)) or words[at + 1].lower in ("and", "or", "&")


def _only_a_place(phrase: str, vocabulary: TermVocabulary) -> bool:
    """A place or its people's adjective alone, or joined to a word of standing ("Kenyan",
    "South African", "UK-recognised", "EU-registered")."""
    lowered = " ".join(phrase.lower().split())
    if lowered in vocabulary.places:
        return True
    place, dash, standing = lowered.rpartition("-")
    return bool(dash) and place in vocabulary.places and standing in vocabulary.place_standing


CEFR_LEVEL = re.compile(r"[ABC][12]\+?")
# joining words and modals written in capitals for emphasis ("OR a Master's", "You MUST have")
SHOUTED_JOINERS = frozenset(
    [
        "or",
        "and",
        "not",
        "nor",
        "to",
        "in",
        "of",
        "on",
        "at",
        "by",
        "for",
        "with",
        "as",
        "if",
        "but",
        "plus",
        "an",
        "the",
        "from",
        "into",
        "per",
        "via",
        "all",
        "any",
        "must",
        "will",
        "shall",
        "should",
        "may",
        "can",
        "need",
        "have",
        "has",
        "do",
        "does",
        "no",
        "only",
        "you",
        "we",
        "our",
        "your",
        "be",
        "are",
    ]
)
GRADE_HEADS = frozenset({"class", "category", "grade", "level", "type", "band", "tier", "part", "schedule"})


# what a law or a rule book is, after its name ("the OHS Act", "the GDPR Regulation")
LAW_KINDS = frozenset({"Act", "Acts", "Regulation", "Regulations", "Code", "Directive", "Ordinance", "Bill"})


TITLE_JOINERS = frozenset({"of", "in", "and", "&", "for", "the", "to", "on", "at"})
TITLE_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z&]{2,9})\s*\)")


MAX_TERM_WORDS = 6  # a longer run of words is a sentence, not a name


def _split_long_runs(runs: list[list[Word]]) -> list[list[Word]]:
    """Runs too long for one name, parted where "and" joins a code's name to another ("AS/NZS
    3000 Wiring Rules and AS/NZS 3008 cable selection"): each part may be one ("Research and
    Development Tax Credits" stays whole)."""
    parted: list[list[Word]] = []
    for run in runs:
        ands = [at for at, w in enumerate(run[1:-1], start=1) if w.lower in ("and", "&")]
        codes = {at for at in ands if _acronym_or_code(run[at + 1].text.split("/")[0])}
        joints = codes or set(ands)
        if len(run) <= MAX_TERM_WORDS or not joints:
            parted.append(run)
            continue
        current: list[Word] = []
        for at, word in enumerate(run):
            if at in joints and current:
                parted.append(current)
                current = []
            else:
                current.append(word)
        if current:
            parted.append(current)
    return parted


def _spelled_titles(words: list[Word], text: str) -> list[tuple[int, int]]:
    """Line offsets of the titles a bracketed acronym spells: "Keeping Children Safe in Education
    (KCSIE)" is one name, though "Safe" and "in" are everyday words. The words right before the
    bracket, read back, start with the acronym's letters (small joining words may be skipped);
    most of them are capitalised."""
    found: list[tuple[int, int]] = []
    for bracket in TITLE_ACRONYM.finditer(text):
        letters = [c.lower() for c in bracket.group(1) if c.isalpha()]
        before = [w for w in words if w.end <= bracket.start()]
        taken: list[Word] = []
        for word in reversed(before):
            if not letters:
                break
            if word.lower[:1] == letters[-1]:
                letters.pop()
                taken.append(word)
            elif word.lower in TITLE_JOINERS and taken:
                taken.append(word)
            else:
                break
        if letters or len(taken) < 3 or text[taken[0].end : bracket.start()].strip():
            continue
        capitals = sum(w.text[:1].isupper() for w in taken if w.lower not in TITLE_JOINERS)
        if capitals * 2 >= len([w for w in taken if w.lower not in TITLE_JOINERS]):
            found.append((taken[-1].start, taken[0].end))
    return found


BODY_WORD = r"[A-Z][\w'’&.-]*"


@cache
def _body_pattern() -> re.Pattern[str] | None:
    """A professional body's or public body's name ("Association of Canadian Archivists", "Royal
    College of Nursing", "Nursing and Midwifery Council"): capitalised words around one of the
    nouns of data/terms.yaml ``body_nouns``, joined by "of", "and", "for" and the like."""
    nouns = string_list(load_data(FILE).get("body_nouns"), file=FILE, where="body_nouns")
    if not nouns:
        return None
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    before = rf"(?:{BODY_WORD}\s+(?:(?:and|&)\s+)?){{0,4}}"
    after = (
        rf"(?:\s+(?:of|for|of the|for the)\s+{BODY_WORD}"
        rf"(?:\s+(?:(?:and|&|of|for|in|on)\s+)?{BODY_WORD}){{0,5}}"
        # French names keep their nouns in lower case: "Association des archivistes du Québec"
        r"|(?:\s+(?:des|du|de la|de l['’]|de|d['’])\s*[^\W\d_][\w'’-]*){1,4})?"
    )
    return re.compile(rf"(?<![\w-]){before}(?:{noun})(?![\w-]){after}")


def body_names(text: str) -> list[tuple[int, int]]:
    """Line offsets of the bodies' names a line names: one name each, though "Nursing" or
    "Canadian" inside it would be a thing or a place of its own. A noun alone ("the Board") or
    with only a lower-case word beside it is no name."""
    pattern = _body_pattern()
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        capitals = re.findall(BODY_WORD, match.group())
        if len(capitals) >= 2:
            found.append(match.span())
    return found


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha()


CODE = re.compile(r"[A-Z]{1,6}\d{1,4}[A-Z]?")  # "NRM2", "CS1", "A320": a code of a rule set, an exam, a type


def _acronym_or_code(text: str) -> bool:
    return _acronym(text) or CODE.fullmatch(text) is not None


ROMANCE_EXPERIENCE = frozenset({"experiência", "experiencia", "anos", "años", "capacidade", "capacidad"})
ROMANCE_INFINITIVE = re.compile(r"(?:ar|er|ir)$")


def _a_verb_here(words: list[Word], at: int, verbs: set[int]) -> bool:
    """Is the word at ``at`` a verb by where it stands: after a modal ("must wear"), after "able
    to" and its kin, or joined by "and"/"or" to such a verb ("diagnose and repair")?"""
    before = [w.lower for w in words[max(0, at - 2) : at]]
    if before[-1:] and before[-1] in MODALS:
        return True
    if (
        len(before) == 2
        and before[1] == "a"
        and before[0] in ROMANCE_EXPERIENCE
        and ROMANCE_INFINITIVE.search(words[at].lower)
    ):
        return True  # "experiência a leccionar inglês", "2 anos a trabalhar em ...": the activity's verb
    if len(before) == 2 and before[1] == "to" and before[0] in INFINITIVE_HEADS:
        return True
    return bool(before[-1:]) and before[-1] in ("and", "or") and at - 2 in verbs and at + 1 < len(words)


def _a_name_in_capitals(words: list[Word], at: int, text: str) -> bool:
    """An everyday word written in capitals inside a line, before a number or a lower-case word
    ("IS 456", "IS codes"), or a single capital letter after a word like "Class" ("Class A")."""
    word = words[at]
    if at == 0:
        return False
    previous = words[at - 1]
    if len(word.text) == 1 and word.text.isupper() and previous.lower in GRADE_HEADS:
        return text[previous.end : word.start] == " "
    if len(word.text) < 2 or not word.text.isupper() or not word.text.isalpha():
        return False
    following = words[at + 1] if at + 1 < len(words) else None
    if following is None or text[word.end : following.start] != " ":
        return False
    if following.text[:1].isdigit():
        return True  # "IS 456", "AS 3600", "BS 8110"
    # "IS codes", "IT support"; not a joining word shouted ("OR a Master's", "AND experience")
    return following.text[:1].islower() and word.lower not in SHOUTED_JOINERS


def _title_continues(words: list[Word], word: Word, text: str) -> bool:
    """Is the word followed, after one space, by a capitalised word ("Ideal Candidate")?"""
    at = words.index(word)
    following = words[at + 1] if at + 1 < len(words) else None
    return following is not None and text[word.end : following.start] == " " and following.text[:1].isupper()


def _shouted_beside(words: list[Word], at: int, vocabulary: TermVocabulary) -> bool:
    """Is a neighbour of the word an everyday word in capitals too ("HAVE VALID")?"""
    return any(
        0 <= i < len(words)
        and words[i].text.isupper()
        and len(words[i].text) > 2
        and words[i].lower in vocabulary.stop_words
        for i in (at - 1, at + 1)
    )


def _capitalised_after(words: list[Word], word: Word) -> bool:
    """Is the next word after ``word`` (skipping other joiners) capitalised?"""
    index = next(i for i, w in enumerate(words) if w is word)
    for following in words[index + 1 : index + 3]:
        if following.lower in NAME_JOINERS:
            continue
        return following.text[:1].isupper()
    return False


KIND_CUES = frozenset({"similar", "comparable", "equivalent"})


LINE_WORD = re.compile(r"[^\W\d_]+")
# in a Dutch line, its joining words as the English list reads them
DUTCH_JOINS = {"en": "and", "of": "or", "en/of": "and/or"}


@cache
def dutch_line(text: str) -> bool:
    """Is this requirement line written in Dutch ("Kennis van warmtepompen en regeltechniek")? Then
    "en" joins a list and "of" offers alternatives (:data:`DUTCH_JOINS`)."""
    vocabulary = term_vocabulary()
    if not vocabulary.dutch_words:
        return False
    words = set(LINE_WORD.findall(text.lower()))
    return bool(words & vocabulary.dutch_words) and not words & vocabulary.not_dutch_words


def _or_a_kind(words: list[Word], word: Word) -> bool:
    """ "or (a) similar X", "at least one X": X is the kind of thing that will do (not "and other
    X", which names more of what is asked)."""
    index = next(i for i, w in enumerate(words) if w is word)
    before = [w.lower for w in words[max(0, index - 3) : index]]
    if before[-3:] == ["at", "least", "one"]:
        return True  # "and at least one practice management system": the kind is asked for
    return bool(before) and before[-1] in KIND_CUES and "or" in before[:-1]


def _next_word(words: list[Word], word: Word) -> str:
    index = next(i for i, w in enumerate(words) if w is word)
    return words[index + 1].lower if index + 1 < len(words) else ""


def _first_word_start(words: list[Word]) -> int:
    return words[0].start if words else -1


def _in_an_aside(text: str, word: Word, before: int) -> bool:
    """The word stands in brackets closed before ``before`` ("licence (cédula profissional) as")."""
    opening = text.rfind("(", 0, word.start)
    return (
        opening >= 0 and text.rfind(")", 0, word.start) < opening and 0 <= text.find(")", word.end) < before
    )


def _after_frame(words: list[Word], first: Word, vocabulary: TermVocabulary, text: str) -> bool:
    index = next(i for i, w in enumerate(words) if w is first)
    # "esperienza documentata nel restauro", "experiencia comprobada en": the adjective after the
    # frame's noun does not break it; nor does an aside in brackets
    before = [
        w.lower
        for w in words[max(0, index - 9) : index]
        if w.lower not in vocabulary.frame_fillers and not _in_an_aside(text, w, first.start)
    ]
    if _ends_with_one(before, vocabulary.frames):
        return True
    # "licence as a practical nurse": the article and up to two describing words are skipped
    for _ in range(3):
        if _ends_with_one(before, vocabulary.standing_frames):
            return True
        if not before or before[-1] not in vocabulary.stop_words:
            return False
        before.pop()
    return _ends_with_one(before, vocabulary.standing_frames)


def _ends_with_one(words: list[str], frames: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(words) >= len(frame) and tuple(words[-len(frame) :]) == frame for frame in frames)


def _before_suffix_frame(words: list[Word], last: Word, vocabulary: TermVocabulary, text: str) -> bool:
    index = next(i for i, w in enumerate(words) if w is last)
    return index + 1 < len(words) and _a_suffix_frame(words[index + 1], vocabulary, text)


# the line ends after the word, but for a bracket or what it says of it ("... tickets are essential")
LINE_CLOSE = re.compile(
    r"\s*(?:[.;:]\s*)?(?:\([^()]*\)\s*)?"
    r"(?:(?:is|are)\s+(?:essential|required|mandatory|desirable|preferred|a must|an advantage|a plus)\s*)?"
    r"[.;!]?\s*$",
    re.IGNORECASE,
)


def _a_suffix_frame(word: Word, vocabulary: TermVocabulary, text: str) -> bool:
    """ "certification" of "PMP certification"; "tickets" only where it closes the line."""
    if word.lower in vocabulary.suffix_frames:
        return True
    return word.lower in vocabulary.closing_frames and LINE_CLOSE.match(text, word.end) is not None


# "console certification requirements": how things get certified, a subject of its own, not the
# credential "console"
ABOUT_A_PROCESS = re.compile(
    r"\s+(?:requirements?|process(?:es)?|standards?|criteria|guidelines|procedures?|submissions?)\b",
    re.IGNORECASE,
)
GENERIC_LEAD = re.compile(r"^(?:skills?|experience|knowledge|abilities|tools|systems|methods)\b")
ROMANCE_AGAIN = ROMANCE_OF | {"en", "em"}  # a head's preposition, said again after "o" or "y"
ROMANCE_OR = frozenset({"o", "u", "y", "e", "ou", "ed", "oppure"})
LIST_JOINS = frozenset(
    {",", "/", "and", "or", "&", "and/or", ", and", ", or", ",and", ",or", "o", "u", "y", "ou", ", o", ", y"}
    # Italian: "AutoCAD e Revit", "SAP oppure Oracle"
    | {"e", "ed", "oppure", ", e", ", oppure"}
    # German: "DATEV und BMD", "SAP oder Navision", "Schindler bzw. KONE"
    | {"und", "oder", "sowie", "bzw.", ", und", ", oder", ", sowie", "und/oder"}
    # "cirugía ortopédica, laparoscópica o de columna"
    | {f"{join} {again}" for join in (*ROMANCE_OR, ", o", ", y") for again in ROMANCE_AGAIN}
)
# an example cue before a name, in the same clause ("including components and auto layout")
EXAMPLE_BEFORE = re.compile(
    r"\b(?:including|includes|such as|e\.g\.|for example|like)\b[^.;:()]*$", re.IGNORECASE
)
# a kept term's examples follow it: "knife skills, including butchery", "KPIs such as order accuracy",
# "lab skills: gravity, pH, dissolved oxygen" (what the thing before a colon is made of)
EXAMPLE_JOINS = frozenset(
    {
        ":",
        "including",
        ", including",
        "such as",
        ", such as",
        "e.g.",
        "(e.g.",
        "(e.g.,",
        "e.g.,",
        "like",
        ", like",
        "(such as",
        "for example",
        ", for example",
        "(including",
        "especially",
        ", especially",
        # "(por ejemplo, John Deere University o CNH Industrial Academy)", "(tais como ...)"
        "(por ejemplo,",
        "(por ejemplo",
        "por ejemplo,",
        "(p. ej.,",
        "(tales como",
        "tales como",
        "(por exemplo,",
        "(por exemplo",
        "(tais como",
        "tais como",
        # Italian: "(es. DNLab)", "(ad esempio SAP)", "strumenti come Jira", "tra cui Revit"
        "(es.",
        "(es.,",
        "es.",
        "(ad es.",
        "ad es.",
        "(ad esempio",
        "(ad esempio,",
        "ad esempio",
        "ad esempio,",
        "(come",
        "come",
        "quali",
        "(quali",
        "tra cui",
        "(tra cui",
        ", tra cui",
        # German: "(z. B. DATEV)", "CAD-Programme wie AutoCAD", "(zum Beispiel BMD)"
        "(z. b.",
        "(z.b.",
        "z. b.",
        "z.b.",
        "wie z. b.",
        "wie z.b.",
        "(wie",
        "wie",
        "(zum beispiel",
        "zum beispiel",
        "(beispielsweise",
        "beispielsweise",
        "wie etwa",
    }
)


def _with_list_mates(
    candidates: list[tuple[int, int, str, bool]], text: str, taken: Set[tuple[int, int]] = frozenset()
) -> list[tuple[int, int, str]]:
    """A candidate listed next to a kept term ("Procore, Bluebeam and cost reporting") is kept too,
    and so is the kind named right before kept examples ("digital radiographs, including FMX"),
    in two words or more (a lone "visits" of "field visits, including farm walks" names nothing);
    next to something already ``taken`` (a taxonomy skill) only as an item of the same list: what
    follows "Figma, including" details Figma, and means nothing without it."""
    kept = [keep for _, _, _, keep in candidates]
    joins = LIST_JOINS | {", en", ", of", *DUTCH_JOINS} if dutch_line(text) else LIST_JOINS
    changed = True
    while changed:
        changed = False
        for index, (_, _, phrase, _) in enumerate(candidates):
            if kept[index] or len(phrase.split()) > 5:
                continue
            for other in (index - 1, index + 1):
                if not 0 <= other < len(candidates) or not kept[other]:
                    continue
                left, right = sorted([candidates[index], candidates[other]])
                between = text[left[1] : right[0]].strip().lower()
                # "knife skills, including butchery": the kept term's own generic word comes first
                between = GENERIC_LEAD.sub("", between).strip()
                # "US customs (ACE, Form 7501) or cross-border shipments": the bracket closes and
                # the list goes on
                if between.startswith(")") and between[1:].strip(" ,") in ("or", "and", "and/or"):
                    between = between[1:].strip()
                is_taken = (candidates[other][0], candidates[other][1]) in taken
                # "calibración de balanzas": what a kept activity is done to is kept with it
                acted_on = (
                    other < index
                    and between in ROMANCE_OF
                    and candidates[other][2].lower() in term_vocabulary().activities
                )
                # "take digital radiographs, including FMX and bitewings": the kind whose examples
                # are named right after it is what they are examples of
                if (
                    between in joins
                    or acted_on
                    or (
                        between in EXAMPLE_JOINS
                        and not is_taken
                        and (other < index or (between != ":" and len(phrase.split()) >= 2))
                    )
                ):
                    kept[index] = changed = True
                    break
    return [(a, b, phrase) for (a, b, phrase, _), keep in zip(candidates, kept, strict=True) if keep]
