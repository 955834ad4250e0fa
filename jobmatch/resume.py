"""Résumé extraction: sections, dated positions, skills and concepts with the lines that show them.

Like :mod:`jobmatch.extract`, this is where spaCy objects stop: the result is a frozen
:class:`Resume`. Contact details are detected so they can be kept out of scoring and redacted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc, Span

from jobmatch.cues import cue_set
from jobmatch.dates import DateRange, find_date_ranges, month_label, today_month, union_months
from jobmatch.extract import Segment, as_document, process_blocks
from jobmatch.linker import word_index
from jobmatch.loaders import Document, make_document
from jobmatch.models import (
    ConceptEvidence,
    Contact,
    Education,
    Evidence,
    Position,
    Resume,
    SkillEvidence,
)
from jobmatch.phrases import parse_degree
from jobmatch.pipeline import CONCEPT_EVIDENCE, CONCEPT_PHRASE, CONCEPTS, SKILLS
from jobmatch.sections import PREAMBLE, split_sections

# Starts only where a run of address characters starts, and a local part is at most 64 long (RFC
# 5321): each character is looked at a bounded number of times, however long the line.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")
LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com)/\S+", re.I
)
NAME_LINE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}$")
CONTACT_LINE_MAX = 200  # longer lines are no name or place line (and the patterns below stay cheap)
LOCATION = re.compile(r"\b[A-Z][a-zA-Z .'-]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)\b(?:\s+\d{5})?")
# Roles held while studying: not professional years ("Working Student", "Werkstudent",
# "Graduate Research Assistant"; a teaching assistant at a school is a job).
INTERNSHIP = re.compile(
    r"\b(?:intern|internship|co-?op|trainee|apprentice|student|werkstudent(?:in)?|praktikant(?:in)?|"
    r"stagiaire|summer analyst|(?:graduate|undergraduate|doctoral|phd) (?:research |teaching )?assistant)\b",
    re.I,
)
DATE_RESIDUE = re.compile(r"^[\s|,·•()\-–—:/*_]+|[\s|,·•()\-–—:/*_]+$")
TITLE_LINE_MAX_WORDS = 12

# How much a mention shows, by the section it is in (a job line shows most).
SECTION_STRENGTH = {
    "experience": 1.0,
    "projects": 0.8,
    "skills": 0.7,
    "summary": 0.7,
    PREAMBLE: 0.6,
    "certifications": 0.9,  # a licence or certificate listed is the evidence there is
    "education": 0.5,
    "other": 0.5,
}
HEDGED_STRENGTH = 0.4
ENTRY_SECTIONS = {"experience": "job", "projects": "project", "education": "education", "other": "other"}


def detect_contact(preamble_lines: Sequence[str]) -> Contact:
    text = "\n".join(preamble_lines)
    name = next(
        (
            candidate
            for line in preamble_lines[:4]
            for candidate in [_without_credentials(line)]
            if len(candidate) <= 50 and NAME_LINE.match(candidate) and not EMAIL.search(line)
        ),
        None,
    )
    location = next(
        (
            m.group()
            for line in preamble_lines[:8]
            if len(line) <= CONTACT_LINE_MAX
            for m in [LOCATION.search(line)]
            if m
        ),
        None,
    )
    return Contact(
        name=name,
        emails=tuple(dict.fromkeys(EMAIL.findall(text))),
        phones=tuple(dict.fromkeys(p.strip() for p in PHONE.findall(text))),
        links=tuple(dict.fromkeys(LINK.findall(text))),
        location=location,
    )


def _without_credentials(line: str) -> str:
    """ "MARIA L. GONZÁLEZ, RN, BSN" -> "MARIA L. GONZÁLEZ" (short parts after commas dropped)."""
    parts = [part.strip() for part in line.split(",")]
    if len(parts) > 1 and all(len(part) <= 6 for part in parts[1:]):
        return parts[0]
    return line.strip()


def redact_text(text: str, contact: Contact) -> str:
    """Hide name, e-mail, phone, links and location everywhere in ``text`` (blind screening)."""
    text = EMAIL.sub("[email]", text)
    text = LINK.sub("[link]", text)
    text = PHONE.sub("[phone]", text)
    if contact.location:
        text = text.replace(contact.location, "[location]")
    if contact.name:
        text = text.replace(contact.name, "[name]")
        # every word of the name, any case, also inside "Harper-Li" or "Evelyn Harper Consulting"
        for part in re.split(r"[\s\-‐‑–]+", contact.name):
            if part.endswith("."):
                continue  # an initial or a title ("J.", "Dr.")
            part = part.strip(",'’")
            if len(part) >= 2:
                text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", "[name]", text, flags=re.IGNORECASE)
    return text


CLAUSE_END = re.compile(r"[;|•]|\.\s")


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a line: split at ; | • and sentence ends."""
    bounds, start = [], 0
    for match in CLAUSE_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _looks_like_heading(text: str) -> bool:
    """An unrecognised heading ("WERDEGANG") or a table's header row ("Company | Role | Dates"):
    not the first half of a job title."""
    words = text.split()
    if len(words) <= 3 and text.isupper():
        return True
    cells = text.split(" | ")
    return (
        len(cells) >= 2
        and all(len(cell.split()) <= 2 for cell in cells)
        and not any(c.isdigit() for c in text)
    )


