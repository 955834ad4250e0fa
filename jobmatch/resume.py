"""Résumé extraction: sections, dated positions, skills and concepts with the lines that show them.

Like :mod:`jobmatch.extract`, this is where spaCy objects stop: the result is a frozen
:class:`Resume`. Contact details are detected so they can be kept out of scoring and redacted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span

from jobmatch.cues import cue_set, hedged_regions
from jobmatch.dates import DateRange, find_date_ranges, month_label, today_month, union_months
from jobmatch.extract import Segment, as_document, process_blocks
from jobmatch.facts import (
    FactLine,
    combine_experience,
    document_language,
    fact_line,
    facts_vocabulary,
    language_warning,
    read_credentials,
    read_education,
    read_languages,
    read_skill_years,
    read_stated_years,
)
from jobmatch.fields import field_mentions, head_noun, position_fields, title_heads
from jobmatch.linker import word_index
from jobmatch.loaders import Document, lines_may_wrap, make_document
from jobmatch.models import (
    ConceptEvidence,
    Contact,
    Evidence,
    Position,
    Resume,
    SkillEvidence,
    SkillYears,
)
from jobmatch.phrases import parse_degree
from jobmatch.pipeline import CONCEPT_EVIDENCE, CONCEPT_PHRASE, CONCEPTS, SKILLS, span_text, spans_of
from jobmatch.sections import PREAMBLE, Block, normalize_heading, split_sections, vocabulary
from jobmatch.terms import citizenship_words, term_vocabulary

# Starts only where a run of address characters starts, and a local part is at most 64 long (RFC
# 5321): each character is looked at a bounded number of times, however long the line.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
# a North American number, or any number written with its country code in groups ("+49 151 5550
# 7731", "+33 6 12 34 56 78", "+91 98765 43210")
PHONE = re.compile(
    r"(?<![\w/])(?:\+\d{1,3}(?:[\s.-]\(?\d{1,6}\)?){2,6}(?!\d)"
    r"|(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}(?!\d))"
)
LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com)/\S+", re.I
)
NAME_START = re.compile(r"^[#*_\s]*(?:\w+\s*:\s*)?[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ]")
NAME_LINE = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3}$")
CONTACT_LINE_MAX = 200  # longer lines are no name or place line (and the patterns below stay cheap)
MAX_QUOTED_CHARS = 2_000_000  # line text quoted by all mentions: a real résumé quotes ~50 KB
LOCATION = re.compile(r"\b[A-Z][a-zA-Z .'-]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)\b(?:\s+\d{5})?")
ABBREVIATION_END = re.compile(r"\b(?:Co|Inc|Ltd|Corp|Pvt|LLC|LLP|Bros|Jr|Sr|St)\.$")
NAME_SPLIT = re.compile(r"\s+[—–|·]\s+|\s+-\s+")
DATE_RESIDUE = re.compile(r"^[\s|,·•()\-–—:/*_]+|[\s|,·•()\-–—:/*_]+$")
TITLE_LINE_MAX_WORDS = 12
PRESENT_GLOSS = re.compile(r"^\(?\s*(?:present|current|now|today|ongoing)\s*\)?$", re.IGNORECASE)
# "Environment: Ray, Julia, JAX", "Tools: SQL, Mode": the previous job's stack, not this one's title
LABELLED_LIST = re.compile(r"^[\w][\w &/-]{0,24}:\s*\S[^,]*,")
LIGATURE = re.compile("[\ufb00-\ufb4f]")
DUTY_LINES_READ = 5  # a job's first lines tell its field as well as all of them

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


def detect_contact(
    preamble_lines: Sequence[str], lines: Sequence[str] = ()
) -> tuple[Contact, tuple[str, ...]]:
    """The contact details, and the credentials written after the name ("…, RN, CCRN").

    The name is the first of the lines under the top that reads as a name and is not a document
    title ("CURRICULUM VITAE"), a heading ("Skill Details"), a job title ("Java Developer") or an
    organisation ("Morigaon College"); failing that, a line anywhere that the e-mail address
    spells ("Noor Haddad" for noor.haddad@…, a two-column PDF prints the sidebar first). No such
    line: the name is None, not a guess."""
    text = "\n".join(preamble_lines)
    emails = tuple(
        dict.fromkeys(EMAIL.findall(text) or [m for line in lines[:80] for m in EMAIL.findall(line)])
    )
    name, suffixes = None, ()
    for line in preamble_lines[:6]:
        candidate, found_suffixes = _name_and_credentials(line)
        if candidate and not EMAIL.search(line) and _is_name(candidate):
            name, suffixes = candidate, found_suffixes
            break
    if name is None and emails:
        local = _fold(emails[0].split("@")[0])
        local_words = [w for w in re.split(r"[._-]+|\d+", local) if len(w) >= 2]
        for line in lines[:120]:
            if len(line) > CONTACT_LINE_MAX or not NAME_START.match(line):
                continue  # two capitalised words open every name line
            candidate, found_suffixes = _name_and_credentials(line)
            if not candidate or not _is_name(candidate):
                continue
            words = [_fold(w) for w in candidate.split()]
            if sum(w in local_words or (len(w) >= 4 and w in local) for w in words) >= min(2, len(words)):
                name, suffixes = candidate, found_suffixes
                break
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
    if location is None:
        location = _place_beside_contacts(preamble_lines[:8])
    contact = Contact(
        name=name,
        emails=emails,
        phones=tuple(dict.fromkeys(p.strip() for p in PHONE.findall(text))),
        links=tuple(dict.fromkeys(LINK.findall(text))),
        location=location,
    )
    return contact, suffixes


def _without_contact_details(text: str, section: str) -> str | None:
    """A line of the top with an e-mail or a phone number is the contact block: left out (None),
    unless what is left once the details are cut names a credential ("... | aoife@... CORU Reg.
    No. PH014472") or states a condition a posting asks ("... | Canadian citizen – valid
    passport", "Full UK driving licence"), which is kept without them. Any other line is kept as
    it is."""
    if not (section == PREAMBLE and (EMAIL.search(text) or PHONE.search(text))):
        return text
    rest = LINK.sub(" ", PHONE.sub(" ", EMAIL.sub(" ", text)))
    rest = " | ".join(part.strip(" ,") for part in re.split(r"[|·•]", rest) if part.strip(" ,"))
    rest = re.sub(r"\s{2,}", " ", rest)
    if not rest:
        return None
    lowered = rest.lower()
    stated = any(pattern.search(lowered) for pattern in term_vocabulary().stated.values())
    if cue_set("credential_context").search(rest) is None and not stated and not _states_citizenship(rest):
        return None
    return rest


def _states_citizenship(text: str) -> bool:
    """ "Hamilton | 021 555 0142 | New Zealand citizen": a nationality on the contact line is
    kept for the work-authorisation check, without the details around it."""
    return citizenship_words().search(text) is not None


CONTACT_PARTS = re.compile(r"\s+[·|•]\s+")
# "Address:", "Anschrift:", "Dirección:": a labelled postal address on the contact line
ADDRESS_LABEL = re.compile(
    r"^(?:home address|address|adres|adresse|anschrift|wohnort|dirección|direccion|domicilio|endereço|"
    r"endereco|indirizzo)\s*:\s*",
    re.IGNORECASE,
)


def _place_beside_contacts(lines: Sequence[str]) -> str | None:
    """ "Hamburg-Ottensen · +49 151 ... · jana@...": on a line of contact details, the part that
    is no number, address or link is where the author lives."""
    for line in lines:
        if len(line) > CONTACT_LINE_MAX or not (EMAIL.search(line) or PHONE.search(line)):
            continue
        for part in CONTACT_PARTS.split(line):
            part = _town_of_address(part.strip())
            if (
                part[:1].isupper()
                and 1 <= len(part.split()) <= 4
                and not any(c.isdigit() for c in part)
                and not (EMAIL.search(part) or LINK.search(part) or "." in part or "@" in part)
            ):
                return part
    return None


POSTCODE = re.compile(r"^\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+|\s+\d{4,5}\s*$")


def _town_of_address(part: str) -> str:
    """ "Dirección: C/ de Sueca 14, 46006 Valencia" -> "Valencia": an address's last piece
    without its postcode; any other part as it is."""
    if ADDRESS_LABEL.match(part) is None or "," not in part:
        return part
    return POSTCODE.sub("", part.rsplit(",", 1)[1]).strip()


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _name_and_credentials(line: str) -> tuple[str, tuple[str, ...]]:
    """ "JORDAN KESSLER, NRP, FP-C" -> ("JORDAN KESSLER", ("NRP", "FP-C")); "Johanna Reuter, LL.M. —
    Rechtsanwältin" -> ("Johanna Reuter", ("LL.M.", "Rechtsanwältin")); "Name: Asha Rao" -> "Asha Rao"."""
    line = facts_vocabulary().name_label.sub("", line.strip().strip("#*_ "))
    parts = NAME_SPLIT.split(line)
    head, rest = parts[0], tuple(p.strip() for p in parts[1:])
    pieces = [piece.strip() for piece in head.split(",")]
    if len(pieces) > 1 and all(len(p.split()) <= 4 and len(p) <= 20 for p in pieces[1:]):
        return pieces[0], tuple(pieces[1:]) + rest
    return head.strip(), rest


def _is_name(candidate: str) -> bool:
    vocab = facts_vocabulary()
    if len(candidate) > 50 or not NAME_LINE.match(candidate) or any(c.isdigit() for c in candidate):
        return False
    if vocab.not_name_line.fullmatch(candidate.strip()) or vocab.not_name_word.search(candidate):
        return False
    if vocabulary("resume").classify(candidate):
        return False  # a heading ("Skill Details")
    # a job title ("Java Developer", "Construction Project Manager"), not a surname ("Carpenter")
    return not any(
        len(m.text.split()) >= 2 or m.text.lower() in vocab.role_nouns
        for m in field_mentions(candidate)
        if m.is_title
    )


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


def _looks_like_heading(text: str) -> bool:
    """An unrecognised heading ("WERDEGANG"), a table's header row ("Company | Role | Dates") or a
    row labelled with a section's name: not the first half of a job title."""
    words = text.split()
    if len(words) <= 3 and text.isupper():
        return True
    cells = text.split(" | ")
    if (
        len(cells) == 2
        and normalize_heading(cells[0]) in vocabulary("resume").headings
        and not find_date_ranges(text)
    ):
        return True  # "Certificates | Safe Pass (2024)": a table row under a section's label
    return (
        len(cells) >= 2
        and all(len(cell.split()) <= 2 for cell in cells)
        and not any(c.isdigit() for c in text)
    )


def pseudonym(source: str) -> str:
    return "candidate-" + hashlib.sha256(source.encode()).hexdigest()[:8]


CLAUSE_START = re.compile(r"[,;:(•|]")
TITLE_WINDOW_WORDS = 4  # words before a one-word title that say whose title it is


@cache
def _letter_runs() -> re.Pattern[str]:
    """Runs of letters, compiled once: asked of every mention (and re's own cache is shared)."""
    return re.compile(r"[^\W\d_]+")


def names_other_people(line: str, start: int, end: int, mention: str) -> bool:
    """A one-word job title on a line ("accountant", "electricians") that names the people the
    writer worked with, not the writer's trade: "(owner, office manager, outside accountant)",
    "supervised 12 electricians", "accountant-partner referrals". "Worked as an accountant" is
    the writer's own."""
    words = _letter_runs().findall(mention.lower())
    role_nouns = facts_vocabulary().role_nouns
    if len(words) != 1 or (words[0] not in role_nouns and words[0].removesuffix("s") not in role_nouns):
        return False
    if re.match(r"-[^\W\d_]", line[end : end + 2]):
        return True  # a modifier of the noun after it: "accountant-partner referrals"
    clause = CLAUSE_START.split(line[:start])[-1]
    window = " ".join(clause.split()[-TITLE_WINDOW_WORDS:])
    if cue_set("own_title").search(window):
        return False
    # "supervised 12 electricians": a count right before a plural ("3rd Grade Teacher" is a title)
    counted = re.search(r"\d+\s*$", window) is not None and mention.lower().endswith("s")
    return counted or cue_set("others_named").search(window) is not None


def _bucket_spans(doc: Doc, key: str, segments: Sequence[Segment]) -> list[list[Span]]:
    """Spans of ``doc.spans[key]`` grouped by the segment they fall in (one pass, sorted)."""
    starts = [segment.start for segment in segments]
    buckets: list[list[Span]] = [[] for _ in segments]
    for span in spans_of(doc, key):
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
    blocks = split_sections(document.text, "resume", wrapped=lines_may_wrap(document.format))
    preamble = [b.text for b in blocks if b.section == PREAMBLE and b.kind == "item"]
    contact, name_suffixes = detect_contact(preamble, [b.text for b in blocks if b.kind == "item"])
    if redact:
        document = make_document(
            redact_text(document.text, contact), pseudonym(document.source), document.format
        )
        blocks = split_sections(document.text, "resume", wrapped=lines_may_wrap(document.format))
    doc, segments = process_blocks(blocks, activities=True)
    skill_buckets = _bucket_spans(doc, SKILLS, segments)
    concept_buckets = _bucket_spans(doc, CONCEPTS, segments)
    hedges, negations = cue_set("hedge"), cue_set("negation")

    segment_lines = [
        fact_line(s.block.text, s.block.section, s.block.heading, s.block.line, s.block.is_bullet)
        for s in segments
    ]
    written_in = document_language(document.text, segment_lines)
    positions, ranges, segment_position = read_positions(
        segments,
        any(b.section == "experience" for b in blocks),
        today,
        [line.words for line in segment_lines],
        document.text.split("\n"),
    )

    # One Evidence per line, shared by the mentions on it and by ``lines`` (smaller to cache).
    line_evidence = [
        Evidence(text=s.block.text, section=s.block.section, line=s.block.line, position=p)
        for s, p in zip(segments, segment_position, strict=False)
    ]
    skills: list[SkillEvidence] = []
    concepts: list[ConceptEvidence] = []
    quoted = 0  # characters of line text the mentions quote, up to MAX_QUOTED_CHARS
    position_skills: list[dict[str, None]] = [{} for _ in positions]
    position_concepts: list[dict[str, None]] = [{} for _ in positions]
    for segment, skill_spans, concept_spans, position, evidence in zip(
        segments, skill_buckets, concept_buckets, segment_position, line_evidence, strict=False
    ):
        mentions = skill_spans + concept_spans
        if not mentions:
            continue  # nothing on the line to weaken or quote
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
        hedged_clauses = hedged_regions(block.text) if hedges.search(block.text) else []
        may_negate = not negations.nowhere_in(block.text)  # most lines: no mention's prefix to search
        for span in mentions:
            if quoted > MAX_QUOTED_CHARS:
                break  # each mention quotes its line: a hostile list would make a huge result
            quoted += len(evidence.text)
            offset = span.start_char - segment.start
            if may_negate and negations.search(block.text[:offset]):
                continue  # "no experience with Kafka"
            title_line = position is not None and positions[position].line == block.line
            if (
                block.section != PREAMBLE
                and not title_line
                and names_other_people(block.text, offset, span.end_char - segment.start, span_text(span))
            ):
                continue
            line_hedged = any(start <= offset < end for start, end in hedged_clauses)
            strength = min(base, HEDGED_STRENGTH) if line_hedged else base
            if span.label_ in (CONCEPT_PHRASE, CONCEPT_EVIDENCE):
                named = span.label_ == CONCEPT_PHRASE
                concepts.append(ConceptEvidence(span.id_, span_text(span), evidence, named, strength))
                if position is not None and named and not line_hedged:
                    position_concepts[position][span.id_] = None
            else:
                skills.append(SkillEvidence(span.id_, span_text(span), evidence, strength, line_hedged))
                if position is not None:
                    position_skills[position][span.id_] = None

    fact_lines = [
        line if kept == line.text else fact_line(kept, line.section, line.heading, line.line, line.is_bullet)
        for line in segment_lines
        if (kept := _without_contact_details(line.text, line.section)) is not None
    ]
    identity = identity_keys(contact, fact_lines)
    education = read_education(fact_lines, as_of)
    professional = [r for r, p in zip(ranges, positions, strict=False) if p.kind == "job"]
    jobs = [p for p in positions if p.kind == "job"]
    stated = read_stated_years(fact_lines)
    dated_years = round(union_months(professional, today) / 12, 2)
    text_of_line = {segment.block.line: segment.block.text for segment in segments}
    first_job = (text_of_line.get(jobs[0].line, jobs[0].title), jobs[0].line) if jobs else None
    interns = [p for p in positions if p.kind == "internship"]
    first_internship = (
        (text_of_line.get(interns[0].line, interns[0].title), interns[0].line) if interns else None
    )
    experience = combine_experience(
        dated_years if jobs else None, len(jobs), first_job, stated, first_internship
    )
    warning = language_warning(written_in)
    lines = tuple(
        evidence if kept == evidence.text else replace(evidence, text=kept)
        for evidence in line_evidence
        if (kept := _without_contact_details(evidence.text, evidence.section)) is not None
    )
    return Resume(
        source=document.source,
        format=document.format,
        contact=Contact(name=None) if redact else contact,
        as_of=as_of.isoformat(),
        total_years=dated_years,
        positions=tuple(positions),
        skills=tuple(skills),
        concepts=tuple(concepts),
        education=education,
        sections=tuple(dict.fromkeys(b.section for b in blocks if b.kind == "heading")),
        position_skills=tuple(tuple(p) for p in position_skills),
        position_concepts=tuple(tuple(p) for p in position_concepts),
        lines=lines,
        words=word_index([line.text for line in lines]),
        experience=experience,
        stated_years=stated,
        skill_years=_skill_years(fact_lines, segments, skill_buckets),
        languages=read_languages(fact_lines, written_in),
        credentials=read_credentials(
            [f for f in fact_lines if not _is_name_line(f, contact.name)],
            as_of,
            () if redact else name_suffixes,
        ),
        written_in=written_in,
        warnings=(warning,) if warning else (),
        identity=identity,
    )


def _is_name_line(line: FactLine, name: str | None) -> bool:
    """The line the name was read from ("Danielle Okafor, BSN, RN, CCRN"): its credentials are
    read as the name's suffixes, not as one credential."""
    return bool(name) and line.section == PREAMBLE and _name_and_credentials(line.text)[0] == name


def _skill_years(
    fact_lines: Sequence[FactLine], segments: Sequence[Segment], skill_buckets: Sequence[list[Span]]
) -> tuple[SkillYears, ...]:
    """Skill years read from the lines, each linked to the taxonomy skill its term names."""
    spans_by_line = {s.block.line: (s, spans) for s, spans in zip(segments, skill_buckets, strict=False)}
    found = []
    for item in read_skill_years(fact_lines):
        segment, spans = spans_by_line.get(item.line.line, (None, []))
        skill = None
        if segment is not None:
            start, end = segment.start + item.start, segment.start + item.end
            skill = next(
                (span.id_ for span in spans if span.start_char < end and span.end_char > start), None
            )
        if skill is None:  # "Python- Exprience": the hyphen glued to the name hides it from the tokenizer
            aliases = _skill_aliases()
            parts = [part.strip().lower() for part in re.split(r"[/,]", item.term)]
            skill = next((aliases[part] for part in parts if part in aliases), None)
        found.append(
            SkillYears(
                item.term, skill, item.years, item.less_than, item.line.text, item.line.line, item.method
            )
        )
    return tuple(found)


@cache
def _skill_aliases() -> dict[str, str]:
    """Lower-case plain alias -> skill id, for a skills-block term the pipeline did not tag."""
    from jobmatch.taxonomy import load_taxonomy

    return {
        alias.lower(): skill.id for skill in load_taxonomy().skills.values() for alias in skill.plain_aliases
    }


def identity_keys(contact: Contact, lines: Sequence[FactLine]) -> tuple[str, ...]:
    """Hashes that two files of one person share: the e-mail address, the phone number, the words
    of the text (a PDF and a DOCX of one résumé have the same words, in any order). With
    --redact the words are those of the redacted text; the contact details are read before it."""

    def digest(kind: str, value: str) -> str:
        return f"{kind}:{hashlib.sha256(value.encode()).hexdigest()[:16]}"

    keys = [digest("email", email.lower()) for email in contact.emails[:2]]
    keys += [
        digest("phone", digits[-10:])
        for phone in contact.phones[:2]
        if len(digits := re.sub(r"\D", "", phone)) >= 9
    ]
    words = set().union(*(line.words for line in lines)) if lines else set()
    if len(words) >= 30:
        text = " ".join(sorted(words))
        if LIGATURE.search(text):  # a PDF's "ﬁnance" is the DOCX's "finance"
            text = " ".join(sorted(set(unicodedata.normalize("NFKC", text).split())))
        keys.append(digest("text", text))
    return tuple(keys)


# --- positions --------------------------------------------------------------------------------


NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s")  # "2) Infobeam Solutions", "3. Acme Corp"
LABELLED_HEADER_LINES = 3  # "1) Employer", "Designation: ...", "Location: ..." above "Duration: ..."


