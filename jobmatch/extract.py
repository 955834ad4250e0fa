"""Posting extraction: sections + spaCy spans -> a :class:`Posting` of structured requirements.

spaCy objects stop here. Each item under a minimum/preferred heading becomes a
:class:`Requirement`; skills named anywhere else are context, and "Name - description" lines
outside the requirements become :class:`Area` entries a requirement can refer back to.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from jobmatch.competencies import competency_book
from jobmatch.cues import ambiguity_rules, any_of_cues, cue_set
from jobmatch.errors import InputError
from jobmatch.facts import credential_vocabulary
from jobmatch.fields import field_vocabulary, fields_in, role_mentions, role_phrases
from jobmatch.languages import ANOTHER_LANGUAGE, find_languages, language_name, language_vocabulary
from jobmatch.line_forms import (
    COMPANY,
    NEUTRAL,
    REQUIREMENT,
    RESPONSIBILITY,
    line_form,
    line_forms,
    sentence_form,
)
from jobmatch.loaders import (
    SUPPORTED_SUFFIXES,
    Document,
    is_url,
    lines_may_wrap,
    load_document,
    make_document,
)
from jobmatch.models import (
    MINIMUM,
    PREFERRED,
    Area,
    ContextSkill,
    DegreeRequirement,
    Posting,
    RecentWindow,
    Requirement,
    Scale,
    SkillMention,
    Term,
    TermGroup,
    YearsRange,
)
from jobmatch.own_names import own_name_ranges, own_names
from jobmatch.person_spec import mark_rows, mark_status_rows, split_columns
from jobmatch.phrases import (
    COLLEGE_STAGE,
    YEARS_OF_COLLEGE,
    asks_for_experience,
    degree_vocabulary,
    framework_levels,
    is_degree_field,
    parse_degree,
    parse_recency,
    parse_years,
)
from jobmatch.pipeline import CONCEPT_PHRASE, CONCEPTS, SKILLS, TEXT, analyse
from jobmatch.regions import region_of, region_vocabulary
from jobmatch.scales import required_scale
from jobmatch.sections import (
    EMAIL_HEADER,
    OTHER,
    OTHER_SCRIPT,
    Block,
    clean_inline,
    split_sections,
    vocabulary,
)
from jobmatch.taxonomy import TOOL_CATEGORIES, load_taxonomy
from jobmatch.terms import (
    CLASS_LIST,
    DUTCH_JOINS,
    HEAVY_CLASS,
    LICENCE_WORD,
    ROMANCE_AGAIN,
    ROMANCE_OR,
    TERM_LABEL,
    TERM_PREFIX,
    body_names,
    condition_of,
    condition_ranges,
    conditions_in,
    dutch_line,
    literal_spans,
    people_with_a_condition,
    same_meaning,
    term_keys,
    term_vocabulary,
)
from jobmatch.textnorm import is_named, normalize

AREA_LINE = re.compile(r"^(?P<name>[A-Z][\w&/,' ]{2,48}?)\s*(?:\s[-–—]\s|:\s)(?P<description>.{20,})$")
# a sentence ends at ". X", but not after "e.g." / "i.e." / "etc." / "No." ("(e.g. IBSL Diploma ...)")
# a sentence ends before a capital, accented ones too ("... válidos. É necessário ...")
SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<!\bNo\.)(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ])")
# nor inside a name written with initials after "the" ("in the D. Colo."); "programming in C.
# Experience ..." and "in the U.S. CPA licensure is a plus" do end there (a wrong split leaves two
# pieces that still ask what they asked; a wrong join moves a minimum into a preferred sentence)
INITIAL_AFTER_ARTICLE_END = re.compile(r"\bthe\s+[A-Z]\.$")
LONG_PARAGRAPH = 280


@dataclass(frozen=True)
class Segment:
    """A piece of text that went through spaCy together with its block."""

    block: Block
    text: str
    start: int  # offset in the processed text


def as_document(source: str | Path | Document) -> Document:
    """A path (str or Path) to a file, a Document, or the text itself."""
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        return load_document(source)
    looks_like_path = (
        "\n" not in source
        and len(source) < 500
        and (Path(source).suffix.lower() in SUPPORTED_SUFFIXES or is_url(source) or Path(source).exists())
    )
    return load_document(source) if looks_like_path else make_document(source)


def process_blocks(blocks: Sequence[Block], activities: bool = False) -> tuple[Doc, list[Segment]]:
    """Run spaCy once over all items, one line each, and remember where each item sits.
    ``activities``: also read skills from the activities lines do (a résumé's, see
    :mod:`jobmatch.activities`), not a posting's: "managing a fleet budget" asks for the budget's
    size, not for one more skill."""
    segments: list[Segment] = []
    parts: list[str] = []
    offset = 0
    for block in blocks:
        if block.kind != "item":
            continue
        segments.append(Segment(block=block, text=block.text, start=offset))
        parts.append(block.text)
        offset += len(block.text) + 1
    return analyse("\n".join(parts), activities=activities), segments


MAX_REQUIREMENTS = 300  # a real posting asks for under 60; the rest of a longer list is not read

# The last document's spans per key, sorted by start: spans_in is called once per line or
# requirement, and scanning every span of the document each time was quadratic.
_span_index: dict[str, tuple[Doc, list[Span], list[int], list[int]]] = {}


def spans_in(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    """The spans of ``key`` inside [start, end], in the document's order (found by bisection)."""
    entry = _span_index.get(key)
    if entry is None or entry[0] is not doc or len(entry[1]) != len(doc.spans[key]):
        spans = list(doc.spans[key])
        order = sorted(range(len(spans)), key=lambda i: spans[i].start_char)
        entry = (doc, spans, order, [spans[i].start_char for i in order])
        _span_index[key] = entry
    _, spans, order, starts = entry
    found = order[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]
    return [spans[i] for i in sorted(found) if spans[i].end_char <= end]


def _matches_at(words: list[str], sequences: tuple[tuple[str, ...], ...], at_end: bool) -> bool:
    for sequence in sequences:
        n = len(sequence)
        window = words[-n:] if at_end else words[:n]
        if len(window) == n and tuple(window) == sequence:
            return True
    return False


SkillGroups = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]


# "(es. DNLab)", "SAP, Oracle ecc.": Italian abbreviations the tokenizer splits from their period
# (and German ones: "DATEV bzw. BMD", "SAP usw.", "Navision o.ä.")
SPLIT_ABBREVIATIONS = frozenset({"es", "ecc", "bzw", "usw", "o.ä"})


# "y/o", "e/ou", "et/ou", "e/o", "und/oder", "en/of": "and/or" in other languages, split by the tokenizer
AND_OR = frozenset(
    {("y", "o"), ("e", "ou"), ("et", "ou"), ("e", "o"), ("und", "oder"), ("en", "of"), ("or", "and")}
)


def _join_abbreviations(tokens: list[str]) -> list[str]:
    joined: list[str] = []
    for token in tokens:
        if token == "." and joined and joined[-1] in SPLIT_ABBREVIATIONS:
            joined[-1] += "."
        elif len(joined) >= 2 and joined[-1] == "/" and (joined[-2], token) in AND_OR:
            joined[-2:] = ["and/or"]
        else:
            joined.append(token)
    return joined


def group_skills(skill_spans: list[Span], qualifiers: Sequence[tuple[int, int]] = ()) -> SkillGroups:
    """Split a line's skills into (all_of, any_of groups, the any-of groups that are examples);
    ``qualifiers``: character ranges of the doc that qualify a name (a licence's place), skipped.

    "Go, Java, C/C++ etc" and "like Go or Java" are any-of; "A, B, or C" takes its last
    connector; "C/C++ and Python" is an any-of pair plus a required skill.
    """
    separators = ambiguity_rules().list_separators
    cues = any_of_cues()
    runs: list[list[Span]] = []
    connectors: list[list[list[str]]] = []  # per run, the tokens between consecutive spans
    for span in skill_spans:
        if runs:
            previous = runs[-1][-1]
            # ("RN license in the State of Ohio, or a multistate license": the place is no separator)
            between = _join_abbreviations(
                [
                    t.lower_
                    for t in span.doc[previous.end : span.start]
                    if not any(a <= t.idx < b for a, b in qualifiers)
                ]
            )
            if _dutch_at(span):  # "HPLC en GC", "SAP of Exact": the list's "and" and "or"
                between = [DUTCH_JOINS.get(t, t) for t in between]
            # "Klaviyo, Braze, or a similar email platform": the open-ended tail joins the list
            tail = next((c for c in cues.after if len(c) > 1 and tuple(between[-len(c) :]) == c), ())
            core = between[: len(between) - len(tail)] if tail else between
            # "EIT certification or a PE license": an article after "or" still joins the two
            # "CISA certification or a CISSP": nor does the credential word of the first
            core = [
                t
                for i, t in enumerate(core)
                if not (t in ("a", "an", "the") and i and core[i - 1] == "or")
                and not CREDENTIAL_WORDS.fullmatch(t)
                # "ortopédica, laparoscópica o de columna": the head's preposition said again
                and not (t in ROMANCE_AGAIN and i and core[i - 1] in ROMANCE_OR)
            ]
            if (
                len(core) in (2, 3)
                and core[-1] in ("or", "and/or")
                and all(t in cues.heads for t in core[:-1])
            ):
                core = core[-1:]  # "Immunization support or non-sterile compounding experience"
            adjacent_names = not between and {span.label_, previous.label_} & {TERM_LABEL, CONCEPT_PHRASE}
            if (
                len(core) <= 4
                and all(t in separators for t in core)
                and "\n" not in "".join(between)
                # "CRRT, arterial lines; IABP or Impella": a new clause, a new list; "integrating HVAC
                # with BMS (Honeywell or Desigo)": the "or" of what follows "with" is not HVAC's
                and ";" not in core
                and "with" not in core
                and not adjacent_names  # "GCP at scale": a concept or literal term beside a skill is its own
            ):
                runs[-1].append(span)
                connectors[-1].append(between)
                continue
        runs.append([span])
        connectors.append([])

    _fold_category_heads(runs, connectors, cues.before)
    all_of: list[str] = []
    any_of: list[tuple[str, ...]] = []
    examples: list[tuple[str, ...]] = []

    def add_group(members: list[str], illustrative: bool = False) -> None:
        members = list(dict.fromkeys(members))
        if len(members) == 1 and not illustrative:
            all_of.append(members[0])
        elif members:
            any_of.append(tuple(members))
            if illustrative:
                examples.append(tuple(members))

    for run, links in zip(runs, connectors, strict=False):
        doc = run[0].doc
        # ("such as: Hadoop, Hive": the colon after a cue does not hide it)
        before = _join_abbreviations(
            [
                t.lower_
                for t in doc[max(0, run[0].start - 5) : run[0].start]
                if "\n" not in t.text and t.text != ":"
            ]
        )
        _drop_trailing(before, ARTICLES)  # "such as the Vineland-3, BOT-2 or PEDI-CAT"
        after = _join_abbreviations(
            [t.lower_ for t in doc[run[-1].end : run[-1].end + 4] if "\n" not in t.text]
        )
        ids = [span.id_ for span in run]
        # ("including" is inside a run only when it folded a head in: "PostgreSQL, including ...")
        inner_cue = any(word in INNER_EXAMPLE_CUES for link in links for word in link)
        introduced = _matches_at(before, cues.before, at_end=True)
        illustrative = (
            introduced
            or _matches_at(after, cues.after, at_end=False)
            or inner_cue
            or any(word in ("similar", "comparable", "other", "another") for link in links for word in link)
        )
        # "event streaming and CDC (Kafka, Debezium or similar)": the bracket's examples are
        # alternatives of the thing right before it; what the "and" joined is still asked
        bracket_examples = illustrative and not introduced and _examples_of_the_last(links)
        illustrative = illustrative and not bracket_examples
        if len(run) > 1 and after[:1] == ["or"] and not bracket_examples:
            add_group(ids)  # "SRE, DevOps or infrastructure roles": the list's last item is no skill
            continue
        if illustrative:
            add_group(ids, illustrative=True)  # "like Go, Java etc", "Kafka or similar": examples
            continue
        for part_ids, part_links in _split_after_or(ids, links):
            atoms: list[list[str]] = [[part_ids[0]]]
            # "C/C++", "GCP Vertex AI" and "service meshes (Istio, Linkerd)" bind tighter than
            # "and"/"or": one atom each, any member of which will do.
            in_parentheses = False
            languages = {span.id_ for span in run if _a_language(span)}
            for skill_id, link in zip(part_ids[1:], part_links, strict=True):
                in_parentheses = "(" in link or (in_parentheses and ")" not in link)
                # "Certified Court Interpreter (Spanish)": the language the credential is in, asked too
                qualifies = in_parentheses and skill_id in languages and atoms[-1][-1] not in languages
                if link == ["/"] or (in_parentheses and not qualifies):
                    atoms[-1].append(skill_id)
                else:
                    atoms.append([skill_id])
            last_link = next(
                (link for link in reversed(part_links) if link not in (["/"], []) and "(" not in link), []
            )
            if OR_WORDS & set(last_link) or "/" in last_link or "and/or" in last_link:
                add_group([skill_id for atom in atoms for skill_id in atom])
            else:
                for atom in atoms:
                    add_group(atom)
    return tuple(dict.fromkeys(all_of)), tuple(any_of), tuple(examples)


def _examples_of_the_last(links: list[list[str]]) -> bool:
    """Does a bracket open in the run after an "and" joined two of its things outside it?"""
    opening = next((i for i, link in enumerate(links) if "(" in link), None)
    return opening is not None and any(AND_WORDS & set(link) for link in links[:opening])


def _dutch_at(span: Span) -> bool:
    """Is the line a span stands on written in Dutch (:func:`jobmatch.terms.dutch_line`)?"""
    text = span.doc.user_data.get(TEXT) or span.doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return dutch_line(text[start : end if end >= 0 else len(text)])


def _a_language(span: Span) -> bool:
    skill = load_taxonomy().skills.get(span.id_)
    if skill is not None:
        return skill.category == "human-language"
    return span.label_ == TERM_LABEL and language_named(span.text) is not None


def _split_after_or(ids: list[str], links: list[list[str]]) -> list[tuple[list[str], list[list[str]]]]:
    """ "Python or Go, and SQL" is two groups: an "and" after an "or" closes the any-of list.
    ("A, B, and C" and "A and B or C" stay one list: their last connector decides.)"""
    parts: list[tuple[list[str], list[list[str]]]] = [([ids[0]], [])]
    seen_or = False
    for skill_id, link in zip(ids[1:], links, strict=True):
        if seen_or and AND_WORDS & set(link) and not OR_WORDS & set(link):
            parts.append(([skill_id], []))
            seen_or = False
            continue
        seen_or = seen_or or bool(OR_WORDS & set(link))
        parts[-1][0].append(skill_id)
        parts[-1][1].append(link)
    return parts


CONJUNCTIONS = frozenset({",", "and", "or", "&", ";", "plus"})
# "or" and "and" as Spanish and Portuguese lines write them ("APICS CPIM o CSCP")
OR_WORDS = frozenset({"or", "o", "u", "ou", "oppure", "oder", "bzw.", "bzw"})
AND_WORDS = frozenset({"and", "&", "y", "und", "sowie"})


ARTICLES = ("the", "a", "an")


def _drop_trailing(tokens: list[str], drop: Sequence[str]) -> None:
    """Remove ``drop`` words from the end of ``tokens`` (in place)."""
    while tokens and tokens[-1] in drop:
        tokens.pop()


def _fold_category_heads(
    runs: list[list[Span]], connectors: list[list[list[str]]], example_cues: tuple[tuple[str, ...], ...]
) -> None:
    """ "a web framework such as Django or Flask": the category ("web") is what the examples
    illustrate, so it joins their group instead of being required on its own."""
    for index in range(len(runs) - 1, 0, -1):
        head, run = runs[index - 1][-1], runs[index]
        between = [t.lower_ for t in head.doc[head.end : run[0].start]]
        _drop_trailing(between, (",", ":", *ARTICLES))  # "such as: Hadoop", "(e.g., Python", "such as the"
        cue = next((c for c in example_cues if tuple(between[-len(c) :]) == c), None)
        # "a web framework such as Django" and "PostgreSQL, including schema design", but not
        # "SQL and either Python or Scala" nor "AWS or GCP, including Terraform"
        prefix = between[: -len(cue)] if cue else []
        lone_head = prefix == [","] and len(runs[index - 1]) == 1
        if cue is not None and len(between) <= 4 and (lone_head or not CONJUNCTIONS & set(prefix)):
            # the head is the last skill before the cue; skills right before it only modify it
            # ("cloud data warehouse such as Snowflake": the group is data warehouse or examples)
            runs[index].insert(0, runs[index - 1].pop())
            connectors[index].insert(0, between)
            while runs[index - 1] and connectors[index - 1] and connectors[index - 1][-1] == []:
                runs[index - 1].pop()
                connectors[index - 1].pop()
            # "guest messaging or CRM tools such as Revinate": an alternative to the head is
            # illustrated by the same examples
            while (
                runs[index - 1]
                and connectors[index - 1]
                and connectors[index - 1][-1] in (["or"], [",", "or"], ["and/or"])
            ):
                runs[index].insert(0, runs[index - 1].pop())
                connectors[index].insert(0, connectors[index - 1].pop())
            if not runs[index - 1]:
                del runs[index - 1]
                del connectors[index - 1]
            elif connectors[index - 1]:
                connectors[index - 1].pop()


SIMILAR_ROLE = re.compile(
    r"\bor (?:in )?(?:an? |any )?(?:similar|related|comparable|equivalent)\b(?:\s+[\w-]+){0,2}\s+"
    r"(?:role|roles|position|positions|capacity|job|jobs)\b|\bor similar\b",
    re.IGNORECASE,
)


def requirement_pieces(segment: Segment) -> list[tuple[str, int]]:
    """A long prose paragraph is split into sentences; a bullet or short line stays whole."""
    if len(segment.text) <= LONG_PARAGRAPH or segment.block.is_bullet:
        return [(segment.text, segment.start)]
    return _sentences(segment)


def _inside_a_name(before: str) -> bool:
    """A sentence end found after ``before`` that is a name's initial."""
    return INITIAL_AFTER_ARTICLE_END.search(before) is not None


def sentences_of(text: str) -> list[tuple[str, int]]:
    """``text``'s sentences, each with its offset in ``text``."""
    pieces, start = [], 0
    for end in SENTENCE_END.finditer(text):
        if _inside_a_name(text[: end.start()]):
            continue
        pieces.append((text[start : end.start()], start))
        start = end.end()
    pieces.append((text[start:], start))
    return pieces


# A years phrase's clause ends at a sentence or semicolon, a parenthesis, or a comma that starts
# something else ("5+ years of Python, and Kafka"); not at the commas of a list ("in SRE, DevOps or
# platform roles").
CLAUSE_END = re.compile(
    r"[;.(]|,\s*(?:and|including|ideally|preferably|plus|as well as|with|where|which|who|gained)\b"
    r"|\s(?:and|as well as|plus)\s+(?:able|ability|have|experience|strong|solid)\b"
    # "5 years in the trade since your apprenticeship, at least 2 of which in oil sands": the part's
    # own clause, whose things are not the whole's
    r"|,\s*(?:(?:at least\s+|a minimum of\s+)?\w+\s+)?of (?:which|whom)\b"
    # "5 years in the trade since your apprenticeship started": when the years are counted from
    r"|\ssince\s"
)


def _years_object(
    doc: Doc,
    start: int,
    text: str,
    covered: list[tuple[int, int]],
    years: YearsRange,
    found: list[Span],
    end: int,
) -> list[Span]:
    """The phrases of two or more words (and their list mates) in the clause of a line's years that
    no other pass kept: the field of work the years are of, when no vocabulary names it."""
    at = text.find(years.text)
    if at < 0:
        return []
    end_match = CLAUSE_END.search(text, at + len(years.text))
    clause_end = end_match.start() if end_match else len(text)
    taken = [(s.start_char, s.end_char) for s in found]
    return [
        s
        for s in literal_spans(doc, start, text, covered, last_resort=True)
        if s.end_char <= end
        and at <= s.start_char - start < clause_end
        and not any(a < s.end_char and s.start_char < b for a, b in taken)
    ]


