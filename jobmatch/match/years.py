"""Checker for years of experience: counted over the jobs that belong to what the line asks
about (its skills, field of work, literal terms or domain), overlaps once, internships apart; a
résumé without dated jobs falls back to the total it states."""

from __future__ import annotations

from jobmatch.dates import years_of
from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, UNASSESSED, PartVerdict
from jobmatch.models import Evidence, YearsRange
from jobmatch.phrases import parse_years


def position_fields(profile: Profile, index: int) -> tuple[str, ...]:
    return getattr(profile.resume.positions[index], "fields", ())


def relevant_jobs(years: YearsRange, profile: Profile) -> tuple[list[int], str]:
    """Jobs that count toward ``years``, and how they were chosen (for the reason)."""
    jobs = list(profile.jobs)
    wanted = set(years.skills)
    for skill_id in years.skills:
        wanted |= {
            s for s in profile.taxonomy.implied_by(skill_id) if skill_id in profile.taxonomy.skills[s].implies
        }
    domains = [c for c in years.concepts if c in profile.taxonomy.concepts]
    if not (wanted or domains or years.fields or years.terms):
        return jobs, "of professional experience"
    evidence_skills = {s for c in domains for s in profile.taxonomy.concepts[c].evidence_skills}
    chosen = []
    for index in jobs:
        skills = (
            set(profile.resume.position_skills[index])
            if index < len(profile.resume.position_skills)
            else set()
        )
        concepts = (
            set(profile.resume.position_concepts[index])
            if index < len(profile.resume.position_concepts)
            else set()
        )
        lines = profile.position_lines.get(index, ())
        if (
            wanted & skills
            or set(domains) & concepts
            or evidence_skills & skills
            or set(years.fields) & set(position_fields(profile, index))
            or any(key in profile.normal(i) for key in years.terms for i in lines)
        ):
            chosen.append(index)
    names = [profile.name(s) for s in years.skills[:3]] + [profile.name(c).lower() for c in domains[:2]]
    names += [f.replace("-", " ") for f in years.fields[:2]]
    names += [k.strip() for k in years.terms[:2]]
    return chosen, "in jobs of " + ", ".join(dict.fromkeys(names))


def stated_total(profile: Profile) -> tuple[float, Evidence] | None:
    """ "8+ years of experience" written in a summary or the top of a résumé with no dated jobs."""
    fact = getattr(profile.resume, "experience", None)
    if fact is not None and getattr(fact, "years", None) is not None and getattr(fact, "evidence", None):
        return fact.years, fact.evidence
    for line in profile.lines:
        if line.section in ("summary", "preamble", "other", "experience", "skills"):
            found = parse_years(line.text)
            if found is not None and "experience" in line.text.lower():
                return found.min, line
    return None


def check_years(years: YearsRange, profile: Profile) -> PartVerdict:
    need = years.min
    need_text = f"{need:g}+" if years.max is None else f"{need:g}-{years.max:g}"
    positions = profile.resume.positions
    if not profile.jobs and not positions:
        stated = stated_total(profile)
        if stated is None:
            return PartVerdict(
                kind="years",
                verdict=UNASSESSED if not positions else MISSING,
                reason=f"needs {need_text} years; the résumé gives no dated jobs and no total",
                searched=(f"{need_text} years",),
                gap=f"{need_text} years (no dated jobs)",
                suggestion="Give every role a start and end month (e.g. 'Mar 2021 – Present').",
            )
        have, line = stated
        verdict = (
            MET if have >= need else PARTIAL if have >= profile.config.years_partial_ratio * need else MISSING
        )
        return PartVerdict(
            kind="years",
            verdict=verdict,
            reason=f"needs {need_text} years; the résumé states {have:g} years in all (no dated jobs)",
            evidence=(line,),
            searched=(f"{need_text} years",),
            strength=0.6,
            gap="" if verdict == MET else f"{have:g} of {need:g} years",
        )
    chosen, scope = relevant_jobs(years, profile)
    have = years_of(((positions[i].start, positions[i].end) for i in chosen), profile.as_of)
    if have >= need:
        verdict = MET
    elif need and have >= profile.config.years_partial_ratio * need:
        verdict = PARTIAL
    else:
        verdict = MISSING
    internships = [p for p in positions if p.kind == "internship"]
    detail = f"{len(chosen)} job{'s' if len(chosen) != 1 else ''}"
    if internships:
        detail += f"; internships not counted: {sum(p.months for p in internships) / 12:.2g} years"
    evidence = tuple(
        Evidence(
            text=f"{positions[i].title} ({positions[i].start} – {positions[i].end})",
            section=positions[i].section,
            line=positions[i].line,
            position=i,
        )
        for i in chosen
    )[:3]
    return PartVerdict(
        kind="years",
        verdict=verdict,
        reason=f"needs {need_text} years; résumé shows {have:.1f} years {scope} ({detail})",
        evidence=evidence,
        searched=(f"{need_text} years {scope}",),
        strength=min(1.0, have / need) if need else 1.0,
        gap="" if verdict == MET else f"{have:.1f} of {need:g} years {scope}",
        suggestion=""
        if verdict == MET
        else (
            f"The posting asks for {need_text} years {scope}. Give every relevant role a start and end "
            "month and say what you did in it, so the years can be counted."
        ),
    )


__all__ = ["MISSING", "check_years", "relevant_jobs"]
