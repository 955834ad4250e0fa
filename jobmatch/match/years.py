"""Checker for years of experience: counted over the jobs that belong to what the line asks
about (its skills, field of work, literal terms or domain), overlaps once, internships apart.

Beside the dated jobs the résumé's own figures count: a stated total ("8+ years of experience",
read by ``jobmatch.facts``) for a line that asks for experience in general, a stated figure that
names the line's field ("5 years of full-cycle recruiting", when no job is dated) and a skill's
years from a skills block ("Java – 21 months") for a line about that field or skill. Years in a
close field (nursing for acute care, QA for software engineering) are partly, said as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from jobmatch.dates import years_of
from jobmatch.fields import (
    close_fields,
    field_name,
    field_vocabulary,
    head_noun,
    role_part,
    with_broader,
)
from jobmatch.match.profile import Profile
from jobmatch.match.qualifying import qualified_since
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, UNASSESSED, PartVerdict
from jobmatch.models import Evidence, StatedYears, YearsRange
from jobmatch.phrases import role_key_variants
from jobmatch.regions import region_vocabulary
from jobmatch.taxonomy import TOOL_CATEGORIES
from jobmatch.textnorm import fold_accents, normalize, stem, words


@dataclass(frozen=True)
class Counted:
    """Years found for a line, how they were found (for the reason) and the lines that show them."""

    years: float
    how: str
    evidence: tuple[Evidence, ...]


def _position_evidence(profile: Profile, chosen: list[int]) -> tuple[Evidence, ...]:
    positions = profile.resume.positions
    return tuple(
        Evidence(
            text=f"{positions[i].title} ({positions[i].start} – {positions[i].end})",
            section=positions[i].section,
            line=positions[i].line,
            position=i,
        )
        for i in chosen
    )[:3]


def _wanted_skills(years: YearsRange, profile: Profile) -> set[str]:
    """The line's skills and the products of each (years of "CAD" are years of CATIA too)."""
    wanted = set(years.skills)
    for skill_id in years.skills:
        wanted.update(profile.taxonomy.products_of(skill_id))
    return wanted


def scope_of(years: YearsRange, profile: Profile) -> str:
    """What the years are of, in words, for the reason ("in jobs of Python, data engineering")."""
    domains = [c for c in years.concepts if c in profile.taxonomy.concepts]
    names = [profile.name(s) for s in years.skills[:3]] + [profile.name(c).lower() for c in domains[:2]]
    names += [field_name(f).lower() for f in years.fields[:2]]
    titles = field_vocabulary().titles
    roles = [role for role in years.roles if role not in titles][:2]  # "veterinary technician"
    role_keys = {normalize(role) for role in roles}
    names += [_as_written(key, profile) for key in years.terms[:2] if key not in role_keys]
    names += roles
    unique = list({name.lower(): name for name in reversed(names)}.values())[::-1]
    vocabulary = region_vocabulary().regions
    where = " or ".join(vocabulary[r].name for r in years.regions if r in vocabulary)
    if where:
        return ("in jobs of " + ", ".join(unique) + " " if unique else "in jobs ") + f"in {where}"
    return "in jobs of " + ", ".join(unique) if unique else "of professional experience"


def _in_regions(job: int, regions: tuple[str, ...], profile: Profile) -> bool:
    """Does a line of the job name a place in one of ``regions`` (Riyadh for Saudi Arabia)?"""
    vocabulary = region_vocabulary().regions
    places = [vocabulary[r].places for r in regions if r in vocabulary]
    return any(p.search(profile.lowered[i]) for i in profile.position_lines.get(job, ()) for p in places)


def _as_written(key: str, profile: Profile) -> str:
    """A search key (" enterpris softwar ") as the posting wrote it ("enterprise software"), for
    the reason; the key's stems when no line of the posting has those words together."""
    wanted = key.split()
    for requirement in profile.posting.requirements:
        written = words(requirement.text, fold=False)
        stems = [stem(fold_accents(word)) for word in written]
        for at in range(len(stems) - len(wanted) + 1):
            if stems[at : at + len(wanted)] == wanted:
                return " ".join(written[at : at + len(wanted)])
    return key.strip()


def _only_terms(years: YearsRange) -> bool:
    """Years scoped by literal terms alone: no skill, domain, field or role says what they are of."""
    return bool(years.terms) and not (years.skills or years.concepts or years.fields or years.roles)


def is_scoped(years: YearsRange) -> bool:
    return bool(years.skills or years.concepts or years.fields or years.terms or years.roles)


