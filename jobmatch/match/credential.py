"""Checker for a credential (certification, licence, registration, card): named on a line that
is about credentials (a Certifications section, or "certified", "licence", "exam" on the line),
and held: one booked, in progress or expected does not meet it (unless the line accepts that,
"or CPA-eligible"), one lapsed meets it in part; the report says which and why."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from jobmatch.cues import cue_set
from jobmatch.facts import CREDENTIALS_FILE, credential_vocabulary, expired_by
from jobmatch.match.grades import graded_name, lower_grade_in, lower_grade_named, other_grade_named
from jobmatch.match.lines import ACCEPTS_PENDING, credential_state, find_acronym, pending_accepted_for
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.match.versions import other_release
from jobmatch.models import Evidence, Requirement, Term
from jobmatch.resources import alternation, check_keys, load_data, string_list
from jobmatch.terms import term_vocabulary
from jobmatch.textnorm import is_named, normalize

# Credential states read by jobmatch.facts, as this checker weighs them
FACT_STATES = {
    "held": "held",
    "expired": "lapsed",
    "in_progress": "pending",
    "booked": "pending",
    "eligible": "pending",
    "planned": "pending",
}


def fact_state(term: Term, profile: Profile, index: int) -> tuple[str, str] | None:
    """The state ``jobmatch.facts`` read for the credential on this line, if it read one: the fact
    whose name holds the term's words, or the line's only fact."""
    number = profile.lines[index].line
    facts = [c for c in profile.resume.credentials if c.line == number]
    if not facts:
        return None
    named = [c for c in facts if _names(c.name, term, _spellings(term, profile))]
    if not named:
        return None  # the line's credential is another one ("Forklift certified" beside "GD&T")
    fact = named[0]
    segment = _segment(profile.lines[index].text, term, _spellings(term, profile))
    # an expiry cue carries the date as facts wrote it ("valid to 2025-03" for "valid to 03/2025")
    cue_words = EXPIRY_DATE.sub("", fact.cue or "")
    if cue_words and cue_words.lower() not in segment.lower():
        # "Engineer in Training (EIT), 2017 — PE exam scheduled": the cue is another credential's
        return "held", ""
    cue = fact.cue or fact.state.replace("_", " ")
    return FACT_STATES.get(fact.state, "held"), cue


EXPIRY_DATE = re.compile(r"\s+\d{4}(?:-\d\d)?$")
ITEM_BREAK = re.compile(r"[|;•·]|\s[—–]\s")
COURSE = re.compile(
    r"\b(?:course|courses|coursework|training|workshop|webinar|class|orientation|induction|seminar|bootcamp)\b",
    re.IGNORECASE,
)
CERTIFIED = re.compile(r"\bcertifi|\blicen[cs]|\bregist", re.IGNORECASE)
# "Rand Lift Training Academy", "Safety Training Centre": a provider's name, not a course taken
PROVIDER_AFTER = re.compile(
    r"\s+(?:academy|centre|center|institute|college|school|solutions|services|company|provider|pty|ltd|"
    r"limited|gmbh|group)\b",
    re.IGNORECASE,
)


def _state_of(segment: str, profile: Profile) -> tuple[str, str]:
    """The state its words give a credential, or lapsed by a written expiry date that has passed
    ("BLS (American Heart Association) — valid to 03/2025")."""
    state, cue = credential_state(segment)
    if state == "held":
        expired = expired_by(segment, profile.as_of)
        if expired is not None:
            return "lapsed", expired
    return state, cue


def _spellings(term: Term, profile: Profile) -> tuple[str, ...]:
    """How the résumé may write the term: as the posting does, or by its taxonomy name or an alias
    ("EIT" for the posting's "EIT certification", "GD&T" for "Geometric Dimensioning & Tolerancing")."""
    key = ("credential spellings", term.id, term.text)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    names = [term.text, *(k.strip() for k in term.keys)]
    skill = profile.taxonomy.skills.get(term.id)
    if skill is not None:
        names += [skill.name, *skill.aliases]
    found = profile.cache[key] = tuple(dict.fromkeys(n.lower() for n in names if n and n.strip()))
    return found


HARD_BREAK = re.compile(r"[|•·]")
# words of a credential's name that say what kind of thing it is, not which one
NAME_FILLERS = frozenset(
    normalize(
        "a an the of and or licence license licensed certification certificate "
        "certified credential registration registered active valid current"
    ).split()
)

MEDICAL = normalize("medical").strip()
FITNESS = frozenset(normalize("fitness fit").split())


def _segment(text: str, term: Term, spellings: tuple[str, ...] = ()) -> str:
    """The item of a list line that names the term ("GD&T" in "Blueprint reading | GD&T |
    Forklift certified"), or the whole line when it cannot tell. A part after ";" or a dash stays
    with the term unless it names another credential: "CPA exam: passed FAR; REG in progress" is
    one item, "EIT, 2017 — PE exam scheduled" two."""
    lowered = text.lower()
    for key in spellings or (term.text.lower(), *(k.strip() for k in term.keys)):
        found = re.search(rf"(?<!\w){re.escape(key)}(?!\w)", lowered) if key else None
        if found is None:
            continue
        at = found.start()
        begin = max([0, *(m.end() for m in ITEM_BREAK.finditer(text, 0, at))])
        scan, end = found.end(), len(text)
        while (brk := ITEM_BREAK.search(text, scan)) is not None:
            following = ITEM_BREAK.search(text, brk.end())
            piece = text[brk.end() : following.start() if following else len(text)]
            # (a table row's next cell that opens with a state is the credential's own:
            # "GhIE membership | Application submitted Sept 2026")
            if (HARD_BREAK.match(brk.group()) and not _states_first(piece)) or (
                _names_another(piece, spellings) and not _states_first(piece)
            ):
                end = brk.start()
                break
            scan = brk.end()
        return text[begin:end]
    return text


def _states_first(piece: str) -> bool:
    """ "BQSM – not registered yet (will apply for Graduate QS registration ...)": a part that opens
    with a state speaks of the credential before it, whatever else it names."""
    state, cue = credential_state(piece)
    return state != "held" and piece.lower().lstrip(" ([").startswith(cue.lower())


GRADE_WORDS = r"(?:associate|junior|assistant|apprentice|trainee|foundation|foundational|entry[- ]level)"
# before a credential's name on a résumé line: "Associate Professional in ...", "aPHR"
LOWER_GRADE = re.compile(rf"(?:\b{GRADE_WORDS}\s+|(?<![\w-])a(?=[A-Z]{{2,}}))$", re.IGNORECASE)
# at the start of a taxonomy alias: "associate professional in human resources"
LOWER_GRADE_WORD = re.compile(rf"{GRADE_WORDS}\s+")


def _lower_grade(text: str, spellings: tuple[str, ...]) -> str | None:
    """The lower grade a line holds instead of the credential ("aPHR (Associate Professional in
    Human Resources)" for PHR, "Associate Project Manager" certificate for a project manager
    one): every place the line names the credential follows a grade word. None otherwise."""
    grades = []
    for spelling in spellings:
        for found in re.finditer(rf"(?<![^\W\d_]){re.escape(spelling)}(?!\w)", text, re.IGNORECASE):
            before = LOWER_GRADE.search(text[max(0, found.start() - 20) : found.start()])
            if before is None:
                return None
            grades.append(text[found.start() - len(before.group()) : found.end()])
    return grades[0].strip() if grades else None


def _lower_grade_shown(term: Term, name: str, line: Evidence, grade: str, gap: str = "") -> PartVerdict:
    """The credential held at a lower grade: partly, said as such."""
    return _shown(
        term,
        name,
        line,
        PARTIAL,
        f"{name}: a lower grade of it held, {grade} (“{line.text[:90]}”)",
        strength=0.5,
        gap=gap or f"{name} (the {grade} grade is held)",
        suggestion=f"The posting asks for {name} itself; give its date if you hold it.",
    )


def _lower_grade_held(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict | None:
    """A lower grade of the credential, held: a taxonomy credential named as a grade word plus
    one of the term's names ("aPHR", alias "associate professional in human resources", for PHR),
    or the term's name at a lower grade of a ladder ("OSHA 10-Hour" for "OSHA 30-Hour")."""
    spellings = _spellings(term, profile)
    name = profile.name(term.id) if term.id in profile.taxonomy.skills else term.text
    laddered = lower_grade_named([graded_name(requirement.text, term.text), name], profile)
    if laddered is not None:
        return _lower_grade_shown(term, name, *laddered)
    for skill_id in _lower_grades(term.id, spellings, profile):
        lower = Term(kind="credential", id=skill_id, text=profile.name(skill_id))
        found = [i for i in _lines(lower, profile) if _about_credentials(profile, i, lower)]
        held = [i for i in found if credential_state(profile.lines[i].text)[0] == "held"]
        if held:
            line = profile.lines[sorted(held, key=_rank(profile))[0]]
            return _lower_grade_shown(
                term, name, line, lower.text, f"{name} ({lower.text}, a lower grade, is held)"
            )
    return None


def _lower_grades(term_id: str, spellings: tuple[str, ...], profile: Profile) -> list[str]:
    """Taxonomy credentials that are a grade below the term: an alias that is a grade word and
    one of the term's names."""
    index = _GRADED.get(id(profile.taxonomy))
    if index is None:
        index = {}
        for skill in profile.taxonomy.skills.values():
            for alias in skill.aliases:
                grade = LOWER_GRADE_WORD.match(alias.lower())
                if grade is not None:
                    index.setdefault(alias.lower()[grade.end() :], []).append(skill.id)
        _GRADED.clear()  # one taxonomy per process in practice; never grows past one
        _GRADED[id(profile.taxonomy)] = index
    found = (skill_id for spelling in spellings for skill_id in index.get(spelling, ()))
    return [skill_id for skill_id in dict.fromkeys(found) if skill_id != term_id]


# graded alias ("associate professional in human resources" -> the rest -> ids), per taxonomy
_GRADED: dict[int, dict[str, list[str]]] = {}


def _names_another(piece: str, spellings: tuple[str, ...]) -> bool:
    """Does a part of a line name a credential other than the term ("PE exam scheduled")?"""
    lowered = piece.lower()
    return any(
        not any(m.group().lower() in s or s in m.group().lower() for s in spellings)
        for m in credential_vocabulary().known.finditer(piece)
    ) and not any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", lowered) for s in spellings if s)


def _about_credentials(profile: Profile, index: int, term: Term) -> bool:
    line = profile.lines[index]
    lowered = line.text.lower()
    spellings = _spellings(term, profile)
    return (
        line.section == "certifications"
        # a name that says the status itself: "GPhC-registered pharmacist", "licensed pharmacist"
        or any(
            CERTIFIED.search(s) and not _of_people(s) and re.search(rf"(?<!\w){re.escape(s)}(?!\w)", lowered)
            for s in spellings
        )
        or _credential_cue(_near_term(_segment(line.text, term, spellings), spellings))
        or any(c.line == line.line and _names(c.name, term, spellings) for c in profile.resume.credentials)
        or (line.section == "education" and _heads_the_entry(lowered, spellings))
        or _issuer_of_the_line_before(profile, index)
    )


def _issuer_of_the_line_before(profile: Profile, index: int) -> bool:
    """A short line under a credential held, in the same list: the body that issued it
    ("Registered Veterinary Nurse – reg. no. 2719, practising certificate valid to 2027" above
    "Allied Veterinary Professional Regulatory Council (AVPRC)")."""
    if index == 0:
        return False
    line, before = profile.lines[index], profile.lines[index - 1]
    return (
        line.section == before.section
        and line.section in ("certifications", "education")
        and len(line.text.split()) <= 10
        and _credential_cue(before.text)
        and credential_state(before.text)[0] == "held"
    )


# a year or a range of them before an education entry's name ("2010 N3 Electrical Engineering")
ENTRY_LEAD = re.compile(r"^[\s\W\d]*?(?:(?:19|20)\d\d\b[\s\W\d]*)?")


def _heads_the_entry(lowered: str, spellings: tuple[str, ...]) -> bool:
    """An education entry that is the qualification ("PGCE Primary (5-11), 2024", "2010 N3
    Electrical Engineering"): what the line starts with is what was obtained, not a course on it
    ("Bachelor of Accounting (CPA pathway)" names the CPA later, so it is no CPA)."""
    rest = lowered[ENTRY_LEAD.match(lowered).end() :]  # type: ignore[union-attr]
    return any(s and re.match(rf"{re.escape(s)}(?!\w)", rest) for s in spellings)


CUE_REACH = 40  # characters either side of a credential's name where a credential word speaks of it
SPELLED_OUT_REACH = 70  # a body's name spelled out before its letters in brackets


def _near_term(segment: str, spellings: tuple[str, ...]) -> str:
    """The part of a segment around the credential's name: in "Newly licensed CDL-A driver ...
    Willing to learn tanker work" the licence word is about the CDL, not about tanker work."""
    lowered = segment.lower()
    for spelling in spellings:
        found = re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", lowered) if spelling else None
        if found is not None:
            end = found.end() + CUE_REACH
            whole_word = re.match(r"\w*", segment[end:])  # "..., certified 2021": not cut at "certif"
            # "Member, Philippine Guidance and Counseling Association (PGCA)": the name spelled out
            # before its letters in brackets is the same name, the cue before it speaks of it too
            reach = CUE_REACH + (SPELLED_OUT_REACH if segment[: found.start()].endswith("(") else 0)
            return segment[max(0, found.start() - reach) : end + (whole_word.end() if whole_word else 0)]
    return segment


# "Assist registered nurses with ...", "Scheduled certified technicians": a cue before a plural
# person noun speaks of other people's credentials, not the candidate's
PEOPLE = re.compile(r"\s+[A-Za-z][a-z]+(?:ers|ors|ians|ists|ants|ents|ses|ics|als)\b(?!\s+[A-Z])")


def _of_people(spelling: str) -> bool:
    """ "registered nurses": a name for the people who hold it, not one's own licence."""
    return PEOPLE.match(" " + spelling.rsplit(None, 1)[-1]) is not None and " " in spelling


def _credential_cue(segment: str) -> bool:
    """A credential word in the segment that is about the candidate's own credential."""
    return any(
        PEOPLE.match(segment, match.end()) is None
        for match in cue_set("credential_context").finditer(segment)
    )


def _rank(profile: Profile) -> Callable[[int], tuple[bool, bool]]:
    """Lines to quote first: a Certifications section's, then others, a job's title line last
    ("Registered Nurse, Emergency Department, 2020 – Present" names the job, not the licence)."""
    job_lines = {p.line for p in profile.resume.positions}

    def key(index: int) -> tuple[bool, bool]:
        line = profile.lines[index]
        return line.section != "certifications", line.line in job_lines

    return key


def _names(name: str, term: Term, spellings: tuple[str, ...] = ()) -> bool:
    """Does a credential's name (as the résumé writes it) name the term, or is it one of the
    term's spellings ("RPh" for a pharmacist licence)?"""
    normal = normalize(name)
    keys = [k.strip() for k in (term.keys or (normalize(term.text),)) if k.strip()]
    named = any(k in normal for k in keys) or normalize(term.text) in normal
    return named or name.strip().lower() in spellings


def _lines(term: Term, profile: Profile) -> list[int]:
    """Lines naming the credential: its taxonomy mentions, its phrase, all of its name words in one
    line, or its acronym spelled out ("Certified Public Accountant" for CPA)."""
    found: list[int] = []
    for mention in profile.skills.get(term.id, []):
        index = profile.lines.index(mention.evidence) if mention.evidence in profile.lines else -1
        if index >= 0:
            found.append(index)
    for key in term.keys or (normalize(term.text),):
        found.extend(profile.find(key))
    named = tuple(
        dict.fromkeys(
            s for w in term.text.split() if is_named(w.strip("(),.;:"), True) for s in normalize(w).split()
        )
    )
    if named and not found:
        # "SAA battery endorsement": of the lines naming "SAA", the ones that also say which
        # ("SAA Battery Storage endorsement"), not another SAA accreditation
        by_name = profile.find_words(named, window=2)
        words = [s for s in normalize(term.text).split() if s not in NAME_FILLERS]
        shared = {i: sum(f" {w} " in profile.normal(i) for w in words) for i in by_name}
        found.extend(i for i in by_name if shared[i] == max(shared.values()))
    if not found:
        # "Texas adjuster" in "Texas All-Lines Adjuster License", "Texas bar" in "State Bar of
        # Texas": every word of the name, close together, in any order
        plain = tuple(dict.fromkeys(s for s in normalize(term.text).split() if s not in NAME_FILLERS))
        if MEDICAL in plain:  # "diving medical fitness certificate" is a "diving medical certificate"
            plain = tuple(s for s in plain if s not in FITNESS)
        if len(plain) >= 2:
            found.extend(profile.find_words(plain, window=3))
        if not found:
            found.extend(_by_its_tail(plain, profile))
    compact = "".join(c for c in term.text if c.isalnum())
    if compact.isupper() and compact.isalpha():
        # "PSW" after the name on the first line, "Personal Support Worker Certificate" under
        # Education: the spelled-out line says whether it is held
        found.extend(find_acronym(profile, compact.lower()))
    return list(dict.fromkeys(found))


ACCEPTS_WILLING = re.compile(
    r"\bwilling(?:ness)?\s+to\s+(?:obtain|get|acquire|undergo|complete|take|gain|work towards)\b",
    re.IGNORECASE,
)
WILLING = re.compile(r"\b(?:willing|keen|ready|prepared|eager|happy)\s+to\b", re.IGNORECASE)


def _willing_where_accepted(lines: list[int], profile: Profile, requirement: Requirement) -> Evidence | None:
    """A line naming the credential that says the candidate is willing to obtain it, when the
    requirement accepts that ("or willing to obtain one")."""
    if not ACCEPTS_WILLING.search(requirement.text):
        return None
    return next((profile.lines[i] for i in lines if WILLING.search(profile.lines[i].text)), None)


def _by_its_tail(plain: tuple[str, ...], profile: Profile) -> tuple[int, ...]:
    """ "Transport Canada Category 1 Medical": the issuer before the name may be left out
    ("Category 1 Medical - valid to 08/2027"). The name's last words, at least three or two with
    a number in them, so that a tail is still a name of its own, not a word like "medical"."""
    for drop in range(1, len(plain) - 1):
        tail = plain[drop:]
        if len(tail) >= 3 or any(c.isdigit() for w in tail for c in w):
            hits = profile.find_words(tail, window=2)
            if hits:
                return hits
    return ()


IN_DATE = re.compile(r"\bvalid (?:until|to|till|through)\b|\bexpir(?:es|y)\b", re.IGNORECASE)
LEARNER = re.compile(r"\b(?:trainee|student|apprentice|intern|provisional|learner)\b", re.IGNORECASE)


def _a_learners(text: str, term: Term, spellings: tuple[str, ...], requirement: Requirement) -> bool:
    """Is the credential held as a trainee, student or apprentice ("Pharmacy Technician Trainee",
    "Student Member"), where the line asks for the full one?"""
    segment = _segment(text, term, spellings)
    if FULL_STANDING.search(segment):
        return False  # "full member (MCSP) since 2023; student member 2020-2023": a student once
    return bool(LEARNER.search(segment)) and not LEARNER.search(requirement.text)


FULL_STANDING = re.compile(r"\b(?:full|chartered|fellow|associate)\s+member(?:ship)?\b|\bfellow\b", re.I)


# what a completed course gives: a certificate, an awareness card, the training itself ("GWO
# Advanced Rescue Training (ART)", "IOSH Managing Safely course")
COURSE_CERTIFICATE = re.compile(r"\bcertificates?\b|\bawareness\b|\btraining\b|\bcourses?\b", re.IGNORECASE)
EXAMINED = re.compile(r"\bcertifi(?:ed|cation)|\blicen[cs]|\bregist|\bchartered\b|\bexam", re.IGNORECASE)


BODY_AWARD = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:Level\s+\d\s+)?(?:Diploma|Certificate|Foundation|Advanced\s+Certificate|Award)\s+in\b"
)


