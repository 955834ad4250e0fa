"""A sector worked in, shown by the places a résumé's jobs name: "Coastal Credit Union" is a job
in financial services, "Harbour View Hotel" one in hospitality (words in data/sectors.yaml). Used by
the skill and literal checkers when the sector's own name is not written."""

from __future__ import annotations

from jobmatch.match.profile import Profile
from jobmatch.sectors import sector_named


def jobs_in_sector(profile: Profile, name: str) -> tuple[int, ...]:
    """The lines that head a job (its title, employer and dates) holding a word of the sector
    ``name`` names, in résumé order; () when it names none. A duty bullet is not searched: "built
    the data warehouse" is no job in logistics, "bank reconciliation" none in banking."""
    sector = sector_named(name)
    if sector is None:
        return ()
    heads, jobs = _job_heads(profile), _job_lines(profile)
    hits = [i for word in sector.words for i in profile.find(word) if i in heads]
    hits += [i for place in sector.places for i in profile.find(place) if i in jobs]
    return tuple(sorted(dict.fromkeys(hits)))


def _job_lines(profile: Profile) -> frozenset[int]:
    """Indices of every line of a paid job: its heading line and its duties."""
    key = ("job lines",)
    if key not in profile.cache:
        jobs = {index for index, p in enumerate(profile.resume.positions) if p.kind == "job"}
        found = {i for i, line in enumerate(profile.lines) if line.position in jobs}
        profile.cache[key] = frozenset(found | _job_heads(profile))
    return profile.cache[key]  # type: ignore[return-value]


def _job_heads(profile: Profile) -> frozenset[int]:
    """Indices of the lines that head a paid job (not a project, a course or a capstone)."""
    key = ("job heads",)
    if key not in profile.cache:
        numbers = {p.line for p in profile.resume.positions if p.kind == "job"}
        profile.cache[key] = frozenset(i for i, line in enumerate(profile.lines) if line.line in numbers)
    return profile.cache[key]  # type: ignore[return-value]