def read_positions(
    segments: Sequence[Segment],
    has_experience_heading: bool,
    today: int,
    segment_words: Sequence[frozenset[str]] | None = None,
    raw_lines: Sequence[str] = (),
) -> tuple[list[Position], list[DateRange], list[int | None]]:
    """Dated entries (jobs, internships, degrees, projects), their ranges, and for each segment
    the position it belongs to. A job is a non-bullet line with dates, or a bullet that says it
    was a job ("Worked with X from January 2015 to Aug 2017"); a line with several ranges is
    several positions ("Software Engineer (Apr 2023 - May 2024), Associate (May 2022 - Mar 2023)")."""
    vocab = facts_vocabulary()
    entry_sections = ENTRY_SECTIONS
    if not has_experience_heading:
        # No heading was recognised as the experience section ("Werdegang", "What I've done"):
        # dated lines outside the known sections are taken for jobs rather than dropped.
        entry_sections = {PREAMBLE: "job", "summary": "job", **ENTRY_SECTIONS, "other": "job"}
    positions: list[Position] = []
    ranges: list[DateRange] = []
    segment_position: list[int | None] = []
    current: int | None = None
    current_section = None
    # an experience section whose jobs are all list items (an HTML page's <li>, "• Title – Employer |
    # ago/2025 – atual"): there its dated bullets are the jobs
    # (the ranges of those lines are kept for the loop below, which reads every experience line)
    header_ranges = {
        index: find_date_ranges(s.block.text)
        for index, s in enumerate(segments)
        if s.block.section == "experience" and not s.block.is_bullet
    }
    jobs_as_bullets = not any(header_ranges.values())
    for index, segment in enumerate(segments):
        block = segment.block
        if block.section != current_section:
            current, current_section = None, block.section
        may_be_bullet_job = block.is_bullet and block.section in ("experience", "summary", PREAMBLE, "other")
        if index in header_ranges:
            found = header_ranges[index]
        elif block.section in entry_sections or may_be_bullet_job:
            found = find_date_ranges(block.text)
        else:
            found = []
        bullet_job = (
            bool(found)
            and may_be_bullet_job
            and (
                vocab.employment.search(block.text) is not None
                or (jobs_as_bullets and block.section == "experience")
            )
        )
        if not bullet_job and block.section not in entry_sections:
            found = []
        if found and (not block.is_bullet or bullet_job):
            title, method = _entry_title(segments, index, found[0])
            if title is None:
                segment_position[-1] = len(positions)  # the title line above belongs to this entry
                title, method = _entry_title(segments, index, found[0], use_previous=True)
            for back in range(1, _labelled_header_lines(segments, index, raw_lines) + 1):
                segment_position[-back] = len(positions)  # "2) Employer" / "Designation: ..." above
            kind = "job" if bullet_job else entry_sections.get(block.section, "job")
            titles = _titles_per_range(block.text, found) if len(found) > 1 else None
            for number, date_range in enumerate(found):
                entry_title = (titles[number] if titles else title) or ""
                entry_kind = _kind(kind, entry_title, block.section, segments, index)
                positions.append(
                    Position(
                        title=entry_title[:160],
                        start=month_label(date_range.start),
                        end=month_label(date_range.end),
                        months=date_range.months(today),
                        kind=entry_kind,
                        section=block.section,
                        line=block.line,
                        method="bullet" if bullet_job else method,
                    )
                )
                ranges.append(date_range)
            current = len(positions) - 1
        segment_position.append(current)
    duties: list[list[tuple[str, frozenset[str] | None]]] = [[] for _ in positions]
    for index, (segment, position) in enumerate(zip(segments, segment_position, strict=True)):
        if position is not None and len(duties[position]) < DUTY_LINES_READ:
            words = segment_words[index] if segment_words is not None else None
            duties[position].append((segment.block.text, words))
    positions = [replace(p, fields=position_fields(p.title, duties[i])) for i, p in enumerate(positions)]
    return positions, ranges, segment_position


