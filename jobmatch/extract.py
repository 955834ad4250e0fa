"""Posting extraction: sections + spaCy spans -> a :class:`Posting` of structured requirements.

spaCy objects stop here. Each item under a minimum/preferred heading becomes a
:class:`Requirement`; skills named anywhere else are context, and "Name - description" lines
outside the requirements become :class:`Area` entries a requirement can refer back to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Span

from jobmatch.cues import ambiguity_rules, any_of_cues, cue_set
from jobmatch.errors import InputError
from jobmatch.loaders import SUPPORTED_SUFFIXES, Document, load_document, make_document
from jobmatch.models import (
    MINIMUM,
    PREFERRED,
    Area,
    ContextSkill,
    DegreeRequirement,
    Posting,
    Requirement,
    YearsRange,
)
from jobmatch.phrases import asks_for_experience, is_degree_field, parse_degree, parse_years
from jobmatch.pipeline import CONCEPT_PHRASE, CONCEPTS, SKILLS, analyse
from jobmatch.sections import Block, clean_inline, split_sections
from jobmatch.taxonomy import load_taxonomy

AREA_LINE = re.compile(r"^(?P<name>[A-Z][\w&/,' ]{2,48}?)\s*(?:\s[-–—]\s|:\s)(?P<description>.{20,})$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
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
        and (Path(source).suffix.lower() in SUPPORTED_SUFFIXES or Path(source).exists())
    )
    return load_document(source) if looks_like_path else make_document(source)


def process_blocks(blocks: Sequence[Block]) -> tuple[Doc, list[Segment]]:
    """Run spaCy once over all items, one line each, and remember where each item sits."""
    segments: list[Segment] = []
    parts: list[str] = []
    offset = 0
    for block in blocks:
        if block.kind != "item":
            continue
        segments.append(Segment(block=block, text=block.text, start=offset))
        parts.append(block.text)
        offset += len(block.text) + 1
    return analyse("\n".join(parts)), segments


def spans_in(doc: Doc, key: str, start: int, end: int) -> list[Span]:
    return [s for s in doc.spans[key] if s.start_char >= start and s.end_char <= end]


def _matches_at(words: list[str], sequences: tuple[tuple[str, ...], ...], at_end: bool) -> bool:
    for sequence in sequences:
        n = len(sequence)
        window = words[-n:] if at_end else words[:n]
        if len(window) == n and tuple(window) == sequence:
            return True
    return False


SkillGroups = tuple[tuple[str, ...], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]


def group_skills(skill_spans: list[Span]) -> SkillGroups:
    """Split a line's skills into (all_of, any_of groups, the any-of groups that are examples).

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
            between = [t.lower_ for t in span.doc[previous.end : span.start]]
            # "Klaviyo, Braze, or a similar email platform": the open-ended tail joins the list
            tail = next((c for c in cues.after if len(c) > 1 and tuple(between[-len(c) :]) == c), ())
            core = between[: len(between) - len(tail)] if tail else between
            if len(core) <= 4 and all(t in separators for t in core) and "\n" not in "".join(between):
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
        before = [
            t.lower_
            for t in doc[max(0, run[0].start - 5) : run[0].start]
            if "\n" not in t.text and t.text != ":"
        ]
        after = [t.lower_ for t in doc[run[-1].end : run[-1].end + 4] if "\n" not in t.text]
        ids = [span.id_ for span in run]
        # ("including" is inside a run only when it folded a head in: "PostgreSQL, including ...")
        inner_cue = any(word in ("e.g.", "like", "such", "including") for link in links for word in link)
        illustrative = (
            _matches_at(before, cues.before, at_end=True)
            or _matches_at(after, cues.after, at_end=False)
            or inner_cue
            or any(word in ("similar", "comparable", "other", "another") for link in links for word in link)
        )
        if len(run) > 1 and after[:1] == ["or"]:
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
            for skill_id, link in zip(part_ids[1:], part_links, strict=True):
                in_parentheses = "(" in link or (in_parentheses and ")" not in link)
                if link in (["/"], []) or in_parentheses:
                    atoms[-1].append(skill_id)
                else:
                    atoms.append([skill_id])
            last_link = next(
                (link for link in reversed(part_links) if link not in (["/"], []) and "(" not in link), []
            )
            if "or" in last_link or "/" in last_link:
                add_group([skill_id for atom in atoms for skill_id in atom])
            else:
                for atom in atoms:
                    add_group(atom)
    return tuple(dict.fromkeys(all_of)), tuple(any_of), tuple(examples)


