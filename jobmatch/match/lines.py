"""What a résumé line shows about a thing named on it, and where an acronym is spelled out:
helpers the skill, literal-term and credential checkers share."""

from __future__ import annotations

import bisect
import re

from jobmatch.cues import cue_set
from jobmatch.facts import RENEWAL, RENEWAL_REACH
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL
from jobmatch.models import Evidence, Requirement
from jobmatch.phrases import degree_vocabulary

JOINERS = frozenset({"of", "and", "&", "the", "for", "in", "on", "to", "a", "an"})


# "CPA or CPA-eligible", "(in progress is fine)": the line takes a credential not held yet
ACCEPTS_PENDING = re.compile(
    r"\beligib(?:le|ility)\b|\bability to obtain\b|\bobtain(?:ed)? (?:it |one )?within\b|"
    r"\bwithin \w+ (?:\(\d+\) )?months\b|\bworking towards?\b|\bin progress\b|"
    # "or current enrolment in the CBV program", "or demonstrable progress towards the APC"
    r"\b(?:current(?:ly)? )?enrol(?:l)?(?:ment|ed) in\b|\bprogress towards?\b|"
    r"\bstud(?:y|ying|ies) towards?\b",
    re.IGNORECASE,
)


def pending_accepted_for(asked: str, name: str) -> bool:
    """Does the line take the qualification ``name`` (or the line that names it) while still in
    progress? Not when the words that take one in progress are followed by another's name: "CIMA
    qualified and working towards ACCA" takes ACCA in progress, not CIMA; "CPA or CPA-eligible",
    "OISC Level 2, or working towards Level 2" and "Study towards an ACAP qualification" take theirs."""
    cue = ACCEPTS_PENDING.search(asked)
    if cue is None:
        return False
    ours = {w.lower() for w in re.findall(r"[\w&-]+", name)}
    after = NAME_AFTER_CUE.findall(asked[cue.end() : cue.end() + PENDING_REACH])
    others = [w for w in after if w.lower() not in ours and w.lower() not in GRADE_WORDS]
    return not others or any(w.lower() in ours for w in after)


NAME_AFTER_CUE = re.compile(r"\b[A-Z][A-Z0-9&]+\b")  # an acronym: "ACCA", "CIMA", "CPA"
PENDING_REACH = 40  # characters after "working towards" where the qualification it takes is named
GRADE_WORDS = frozenset({"level", "part", "stage", "grade", "the", "a", "an", "it", "this", "one"})


# "ASME Section IX 6G pipe test – scheduled January 2027": a date it is still to come on
SCHEDULED_ON = re.compile(
    r"\b(?:scheduled|booked)\s+(?:for\s+|in\s+|on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+)?(?:\d{1,2}/)?(?P<year>20\d\d)\b",
    re.IGNORECASE,
)


def _scheduled_ahead(text: str, profile: Profile) -> re.Match[str] | None:
    """ "scheduled January 2027" where that is still to come (a past "scheduled 2023 outage" is done)."""
    found = SCHEDULED_ON.search(text)
    return found if found is not None and int(found.group("year")) >= profile.as_of.year else None


LISTED_NOT_USED = "listed, but no job or project line shows it used"


def shown(profile: Profile, evidence: Evidence, hedged: bool, requirement: Requirement) -> tuple[str, str]:
    """Verdict and how, for a thing named on ``evidence``: used in a job or project is met;
    listed is met unless the line asks for experience (then partly); hedged is partly. On a
    credential line, a line that says the thing is pending is not held (missing), lapsed partly."""
    if "credential" in requirement.kinds:
        state, cue = credential_state(evidence.text)
        if state == "pending" and not ACCEPTS_PENDING.search(requirement.text):
            return MISSING, f"named, but not held yet (“{cue}”)"
        if state == "lapsed":
            return PARTIAL, f"named, but no longer held (“{cue}”)"
    if hedged and not requirement.asks_basic:
        return PARTIAL, "only mentioned with a hedge"
    # a dated education entry is no job: "planned 2027: further training as X (not yet started)"
    schooling = evidence.section == "education"
    if schooling or not profile.in_a_job(evidence):
        booked = cue_set("not_yet").search(evidence.text) or _scheduled_ahead(evidence.text, profile)
        if booked:  # "PCE course booked for January 2027" in a skills table: not done yet
            return MISSING, f"named, but not done yet (“{booked.group()}”)"
    if profile.used(evidence) and not (schooling and credential_state(evidence.text)[0] != "held"):
        return MET, "used"
    if evidence.section == "education":
        if cue_set("qualification_line").search(requirement.text):
            return _qualification_held(evidence.text, requirement.text)
        return PARTIAL, "only in education"
    if requirement.asks_experience:
        return PARTIAL, LISTED_NOT_USED
    return MET, "listed"


def credential_state(text: str) -> tuple[str, str]:
    """(state, the cue) of a credential line: held, pending (booked, in progress ...) or lapsed.
    Lapsed outweighs a renewal booked ("expired Oct 2024 (renewal booked)" was held once); a
    renewal booked alone is of a credential held ("valid to 2027, renewal booked")."""
    lapsed = cue_set("credential_lapsed").search(text)
    if lapsed:
        return "lapsed", lapsed.group()
    pending = cue_set("credential_pending").search(text)
    if pending and not RENEWAL.search(text[max(0, pending.start() - RENEWAL_REACH) : pending.start()]):
        return "pending", pending.group()
    return "held", ""


LEVEL = re.compile(r"\blevel\s*(\d)\b", re.IGNORECASE)


