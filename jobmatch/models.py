"""Frozen result types shared by the stages. Plain data: no spaCy objects past extraction."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from jobmatch.errors import InputError

MINIMUM, PREFERRED = "minimum", "preferred"


@dataclass(frozen=True)
class SkillMention:
    """A skill found in a text: character offsets, the text as written, the canonical id."""

    start: int
    end: int
    text: str
    skill: str


@dataclass(frozen=True)
class YearsRange:
    """Years of experience asked for: ``2-12+ years`` is min 2, max None (open)."""

    min: float
    max: float | None
    text: str
    skills: tuple[str, ...] = ()  # the skills the years are of ("5+ years of Python")
    concepts: tuple[str, ...] = ()  # or the domain ("2+ years of software development")


@dataclass(frozen=True)
class DegreeRequirement:
    level: str | None  # lowest acceptable: associate, bachelor, master, phd (None: any degree)
    levels: tuple[str, ...]
    fields: tuple[str, ...]
    equivalent_experience: bool
    text: str
    # Degree-dependent years, when the line offers them as alternatives ("BS with 5+ years, or
    # MS with 3+ years, or PhD"): (level, years) pairs, lowest level first; () otherwise.
    alternatives: tuple[tuple[str, float], ...] = ()
    # "or 6+ years of equivalent experience": the years that stand in for the degree (None: the
    # scoring configuration's default)
    equivalent_years: float | None = None


@dataclass(frozen=True)
class Requirement:
    id: str
    text: str
    bucket: str  # minimum | preferred
    kinds: tuple[str, ...]  # skill, experience, education, domain, soft, other
    skills: tuple[str, ...]  # every skill id the line names, in order
    all_of: tuple[str, ...]  # skills required outright
    any_of: tuple[tuple[str, ...], ...]  # groups satisfied by any one member
    examples: tuple[tuple[str, ...], ...]  # the any-of groups that only give examples ("like Go, Java etc")
    concepts: tuple[str, ...]
    years: YearsRange | None
    degree: DegreeRequirement | None
    refers_to_areas: bool
    heading: str
    line: int
    cue: str | None = None  # the phrase that moved it to preferred ("is a plus")


@dataclass(frozen=True)
class ContextSkill:
    """A skill named outside the requirements (org blurb, responsibilities): not required."""

    skill: str
    text: str
    section: str
    line: int


@dataclass(frozen=True)
class Area:
    """A team or area a posting lists ("Data Platform - ...") with the systems it names."""

    name: str
    text: str
    skills: tuple[str, ...]
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class Posting:
    source: str
    format: str
    title: str
    minimum: tuple[Requirement, ...]
    preferred: tuple[Requirement, ...]
    context_skills: tuple[ContextSkill, ...] = ()
    areas: tuple[Area, ...] = ()
    sections: tuple[str, ...] = field(default=())  # headings seen, for the report

    @property
    def requirements(self) -> tuple[Requirement, ...]:
        return self.minimum + self.preferred


NO_REQUIREMENTS = (
    "no requirements found: jobmatch looks for a heading such as 'Requirements', 'Qualifications', "
    "'What you'll need', 'Must have' (minimum) or 'Preferred qualifications', 'Nice to have' "
    "(preferred), on a line of its own; put one above the requirements (e.g. a line "
    "'Requirements' or '## Requirements') and run again"
)


def no_requirements_reason(posting: Posting) -> str:
    """Why nothing can be scored, with the headings the posting does have (what to rename)."""
    if not posting.sections:
        return NO_REQUIREMENTS + "; no headings were found in it"
    found = ", ".join(repr(heading) for heading in posting.sections[:8])
    return NO_REQUIREMENTS + f"; headings found: {found}"


def require_requirements(posting: Posting) -> Posting:
    """Refuse to score against a posting with nothing to score: every résumé would get 0."""
    if not posting.requirements:
        raise InputError(posting.source, no_requirements_reason(posting))
    return posting


def to_dict(value: Any) -> Any:
    """A result as plain JSON-able data (dataclasses, tuples and all)."""
    return asdict(value)


@dataclass(frozen=True)
class Evidence:
    """A résumé line quoted as evidence, with where it was found."""

    text: str
    section: str
    line: int
    position: int | None = None  # index into Resume.positions when the line belongs to a job


@dataclass(frozen=True)
class SkillEvidence:
    skill: str
    mention: str
    evidence: Evidence
    strength: float  # 1.0 used in a job ... 0.4 hedged ("familiar with")
    hedged: bool = False


@dataclass(frozen=True)
class ConceptEvidence:
    concept: str
    mention: str
    evidence: Evidence
    named: bool  # the concept's own phrase ("distributed systems"), not indirect evidence
    strength: float


@dataclass(frozen=True)
class Position:
    """A dated entry: a job, an internship, a degree or a project."""

    title: str
    start: str  # YYYY-MM
    end: str  # YYYY-MM or "present"
    months: int
    kind: str  # job | internship | education | project | other
    section: str
    line: int


@dataclass(frozen=True)
class Education:
    level: str | None
    fields: tuple[str, ...]
    text: str
    line: int


@dataclass(frozen=True)
class Contact:
    name: str | None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    location: str | None = None


@dataclass(frozen=True)
class WordIndex:
    """A résumé's distinct words, normalised as rapidfuzz's ``default_process`` would, with the
    line each first appears on: what fuzzy matching compares a skill's spelling with. Built once
    when the résumé is parsed (and cached with it) so a re-screen does not re-read every line."""

    words: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()


@dataclass(frozen=True)
class Resume:
    source: str
    format: str
    contact: Contact
    as_of: str  # the date "Present" resolved to
    total_years: float  # union of professional job ranges (internships, education excluded)
    positions: tuple[Position, ...]
    skills: tuple[SkillEvidence, ...]
    concepts: tuple[ConceptEvidence, ...]
    education: tuple[Education, ...]
    sections: tuple[str, ...]  # section categories found, in order
    position_skills: tuple[tuple[str, ...], ...] = ()  # per position: skill ids its lines name
    position_concepts: tuple[tuple[str, ...], ...] = ()  # per position: concepts it evidences
    lines: tuple[Evidence, ...] = ()  # every content line, for fuzzy look-ups and quoting
    words: WordIndex = WordIndex()  # the lines' words, for fuzzy look-ups