def _a_bodys_award(text: str, spellings: tuple[str, ...], requirement: Requirement) -> bool:
    """ "ACCA Diploma in Accounting and Business", "CIMA Certificate in Business Accounting": a
    body's name right before one of its lesser awards, where the line asks for the body's own
    qualification, not for that award."""
    if re.search(r"\b(?:diploma|certificate|foundation|award)\b", requirement.text, re.IGNORECASE):
        return False
    for spelling in spellings:
        for found in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", text, re.IGNORECASE):
            if BODY_AWARD.match(text, found.end()):
                return True
    return False


def _a_course_certificate(line: str) -> bool:
    """ "Certificate in Lactation Management", "H2S awareness certificate holders": a certificate
    a course gives on completion, so the completed course is it; not a certification, licence or
    registration, which an exam or a body grants ("PMP certification": the prep course is not it)."""
    return COURSE_CERTIFICATE.search(line) is not None and EXAMINED.search(line) is None


def _a_course(text: str, term: Term, spellings: tuple[str, ...]) -> bool:
    """ "GD&T Fundamentals - online course, 2024": a course in the subject, no certificate of it."""
    segment = _segment(text, term, spellings).lower()
    for spelling in spellings:  # "Engineer in Training (EIT)": the name's own words are no course
        segment = segment.replace(spelling, " ")
    own = {w.lower() for w in re.findall(r"\w+", term.text)}  # "Class 2 Medical": its own "class"
    course = any(
        m.group().lower() not in own and not PROVIDER_AFTER.match(segment, m.end())
        for m in COURSE.finditer(segment)
    )
    # "BOSIET ..., Benguela Safety Training - valid until 09/2028": a certificate that runs out
    return course and CERTIFIED.search(segment) is None and IN_DATE.search(segment) is None