def _split_after_or(ids: list[str], links: list[list[str]]) -> list[tuple[list[str], list[list[str]]]]:
    """ "Python or Go, and SQL" is two groups: an "and" after an "or" closes the any-of list.
    ("A, B, and C" and "A and B or C" stay one list: their last connector decides.)"""
    parts: list[tuple[list[str], list[list[str]]]] = [([ids[0]], [])]
    seen_or = False
    for skill_id, link in zip(ids[1:], links, strict=True):
        if seen_or and ("and" in link or "&" in link) and "or" not in link:
            parts.append(([skill_id], []))
            seen_or = False
            continue
        seen_or = seen_or or "or" in link
        parts[-1][0].append(skill_id)
        parts[-1][1].append(link)
    return parts


CONJUNCTIONS = frozenset({",", "and", "or", "&", ";", "plus"})


def _fold_category_heads(
    runs: list[list[Span]], connectors: list[list[list[str]]], example_cues: tuple[tuple[str, ...], ...]
) -> None:
    """ "a web framework such as Django or Flask": the category ("web") is what the examples
    illustrate, so it joins their group instead of being required on its own."""
    for index in range(len(runs) - 1, 0, -1):
        head, run = runs[index - 1][-1], runs[index]
        between = [t.lower_ for t in head.doc[head.end : run[0].start]]
        while between and between[-1] in (",", ":"):  # "such as: Hadoop", "(e.g., Python"
            between.pop()
        cue = next((c for c in (*example_cues, ("including",)) if tuple(between[-len(c) :]) == c), None)
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
            if not runs[index - 1]:
                del runs[index - 1]
                del connectors[index - 1]
            elif connectors[index - 1]:
                connectors[index - 1].pop()


def requirement_pieces(segment: Segment) -> list[tuple[str, int]]:
    """A long prose paragraph is split into sentences; a bullet or short line stays whole."""
    if len(segment.text) <= LONG_PARAGRAPH or segment.block.is_bullet:
        return [(segment.text, segment.start)]
    pieces, cursor = [], 0
    for part in SENTENCE_END.split(segment.text):
        position = segment.text.index(part, cursor)
        pieces.append((part, segment.start + position))
        cursor = position + len(part)
    return pieces


