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
class Scale:
    """A size named in a line (jobmatch/scales.py): ``value`` people, ``value`` units of
    ``currency`` (not converted), or a tally of ``value`` logged things of one ``unit``."""

    kind: str  # people | money | tally
    value: float
    text: str
    start: int
    end: int
    currency: str = ""
    unit: str = ""  # a tally's unit ("dives", "flight hours"): counts compare only within one


@dataclass(frozen=True)
class YearsRange:
    """Years of experience asked for: ``2-12+ years`` is min 2, max None (open)."""

    min: float
    max: float | None
    text: str
    skills: tuple[str, ...] = ()  # the skills the years are of ("5+ years of Python")
    concepts: tuple[str, ...] = ()  # or the domain ("2+ years of software development")
    fields: tuple[
        str, ...
    ] = ()  # or the field of work ("as a data engineer", "of general ledger accounting")
    terms: tuple[str, ...] = ()  # or literal search keys ("of closing experience in B2B software")
    # the job titles asked as the role held ("as a Project Manager", "of RN experience"): then only
    # jobs of that role count, and a close field only in the same line of work ("designer")
    roles: tuple[str, ...] = ()
    # the regions or countries the years must be spent in ("3 years in Saudi Arabia or the GCC",
    # "2 years of UK experience"; data/regions.yaml): only jobs whose lines name a place there count
    regions: tuple[str, ...] = ()
    # "3 years' post-qualification experience", "4 years post-trade": only work after the
    # candidate qualified counts
    after_qualifying: bool = False


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
    # "an electrical apprenticeship or an associate degree": the degree is one way to meet the line,
    # what the line names before it the other
    or_named: bool = False
    # "at least 2nd year college level", "2 years of college", "college level": the year of college
    # reached that is enough (a degree under way that far meets it; 0: not asked so)
    college_stage: int = 0


TERM_KINDS = ("skill", "term", "language", "credential", "competency", "concept")


@dataclass(frozen=True)
class Term:
    """One thing a requirement line asks for, as the posting names it.

    ``kind`` says which checker judges it: a taxonomy ``skill`` (``id`` is its canonical id), a
    literal ``term`` the taxonomy does not know (searched in the résumé by ``keys``), a spoken
    ``language`` (with the ``level`` asked), a ``credential`` (certification, licence), a
    ``competency`` (communication, negotiation ...) or a taxonomy ``concept``."""

    kind: str
    id: str
    text: str  # as written in the posting
    keys: tuple[str, ...] = ()  # normalised search phrases (literal terms and credentials)
    level: str | None = None  # a spoken language's level asked for ("c1"), else None


@dataclass(frozen=True)
class TermGroup:
    """Terms judged together: ``need`` of them must be shown (1: any one; "two or more of": 2).

    A line's "A, B and C" is three groups of one. ``examples``: the terms only illustrate a kind
    ("such as", "e.g."), so another of the same kind partly meets the group. ``detail``: the group
    elaborates the line's main thing ("PostgreSQL: schema design, indexing") - evidence for it
    helps, its absence alone does not fail the line."""

    terms: tuple[Term, ...]
    need: int = 1
    examples: bool = False
    detail: bool = False

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(term.id for term in self.terms)


def _is_taxonomy_skill(term: Term) -> bool:
    return term.kind in ("skill", "language", "credential") and not term.id.startswith("term:")


@dataclass(frozen=True)
class RecentWindow:
    """How recent the proof of some of a line's terms must be: ``months`` back from today, for the
    terms written in ``clause`` ("your CPR and LVR need to have been done within the last 12
    months", not the White Card the line asks for before)."""

    months: int
    clause: str