# a professional's own licence or registration, not a driving licence or a course's certificate
PROFESSIONAL_LICENCE = re.compile(
    r"\b(?:professional\s+licen[cs]e|practi[sc]ing\s+(?:licen[cs]e|certificate)|c[ée]dula|registration\s+(?:no|number)"
    r"|licen[cs]e\s+(?:no|number|#)|colegiad[oa]|approbation|carteira\s+profissional"
    r"|inscri(?:ção|cao|to|ta|t|te)\s+(?:na|no|à|a|au|à\s+l)|registo\s+profissional|tarjeta\s+profesional)",
    re.IGNORECASE,
)


def _asked_as_a_profession(requirement: Requirement, term: Term) -> bool:
    """ "Valid licence (cédula profissional) as oral hygienist": the term is the profession a
    licence or registration is held in."""
    frames = _standing_frames()
    if frames is None:
        return False
    plain = " ".join(re.sub(r"\([^()]*\)", " ", requirement.text).split())  # asides in brackets out
    name = re.compile(rf"(?<!\w){re.escape(term.text)}(?!\w)", re.IGNORECASE)
    for frame in frames.finditer(plain):
        after = re.split(r"[.;]", plain[frame.end() : frame.end() + 60 + len(term.text)], maxsplit=1)[0]
        if name.search(after):  # within the frame's own clause
            return True
    return False