PEOPLE_PLURAL = re.compile(r"(?:ians|ists|ants|ents|ers|ors|ses|nurses|aides|medics)$")


PEOPLE_NOUNS = frozenset(
    {"staff", "personnel", "colleagues", "workers", "employees", "students", "trainees", "crews", "officers"}
)


def _people_of(span: Span) -> bool:
    """ "counsel patients and nursing staff", "train engineering students": the field names people
    the hire works with, not a skill asked."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.lower_ in PEOPLE_NOUNS


def _a_countrys_thing(span: Span) -> bool:
    """ "the German market", "a Greek management company": a language's name as the country's
    adjective, not a language asked (the words after it are data/languages.yaml ``not_before``)."""
    if load_taxonomy().skills[span.id_].category != "human-language":
        return False
    line = span.doc.user_data.get(TEXT) or span.doc.text
    return language_vocabulary().not_before.match(line[span.end_char :]) is not None


def _a_licence_class(span: Span) -> bool:
    """ "HR licence", "MC (Multi Combination) driver licence": a heavy-vehicle class before its
    licence, not the skill those letters name elsewhere (human resources)."""
    line = span.doc.user_data.get(TEXT) or span.doc.text
    match = HEAVY_CLASS.match(line, span.start_char)
    return match is not None and match.group("letters") is not None


def _a_countrys_name(span: Span, rest: str) -> bool:
    """A literal term that is a language's name before a country's thing ("Polish labour law")."""
    return language_named(span.text) is not None and language_vocabulary().not_before.match(rest) is not None


def _people_holding(span: Span) -> bool:
    """A credential's holders named in the plural ("pharmacy technicians", "registered nurses"):
    the line speaks of people the hire works with or leads."""
    words = span.text.split()
    if len(words) < 2 or not PEOPLE_PLURAL.search(words[-1].lower()):
        return False
    skill = load_taxonomy().skills.get(span.id_)
    return skill is not None and CREDENTIAL_NAME.search(skill.name) is not None


def scope_years(
    years: YearsRange,
    text: str,
    start: int,
    skills: list[Span],
    concepts: list[Span],
    literal: list[Span] = (),  # type: ignore[assignment]
) -> YearsRange:
    """Tie "N years" to what its own clause names: "5+ years of Python, and Kafka" is of Python."""
    at = text.find(years.text)
    if at < 0:
        return years
    clause_start = at
    end_match = CLAUSE_END.search(text, at + len(years.text))
    clause_end = end_match.start() if end_match else len(text)
    # "Python: 3+ years" names the skill before the number, in the same clause
    previous_end = max((m.end() for m in re.finditer(r"[;.]", text[:at])), default=0)
    if not any(clause_start <= s.start_char - start < clause_end for s in skills):
        clause_start = previous_end

    def inside(span: Span) -> bool:
        return clause_start <= span.start_char - start < clause_end

    # "at least three years as a Project Manager": the role decides, not the field of the
    # sentence around it ("seven years of commercial construction, including ...")
    roles = role_mentions(text[at:clause_end])
    if roles:
        fields = tuple(dict.fromkeys(f for m in roles for f in m.fields))
    else:
        fields = fields_in(text[clause_start:clause_end])
    # the roles as written ("as a Sous Chef", where "Chef" alone is the title a field knows)
    role_names = role_phrases(text[at:clause_end]) or tuple(m.text.lower() for m in roles)
    if SIMILAR_ROLE.search(text[at:clause_end]):
        # "as a GIS analyst or in a similar spatial role": the role as written is one example; the
        # work (its skills and field) decides which jobs count
        role_names = tuple(r for r in role_names if r in field_vocabulary().titles)
    # "3 years in Saudi Arabia or the GCC": where the years are spent, not a skill or term of them
    named = [*skills, *literal]
    in_a_region = {s.start_char for s in named if region_of(s.text, text, s.start_char - start)}
    longer_names = [
        (s.start_char - start, s.end_char - start) for s in named if s.start_char not in in_a_region
    ]
    regions = _regions_in(text, at, clause_end, longer_names)
    # "3+ years building web apps with React", "4 years of data engineering using Spark": the
    # years are of the tool the work was done with, the work before "with" is what it was used for
    # (not a tool itself: "5+ years of Python with Django" are years of Python)
    ordered = sorted((s for s in skills if inside(s)), key=lambda s: s.start_char)
    taxonomy = load_taxonomy().skills
    means = {
        s.id_
        for s, tool in itertools.pairwise(ordered)
        if TOOL_AFTER.match(text[s.end_char - start : tool.start_char - start])
        and (s.id_ not in taxonomy or taxonomy[s.id_].category not in TOOL_CATEGORIES)
    }
    return replace(
        years,
        skills=tuple(
            dict.fromkeys(
                s.id_ for s in skills if inside(s) and s.start_char not in in_a_region and s.id_ not in means
            )
        ),
        concepts=tuple(dict.fromkeys(s.id_ for s in concepts if inside(s))),
        terms=tuple(
            dict.fromkeys(normalize(s.text) for s in literal if inside(s) and s.start_char not in in_a_region)
        ),
        fields=fields,
        roles=tuple(dict.fromkeys(role_names)),
        regions=regions,
        after_qualifying=bool(_dating_cues(text[previous_end:clause_end])),
    )


YEARS_BEFORE = re.compile(r"(?:years?|yrs?|experience|exp\.?)['’]?\s*(?:of\s+)?$", re.IGNORECASE)
EXPERIENCE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:experience|exp\b|work\b|practice\b)", re.IGNORECASE)


def _dating_cues(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says its years come after qualifying ("3 years' post-qualification
    experience", "4 years post-trade", "2 years experience post qualification"): the cue right
    after the years or the experience, or right before the experience it dates, not a thing named
    so ("post-trade operations")."""
    return [
        m.span()
        for m in cue_set("after_qualifying").finditer(text)
        if YEARS_BEFORE.search(text[: m.start()].rstrip()) or EXPERIENCE_AFTER.match(text[m.end() :])
    ]


def _regions_in(text: str, at: int, end: int, longer_names: list[tuple[int, int]]) -> tuple[str, ...]:
    """The regions named around a years phrase, in its clause ("in Saudi Arabia or the GCC", "of UK
    experience" just before it), not inside a longer name ("UK GAAP": ``longer_names``)."""
    found = []
    for match in region_vocabulary().names.finditer(text, max(0, at - REGION_BEFORE), end):
        if any(a <= match.start() and match.end() <= b for a, b in longer_names):
            continue
        region = region_of(match.group(), text, match.start())
        if region is not None:
            found.append(region)
    return tuple(dict.fromkeys(found))


REGION_BEFORE = 20  # characters before a years phrase where its region may stand ("UK experience: 2 years")