@dataclass(frozen=True)
class Requirement:
    id: str
    text: str
    bucket: str  # minimum | preferred
    kinds: tuple[
        str, ...
    ]  # skill, experience, education, domain, soft, language, credential, condition, other
    groups: tuple[TermGroup, ...]  # what the line names, grouped (all of the groups are asked for)
    years: YearsRange | None
    degree: DegreeRequirement | None
    refers_to_areas: bool
    heading: str
    line: int
    cue: str | None = None  # the phrase that moved it to preferred ("is a plus")
    sub_years: tuple[YearsRange, ...] = ()  # "including at least 2 years in Go": further years asked
    asks_experience: bool = False  # "experience with", "hands-on", "in production": listing is not enough
    condition: str | None = None  # not shown by a résumé (travel, work authorisation ...): why
    # a way of working asked as experience ("experience of an on-call rota"): jobs show it, it counts
    condition_shown: bool = False
    asks_basic: bool = False  # "basic understanding of", "familiarity with": a hedged mention will do
    scale: Scale | None = None  # "a team of 20+", "projects over €20m": a size asked for
    recent: RecentWindow | None = None  # "CPR renewed within the last 3 years": how recent the proof must be

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group.terms)

    @property
    def skills(self) -> tuple[str, ...]:
        """Every taxonomy skill id the line names, in order (credentials and languages too)."""
        return tuple(dict.fromkeys(t.id for t in self.terms if _is_taxonomy_skill(t)))

    @property
    def all_of(self) -> tuple[str, ...]:
        """Taxonomy skills asked for outright (groups of one that are not details)."""
        return tuple(
            dict.fromkeys(
                g.terms[0].id
                for g in self.groups
                if len(g.terms) == 1 and not g.examples and not g.detail and _is_taxonomy_skill(g.terms[0])
            )
        )

    @property
    def any_of(self) -> tuple[tuple[str, ...], ...]:
        """The taxonomy skills of each group any one member of which will do."""
        groups = []
        for group in self.groups:
            if len(group.terms) > 1 or group.examples:
                ids = tuple(t.id for t in group.terms if _is_taxonomy_skill(t))
                if ids:
                    groups.append(ids)
        return tuple(groups)

    @property
    def examples(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(t.id for t in g.terms if _is_taxonomy_skill(t)) for g in self.groups if g.examples)

    @property
    def concepts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.id for t in self.terms if t.kind == "concept"))


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
    # The fields of work the job belongs to, by its title and duties (ids of data/fields.yaml,
    # broader fields included: a backend job is in software-engineering too). For "N years as a
    # data engineer": sum the jobs whose fields include the posting line's fields.
    fields: tuple[str, ...] = ()
    # How the entry was read: "dated line" (a title or employer line with dates), "table" (dates in
    # a cell of their own), "bullet" (a job written inside a bullet: "Worked with X from ... to ...")
    method: str = "dated line"


@dataclass(frozen=True)
class Education:
    """A degree named in the résumé, with its level, fields of study and whether it is held.

    ``status`` is "completed", "expected" (a graduation date after the as-of date, "Expected May
    2027") or "in_progress" ("pursuing", a range to present): only a completed degree is held.
    ``level`` is None for a qualification that is no degree level (a diploma, "HSC (Commerce)")."""

    level: str | None
    fields: tuple[str, ...]
    text: str
    line: int
    status: str = "completed"
    degree: str = ""  # the degree as written: "B.Tech", "LL.M.", "Zweite Juristische Staatsprüfung"
    year: int | None = None  # the year it was (or will be) completed, when the line gives one
    section: str = "education"  # where it was read (a degree line above a late "Education" heading too)


@dataclass(frozen=True)
class StatedYears:
    """A figure of years the résumé states itself: "Total experience: 4.5 years" (a labelled total),
    "8+ years of experience" or "twelve years in commercial banking" (a phrase in the summary)."""

    years: float
    phrase: str  # the figure as written ("4.5 years", "Fourteen years")
    text: str  # the line
    line: int
    section: str
    labelled_total: bool  # written as the total ("Total experience:"), not a phrase in a summary
    fields: tuple[str, ...] = ()  # fields of work the phrase names ("5+ years of full-cycle recruiting")