def _clean_title(text: str) -> str:
    text = facts_vocabulary().title_label.sub("", text)
    text = DATE_RESIDUE.sub("", text)
    text = re.sub(r"\s{2,}", " ", re.sub(r"(?:\s*\|\s*){2,}", " | ", text)).strip()  # a dates cell gone
    text = re.sub(r"\(\s*\)", "", text).strip(" ,;")
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def _labelled_header_lines(segments: Sequence[Segment], index: int, raw_lines: Sequence[str] = ()) -> int:
    """How many lines above a labelled dates line ("Duration: 01-Jun-2022 to Till date") are its
    entry's header ("2) Swiftcart Retail, Bengaluru", "Designation: Data Scientist"): plain lines
    of the same section right above it, without dates. They belong to this job, not to the bullets
    of the job before."""
    block = segments[index].block
    if facts_vocabulary().title_label.match(block.text) is None:
        return 0
    count = 0
    for earlier in reversed(segments[max(0, index - LABELLED_HEADER_LINES) : index]):
        above = earlier.block
        too_far = above.line < block.line - LABELLED_HEADER_LINES - 1
        # "2) Infobeam Solutions, Bengaluru" is a numbered item over "Designation: ..."; a bullet
        # sentence ("- Automated weekly reports.") is the job before's
        raw = raw_lines[above.line - 1] if 0 < above.line <= len(raw_lines) else ""
        numbered_header = count and NUMBERED.match(raw) and len(above.text.split()) <= 10
        if above.is_bullet and not numbered_header:
            break
        if above.section != block.section or too_far or find_date_ranges(above.text):
            break
        count += 1
    return count