def _qualification_held(line: str, asked: str) -> tuple[str, str]:
    """A qualification named in the education lines: held, unless the line says it is still in
    progress or gives a lower level than the one asked ("ILM Level 3" for "ILM Level 5")."""
    state, cue = credential_state(line)
    vocabulary = degree_vocabulary()
    for name, pattern in (("expected", vocabulary.expected), ("in progress", vocabulary.in_progress)):
        studying = pattern.search(line) if pattern is not None and state == "held" else None
        if studying:  # "(current student)", "final year": a course still being taken
            state, cue = name, studying.group()
    if state != "held":
        if state != "lapsed" and pending_accepted_for(asked, line):  # "Study towards an ACAP qualification"
            return MET, f"named in education, {state.replace('_', ' ')} (“{cue}”), which the line accepts"
        return PARTIAL, f"named in education, {state.replace('_', ' ')} (“{cue}”)"
    wanted, shown_levels = LEVEL.findall(asked), LEVEL.findall(line)
    if wanted and shown_levels and max(map(int, shown_levels)) < min(map(int, wanted)):
        return PARTIAL, f"a lower level (level {max(shown_levels)}, level {min(wanted)} asked)"
    return MET, "held (education and qualifications)"


def initials(text: str) -> str:
    """ "Infection Control Risk Assessment" -> "icra"; "NIH Stroke Scale" -> "nihss"."""
    letters = []
    for word in text.split():
        clean = "".join(c for c in word if c.isalnum())
        if not clean or clean.lower() in JOINERS:
            continue
        letters.append(clean if clean.isupper() and len(clean) > 1 else clean[0])
    return "".join(letters).lower()


_SPELLINGS: dict[str, re.Pattern[str]] = {}


def _spelling(acronym: str) -> re.Pattern[str]:
    """What a spelling of ``acronym`` in words must begin with, in lower case: a word that
    starts with its first letter, then its second letter in that word (a word in capitals, "NIH
    Stroke Scale") or at the start of a next word, past joiners. A quick scan of the whole
    résumé that leaves only a few lines to spell out word by word; it starts with a plain letter
    (fast to look for) and each part is bounded, so it is linear in the text."""
    found = _SPELLINGS.get(acronym)
    if found is None:
        a, b = re.escape(acronym[0]), re.escape(acronym[1])
        joiners = "|".join(re.escape(word) for word in sorted(JOINERS, key=len, reverse=True))
        skip = r"(?:[^\w\s-]|_)*"  # what is neither letter nor digit, inside a word
        found = re.compile(
            rf"{a}(?<![^\s-]{a})(?:{skip}{b}|[^\s-]*[\s-]+(?:(?:{joiners})[\s-]+){{0,3}}{skip}{b})"
        )
        if len(_SPELLINGS) > 10_000:
            _SPELLINGS.clear()
        _SPELLINGS[acronym] = found
    return found


def _candidate_lines(profile: Profile, acronym: str) -> list[int]:
    """Lines where a spelling of ``acronym`` may begin."""
    offsets = profile.line_offsets
    lines: list[int] = []
    for match in _spelling(acronym).finditer(profile.text):
        index = bisect.bisect_right(offsets, match.start()) - 1
        if not lines or lines[-1] != index:
            lines.append(index)
    return lines


SHORT_ACRONYM = 3  # letters: so few that words of a sentence spell them by chance
VERB_ENDINGS = ("ing", "ed")
CLAUSE_SPELLS = 4  # letters a clause's words may spell by chance ("reducing enrollment support tickets")


def _spells(words: list[str], acronym: str) -> bool:
    """Do consecutive words (joiners left out) spell ``acronym`` by their initials, or a word in
    capitals by all its letters, starting from a word that is not the line's last? A short
    acronym (three letters) is spelled only by words written as a name ("Statistical Analysis
    System" is SAS, "Strong analytical skills" is not): three words of a sentence spell three
    letters by chance. Words in lower case that read as a clause (a verb in "-ing" or "-ed" before
    the last word: "reducing enrollment support tickets" is no REST) spell no name of four letters
    either, while "root cause failure analysis" spells RCFA and "preparing to teach in the lifelong
    learning sector" PTLLS (five letters are not spelled by chance)."""
    for start in range(len(words) - 1):
        if words[start][:1].lower() != acronym[0]:
            continue
        spelled, as_a_name, verb_like = "", True, False
        for word in words[start:]:
            clean = "".join(c for c in word if c.isalnum())
            if not clean:
                break
            spelled += (clean if clean.isupper() and len(clean) > 1 else clean[0]).lower()
            as_a_name = as_a_name and not clean[0].islower()
            if not acronym.startswith(spelled) or spelled == acronym:
                break
            verb_like = verb_like or clean.lower().endswith(VERB_ENDINGS)
        if spelled == acronym and (
            as_a_name or len(acronym) > CLAUSE_SPELLS or (len(acronym) > SHORT_ACRONYM and not verb_like)
        ):
            return True
    return False


def find_acronym(profile: Profile, acronym: str) -> tuple[int, ...]:
    """Lines where consecutive words spell ``acronym`` by their initials."""
    if not 2 < len(acronym) <= 8 or not acronym.isalpha():
        return ()
    key = ("acronym", acronym)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    hits = []
    for index in _candidate_lines(profile, acronym):
        words = [w for w in profile.lines[index].text.replace("-", " ").split() if w.lower() not in JOINERS]
        if _spells(words, acronym):
            hits.append(index)
    found = profile.cache[key] = tuple(hits)
    return found
