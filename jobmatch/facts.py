"""Facts read from a résumé's lines as real résumés write them: stated years, skill years from
skills blocks, degrees with their status, spoken languages, credentials with their state, and
the total professional experience with how it was read.

Pure functions over :class:`FactLine` (a line with its section), no spaCy: :mod:`jobmatch.resume`
feeds them the lines it has split into sections. Vocabularies: ``data/resume_facts.yaml``,
``data/credentials.yaml``, ``data/degrees.yaml`` and ``data/languages.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from jobmatch.dates import find_date_ranges, grammar, last_month_of, today_month
from jobmatch.errors import DataError
from jobmatch.fields import fields_in
from jobmatch.languages import (
    WORKS_IN_LANGUAGES,
    find_languages,
    is_language_list,
    language_first_words,
    language_name,
    language_vocabulary,
    level_rank,
)
from jobmatch.models import (
    Credential,
    DocumentLanguage,
    Education,
    SpokenLanguage,
    StatedYears,
    TotalExperience,
)
from jobmatch.phrases import DEGREE_LEVELS, degree_vocabulary, parse_degree
from jobmatch.resources import alternation, check_keys, load_data, string_list, trie_alternation
from jobmatch.sections import BRACKETED_TRANSLATION, PREAMBLE, normalize_heading

FACTS_FILE = "resume_facts.yaml"
CREDENTIALS_FILE = "credentials.yaml"
STATES = ("expired", "booked", "eligible", "in_progress", "planned", "held")  # strongest cue first
HEAD_LINES = 30  # the first lines tell a plainly English résumé
WRITTEN_IN_LEVEL = "C1"  # the language a résumé is written in, at a professional level
STATED_OVER_DATED = 1.5  # a stated figure this much above the dated jobs says dates are missing


WORD = re.compile(r"[^\W\d_]+")


class FactLine(NamedTuple):
    """One line of a résumé as the fact readers see it. ``words``: its words in lower case, read
    once, so each reader can skip the lines that cannot hold its fact with a set intersection.
    (A named tuple: one is made per line of every résumé, and these are cheap to make.)"""

    text: str
    section: str
    heading: str
    line: int
    is_bullet: bool = False
    words: frozenset[str] = frozenset()


def fact_line(text: str, section: str, heading: str, line: int, is_bullet: bool = False) -> FactLine:
    return FactLine(text, section, heading, line, is_bullet, frozenset(WORD.findall(text.lower())))


def _phrases(values: Iterable[str]) -> str:
    return alternation(values)


def _words(data: dict, key: str, file: str) -> tuple[str, ...]:
    return string_list(data.get(key), file=file, where=key)


@dataclass(frozen=True)
class FactsVocabulary:
    total_label: re.Pattern[str]
    stated: re.Pattern[str]
    not_years: re.Pattern[str]
    number_words: dict[str, float]
    skill_block: re.Pattern[str]
    skill_paren: re.Pattern[str]
    skill_colon: re.Pattern[str]
    less_than_one: re.Pattern[str]
    experience_words: frozenset[str]  # a quick test before the skill-block pattern
    study_role: re.Pattern[str]
    study_job: re.Pattern[str]
    employment: re.Pattern[str]
    title_label: re.Pattern[str]
    not_name_line: re.Pattern[str]
    not_name_word: re.Pattern[str]
    name_label: re.Pattern[str]
    role_nouns: frozenset[str]  # one-word titles that are never surnames ("Developer", not "Carpenter")
    location_line: re.Pattern[str]  # "Erie, PA", "Berlin, Germany": a place on a line of its own
    # "Excel Logistics Ltd": capitalised words running on into a company's legal form
    company_name_after: re.Pattern[str] = re.compile(r"(?!)")


NUMBER = r"\d{1,2}(?:\.\d{1,2})?"


@cache
def facts_vocabulary() -> FactsVocabulary:
    """``data/resume_facts.yaml`` compiled; unknown keys and broken entries name the file."""
    file = FACTS_FILE
    keys = [
        "total_labels",
        "after_years",
        "not_years",
        "number_words",
        "experience_words",
        "less_than_one",
        "study_roles",
        "study_job_cues",
        "employment_cues",
        "title_labels",
        "not_name_lines",
        "not_name_words",
        "name_labels",
        "role_nouns",
        "countries",
    ]
    data = check_keys(load_data(file), file=file, where="top level", required=keys, optional=["legal_forms"])
    number_words = data["number_words"]
    if not isinstance(number_words, dict):
        raise DataError(file, "number_words", "must map a word to a number")
    words = {str(k).lower(): float(v) for k, v in number_words.items()}
    number = rf"(?:{NUMBER}|{_phrases(words)})(?:[\s-]+and[\s-]+a[\s-]+half)?"
    duration = (
        rf"(?P<number>{number})\s*\+?\s*(?:years?|yrs?\.?)(?!-)"
        rf"(?:\s*(?:and\s*)?(?P<months>\d{{1,2}})\s*(?:months?|mos?\.?|mths?))?"
    )
    after = _phrases(_words(data, "after_years", file))
    experience_words = _phrases(_words(data, "experience_words", file))
    less_than = _phrases(_words(data, "less_than_one", file))
    unit = r"(?:years?|yrs?|months?|mos?|mths?)"
    months_or_years = rf"(?:{less_than}|~?\s*{NUMBER}\s*\+?\s*{unit}(?:\s*\d{{1,2}}\s*months?)?)"

    def regex(key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{_phrases(_words(data, key, file))})(?![\w])", flags)

    return FactsVocabulary(
        total_label=re.compile(
            rf"(?:^|[\s*>•-])(?:{_phrases(_words(data, 'total_labels', file))})\s*(?:[:\-–—]|is|of)\s*"
            rf"(?:about\s+|over\s+|around\s+)?{duration}",
            re.IGNORECASE,
        ),
        stated=re.compile(rf"(?<![\w.-]){duration}\s*(?=(?:{after})(?![\w])|['’])", re.IGNORECASE),
        not_years=regex("not_years"),
        number_words=words,
        skill_block=re.compile(
            rf"(?P<term>[^|,;:\n]{{1,60}}?)\s*[-–:]\s*(?:{experience_words})\s*[-–:]?\s*(?P<duration>{months_or_years})",
            re.IGNORECASE,
        ),
        skill_paren=re.compile(
            rf"(?P<term>[^,;·|:()]{{1,50}}?)\s*\((?P<inner>[^)]{{0,60}}?(?P<duration>{months_or_years})[^)]{{0,60}})\)",
            re.IGNORECASE,
        ),
        skill_colon=re.compile(
            rf"^(?P<term>[^:|]{{1,50}}?)\s*[:\-–|]\s*(?P<duration>{months_or_years})(?:\s*(?:of\s+)?(?:{experience_words}))?\s*$",
            re.IGNORECASE,
        ),
        less_than_one=re.compile(less_than, re.IGNORECASE),
        experience_words=frozenset(w.lower().rstrip(".") for w in _words(data, "experience_words", file)),
        study_role=regex("study_roles"),
        study_job=regex("study_job_cues"),
        employment=regex("employment_cues"),
        title_label=re.compile(
            rf"^\s*(?:{_phrases(_words(data, 'title_labels', file))})\s*[:：]\s*", re.IGNORECASE
        ),
        not_name_line=regex("not_name_lines"),
        not_name_word=regex("not_name_words"),
        role_nouns=frozenset(w.lower() for w in _words(data, "role_nouns", file)),
        location_line=re.compile(
            rf"^[A-Z][\w .'-]{{1,40}},\s*(?:[A-Z]{{2}}|(?i:{_phrases(_words(data, 'countries', file))}))"
            r"(?:\s+\d{5})?(?:\s*[·|(].*)?$"
        ),
        name_label=re.compile(
            rf"^\s*(?:{_phrases(_words(data, 'name_labels', file))})\s*[:：]\s*", re.IGNORECASE
        ),
        company_name_after=re.compile(
            rf"^(?:[ \t]+[A-Z][\w&'-]*){{0,3}},?[ \t]+"
            rf"(?:{_phrases(_words(data, 'legal_forms', file))})(?![\w])"
        )
        if data.get("legal_forms")
        else re.compile(r"(?!)"),
    )


# --- numbers ----------------------------------------------------------------------------------


def _number(text: str) -> float | None:
    vocab = facts_vocabulary()
    text = text.strip().lower()
    half = 0.0
    match = re.search(r"(?<![\s-])[\s-]+and[\s-]+a[\s-]+half$", text)
    if match:
        half, text = 0.5, text[: match.start()]
    if text in vocab.number_words:
        return vocab.number_words[text] + half
    try:
        return float(text) + half
    except ValueError:
        return None


def parse_duration(text: str) -> tuple[float, bool] | None:
    """ "54 months" -> (4.5, False); "Less than 1 year" -> (1.0, True); "3 years 2 months" ->
    (3.17, False); "~1 yr" -> (1.0, False)."""
    if facts_vocabulary().less_than_one.search(text):
        return 1.0, True
    match = re.search(
        rf"({NUMBER})\s*\+?\s*(years?|yrs?|months?|mos?|mths?)(?:\s*(\d{{1,2}})\s*(?:months?|mos?|mths?))?",
        text,
        re.I,
    )
    if not match:
        return None
    value = float(match.group(1))
    if match.group(2).lower().startswith("m"):
        return round(value / 12, 2), False
    if match.group(3):
        value += int(match.group(3)) / 12
    return round(value, 2), False


# --- stated years -----------------------------------------------------------------------------

STATED_SECTIONS = {"summary", PREAMBLE}
YEAR_WORDS = frozenset({"year", "years", "yr", "yrs"})  # a quick test before the patterns


def read_stated_years(lines: Sequence[FactLine]) -> tuple[StatedYears, ...]:
    """Figures of years the résumé states itself, in reading order: a labelled total anywhere
    ("Total experience: 4.5 years"), and "N years of/in ..." phrases in the summary or under the
    name ("8+ years of experience", "Fourteen years making precision parts")."""
    vocab = facts_vocabulary()
    found: list[StatedYears] = []
    for line in lines:
        if YEAR_WORDS.isdisjoint(line.words):
            continue
        label = vocab.total_label.search(line.text)
        if label:
            years = _years_of(label)
            if years is not None:
                phrase = label.group().strip(" *>•-")
                fields = _fields_after(line.text, label.end())
                found.append(StatedYears(years, phrase, line.text, line.line, line.section, True, fields))
            continue
        if line.section not in STATED_SECTIONS:
            continue
        for match in vocab.stated.finditer(line.text):
            tail = line.text[match.end() : match.end() + 20]
            if vocab.not_years.match(tail.strip()):
                continue
            years = _years_of(match)
            if years is None or years > 50:
                continue
            # the role the sentence opens with first ("Licensed electrician with 12 years of ...")
            fields = tuple(
                dict.fromkeys(_role_before(line.text, match.start()) + _fields_after(line.text, match.end()))
            )
            found.append(
                StatedYears(years, match.group().strip(), line.text, line.line, line.section, False, fields)
            )
            break  # the first figure of a line is its claim; later ones qualify it ("the last 8 ...")
    return tuple(found)


def _years_of(match: re.Match[str]) -> float | None:
    years = _number(match.group("number"))
    if years is None:
        return None
    if match.group("months"):
        years += int(match.group("months")) / 12
    return round(years, 2)


WITH_BEFORE = re.compile(r"\bwith\s+(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+)?$", re.IGNORECASE)


def _role_before(text: str, start: int) -> tuple[str, ...]:
    """ "Commercial construction project manager with 8+ years of experience": the role the
    sentence opens with is what the years are of."""
    clause = re.split(r"[.;!?]", text[:start])[-1]
    return fields_in(clause) if WITH_BEFORE.search(clause) else ()


def _fields_after(text: str, start: int) -> tuple[str, ...]:
    """Fields named in the rest of the phrase: "... of full-cycle recruiting, two at ..." -> recruiting."""
    rest = re.split(r"[.;,(—]|\s-\s|\bincluding\b|\bthe last\b", text[start:], maxsplit=1)[0]
    return fields_in(rest)


# --- total experience -------------------------------------------------------------------------


def combine_experience(
    dated_years: float | None,
    jobs: int,
    first_job: tuple[str, int] | None,
    stated: Sequence[StatedYears],
    internships: tuple[str, int] | None = None,
) -> TotalExperience:
    """Total professional years from the dated jobs and the stated figures.

    Measured on hand-labelled résumés (bench/eval_resume_facts.py): where jobs are dated, their
    union is right far more often than a summary's "N years of ..." (which often counts one part
    of a career: "nearly seven years of closing experience"). A labelled total ("Total
    experience: 4.5 years", job-board exports) is the author's own count and wins; a stated figure
    well above the dated jobs means jobs without dates (an apprenticeship, a résumé without dates)
    and wins too. With no dated job, the stated figure is the total; with neither, it is unknown
    (None, not 0) - unless the résumé dates internships only (a new graduate: 0 professional years).
    ``internships``: (evidence, line) of the first dated internship, when there is one."""
    labelled = next((s for s in stated if s.labelled_total), None)
    claim = labelled or (stated[0] if stated else None)
    stated_years = claim.years if claim else None
    if dated_years is None or jobs == 0:
        if claim is None and internships:
            evidence, line = internships
            return TotalExperience(0.0, "dated jobs", evidence, line, 0.0, None, 0)  # a new graduate
        if claim is None:
            return TotalExperience()
        return TotalExperience(claim.years, "stated total", claim.text, claim.line, None, claim.years, 0)
    evidence, line = first_job or ("", None)
    if claim is not None and (labelled is not None or claim.years - dated_years > STATED_OVER_DATED):
        return TotalExperience(
            claim.years,
            "stated total, over dated jobs",
            claim.text,
            claim.line,
            dated_years,
            claim.years,
            jobs,
        )
    method = "dated jobs, over stated total" if claim is not None else "dated jobs"
    return TotalExperience(dated_years, method, evidence, line, dated_years, stated_years, jobs)


# --- skill years ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundSkillYears:
    """Years with a skill as read from a line, before the term is linked to a taxonomy id."""

    term: str
    years: float
    less_than: bool
    line: FactLine
    start: int  # the term's offsets in the line
    end: int
    method: str


TABLE_YEARS = re.compile(
    rf"~?\s*{NUMBER}\s*\+?\s*(?:years?|yrs?|months?)?", re.IGNORECASE
)  # "Python | 5 years"
TERM_EDGE = re.compile(r"^[\s\-–:•*|>·]+|[\s\-–:•*|>·]+$")


def _term(text: str, start: int, end: int) -> tuple[str, int, int]:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(" \t-–:•*|>·,;"))
    term = TERM_EDGE.sub("", raw)
    term = re.sub(r"^\**[A-Za-z ]{2,20}:\**\s*", "", term) if ":" in term else term  # "Frameworks: Angular"
    start = start + lead + (len(raw.strip(" \t-–:•*|>·,;")) - len(term))
    return term.strip("* "), start, start + len(term.strip("* "))


def read_skill_years(lines: Sequence[FactLine]) -> list[FoundSkillYears]:
    """ "Java- Exprience - 54 months" (anywhere), and in skills sections "Angular (4 yrs)",
    "Python: 5 years", "Kubernetes | 3 years" (a table row)."""
    vocab = facts_vocabulary()
    found: list[FoundSkillYears] = []
    for line in lines:
        text = line.text
        has_experience_word = not vocab.experience_words.isdisjoint(line.words)
        matches = list(vocab.skill_block.finditer(text)) if has_experience_word else []
        for match in matches:
            duration = parse_duration(match.group("duration"))
            term, start, end = _term(text, match.start("term"), match.end("term"))
            if duration and 1 <= len(term) <= 50 and re.search(r"[A-Za-z]", term):
                found.append(
                    FoundSkillYears(term, duration[0], duration[1], line, start, end, "skills block")
                )
        if matches or line.section != "skills":
            continue
        cells = [c.strip() for c in text.split("|")]
        table_row = (
            len(cells) == 2
            and not re.search(r"\d", cells[0])
            and (TABLE_YEARS.fullmatch(cells[1]) or vocab.less_than_one.search(cells[1]))
        )
        if table_row and (
            duration := parse_duration(
                cells[1] if re.search(r"[a-z<]", cells[1], re.I) else cells[1] + " years"
            )
        ):
            start = text.find(cells[0])
            found.append(
                FoundSkillYears(
                    cells[0], duration[0], duration[1], line, start, start + len(cells[0]), "skills table"
                )
            )
            continue
        colon = vocab.skill_colon.match(text)
        if colon and (duration := parse_duration(colon.group("duration"))):
            term, start, end = _term(text, colon.start("term"), colon.end("term"))
            found.append(FoundSkillYears(term, duration[0], duration[1], line, start, end, "skills list"))
            continue
        for match in vocab.skill_paren.finditer(text):
            duration = parse_duration(match.group("duration"))
            term, start, end = _term(text, match.start("term"), match.end("term"))
            if duration and term and len(term.split()) <= 5:
                found.append(FoundSkillYears(term, duration[0], duration[1], line, start, end, "skills list"))
    return found


# --- degrees ----------------------------------------------------------------------------------

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
LINE_START = re.compile(r"^[\s|•*\-–·>]*")


def read_education(lines: Sequence[FactLine], as_of: dt.date) -> tuple[Education, ...]:
    """Degrees with level, fields, status and year: every line of the education section, and
    elsewhere a line that opens with a degree ("Master of Science in Information Technology ..."
    printed above a late "Education" heading, "B.E. Mechanical Engineer with 3 years ...")."""
    vocab = degree_vocabulary()
    found: list[Education] = []
    for line in lines:
        text = line.text
        in_education = line.section == "education"
        if not in_education:
            if line.section in ("experience", "projects") and line.is_bullet:
                continue
            if _degree_words().isdisjoint(line.words):
                continue  # most lines name no degree
            opening = LINE_START.sub("", text)
            dated = find_date_ranges(opening) if opening[:1].isdigit() else []
            if dated and opening.startswith(dated[0].text):
                # "08/2016 – 07/2019 Ausbildung zur Steuerfachangestellten": a German CV's
                # apprenticeship, dated among the jobs
                opening = LINE_START.sub("", opening[len(dated[0].text) :])
            first = FIRST_TOKEN.match(opening)
            if not first or first.group().lower() not in _degree_first_words():
                continue  # and fewer open with one
            start = vocab.long_forms.match(opening) or (
                vocab.line_start_short_forms.match(opening) if line.section != PREAMBLE else None
            )
            if not start:
                continue
        if vocab.not_a_degree and vocab.not_a_degree.search(text):
            continue  # "BSN prerequisites", "graduate certificate coursework"
        degree = parse_degree(text, resume_line=True)
        below = (
            _status_below(text, as_of, dated=found[-1].year is not None)
            if degree is None
            and in_education
            and found
            and found[-1].status == "completed"
            and line.line - found[-1].line <= 2
            else None
        )
        if below is not None:
            # "- Completed 4 of 6 semesters, deferred", "En cours (formation de soir), fin prévue
            # juin 2027" under the degree it speaks of
            found[-1] = replace(found[-1], status=below, text=f"{found[-1].text} {text.strip()}")
        if degree is None or (degree.level is None and not in_education):
            continue
        found.append(
            Education(
                level=degree.level,
                fields=degree.fields,
                text=text,
                line=line.line,
                status=_education_status(text, as_of),
                degree=_degree_as_written(text),
                year=_last_year(text),
                section=line.section,
            )
        )
    return _dedupe_degrees(found)


FIRST_TOKEN = re.compile(r"[^\s,;:(|/]+")


@cache
def _degree_first_words() -> frozenset[str]:
    """The first token of every degree form, lower case ("b.tech", "master", "ll.m.")."""
    vocab = degree_vocabulary()
    forms = [form for form in vocab.level_of]
    return frozenset(match.group().lower() for form in forms if (match := FIRST_TOKEN.match(form)))


@cache
def _degree_words() -> frozenset[str]:
    """The words (letters only) of the degree forms' first tokens: "b" and "tech" of "B.Tech"."""
    return frozenset(word for token in _degree_first_words() for word in WORD.findall(token))


def _degree_as_written(text: str) -> str:
    vocab = degree_vocabulary()
    matches = [m for m in vocab.long_forms.finditer(text)] + [m for m in vocab.short_forms.finditer(text)]
    matches += [m for m in vocab.line_start_short_forms.finditer(text)]
    if not matches:
        return ""
    first = min(
        matches, key=lambda m: (m.start() + len(m.group()) - len(m.group().lstrip("| \t")), -len(m.group()))
    )
    return first.group().lstrip("| \t")


def _last_year(text: str) -> int | None:
    years = [int(y) for y in YEAR.findall(text)]
    return max(years) if years else None


# "2 years completed", "completed 4 of 6 semesters", "3/4 years": part of a course, counted
PART_OF_COURSE = re.compile(
    r"\b\d+\s+(?:years?|semesters?|terms?|modules?)\s+(?:completed|done|finished)\b"
    r"|\bcompleted\s+\d+\s+(?:of|out of|/)\s+\d+\b|\b\d+\s+(?:of|out of)\s+\d+\s+(?:years|semesters|terms)\b",
    re.IGNORECASE,
)


STATUS_LEAD = 24  # a line under a degree states its status in its first words ("En cours ...")


def _status_below(text: str, as_of: dt.date, *, dated: bool) -> str | None:
    """The status a line under a degree gives it: unfinished anywhere in the line; under way or
    expected only when the line opens with it (not "Thesis on ... (ongoing research)") and the
    degree's own line gives no year ("... - completed Nov 2025" then "Final-year placements: ...")."""
    status = _education_status(text, as_of)
    if status == "incomplete":
        return status
    if status in ("in_progress", "expected") and not dated:
        vocab = degree_vocabulary()
        lead = text.strip().lstrip("-•*–· ")[:STATUS_LEAD]
        if any(v is not None and v.match(lead) for v in (vocab.expected, vocab.in_progress)):
            return status
    return None


def _education_status(text: str, as_of: dt.date) -> str:
    vocab = degree_vocabulary()
    if (vocab.incomplete and vocab.incomplete.search(text)) or PART_OF_COURSE.search(text):
        return "incomplete"  # checked first: "4 of 6 semesters, deferred" is neither held nor under way
    if vocab.expected and vocab.expected.search(text):
        return "expected"
    if vocab.in_progress and vocab.in_progress.search(text):
        return "in_progress"
    ranges = find_date_ranges(text)
    if any(r.end is None for r in ranges):
        return "in_progress"
    today = as_of.year * 12 + as_of.month - 1
    if ranges and max(r.end for r in ranges if r.end is not None) > today:
        return "expected"
    if not ranges:
        dated = _dates_in(text)
        if dated and max(dated) > today:
            return "expected"
    return "completed"


@cache
def _single_date_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = trie_alternation(grammar().months)
    dated = re.compile(
        rf"(?<![\w])(?:({months})\.?,?\s*((?:19|20)\d\d)|(\d{{1,2}})[/.]((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d))",
        re.I,
    )
    spans = re.compile(
        rf"(?:{months})\.?,?\s*(?:19|20)\d\d|\d{{1,2}}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d", re.I
    )
    return dated, spans


def _dates_in(text: str) -> list[int]:
    """Single dates in a line as months ("May 2027", "05/2027", "2027" -> its December)."""
    months = grammar().months
    dated, spanning = _single_date_regexes()
    found = []
    for match in dated.finditer(text):
        if match.group(1):
            found.append(int(match.group(2)) * 12 + months[match.group(1).lower()] - 1)
        elif match.group(3) and 1 <= int(match.group(3)) <= 12:
            found.append(int(match.group(4)) * 12 + int(match.group(3)) - 1)
        elif match.group(5) and 1 <= int(match.group(6)) <= 12:
            found.append(int(match.group(5)) * 12 + int(match.group(6)) - 1)
    spans = [m.span() for m in spanning.finditer(text)]
    for match in YEAR.finditer(text):
        if not any(a <= match.start() < b for a, b in spans):
            found.append(int(match.group()) * 12 + 11)
    return found


def _dedupe_degrees(found: list[Education]) -> tuple[Education, ...]:
    """One entry per degree: a degree named under the name ("…, BSN") or in the summary ("B.E.
    Mechanical Engineer with ...") and again under Education is one degree, the education
    section's; two degrees of one level (an LL.M. and a state exam) stay two."""
    kept: list[Education] = []
    for entry in sorted(found, key=lambda e: (e.section != "education", e.line)):
        twin = next(
            (
                k
                for k in kept
                if k.level == entry.level
                and k.level is not None
                and (entry.section != "education" or k.degree.lower() == entry.degree.lower())
                and (set(entry.fields) <= set(k.fields) or set(k.fields) <= set(entry.fields))
                and k.status == entry.status
            ),
            None,
        )
        if twin is None:
            kept.append(entry)
    return tuple(sorted(kept, key=lambda e: e.line))


def highest_degree(education: Iterable[Education]) -> Education | None:
    """The highest completed degree (an expected or in-progress degree is not held)."""
    held = [e for e in education if e.status == "completed" and e.level in DEGREE_LEVELS]
    return max(held, key=lambda e: DEGREE_LEVELS.index(e.level or ""), default=None)


# --- spoken languages -------------------------------------------------------------------------


def read_languages(lines: Sequence[FactLine], written_in: DocumentLanguage) -> tuple[SpokenLanguage, ...]:
    """Languages from a languages section or labelled line ("Languages Known : English, Tamil"),
    and from other lines where a level stands next to them ("Bilingual (English/Spanish)",
    "Spanish: conversational"); plus the language the résumé is written in, at C1 at least."""
    listed: dict[str, SpokenLanguage] = {}
    elsewhere: dict[str, SpokenLanguage] = {}
    first_words = language_first_words()
    labels = _language_label_words()
    for line in lines:
        if (
            first_words.isdisjoint(line.words)
            and labels.isdisjoint(line.words)
            and not _languages_heading(line.heading)
        ):
            continue  # no language named: most lines
        listing = _languages_heading(line.heading) or is_language_list(line.text)
        for mention in find_languages(line.text, listing=listing):
            level, method = mention.level, "languages section" if listing else "stated with a level"
            if not listing and level is None:
                if not WORKS_IN_LANGUAGES.search(line.text):
                    continue
                # "Interpret between NZSL and English in clinics": languages worked in, at C1
                level, method = WORK_LANGUAGE_LEVEL, "interpreted or translated in a job"
            fact = SpokenLanguage(
                language=mention.language,
                name=language_name(mention.language),
                level=level,
                text=line.text,
                line=line.line,
                method=method,
            )
            target = listed if listing else elsewhere
            known = target.get(mention.language)
            if known is None or (known.level is None and fact.level is not None):
                target[mention.language] = fact
    merged = dict(listed)
    for language, fact in elsewhere.items():
        known = merged.get(language)
        if known is None:
            merged[language] = fact
        elif known.level is None:
            merged[language] = replace(known, level=fact.level)
    if written_in.language:
        known = merged.get(written_in.language)
        if known is None:
            merged[written_in.language] = SpokenLanguage(
                written_in.language, written_in.name, WRITTEN_IN_LEVEL, "", None, "written in"
            )
        elif known.level is None:
            merged[written_in.language] = replace(
                known, level=WRITTEN_IN_LEVEL, method=known.method + "; written in"
            )
    return tuple(merged.values())


NAME_WORD = WORD
WORK_LANGUAGE_LEVEL = "C1"  # an interpreter's or translator's own languages


@cache
def _language_label_words() -> frozenset[str]:
    """The words of the labels that open a languages list ("Languages Known :")."""
    labels = load_data("languages.yaml")["list_labels"]
    return frozenset(word for label in labels for word in WORD.findall(str(label).lower()))


@lru_cache(maxsize=4096)
def _languages_heading(heading: str) -> bool:
    """Is this heading a languages list's ("Languages", "Sprachen / Languages")?"""
    key = _heading_key(heading)
    # "Språk (Languages)": a heading with its translation in brackets
    translated = BRACKETED_TRANSLATION.search(key)
    keys = (key, key[: translated.start()].strip(), translated.group(1)) if translated else (key,)
    return any(k and language_vocabulary().list_label.match(k + ":") for k in keys)


def language_level_at_least(facts: Iterable[SpokenLanguage], language: str, level: str) -> bool:
    """Does the résumé show ``language`` at ``level`` or above?"""
    return any(f.language == language and level_rank(f.level) >= level_rank(level) for f in facts)


# --- credentials ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CredentialVocabulary:
    headings: re.Pattern[str]
    cues: re.Pattern[str]
    known: re.Pattern[str]
    generic: frozenset[str]  # lower-case vendor prefixes ("aws certified")
    code: re.Pattern[str]  # exam codes ("AZ-104")
    states: tuple[tuple[str, re.Pattern[str]], ...]
    expiry: re.Pattern[str]
    # places a licence is issued for ("in the State of Ohio"): a qualifier of a credential, not one
    jurisdictions: frozenset[str] = frozenset()
    issuers: re.Pattern[str] | None = None  # "Institute", "Board": a bracketed issuing body
    registration: re.Pattern[str] | None = None  # "registration with ...": the body names it
    # words naming only a credential's kind or standing ("chartered", "membership", "endorsement")
    kinds: frozenset[str] = frozenset()
    # ladders of grades, lowest first ("associate", "professional", "senior professional")
    grades: tuple[tuple[str, ...], ...] = ()
    # titles that hold a state's word ("Enrolled Nurse", "Enrolled Agent"): a title, not a state
    titles: re.Pattern[str] | None = None
    # taxonomy ids of licences made of classes ("high-risk-work-licence")
    class_families: frozenset[str] = frozenset()


@cache
def credential_vocabulary() -> CredentialVocabulary:
    file = CREDENTIALS_FILE
    data = check_keys(
        load_data(file),
        file=file,
        where="top level",
        required=["headings", "cues", "known", "code_pattern", "states", "expiry"],
        optional=[
            "generic",
            "jurisdictions",
            "issuers",
            "registration",
            "kinds",
            "grades",
            "parts_passed",
            "titles_with_state_words",
            "class_families",
        ],
    )
    states = check_keys(data["states"], file=file, where="states", required=STATES)
    generic = _words(data, "generic", file)
    known = _words(data, "known", file) + generic
    try:
        code = re.compile(str(data["code_pattern"]))
    except re.error as error:
        raise DataError(file, "code_pattern", f"broken pattern: {error}") from None
    known_regex = re.compile(
        rf"(?<![\w/+-])(?:{trie_alternation(known)})(?![\w+/-]|-(?:[A-Za-z]))|{code.pattern}"
    )

    def words(values: Iterable[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w])(?:{_phrases(values)})(?![\w])", re.IGNORECASE)

    return CredentialVocabulary(
        headings=words(_words(data, "headings", file)),
        cues=words(_words(data, "cues", file)),
        known=known_regex,
        generic=frozenset(g.lower() for g in generic),
        code=code,
        states=tuple(
            (state, words(string_list(states[state], file=file, where=f"states.{state}"))) for state in STATES
        ),
        expiry=words(_words(data, "expiry", file)),
        jurisdictions=frozenset(j.lower() for j in _words(data, "jurisdictions", file)),
        issuers=words(_words(data, "issuers", file)) if data.get("issuers") else None,
        registration=words(_words(data, "registration", file)) if data.get("registration") else None,
        kinds=frozenset(
            w.lower() for w in (*_words(data, "kinds", file), *_words(data, "registration", file))
        ),
        grades=tuple(
            tuple(g.lower() for g in string_list(ladder, file=file, where="grades"))
            for ladder in data.get("grades") or ()
        ),
        titles=words(titles) if (titles := _words(data, "titles_with_state_words", file)) else None,
        class_families=frozenset(_words(data, "class_families", file)),
    )


# items of a credential line; a separator inside brackets is not one ("(2020; lapsed 2023)")
ITEM_SPLIT = re.compile(r"\s*(?:;|\s\|\s|·|•)(?![^()]*\))\s*")
SEGMENT_SPLIT = re.compile(r"\s+[—–-]\s+")


@cache
def _date_point_regex() -> re.Pattern[str]:
    months = trie_alternation(grammar().months)
    return re.compile(
        rf"(?<![\w/.-])(?:(?P<month>{months})\.?\s+(?P<year1>(?:19|20)\d\d)|(?P<mm>\d{{1,2}})/(?P<year2>(?:19|20)\d\d)"
        r"|(?P<year3>(?:19|20)\d\d)-(?P<mm3>\d\d)(?:-\d\d)?|(?P<year4>(?:19|20)\d\d))(?![\w/])",
        re.IGNORECASE,
    )


def date_points(text: str) -> list[tuple[int, str, int]]:
    """(offset, "YYYY-MM" or "YYYY", month index) for each single date in ``text``."""
    months = grammar().months
    points = []
    for match in _date_point_regex().finditer(text):
        if match.group("month"):
            month = months.get(match.group("month").lower().rstrip("."))
            if month is None:
                continue
            year = int(match.group("year1"))
            points.append((match.start(), f"{year:04d}-{month:02d}", year * 12 + month - 1))
        elif match.group("mm"):
            month, year = int(match.group("mm")), int(match.group("year2"))
            if 1 <= month <= 12:
                points.append((match.start(), f"{year:04d}-{month:02d}", year * 12 + month - 1))
        elif match.group("year3"):
            year, month = int(match.group("year3")), int(match.group("mm3"))
            if 1 <= month <= 12:
                points.append((match.start(), f"{year:04d}-{month:02d}", year * 12 + month - 1))
        else:
            year = int(match.group("year4"))
            points.append((match.start(), f"{year:04d}", year * 12))
    return points


@lru_cache(maxsize=4096)
def _heading_key(heading: str) -> str:
    """A heading normalised (asked for every line: a résumé has a dozen headings)."""
    return normalize_heading(heading) if heading else ""


@lru_cache(maxsize=4096)
def _credential_heading(heading: str) -> bool:
    key = _heading_key(heading)
    return bool(key and credential_vocabulary().headings.search(key))


def _is_credential_section(line: FactLine) -> bool:
    return line.section == "certifications" or _credential_heading(line.heading)


def _items(text: str) -> list[str]:
    """A credentials line as its items: "NCIDQ (2021) | LEED Green Associate (2019)", "PHTLS, AMLS,
    NRP" (commas only when every part names a credential). A short cell after an item is its
    issuer or date ("Tableau Certified Data Analyst | Tableau | 2023-04-15"), not an item."""
    vocab = credential_vocabulary()
    items: list[str] = []
    for part in ITEM_SPLIT.split(text):
        part = part.strip()
        if items and len(part.split()) <= 2 and not (vocab.known.search(part) or vocab.cues.search(part)):
            items[-1] += " — " + part
            continue
        if items and not vocab.known.search(part) and _opens_with_state(part):
            items[-1] += " — " + part  # "GhIE membership | Application submitted 09/2026": its state
            continue
        if not re.search(r"[^\W\d_]", part):
            continue  # a rule of "=====", a bare date
        pieces = [p.strip() for p in re.split(r",\s*(?![^()]*\))", part) if p.strip()]
        if len(pieces) >= 2 and all(vocab.known.search(p) and len(p.split()) <= 5 for p in pieces):
            items.extend(pieces)
        else:
            items.append(part)
    return items


# a state cell that names a credential of its own ("| Working towards ANP registration")
OWN_CREDENTIAL_NOUN = re.compile(
    r"\b(?:registration|membership|qualification|diploma|degree|fellowship|chartership|status)\b",
    re.IGNORECASE,
)
STATE_REACH = 3  # words a cell may have before the state words that make it its item's state


def _opens_with_state(part: str) -> bool:
    """Whether a cell opens with a state other than held ("Application submitted Sept 2026 –
    awaiting interview", "Expired 03/2024"): the state of the item before it, not an item."""
    vocab = credential_vocabulary()
    for state, regex in vocab.states:
        if state == "held":
            continue
        match = regex.search(part)
        if match is not None and len(part[: match.start()].split()) <= STATE_REACH - 1:
            # "Working towards Advanced Nurse Practitioner registration": a credential of its own
            rest = part[match.end() :]
            return vocab.cues.search(rest) is None and OWN_CREDENTIAL_NOUN.search(rest) is None
    return False


NAME_ENDS = re.compile(
    r"\s*[:(]?\s*(?:scheduled|booked|registered for|expires|current through|valid until|valid through)"
    # from the start of a run of separators only (a lookbehind): "( ( ( ..." is not rescanned
    r"|(?<![\s,(])[\s,(]+(?:since|from|in|admitted|issued|licensed|certified|obtained)?"
    r"\s*(?:\d{1,2}/)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
TRAILING_STATE = re.compile(
    r"(?<![\s,;(])(?:[\s,;(]+(?:admitted|active|current|licensed|certified|issued|valid|obtained))+\s*$", re.I
)


@cache
def _credential_words() -> frozenset[str]:
    """Every word of the credential cues and names, lower case: a line with none of them names
    no credential (a quick filter before the patterns)."""
    data = load_data(CREDENTIALS_FILE)
    phrases = _words(data, "known", CREDENTIALS_FILE) + _words(data, "cues", CREDENTIALS_FILE)
    words = {word for phrase in phrases for word in NAME_WORD.findall(phrase.lower())}
    return frozenset(words)


def _credential_name(segment: str) -> str:
    """The credential as written, without its dates and state words: "New York State Bar, admitted
    2019 (active, in good standing)" -> "New York State Bar"."""
    name = NAME_ENDS.split(segment, 1)[0]
    name = TRAILING_STATE.sub("", name)
    return name.strip(" ,-–—:(") or segment.strip()


NOT_YET = frozenset({"booked", "in_progress", "planned"})
RENEWAL = re.compile(r"\brenew(?:al|ed|ing)?\b|\brecertif", re.IGNORECASE)
RENEWAL_REACH = 20  # characters before "booked" where "renewal" says what is booked


def _state_of(text: str, as_of: dt.date) -> tuple[str, str | None, str | None, str | None]:
    """(state, cue, date, expires) of one credential's text."""
    vocab = credential_vocabulary()
    if vocab.titles is not None:  # "AHPRA: Enrolled Nurse (registered since 2023)": held, not enrolling
        text = vocab.titles.sub(lambda m: "_" * len(m.group()), text)
    today = as_of.year * 12 + as_of.month - 1
    points = date_points(text)
    expires = None
    found = _expiry(text, points)
    if found is not None:
        cue, point = found
        expires = point[1]
        if last_month_of(expires) < today:  # "exp. 2026": through December
            return "expired", f"{cue} {expires}", expires, expires
        points = [p for p in points if p is not point]
    for state, regex in vocab.states:
        match = regex.search(text)
        if match is None:
            continue
        if state in NOT_YET and RENEWAL.search(text[max(0, match.start() - RENEWAL_REACH) : match.start()]):
            continue  # "valid to 03/2027, renewal booked": a credential held, being renewed
        after = [p for p in points if p[0] >= match.start()]
        date = (after or points or [(0, None, 0)])[0][1]
        if state == "held" and points and all(p[2] > today for p in points):
            break  # "completed 2027": a future date outweighs the word
        return state, match.group(), date, expires
    if points and all(p[2] > today for p in points):
        state = "booked" if re.search(r"\bexam\b", text, re.I) else "planned"
        return state, f"dated {points[0][1]}", points[0][1], expires
    return "held", None, (points[-1][1] if points else None), expires


# what may stand between an expiry word and its date: "valid to 03/2025", "expires: 2026", "valid
# until the end of June 2027" is a date too far to read; "earned through PMI in 2021" names no expiry
EXPIRY_GAP = re.compile(r"[\s:,(–—-]*(?:(?:on|in|at|the end of)\s+)?", re.IGNORECASE)


def _expiry(text: str, points: list[tuple[int, str, int]]) -> tuple[str, tuple[int, str, int]] | None:
    """(the expiry words, the date after them) of a credential's text: "valid to 03/2025"."""
    expiry = credential_vocabulary().expiry.search(text)
    if expiry is None:
        return None
    after = [p for p in points if p[0] >= expiry.end() and EXPIRY_GAP.fullmatch(text[expiry.end() : p[0]])]
    return (expiry.group(), after[0]) if after else None


def expired_by(text: str, as_of: dt.date) -> str | None:
    """The words and date that say a credential's text has expired by ``as_of`` ("valid to
    2025-03"), or None."""
    found = _expiry(text, date_points(text))
    if found is None:
        return None
    cue, (_, label, _) = found
    if last_month_of(label) >= today_month(as_of):
        return None
    return f"{cue} {label}"


def read_credentials(
    lines: Sequence[FactLine], as_of: dt.date, name_suffixes: Sequence[str] = ()
) -> tuple[Credential, ...]:
    """Certifications, licences, registrations and exams with their state: every item of a
    credentials section, the credentials after the name ("Danielle Okafor, BSN, RN, CCRN"), and
    items elsewhere that name one ("Forklift certified", "US CPA candidate - cleared FAR ...").
    Experience bullets are not read ("Teach ACLS courses" is no credential); an item named again
    outside the credentials section (the summary's "PMP-certified ...") is not read twice."""
    vocab = credential_vocabulary()
    found: list[Credential] = []
    names_seen: set[str] = set()
    keys_seen: set[str] = set()

    def specific(text: str) -> set[str]:
        return {m.group().lower() for m in vocab.known.finditer(text)} - vocab.generic

    def add(name: str, state_text: str, line: FactLine, *, in_section: bool, shared: str = "") -> None:
        normalised = re.sub(r"\W+", " ", name.lower()).strip()
        keys = specific(name)
        if normalised in names_seen or (not in_section and keys and keys <= keys_seen):
            return
        names_seen.add(normalised)
        keys_seen.update(keys)
        state, cue, date, expires = _state_of(state_text + (" " + shared if shared else ""), as_of)
        found.append(
            Credential(
                name=name[:120],
                state=state,
                date=date,
                text=line.text,
                line=line.line,
                cue=cue,
                expires=expires,
            )
        )

    in_sections = [line for line in lines if _is_credential_section(line)]
    ordered = in_sections + [line for line in lines if not _is_credential_section(line)]
    previous: FactLine | None = None
    for line in ordered:
        in_section = _is_credential_section(line)
        if not in_section and (
            line.section in ("experience", "projects")
            or (
                _credential_words().isdisjoint(line.words)
                and not ("-" in line.text and vocab.code.search(line.text))
            )
            or not (vocab.known.search(line.text) or vocab.cues.search(line.text))
            or _looks_like_contact(line.text)
        ):
            continue
        if (
            in_section
            and found
            and previous is not None
            and previous.line == line.line - 1
            and re.match(r"[a-z0-9§(]", line.text)
            and not (vocab.cues.search(line.text) or vocab.known.search(line.text))
        ):
            # a wrapped line goes on with the credential above ("... under §" / "206 BRAO ..., filed 09/2026")
            last = found[-1]
            state, cue, date, expires = _state_of(last.text + " " + line.text, as_of)
            found[-1] = replace(
                last,
                state=state,
                cue=cue,
                date=date or last.date,
                expires=expires,
                text=f"{last.text} {line.text}",
            )
            previous = line
            continue
        previous = line
        shared = ""
        tail = re.search(r"[—–-]\s*(all current|all active|all valid)\s*$", line.text, re.I)
        if tail:
            shared = tail.group(1)
        narrative = (
            line.section in STATED_SECTIONS
        )  # a summary sentence names a credential, not "Licensed ..."
        if (in_section and _looks_like_heading_line(line.text)) or _is_label(line.text):
            continue  # "AWARDS AND RECOGNITION": a heading jobmatch does not know, not a credential
        for item in _items(line.text):
            named = vocab.known.search(item) or (not narrative and vocab.cues.search(item))
            if not in_section and (not named or len(item.split()) > 14):
                continue
            segments = SEGMENT_SPLIT.split(item)
            name_at = 0
            if not in_section:  # "German — upper intermediate (B2, Goethe-Zertifikat, 2025)": the named part
                name_at = next(
                    (
                        i
                        for i, seg in enumerate(segments)
                        if vocab.cues.search(seg) or vocab.known.search(seg)
                    ),
                    0,
                )
            first = segments[name_at]
            attributes = [first]
            for segment in segments[name_at + 1 :]:
                others = specific(segment) - specific(first)
                if others and (
                    vocab.cues.search(segment)
                    or any(r.search(segment) for _, r in vocab.states[:-1])
                    or re.search(r"\bexam\b", segment, re.I)
                ):
                    add(
                        _credential_name(segment), segment, line, in_section=in_section
                    )  # "EIT, 2017 — PE exam scheduled ..."
                else:
                    attributes.append(segment)
            name = _credential_name(first)
            if not in_section:
                known = vocab.known.search(first)
                if known and len(first[: known.start()].split()) >= 2:
                    name = (
                        known.group()
                    )  # "upper intermediate (B2, Goethe-Zertifikat, 2025)" -> the certificate
            add(name, " — ".join(attributes), line, in_section=in_section, shared=shared)
    for suffix in name_suffixes:
        if vocab.known.search(suffix) or vocab.cues.search(suffix):
            add(suffix, suffix, fact_line(suffix, PREAMBLE, "", 1), in_section=False)
    return tuple(found)


def _looks_like_heading_line(text: str) -> bool:
    """ "AWARDS AND RECOGNITION": capital words only, at least two (not "CIPP/US, IAPP — 2019")."""
    return len(text.split()) in range(2, 6) and HEADING_WORDS.fullmatch(text.strip()) is not None


def _is_label(text: str) -> bool:
    """ "Registration & Certifications", "Licences and Tickets": only words for kinds of
    credential, a label of those below it (a heading the section vocabulary does not know)."""
    words = NAME_WORD.findall(text.lower())
    return bool(words) and len(words) <= 6 and all(word in LABEL_WORDS for word in words)


HEADING_WORDS = re.compile(r"[A-ZÀ-Þ&' ]+")
LABEL_WORDS = frozenset(
    {
        "registration",
        "registrations",
        "certification",
        "certifications",
        "certificate",
        "certificates",
        "licence",
        "licences",
        "license",
        "licenses",
        "licensure",
        "credentials",
        "accreditation",
        "accreditations",
        "tickets",
        "professional",
        "and",
        "other",
        "current",
        "memberships",
    }
)


CONTACT = re.compile(r"@|\+?\d[\d ().-]{7,}\d|https?://|www\.", re.I)


def _looks_like_contact(text: str) -> bool:
    return CONTACT.search(text) is not None


# --- the résumé's language --------------------------------------------------------------------


def document_language(text: str, lines: Sequence[FactLine] = ()) -> DocumentLanguage:
    """The language the résumé is written in, as a fact. ``lines``: the résumé's first lines,
    whose words settle the common case (plainly English) without reading the text again."""
    from jobmatch.languages import detect_language, plainly_english_words

    head: set[str] = set()
    for line in lines[:HEAD_LINES]:
        head |= line.words
    if plainly_english_words(head):
        return DocumentLanguage("en", language_name("en"), 1.0)
    detected = detect_language(text)
    if detected.language is None:
        return DocumentLanguage(None, "", detected.confidence)
    return DocumentLanguage(detected.language, language_name(detected.language), detected.confidence)


def language_warning(written_in: DocumentLanguage) -> str | None:
    """ "the résumé appears to be in French; only English is fully supported", or None."""
    if written_in.language in (None, "en"):
        return None
    return f"the résumé appears to be in {written_in.name}; only English is fully supported"