def _short_title_line(text: str) -> bool:
    """Short enough for a title line: 12 words, or a title and its employer joined by a dash,
    each part short ("Professora contratada de Inglês (8.ª a 10.ª classe) — Escola Secundária X")."""
    if len(text.split()) <= TITLE_LINE_MAX_WORDS:
        return True
    parts = NAME_SPLIT.split(text)
    return 2 <= len(parts) <= 3 and all(len(part.split()) <= TITLE_LINE_MAX_WORDS - 2 for part in parts)


def _entry_title(
    segments: Sequence[Segment], index: int, date_range: DateRange, *, use_previous: bool = False
) -> tuple[str | None, str]:
    """The title of the entry dated on ``segments[index]``: the line without its dates, joined with
    a short title line above it; a dates-only line takes the line below (skipping a location, as
    a two-column table gives "06/2021 – Present" / "Erie, PA" / "Senior Design Engineer").
    None asks the caller to attach the line above first (``use_previous`` then builds the title)."""
    vocab = facts_vocabulary()
    block = segments[index].block
    labelled = vocab.title_label.match(block.text) is not None
    title = _clean_title(vocab.title_label.sub("", block.text).replace(date_range.text, " "))
    title = re.sub(r"\s*\b(?:duration|period)\s*$", "", title, flags=re.I).strip(" ,;:—-")
    title = PRESENT_GLOSS.sub("", title)  # "2015 04 – dabar (present)": the end glossed in English
    if labelled and len(title) < 3:
        # "Duration : Jun 2024 - Till Date" under "Designation : Senior Software Engineer"
        for earlier in reversed(segments[max(0, index - 3) : index]):
            label = re.match(
                r"\s*(designation|role|position|job title|title|company|organi[sz]ation|employer)\s*[:：]",
                earlier.block.text,
                re.I,
            )
            if not label or earlier.block.section != block.section or earlier.block.is_bullet:
                continue
            above = _clean_title(earlier.block.text)
            names_employer = label.group(1).lower() in ("company", "organisation", "organization", "employer")
            if len(above) >= 3 and (names_employer or not find_date_ranges(earlier.block.text)):
                return above, "dated line"
    previous = segments[index - 1].block if index else None
    if (
        previous is not None
        and previous.section == block.section
        and not previous.is_bullet
        and previous.line >= block.line - 2
        and _short_title_line(previous.text)
        and re.search(r"[^\W\d_]", previous.text)
        and (not previous.text.endswith(".") or ABBREVIATION_END.search(previous.text))
        and not find_date_ranges(previous.text)
        and not _looks_like_heading(previous.text)
        and not LABELLED_LIST.match(previous.text)
        and not COLUMN_HEADER.match(previous.text)
    ):
        if not use_previous:
            return None, "dated line"
        # "Senior Engineer, Storage" on the line above "Acme Corp   Jan 2022 – Present"
        above = _clean_title(previous.text)
        if len(title) < 3 and index >= 2 and _employer_line(previous.text, segments[index - 2].block.text):
            # "Analytics Engineer" / "Orchard Financial, Denver, CO" / "July 2025 – Present": the
            # title is the line above the employer's
            higher = segments[index - 2].block
            if (
                higher.section == block.section
                and not higher.is_bullet
                and higher.line >= block.line - 3
                and len(higher.text.split()) <= TITLE_LINE_MAX_WORDS
                and not higher.text.endswith(".")
                and not find_date_ranges(higher.text)
                and not _looks_like_heading(higher.text)
            ):
                return f"{_clean_title(higher.text)} — {above}", "dated line"
        if facts_vocabulary().location_line.match(previous.text.strip()) and index >= 2:
            # "Engineer, Cardwell — Jersey" / "City, NJ" / "Jun 2018 – Feb 2022" (a wrapped PDF line)
            higher = segments[index - 2].block
            if higher.section == block.section and not higher.is_bullet and higher.line >= block.line - 3:
                above = f"{_clean_title(higher.text)} {previous.text.strip()}"
        return (f"{above} — {title}" if len(title) >= 3 else above), "dated line"
    if len(title) >= 3:
        return title, "dated line"
    following: list[Block] = []
    for later in segments[index + 1 : index + 3]:
        if later.block.section != block.section or later.block.is_bullet:
            break  # the job's bullets, or another section: no title after them
        following.append(later.block)
    for at, candidate in enumerate(following):
        if facts_vocabulary().location_line.match(candidate.text.strip()):
            continue
        if len(candidate.text.split()) <= TITLE_LINE_MAX_WORDS:
            after = following[at + 1] if at + 1 < len(following) else None
            if (
                after is not None
                and after.line == candidate.line + 1
                and len(after.text.split()) <= TITLE_LINE_MAX_WORDS
                and not find_date_ranges(after.text)
                and _employer_line(candidate.text, after.text)
            ):
                # "02/2018 – 01/2022" / "Kingsbury Toyota, Wendouree" / "Light Vehicle Technician"
                return f"{_clean_title(after.text)} — {_clean_title(candidate.text)}", "table"
            return _clean_title(
                candidate.text
            ), "table"  # "2019 – 2021" on its own line above "Engineer, Acme"
        break
    return title, "dated line"