def relevant_jobs(years: YearsRange, profile: Profile, fields: frozenset[str] | None = None) -> list[int]:
    """Jobs that count toward ``years``: they use its skills, show its domain, belong to its field
    (or to one of ``fields`` when given) or name its literal terms."""
    wanted = _wanted_skills(years, profile)
    domains = {c for c in years.concepts if c in profile.taxonomy.concepts}
    evidence_skills = {s for c in domains for s in profile.taxonomy.concepts[c].evidence_skills}
    wanted_fields = set(years.fields) if fields is None else set(fields)
    # "3+ years of Kubernetes in production": a job using the tool counts whatever its field;
    # "3+ years as a product designer", "of accounting": the job's field decides
    tools = any(
        profile.taxonomy.skills[s].category in TOOL_CATEGORIES
        for s in years.skills
        if s in profile.taxonomy.skills
    )
    term_keys = _term_keys(years)
    resume = profile.resume
    chosen = []
    for index in profile.jobs:
        job_fields = set(resume.positions[index].fields)
        if tools and wanted_fields & job_fields and fields is None:
            chosen.append(index)  # "3-5 years in data science or ML roles": a data scientist's job
            continue
        if fields is not None or (wanted_fields and job_fields and (not tools or years.roles)):
            # a job whose field is known counts by its field: a teacher's "wrote a Python course"
            # is no software development, a frontend engineer beside a designer is no designer
            if wanted_fields & job_fields:
                chosen.append(index)
            continue
        skills = set(resume.position_skills[index]) if index < len(resume.position_skills) else set()
        concepts = set(resume.position_concepts[index]) if index < len(resume.position_concepts) else set()
        lines = profile.position_lines.get(index, ())
        if (
            wanted & skills
            or domains & concepts
            or evidence_skills & skills
            or any(key in profile.normal(i) for key in term_keys for i in lines)
        ):
            chosen.append(index)
    return chosen


def _term_keys(years: YearsRange) -> tuple[str, ...]:
    """The line's literal terms, and each with its field word as a practitioner's title
    ("ingeniería de calidad" is shown by an "Ingeniera de Calidad" job)."""
    return (*years.terms, *(v for key in years.terms for v in role_key_variants(key)))


def _related_jobs(years: YearsRange, profile: Profile, close: frozenset[str]) -> list[int]:
    """Jobs in a field close to the line's; for a role ("as a UX designer") only those in the same
    line of work (a graphic designer, not a frontend engineer beside the designers)."""
    chosen = [i for i in relevant_jobs(years, profile, close) if _own_field_close(i, profile, close)]
    if not years.roles:
        return chosen
    heads = {head_noun(role) for role in years.roles}
    positions = profile.resume.positions
    return [i for i in chosen if head_noun(role_part(positions[i].title)) in heads]


def _own_field_close(job: int, profile: Profile, close: frozenset[str]) -> bool:
    """Is the job close by its own line of work, not only by a field it is part of? An IT project
    manager's job is part of project management, which is close to construction, yet its years
    are no construction years; a plain "Project Manager" job counts."""
    fields = set(profile.resume.positions[job].fields)
    own = {f for f in fields if not any(f in with_broader([other])[1:] for other in fields - {f})}
    return bool(own & close)


def _titled_jobs(years: YearsRange, profile: Profile) -> list[int] | None:
    """Jobs held in a role the line names that no field knows as a title ("as a veterinary
    technician", "as a Sous Chef" where only "chef" is one): those whose title names it, word for
    word in any order. None when every role is a known title (then the role's field decides)."""
    titles = field_vocabulary().titles
    unknown = [role for role in years.roles if role not in titles]
    if not unknown:
        return None
    wanted = [frozenset(normalize(role).split()) for role in unknown]
    positions = profile.resume.positions
    found = []
    for index in profile.jobs:
        words = set(normalize(role_part(positions[index].title)).split())
        if any(role <= words for role in wanted):
            found.append(index)
    return found


def _junior_jobs(years: YearsRange, profile: Profile, chosen: list[int]) -> list[int]:
    """Of ``chosen``, the jobs that assist the role the line names rather than hold it ("Assistant
    Practice Manager", "Veterinary Nurse Assistant" for years "as a practice manager / nurse")."""
    if not years.roles:
        return []
    junior = {normalize(word).strip() for word in field_vocabulary().junior_words}
    roles = [normalize(role).split() for role in years.roles]
    positions = profile.resume.positions
    found = []
    for index in chosen:
        words = normalize(role_part(positions[index].title)).split()
        if any(_beside(words, role, junior) for role in roles if role):
            found.append(index)
    return found


def _beside(words: list[str], role: list[str], junior: set[str]) -> bool:
    """Does a junior word stand right before or after the role's words in the title ("Assistant
    Practice Manager", "Veterinary Nurse Assistant"; not "Practice Manager and Deputy Lead")?"""
    size = len(role)
    for at in range(len(words) - size + 1):
        if words[at : at + size] == role:
            before = words[at - 1] if at else ""
            after = words[at + size] if at + size < len(words) else ""
            if before in junior or after in junior:
                return True
    return False


