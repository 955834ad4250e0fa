"""When the candidate qualified in a profession, for years asked "post-qualification" (PQE,
post-registration, post-trade): the earliest dated line of an admission, a profession's
registration or licence, or a trade certificate, or an earlier job held in that profession."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobmatch.cues import cue_set
from jobmatch.dates import month_label, parse_point
from jobmatch.fields import field_mentions, field_vocabulary, role_part
from jobmatch.match.profile import Profile
from jobmatch.models import Evidence
from jobmatch.textnorm import normalize


@dataclass(frozen=True)
class Qualified:
    """When the candidate qualified (YYYY-MM) and the line that says so."""

    since: str
    evidence: Evidence


def qualified_since(profile: Profile) -> Qualified | None:
    """The earliest date the résumé gives for a qualification held (an admission, a registration,
    a licence, a trade certificate): "3 years' post-qualification" counts the work after it. The
    earliest, so that a later second licence never shortens the years; a recognition abroad
    ("qualification recognised by CORU in 2026") or a renewal dates no qualifying. A job
    held earlier in the profession the line names ("Speech and Language Therapist" before the
    "Speech and Language Therapists Registration Board" line) shows the writer qualified by then."""
    cues, other_date = cue_set("qualified_since"), cue_set("not_when_qualified")
    found: list[Qualified] = []
    for credential in profile.resume.credentials:
        if credential.state != "held" or not credential.date:
            continue
        if not cues.search(credential.text) and not _standing_in_a_profession(credential.text):
            continue
        if other_date.search(credential.text):
            continue
        line = Evidence(text=credential.text, section="certifications", line=credential.line)
        found.append(Qualified(_earliest_date(credential.date, credential.text), line))
    if not found:
        found = _stated_outside_jobs(profile)
    if not found:
        return None
    first = min(found, key=lambda q: q.since)
    earlier = [i for i in profile.jobs if profile.resume.positions[i].start < first.since]
    profession = _profession_words(first.evidence.text)
    junior = {normalize(w).strip() for w in field_vocabulary().junior_words}
    for index in sorted(earlier, key=lambda i: profile.resume.positions[i].start):
        position = profile.resume.positions[index]
        title = _profession_words(role_part(position.title))
        if title & profession and not title & junior:
            evidence = Evidence(text=position.title, section=position.section, line=position.line)
            return Qualified(position.start, evidence)
    return first


MONTH_YEAR = re.compile(r"\b([^\W\d_]{3,9}\.?\s+(?:19|20)\d{2})\b")


def _stated_outside_jobs(profile: Profile) -> list[Qualified]:
    """ "Admitted as a solicitor in England and Wales, 14 April 2025" under a heading read as
    education or a summary ("Qualifications"): a dated admission to a profession stated outside
    the jobs."""
    other_date = cue_set("not_when_qualified")
    found: list[Qualified] = []
    for line in profile.lines:
        # (only an admission: a registration outside the jobs is often a header's summary)
        year = YEAR.search(line.text)
        if line.section in ("experience", "projects") or year is None or not ADMITTED.search(line.text):
            continue
        if other_date.search(line.text):
            continue
        dated = MONTH_YEAR.search(line.text)
        month = parse_point(dated.group(1), is_end=False) if dated else None
        since = month_label(month) if month is not None else _earliest_date(year.group(), line.text)
        found.append(Qualified(since, line))
    return found


# admitted to a profession, not to a university or a scheme ("Admitted to the LLB programme")
ADMITTED = re.compile(
    r"\badmitted (?:as an? |to the roll|to practi[cs]e|to the bar)|\bcalled to the bar\b|"
    r"\badmission to the roll\b|\bqualified as an? ",
    re.IGNORECASE,
)


STANDING = re.compile(r"\b(?:regist\w*|licen[cs]\w*|chartered|certified)\b", re.IGNORECASE)


def _standing_in_a_profession(text: str) -> bool:
    """ "GPhC registered pharmacist, 2025", "Licensed Clinical Social Worker": a registration or
    licence held as a profession's practitioner (one the fields know by title)."""
    return STANDING.search(text) is not None and any(m.is_title for m in field_mentions(text))


def _profession_words(text: str) -> set[str]:
    """The stems of a text's longer words (a profession's name: "therapist", "solicitor")."""
    return {w for w in normalize(text).split() if len(w) >= 4}


YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to)\s*(?:(?:19|20)\d{2}|present|now|current)", re.IGNORECASE)


def _earliest_date(date: str, text: str) -> str:
    """The earliest year the line gives, as YYYY-MM ("ACA 2012, FCA 2022": 2012); the credential's
    own month when it falls in that year."""
    # (not a year that opens a range: "Certificate III (2014 – 2018)" was gained in 2018)
    first = min(
        (int(m.group()) for m in YEAR.finditer(text) if not RANGE_AFTER.match(text, m.end())),
        default=int(date[:4]),
    )
    if int(date[:4]) == first and len(date) == 7:
        return date
    return f"{first}-01"