# a table's header row read as a line: "Dates | Employer / Position | Key duties and achievements"
COLUMN_LABEL = (
    r"(?:dates?|period|years?|employer|company|organi[sz]ation|position|role|job title|title|duties|"
    r"key duties(?: and achievements)?|main work|main duties|main tasks|responsibilities|achievements|"
    r"location)"
)
# "Period  Company / Role  Main work": a PDF table's header row, its cells parted by spaces
COLUMN_HEADER = re.compile(rf"^{COLUMN_LABEL}(?:\s*[|/]\s*{COLUMN_LABEL}|\s+{COLUMN_LABEL})+$", re.IGNORECASE)


def _employer_line(text: str, title_line: str) -> bool:
    """Is ``text`` the employer's line beside the title line ``title_line`` (above it, or below it
    under a date range): "Orchard Financial, Denver, CO", or a line naming no job title beside one
    that does ("Chef de Partie (Sauce)" / "Grisedale House Hotel (2 AA Rosettes), Grasmere")?"""
    if _employer_and_place(text):
        return True
    return _names_a_title(title_line) and not _names_a_title(text)


def _names_a_title(text: str) -> bool:
    """Does the line name a job title: a title a field knows, or a short line ending in a title's
    last word ("Senior Technician")?"""
    if any(m.is_title for m in field_mentions(text)):
        return True
    # "Senior Technician", "Grade 2 Educator (PL1)": a short line without a comma ending in a title word
    role = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip()
    return "," not in role and len(role.split()) <= 6 and head_noun(role) in title_heads()