def _as_job_titles(indexes: list[int], profile: Profile) -> str:
    return ", ".join(role_part(profile.resume.positions[i].title) for i in indexes[:2])


def _in_jobs(
    years: YearsRange, profile: Profile, chosen: list[int], how: str, since: str | None = None
) -> Counted:
    """The years of ``chosen`` jobs, overlaps once; only the part after ``since`` (YYYY-MM)."""
    positions = profile.resume.positions
    if since is not None:
        chosen = [i for i in chosen if _ends_after(positions[i].end, since)]
    spans = [(positions[i].start, positions[i].end) for i in chosen]
    if since is not None:
        spans = [(max(start, since), end) for start, end in spans]
    have = years_of(spans, profile.as_of)
    return Counted(have, how, _position_evidence(profile, chosen))


def _ends_after(end: str, since: str) -> bool:
    return end == "present" or end > since


ALIAS_MIN_LETTERS = 4


def _stated(profile: Profile, years: YearsRange) -> Counted | None:
    """The résumé's own figure: its total for an unscoped line, else a figure naming the line's
    field or a skill's years from a skills block."""
    resume = profile.resume
    if not is_scoped(years):
        fact = resume.experience
        if fact.years is None or not fact.method.startswith("stated"):
            return None
        line = Evidence(text=fact.evidence, section="summary", line=fact.line or 0)
        return Counted(fact.years, f"stated ({fact.method})", (line,))
    best: Counted | None = None
    # a figure in a summary names fields loosely ("after ten years in the classroom I completed a
    # software engineering bootcamp"): it stands in for dated jobs only where there are none
    wanted_fields = set(years.fields)
    near = wanted_fields | {f for w in years.fields for f in close_fields(w)}
    names = [profile.name(s).lower() for s in years.skills] + [k.strip() for k in years.terms]
    # the figure may name the skill as the posting did ("6 years of refrigerated freight")
    names += [
        a.lower()
        for s in years.skills
        if s in profile.taxonomy.skills
        for a in profile.taxonomy.skills[s].plain_aliases
        if len(a) >= ALIAS_MIN_LETTERS  # not "ai" inside "maintenance"
    ]
    for stated in resume.stated_years:
        loosely = set(stated.fields) & near or any(name and name in stated.text.lower() for name in names)
        # "12 years of embedded C for servo drives": the figure names the skill itself; it counts
        # beside the dated jobs, whose lines need not all name it
        if (loosely and not profile.jobs) or _figure_names(stated, names, years.terms):
            line = Evidence(text=stated.text, section=stated.section, line=stated.line)
            if best is None or stated.years > best.years:
                best = Counted(stated.years, "as the résumé states", (line,))
    wanted = _wanted_skills(years, profile)
    for block in resume.skill_years:
        if block.skill in wanted and not block.less_than:
            line = Evidence(text=block.text, section="skills", line=block.line)
            if best is None or block.years > best.years:
                best = Counted(block.years, f"from the {block.method}", (line,))
    return best


FIGURE_REACH = 40  # characters after "12 years" in which the skill must be named