@cache
def _standing_frames() -> re.Pattern[str] | None:
    """The frames that name a profession a standing is held in ("licence as", "registered as")."""
    frames = [" ".join(frame) for frame in term_vocabulary().standing_frames]
    return re.compile(rf"(?<!\w)(?:{alternation(frames)})(?!\w)", re.IGNORECASE) if frames else None


def _a_licence_in_the_profession(term: Term, profile: Profile, requirement: Requirement) -> Evidence | None:
    """A professional licence the résumé lists as held, where the licence asked "as" a profession
    is not named on it but the résumé's own title (its headline or a job title) is that profession
    ("Cédula profissional (ACSS) as Higienista Oral" under "Higienista Oral / Dental Hygienist"):
    likely the same licence written in another language, so partly, never met."""
    if not _asked_as_a_profession(requirement, term):
        return None
    word = re.compile(rf"(?<!\w){re.escape(term.text)}(?!\w)", re.IGNORECASE)
    titles = [p.title for p in profile.resume.positions if p.kind == "job"]
    titles += [line.text for line in profile.lines if line.section == "preamble"]
    if not any(word.search(title) for title in titles):
        return None
    for line in profile.lines:
        if PROFESSIONAL_LICENCE.search(line.text) and credential_state(line.text)[0] == "held":
            return line
    return None


