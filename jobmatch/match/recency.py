"""Checker for how recent the proof must be: "First Aid renewed within the last 3 years",
"manual handling training completed in the past 12 months".

It reads the date of what another checker found: the date a credential was issued or completed
(or the last date written on its line), or the end of the job a line belongs to. Proof dated
before the window meets the line only in part; proof with no date is left as it was, since the
résumé does not say when.
"""

from __future__ import annotations

from dataclasses import replace

from jobmatch.dates import find_date_ranges, last_month_of, month_label, today_month
from jobmatch.facts import date_points
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, PARTIAL, PartVerdict
from jobmatch.models import Evidence, RecentWindow, TermGroup

DATED_KINDS = frozenset({"credential", "term", "skill", "group"})  # a thing held or used, with a date


def in_window_clause(group: TermGroup, window: RecentWindow) -> bool:
    """Is one of the group's terms written in the clause that sets the window?"""
    clause = window.clause.lower()
    return any(term.text.lower() in clause for term in group.terms)


def _dated(line: Evidence, profile: Profile) -> int | None:
    """The latest month the line's proof is dated by, or None when the line gives no date."""
    today = today_month(profile.as_of)
    credentials = [c for c in profile.resume.credentials if c.line == line.line and c.date]
    if credentials:
        return max(last_month_of(str(c.date)) for c in credentials)
    months = [today if r.end is None else r.end for r in find_date_ranges(line.text)]
    months += [last_month_of(label) for _, label, _ in date_points(line.text)]
    if months:
        return min(max(months), today)
    if line.position is not None:
        position = profile.resume.positions[line.position]
        if position.kind == "job":
            return today if position.end == "present" else last_month_of(position.end)
    return None


def _window(months: int) -> str:
    if months < 24 or months % 12:
        return f"the last {months} months"
    return f"the last {months // 12} years"


def within_window(part: PartVerdict, months: int, profile: Profile) -> PartVerdict:
    """``part`` as it stands when its proof is recent enough or undated; partly met when every
    dated line of its proof falls before the window."""
    if part.verdict != MET or part.kind not in DATED_KINDS or not part.evidence:
        return part
    dated = [(m, line) for line in part.evidence if (m := _dated(line, profile)) is not None]
    if not dated:
        return part
    latest, line = max(dated, key=lambda pair: pair[0])
    start = today_month(profile.as_of) - months
    if latest >= start:
        return part
    window = _window(months)
    return replace(
        part,
        verdict=PARTIAL,
        reason=f"{part.reason}; dated {month_label(latest)}, before {window} asked"
        + ("" if line.text[:60] in part.reason else f" (“{line.text[:80]}”)"),
        gap=f"proof dated within {window}",
        suggestion=part.suggestion or f"If it was renewed or used within {window}, give that date.",
        strength=min(part.strength, 0.5),
    )