def _figure_names(stated: StatedYears, names: list[str], keys: tuple[str, ...] = ()) -> bool:
    """Does the figure name one of ``names`` (or a literal term's normalised ``keys``) right
    after it, in the same clause ("12 years of embedded C", not "10 years of experience,
    including 2 in Python")?"""
    at = stated.text.find(stated.phrase)
    if at < 0:
        return False
    end = at + len(stated.phrase)
    after = re.split(r"[,;.(]", stated.text[end : end + FIGURE_REACH])[0]
    # "6 years of go-to-market work" names no Go
    if any(name and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", after.lower()) for name in names):
        return True
    normal = normalize(after)  # "8 years of community pharmacy": the term's keys are stems
    # (not a short one: "go" is in "go-to-market" once the hyphens are gone)
    return any(len(key.strip()) >= ALIAS_MIN_LETTERS and key in normal for key in keys)


def _need_text(years: YearsRange) -> str:
    return f"{years.min:g}+" if years.max is None else f"{years.min:g}-{years.max:g}"


def _grade(have: float, need: float, profile: Profile) -> str:
    if have >= need:
        return MET
    if need and have >= profile.config.years_partial_ratio * need:
        return PARTIAL
    return MISSING


def check_years(years: YearsRange, profile: Profile) -> PartVerdict:
    need, need_text = years.min, _need_text(years)
    scope = scope_of(years, profile)
    positions = profile.resume.positions
    stated = _stated(profile, years)
    if not positions and stated is None:
        return PartVerdict(
            kind="years",
            verdict=UNASSESSED if not positions else MISSING,
            reason=f"needs {need_text} years {scope}; the résumé gives no dated jobs and no figure",
            searched=(f"{need_text} years",),
            gap=f"{need_text} years (no dated jobs)",
            suggestion="Give every role a start and end month (e.g. 'Mar 2021 – Present').",
        )
    chosen = relevant_jobs(years, profile) if is_scoped(years) else list(profile.jobs)
    if years.regions:  # "3 years in Saudi Arabia or the GCC": only jobs there
        chosen = [i for i in chosen if _in_regions(i, years.regions, profile)]
        stated = None  # a figure does not say where its years were spent
    titled = _titled_jobs(years, profile)
    if titled is not None:  # the role as named; other jobs of its field count only in part (below)
        known = [role for role in years.roles if role in field_vocabulary().titles]
        chosen = sorted({*titled, *(chosen if known else ())})
    assisting = _junior_jobs(years, profile, chosen)
    chosen = [i for i in chosen if i not in assisting]
    qualified = qualified_since(profile) if years.after_qualifying else None
    since = qualified.since if qualified is not None else None
    counted = _in_jobs(years, profile, chosen, "", since)
    jobs_counted = len(chosen) if since is None else sum(_ends_after(positions[i].end, since) for i in chosen)
    if stated is not None and (stated.years > counted.years or not profile.jobs) and since is None:
        counted = stated  # (a figure does not say how much of it came after qualifying)
    verdict = _grade(counted.years, need, profile)
    note = related_gap = ""
    if verdict != MET and assisting:
        # an assistant's or deputy's years in the role's work count in part, said as such
        how = f"with jobs that assist the role: {_as_job_titles(assisting, profile)}"
        helped = _in_jobs(years, profile, sorted({*chosen, *assisting}), how, since)
        if helped.years >= profile.config.years_partial_ratio * need and helped.years > counted.years:
            verdict, counted = PARTIAL, helped
    if verdict == MISSING and years.fields:
        close = frozenset(f for wanted in years.fields for f in close_fields(wanted)) - set(years.fields)
        if titled is not None:  # a Chef de Partie's years for "as a Sous Chef": its own field, in part
            close |= set(years.fields)
        # the line's own jobs and those of close fields together: 1.5 years as an infrastructure
        # engineer after 5 in cloud support are 6.5 years of nearly that work
        own = counted.years
        nearby = sorted({*chosen, *_related_jobs(years, profile, close)})
        where = "in this and related fields" if own else "in related fields"
        related = _in_jobs(years, profile, nearby, where, since)
        if close and related.years >= profile.config.years_partial_ratio * need and related.years > own:
            verdict, counted = PARTIAL, related
            note = f"; {related.years:.1f} years {where}" + (f", {own:.1f} in the field" if own else "")
            shown = (
                f"only {own:.1f} of the {related.years:.1f} shown are in the field itself"
                if own
                else f"the {related.years:.1f} shown are in related fields"
            )
            related_gap = f"{need:g} years {scope} ({shown})"
    if verdict == MISSING and _only_terms(years) and profile.jobs:
        # the years are of something only the posting's own words name ("in a regulated
        # industry"): a job that says it otherwise ("olefins plant" for "petrochemical") cannot be
        # told apart from one in another line of work, so enough years of work are partly
        everything = _in_jobs(years, profile, list(profile.jobs), "all jobs", since)
        if everything.years >= need:
            verdict, counted = PARTIAL, everything
            note = f"; no job names {scope.removeprefix('in jobs of ')}"
    internships = [p for p in positions if p.kind == "internship"]
    detail = counted.how or f"{jobs_counted} job{'s' if jobs_counted != 1 else ''}"
    if qualified is not None:
        detail += f", after qualifying in {qualified.since} (“{qualified.evidence.text[:60]}”)"
        counted = replace(counted, evidence=(*counted.evidence[:2], qualified.evidence))
    elif years.after_qualifying:
        detail += "; no date of qualifying found, so every year counted"
    if internships:
        detail += f"; internships not counted: {sum(p.months for p in internships) / 12:.2g} years"
    return PartVerdict(
        kind="years",
        verdict=verdict,
        reason=f"needs {need_text} years {scope}; résumé shows {counted.years:.1f} years ({detail}){note}",
        evidence=counted.evidence,
        searched=(f"{need_text} years {scope}",),
        strength=min(1.0, counted.years / need) if need else 1.0,
        gap="" if verdict == MET else related_gap or f"{counted.years:.1f} of {need:g} years {scope}",
        suggestion=""
        if verdict == MET
        else (
            f"The posting asks for {need_text} years {scope}. Give every relevant role a start and end "
            "month and say what you did in it, so the years can be counted."
        ),
    )


__all__ = ["MISSING", "check_years", "relevant_jobs", "scope_of"]
