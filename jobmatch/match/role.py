"""Checker for the posting's role: has the candidate been doing this job?

A recruiter reads the job titles first. A posting for a "Litigation Paralegal" is about people who
work as paralegals; a backend engineer who meets most of an SRE posting's tool lines is still a
backend engineer. The posting's title names the role's fields of work (``data/fields.yaml``); the
résumé's jobs carry theirs (read from each job's title and duties). A recent job in the role's own
field meets it, a job in a close field (or one in the field long ago) partly meets it. A posting
whose title names no known field, or a résumé with no dated job, gives no role verdict at all:
nothing is counted for or against anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jobmatch.fields import (
    close_fields,
    field_mentions,
    field_name,
    is_specialty,
    narrower_fields,
    position_fields,
    with_broader,
)
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL
from jobmatch.models import Evidence, Position

RECENT_YEARS = 5  # a job in the field that ended longer ago than this counts only partly


@dataclass(frozen=True)
class RoleFit:
    """The role verdict: what the posting's title asks for, and the job that shows it."""

    role: str  # the posting's title
    fields: tuple[str, ...]  # names of the fields of work the title is in
    verdict: str  # met | partial | missing
    reason: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class RoleFields:
    """The fields a posting's title is in: ``own`` by its job-title phrase ("Site Reliability
    Engineer"), ``near`` what a recruiter would count as close (broader and related fields)."""

    own: frozenset[str]
    near: frozenset[str]
    names: tuple[str, ...]
    broader: frozenset[str] = frozenset()  # the fields the role is part of (software engineering)


@cache
def role_fields(title: str) -> RoleFields | None:
    """The fields of the posting's title, or None when it names no known field of work."""
    fields = position_fields(title, [])
    if not fields:
        return None
    mentions = field_mentions(title)
    own = {f for m in mentions if m.is_title for f in m.fields} or set(fields)
    # a qualifier narrows the role: "Project Manager - Commercial Construction" is construction
    # project management, "Registered Nurse - Medical/Surgical ICU" acute care nursing
    named = {f for m in mentions for f in m.fields}
    narrowed = {
        narrow
        for field_id in own
        for narrow in narrower_fields(field_id)
        if narrow in named or set(with_broader([narrow])) & (named - own)
    }
    own = narrowed or own
    # a job in a narrower field is in the role's field too (an ICU nurse is a nurse)
    near: set[str] = set(fields)
    for field_id in own:
        near |= close_fields(field_id)
    near -= own
    names = tuple(dict.fromkeys(field_name(f) for f in own))
    broader = set(with_broader(own)) - own
    return RoleFields(own=frozenset(own), near=frozenset(near), names=names, broader=frozenset(broader))


def _ended_months_ago(position: Position, today: int) -> int:
    if position.end == "present" or len(position.end) < 7:
        return 0
    try:
        year, month = int(position.end[:4]), int(position.end[5:7])
    except ValueError:
        return 0
    return max(0, today - (year * 12 + month - 1))


def in_role(position: Position, wanted: RoleFields) -> bool:
    """A job is in the role's field when it or a field it is part of is (a privacy counsel's job
    is a law job), or when its title names only a field the role is part of and no other
    specialty ("Software Engineer" for a backend role; not "Frontend Engineer"), unless the role
    is a specialty that such a title does not show (``specialty`` in data/fields.yaml)."""
    if wanted.own & set(with_broader(position.fields)):
        return True
    return _in_broader_field_only(position, wanted) and not any(is_specialty(f) for f in wanted.own)


def _in_broader_field_only(position: Position, wanted: RoleFields) -> bool:
    """The job's title names only a field the role is part of ("Software Engineer", "Nurse")."""
    return bool(position.fields) and set(position.fields) <= wanted.broader


def check_role(title: str, profile: Profile) -> RoleFit | None:
    """The candidate's jobs against the role the posting's title names (see the module's doc)."""
    wanted = role_fields(title)
    if wanted is None or not profile.jobs:
        return None
    today = profile.as_of.year * 12 + profile.as_of.month - 1
    # the latest first, whatever order the résumé wrote them in
    order = sorted(profile.jobs, key=lambda i: _ended_months_ago(profile.resume.positions[i], today))
    jobs = [profile.resume.positions[i] for i in order]
    lines = {id(profile.resume.positions[i]): profile.position_lines.get(i, ()) for i in order}

    def evidence(job: Position) -> tuple[Evidence, ...]:
        found = lines.get(id(job), ())
        return (profile.lines[found[0]],) if found else ()

    role_names = " or ".join(wanted.names)
    in_field = [p for p in jobs if in_role(p, wanted)]
    recent = [p for p in in_field if _ended_months_ago(p, today) <= RECENT_YEARS * 12]
    if recent:
        job = recent[0]
        return RoleFit(title, wanted.names, MET, f"works in {role_names}: {_as_job(job)}", evidence(job))
    if in_field:
        job = in_field[0]
        return RoleFit(
            title,
            wanted.names,
            PARTIAL,
            f"worked in {role_names} more than {RECENT_YEARS} years ago: {_as_job(job)}",
            evidence(job),
        )
    broader = [p for p in jobs if _in_broader_field_only(p, wanted)]
    if broader:
        job = broader[0]
        fields = ", ".join(dict.fromkeys(field_name(f) for f in job.fields))
        return RoleFit(
            title,
            wanted.names,
            PARTIAL,
            f"a job in {fields}, the broader field; nothing in it shows {role_names}: {_as_job(job)}",
            evidence(job),
        )
    near = [p for p in jobs if set(p.fields) & wanted.near]
    if near:
        job = near[0]
        fields = ", ".join(dict.fromkeys(field_name(f) for f in job.fields if f in wanted.near))
        return RoleFit(
            title,
            wanted.names,
            PARTIAL,
            f"a close field ({fields}), not {role_names}: {_as_job(job)}",
            evidence(job),
        )
    return RoleFit(title, wanted.names, MISSING, f"no job in {role_names}; the latest: {_as_job(jobs[0])}")


def _as_job(position: Position) -> str:
    dates = f"{position.start} to {position.end}" if position.start else position.end
    return f"{position.title or 'a job'} ({dates})"