def _employer_and_place(text: str) -> bool:
    """ "Orchard Financial, Denver, CO": an employer's name followed by where it is."""
    name, _, place = text.partition(",")
    return (
        bool(name.strip() and place.strip())
        and facts_vocabulary().location_line.match(place.strip()) is not None
    )


def _titles_per_range(text: str, found: Sequence[DateRange]) -> list[str] | None:
    """One title per range when each range follows its own title: "Software Engineer (Apr 2023 -
    May 2024), Associate Software Engineer (May 2022 - Mar 2023)"; None when the ranges share one
    ("Summers 2015 & 2016")."""
    titles, position = [], 0
    for date_range in found:
        at = text.find(date_range.text, position)
        if at < 0:
            return None
        titles.append(_clean_title(text[position:at]).strip("(), "))
        position = at + len(date_range.text)
    return titles if all(len(re.sub(r"[^A-Za-z]", "", t)) >= 3 for t in titles) else None


def _kind(kind: str, title: str, section: str, segments: Sequence[Segment], index: int) -> str:
    vocab = facts_vocabulary()
    if kind == "job" and section not in ENTRY_SECTIONS and parse_degree(title):
        return "education"  # "BSc Computer Science, TU Berlin 2012 – 2016" under no heading
    if kind != "job":
        return kind
    following = segments[index + 1].block if index + 1 < len(segments) else None
    below = following.text if following is not None and not following.is_bullet else ""
    if vocab.study_role.search(title) or vocab.study_job.search(title + " " + below):
        return "internship"  # an intern, a Werkstudent, a part-time job "during nursing school"
    if cue_set("not_employment").search(title):
        return "other"  # "Career break (caregiving), Mar 2019 – Dec 2020"
    return kind