CLAUSE_BOUNDARY = re.compile(r"[;,(—–]|\s-\s")


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` starts (0 when nothing separates it from the start)."""
    boundaries = [
        m.end()
        for m in CLAUSE_BOUNDARY.finditer(text, 0, position)
        if (m.group() != "(" or ")" not in text[m.end() : position])  # "(Dr. iur.)" closed before it
        # "(e.g. Intelex, SAP EHS) is a plus": a comma inside a bracket closed before the position
        and not (
            text.count("(", 0, m.start()) > text.count(")", 0, m.start()) and ")" in text[m.end() : position]
        )
    ]
    return boundaries[-1] if boundaries else 0


OUR_STACK = re.compile(r"\((?:we|we're|our|currently)\b[^)]*\)", re.IGNORECASE)


def _only_context(span: Span, text: str, start: int, degree: DegreeRequirement | None) -> bool:
    """A skill named in a line that is not asked for: "(we use Spring Boot)", or a degree's
    field ("MS in Computer Science or Statistics" asks for the degree, not for two skills)."""
    offset = span.start_char - start
    if any(m.start() <= offset < m.end() for m in OUR_STACK.finditer(text)):
        return True
    return degree is not None and is_degree_field(span.text)


def _has_signal(doc: Doc, segment: Segment) -> bool:
    """Does a line name a skill, a number of years or a degree?"""
    end = segment.start + len(segment.text)
    return bool(
        spans_in(doc, SKILLS, segment.start, end) or parse_years(segment.text) or parse_degree(segment.text)
    )


def _equivalent_years(
    text: str, degree: DegreeRequirement, years: YearsRange
) -> tuple[DegreeRequirement, YearsRange | None]:
    """ "BS in CS, or 6+ years of equivalent experience": the years are what stands in for the
    degree, not a requirement of their own; a candidate with the degree needs none."""
    at = text.find(years.text)
    degree_at = text.find(degree.text[:20])
    if at < 0 or degree_at < 0 or at < degree_at:
        return degree, years
    between, after = text[degree_at:at], text[at : at + len(years.text) + 60]
    offered_instead = re.search(r"\bor\b", between, re.IGNORECASE) and re.search(
        r"\b(?:equivalent|relevant|related|comparable)\b[^.;]*\bexperience\b|\bin lieu\b|\binstead\b",
        between[-40:] + after,
        re.IGNORECASE,
    )
    if not offered_instead:
        return degree, years
    return replace(degree, equivalent_experience=True, equivalent_years=years.min), None


CREDENTIAL_WORDS = re.compile(
    # ("console certification requirements", "the certification process": knowing how a product is
    # certified, not a credential held)
    r"\b(?:certifications?(?!\s+(?:requirements?|process(?:es)?|standards?|criteria|guidelines|rules|"
    r"checklists?|testing|tests|audits?|compliance|submissions?|procedures?|programs? for))|"
    r"certified|certificates?|licen[sc]es?|licensed|credentials?|safety card|"
    r"certificaci[oó]n|certifica[cç][aã]o|certificado|licencia|licen[cç]a|"
    # Italian and French: "Attestato PES/PAV", "Abilitazione PLE", "patentino", "habilitation électrique"
    r"attestat[oi]|abilitazion[ei]|patentino|certificazion[ei]|attestation|habilitation|"
    # a professional's standing, in Spanish and Portuguese: "Tarjeta profesional vigente", "colegiatura"
    r"tarjeta profesional|registro profesional|matr[ií]cula profesional|colegiatura|"
    r"registro profissional|carteira profissional|"
    # German: "Zertifizierung als ...", "Sachkundenachweis", "Weiterbildung zum Bilanzbuchhalter (IHK)"
    r"zertifikat\w*|zertifizier\w*|befähigungsnachweis\w*|sachkundenachweis\w*|fachkundenachweis\w*|"
    r"weiterbildung\s+zu[mr]|meisterprüfung|"
    r"(?:manufacturer|oem|factory|vendor)(?:'s)?[- ](?:training|course)s?|"
    r"(?<!-)registrations?|accreditations?|board[- ]certified|designations?|endorsements?|"
    # a standing held as a profession: "Registered as a social worker", "qualified as an electrician"
    r"(?<![-\w])(?:registered|qualified)\s+as|"
    # "a valid Food Handler's Permit" (not a permit-to-work system, nor leave to work: "work permit")
    r"(?<!work )(?<!work-)permits?(?![\s-]+to[\s-]+work)|"
    r"(?-i:[A-Z]{2,})\w*\s+(?:tickets?|cards?)|"  # "EWP ticket", "CPCS card", not "support tickets"
    # a body's exams: "IFoA exams", "CFA Level I passed"
    r"(?-i:[A-Z]{2,})[\w-]*\s+exams?|level\s+(?:[IVX]{1,3}|\d)\s+passed|"
    # a body's standing: "CFA charter", "ACCA or CIMA qualified accountant", "ACA-qualified"
    r"charter(?:holder)?|(?-i:[A-Z]{2,})[- ]qualified)\b",
    re.IGNORECASE,
)
# "Registered Graduate Quantity Surveyor with the Board of Quantity Surveyors Malaysia", "a full
# member of the CIPD": a standing with a professional body is a credential
BODY = (
    r"(?:the\s+)?(?:[A-Z]{2,}\b|[A-Z][a-z]+ (?:of|for) |[A-Z][a-z]+ [A-Z][a-z]+\b)"  # "Singapore Customs"
    r"(?!\S*\s+(?:team|group|squad|department|staff)\b)"
)
STANDING_WITH_A_BODY = re.compile(
    rf"(?<![-\w])[Rr]egistered\b[^.;,]{{0,80}}?\b(?:with|by)\s+{BODY}"
    rf"|\b[Mm]ember(?:ship)?\s+(?:of|with)\s+{BODY}|\b[A-Z]{{2,}}\s+membership\b"
)
BODY_DIPLOMA = re.compile(r"\b[Dd]iploma (?:in|of|from)\s+(?:the\s+)?[A-Z]{3,}\b")
# "the IB Diploma Programme", "CIPD Level 7 Diploma", "WSET Level 4 Diploma": a named body's or
# programme's qualification, checked as a credential, not a diploma of any kind
NAMED_DIPLOMA = re.compile(
    r"\b(?P<before>[A-Z]{2,}\w*)(?:\s+(?:Level|Stage|Part)\s+\w+)?\s+Diploma\b"
    # "a diploma SPD Bedrijfsadministratie", "Diploma VCA-VOL": the programme's name after the word
    r"|\b[Dd]iploma\s+(?P<after>[A-Z]{2,}[\w-]*)"
)


def _named_diplomas(text: str) -> tuple[str, ...]:
    """How the line names a body's or programme's diploma, not a diploma of any kind: "before"
    ("WSET Level 3 Diploma"), "after" ("a diploma SPD Bedrijfsadministratie"). "MBO Diploma" and
    "Diploma HBO" name a level of education."""
    degree_forms = degree_vocabulary().level_of
    return tuple(
        "before" if m.group("before") else "after"
        for m in NAMED_DIPLOMA.finditer(text)
        if (m.group("before") or m.group("after")).lower().split("-")[0] not in degree_forms
    )


# conditions on who may be hired at all; a sentence that restricts by one asks it, whatever its form
# who may be hired at all: said with "must", "only", "unable to" anywhere in a posting, it is asked
# ("Non-Saudi candidates must already be resident in the Kingdom", "you must live in, or be willing
# to relocate to, São Paulo")
ELIGIBILITY = frozenset(
    {"work authorisation", "age", "background check", "military service", "location", "relocation"}
)
RESTRICTIVE = re.compile(
    r"\b(?:only|must|need to|needs to|have to|has to|required|requires|cannot|can't|unable to|will not|"
    r"won't|not able to|no sponsorship|not sponsor)\b",
    re.IGNORECASE,
)
PLACE_CONDITIONS = frozenset({"location", "relocation"})
STRICTLY = re.compile(r"\b(?:must|only)\b", re.IGNORECASE)
BUT_AFTER = re.compile(r"[\s,;–—-]*(?:but|though|although|aber|maar|mais|pero|mas|ma)\b", re.IGNORECASE)
SOMEONE_WHO_CAN = re.compile(
    r"\blooking for someone (?:who (?:can|could|has|will|is able to)|with)\b", re.IGNORECASE
)
HIRE_CONDITION_OPENING = 60  # "All offers are subject to ...": said in the line's first words
HIRE_CHECKS = frozenset({"background check", "physical demands", "work authorisation", "age"})
POSSESSIONS = frozenset({"own tools"})  # conditions whose object may be a skill's name
# conditions a credential on the same line outweighs: "registered ... before your start date" asks
# for the registration; a driving licence or a clearance is a condition and a credential at once
CREDENTIAL_CANCELS = frozenset({"availability", "location", "travel", "relocation", "physical demands"})
N_OF = re.compile(
    r"\b(?:at least |minimum of )?(?P<n>two|three|four|2|3|4)\s*(?:\+|or more)?\s*(?:of|from)\b"
    r"(?: the following)?",
    re.IGNORECASE,
)
# "at least one of the following: ...", "al menos uno de los siguientes: ...": any one of what follows
ONE_OF_FOLLOWING = re.compile(
    r"\b(?:(?:at least |any )?one (?:or more )?of the following"
    r"|(?:al menos |por lo menos )?(?:un[oa]|alguno|alguna) (?:o más )?de (?:los|las) siguientes"
    r"|(?:al menos |por lo menos )?(?:un[oa]|alguno|alguna) de (?:estas|estos) \w+:"
    r"|(?:at least |any )?one (?:or more )?of these \w+:"
    # "Type endorsement on one or more of: B737, A220": a colon opens the list
    r"|(?:at least |any )?one (?:or more )?of(?=\s*:)"
    r"|(?:pelo menos |ao menos )?(?:um|uma) (?:ou mais )?d(?:os|as) seguintes"
    r"|(?:au moins )?(?:un|une) (?:ou plusieurs )?des (?:éléments |domaines )?suivant(?:e)?s)\b",
    re.IGNORECASE,
)
DETAIL_START = re.compile(r":\s|\s[—–]\s|\s-\s")
# after a head and its dash or colon, words that say the names after it are asked, not examples of it
ASKED_AFTER_THE_HEAD = re.compile(
    r"\b(?:as a minimum|at a minimum|at minimum|all (?:of them )?required)\b", re.I
)
SOFTENED_AFTER_THE_HEAD = re.compile(
    r"\b(?:ideally|preferably|such as|e\.\s?g\.|for example|desirable)", re.I
)
# "At least 3 IFoA exams passed (CS1, CS2, CM1, CM2)": a count of things, then the things to pick from
N_IN_BRACKETS = re.compile(
    r"\b(?:at least |a minimum of |minimum of |minimum )?(?P<n>two|three|four|five|[2-5])\+?\s+"
    r"(?P<things>(?:[^\s()]+\s+){1,4}?)\(",
    re.IGNORECASE,
)
NOT_COUNTED = re.compile(r"\b(?:years?|yrs?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)


def language_named(text: str) -> str | None:
    """The spoken language a phrase names: the taxonomy's id when it has one ("German" -> german),
    else the id in data/languages.yaml ("Czech" -> cs); None when it names no language."""
    key = text.strip().lower()
    if key in _language_names():
        return _language_names()[key]
    vocab = language_vocabulary()
    return vocab.alias_of.get(vocab.base_alias(key))


@cache
def _language_names() -> dict[str, str]:
    names = {}
    for skill in load_taxonomy().skills.values():
        if skill.category == "human-language":
            for alias in (skill.name, *skill.aliases, *skill.ambiguous_aliases):
                names[alias.lower()] = skill.id
    return names


@cache
def _ambiguous_aliases() -> dict[str, str]:
    """Exact-case short names ("Go", "R", "Epic") -> skill id."""
    return {alias: skill.id for skill in load_taxonomy().skills.values() for alias in skill.ambiguous_aliases}


CREDENTIAL_CLAUSE_BREAK = re.compile(r";|\.\s|\s[—–]\s")


def _credential_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a line that name a credential word: in "Deep AWS knowledge —
    VPC, IAM, EC2; AWS Certified Solutions Architect certification" only the last clause asks for
    a credential, the first for skills."""
    starts = [0, *(m.end() for m in CREDENTIAL_CLAUSE_BREAK.finditer(text))]
    ends = [*(m.start() for m in CREDENTIAL_CLAUSE_BREAK.finditer(text)), len(text)]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if _names_a_credential(text[a:b])]


def _names_a_credential(text: str) -> bool:
    held_words = [m for m in CREDENTIAL_WORDS.finditer(text) if not _a_document_handled(text, m)]
    return bool(
        held_words or STANDING_WITH_A_BODY.search(text) or HELD_NAME.search(text) or NAMED_COURSE.search(text)
    )


# a course one completes and holds by its name: "GWO Basic Safety Training", "Advanced Rescue
# Training (ART)", "IOSH Managing Safely Course" (a body's letters before, or its own after)
NAMED_COURSE = re.compile(
    r"\b[A-Z]{2,6}\s+(?:[A-Z][a-z]+\s+){1,4}(?:Training|Course|Award)\b"
    r"|\b(?:[A-Z][a-z]+\s+){1,4}(?:Training|Course|Award)\s+\([A-Z]{2,6}\)"
)


# papers the work deals in, not papers the candidate holds: "Certificates of Origin", "submitting
# TradeNet permits", "processing work permits for new hires", "issuing building permits"
DOCUMENT_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
HANDLING_BEFORE = re.compile(
    r"\b(?:submit|submitting|submission of|process|processing|prepare|preparing|preparation of|issue|issuing|"
    r"file|filing|handle|handling|lodge|lodging|apply for|applying for|obtain|obtaining|secure|securing|"
    r"review|reviewing|track|tracking|manage|managing|administer|administering|renew|renewing|draft|drafting|"
    r"deal with|dealt with|dealing with|knowledge of|understanding of|familiarity with)"
    r"(?:\s+[\w/+-]+){0,3}\s*$",
    re.IGNORECASE,
)


# what trade and property papers certify, in lower case ("certification of origin", "certificates of
# analysis", "certificate of occupancy"): documents a job handles, never a credential one holds
TRADE_DOCUMENT = re.compile(
    r"\s+of\s+(?:origin|analysis|conformity|conformance|insurance|occupancy|title|incorporation|free sale|"
    r"inspection|deposit|export|import)\b",
    re.IGNORECASE,
)


def _a_document_handled(text: str, match: re.Match[str]) -> bool:
    if match.group().lower() in ("certificates", "permits", "licences", "licenses") and DOCUMENT_OF.match(
        text, match.end()
    ):
        return True  # "Certificates of Origin" (a "Certificate of Competency" is held)
    if TRADE_DOCUMENT.match(text, match.end()):
        return True  # "CUSMA rules of origin and certification of origin": a trade document
    # "Experience completing monthly EMP201 submissions ..., including IRP5/IT3(a) certificates": a
    # line about doing paperwork; the certificates are what the work produces
    handled = HANDLING_BEFORE.search(text[: match.start()]) is not None
    # "Knowledge of export licensing for cultural goods and of CITES permits": knowing the papers
    known = KNOWLEDGE_OPENING.match(text) is not None and match.group().lower() in PAPERS
    return handled or known or EXPERIENCE_HANDLING.match(text) is not None


KNOWLEDGE_OPENING = re.compile(
    r"^\W*(?:(?:good|sound|solid|working|basic|thorough|strong)\s+)*(?:knowledge|understanding|awareness)\s+of\b"
    r"|^\W*familiarity\s+with\b",
    re.IGNORECASE,
)
PAPERS = frozenset({"permits", "licences", "licenses", "licensing", "certificates"})


EXPERIENCE_HANDLING = re.compile(
    r"^\W*(?:(?:proven|hands-on|practical|solid|previous)\s+)?experience\s+(?:in\s+|with\s+)?"
    r"(?:completing|preparing|issuing|processing|submitting|filing|lodging|administering|drafting|producing|"
    r"generating|reconciling|tracking|handling)\b",
    re.IGNORECASE,
)


# "Current Advanced Life Support (ALS)", "Valid PADI Rescue Diver": a named thing one holds, in date
HELD_NAME = re.compile(
    r"^\W*(?:[Cc]urrent|[Vv]alid|[Ii]n-date|[Uu]p-to-date)\s+(?:[A-Z]{2,}\b|[A-Z][a-z]+\s+[A-Z])"
)


STANDARD_FRAME = re.compile(
    r"\b(?:in line with|in accordance with|according to|compliant with|in compliance with|conforming to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
CREDENTIAL_NAME = re.compile(r"\b(?:licen[cs]e|certification|certified|certificate|card)\b", re.IGNORECASE)


def _balanced(text: str) -> str:
    """A term without a bracket it does not open or close ("Dash 8)" of "DHC-8 (Dash 8)")."""
    if text.endswith(")") and "(" not in text:
        text = text[:-1].rstrip()
    if text.startswith("(") and ")" not in text:
        text = text[1:].lstrip()
    return text


ANOTHER_LANGUAGE_PHRASE = re.compile(
    r"^(?:an?other|any other|a second|an additional|additional|second|other)\s+(?:[\w-]+\s+)?languages?$",
    re.IGNORECASE,
)


def _term_for(span: Span, credential_line: bool) -> Term:
    """The Term a span stands for: a taxonomy skill, a spoken language, a literal term, a
    domain concept; on a line about certifications or licences, named things are credentials."""
    taxonomy = load_taxonomy()
    line = span.doc.text
    region = region_of(span.text, line, span.start_char)
    if region is not None:  # "the GCC hospitality market": Dubai and Doha show it, not a compiler
        return Term(kind="region", id=region, text=span.text)
    if span.label_ == TERM_LABEL and ANOTHER_LANGUAGE_PHRASE.match(span.text.strip()):
        # "Te reo Māori or another community language": any language beside the résumé's own
        return Term(kind="language", id=ANOTHER_LANGUAGE, text=span.text)
    if span.label_ == TERM_LABEL:
        language = language_named(span.text)
        named = find_languages(span.text)
        if not named:  # "un anglais opérationnel": a lower-case name the words before it vouch for
            named = tuple(m for m in find_languages(line) if span.start_char <= m.start < span.end_char)
        if language is None and len(named) == 1:  # "Business-level Spanish"
            language = language_named(language_name(named[0].language)) or named[0].language
        if language is not None:
            return Term(kind="language", id=language, text=span.text)
        ambiguous = _ambiguous_aliases().get(span.text.strip())
        if ambiguous is not None and _spelled_out_otherwise(
            span.text, ambiguous, line, span.start_char, span.end_char
        ):
            ambiguous = None  # "CCS (Certified Customs Specialist)": the line's own sense
        if ambiguous is not None:  # "3+ years of Go": a requirement line is context enough
            return Term(kind="credential" if credential_line else "skill", id=ambiguous, text=span.text)
        key = span.id_.removeprefix(TERM_PREFIX)
        # "issue CoCs in line with SANS 10142-1": a standard the work follows, not a credential
        to_a_standard = STANDARD_FRAME.search(line[: span.start_char]) is not None
        kind = "credential" if credential_line and not to_a_standard else "term"
        text = _balanced(span.text)
        return Term(kind=kind, id=span.id_, text=text, keys=term_keys(text) or (f" {key} ",))
    if span.label_ == CONCEPT_PHRASE:
        return Term(kind="concept", id=span.id_, text=span.text)
    skill = taxonomy.skills.get(span.id_)
    if skill is not None and skill.category == "human-language":
        return Term(kind="language", id=span.id_, text=span.text)
    if skill is not None and any(
        CREDENTIAL_NAME.search(taxonomy.skills[s].name)
        for s in (skill.id, *skill.implies)
        if s in taxonomy.skills
    ):
        # "Valid CDL Class A": a licence or certification is checked as held, wherever it is asked
        return Term(kind="credential", id=span.id_, text=span.text, keys=(normalize(span.text),))
    if credential_line and skill is not None and skill.category not in ("knowledge", "language"):
        return Term(kind="credential", id=span.id_, text=span.text, keys=(normalize(span.text),))
    return Term(kind="skill", id=span.id_, text=span.text)


def _groups(
    doc: Doc,
    text: str,
    start: int,
    spans: list[Span],
    credential_line: bool,
    qualifiers: Sequence[tuple[int, int]] = (),
) -> tuple[TermGroup, ...]:
    """Spans grouped as the line lists them (all of, any of, examples, N of, details)."""
    if not spans:
        return ()
    terms: dict[str, Term] = {}  # by span id
    starts: dict[str, int] = {}  # by term id
    credential_clauses = _credential_clauses(text) if credential_line else []
    for span in spans:
        offset = span.start_char - start
        in_credential_clause = any(a <= offset < b for a, b in credential_clauses)
        term = terms.setdefault(span.id_, _term_for(span, in_credential_clause))
        starts.setdefault(term.id, span.start_char - start)
    all_of, any_of, examples = group_skills(spans, qualifiers)
    # ("a multistate license under the Nurse Licensure Compact": one thing named twice, already
    # an alternative of an any-of group, is not also asked on its own)
    in_any_of = {terms[i].id for g in any_of for i in g}
    groups: list[TermGroup] = [TermGroup(terms=(terms[i],)) for i in all_of if terms[i].id not in in_any_of]
    groups += [TermGroup(terms=tuple(terms[i] for i in g), examples=g in examples) for g in any_of]
    groups = _split_language_pairs(groups, text, starts)
    groups = _activity_before_brackets(groups, text, starts)
    groups = _bracketed_grades(groups, text, starts)
    groups.sort(key=lambda g: min(starts[t.id] for t in g.terms))
    groups = _merge_parenthetical_alternatives(groups, text, starts)
    groups = _or_after_the_bracket(groups, text, starts)
    groups = _credential_clause_alternatives(groups, text, starts)
    n_of = N_OF.search(text) or ONE_OF_FOLLOWING.search(text)
    if n_of:
        named = n_of.groupdict().get("n")
        need = ({"two": 2, "three": 3, "four": 4}.get(named.lower()) or int(named)) if named else 1
        after = [g for g in groups if min(starts[t.id] for t in g.terms) >= n_of.end()]
        if after:
            merged = TermGroup(terms=tuple(t for g in after for t in g.terms), need=need)
            groups = [g for g in groups if g not in after] + [merged]
    groups = _n_of_bracketed(groups, text, starts, counted=n_of is not None)
    detail = DETAIL_START.search(text)
    if (
        detail
        and ASKED_AFTER_THE_HEAD.search(text, detail.end())
        and not SOFTENED_AFTER_THE_HEAD.search(text, detail.end())
    ):
        detail = None  # "Commercial ACS – COCN1 and CODNCO1 as a minimum": the names after it are asked
    if detail:
        before = [g for g in groups if min(starts[t.id] for t in g.terms) < detail.start()]
        if before:
            groups = [g if g in before else replace(g, detail=True) for g in groups]
    cue = _detail_cue(text)
    head = [g for g in groups if cue is not None and min(starts[t.id] for t in g.terms) < cue]
    # "Advanced SQL, including window functions": what SQL covers; but "AWS or GCP, including
    # Terraform" names further things asked for
    includes = cue is not None and text[:cue].lower().rstrip().endswith(("including", "includes", "incl."))
    if includes and not (len(head) == 1 and len(head[0].terms) == 1):
        cue = None
    if cue is not None:
        groups = [
            replace(g, detail=True)
            if min(starts[t.id] for t in g.terms) >= cue
            and any(min(starts[t.id] for t in h.terms) < cue for h in groups)
            and not g.examples
            else g
            for g in groups
        ]
    groups = _purposes_as_details(groups, text, starts)
    groups = _examples_of_the_equivalent(groups, text, starts)
    groups = _examples_in_one_bracket(groups, text, starts)
    groups = _kind_and_its_examples(groups, text, starts)
    groups = _bracketed_examples(groups, text, starts)
    groups = _named_or_one_like_it(groups, text, starts)
    groups = _kind_before_bracketed_names(groups, text, starts)
    groups = _especially_named(groups, text, starts)
    return tuple(_credential_kinds_as_details(_parents_as_details(groups, text, starts)))


# "NVQ Level 3 in Gas Utilisation, or equivalent (e.g. an ACS-based managed learning route)": the
# bracket gives examples of the equivalent, an alternative to what the line names first
EQUIVALENT_EXAMPLES = re.compile(
    r"\bor (?:an? |any )?(?:other )?equivalent\b[^(),;]{0,80}\(\s*"
    r"(?:e\.\s?g\.?|eg\b|such as|for example|for instance|including|like)",
    re.IGNORECASE,
)


def _examples_of_the_equivalent(
    groups: list[TermGroup], text: str, starts: dict[str, int]
) -> list[TermGroup]:
    """Groups inside the bracket of examples after "or equivalent": details of the alternative,
    not further things to find (the line is met by what it names first, or by one of them)."""
    found = EQUIVALENT_EXAMPLES.search(text)
    if found is None:
        return groups
    close = text.find(")", found.end())
    end = close if close >= 0 else len(text)
    return [
        replace(g, detail=True)
        if all(t.id in starts and found.start() <= starts[t.id] < end for t in g.terms)
        else g
        for g in groups
    ]


ESPECIALLY_WORDS = r"(?:especially|particularly|in particular|notably|above all|esp\.)"
ESPECIALLY = re.compile(rf"[,;(]?\s*\b{ESPECIALLY_WORDS}\s*$", re.IGNORECASE)
ESPECIALLY_OPENING = re.compile(rf"^{ESPECIALLY_WORDS}\s", re.IGNORECASE)


def _especially_named(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Another language, especially Ukrainian or German": the names after "especially" are the
    ones most welcome of the thing asked before them, so alternatives to it, not a second ask;
    names listed after the first of them ("particularly Lambda and DynamoDB") join it too."""
    merged: list[TermGroup] = []
    joining = False  # the last group took names after "especially"
    for group in groups:
        previous = merged[-1] if merged else None
        # (examples read from a bracket have no place of their own: left as they are)
        unplaced = previous is None or any(t.id not in starts for t in (*group.terms, *previous.terms))
        if unplaced or previous.detail:
            merged.append(group)
            joining = False
            continue
        first = min(starts[t.id] for t in group.terms)
        last = max(previous.terms, key=lambda t: starts[t.id])
        between = text[starts[last.id] + len(last.text) : first]
        named_so = ESPECIALLY.search(text[:first]) or ESPECIALLY_OPENING.match(text[first:])
        list_mate = joining and LIST_JOINER.fullmatch(between) is not None
        if (named_so or list_mate) and not re.search(r"[.;]", text[starts[last.id] : first]):
            merged[-1] = replace(previous, terms=(*previous.terms, *group.terms), need=1)
            joining = True
            continue
        joining = False
        merged.append(group)
    return merged


LIST_JOINER = re.compile(r"\s*(?:,|,?\s*(?:and|or|&|/))\s*", re.IGNORECASE)


CLAUSE_OR = re.compile(r",\s+or\s+", re.IGNORECASE)
# "completed the NYSC programme or have a valid exemption certificate": two verbs' credentials, either
OR_HAVE_BETWEEN_CREDENTIALS = re.compile(
    r"\)?(?:\s+[\w-]+){0,2},?\s+or\s+(?:have|hold|holding|possess|obtain(?:ed)?)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:valid|current|recogni[sz]ed|equivalent)\s+)?",
    re.IGNORECASE,
)
# "CCNA or Microsoft certifications", "un CACES R485 ou une habilitation SST"
OR_BETWEEN_CREDENTIALS = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:or|ou|o|oder|of|oppure)\s+(?:(?:an?|une?|een|eine?|einen|uma?|una?)\s+)?",
    re.IGNORECASE,
)


def _credential_clause_alternatives(
    groups: list[TermGroup], text: str, starts: dict[str, int]
) -> list[TermGroup]:
    """ "A CSCS card, or an equivalent CPCS card": two clauses joined by ", or", each naming one
    credential, offer either."""
    if len(groups) == 2 and all(t.kind == "credential" for g in groups for t in g.terms):
        first, second = sorted(groups, key=lambda g: min(starts[t.id] for t in g.terms))
        end = max(starts[t.id] + len(t.text) for t in first.terms)
        between = text[end : min(starts[t.id] for t in second.terms)]
        if not first.detail and (
            OR_BETWEEN_CREDENTIALS.fullmatch(between) or OR_HAVE_BETWEEN_CREDENTIALS.fullmatch(between)
        ):
            # "CompTIA A+ or Microsoft certifications (MS-900, MD-102)": one credential or the other
            return [TermGroup(terms=(*first.terms, *second.terms))]
    joins = list(CLAUSE_OR.finditer(text))
    if len(joins) != 1 or len(groups) != 2 or any(g.examples or g.detail for g in groups):
        return groups
    at = joins[0].start()
    first, second = sorted(groups, key=lambda g: min(starts[t.id] for t in g.terms))
    if not (max(starts[t.id] for t in first.terms) < at < min(starts[t.id] for t in second.terms)):
        return groups
    if not all(t.kind == "credential" for g in groups for t in g.terms):
        return groups
    return [TermGroup(terms=(*first.terms, *second.terms))]


# words between two things that make what follows examples of the first ("eQMS (e.g. MasterControl",
# "(p. ej. Agile PLM", "(por exemplo SAP"); also in Spanish, Portuguese, French and Italian
INNER_EXAMPLE_CUES = frozenset(
    {
        "e.g.",
        "like",
        "such",
        "including",
        "ej.",
        "ej",
        "ejemplo",
        "exemplo",
        "exemple",
        "esempio",
        "tales",
        "tais",
        "es.",
        "come",
        "quali",
        # German: "(z. B. DATEV)", "(zum Beispiel BMD)", "CAD-Programme wie AutoCAD"
        "z.",
        "beispiel",
        "beispielsweise",
        "wie",
    }
)
BRACKET_AFTER = re.compile(r"\s*\(([^()]{3,160})\)")
# "for example" as Spanish, Portuguese, French and Italian postings write it ("(p. ej. Agile PLM ...)")
ROMANCE_EXAMPLE = (
    r"p\.\s?ej\.?|por ejemplo|tales como|por exemplo|tais como|p\.\s?ex\.?|par exemple|ad es\.|per esempio"
    # German: "(z. B. DATEV)", "(wie SAP oder BMD)"
    r"|wie z\.\s?b\.?|z\.\s?b\.?|zum beispiel|beispielsweise|wie etwa|wie"
)
EXAMPLE_LEAD = re.compile(
    rf"^\s*(?:e\.\s?g\.?,?|i\.\s?e\.?,?|such as|for example,?|like|incl\.|including|{ROMANCE_EXAMPLE})\s+",
    re.I,
)
LIST_SEPARATOR = re.compile(r"\s*(?:,|;|/|\bor\b|\band\b|\betc\b\.?)\s*", re.IGNORECASE)
EXAMPLE_WORD = re.compile(r"^[^\W\d_][\w&'’-]*$")


EXAMPLES_BETWEEN = re.compile(
    # ("New Zealand spatial data and standards, e.g. LINZ Data Service": a kind named in two words)
    r"^\s*(?:(?:and|or|&)\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s*)?"
    r"(?:system|software|tool|platform|database|suite|approache|programme|program|curricul(?:um|a)|"
    r"framework|method|model|intervention|standard|package|product|brand)?s?\s*[,(:]?\s*"
    rf"(?:e\.\s?g\.?|eg|such as|for example|for instance|like|i\.\s?e\.?|{ROMANCE_EXAMPLE})\s*[,:]?\s*$",
    re.IGNORECASE,
)


def _n_of_bracketed(
    groups: list[TermGroup], text: str, starts: dict[str, int], *, counted: bool
) -> list[TermGroup]:
    """ "At least 3 IFoA exams passed (CS1, CS2, CM1, CM2, CB1)": N of the bracketed things."""
    found = None if counted else N_IN_BRACKETS.search(text)
    if found is None or NOT_COUNTED.search(found.group("things")):
        return groups
    opening = found.end() - 1
    closing = text.find(")", opening)
    need = {"two": 2, "three": 3, "four": 4, "five": 5}.get(found.group("n").lower()) or int(found.group("n"))
    inside = [g for g in groups if all(opening < starts[t.id] < closing for t in g.terms)]
    if closing < 0 or len(inside) < need:
        return groups
    merged = TermGroup(terms=tuple(t for g in inside for t in g.terms), need=need)
    kept = [g for g in groups if g not in inside]
    at = next((i for i, g in enumerate(kept) if min(starts[t.id] for t in g.terms) > opening), len(kept))
    return [*kept[:at], merged, *kept[at:]]


def _kind_and_its_examples(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "a case management system, e.g. Clio, Leap or Keyhole": the examples that follow a kind
    show it; the kind and its examples are one group (any of them), whatever the taxonomy knows
    of the examples."""
    merged: list[TermGroup] = []
    for group in groups:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and group.examples
            and (len(previous.terms) == 1 or _named_twice(previous, text, starts))
            and not previous.examples
            # "PLC fault-finding (e.g. Siemens S7)": an activity is no kind of thing to give examples of
            and previous.terms[0].kind != "concept"
        ):
            last = max(previous.terms, key=lambda t: starts[t.id])
            between = text[starts[last.id] + len(last.text) : min(starts[t.id] for t in group.terms)]
            between = between.lstrip(")").lstrip()
            if EXAMPLES_BETWEEN.match(between) or _or_then_examples(group, text, starts, between):
                merged[-1] = replace(group, terms=(*previous.terms, *group.terms), need=1, examples=True)
                continue
        merged.append(group)
    return merged


# "Procore or a similar construction platform (e.g. Aconex)", "Xero or another cloud package":
# between the name and the kind, an "or" that opens the kind's alternatives
OR_ONE_LIKE_IT = re.compile(
    r"^\)?\s*,?\s*(?:and/)?or\s+(?:an?\s+|any\s+|some\s+)?(?:other\s+)?"
    r"(?:similar|comparable|equivalent|alternative|analogous|another|other)\b"
    # the kind's own words ("a similar site card"), never a purpose ("tools for agile ...")
    r"(?P<kind>(?:\s+(?!(?:and|or|plus|with|as well as|for|in|to|of|on|at|by)\b)[^\W\d_][\w-]*){0,3}?)"
    r"\s*[,(:]?\s*"
    r"(?P<cue>(?:e\.\s?g\.?|eg|such as|for example|for instance|including|like)\s*[,:]?\s*)?$",
    re.IGNORECASE,
)
# the everyday word that ends a kind of product ("construction management platform"): the words
# before it name the field, which is no product of that kind
PRODUCT_WORDS = r"(?:platform|system|software|tool|package|suite|solution|product|application|app)s?\b"
KIND_HEADS = re.compile(rf"[\s-]*{PRODUCT_WORDS}", re.IGNORECASE)
# the kind named in the group's first term goes on in its everyday word or its examples' bracket
KIND_FOLLOWS = re.compile(
    rf"(?:[\s-]+[^\W\d_][\w-]*){{0,3}}?[\s-]+(?:{PRODUCT_WORDS}|"
    r"(?:certification|certificate|qualification|licen[cs]e|designation|credential)s?\b)|\s*\(",
    re.IGNORECASE,
)
# where a list's next, separate ask starts after the examples' bracket ("(e.g. CPCS), and SMSTS")
NEXT_ASK = re.compile(r"\)\s*,?\s*(?:and|plus|as well as|along with)\b|;", re.IGNORECASE)


def _named_or_one_like_it(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "acQuire or a similar geological database (for example Datashed or Geobank)": the name,
    the kind and its examples are one choice; any of them meets the line."""
    merged: list[TermGroup] = []
    for group in groups:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and not previous.detail
            and not group.detail
            and previous.need == 1
            and group.need == 1
            and all(t.kind in ("skill", "term", "credential") for t in (*previous.terms, *group.terms))
            # (examples read from a bracket's plain words have no place of their own in the line)
            and all(t.id in starts for t in (*previous.terms, *group.terms))
        ):
            last = max(previous.terms, key=lambda t: starts[t.id] + len(t.text))
            first = min(starts[t.id] for t in group.terms)
            between = text[starts[last.id] + len(last.text) : first]
            joined = OR_ONE_LIKE_IT.match(between) if first > starts[last.id] else None
            # "AutoCAD or similar, Revit": with no kind named and no examples, the next item is asked
            if joined is not None and (
                joined.group("kind").strip()
                or joined.group("cue")
                or "(" in between
                or KIND_FOLLOWS.match(text, first + len(min(group.terms, key=lambda t: starts[t.id]).text))
            ):
                stop = NEXT_ASK.search(text, first)
                alternatives = tuple(
                    t
                    for t in group.terms
                    if (stop is None or starts[t.id] < stop.start())
                    and not KIND_HEADS.match(text, starts[t.id] + len(t.text))
                )
                rest = tuple(t for t in group.terms if stop is not None and starts[t.id] >= stop.start())
                merged[-1] = TermGroup(terms=(*previous.terms, *alternatives), need=1, examples=True)
                if rest:
                    merged.append(replace(group, terms=rest))
                continue
        merged.append(group)
    return merged


# "... or", "... da manutenção ou": at most a few words of the first name left over, then "or"
OR_BETWEEN = re.compile(r"^(?:\s*[^\W\d][\w'’-]*){0,3}\s*\b(?:or|o|ou)\s*$", re.IGNORECASE)


def _or_then_examples(group: TermGroup, text: str, starts: dict[str, int], between: str) -> bool:
    """ "document management systems or eQMS (p. ej. Agile PLM, ...)": the thing before "or" is
    the other name of the kind whose examples follow its alternative."""
    first = min(group.terms, key=lambda t: starts[t.id])
    after = text[starts[first.id] + len(first.text) :]
    return OR_BETWEEN.match(between) is not None and BRACKET_AFTER.match(after) is not None


OPEN_ENDED_ITEMS = frozenset({"equivalent", "similar", "other", "others", "comparable", "another"})


def _named_twice(group: TermGroup, text: str, starts: dict[str, int]) -> bool:
    """ "trauma-informed practice (TIP)": a name and its short form in brackets right after it."""
    if len(group.terms) != 2:
        return False
    first, second = sorted(group.terms, key=lambda t: starts[t.id])
    return text[starts[first.id] + len(first.text) : starts[second.id]].strip() == "("


def _examples_in_one_bracket(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "(e.g. an SWRB registration, a state LCSW licence or equivalent)": everything in brackets
    that open with an example cue is one choice of examples, however the words between the
    names split them."""
    for bracket in BRACKET_AFTER.finditer(text):
        if not EXAMPLE_LEAD.match(bracket.group(1)):
            continue
        inside = [
            g for g in groups if all(bracket.start(1) <= starts[t.id] < bracket.end(1) for t in g.terms)
        ]
        if len(inside) < 2:
            continue
        merged = TermGroup(terms=tuple(t for g in inside for t in g.terms), need=1, examples=True)
        groups = [merged if g is inside[0] else g for g in groups if g is inside[0] or g not in inside]
    return groups


def _plain_items(bracketed: str) -> tuple[list[str], list[str]]:
    """The items of a bracketed list, and those that are short phrases of plain words."""
    items = [i.strip() for i in LIST_SEPARATOR.split(EXAMPLE_LEAD.sub("", bracketed)) if i.strip()]
    plain = [
        item
        for item in items
        if 1 <= len(item.split()) <= 4
        and all(EXAMPLE_WORD.match(w) for w in item.split())
        and sum(len(w) for w in item.split()) >= 4
    ]
    return items, plain


def _example_terms(items: list[str]) -> tuple[Term, ...]:
    return tuple(
        Term(kind="term", id=TERM_PREFIX + normalize(i).strip(), text=i, keys=term_keys(i)) for i in items
    )


def _bracket_mates(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Trade background (bricklayer, joiner, carpenter etc.)": when one term of a bracketed list
    of plain words was read, the others are its alternatives too."""

    def first(group: TermGroup) -> int:
        return min(starts.get(t.id, len(text)) for t in group.terms)  # examples added have no start

    result = []
    for group in groups:
        at = first(group)
        opening, closing = text.rfind("(", 0, at), text.find(")", at)
        if at >= len(text) or opening < 0 or closing < 0 or ")" in text[opening:at]:
            result.append(group)
            continue
        inside = [g for g in groups if opening < first(g) < closing]
        items, plain = _plain_items(text[opening + 1 : closing])
        named = {t.text.lower() for t in group.terms}
        # ("an SWRB registration" holds a name already read; "or equivalent" opens the list)
        others = [
            i for i in plain if not any(n in i.lower() for n in named) and i.lower() not in OPEN_ENDED_ITEMS
        ]
        if inside != [group] or len(items) < 2 or len(plain) != len(items) or not others:
            result.append(group)
            continue
        result.append(replace(group, terms=(*group.terms, *_example_terms(others)), need=1, examples=True))
    return result


def _bracketed_examples(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Seafood processing (frozen shrimp, surimi or canned tuna)": plain words in brackets
    after a thing name kinds of it; any of them shows it (they join its group as examples). Only
    when nothing in the brackets was read as a term of its own, and each item is a short phrase
    of words (no codes, numbers or single short tokens like "MM")."""
    taken = set(starts.values())
    extended: list[TermGroup] = []
    for group in groups:
        term = group.terms[0]
        after = starts[term.id] + len(term.text)
        bracket = (
            BRACKET_AFTER.match(text, after)
            if len(group.terms) == 1 and term.kind in ("term", "skill")
            else None
        )
        if (
            bracket is None
            or any(bracket.start(1) <= at < bracket.end(1) for at in taken)
            or CARD_WORD_AFTER.match(text, bracket.end())  # a card's versions: the card is asked
        ):
            extended.append(group)
            continue
        items, plain = _plain_items(bracket.group(1))
        if len(items) < 2 or len(plain) != len(items):
            extended.append(group)
            continue
        extended.append(replace(group, terms=(term, *_example_terms(plain)), need=1, examples=True))
    return _bracket_mates(extended, text, starts)


# "SQL for reporting", "English for reports and PMS entries": what the thing before is used for
PURPOSE_BEFORE = re.compile(
    r"^\s*for\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+(?:and|or)\s+|[a-z][\w-]*,\s+)?$", re.IGNORECASE
)


def _purposes_as_details(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Python or Scala for data processing", "SQL for reporting", "orchestrating workflows with
    Airflow": a plain phrase that says what the tools are used for is a detail; the tools are
    asked."""
    result: list[TermGroup] = []
    for group in groups:
        at = min(starts[t.id] for t in group.terms)
        previous = result[-1] if result else None
        if (
            previous is not None
            and not previous.detail
            and all(t.kind == "term" for t in group.terms)
            and any(t.kind in ("skill", "credential", "language") for t in previous.terms)
        ):
            previous_end = max(starts[t.id] + len(t.text) for t in previous.terms)
            if previous_end <= at and PURPOSE_BEFORE.match(text[previous_end:at]):
                group = replace(group, detail=True)
        result.append(group)
    # "orchestrating workflows with Apache Airflow": the activity is what the tool is asked for
    for index, group in enumerate(result[:-1]):
        following = result[index + 1]
        if group.detail or not all(t.kind == "term" for t in group.terms):
            continue
        if not any(t.kind in ("skill", "credential") for t in following.terms):
            continue
        end = max(starts[t.id] + len(t.text) for t in group.terms)
        if TOOL_AFTER.match(text[end : min(starts[t.id] for t in following.terms)]):
            result[index] = replace(group, detail=True)
    return result


TOOL_AFTER = re.compile(r"^\s*(?:with|using)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


IN_A_SETTING = re.compile(r" in (?:a|an|the|such a)(?: very)? $")


def _competency_groups(text: str, competencies: list[tuple[str, str]], has_main: bool) -> list[TermGroup]:
    """A group per competency the line names; one named only in an explanation after a dash or a
    colon ("Fluent English - most of our communication is written") is a detail."""
    detail_from = DETAIL_START.search(text)
    cut = len(normalize(text[: detail_from.start()])) if detail_from is not None else None
    line = normalize(text)
    groups = []
    for competency_id, phrase in competencies:
        competency = competency_book().competencies[competency_id]
        at = line.find(f" {phrase} ")
        after = cut is not None and has_main and at >= cut - 1
        # "customer service skills in a fast-paced environment": the setting, beside the ask
        setting = (has_main or len(competencies) > 1) and IN_A_SETTING.search(
            line[: max(at, 0) + 1]
        ) is not None
        term = Term(kind="competency", id=competency_id, text=competency.name)
        groups.append(TermGroup(terms=(term,), detail=after or setting))
    return groups


GRADE_NAME = re.compile(
    r"(?:grade|level|class|category|cat\.?|tier|band|nqf|rqf)\s+[\w/.-]{1,6}", re.IGNORECASE
)


def _bracketed_grades(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Water Treatment Operator Certificate (Grade II or higher)": the bracketed grade is the
    credential's own (the checker reads it from the line), not another credential that would do."""
    split: list[TermGroup] = []
    for group in groups:
        grades = [
            t
            for t in group.terms[1:]
            if GRADE_NAME.fullmatch(t.text) and text[: starts[t.id]].rstrip().endswith("(")
        ]
        if grades and len(grades) < len(group.terms):
            kept = tuple(t for t in group.terms if t not in grades)
            split += [replace(group, terms=kept), *(TermGroup(terms=(g,), detail=True) for g in grades)]
            continue
        split.append(group)
    return split


def _activity_before_brackets(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "PLC fault-finding (e.g. Siemens S7 / TIA Portal)": the bracket's tools are examples of the
    kind of thing (PLC), not alternatives to the activity before the bracket (fault-finding)."""
    split: list[TermGroup] = []
    for group in groups:
        first = group.terms[0]
        rest = group.terms[1:]
        opening = text.find("(", starts[first.id] + len(first.text))
        if (
            first.kind == "concept"
            and rest
            and opening >= 0
            and all(t.kind != "concept" and starts[t.id] > opening for t in rest)
            and not text[starts[first.id] + len(first.text) : opening].strip()
        ):
            split += [TermGroup(terms=(first,)), replace(group, terms=rest)]
            continue
        split.append(group)
    return split


KIND_THEN_BRACKET = re.compile(
    r"\s*(?:tools?|platforms?|systems?|software|solutions?|suites?|products?|technolog(?:y|ies)|packages?|"
    # "console certification requirements (Sony TRC, Microsoft XR, Nintendo Lotcheck)"
    r"requirements?|standards?|frameworks?|regulations?|protocols?|schemes?)"
    r"\s*\(\s*$",
    re.IGNORECASE,
)


def _kind_before_bracketed_names(
    groups: list[TermGroup], text: str, starts: dict[str, int]
) -> list[TermGroup]:
    """ "Exposure to EDR tools (CrowdStrike Falcon, Microsoft Defender for Endpoint, Trend Micro
    Vision One)": named products in brackets after their kind are the kind's examples; any one of
    them shows it."""
    result: list[TermGroup] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        term = group.terms[0]
        inside = []
        # (a single term with a place in the line: examples made of plain words have none)
        if len(group.terms) == 1 and term.kind in ("skill", "term") and term.id in starts:
            end = starts[term.id] + len(term.text)
            close = text.find(")", end)
            for other in groups[index + 1 :] if close > 0 else ():
                if len(other.terms) != 1 or other.examples or other.terms[0].id not in starts:
                    break
                if starts[other.terms[0].id] >= close:
                    break
                inside.append(other)
        if len(inside) >= 2:
            opening = starts[inside[0].terms[0].id]
            if KIND_THEN_BRACKET.fullmatch(text[end:opening]):
                terms = (term, *(other.terms[0] for other in inside))
                result.append(TermGroup(terms=terms, need=1, examples=True))
                index += 1 + len(inside)
                continue
        result.append(group)
        index += 1
    return result


def _credential_kinds_as_details(groups: list[TermGroup]) -> list[TermGroup]:
    """ "Chartered membership of the SCSI or RICS", "Type endorsement on one of: B737, A220": a
    term that only says what kind of standing the named credential is (data/credentials.yaml
    ``kinds``) qualifies it; it is not a credential to find of its own."""
    kinds = credential_vocabulary().kinds

    def only_a_kind(group: TermGroup) -> bool:
        return len(group.terms) == 1 and all(
            word in kinds for word in re.findall(r"[^\W\d_]+", group.terms[0].text.lower())
        )

    if any(not only_a_kind(g) for g in groups):
        # "AWS Certified Data Engineer – Associate" among the details: a grade word alone is no
        # credential to look for ("Associate" is in every associate-level certificate's name)
        groups = [g for g in groups if not (g.detail and only_a_kind(g))]
    if not any(only_a_kind(g) and not g.detail for g in groups):
        return groups
    if any(not g.detail and not only_a_kind(g) for g in groups):
        return [replace(g, detail=True) if not g.detail and only_a_kind(g) else g for g in groups]
    # "Type endorsement on one of: ...": the kind came first and the names read as its details;
    # the names are what is asked
    if not any(g.detail and not only_a_kind(g) for g in groups):
        return groups
    return [replace(g, detail=only_a_kind(g)) for g in groups]


def _parents_as_details(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Scripting skills in Python, Go or Bash", "Infrastructure as code with Terraform": a kind
    named beside the tools of that kind is what the tools are, not a further requirement.

    Right before "using" or "with" the tools, the kind may be further up the taxonomy
    ("statistical analysis using Stata, R or SPSS": SPSS is statistical software, which is
    statistics); elsewhere on the line only the tool's own kind counts, so that a chain of
    implications never turns a field asked beside a tool into a detail."""
    taxonomy = load_taxonomy()
    named = {t.id for g in groups for t in g.terms}
    means = _tools_after_using(groups, text, starts)
    result = []

    families = credential_vocabulary().class_families

    def is_parent(term: Term) -> bool:
        # "High risk work licence – forklift (LF)": the licence's class names the licence too
        if term.kind != "skill" and not (term.kind == "credential" and term.id in families):
            return False
        if term.id in means:
            return any(term.id in taxonomy.implied(t) for t in means[term.id])
        return any(
            t in taxonomy.skills and t != term.id and term.id in taxonomy.skills[t].implies for t in named
        )

    for group in groups:
        parents = [t for t in group.terms if is_parent(t)]
        if parents and not group.detail and all(is_parent(t) or t.kind == "concept" for t in group.terms):
            group = replace(group, detail=True)
        result.append(group)
    family_made_detail = any(
        g.detail and not before.detail and any(t.kind == "credential" for t in g.terms)
        for g, before in zip(result, groups, strict=True)
    )
    if family_made_detail and all(g.detail for g in result):
        # "High risk work licence – forklift (LF)": the class after the dash was read as a detail
        # of the licence; with the licence a detail of its class, the class is what is asked
        result = [replace(g, detail=g.detail and any(is_parent(t) for t in g.terms)) for g in result]
    return result


def _tools_after_using(groups: list[TermGroup], text: str, starts: dict[str, int]) -> dict[str, set[str]]:
    """Each skill named right before "using"/"with" a group, with the skills of that group."""
    tools: dict[str, set[str]] = {}
    placed = [g for g in groups if all(t.id in starts for t in g.terms)]  # (bracketed grades are not)
    in_order = sorted(placed, key=lambda g: min(starts[t.id] for t in g.terms))
    for group, following in itertools.pairwise(in_order):
        end = max(starts[t.id] + len(t.text) for t in group.terms)
        if len(group.terms) == 1 and TOOL_AFTER.match(text[end : min(starts[t.id] for t in following.terms)]):
            tools[group.terms[0].id] = {t.id for t in following.terms if t.kind == "skill"}
    return tools


# "Spanish or Portuguese", "Deutsch oder Englisch", and the "or" of "and/or", "y/o", "e/ou",
# "und/oder", "en/of" ("of" alone is English "of"): either language will do
LANGUAGE_OR = re.compile(r"\b(?:or|one of|either|o|u|ou|oppure|oder|en/of)(?!\w)", re.IGNORECASE)


def _split_language_pairs(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "Bilingual English/Spanish", "German and English": both languages are asked for, unless
    the line says "or" ("Spanish or Portuguese")."""
    split: list[TermGroup] = []
    for group in groups:
        if len(group.terms) > 1 and all(t.kind == "language" for t in group.terms):
            first = min(starts[t.id] for t in group.terms)
            last = max(starts[t.id] for t in group.terms)
            if not LANGUAGE_OR.search(text[first:last]):
                split.extend(TermGroup(terms=(t,)) for t in group.terms)
                continue
        split.append(group)
    return split


ALTERNATIVE = re.compile(
    r"\bor\b|\bconsidered\b|\baccepted\b|\bacceptable\b|\bequivalent\b|\bsimilar\b|\balso welcome\b",
    re.IGNORECASE,
)


TEACHING_BEFORE = re.compile(
    r"\b(?:teach\w*|taught|tutor\w*|instruct\w*|deliver\w*|coach\w*)\s+(?:\w+\s+){0,2}$", re.I
)


def _taught(text: str, degree_text: str) -> bool:
    at = text.find(degree_text)
    return at > 0 and TEACHING_BEFORE.search(text[:at]) is not None


def _right_before(group: TermGroup, text: str, starts: dict[str, int], opening: int) -> bool:
    """The group ends a word or two before the bracket ("Kafka (or Pulsar)", "Tableau reports (or
    Looker)"), not a clause earlier ("Excel y de software de gestión (Fishtalk o similar)")."""
    end = max(starts[t.id] + len(t.text) for t in group.terms)
    between = text[end:opening]
    return len(between.split()) <= 2 and not re.search(r"[,;]|\b(?:and|y|e|et|und|&)\b", between)


# ("(Grade II or higher)": a grade after its credential, in brackets; see _bracketed_grades)
GRADE_QUALIFIER = re.compile(
    rf"\s*{GRADE_NAME.pattern}(?:\s+or\s+(?:higher|above|better|equivalent))?\s*$", re.IGNORECASE
)


def _merge_parenthetical_alternatives(
    groups: list[TermGroup], text: str, starts: dict[str, int]
) -> list[TermGroup]:
    """ "Tableau (Power BI or Looker will be considered)", "Kafka (or Pulsar/Kinesis)": the terms
    in the parentheses are alternatives to the one before them; otherwise they elaborate it."""
    merged: list[TermGroup] = []
    for group in groups:
        if _narrowed(group, text, starts):
            group = replace(group, terms=group.terms[1:])  # "VCA-diploma (VOL-VCA)": the grade asked
        at = min(starts[t.id] for t in group.terms)
        opening = text.rfind("(", 0, at)
        closing = text.find(")", at)
        inside = opening >= 0 and closing > at and ")" not in text[opening:at]
        # a thing before the parentheses (the group just before may be an earlier item inside them)
        previous_before = any(max(starts[t.id] for t in g.terms) < opening for g in merged)
        if inside and previous_before and GRADE_QUALIFIER.match(text[opening + 1 : closing]):
            # "Operator Certificate (Grade II or higher)": the grade of the thing before, read by the
            # credential checker from the line; not an alternative to it
            merged.append(replace(group, detail=True))
            continue
        if (
            inside
            and previous_before
            and ALTERNATIVE.search(text[opening:closing])
            and _right_before(merged[-1], text, starts, opening)
        ):
            previous = merged[-1]
            merged[-1] = TermGroup(terms=previous.terms + group.terms, need=1, examples=previous.examples)
            continue
        if inside and previous_before and not group.examples:
            # "Advanced Excel (pivot tables, ERP exports)", "React (hooks, context)": what the thing
            # before the parentheses covers - a detail of it, not a requirement of its own
            group = replace(group, detail=True)
        merged.append(group)
    return merged


BRACKET_THEN_OR = re.compile(r"\(([^()]{1,160})\)\s*,?\s*or\s+(?:with\s+|in\s+)?", re.IGNORECASE)


def _or_after_the_bracket(groups: list[TermGroup], text: str, starts: dict[str, int]) -> list[TermGroup]:
    """ "US customs (ACE, CBP Form 7501) or cross-border shipments": the thing before the
    bracket, what the bracket names of it, and the thing after "or" are one choice."""
    if any(t.id not in starts for g in groups for t in g.terms):
        return groups
    for found in BRACKET_THEN_OR.finditer(text):
        opening, closing, after = found.start(), found.end(1), found.end()
        head = next(
            (
                g
                for g in groups
                if not g.detail
                and any(text[starts[t.id] + len(t.text) : opening].strip() == "" for t in g.terms)
            ),
            None,
        )
        alternative = next((g for g in groups for t in g.terms if starts[t.id] == after), None)
        if head is None or alternative is None or alternative is head or alternative.need != 1:
            continue
        after_or = [t for t in alternative.terms if starts[t.id] >= after]
        # one plain thing after "or" ("or cross-border shipments"); credentials have their own
        # alternatives ("Databricks Certified Data Engineer (Associate or Professional) or AWS ...")
        if len(after_or) != 1 or after_or[0].kind not in ("skill", "term"):
            continue
        inside = tuple(t for g in groups for t in g.terms if opening < starts[t.id] < closing)
        moved = {after_or[0].id} | {t.id for t in inside}
        rest = [
            g if g is head else replace(g, terms=tuple(t for t in g.terms if t.id not in moved))
            for g in groups
        ]
        groups = [
            TermGroup(terms=(*head.terms, after_or[0]), need=1, examples=head.examples) if g is head else g
            for g in rest
            if g.terms
        ]
        if inside:  # what the bracket names of the thing before it: details, not further asks
            groups.append(TermGroup(terms=inside, detail=True))
    return groups


LICENCE_REACH = 25  # characters after a vehicle class in which its licence word stands

# "OSHA 30-Hour (Construction or General Industry) card": brackets between a card's name and its
# word, whose "or" is between their own items, name the card's versions (any of which is the card)
CARD_WORDS = r"(?:card|certificate|certification|licen[cs]e|ticket)s?\b"
CARD_WORD_AFTER = re.compile(r"\)?\s*" + CARD_WORDS, re.IGNORECASE)
CARD_VERSIONS = re.compile(
    r"\((?!\s*(?:or|and/or)\b)[^()]*\bor\b[^()]*\)(?=\s*" + CARD_WORDS + ")", re.IGNORECASE
)


def _narrowed(group: TermGroup, text: str, starts: dict[str, int]) -> bool:
    """A credential, then in brackets a higher grade of it (one that implies it: VOL-VCA covers the
    basic VCA): the brackets say which one is asked, not an alternative to it."""
    if len(group.terms) != 2 or any(t.kind != "credential" for t in group.terms):
        return False
    first, second = group.terms
    between = text[starts[first.id] : starts[second.id]]
    skill = load_taxonomy().skills.get(second.id)
    return "(" in between and skill is not None and first.id in skill.implies


DETAIL_PREPOSITIONS = re.compile(
    r"\b(?:per|from|issued by|as defined by|defined by|according to|under|within|including|includes|"
    r"incl\.)\b",
    re.IGNORECASE,
)


def _detail_cue(text: str) -> int | None:
    """Where a part that only qualifies the line starts ("... per ASME Y14.5", "... from the AHA")."""
    found = DETAIL_PREPOSITIONS.search(text)
    return found.end() if found else None


def all_years(text: str) -> list[YearsRange]:
    """Every years phrase in a line, left to right ("5+ years ..., including at least 2 years in Go")."""
    found: list[YearsRange] = []
    offset = 0
    while offset < len(text):
        years = parse_years(text[offset:])
        if years is None:
            break
        at = text.find(years.text, offset)
        found.append(years)
        offset = (at if at >= 0 else offset) + max(1, len(years.text))
    if found:
        # "5 years in the trade, at least 2 of which in oil sands": the part, in the whole's unit
        for part in OF_WHICH.finditer(text):
            years = parse_years(f"{part.group('number')} years of experience")
            if years is not None and part.group() not in {y.text for y in found}:
                found.append(replace(years, text=part.group()))
    return found


OF_WHICH = re.compile(
    r"(?:(?:at least|a minimum of|minimum|min\.)\s+|(?<=, )|(?<=\())"
    r"(?P<number>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+of (?:which|whom)\b",
    re.IGNORECASE,
)


LANGUAGE_AFTER = re.compile(
    r"\b(?:communicat\w*|correspond\w*|converse)\s+(?:fluently\s+)?in\s+(?P<rest>[^.;,(]*)", re.I
)
LANGUAGE_JOINERS = frozenset({"and", "or", "&", "both", "either", "fluently", "well"})


def _not_about_a_language(text: str, competencies: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Able to communicate in Bahasa Malaysia and English": the languages are asked, not the
    competency of communicating. "Communicate in English clearly and empathetically with upset
    customers" asks both."""
    found = LANGUAGE_AFTER.search(text)
    if found is None:
        return competencies
    rest = found.group("rest")
    for mention in reversed(find_languages(rest)):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    if rest == found.group("rest") or any(w.lower() not in LANGUAGE_JOINERS for w in rest.split()):
        return competencies
    return [
        (c, phrase)
        for c, phrase in competencies
        if not phrase.startswith(("communic", "correspond", "convers"))
    ]


FACET = re.compile(r"^\s*[A-Z][\w /&-]{1,30}:\s*(?P<value>.+?)\s*\.?$")


def _asks_nothing(text: str) -> bool:
    """A "Label: value" line whose value states no preference ("Any", "Not specified")."""
    facet = FACET.match(text)
    if facet is None:
        return False
    value = facet.group("value")
    found = cue_set("no_preference").search(value)
    return found is not None and found.start() == 0 and len(found.group()) == len(value.strip())


# ", as part of the team are PRC nationals", ", because our clients are in Quebec": why the line asks,
# not more of what it asks
REASON_CLAUSE = re.compile(
    r",\s+(?:as|because|since|given that|seeing as)\s+"
    r"(?!an?\s|well\b|such\b|soon\b|long\b|needed\b|required\b)",
    re.IGNORECASE,
)


CUE_COLON = re.compile(r"\s*:\s")


# a duty said after a dash, as the reason the line asks ("... driver licence – you will sometimes
# collect patients"); not ", as evidenced by ..." nor ", as per IFRS 16", whose things are asked
REASON_CLAUSE_START = re.compile(
    r"\s[–—-]\s+(?:you will|you'll|you may|as you|since|because|so that|as we)\b"
    # "– you will need a valid CSCS card" asks
    r"(?!\s+(?:also\s+)?(?:need|have|hold|require|be required|must|be expected))",
    re.IGNORECASE,
)


# a reason the line opens with, before who is asked: "Because our hygienists give their own
# anesthetic, you must hold ...", "As the role covers three sites, you'll need ..."
LEADING_REASON = re.compile(
    r"^\s*(?:because|since|as(?!\s+an?\s|\s+well\s+as\b)|given that|seeing as)\s+[^,;:]{3,140},\s+"
    r"(?=(?:you|we|candidates|applicants|the (?:successful )?(?:candidate|applicant)|all staff)\b)",
    re.IGNORECASE,
)


# a qualification named by its scheme and level: "NVQ Level 2", "SVQ 3", "Cert III", "QQI Level 6"
QUALIFICATION_CODE = re.compile(
    r"\b(?:(?:NVQ|SVQ|QQI|BTEC|RQF|QCF|SCQF|NQF|AQF|NCEA|HNC|HND)\s+(?:[Ll]evel\s+)?\d"
    r"|Cert(?:ificate)?\s+(?:I{1,3}|IV)\b)"
)


def _asks_before_the_condition(text: str, skills_at: Sequence[int]) -> bool:
    """Does a clause before the condition's words name a qualification or a skill of its own ("Food
    Hygiene Level 2 certificate; early shifts start at 6am", "NVQ Level 2 in Pharmacy Services, able
    to work one Saturday in four")? Then the line asks for it, with a condition beside it."""
    named = condition_ranges(text)
    if not named:
        return False
    head = text[: min(a for a, _ in named)]
    clause = max(head.rfind(","), head.rfind(";"))
    if clause <= 0 or condition_of(head[:clause]) is not None:
        return False
    before = head[:clause]
    return (
        any(at < clause for at in skills_at)
        or _names_a_credential(before)
        or parse_degree(before) is not None
        or QUALIFICATION_CODE.search(before) is not None
    )


def _reason_start(text: str, limit: int) -> int:
    """Where a line turns to why it asks: a reason clause, or what follows a required cue and a
    colon ("l'italien courant est indispensable : la moitié de nos clients ...")."""
    found = [
        m.start()
        for m in (REASON_CLAUSE.search(text, 0, limit), REASON_CLAUSE_START.search(text, 0, limit))
        if m
    ]
    for cue in cue_set("required").finditer(text[:limit]):
        colon = CUE_COLON.match(text, cue.end())
        # (not a label that opens the line: "Required: 3 years of Python")
        if colon is not None and len(text[: cue.start()].split()) >= 2:
            found.append(colon.end())
            break
    return min(found, default=limit)


def build_requirement(
    doc: Doc,
    text: str,
    start: int,
    block: Block,
    index: int,
    knowledge: Sequence[tuple[int, int]] = (),
    own: Sequence[str] = (),
) -> Requirement | None:
    """One requirement line: its term groups, years, degree, bucket and kinds. ``knowledge``: the
    document offsets the skill-span model marked as knowledge in this line's segment; ``own``: the
    posting's own names (its employer), never a literal term of the line."""
    if _asks_nothing(text):
        return None  # "Gender: Any", "Nationality: Not specified": a job board's empty facet
    end = start + len(text)
    skill_spans = spans_in(doc, SKILLS, start, end)
    concept_spans = [
        s
        for s in spans_in(doc, CONCEPTS, start, end)
        if s.label_ == CONCEPT_PHRASE and load_taxonomy().concepts[s.id_].category == "domain"
    ]
    degree = parse_degree(text)
    named_diplomas = _named_diplomas(text) if degree is not None and degree.level == "diploma" else ()
    if (
        degree is not None
        and degree.level == "diploma"
        and (
            (not degree.fields and (BODY_DIPLOMA.search(text) or named_diplomas))
            # the programme's name after the word carries its own subject ("SPD Bedrijfsadministratie")
            or "after" in named_diplomas
        )
    ):
        degree = None  # "Diploma in CIPS": a professional body's qualification, checked as a credential
    if degree is not None and degree.level == "secondary" and _taught(text, degree.text):
        degree = None  # "Experience teaching IGCSE Drama": the course taught, not a school-leaving exam held
    degree_regions = _degree_regions(text) if degree is not None else []
    skill_spans = [
        s
        for s in skill_spans
        if not _spelled_out_otherwise(s.text, s.id_, text, s.start_char - start, s.end_char - start)
    ]
    bodies = body_names(text)
    skill_spans = [
        s
        for s in skill_spans
        if not _only_context(s, text, start, degree)
        and not any(a <= s.start_char - start < b for a, b in degree_regions)
        # "Royal College of Nursing", "Nursing and Midwifery Council": the body, not nursing (a
        # skill that is the whole name stays)
        and not any(
            a <= s.start_char - start and s.end_char - start <= b and (s.end_char - s.start_char) < (b - a)
            for a, b in bodies
        )
    ]
    concept_spans = [
        s for s in concept_spans if not any(a <= s.start_char - start < b for a, b in degree_regions)
    ]
    if degree is not None and degree_regions and skill_spans and _degree_after_or(text, degree_regions[0][0]):
        degree = replace(degree, or_named=True)
    found_years = all_years(text)
    years = found_years[0] if found_years else None
    if degree is not None and years is not None and not degree.alternatives:
        degree, years = _equivalent_years(text, degree, years)
        if years is None:
            found_years = found_years[1:]
    # "Portuguese is not required" and "a degree is not necessary" ask for nothing, unless the
    # line goes on to call it a plus (then it is preferred, below).
    waived = cue_set("waived").search(text)
    waived_from = len(text)
    # "Afrikaans would help, but it is not a must": welcome, only not required - a preferred line
    welcome_cue = cue_set("preferred").search(text) if waived is not None else None
    welcome = welcome_cue is not None
    waived_clause: tuple[int, int] | None = None
    if waived and welcome_cue is not None and waived.end() <= welcome_cue.start():
        # "Portuguese is not required, but Spanish would be a plus": the waived clause asks nothing
        clause = _clause_start(text, welcome_cue.start())
        if clause >= waived.end():
            waived_clause = (0, clause)
            skill_spans = [s for s in skill_spans if s.start_char - start >= clause]
            concept_spans = [s for s in concept_spans if s.start_char - start >= clause]
    if waived and not welcome:
        clause = _clause_start(text, waived.start())
        waived_from = clause
        skill_spans = [s for s in skill_spans if s.start_char - start < clause]
        concept_spans = [s for s in concept_spans if s.start_char - start < clause]
        if clause == 0:
            degree = years = None
            found_years = []
    has_signal = bool(skill_spans or years or degree)
    still_welcome = waived is not None and BUT_AFTER.match(text, waived.end()) is not None
    if not has_signal and waived and not welcome and block.section == PREFERRED and still_welcome:
        # "Język polski (B1+) – not required, but ...", under "Nice to have": a language named in
        # the posting's own tongue is still welcome ("Polish – not required, our team works in
        # English" is not)
        has_signal = bool(find_languages(text[:waived_from]))
    lead_in = cue_set("lead_in").search(text)
    able = SOMEONE_WHO_CAN.search(text, lead_in.start()) if lead_in is not None else None
    if not has_signal and able is not None and not text.rstrip().endswith(":"):
        # "They are also looking for someone who can mentor the apprentices": the person sought,
        # described by what they can do - asked when that names a competency (not "someone who
        # shares our values", nor "encouraged to apply ... leadership skills")
        has_signal = bool(competency_book().named_in(text[able.end() :]))
    if not has_signal and ((waived and not welcome) or text.rstrip().endswith(":") or lead_in):
        return None
    if not has_signal and " | " in text and all(len(cell.split()) <= 3 for cell in text.split(" | ")):
        return None  # a table's header row ("Qualification | Required / Preferred")
    bucket, cue = block.section, None
    if bucket == MINIMUM:
        preferred_cue = cue_set("preferred").search(text)
        required_cue = cue_set("required").search(text)
        # "A first-aid certificate is required, and a forklift licence would be a bonus": a "required"
        # in an earlier clause keeps the line minimum; the welcome clause is still only welcome
        if preferred_cue and (
            required_cue is None or required_cue.end() <= _clause_start(text, preferred_cue.start())
        ):
            clause = _clause_start(text, preferred_cue.start())
            whole_line = (
                _only_the_cue(text[clause:], preferred_cue.group())
                or _inside_examples(text, clause, preferred_cue.start())
                or _tail_of_a_list(text, clause, preferred_cue.start(), skill_spans, start)
            )
            strong = _strong_clause_start(text, clause) if whole_line and clause > 0 else 0
            if strong > 0 and text.rfind(";", 0, clause) > 0:
                # "CI/CD pipelines (GitHub Actions); GitOps with Argo CD (preferred)": a bracketed
                # cue speaks of its own clause, the last one after a ";"
                clause, whole_line = strong, False
            required_part = [s for s in skill_spans if s.start_char - start < clause]
            before = (
                required_part
                or required_cue is not None  # what the earlier clause calls required is asked
                or parse_years(text[:clause])
                or parse_degree(text[:clause])
                or find_languages(text[:clause])  # "Sehr gute Deutschkenntnisse, Englisch von Vorteil"
                # "Working knowledge of a maintenance information system – ideally AMOS": words
                # before a ";" or a dash that ask for something of their own (not a comma: "such
                # as Deep, Wreck or Cavern are welcome" is one list)
                or (_after_a_strong_boundary(text, clause) and _asks_something(text[:clause]))
            )
            if clause > 0 and before and not waived and not whole_line:
                # "relational databases, ideally PostgreSQL": only the cue's clause is optional
                skill_spans = required_part
                concept_spans = [s for s in concept_spans if s.start_char - start < clause]
                text_limit = clause
            else:
                bucket, cue = PREFERRED, preferred_cue.group()
                text_limit = len(text)
        else:
            text_limit = len(text)
    else:
        text_limit = len(text)
    # "... driver licence – you will sometimes do home visits in the clinic car": what the reason
    # names is not asked (a spoken language is: "since clients speak Tagalog")
    reason = REASON_CLAUSE_START.search(text)
    if reason is not None:
        skill_spans = [
            s
            for s in skill_spans
            if s.start_char - start < reason.start()
            or load_taxonomy().skills[s.id_].category == "human-language"
        ]
        concept_spans = [s for s in concept_spans if s.start_char - start < reason.start()]
    # "Because our hygienists give their own anesthetic, you must hold ...": the reason before what
    # is asked names nothing asked (a spoken language aside)
    taxonomy = load_taxonomy().skills
    lead = LEADING_REASON.match(text)
    lead_end = lead.end() if lead is not None else 0
    if lead is not None:
        skill_spans = [
            s
            for s in skill_spans
            if s.start_char - start >= lead_end or taxonomy[s.id_].category == "human-language"
        ]
        concept_spans = [s for s in concept_spans if s.start_char - start >= lead_end]
    condition = condition_of(text)
    if condition == "driving":
        # "Driving licence category C or CE": the classes are the licence's, not the C language
        classes = [(m.start(1), m.end(1)) for m in CLASS_LIST.finditer(text)]
        skill_spans = [
            s
            for s in skill_spans
            if not any(a <= s.start_char - start < b for a, b in classes) and not _a_licence_class(s)
        ]
    # "willing to undergo pre-employment screening": a skill's name that names the condition the
    # candidate goes through ("GWO Working at Heights" held is still a skill asked)
    named = condition_ranges(text) if condition else []
    asked = [
        s
        for s in skill_spans
        if not (
            any(a <= s.start_char - start and s.end_char - start <= b for a, b in named)
            # "willing to undergo ...", or "we are unable to sponsor work visas": a skill named
            # inside the words of who may be hired
            and (condition in ELIGIBILITY or UNDERGONE.search(text[: s.start_char - start]))
        )
    ]
    languages = [s for s in asked if load_taxonomy().skills[s.id_].category == "human-language"]
    possessed = condition in POSSESSIONS  # "Your own hand tools": the tools are what is owned, not a skill
    if condition and not possessed and (asked and len(languages) < len(asked) or years or degree):
        condition = None  # "Experience with X; willing to travel": the line still asks for X
    if (
        condition in CREDENTIAL_CANCELS
        and CREDENTIAL_WORDS.search(text)
        and CREDENTIAL_CANCELS.issuperset(conditions_in(text))  # a driver's licence is a condition too
    ):
        condition = None  # "Registered with the PSI, or eligible before your start date": a registration
    languages_named = {s.id_ for s in skill_spans if taxonomy[s.id_].category == "human-language"}
    skills_at = [s.start_char - start for s in skill_spans if s.id_ not in languages_named]
    if condition in CREDENTIAL_CANCELS and _asks_before_the_condition(text, skills_at):
        condition = None  # "NVQ Level 2 in Pharmacy Services, able to work one Saturday in four"
    hiring = cue_set("hire_conditions").search(text[:HIRE_CONDITION_OPENING])
    opens = hiring is not None and not text[: hiring.start()].strip(" -•*")
    checked = (condition_of(text) or "background check") if opens else None
    if checked in HIRE_CHECKS:
        # "Offers are contingent on a background check, ... and proof of hepatitis B vaccination":
        # checks made when hiring, whatever else they name ("Employment is subject to holding a valid
        # SIA licence" names no check: the licence is asked)
        condition = checked
    competencies: list[tuple[str, str]] = []
    literal: list[Span] = []
    scale: Scale | None = None
    credential_line = _names_a_credential(text)
    # "OSHA 30-Hour", "SOX 404": a number after a name makes it a thing of its own, searched
    # literally; "Mapbox GL JS": a taxonomy word at the end of an unknown name belongs to the name
    skill_spans = [s for s in skill_spans if not _part_of_a_longer_name(s, credential_line)]
    # "leading a team of pharmacy technicians": other people who hold a credential, not one asked for
    skill_spans = [
        s
        for s in skill_spans
        if not _people_holding(s)
        and not _people_of(s)
        and not _a_countrys_thing(s)
        and not _a_licence_class(s)
    ]
    if credential_line:
        # "Registered Early Childhood Educator (RECE)": the words the acronym spells out name the
        # credential, not a skill of their own beside it
        expansions = _spelled_out_acronyms(text)
        skill_spans = [
            s
            for s in skill_spans
            if not any(a <= s.start_char - start and s.end_char - start <= b for a, b in expansions)
        ]
    scale_range: tuple[int, int] | None = None
    if condition is None:
        scale = required_scale(text[: min(text_limit, waived_from)])
    if scale is not None:  # "a team of 20+ nursing staff", "over £2m": a size, checked as one
        tail = SCALE_TAIL.match(text, scale.end)
        scale_range = (scale.start, tail.end() if tail else scale.end)
    if condition is None:
        covered = _covered(text, start, [*skill_spans, *concept_spans], degree, found_years)
        limit = min(text_limit, waived_from)
        competencies = _not_about_a_language(text[:limit], competency_book().named_in(text[:limit]))
        # "a diploma in Journalism or Mass Communication": a field of study, not a competency asked
        competencies = [
            competency
            for competency in competencies
            if not _a_field_of_study(text, _competency_offsets(text, [competency]), degree_regions)
        ]
        covered += _competency_offsets(text, competencies)
        covered += _spelled_out_acronyms(text)
        covered += own_name_ranges(text, own)
        covered += _row_label(text)
        if lead_end:
            covered.append((0, lead_end))
        # "English at ICAO Level 4 (Operational)", "IELTS 7.0": a language's level, not a thing
        covered += [
            m.span() for exam in language_vocabulary().exams for m in exam.pattern.finditer(text[:limit])
        ]
        # "HR licence", "Heavy Rigid licence": a vehicle class, which the driving condition checks
        # (not "servicing heavy rigid vehicles")
        covered += [
            m.span()
            for m in HEAVY_CLASS.finditer(text[:limit])
            if LICENCE_WORD.search(text[m.end() : m.end() + LICENCE_REACH])
        ]
        covered += [m.span() for m in CARD_VERSIONS.finditer(text[:limit])]
        cared_for = people_with_a_condition()
        if cared_for is not None:  # "residents living with dementia": the condition is the term
            # (the space after is covered too, so that an acronym there, "HIV", is not taken for the
            # kind of a thing just named)
            covered += [(m.start(), m.end() + 1) for m in cared_for.finditer(text[:limit])]
        # "3 years post qualification clinical experience": when the years were gained, not a thing
        # (a cue of one word, "post-registration", is a stop word already; covering it would make
        # the acronym after it "the kind of what was just named")
        covered += [(a, b) for a, b in _dating_cues(text[:limit]) if " " in text[a:b]]
        if waived_clause is not None:
            covered.append(waived_clause)
        if scale_range is not None:
            covered.append(scale_range)
        nothing_else = not (skill_spans or concept_spans or competencies or years or degree or scale)
        reason_at = start + _reason_start(text, limit)
        for last_resort in (False, True) if nothing_else else (False,):
            literal = [
                s
                for s in literal_spans(
                    doc,
                    start,
                    text[:limit],
                    covered,
                    only_named=bool(competencies),
                    is_language=lambda phrase: language_named(phrase) is not None,
                    model_ranges=[(a - start, b - start) for a, b in knowledge if start <= a and b <= end],
                    last_resort=last_resort,
                    listed=[(s.start_char - start, s.end_char - start) for s in skill_spans],
                )
                if s.end_char <= end
                and s.text.strip().lower() not in OPEN_ENDED_ITEMS  # "Danish or another Scandinavian ..."
                and not _a_countrys_name(s, text[s.end_char - start :])
                # a reason clause's things are not asked, its languages are ("since clients speak Tagalog")
                and (s.start_char < reason_at or language_named(s.text) is not None)
            ]
            if literal:
                break
        if years is not None and not (skill_spans or concept_spans or competencies or degree or scale):
            # "2 years of operating experience in a petrochemical or chemical manufacturing
            # facility": what the years are of, kept whatever its form, so that the years are
            # counted in the jobs that show it rather than in every job
            literal += _years_object(doc, start, text[:limit], covered, years, literal, end)
    spans = sorted([*skill_spans, *literal], key=lambda s: (s.start_char, -s.end_char))
    covered_by_terms = [(s.start_char, s.end_char) for s in spans]
    concepts = [
        span
        for span in dict((s.id_, s) for s in concept_spans).values()
        if not any(a <= span.start_char < b for a, b in covered_by_terms)
    ]
    spans = sorted([*spans, *concepts], key=lambda s: (s.start_char, -s.end_char))
    qualifiers: list[tuple[int, int]] = []
    if credential_line:
        spans, qualifiers = _credential_names_whole(spans, text, start)
    # "NVQ Tree Surgery or European Tree Worker (ETW)": the words an acronym spells out stand
    # between the two names like a bracket, not as a third thing that breaks the "or"
    qualifiers = [*qualifiers, *((a + start, b + start) for a, b in _spelled_out_acronyms(text))]
    groups = list(_groups(doc, text, start, _without_overlaps(spans), credential_line, qualifiers))
    groups += _competency_groups(text, competencies, has_main=bool(groups))
    if years is not None:
        years = scope_years(years, text, start, skill_spans, concept_spans, literal)
    sub_years = tuple(
        scope_years(extra, text, start, skill_spans, concept_spans, literal)
        for extra in found_years[1:]
        if degree is None or not degree.alternatives  # "BS + 5 years, or MS + 3 years": one ladder
    )
    refers_to_areas = cue_set("area_reference").search(text) is not None
    kinds: list[str] = []
    if condition:
        kinds.append("condition")
    if any(t.kind in ("skill", "term") for g in groups for t in g.terms):
        kinds.append("skill")
    if years or scale or asks_for_experience(text):  # a team led or a budget run is experience
        kinds.append("experience")
    if degree:
        kinds.append("education")
    if any(t.kind == "credential" for g in groups for t in g.terms):
        kinds.append("credential")
    if any(t.kind == "language" for g in groups for t in g.terms):
        kinds.append("language")
    if any(t.kind == "concept" for g in groups for t in g.terms) or refers_to_areas:
        kinds.append("domain")
    if any(t.kind == "competency" for g in groups for t in g.terms):
        kinds.append("soft")
    prefix = "min" if bucket == MINIMUM else "pref"
    return Requirement(
        id=f"{prefix}-{index}",
        text=text.strip(),
        bucket=bucket,
        kinds=tuple(kinds) or ("other",),
        groups=tuple(groups),
        years=years,
        degree=degree,
        refers_to_areas=refers_to_areas,
        heading=block.heading,
        line=block.line,
        cue=cue,
        sub_years=sub_years,
        asks_experience=bool(years) or asks_for_experience(text) or bool(IN_PRODUCTION.search(text)),
        asks_basic=bool(BASIC_LEVEL.search(text)),
        condition=condition,
        condition_shown=condition in term_vocabulary().shown_by_work and asks_for_experience(text),
        scale=scale,
        recent=_recent_window(text) if condition is None else None,
    )


def _recent_window(text: str) -> RecentWindow | None:
    found = parse_recency(text)
    if found is None:
        return None
    months, begins, ends = found
    return RecentWindow(months=months, clause=text[begins:ends].strip())


SCALE_TAIL = re.compile(r"\+?\s*(?:or more\b|\+)?\s*[A-Za-z-]*")
BASIC_LEVEL = re.compile(
    r"\b(?:basic (?:understanding|knowledge|familiarity)|familiarity with|familiar with|exposure to|"
    r"awareness of|some (?:experience|knowledge|exposure)|interest in|interested in)\b",
    re.IGNORECASE,
)
# "Strong PostgreSQL skills", "Deep AWS knowledge", "in production": a skills list alone shows it in part
IN_PRODUCTION = re.compile(
    r"\b(?:in production|production experience|hands-on|used in production|strong|deep|solid|advanced|expert|"
    r"expertise|in-depth|extensive|proven|demonstrated|mastery)\b",
    re.I,
)


def _covered(
    text: str, start: int, spans: list[Span], degree: DegreeRequirement | None, years: list[YearsRange]
) -> list[tuple[int, int]]:
    """Line offsets the literal-term finder must leave alone: spans found, years, the degree."""
    covered = [(s.start_char - start, s.end_char - start) for s in spans]
    for found in years:
        at = text.find(found.text)
        if at >= 0:
            covered.append((at, at + len(found.text)))
    if degree is not None:
        covered.extend(_degree_regions(text))
    return covered


DEGREE_REGION_END = re.compile(
    r"[;.](?:\s|$)|\s(?:with|plus|and\s+\d|who|where)\b|,\s*(?:or|and)\s+(?:equivalent|an? equivalent)"
)


SLASHED_FORMS = re.compile(r"(?:\s*/\s*[\w.'’-]+)+")
ACRONYM_JOINERS = frozenset({"of", "and", "&", "the", "for", "in", "on", "to", "a", "an"})


def _spelled_out_acronyms(text: str) -> list[tuple[int, int]]:
    """ "Transport Management System (TMS)": the words a bracketed acronym spells out name the same
    thing as the acronym, which stays the term (the résumé may use either; the literal and skill
    checkers match an acronym to its expansion)."""
    found = []
    for bracket in BRACKETED_ACRONYM.finditer(text):
        acronym = bracket.group(1).lower()
        words = list(re.finditer(r"[\w'-]+", text[: bracket.start()]))
        letters, first = "", None
        for word in reversed(words):
            if word.group().lower() in ACRONYM_JOINERS:
                continue
            letters = word.group()[0].lower() + letters
            first = word.start()
            if len(letters) >= len(acronym):
                break
        if first is not None and letters == acronym:
            # "GWO Advanced Rescue Training (ART)": the body that issues it belongs to the name
            owner = OWNER_BEFORE.search(text[:first])
            found.append((owner.start(1) if owner else first, bracket.start()))
    return found


OWNER_BEFORE = re.compile(r"(?:^|\s)([A-Z]{2,6})\s+$")


BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")


OR_BEFORE = re.compile(r"\bor\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
DEGREE_PLUS = re.compile(r"\b(?:plus|with|and|along with|combined with)\b[^.;]*\bexperience\b", re.IGNORECASE)


def _degree_after_or(text: str, degree_start: int) -> bool:
    """ "Completion of an apprenticeship or an associate degree": the degree comes as the other
    way to meet the line (not "or a related field", which is the degree's own; not "or a degree
    plus paralegal experience", where the degree alone is not that other way)."""
    return (
        degree_start > 0
        and OR_BEFORE.search(text[:degree_start]) is not None
        and DEGREE_PLUS.search(text, degree_start) is None
    )


def _degree_regions(text: str) -> list[tuple[int, int]]:
    """Where each degree a line names runs with its fields ("Bachelor's degree in Construction
    Management, Civil Engineering or a related field"): what is named there is a field of study,
    not a skill asked for."""
    vocabulary = degree_vocabulary()
    forms = sorted(
        {(m.start(), m.end()) for m in vocabulary.long_forms.finditer(text)}
        | {(m.start(), m.end()) for m in vocabulary.short_forms.finditer(text)}
        | {(m.start(), m.end()) for m in re.finditer(r"\bdegree\b", text, re.IGNORECASE)}
        | {(m.start(), m.end()) for pattern, _ in framework_levels() for m in pattern.finditer(text)}
        # "at least 2nd year college level", "2 years of college": a stage of study, not a term
        | {(m.start(), m.end()) for m in COLLEGE_STAGE.finditer(text)}
        | {(m.start(), m.end()) for m in YEARS_OF_COLLEGE.finditer(text)}
    )
    regions = []
    for begin, form_end in forms:
        at = max(begin + 2, form_end)  # "B.Sc. in X": past its dots
        also = SLASHED_FORMS.match(text, at)  # "M.Tech/M.E. in X": past the other forms too
        end = DEGREE_REGION_END.search(text, also.end() if also else at)
        stages = _stages_before(text[:begin])  # "Secondary or vocational education"
        regions.append((begin - stages, end.start() if end else len(text)))
        routes = _routes_around(text, begin)
        if routes is not None:
            regions.append(routes)
    return regions


ROUTE_HEAD = re.compile(r"(?:[^\W\d_][\w/-]*\s+){0,3}(?P<last>[^\W\d_][\w/-]*)\s*$")


def _routes_around(text: str, begin: int) -> tuple[int, int] | None:
    """A degree form in a bracket of routes to a qualification, after the phrase that names it
    ("commercial education (HAK, HAS or apprenticeship as ...)"): the phrase and the bracket."""
    opening = text.rfind("(", 0, begin)
    closing = text.find(")", begin)
    if opening < 0 or closing < 0 or text.rfind(")", 0, begin) > opening:
        return None
    head = ROUTE_HEAD.search(text, 0, opening)
    if head is None or head.group("last").lower() not in degree_vocabulary().route_words:
        return None
    return head.start(), closing + 1


def _stages_before(before: str) -> int:
    """How many characters before a degree form name other stages of education as alternatives
    ("Secondary or" of "Secondary or vocational education")."""
    stage = degree_vocabulary().stage_before
    found = stage.search(before) if stage else None
    return len(found.group()) if found else 0


def _a_field_of_study(text: str, offsets: list[tuple[int, int]], regions: list[tuple[int, int]]) -> bool:
    """Are the words at ``offsets`` (there being some) a degree's field, written as its name inside
    the degree's words ("Journalism or Mass Communication"), not a skill asked beside the degree
    ("Degree in Marketing, and excellent written communication skills")?"""
    return bool(offsets) and all(
        text[start:end][:1].isupper() and any(a <= start and end <= b for a, b in regions)
        for start, end in offsets
    )


def _competency_offsets(text: str, competencies: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Offsets of the words of each competency phrase found (matched in normal form)."""
    stems = {stem for _, phrase in competencies for stem in phrase.split()}
    return [
        (m.start(), m.end()) for m in WORD_RE.finditer(text) if set(normalize(m.group()).split()) <= stems
    ]


WORD_RE = re.compile(r"[^\W_][\w'-]*")


NUMBERED_KINDS = frozenset({"business", "security", "healthcare", "knowledge", "methodology", "networking"})


CREDENTIAL_WORD_AFTER = re.compile(
    r"\s*(?:certifications?|certificates?|certified|licen[cs]es?|credentials?|designations?|exams?)\b",
    re.IGNORECASE,
)
SPELLED_OUT_SKIP = frozenset({"and", "&", "of", "the", "in", "for", "-"})


def _spells_out(acronym: str, words: str) -> bool:
    """Do ``words`` spell out ``acronym`` ("GDTP" = "Geometric Dimensioning & Tolerancing
    Professional", "PE" = "Professional Engineer")?"""
    letters = "".join(c for c in acronym if c.isalpha()).lower()
    initials = "".join(w[0] for w in re.findall(r"[\w&-]+", words.lower()) if w not in SPELLED_OUT_SKIP)
    return len(letters) >= 2 and initials == letters


REGISTER_NAMES = ("Register", "Registry", "Roll")  # the body's list a registration puts one on

ISSUER_BEFORE = re.compile(
    r"\b(?:issued by|awarded by|by|from|(?:emitid[oa]|expedid[oa]|otorgad[oa]|conferid[oa])\s+por"
    r"|(?:emitid[oa]|expedid[oa]|conferid[oa])\s+pel[oa]|délivrée?\s+par|rilasciat[oa]\s+da)"
    r"\s+(?:(?:the|la|el|los|las|le|les|a|o|il|lo)\s+)?$",
    re.IGNORECASE,
)
ISSUER_TAIL = re.compile(r"[\w\s,&'’-]{0,60}\(\s*")  # "Administrative Office of the Courts (" before "AOC"


def _credential_names_whole(
    spans: list[Span], text: str, start: int
) -> tuple[list[Span], list[tuple[int, int]]]:
    """On a credential line, words that are part of a credential's name are not credentials of
    their own: a place it is issued for ("RN license in the State of Ohio"), a word between a
    credential and "certification" ("AIRS sourcing certification") and an acronym spelled out
    in brackets ("ASME GDTP (Geometric Dimensioning & Tolerancing Professional)"). Returns the
    spans kept and the doc's character ranges of the places (with their "in the State of")."""
    places = credential_vocabulary().jurisdictions
    states = credential_vocabulary().states
    kept: list[Span] = []
    qualifiers: list[tuple[int, int]] = []
    issuer_end: int | None = None
    for span in spans:
        at, end = span.start_char - start, span.end_char - start
        before = text[:at]
        by_issuer = ISSUER_BEFORE.search(before) is not None
        if span.label_ == TERM_LABEL and any(rx.fullmatch(span.text.strip()) for _, rx in states):
            continue  # "or eligibility for licensure": a state the line accepts, not a credential
        if span.label_ == TERM_LABEL and (
            JURISDICTION_NAME.sub("", span.text.strip().lower()) in places
            or JURISDICTION_BEFORE.search(before) is not None
        ):
            lead = JURISDICTION_BEFORE.search(before) or PLACE_BEFORE.search(before)
            qualifiers.append(((lead.start() if lead else at) + start, span.end_char))
            if by_issuer:
                issuer_end = end  # "by the Maryland Administrative Office of the Courts (AOC)"
            continue
        a_register = span.text.strip().endswith(REGISTER_NAMES)  # "on the Physiotherapists Register"
        if span.label_ == TERM_LABEL and (by_issuer or a_register):
            # "... by the Washington State Administrative Office of the Courts (AOC)": who issues it
            qualifiers.append((span.start_char, span.end_char))
            issuer_end = end
            continue
        after_issuer = issuer_end is not None and ISSUER_TAIL.fullmatch(text[issuer_end:at]) is not None
        if span.label_ == TERM_LABEL and after_issuer:
            qualifiers.append((span.start_char, span.end_char))
            continue  # the issuer's acronym in brackets after its name
        previous = kept[-1] if kept else None
        if (
            span.label_ == TERM_LABEL
            and previous is not None
            and not text[previous.end_char - start : at].strip()
            and CREDENTIAL_WORD_AFTER.match(text, end)
        ):
            continue
        opening = before.rfind("(")
        if opening > 0 and ")" not in text[opening:at]:
            closing = text.find(")", end)
            head = re.findall(r"[\w&/+-]+", before[:opening])
            if closing > 0 and head and _spells_out(head[-1], text[opening + 1 : closing]):
                continue
            if closing > 0 and _names_an_issuer(text[opening + 1 : closing], text):
                continue  # "(National Payroll Institute)": who issues it, not a credential
        kept.append(span)
    return kept, qualifiers


def _names_an_issuer(bracketed: str, line: str) -> bool:
    """Is ``bracketed`` the body that issues the line's credential ("National Payroll Institute")?
    Not on a registration line, where the body is what the résumé names ("Social Work England")."""
    vocab = credential_vocabulary()
    if vocab.issuers is None or not vocab.issuers.search(bracketed):
        return False
    return vocab.registration is None or not vocab.registration.search(line)


PLACE_BEFORE = re.compile(r"\b(?:in|for|of)\s+(?:the\s+)?$", re.IGNORECASE)
JURISDICTION_NAME = re.compile(
    r"^(?:the\s+)?(?:state|commonwealth|province|district|country|canton|land)\s+of\s+"
)
JURISDICTION_BEFORE = re.compile(
    r"\b(?:in|of|for) the (?:state|commonwealth|province|district|country|canton|land) of\s*$", re.IGNORECASE
)


CREDENTIAL_OPENERS = frozenset({"Certified", "Registered", "Licensed", "Chartered", "Accredited"})


def _part_of_a_longer_name(span: Span, credential_line: bool) -> bool:
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    previous = doc[span.start - 1] if span.start > 0 else None
    before_opener = doc[span.start - 2] if span.start > 1 else None
    if (
        credential_line
        and previous is not None
        and previous.text in CREDENTIAL_OPENERS
        # the opener starts the name ("Certified Hemodialysis Technician"), not "Meta Certified ..."
        and (before_opener is None or not before_opener.text[:1].isupper())
        and following is not None
        and following.text[:1].isupper()
        and following.idx == span.end_char + 1
    ):
        return True  # "Certified Hemodialysis Technician": a credential's name, not the skill inside it
    if following is not None and following.text[:1].isdigit() and following.idx == span.end_char + 1:
        skill = load_taxonomy().skills.get(span.id_)
        if credential_line or (skill is not None and skill.category in NUMBERED_KINDS):
            return True
    if following is not None and _a_product_of(span, following):
        return True
    if following is not None and _names_a_document(span, following):
        return True
    if following is not None and _inside_a_documents_title(span, previous, following):
        return True
    if (
        previous is not None
        and previous.text == "-"
        and span.start > 1
        and previous.idx + 1 == span.start_char
        and doc[span.start - 2].idx + len(doc[span.start - 2].text) == previous.idx
        and doc[span.start - 2].text.isupper()
        and span.text.isupper()
        and not spans_in(doc, SKILLS, doc[span.start - 2].idx, previous.idx)
    ):
        # "ICAN-ATS": an acronym joined to an unknown one is one name, not the ATS software (but
        # "AWS-EKS", "HTML-CSS" join two known names)
        return True
    if previous is not None and previous.idx + len(previous.text) + 1 == span.start_char:
        word = previous.text
        # ("Wartsila two-stroke main engines": a name the taxonomy knows does not swallow the next one;
        # short forms still join: "GCC retail market" is the Gulf's retail market, "Cisco ACI" a product)
        known = (
            len(word) > 3
            and len(span.text) > 3
            and spans_in(doc, SKILLS, previous.idx, previous.idx + len(word))
        )
        if (
            is_named(word)
            and not known
            and word.lower() not in term_vocabulary().stop_words
            and "\n" not in word
        ):
            skill = load_taxonomy().skills.get(span.id_)
            return skill is None or len(span.text) <= 3 or not span.text[:1].isupper()
    return False


# what a candidate goes through rather than does, right before a condition's name ("willing to
# undergo pre-employment screening", "able to pass a drug test")
UNDERGONE = re.compile(
    r"\b(?:undergo|undergoing|pass|passing|submit to|consent to|agree to)\s+(?:(?:a|an|the|our)\s+)?$",
    re.IGNORECASE,
)


# "PAM Contract 2018", "PWD Form 203A": a short form that opens a document's name is that name's,
# not a skill the short form may also stand for (Privileged Access Management)
DOCUMENT_NOUNS = frozenset(
    {
        "Contract",
        "Contracts",
        "Form",
        "Forms",
        "Act",
        "Regulations",
        "Regulation",
        "Code",
        "Conditions",
        "Agreement",
        "Rules",
        "Guidelines",
        "Manual",
        "Circular",
        "Ordinance",
        "Decree",
    }
)


def _names_a_document(span: Span, following: Token) -> bool:
    skill = load_taxonomy().skills.get(span.id_)
    return (
        skill is not None
        and span.text in skill.ambiguous_aliases
        and following.text in DOCUMENT_NOUNS
        and following.idx == span.end_char + 1
    )


# what a title names that frames the practice of a trade ("the British Columbia Early Learning
# Framework", "the Aged Care Quality Standards")
TITLE_NOUNS = DOCUMENT_NOUNS | {"Framework", "Frameworks", "Standard", "Standards", "Curriculum", "Strategy"}


def _inside_a_documents_title(span: Span, previous: Token | None, following: Token) -> bool:
    """ "the British Columbia Early Learning Framework": a skill's name written in capitals
    between a name and the kind of document it is, is a word of that document's title."""
    return (
        previous is not None
        and previous.text[:1].isupper()
        and previous.idx + len(previous.text) + 1 == span.start_char
        and previous.text.lower() not in term_vocabulary().stop_words
        and all(w[:1].isupper() for w in span.text.split())
        and following.text in TITLE_NOUNS
        and following.idx == span.end_char + 1
    )


PRODUCT_NAME = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]+[A-Z]\w*")  # "ACI", "VeloCloud", "FortiGate"


def _a_product_of(span: Span, following: Token) -> bool:
    """ "Cisco ACI", "VMware VeloCloud": a one-word brand the taxonomy knows, then a product name
    it does not; the product is what is asked (searched literally), not any of the brand's lines."""
    if " " in span.text or not span.text[:1].isupper() or following.idx != span.end_char + 1:
        return False
    if not PRODUCT_NAME.fullmatch(following.text) or following.text.lower() in term_vocabulary().generic:
        return False
    # a short form the taxonomy knows after a brand is the brand's product ("ACI" is not Azure's here)
    covering = spans_in(span.doc, SKILLS, following.idx, following.idx + len(following.text))
    return all(len(other.text) <= 3 for other in covering)


def _without_overlaps(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


STRONG_CUE = re.compile(
    r"\b(?:must|required|requires|essential|a plus|nice to have|preferred|ideally|years? of|degree|certif\w*|"
    r"licen[cs]\w*|registration|membership|experience (?:with|in)|proficien\w*|fluent|knowledge of|"
    # "..., so you need to be comfortable explaining things in plain English": a duty's clause that asks
    r"you(?: will|'ll)? need to (?:be|have)|"
    # the person sought, described: "We are looking for Bus Captains who are customer-oriented"
    r"(?:we are|we're) looking for \w+(?: \w+)? who|the ideal candidate|"
    r"(?:we|they) (?:need|want|require) (?:someone|somebody|a candidate|an? \w+) (?:who|with)|"
    r"successful candidates? (?:will|must|should))\b",
    re.IGNORECASE,
)
# "They want someone who takes ownership of a case file": the person sought, described in a
# sentence of any form, even at the end of a paragraph about the work
PERSON_SOUGHT = re.compile(
    r"\b(?:we|they|the client|my client|the firm|the team|she|he) (?:need|needs|want|wants|require|requires|"
    r"(?:is|are) looking for) (?:someone|somebody|a candidate|a person) (?:who|with)\b",
    re.IGNORECASE,
)
UNHEADED = frozenset({"preamble", "other", "about", "responsibilities"})


def _list_votes(segments: list[Segment]) -> dict[tuple[str, int], float]:
    """For each bulleted list outside the requirements headings (keyed by heading and the line of
    its first item), the share of its items shaped like qualifications."""
    votes: dict[tuple[str, int], list[str]] = {}
    key: tuple[str, int] | None = None
    previous_line = -10
    for segment in segments:
        block = segment.block
        if not block.is_bullet or block.section not in UNHEADED:
            key = None
            continue
        if key is None or key[0] != block.heading or block.line > previous_line + 3:
            key = (block.heading, block.line)
            votes[key] = []
        votes[key].append(line_form(block.text))
        previous_line = block.line
    return {k: sum(f == REQUIREMENT for f in v) / len(v) for k, v in votes.items()}


CUE_FILLER = frozenset(
    {"is", "are", "strongly", "highly", "very", "much", "a", "an", "but", "not", "required"}
)


ROW_LABEL_WORDS = re.compile(
    r"\b(?:experience|education|languages?|tools|skills|qualifications?|requirements?|certifications?|"
    r"licen[cs]es?|military|applicant|degree|software|technolog(?:y|ies)|knowledge|other)\b"
)
ROW_LABEL = re.compile(r"^([^|]{1,40}?)\s+\|\s+(?=\S)")


def _row_label(text: str) -> list[tuple[int, int]]:
    """ "語文條件 Languages | English: good reading ...", "Tools | C · Git": a table row's label
    cell names what the row asks about; the value cell asks it."""
    found = ROW_LABEL.match(text)
    if found is None or text.count(" | ") != 1 or len(found.group(1).split()) > 4:
        return []
    label = found.group(1).lower()
    if not (ROW_LABEL_WORDS.search(label) or OTHER_SCRIPT.search(label)):
        return []  # "Temporal | 3+ years": the first cell is the thing asked
    return [(0, found.end(1))]


STRONG_BOUNDARY = re.compile(r";|\s[—–-]\s")


EXAMPLES_OPEN = re.compile(
    r"\b(?:such as|e\.\s?g\.?|eg\.|including|for example|for instance|like)\s", re.IGNORECASE
)


LIST_TAIL_WORDS = frozenset({"or", "and", "are", "is", "would", "be", "will", "also", "all"})


def _inside_examples(text: str, clause: int, cue: int) -> bool:
    """Does the clause start at a comma of an example list that it ends ("Advanced certifications
    such as GIAC GCFA, GCTI or OSCP are an advantage")? Then the cue after it speaks of the whole
    line ("..., including window functions, Python is a plus" is a clause of its own)."""
    if clause <= 0 or text[:clause].rstrip()[-1:] != ",":
        return False
    if not re.search(r"\b(?:or|and|are)\b", text[clause:cue]):
        return False  # the list's last items ("GCTI or OSCP") and a verb of them all
    if any(w.islower() and w not in LIST_TAIL_WORDS for w in re.findall(r"[\w'-]+", text[clause:cue])):
        return False  # ", and exposure to Redis is a plus": a clause of its own
    opened = [m.end() for m in EXAMPLES_OPEN.finditer(text, 0, clause)]
    return bool(opened) and not re.search(r"[;.:–—]|\s-\s", text[opened[-1] : clause])


def _strong_clause_start(text: str, position: int) -> int:
    """Where the clause before ``position`` starts after a ";" or a dash outside brackets (0: none)."""
    found = 0
    for m in STRONG_BOUNDARY.finditer(text, 0, position):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            found = m.end()
    return found


def _after_a_strong_boundary(text: str, clause: int) -> bool:
    """Does the clause starting at ``clause`` start right after a ";" or a dash?"""
    strong = _strong_clause_start(text, min(len(text), clause + 1))
    return strong > 0 and not text[min(strong, clause) : max(strong, clause)].strip()


def _asks_something(text: str) -> bool:
    """Two or more words that are no frame or filler ("a maintenance information system")."""
    stop = term_vocabulary().stop_words
    return len([w for w in re.findall(r"[^\W\d_][\w'-]*", text.lower()) if w not in stop]) >= 2


LIST_TAIL = re.compile(
    r"^(?!\s*(?:and|or|but|ideally|preferably|especially|particularly)\b)[^,;()]*?\bor\b", re.IGNORECASE
)


def _tail_of_a_list(text: str, clause: int, cue: int, skill_spans: Sequence[Span], start: int) -> bool:
    """ "Mandarin, Malay or a Chinese dialect is an advantage", "Python, Go or a similar language
    is a plus": the comma before the cue's clause is a list's, so the cue speaks of the whole
    list; not "relational databases, ideally PostgreSQL"."""
    if clause < 1 or text[clause - 1] != ",":
        return False
    item_end = len(text[: clause - 1].rstrip())
    languages = find_languages(text)
    ends = {s.end_char - start for s in skill_spans} | {m.end for m in languages}
    # the clause after the comma opens with the list's next item ("Malay or ..."), not a frame of
    # its own ("experience with dbt or Airflow is a plus")
    item_starts = {s.start_char - start for s in skill_spans} | {m.start for m in languages}
    next_item = clause + len(text[clause:]) - len(text[clause:].lstrip())
    return item_end in ends and next_item in item_starts and LIST_TAIL.match(text[clause:cue]) is not None


def _only_the_cue(clause: str, cue: str) -> bool:
    """ "Revit (preferred)", "M.Tech in Structural Engineering (preferred)": a clause that holds
    the cue alone speaks of the whole line, not of a part of it ("ideally PostgreSQL")."""
    words = set(re.findall(r"[a-z]+", clause.lower())) - set(re.findall(r"[a-z]+", cue.lower()))
    return not words - CUE_FILLER


def _bucket_of(heading: str, text: str) -> str:
    """Preferred under a preferred heading, or when the line itself says so at its start or end
    ("Nice to have: ...", "... is a plus", "(preferred)"); a cue inside a trailing clause only
    softens that clause ("2+ years of recruiting, ideally including high-volume hiring")."""
    cue = cue_set("preferred")
    if cue.search(heading):
        return PREFERRED
    found = cue.search(text)
    if found is None or cue_set("required").search(text):
        return MINIMUM
    words_before = len(text[: found.start()].split())
    at_end = len(text) - found.end() <= LINE_END_CHARS
    return PREFERRED if words_before <= 2 or at_end else MINIMUM


LINE_END_CHARS = 25  # "... experience is a plus.", "... (preferred)"


def _asking(
    doc: Doc,
    text: str,
    start: int,
    block: Block,
    heading: str,
    number: int,
    ranges: Sequence[tuple[int, int]],
    own: Sequence[str] = (),
) -> Requirement | None:
    """The requirement a sentence or item told apart by its form asks, its bucket read from its own
    cues and ``heading``; None when it names nothing to check."""
    bucket = _bucket_of(heading, text)
    requirement = build_requirement(doc, text, start, replace(block, section=bucket), number, ranges, own)
    if requirement is not None and (
        requirement.groups
        or requirement.years
        or requirement.degree
        or requirement.condition
        or requirement.scale
    ):
        return requirement
    return None


def _restricts_who_is_hired(text: str) -> bool:
    """ "The client can only take Namibian citizens or permanent residents": who may be hired at
    all, said plainly in prose of any form, is asked of every candidate. Where one lives is asked
    only with "must" or "only" ("Relocation support if you need to move" offers, it asks nothing)."""
    condition = condition_of(text)
    if condition in PLACE_CONDITIONS:
        return STRICTLY.search(text) is not None
    return condition in ELIGIBILITY and RESTRICTIVE.search(text) is not None


FACT_SEPARATOR = re.compile(r"\s[·•]\s")  # not "|": a table's row, or "Requirements: A | B | C"
FACT_WORDS = 6  # words in a cell of a job board's line of facts, at most


def _a_line_of_facts(text: str) -> bool:
    """ "Maasveld B.V. · Rotterdam · 40 uur per week · Vast contract na 1 jaar": a job board's facts
    about the post, three short cells or more, none of them a sentence; no requirement ("1 jaar")."""
    cells = FACT_SEPARATOR.split(text)
    if ":" in cells[0]:
        return False  # "Requirements: Spanish · BLS · 2+ years in primary care" is a labelled list
    return len(cells) >= 3 and all(0 < len(cell.split()) <= FACT_WORDS for cell in cells)


def unheaded_requirements(
    doc: Doc,
    segments: list[Segment],
    knowledge: dict[int, tuple[tuple[int, int], ...]] | None = None,
    *,
    prose_only: bool = False,
    own: Sequence[str] = (),
) -> list[Requirement]:
    """A posting with no requirements heading (headings stripped, a generic "About the job", an
    unlabelled list, prose): qualifications are told from responsibilities by their form. A list
    whose items are mostly shaped like qualifications is taken item by item; a paragraph mostly
    about the candidate is taken sentence by sentence; elsewhere only a sentence that plainly asks
    for something ("must", "a plus", "years of", a degree) is taken. ``prose_only``: the posting
    has its own requirements list; of the rest only a paragraph about the candidate's sentences
    that ask are taken."""
    votes = _list_votes(segments)
    found: list[Requirement] = []
    list_key: tuple[str, int] | None = None
    previous_taken: tuple[tuple[str, int] | None, int] | None = None  # (list, line) of the last taken

    def take(text: str, start: int, block: Block, segment_start: int) -> None:
        ranges = (knowledge or {}).get(segment_start, ())
        requirement = _asking(doc, text, start, block, block.heading, len(found) + 1, ranges, own)
        if requirement is not None:
            found.append(requirement)

    for segment in segments:
        block = segment.block
        if block.section not in UNHEADED or EMAIL_HEADER.match(block.text):
            # "Subject: Opening for Site Engineer | 4–7 Yrs": the mail's envelope, not a requirement
            list_key = None
            if block.section == "benefits" and not EMAIL_HEADER.match(block.text):
                # "How to apply: ... Applicants must be legally entitled to work in Canada.": who may
                # be hired at all, said where the posting speaks of applying
                for text, start in _sentences(segment):
                    if _restricts_who_is_hired(text):
                        take(text, start, block, segment.start)
            continue
        if block.is_bullet and prose_only and block.section != OTHER:
            continue
        if block.is_bullet and prose_only:
            # "Contract: CLT. We are unable to sponsor work visas, so you need the right to work in
            # Brazil": an item of the posting's other lists that says who may be hired at all
            for text, start in _sentences(segment):
                if _restricts_who_is_hired(text):
                    take(text, start, block, segment.start)
        if block.is_bullet:
            matching = [k for k in votes if k[0] == block.heading and k[1] <= block.line]
            list_key = max(matching, key=lambda k: k[1]) if matching else None
            share = votes.get(list_key, 0.0) if list_key else 0.0
            form = line_form(block.text)
            if prose_only and (share < 0.5 or form in (RESPONSIBILITY, COMPANY)):
                # beside the posting's own lists, a list under a heading nobody knows ("Key
                # competencies", "Meriterande") is taken when it is mostly qualifications
                continue
            # a list of qualifications is taken item by item; in a mixed list (responsibilities,
            # requirements and benefits run together when no heading parts them) an item shaped
            # like a qualification is taken, and so is a plain one right after it ("Terraform")
            follows = (
                previous_taken is not None
                and previous_taken[0] == list_key
                and 0 < block.line - previous_taken[1] <= 2
            )
            if (
                (share >= 0.5 and form not in (RESPONSIBILITY, COMPANY))
                or form == REQUIREMENT
                or (form == NEUTRAL and follows)
            ):
                before = len(found)
                take(block.text, segment.start, block, segment.start)
                if form == REQUIREMENT or len(found) > before:
                    previous_taken = (list_key, block.line)
            continue
        if _a_line_of_facts(block.text):
            continue
        sentences = _sentences(segment)
        forms = [sentence_form(text) for text, _ in sentences]
        about_candidate = forms.count(REQUIREMENT) > forms.count(RESPONSIBILITY) + forms.count(COMPANY)
        for (text, start), form in zip(sentences, forms, strict=True):
            if _restricts_who_is_hired(text):
                take(text, start, block, segment.start)
                continue
            if prose_only and not (form == REQUIREMENT and (about_candidate or STRONG_CUE.search(text))):
                continue  # a paragraph of duties: only a sentence that plainly asks is taken
            plainly_asks = (form == REQUIREMENT and (about_candidate or STRONG_CUE.search(text))) or (
                form == NEUTRAL and PERSON_SOUGHT.search(text) is not None
            )
            in_profile = about_candidate and form == NEUTRAL and len(text.split()) >= 5
            if plainly_asks or in_profile:
                take(text, start, block, segment.start)
    return found


def knowledge_ranges(doc: Doc, segments: list[Segment]) -> dict[int, tuple[tuple[int, int], ...]]:
    """Document offsets of the skill-span model's knowledge spans in each segment (keyed by the
    segment's start): terms the taxonomy does not know. One batch for the whole posting."""
    if not segments:
        return {}
    from jobmatch.spanmodel import predict_spans

    mentions = [
        [
            SkillMention(start=s.start_char - seg.start, end=s.end_char - seg.start, text=s.text, skill=s.id_)
            for s in spans_in(doc, SKILLS, seg.start, seg.start + len(seg.text))
        ]
        for seg in segments
    ]
    found = predict_spans([seg.text for seg in segments], mentions)
    return {
        seg.start: tuple((seg.start + m.start, seg.start + m.end) for m in spans if m.label == "knowledge")
        for seg, spans in zip(segments, found, strict=True)
    }


ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]{1,6}")


def _initials(words: str) -> str:
    """ "Certified Customs Specialist" -> "ccs" (joining words and a bracket left out)."""
    plain = re.sub(r"\([^()]*\)", " ", words.lower())
    return "".join(w[0] for w in re.findall(r"[\w&-]+", plain) if w not in SPELLED_OUT_SKIP)


def _spelled_out_otherwise(written: str, skill_id: str, text: str, begin: int, end: int) -> bool:
    """An acronym the line spells out in another sense than the taxonomy's: "CCS (Certified
    Customs Specialist)" is no Certified Coding Specialist. Only where the taxonomy knows another
    spelling of the same letters, so an acronym it knows no spelling for ("SQL (Structured Query
    Language)") keeps its sense. ``begin`` and ``end``: the acronym's offsets in ``text``."""
    written = written.strip()
    if not ACRONYM_WORD.fullmatch(written):
        return False
    after = re.match(r"\s*\(([^()]{5,80})\)", text[end:])
    before = re.search(r"([A-Z][\w&'-]*(?:\s+[\w&'-]+){1,6})\s*\(\s*$", text[:begin])
    spelled = after.group(1) if after else (before.group(1) if before else "")
    if not spelled or _initials(spelled) != written.lower():
        return False
    skill = load_taxonomy().skills.get(skill_id)
    if skill is None:
        return False
    known = [a for a in (skill.name, *skill.aliases) if _initials(a) == written.lower()]
    # another sense when a word of the line's spelling has no like in the taxonomy's ("Customs" for
    # "Coding"); "Geographical", "Paediatric", "Client" are the same sense as "geographic",
    # "pediatric", "customer"
    return bool(known) and not any(_same_spelling(spelled, a) for a in known)


def _same_spelling(spelled: str, known: str) -> bool:
    """Do the content words of two spellings of one acronym match one by one (a shared stem, a
    British spelling, a word of the same meaning)?"""
    alike = same_meaning()

    def stems(text: str) -> list[str]:
        plain = re.sub(r"\([^()]*\)", " ", text.lower()).replace("ae", "e").replace("oe", "e")
        words = re.findall(r"[a-z]+", plain)
        return [w for w in words if w not in SPELLED_OUT_SKIP and len(w) > 2]

    theirs = [(w, normalize(w).strip()) for w in stems(known)]
    for word in stems(spelled):
        folded = normalize(word).strip()
        if not any(word[:5] == other[:5] or stem in alike.get(folded, ()) for other, stem in theirs):
            return False
    return True


MUST = re.compile(r"\b(?:must|required|requires|essential|mandatory)\b", re.IGNORECASE)


def _about_the_employer(text: str) -> bool:
    """A sentence of prose that opens with what the employer gives ("We offer ...", "We support
    professional development with ..."): about the company, under whichever heading it stands,
    unless it also asks ("We provide PALS training, but TNCC certification is required")."""
    gives = line_forms().employer_gives
    return (
        gives is not None
        and gives.search(text.strip().lower()) is not None
        and cue_set("required").search(text) is None
        and MUST.search(text) is None
    )


def _sentences(segment: Segment) -> list[tuple[str, int]]:
    return [(text, segment.start + offset) for text, offset in sentences_of(segment.text)]


def extract_posting(source: str | Path | Document) -> Posting:
    """Read a posting (path, text or Document) into structured requirements."""
    document = as_document(source)
    if document.format == "json-resume":
        raise InputError(document.source, "this is a JSON Resume (a résumé), not a job posting")
    # a person specification's rows are marked first
    text = mark_status_rows(mark_rows(split_columns(document.text)))
    blocks = split_sections(text, "posting", wrapped=lines_may_wrap(document.format))
    doc, segments = process_blocks(blocks)
    requirements: list[Requirement] = []
    context: list[ContextSkill] = []
    areas: list[Area] = []
    bulleted_headings = {s.block.heading for s in segments if s.block.is_bullet}
    headed = any(b.section in (MINIMUM, PREFERRED) for b in blocks)
    # only a "Nice to have" heading: the requirements stand under a heading nobody knows
    # ("What we ask"), or none, and are told by their form like an unheaded posting's
    unheaded = not any(b.section == MINIMUM for b in blocks)
    read = {*((MINIMUM, PREFERRED) if headed else ()), *(UNHEADED if unheaded else ())}
    knowledge = knowledge_ranges(doc, [s for s in segments if s.block.section in read])
    own = own_names(
        b.text for b in blocks if b.section not in (MINIMUM, PREFERRED) and line_form(b.text) != REQUIREMENT
    )
    for segment in segments:
        block = segment.block
        if block.section in (MINIMUM, PREFERRED):
            if not block.is_bullet and block.heading in bulleted_headings and not _has_signal(doc, segment):
                # prose around a bulleted list ("Send your CV to ...") is not an item of it; a
                # sentence in it that plainly asks ("You must be eligible to work in NZ.") is asked
                # of everyone, whichever list it follows
                for text, start in _sentences(segment):
                    cue, condition, form = STRONG_CUE.search(text), condition_of(text), sentence_form(text)
                    asks = (cue or condition) and (form == REQUIREMENT or (cue and condition))
                    asks = asks or _restricts_who_is_hired(text)
                    # "l'anglais courant est indispensable", "es imprescindible": asked, in any language
                    asks = asks or (form == REQUIREMENT and cue_set("required").search(text) is not None)
                    # "Afrikaans is spoken a lot on site, so it would help": welcome, if it names something
                    # (not a table's legend: "E = Essential, D = Desirable")
                    welcome = cue_set("preferred").search(text) is not None and "=" not in text
                    if not (asks or welcome) and form != REQUIREMENT:
                        continue
                    ranges = knowledge.get(segment.start, ())
                    requirement = _asking(doc, text, start, block, "", len(requirements) + 1, ranges, own)
                    # "As a person you are structured and take responsibility ...": the person
                    # sought, described in a sentence of their own; asked when it names a competency
                    if requirement is not None and (
                        asks or (welcome and requirement.groups) or _names_a_competency(requirement)
                    ):
                        requirements.append(requirement)
                continue
            if page_vocabulary().title_row.match(block.text):
                continue  # "Post | Teacher of Mathematics": the job's facts above its criteria
            for text, start in requirement_pieces(segment):
                if not block.is_bullet and _about_the_employer(text):
                    continue  # "We support professional development with paid SSSI membership ..."
                requirement = build_requirement(
                    doc, text, start, block, len(requirements) + 1, knowledge.get(segment.start, ()), own
                )
                if requirement is not None:
                    requirements.append(requirement)
            continue
        end = segment.start + len(segment.text)
        skill_spans = spans_in(doc, SKILLS, segment.start, end)
        context.extend(
            ContextSkill(skill=s.id_, text=s.text, section=block.section, line=block.line)
            for s in skill_spans
        )
        area = AREA_LINE.match(segment.text)
        if area and block.section != "benefits":
            concept_spans = [
                s for s in spans_in(doc, CONCEPTS, segment.start, end) if s.label_ == CONCEPT_PHRASE
            ]
            if skill_spans or concept_spans:
                areas.append(
                    Area(
                        name=area.group("name").strip(),
                        text=segment.text,
                        skills=tuple(dict.fromkeys(s.id_ for s in skill_spans)),
                        concepts=tuple(dict.fromkeys(s.id_ for s in concept_spans)),
                    )
                )
    if unheaded:
        requirements = [*unheaded_requirements(doc, segments, knowledge, own=own), *requirements]
    else:
        # a recruiter's mail or a careers page that asks in prose before its list ("They are
        # looking for someone with 5+ years ...; German at B2 is required")
        requirements = [
            *unheaded_requirements(doc, segments, knowledge, prose_only=True, own=own),
            *requirements,
        ]
    requirements = _higher_levels_welcome(_each_condition_once(requirements))
    title = posting_title(blocks, document)
    # "Registered Pharmacy Technician" on a job board's first line is the job, not a requirement
    requirements = [r for r in requirements if not _is_the_title(r, title, blocks)]
    required = {(r.line, s) for r in requirements for s in r.skills}
    context = [c for c in context if (c.line, c.skill) not in required]
    requirements = requirements[:MAX_REQUIREMENTS]  # matching costs per requirement: bound it
    minimum = [r for r in requirements if r.bucket == MINIMUM]
    preferred = [r for r in requirements if r.bucket == PREFERRED]
    renumbered = tuple(
        _renumber(r, f"{'min' if r.bucket == MINIMUM else 'pref'}-{i}")
        for group in (minimum, preferred)
        for i, r in enumerate(group, start=1)
    )
    return Posting(
        source=document.source,
        format=document.format,
        title=title,
        minimum=tuple(r for r in renumbered if r.bucket == MINIMUM),
        preferred=tuple(r for r in renumbered if r.bucket == PREFERRED),
        context_skills=tuple(context),
        areas=tuple(areas),
        sections=tuple(b.text for b in blocks if b.kind == "heading"),
    )


def _each_condition_once(requirements: list[Requirement]) -> list[Requirement]:
    """A condition the posting's lists already ask ("Must be legally entitled to work in Canada")
    is not asked again by the How-to-apply prose that repeats it."""
    listed = {r.condition for r in requirements if r.condition and not _under_how_to_apply(r)}
    return [r for r in requirements if not (r.condition in listed and _under_how_to_apply(r))]


def _under_how_to_apply(requirement: Requirement) -> bool:
    return bool(requirement.heading) and vocabulary("posting").classify(requirement.heading) == "benefits"


def _is_the_title(requirement: Requirement, title: str, blocks: Sequence[Block]) -> bool:
    """The requirement is the posting's title line, above its first section."""
    if requirement.text.strip().lower() != title.strip().lower():
        return False
    first_section = next((b.line for b in blocks if b.section not in ("preamble", "other")), None)
    return first_section is None or requirement.line < first_section


BREADCRUMB = re.compile(r"\s(?:>|›|»|→)\s")  # "Careers > Finance > Job Details"
SLASHES = re.compile(r"\s/\s")  # "Home / Careers / Finance / Senior Financial Analyst"
TITLE_PARTS = re.compile(r"\s+[|·•]\s+")  # "Senior Analyst | Acme Careers | Sign In"
DASH_PARTS = re.compile(r"\s+[-–—]\s+")  # a page's <title>: "Acme Careers - Senior Analyst - FP&A"
JOB_ID_AFTER = re.compile(r"\s*\((?:[A-Z]{1,5}-?)?\d[\w-]*\)$")  # "... - FP&A (R-20931)"
TITLE_SEARCH_LINES = 6  # short lines above the first section that may hold the title
PAGE_NUMBER = re.compile(r"^page \d+(?: of \d+)?$", re.IGNORECASE)
PAGE_FILE = "posting_page.yaml"


@dataclass(frozen=True)
class PageVocabulary:
    """``data/posting_page.yaml``: what surrounds a posting's title and is never one."""

    chrome: re.Pattern[str]  # a whole part of a line: "Sign In", "Job ID: R-1", "Acme Careers"
    employment: re.Pattern[str]  # "Full time", "Hybrid"
    breadcrumb_start: re.Pattern[str]  # "Home" of "Home / Careers / Finance / Analyst"
    title_label: re.Pattern[str]  # "Job Title: " before the title
    title_row: re.Pattern[str]  # "Post | Teacher of Mathematics": a facts table's row naming the job
    envelope: re.Pattern[str]  # "Van: ", "Gesendet: ", "Subject: ": a line of a mail's envelope


@cache
def page_vocabulary() -> PageVocabulary:
    """``data/posting_page.yaml`` compiled; unknown keys and broken entries name the file."""
    from jobmatch.resources import alternation, check_keys, load_data, string_list

    keys = (
        "chrome",
        "chrome_starts",
        "chrome_ends",
        "employment",
        "breadcrumb_starts",
        "title_labels",
        "envelope_labels",
    )
    data = check_keys(load_data(PAGE_FILE), file=PAGE_FILE, where="top level", required=keys)
    words = {key: alternation(string_list(data[key], file=PAGE_FILE, where=key)) for key in keys}
    return PageVocabulary(
        chrome=re.compile(
            rf"^(?:(?:{words['chrome']})|(?:{words['chrome_starts']})\b.*|.*\b(?:{words['chrome_ends']}))"
            r"[\s.:!]*$",
            re.IGNORECASE,
        ),
        employment=re.compile(rf"^(?:{words['employment']})$", re.IGNORECASE),
        breadcrumb_start=re.compile(rf"^(?:{words['breadcrumb_starts']})$", re.IGNORECASE),
        title_label=re.compile(rf"^(?:(?:{words['title_labels']})\s*:\s*)+(?=\S)", re.IGNORECASE),
        title_row=re.compile(rf"^(?:{words['title_labels']})\s*(?:[:|]|\s-\s)\s*\S", re.IGNORECASE),
        envelope=re.compile(
            rf"^\s*(?:{words['envelope_labels']}|{words['title_labels']})\s*:\s*\S", re.IGNORECASE
        ),
    )


ENVELOPE_MIN_LINES = 2  # one "Date:" line alone is a label, not a mail's envelope


def envelope_lines(text: str) -> frozenset[int]:
    """The 1-based numbers of the lines of a mail's envelope at the head of ``text`` ("From:",
    "Van:", "Gesendet:", "Betreff:" ...): two or more such lines before anything else. A
    recruiter's forwarded mail starts so; its sender is not the job's title."""
    envelope = page_vocabulary().envelope
    found: list[int] = []
    for number, line in enumerate(text.split("\n")[:12], start=1):
        if not line.strip():
            if found:
                break
            continue
        if not envelope.match(line):
            break
        found.append(number)
    return frozenset(found) if len(found) >= ENVELOPE_MIN_LINES else frozenset()


def looks_like_job_title(text: str) -> bool:
    """A job title by its words: one the fields of work name ("Financial Analyst"), or a role
    noun ("... Engineer"). A company ("Northstar Foods") or a place has neither."""
    from jobmatch.facts import facts_vocabulary
    from jobmatch.fields import field_mentions

    if any(mention.is_title for mention in field_mentions(text)):
        return True
    role_nouns = facts_vocabulary().role_nouns
    return any(word.lower().removesuffix("s") in role_nouns for word in re.findall(r"[^\W\d_]+", text))


def _not_a_title(part: str) -> bool:
    """Page chrome, a kind of employment, or a place ("Minneapolis, MN") that is not a title."""
    from jobmatch.facts import facts_vocabulary

    vocab = page_vocabulary()
    part = part.strip()
    if vocab.chrome.match(part) or vocab.employment.match(part) or PAGE_NUMBER.match(part):
        return True
    return bool(facts_vocabulary().location_line.match(part)) and not looks_like_job_title(part)


def _breadcrumb(line: str) -> list[str] | None:
    """The parts of a breadcrumb ("Careers > Finance > Job Details", "Home / Careers / Analyst"),
    or None when ``line`` is none."""
    first = TITLE_PARTS.split(line)[0]
    if BREADCRUMB.search(first):
        return [part.strip() for part in BREADCRUMB.split(first)]
    parts = [part.strip() for part in SLASHES.split(first)]
    if len(parts) >= 3 and page_vocabulary().breadcrumb_start.match(parts[0]):
        return parts
    return None


def _title_of_page(page_title: str) -> str:
    """The job title in an HTML page's <title> ("Senior Analyst - FP&A | Careers at Acme",
    "Acme Careers - Senior Analyst - FP&A (R-20931)"), or "" when it holds none."""
    if _breadcrumb(page_title) is not None:
        return ""
    parts = [part for part in TITLE_PARTS.split(page_title) if part.strip() and not _not_a_title(part)]
    part = next((part for part in parts if looks_like_job_title(part)), parts[0] if parts else "")
    pieces = DASH_PARTS.split(part)
    while pieces and _not_a_title(pieces[0]):  # "Acme Careers - ..."
        pieces.pop(0)
    return JOB_ID_AFTER.sub("", " - ".join(pieces)).strip()


def _names_a_competency(requirement: Requirement) -> bool:
    return any(term.kind == "competency" for group in requirement.groups for term in group.terms)


def posting_title(blocks: Sequence[Block], document: Document) -> str:
    """The job title: the first short line before any known section, or a top-level heading
    there (an HTML <h1>, a "# Title") when there is one; never a careers page's breadcrumb or
    sign-in bar ("Careers > Finance > Job Details | Sign In | Job ID: R-20931"), a location line
    ("Job ID: R-20931 · Minneapolis, MN · Full time") or a PDF's running header ("Acme Careers ·
    Engineer · page 1"); of "Title | Acme" the first part; a company above the title (a LinkedIn
    paste: "Northstar Foods", then "Senior Financial Analyst") is passed over. Else the title of
    the HTML page, a breadcrumb's last part, or the file's name."""
    lines = document.text.split("\n")
    envelope = envelope_lines(document.text)
    candidates: list[tuple[str, bool]] = []  # (the line, is a top-level heading)
    crumb = ""
    for block in blocks:
        if block.section not in ("preamble", "other"):
            break
        raw = lines[block.line - 1] if 0 < block.line <= len(lines) else block.text
        if block.line in envelope and not page_vocabulary().title_label.match(raw):
            continue  # "Van: Sanne Jansen <...>": the sender, not the job
        line = clean_inline(re.sub(r"^#+\s*", "", raw))  # the block's own line, not lines joined to it
        line = page_vocabulary().title_label.sub("", line)
        parts = TITLE_PARTS.split(line)
        if len(line) > 90 or any(PAGE_NUMBER.match(part) for part in parts):
            continue  # a PDF's running header, or no title
        trail = _breadcrumb(line)
        if trail is not None:  # navigation; its last part, only when nothing better turns up
            crumb = crumb or ("" if _not_a_title(trail[-1]) else trail[-1])
            continue
        parts = [part for part in parts if not _not_a_title(part)]
        if parts:
            candidates.append((parts[0], raw.startswith("# ")))
    chosen = next((text for text, top in candidates if top), "")
    if not chosen and candidates:
        chosen = candidates[0][0]
        if not looks_like_job_title(chosen):
            # the company's name (and its tag line) above the job title: "Northstar Foods",
            # "Rechtsanwälte Partnerschaft mbB", then "Associate (m/f/d) Data Protection Law"
            later = (text for text, _ in candidates[1:TITLE_SEARCH_LINES] if looks_like_job_title(text))
            chosen = next(later, chosen)
    chosen = chosen or _title_of_page(document.title) or crumb
    return chosen or Path(document.source).stem.replace("-", " ").replace("_", " ").capitalize()


def _higher_levels_welcome(requirements: list[Requirement]) -> list[Requirement]:
    """ "UG: B.Tech ..." then "PG: MCA ...": the postgraduate line is an alternative a job board
    lists, welcome but not asked of everyone; alone, it is what the posting asks."""

    def starts(family: str, requirement: Requirement) -> bool:
        found = cue_set(family).search(requirement.text)
        return found is not None and found.start() == 0

    if not any(starts("first_level_label", r) for r in requirements):
        return requirements
    return [
        replace(r, bucket=PREFERRED) if r.bucket == MINIMUM and starts("higher_level_label", r) else r
        for r in requirements
    ]


def _renumber(requirement: Requirement, new_id: str) -> Requirement:
    return replace(requirement, id=new_id)