def split_clauses(doc: Doc, block: Block, pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """ "Master's degree preferred; 4+ years of Python" is two requirements: a line splits at its
    semicolons when two or more of the parts are phrases (three words or more) that name a skill,
    years or a degree."""
    split: list[tuple[str, int]] = []
    for text, start in pieces:
        parts, cursor = [], 0
        for part in text.split(";"):
            parts.append((part, start + cursor))
            cursor += len(part) + 1
        substantial = [
            part
            for part, at in parts
            if len(part.split()) >= 3 and _has_signal(doc, Segment(block=block, text=part, start=at))
        ]
        if len(substantial) >= 2:  # not "SQL; dbt; Airflow", a list
            split += [(part, at) for part, at in parts if part.strip()]
        else:
            split.append((text, start))
    return split


CLAUSE_END = re.compile(r"[;.,(]|\s(?:and|as well as|plus)\s+(?:able|ability|have|experience|strong|solid)\b")


def scope_years(
    years: YearsRange, text: str, start: int, skills: list[Span], concepts: list[Span]
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

    return replace(
        years,
        skills=tuple(dict.fromkeys(s.id_ for s in skills if inside(s))),
        concepts=tuple(dict.fromkeys(s.id_ for s in concepts if inside(s))),
    )


CLAUSE_BOUNDARY = re.compile(r"[;,(—–]|\s-\s")


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` starts (0 when nothing separates it from the start)."""
    boundaries = [m.end() for m in CLAUSE_BOUNDARY.finditer(text, 0, position)]
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


def build_requirement(doc: Doc, text: str, start: int, block: Block, index: int) -> Requirement | None:
    end = start + len(text)
    skill_spans = spans_in(doc, SKILLS, start, end)
    concept_spans = [s for s in spans_in(doc, CONCEPTS, start, end) if s.label_ == CONCEPT_PHRASE]
    degree = parse_degree(text)
    skill_spans = [s for s in skill_spans if not _only_context(s, text, start, degree)]
    years = parse_years(text)
    if degree is not None and years is not None and not degree.alternatives:
        degree, years = _equivalent_years(text, degree, years)
    if years is not None:
        years = scope_years(years, text, start, skill_spans, concept_spans)
    # "Portuguese is not required" and "a degree is not necessary" ask for nothing, unless the
    # line goes on to call it a plus (then it is preferred, below).
    waived = cue_set("waived").search(text)
    if waived and not cue_set("preferred").search(text):
        clause = _clause_start(text, waived.start())
        skill_spans = [s for s in skill_spans if s.start_char - start < clause]
        if clause == 0:
            degree = years = None
    has_signal = bool(skill_spans or years or degree)
    if not has_signal and (waived or text.rstrip().endswith(":") or cue_set("lead_in").search(text)):
        return None
    if not has_signal and " | " in text and all(len(cell.split()) <= 3 for cell in text.split(" | ")):
        return None  # a table's header row ("Qualification | Required / Preferred")
    bucket, cue = block.section, None
    if bucket == MINIMUM:
        preferred_cue = cue_set("preferred").search(text)
        if preferred_cue and not cue_set("required").search(text):
            clause = _clause_start(text, preferred_cue.start())
            required_part = [s for s in skill_spans if s.start_char - start < clause]
            before = required_part or parse_years(text[:clause]) or parse_degree(text[:clause])
            if clause > 0 and before and not waived:
                # "relational databases, ideally PostgreSQL": only the cue's clause is optional
                skill_spans = required_part
            else:
                bucket, cue = PREFERRED, preferred_cue.group()
    all_of, any_of, examples = group_skills(skill_spans)
    concepts = tuple(dict.fromkeys(s.id_ for s in concept_spans))
    refers_to_areas = cue_set("area_reference").search(text) is not None
    kinds: list[str] = []
    if skill_spans:
        kinds.append("skill")
    if years or asks_for_experience(text):
        kinds.append("experience")
    if degree:
        kinds.append("education")
    categories = {load_taxonomy().concepts[c].category for c in concepts}
    if "domain" in categories or refers_to_areas:
        kinds.append("domain")
    if "soft" in categories:
        kinds.append("soft")
    prefix = "min" if bucket == MINIMUM else "pref"
    return Requirement(
        id=f"{prefix}-{index}",
        text=text.strip(),
        bucket=bucket,
        kinds=tuple(kinds) or ("other",),
        skills=tuple(dict.fromkeys(s.id_ for s in skill_spans)),
        all_of=all_of,
        any_of=any_of,
        examples=examples,
        concepts=concepts,
        years=years,
        degree=degree,
        refers_to_areas=refers_to_areas,
        heading=block.heading,
        line=block.line,
        cue=cue,
    )


def requirements_from_prose(doc: Doc, segments: list[Segment]) -> list[Requirement]:
    """For a posting without a requirements heading ("The ideal candidate will have ... Experience
    with SAP is preferred."): each sentence with a requirement cue and a skill, years or degree."""
    cue = cue_set("requirement_sentence")
    found: list[Requirement] = []
    for segment in segments:
        if segment.block.section in ("benefits", "about"):
            continue
        cursor = 0
        for sentence in SENTENCE_END.split(segment.text):
            position = segment.text.index(sentence, cursor)
            cursor = position + len(sentence)
            start = segment.start + position
            piece = Segment(block=segment.block, text=sentence, start=start)
            if not cue.search(sentence) or not _has_signal(doc, piece):
                continue
            bucket = PREFERRED if cue_set("preferred").search(sentence) else MINIMUM
            block = replace(segment.block, section=bucket)
            requirement = build_requirement(doc, sentence, start, block, len(found) + 1)
            if requirement is not None:
                found.append(requirement)
    return found


def extract_posting(source: str | Path | Document) -> Posting:
    """Read a posting (path, text or Document) into structured requirements."""
    document = as_document(source)
    if document.format == "json-resume":
        raise InputError(document.source, "this is a JSON Resume (a résumé), not a job posting")
    blocks = split_sections(document.text, "posting")
    doc, segments = process_blocks(blocks)
    requirements: list[Requirement] = []
    context: list[ContextSkill] = []
    areas: list[Area] = []
    bulleted_headings = {s.block.heading for s in segments if s.block.is_bullet}
    for segment in segments:
        block = segment.block
        if block.section in (MINIMUM, PREFERRED):
            if not block.is_bullet and block.heading in bulleted_headings and not _has_signal(doc, segment):
                continue  # prose around a bulleted list ("Send your CV to ...") is not an item of it
            for text, start in split_clauses(doc, block, requirement_pieces(segment)):
                requirement = build_requirement(doc, text, start, block, len(requirements) + 1)
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
    if not requirements:
        requirements = requirements_from_prose(doc, segments)
        required = {(r.line, s) for r in requirements for s in r.skills}
        context = [c for c in context if (c.line, c.skill) not in required]
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
        title=posting_title(blocks, document),
        minimum=tuple(r for r in renumbered if r.bucket == MINIMUM),
        preferred=tuple(r for r in renumbered if r.bucket == PREFERRED),
        context_skills=tuple(context),
        areas=tuple(areas),
        sections=tuple(b.text for b in blocks if b.kind == "heading"),
    )


BREADCRUMB = re.compile(r"\s(?:>|›|»|→)\s")  # "Careers > Finance > Job Details"
TITLE_PARTS = re.compile(r"\s+[|·•]\s+")  # "Senior Analyst | Acme Careers | Sign In"
# Parts of a careers page's or a PDF's running header that are never part of the job title.
PAGE_NUMBER = re.compile(r"^page \d+(?: of \d+)?$", re.IGNORECASE)
PAGE_CHROME = re.compile(
    r"^(?:sign in|log ?in|sign up|apply(?: now)?|share|save(?: job)?|"
    r"(?:job|req|requisition) (?:id|number|no\.?)\b.*|.*\bcareers|.*\bjobs|job details)$",
    re.IGNORECASE,
)


def posting_title(blocks: Sequence[Block], document: Document) -> str:
    """The job title: the first short line before any known section, or a top-level heading
    there (an HTML <h1>, a "# Title") when there is one; never a careers page's breadcrumb or
    sign-in bar ("Careers > Finance > Job Details | Sign In | Job ID: R-20931") or a PDF's running
    header ("Acme Careers · Engineer · page 1"); of "Title | Acme" the first part. Else the
    file's name."""
    lines = document.text.split("\n")
    candidates: list[tuple[str, bool]] = []  # (the line, is a top-level heading)
    for block in blocks:
        if block.section not in ("preamble", "other"):
            break
        raw = lines[block.line - 1] if 0 < block.line <= len(lines) else block.text
        line = clean_inline(re.sub(r"^#+\s*", "", raw))  # the block's own line, not lines joined to it
        parts = TITLE_PARTS.split(line)
        if len(line) > 90 or BREADCRUMB.search(line) or any(PAGE_NUMBER.match(part) for part in parts):
            continue  # navigation, or a PDF's running header
        parts = [part for part in parts if not PAGE_CHROME.match(part)]
        if parts:
            candidates.append((parts[0], raw.startswith("# ")))
    chosen = next((text for text, top in candidates if top), candidates[0][0] if candidates else "")
    return chosen or Path(document.source).stem.replace("-", " ").replace("_", " ").capitalize()


def _renumber(requirement: Requirement, new_id: str) -> Requirement:
    return replace(requirement, id=new_id)