def pseudonym(source: str) -> str:
    return "candidate-" + hashlib.sha256(source.encode()).hexdigest()[:8]


def _bucket_spans(doc: Doc, key: str, segments: Sequence[Segment]) -> list[list[Span]]:
    """Spans of ``doc.spans[key]`` grouped by the segment they fall in (one pass, sorted)."""
    starts = [segment.start for segment in segments]
    buckets: list[list[Span]] = [[] for _ in segments]
    for span in doc.spans[key]:
        index = bisect_right(starts, span.start_char) - 1
        if index >= 0:
            buckets[index].append(span)
    return buckets


def extract_resume(
    source: str | Path | Document, *, as_of: dt.date | None = None, redact: bool = False
) -> Resume:
    """Read a résumé (path, text or Document) into a profile with evidence for every skill."""
    document = as_document(source)
    as_of = as_of or dt.date.today()
    today = today_month(as_of)
    blocks = split_sections(document.text, "resume")
    preamble = [b.text for b in blocks if b.section == PREAMBLE and b.kind == "item"]
    contact = detect_contact(preamble)
    if redact:
        document = make_document(
            redact_text(document.text, contact), pseudonym(document.source), document.format
        )
        blocks = split_sections(document.text, "resume")
    doc, segments = process_blocks(blocks)
    skill_buckets = _bucket_spans(doc, SKILLS, segments)
    concept_buckets = _bucket_spans(doc, CONCEPTS, segments)
    hedges, negations = cue_set("hedge"), cue_set("negation")

    entry_sections = ENTRY_SECTIONS
    if not any(block.section == "experience" for block in blocks):
        # No heading was recognised as the experience section ("Werdegang", "What I've done"):
        # dated lines outside the known sections are taken for jobs rather than dropped.
        entry_sections = {PREAMBLE: "job", "summary": "job", **ENTRY_SECTIONS, "other": "job"}
    positions: list[Position] = []
    ranges: list[DateRange] = []
    segment_position: list[int | None] = []
    current: int | None = None
    current_section = None
    for index, segment in enumerate(segments):
        block = segment.block
        if block.section != current_section:
            current, current_section = None, block.section
        found = find_date_ranges(block.text) if block.section in entry_sections else []
        if found and not block.is_bullet:
            date_range = found[0]
            title = DATE_RESIDUE.sub("", block.text.replace(date_range.text, " ")).strip()
            title = re.sub(r"\s{2,}", " ", re.sub(r"(?:\s*\|\s*){2,}", " | ", title))  # a dates cell gone
            if title.count("(") > title.count(")"):
                title += ")"
            previous = segments[index - 1].block if index else None
            if (
                previous is not None
                and previous.section == block.section
                and not previous.is_bullet
                and previous.line >= block.line - 2
                and len(previous.text.split()) <= TITLE_LINE_MAX_WORDS
                and not previous.text.endswith(".")
                and not find_date_ranges(previous.text)
                and not _looks_like_heading(previous.text)
            ):
                # "Senior Engineer, Storage" on the line above "Acme Corp   Jan 2022 – Present"
                title = f"{previous.text} — {title}" if len(title) >= 3 else previous.text
                segment_position[-1] = len(positions)
            following = segments[index + 1].block if index + 1 < len(segments) else None
            if (
                len(title) < 3
                and following is not None
                and following.section == block.section
                and not following.is_bullet
                and len(following.text.split()) <= TITLE_LINE_MAX_WORDS
            ):
                title = following.text  # "2019 – 2021" on its own line above "Engineer, Acme"
            kind = entry_sections[block.section]
            if kind == "job" and block.section not in ENTRY_SECTIONS and parse_degree(title):
                kind = "education"  # "BSc Computer Science, TU Berlin 2012 – 2016" under no heading
            elif kind == "job" and INTERNSHIP.search(title):
                kind = "internship"
            elif kind == "job" and cue_set("not_employment").search(title):
                kind = "other"  # "Career break (caregiving), Mar 2019 – Dec 2020"
            positions.append(
                Position(
                    title=title[:160],
                    start=month_label(date_range.start),
                    end=month_label(date_range.end),
                    months=date_range.months(today),
                    kind=kind,
                    section=block.section,
                    line=block.line,
                )
            )
            ranges.append(date_range)
            current = len(positions) - 1
        segment_position.append(current)

    # One Evidence per line, shared by the mentions on it and by ``lines`` (smaller to cache).
    line_evidence = [
        Evidence(text=s.block.text, section=s.block.section, line=s.block.line, position=p)
        for s, p in zip(segments, segment_position, strict=False)
    ]
    skills: list[SkillEvidence] = []
    concepts: list[ConceptEvidence] = []
    position_skills: list[dict[str, None]] = [{} for _ in positions]
    position_concepts: list[dict[str, None]] = [{} for _ in positions]
    for segment, skill_spans, concept_spans, position, evidence in zip(
        segments, skill_buckets, concept_buckets, segment_position, line_evidence, strict=False
    ):
        block = segment.block
        line_is_contact = block.section == PREAMBLE and bool(
            EMAIL.search(block.text) or PHONE.search(block.text) or LINK.search(block.text)
        )
        if line_is_contact:
            continue
        base = SECTION_STRENGTH.get(block.section, 0.5)
        if block.section == "experience" and position is None:
            base = 0.8
        elif position is not None and block.section not in ENTRY_SECTIONS:
            base = SECTION_STRENGTH["experience"]  # a job found under no known heading
        # A hedge ("familiar with", "course project") weakens the mentions in its own clause.
        hedged_clauses = (
            [(start, end) for start, end in clauses(block.text) if hedges.search(block.text[start:end])]
            if hedges.search(block.text)
            else []
        )
        for span in skill_spans + concept_spans:
            offset = span.start_char - segment.start
            if negations.search(block.text[:offset]):
                continue  # "no experience with Kafka"
            line_hedged = any(start <= offset < end for start, end in hedged_clauses)
            strength = min(base, HEDGED_STRENGTH) if line_hedged else base
            if span.label_ in (CONCEPT_PHRASE, CONCEPT_EVIDENCE):
                named = span.label_ == CONCEPT_PHRASE
                concepts.append(ConceptEvidence(span.id_, span.text, evidence, named, strength))
                if position is not None and named and not line_hedged:
                    position_concepts[position][span.id_] = None
            else:
                skills.append(SkillEvidence(span.id_, span.text, evidence, strength, line_hedged))
                if position is not None:
                    position_skills[position][span.id_] = None

    education = []
    for segment in segments:
        block = segment.block
        if block.section in ("education", "certifications", "summary", PREAMBLE):
            degree = parse_degree(block.text)
            if degree and (degree.level or block.section == "education"):
                education.append(
                    Education(level=degree.level, fields=degree.fields, text=block.text, line=block.line)
                )
    professional = [r for r, p in zip(ranges, positions, strict=False) if p.kind == "job"]
    lines = tuple(
        evidence
        for evidence in line_evidence
        if not (evidence.section == PREAMBLE and (EMAIL.search(evidence.text) or PHONE.search(evidence.text)))
    )
    return Resume(
        source=document.source,
        format=document.format,
        contact=Contact(name=None) if redact else contact,
        as_of=as_of.isoformat(),
        total_years=round(union_months(professional, today) / 12, 2),
        positions=tuple(positions),
        skills=tuple(skills),
        concepts=tuple(concepts),
        education=tuple(education),
        sections=tuple(dict.fromkeys(b.section for b in blocks if b.kind == "heading")),
        position_skills=tuple(tuple(p) for p in position_skills),
        position_concepts=tuple(tuple(p) for p in position_concepts),
        lines=lines,
        words=word_index([line.text for line in lines]),
    )
