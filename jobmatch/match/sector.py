"""A sector worked in, shown by the places a résumé's jobs name: "Coastal Credit Union" is a job
in financial services, "Harbour View Hotel" one in hospitality (words in data/sectors.yaml). Used by
the skill and literal checkers when the sector's own name is not written."""

from __future__ import annotations

from jobmatch.match.profile import Profile
from jobmatch.sectors import sector_named


def jobs_in_sector(profile: Profile, *names: str) -> tuple[int, ...]:
    """Job lines holding a word of the sector one of ``names`` names, in résumé order; () when
    none names a sector."""
    for name in names:
        sector = sector_named(name)
        if sector is None:
            continue
        hits = (i for word in sector.words for i in profile.find(word) if _in_a_paid_job(profile, i))
        return tuple(sorted(dict.fromkeys(hits)))
    return ()


def _in_a_paid_job(profile: Profile, index: int) -> bool:
    """A line of a job (not a project, a course or a capstone): work in a sector is done there."""
    line = profile.lines[index]
    if line.position is not None:
        return profile.resume.positions[line.position].kind == "job"
    return line.section == "experience"