@dataclass(frozen=True)
class TotalExperience:
    """Total professional experience, how it was read and from which line.

    ``years`` is None when it is unknown (no dated job and no stated figure), never 0 then.
    ``method`` says how it was read: "dated jobs" (the union of the jobs' date ranges, internships
    and education excluded), "stated total" (no dated jobs), "stated total, over dated jobs" (a
    labelled total, or a stated figure well above incomplete dates, won over the dates),
    "dated jobs, over stated total" (both given; the dates won), or "unknown"."""

    years: float | None = None
    method: str = "unknown"
    evidence: str = ""  # the line it was read from (the stated figure's, or the first dated job's)
    line: int | None = None
    dated_years: float | None = None  # the dated jobs' union, when there are dated jobs
    stated_years: float | None = None  # the stated figure, when there is one
    jobs: int = 0  # dated professional jobs counted


@dataclass(frozen=True)
class SkillYears:
    """Years with one skill from a skills block or table: "JAVA- Experience - 21 months" is 1.75
    years, "Python (5 yrs)" 5. "Less than 1 year" is ``years`` 1.0 with ``less_than`` True (under a
    year: meets no requirement of one year or more)."""

    term: str  # the skill as written ("Kubernetes / OpenShift")
    skill: str | None  # its taxonomy id, when the term is a known skill
    years: float
    less_than: bool
    text: str  # the line
    line: int
    method: str = "skills block"  # or "skills list" ("Angular (4 yrs)"), "skills table"


@dataclass(frozen=True)
class SpokenLanguage:
    """A language the candidate speaks, with the level on jobmatch.languages.LEVELS (A1 ... C2,
    native) or None when the résumé gives none. ``method``: "languages section" (a languages list
    or heading), "stated with a level" (a line elsewhere: "Bilingual (English/Spanish)"), or
    "written in" (the language the résumé itself is written in counts at C1 at least)."""

    language: str  # id in data/languages.yaml (ISO 639-1, else 639-3)
    name: str
    level: str | None
    text: str
    line: int | None
    method: str


@dataclass(frozen=True)
class Credential:
    """A certification, licence, registration, exam or clearance with its state.

    ``state``: "held", "expired", "in_progress" (candidate, studying, application filed),
    "booked" (exam scheduled or class registered), "eligible" ("CPA-eligible") or "planned".
    Only "held" meets a requirement. A credential dated after the as-of date is not held yet."""

    name: str  # as written, without the state words ("Certified Kubernetes Administrator (CKA)")
    state: str
    date: str | None  # YYYY-MM or YYYY: when obtained, or when booked/expected
    text: str  # the line
    line: int
    cue: str | None = None  # the words that set the state ("exam scheduled", "expires 10/2027")
    expires: str | None = None  # YYYY-MM or YYYY, when the line gives an expiry


@dataclass(frozen=True)
class DocumentLanguage:
    """The language a résumé is written in (stop-word profiles), or None when it cannot tell."""

    language: str | None = None
    name: str = ""
    confidence: float = 0.0


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
    # Facts read as real résumés write them (jobmatch/facts.py), each with its line:
    experience: TotalExperience = TotalExperience()  # total years, how read (dated jobs / stated)
    stated_years: tuple[StatedYears, ...] = ()  # every stated figure, first first
    skill_years: tuple[SkillYears, ...] = ()  # years per skill from skills blocks and tables
    languages: tuple[SpokenLanguage, ...] = ()  # spoken languages with levels
    credentials: tuple[Credential, ...] = ()  # certifications and licences with their state
    written_in: DocumentLanguage = DocumentLanguage()
    warnings: tuple[str, ...] = ()  # said in every report ("the résumé appears to be in French ...")
    # Hashes that identify the person (e-mail, phone) and the text, for flagging two files of one
    # résumé in `screen`; computed before redaction, never the values themselves.
    identity: tuple[str, ...] = ()
