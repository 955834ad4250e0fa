"""Telling a posting's qualifications from its responsibilities by their form, for lines that
stand under no known heading (an unlabelled list, prose, a generic "About the job").

"Experience with ...", "Strong ...", "5+ years ...", "You have ..." ask something of the
candidate; "Design and build ...", "You will ...", "In this role ..." say what the job does;
"We offer ...", "equal opportunity" are about the company. Vocabulary in ``data/line_forms.yaml``.
No spaCy here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobmatch.resources import check_keys, load_data, string_list

FILE = "line_forms.yaml"
REQUIREMENT, RESPONSIBILITY, COMPANY, NEUTRAL = "requirement", "responsibility", "company", "neutral"
CORRESPONDENCE = "correspondence"  # a mail's writer speaking to its reader: see sentence_form
LEADING = re.compile(r"^[\W\d_]*(?=\w)")  # bullets, numbering, quotes before the first word
YEARS_OR_DEGREE = re.compile(
    r"\b\d{1,2}\s*\+?\s*(?:-|–|to|à|a|bis)?\s*\d{0,2}\s*\+?\s*"
    # "3 years", "3 ans d'expérience", "2 años", "5 anos", "3 Jahre", "2 anni", "4 jaar"
    r"(?:years?|yrs?|ans\b.{0,4}exp|años|anos|jahre|anni|jaar)\b"
    r"|\b(?:bachelor|master|degree|phd|diploma)",
    re.IGNORECASE,
)


def _phrase_regex(phrases: tuple[str, ...], anchored: bool) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p.lower()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(("^" if anchored else r"(?<![\w-])") + rf"(?:{alternatives})(?![\w-])")


@dataclass(frozen=True)
class LineForms:
    requirement_start: re.Pattern[str]
    responsibility_start: re.Pattern[str]
    candidate: re.Pattern[str]
    responsibility: re.Pattern[str]
    company: re.Pattern[str]
    company_start: re.Pattern[str] | None = None  # "Licensed by the ...", "An attractive remuneration ..."
    employer_gives: re.Pattern[str] | None = None  # "We offer ...", "We support professional development ..."
    announcement: re.Pattern[str] | None = None  # "We are looking for a Payroll Officer to join our team."
    site: re.Pattern[str] | None = None  # the web site's own text: "... under Cookie settings"
    correspondence_start: re.Pattern[str] | None = None  # "Thanks for the call earlier."
    framing: frozenset[str] = frozenset()  # of those, "As discussed," before what is asked


@cache
def line_forms() -> LineForms:
    keys = [
        "requirement_starts",
        "responsibility_starts",
        "candidate_cues",
        "responsibility_cues",
        "company_cues",
    ]
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=keys,
        optional=[
            "company_starts",
            "employer_gives_starts",
            "announcement",
            "site_text",
            "correspondence_starts",
            "correspondence_framing",
        ],
    )

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(string_list(data[key], file=FILE, where=key))

    return LineForms(
        requirement_start=_phrase_regex(phrases("requirement_starts"), anchored=True),
        responsibility_start=_phrase_regex(phrases("responsibility_starts"), anchored=True),
        candidate=_phrase_regex(phrases("candidate_cues"), anchored=False),
        responsibility=_phrase_regex(phrases("responsibility_cues"), anchored=False),
        company=_phrase_regex(phrases("company_cues"), anchored=False),
        employer_gives=_phrase_regex(phrases("employer_gives_starts"), anchored=True)
        if data.get("employer_gives_starts")
        else None,
        company_start=_phrase_regex(phrases("company_starts"), anchored=True)
        if data.get("company_starts")
        else None,
        announcement=re.compile(str(data["announcement"])) if data.get("announcement") else None,
        site=_phrase_regex(phrases("site_text"), anchored=False) if data.get("site_text") else None,
        correspondence_start=_phrase_regex(phrases("correspondence_starts"), anchored=True)
        if data.get("correspondence_starts")
        else None,
        framing=frozenset(p.lower() for p in phrases("correspondence_framing"))
        if data.get("correspondence_framing")
        else frozenset(),
    )


# "You will ... and be comfortable presenting", "You will hold full membership of ...": how the
# hire is or what they hold, not what the job does
ASKS = re.compile(
    r"\b(?:must|required|a plus|essential|be comfortable|be confident|be able to|registration|membership|"
    r"licen[cs]e|certification|you need to|(?:is|are) important|(?:they|we|client) wants? someone)\b"
)


# a short lead-in before a colon ("In terms of what they need: you'll need ...", "Nice-to-haves:
# the WSET Diploma ..."): the sentence after it is what has a form
LEAD_IN = re.compile(r"^[^:.!?]{2,40}:\s+(?=\S)")


def _prepared(text: str) -> str:
    # a wrapped paragraph's sentence reads as one line ("You will\nhold full membership")
    line = " ".join(LEADING.sub("", text.strip()).lower().replace("’", "'").split())
    rest = LEAD_IN.sub("", line, count=1)
    return rest if len(rest.split()) >= 4 else line


def _about_the_company(forms: LineForms, line: str) -> bool:
    """The line opens with the company's standing or pay, announces the opening itself, or is the
    web site's own text (a cookie banner)."""
    return any(
        pattern is not None and pattern.search(line)
        for pattern in (forms.company_start, forms.announcement, forms.site)
    )


def line_form(text: str) -> str:
    """The form of one list item or short line: requirement, responsibility, company or neutral."""
    forms = line_forms()
    line = _prepared(text)
    if _about_the_company(forms, line):
        return COMPANY
    duty = forms.responsibility_start.search(line)
    asked = forms.requirement_start.search(line)
    # the longer opening decides: "clean driving record" asks, "clean the" does
    if duty and not (asked and len(asked.group()) > len(duty.group())):
        return RESPONSIBILITY
    # years are read on the line as written: the prepared line has lost its leading "3+"
    if asked or YEARS_OR_DEGREE.search(text):
        return REQUIREMENT
    if forms.company.search(line):
        return COMPANY
    if forms.candidate.search(line):
        return REQUIREMENT
    return NEUTRAL


def sentence_form(text: str) -> str:
    """The form of one sentence of prose: what it is mostly about."""
    forms = line_forms()
    sentence = _prepared(text)
    if _about_the_company(forms, sentence):
        return COMPANY
    opener = forms.correspondence_start.search(sentence) if forms.correspondence_start is not None else None
    if opener is not None and ":" not in sentence:
        # "Let me know if you have anyone", unless a clause after a comma asks ("As discussed, the
        # client needs someone with three years of ...")
        _, comma, rest = sentence[opener.end() :].partition(",")
        form = sentence_form(rest) if comma else CORRESPONDENCE
        if form == REQUIREMENT or (form != CORRESPONDENCE and opener.group() in forms.framing):
            return form
        return CORRESPONDENCE
    if forms.requirement_start.search(sentence):
        # "Experience running workloads on AWS", "Proficiency in Go — you will read a lot of code"
        return REQUIREMENT
    if forms.responsibility.search(sentence) and not ASKS.search(sentence):
        return RESPONSIBILITY
    if forms.company.search(sentence) and not forms.candidate.search(sentence):
        return COMPANY
    if forms.candidate.search(sentence) or YEARS_OR_DEGREE.search(text):
        return REQUIREMENT
    if forms.responsibility_start.search(sentence):
        return RESPONSIBILITY
    return NEUTRAL