def check_credential(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    name = profile.name(term.id) if term.id in profile.taxonomy.skills else term.text
    lines = _lines(term, profile)
    # "or current enrolment in the CBV program": a line saying it is under way speaks of the credential
    accepts_pending = ACCEPTS_PENDING.search(requirement.text) is not None
    relevant = sorted(
        (
            i
            for i in lines
            if _about_credentials(profile, i, term)
            or (accepts_pending and credential_state(profile.lines[i].text)[0] == "pending")
        ),
        key=_rank(profile),
    )
    # the résumé's own list of credentials says best what is held: "Tanker (N) endorsement - test
    # scheduled" there outweighs "tanker" in a sentence elsewhere
    listed = [i for i in relevant if profile.lines[i].section == "certifications"]
    relevant = listed or relevant
    if not relevant:
        willing = _willing_where_accepted(lines, profile, requirement)
        if willing is not None:  # "BDVL, or willing to obtain one": "willing to go for BDVL training"
            return _shown(
                term,
                name,
                willing,
                MET,
                f"{name}: the résumé says the candidate is willing to obtain it, which the line accepts "
                f"(“{willing.text[:90]}”)",
                strength=0.6,
            )
        asked = graded_name(requirement.text, term.text)
        higher = other_grade_named([asked], profile, higher=True)
        if higher is not None:  # "Black Belt" held for "Green Belt": more than asked
            line, grade = higher
            return _shown(
                term,
                name,
                line,
                MET,
                f"{name}: a higher grade held, {grade} (“{line.text[:90]}”)",
                strength=1.0,
            )
        lower = _lower_grade_held(term, profile, requirement)
        if lower is not None:
            return lower
        profession = _a_licence_in_the_profession(term, profile, requirement)
        if profession is not None:
            return _shown(
                term,
                name,
                profession,
                PARTIAL,
                f"{name}: a professional licence is listed (“{profession.text[:90]}”) and the résumé's "
                f"own title is {name}, but the licence does not name the profession as the posting does",
                strength=0.5,
                gap=f"{name} (the licence's profession)",
                suggestion=f"Name the profession on the licence line as the posting does ({name}).",
            )
        return PartVerdict(
            kind="credential",
            verdict=MISSING,
            reason=f"{name}: not found as a credential"
            + (f" (named only in “{profile.lines[lines[0]].text[:60]}”)" if lines else ""),
            missing=(term.id,),
            searched=(f"{name} (credential)",),
            gap=name,
            suggestion=f"If you hold {name}, list it under Certifications or Licences with its date.",
        )
    spellings = _spellings(term, profile)
    segments = {i: _segment(profile.lines[i].text, term, spellings) for i in relevant}
    states = [(fact_state(term, profile, i) or _state_of(segments[i], profile), i) for i in relevant]
    held = [i for (state, _), i in states if state == "held"]
    courses = [i for i in held if _a_course(profile.lines[i].text, term, spellings)]
    asked = graded_name(requirement.text, term.text)
    # "IGF Code Basic Training" for "an IGF Code Advanced certificate": a course of a lower grade
    courses_at_grade = [i for i in courses if not lower_grade_in(asked, segments[i])]
    if courses_at_grade and len(courses) == len(held) and _a_course_certificate(requirement.text):
        line = profile.lines[courses_at_grade[0]]
        return _shown(
            term,
            name,
            line,
            MET,
            f"{name}: the training a certificate of it is given for, completed (“{line.text[:90]}”)",
            strength=0.8,
        )
    if courses and not courses_at_grade and len(courses) == len(held):
        line = profile.lines[courses[0]]
        return _lower_grade_shown(term, name, line, str(lower_grade_in(asked, segments[courses[0]])))
    if courses and len(courses) == len(held):
        line = profile.lines[courses[0]]
        return _shown(
            term,
            name,
            line,
            MISSING,  # a recruiter asking for the certificate does not count the course toward it
            f"{name}: a course or training (“{line.text[:90]}”), not the credential itself",
            strength=0.25,
            gap=f"{name} (a course, not the credential)",
            suggestion=f"If you hold {name} itself, list it with its issuer and date.",
        )
    full = [i for i in held if _lower_grade(profile.lines[i].text, spellings) is None]
    # "IHRP Certified Associate (IHRP-CA)" for "IHRP Certified Professional": its other words
    # match, its grade is the one below
    graded = [i for i in full if lower_grade_in(asked, segments[i])]
    if graded and len(graded) == len(full):
        line = profile.lines[graded[0]]
        return _lower_grade_shown(term, name, line, str(lower_grade_in(asked, segments[graded[0]])))
    full = [i for i in full if i not in graded]
    # "Registered Pharmacy Technician Trainee" for a certified technician: a learner's standing
    learners = [i for i in full if _a_learners(profile.lines[i].text, term, spellings, requirement)]
    if learners and len(learners) == len(full):
        line = profile.lines[learners[0]]
        return _lower_grade_shown(
            term, name, line, "trainee", f"{name} (a trainee's or student's standing is held)"
        )
    # "ACCA Diploma in Accounting and Business" for "ACCA qualified": a lesser award of the body
    awards = [i for i in full if _a_bodys_award(profile.lines[i].text, spellings, requirement)]
    if awards and len(awards) == len(full):
        line = profile.lines[awards[0]]
        return _lower_grade_shown(
            term, name, line, "an award of the body", f"{name} (an award of the body, not its qualification)"
        )
    if full:
        line = profile.lines[full[0]]
        segment = segments[full[0]]
        passed = parts_passed().search(segment)
        if passed is not None and cue_set("credential_pending").search(segment[passed.end() :]):
            # "Unit IG1 passed (2025); IG2 booked for 2027": a part passed, the rest still to sit
            return _parts_passed(term, name, line, passed.group())
        release = other_release(requirement.text, line.text)
        if release is not None:  # "HLTAID009" held where "HLTAID011" is asked: a release superseded
            return _lower_grade_shown(
                term, name, line, f"another release, {release[1]}", f"{name} ({release[0]})"
            )
        return _shown(term, name, line, MET, f"{name} held (“{line.text[:90]}”)", strength=1.0)
    if held:
        line = profile.lines[held[0]]
        grade = str(_lower_grade(line.text, spellings))
        return _lower_grade_shown(term, name, line, grade, f"{name} (an {grade.split()[0]} grade is held)")
    (state, cue), index = states[0]
    line = profile.lines[index]
    why = "not held yet" if state == "pending" else "no longer held"
    if state == "pending" and pending_accepted_for(requirement.text, name):
        # "Study towards CIMA" takes CIMA in progress; "CIMA qualified and working towards ACCA" does not
        return _shown(term, name, line, MET, f"{name} {why} (“{cue}”), which the line accepts", strength=0.7)
    if state == "pending" and (passed := parts_passed().search(segments[index])) is not None:
        # "NEBOSH IGC – Unit IG1 passed; Unit IG2 exam scheduled": part of it is already passed
        return _parts_passed(term, name, line, passed.group())
    return _shown(
        term,
        name,
        line,
        # booked or in progress is not held (missing); lapsed was held once (partly)
        MISSING if state == "pending" else PARTIAL,
        f"{name} {why} (“{cue}”: {line.text[:80]})",
        strength=0.5,
        gap=f"{name} ({why})",
        suggestion=f"The posting asks for {name} held; give the date it was or will be obtained.",
        pending=state == "pending",
    )


@cache
def parts_passed() -> re.Pattern[str]:
    """ "Unit IG1 passed", "Part 1 completed", "2 of 4 papers passed": some of a credential's own
    parts passed (data/credentials.yaml ``parts_passed``)."""
    data = check_keys(
        load_data(CREDENTIALS_FILE).get("parts_passed") or {},
        file=CREDENTIALS_FILE,
        where="parts_passed",
        required=["parts", "done", "counts"],
    )
    words = {
        key: alternation(string_list(data[key], file=CREDENTIALS_FILE, where=f"parts_passed.{key}"))
        for key in data
    }
    part, done, count = words["parts"], words["done"], words["counts"]
    return re.compile(
        rf"\b(?:{part})s?\s+[\w.-]{{1,6}}\s+(?:{done})\b"  # "Unit IG1 passed"
        rf"|\b(?:{count})\s+(?:of|out of)\s+(?:{count})\s+(?:{part})s\b"  # "2 of 4 papers"
        rf"|\b(?:{count})\s+(?:{part})s\s+(?:{done})\b",  # "three exams passed"
        re.IGNORECASE,
    )


def _parts_passed(term: Term, name: str, line: Evidence, passed: str) -> PartVerdict:
    return _shown(
        term,
        name,
        line,
        PARTIAL,
        f"{name} not held yet, part of it passed (“{passed}”)",
        strength=0.5,
        gap=f"{name} (part of it passed)",
        suggestion=f"The posting asks for {name} held; give the date the rest will be passed.",
        pending=True,
    )


def _shown(
    term: Term,
    name: str,
    line: Evidence,
    verdict: str,
    reason: str,
    *,
    strength: float,
    gap: str = "",
    suggestion: str = "",
    pending: bool = False,
) -> PartVerdict:
    """The verdict for a credential named on ``line`` (held, lapsed, pending or only a course)."""
    return PartVerdict(
        kind="credential",
        verdict=verdict,
        reason=reason,
        evidence=(line,),
        matched=(term.id,),
        searched=(f"{name} (credential)",),
        strength=strength,
        gap=gap,
        suggestion=suggestion,
        pending=pending,
    )
