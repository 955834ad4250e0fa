"""Checker for a taxonomy skill: named in the résumé, spelled nearly so, or shown by a narrower
skill (PySpark for Spark) - the last only in part unless it was used in a job."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from jobmatch.cues import cue_set
from jobmatch.facts import facts_vocabulary
from jobmatch.match.grades import graded_name, lower_grade_in, lower_grade_named
from jobmatch.match.lines import LISTED_NOT_USED, find_acronym, shown
from jobmatch.match.profile import Profile
from jobmatch.match.sector import jobs_in_sector
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Requirement, SkillEvidence, Term
from jobmatch.phrases import asks_for_experience
from jobmatch.taxonomy import Taxonomy


def _one_hop(profile: Profile, skill_id: str) -> list[str]:
    """Narrower skills that name ``skill_id`` in their own ``implies`` (no chains)."""
    return [s for s in profile.taxonomy.products_of(skill_id) if s in profile.skills]


GRADE_REACH = 24  # characters either side of a skill's mention where a grade word is its grade


def _around(text: str, mention: str) -> str:
    """The words right around a mention ("Level 2 Food Hygiene"), not the whole line ("mentored an
    associate engineer" is no grade of the Python asked for)."""
    at = text.lower().find(mention.lower())
    if at < 0:
        return ""
    return text[max(0, at - GRADE_REACH) : at + len(mention) + GRADE_REACH]


def _shown_by_narrower(profile: Profile, skill_id: str, name: str) -> PartVerdict | None:
    """The skill shown by a narrower one (PySpark for Spark, Salesforce for CRM): met when used in
    a job, partly when only listed; None when the résumé names none."""
    narrower = _one_hop(profile, skill_id)
    if not narrower:
        return None
    narrower.sort(key=lambda s: -max(profile.used(e.evidence) + e.strength for e in profile.skills[s]))
    best = max(profile.skills[narrower[0]], key=lambda e: (profile.used(e.evidence), e.strength))
    names = ", ".join(profile.name(s) for s in narrower[:3])
    used = profile.used(best.evidence) and not best.hedged
    return PartVerdict(
        kind="skill",
        verdict=MET if used else PARTIAL,
        reason=f"{name} shown by {names} ({'used in a job' if used else 'only listed'})",
        evidence=(best.evidence,),
        matched=(skill_id,),
        searched=(name,),
        strength=0.8 * best.strength,
        gap="" if used else f"{name} used in a job",
        mentions=(best.mention,),
    )


def _a_kind_of_product(profile: Profile, skill_id: str) -> bool:
    """A kind whose members stand in for one another (CRM systems, ERP systems), not a cloud whose
    services are its parts."""
    skill = profile.taxonomy.skills.get(skill_id)
    return skill is not None and skill.category != "cloud" and is_alternative_kind(profile, skill_id)


SIMILAR_REACH = 60  # characters after the skill's name where "or similar" speaks of it


def _accepts_similar(text: str, name: str) -> str | None:
    """The "or similar" after a skill that lets another of its kind meet it, if the line has one."""
    at = text.lower().find(name.lower())
    if at < 0:
        return None
    after = text[at + len(name) : at + len(name) + SIMILAR_REACH]
    found = cue_set("similar_accepted").search(after)
    return found.group() if found else None


LISTED_WITH_DETAILS = "listed with the specifics the line names"
BRACKETED = re.compile(r"\(([^()]{3,200})\)")
LEAD_IN = re.compile(r"^\s*(?:e\.\s?g\.?|i\.\s?e\.?|such as|including|like|incl\.?)[:,]?\s*", re.IGNORECASE)
DETAIL_SPLIT = re.compile(r"\s*(?:[,;/]|\band\b|\bor\b|\betc\.?)\s*", re.IGNORECASE)


def _details_asked(line: str) -> list[str]:
    """The specifics a line names in brackets ("Advanced Excel skills (e.g. pivot tables, XLOOKUP)")."""
    items = [
        LEAD_IN.sub("", item).strip(" .")
        for found in BRACKETED.finditer(line)
        for item in DETAIL_SPLIT.split(found.group(1))
    ]
    return [item for item in items if len(item) >= 3]


def _listed_with_details(requirement: Requirement, best: SkillEvidence) -> bool:
    """ "Advanced Excel skills (pivot tables, XLOOKUP)" asks how well, not for a job that shows it:
    the skill listed with the specifics the line names ("Excel: advanced – XLOOKUP, pivot tables")
    is what a recruiter reads as shown; a bare claim ("MS Office (advanced Excel)") is not. A line
    that asks for experience ("experience with", years) still wants it used."""
    if requirement.years is not None or asks_for_experience(requirement.text):
        return False
    listed = best.evidence.text
    return any(
        re.search(rf"(?<!\w){re.escape(item)}(?!\w)", listed, re.IGNORECASE)
        for item in _details_asked(requirement.text)
        if item.lower() not in best.mention.lower()
    )


def _at_a_lower_grade(verdict: str, how: str, grade: str | None) -> tuple[str, str]:
    """ "Level 2 Food Hygiene" held for "Level 3 Food Safety", "Excel (intermediate)" for "Advanced
    Excel": the same thing a grade lower is partly what is asked."""
    if grade is not None and verdict == MET:
        return PARTIAL, f"held at a lower grade ({grade})"
    return verdict, how


def check_skill(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    """A broad knowledge area (algorithms, OOP) comes back as kind "knowledge": it informs the
    line's verdict but does not decide it when the line asks for something harder."""
    found = _check_skill(term, profile, requirement)
    skill = profile.taxonomy.skills.get(term.id)
    if skill is not None and skill.category == "knowledge":
        return replace(found, kind="knowledge")
    return found


def _check_skill(term: Term, profile: Profile, requirement: Requirement) -> PartVerdict:
    skill_id = term.id
    name = profile.name(skill_id)
    direct = profile.skills.get(skill_id, [])
    if direct:
        best = max(direct, key=lambda e: (not e.hedged, profile.used(e.evidence), e.strength))
        verdict, how = shown(profile, best.evidence, best.hedged, requirement)
        skill = profile.taxonomy.skills.get(skill_id)
        if skill is not None and skill.category == "human-language" and not best.hedged:
            verdict, how = MET, "listed"  # a language is spoken, not used in a job
        # the grade each mention states ("Excel (intermediate)" in the skills list, "Excel" in a job line)
        near = " | ".join(_around(e.evidence.text, e.mention) for e in direct)
        grade = lower_grade_in(graded_name(requirement.text, term.text), near)
        verdict, how = _at_a_lower_grade(verdict, how, grade)
        if how == LISTED_NOT_USED and grade is None and _listed_with_details(requirement, best):
            verdict, how = MET, LISTED_WITH_DETAILS
        if verdict != MET and grade is None and _a_kind_of_product(profile, skill_id):
            # "CRM" only listed, but Salesforce, a CRM, used in a job: the kind is shown by its product
            used = _shown_by_narrower(profile, skill_id, name)
            if used is not None and used.verdict == MET:
                return used
        return PartVerdict(
            kind="skill",
            verdict=verdict,
            reason=f"{name} {how} (“{best.mention}”)",
            evidence=(best.evidence,),
            matched=(skill_id,),
            searched=(name,),
            strength=best.strength,
            gap="" if verdict == MET else f"{name} used in a job",
            mentions=(best.mention,),
            suggestion=""
            if verdict == MET
            else f"Show {name} in a job or project line (what you built or did with it).",
            only_listed=how == LISTED_NOT_USED,
        )
    named = _named_exactly(profile, skill_id)
    if named is not None:
        index, alias = named
        evidence = profile.lines[index]
        verdict, how = shown(profile, evidence, profile.hedged(index), requirement)
        grade = lower_grade_in(graded_name(requirement.text, term.text), _around(evidence.text, alias))
        verdict, how = _at_a_lower_grade(verdict, how, grade)
        return PartVerdict(
            kind="skill",
            verdict=verdict,
            reason=f"{name} {how} (“{alias}”, as the posting writes it)",
            evidence=(evidence,),
            matched=(skill_id,),
            searched=(name,),
            strength=profile.strength(index),
            gap="" if verdict == MET else f"{name} used in a job",
            mentions=(alias,),
        )
    near = profile.fuzzy.get(skill_id)
    if near is not None:
        evidence = profile.lines[near.line_index]
        verdict, how = shown(profile, evidence, False, requirement)
        return PartVerdict(
            kind="skill",
            verdict=verdict,
            reason=f"{name} spelled “{near.found}” (close to {near.alias}), {how}",
            evidence=(evidence,),
            matched=(skill_id,),
            searched=(name,),
            strength=0.7,
            mentions=(near.found,),
        )
    by_narrower = _shown_by_narrower(profile, skill_id, name)
    if by_narrower is not None:
        return by_narrower
    asked = {t.id for t in requirement.terms}
    sibling = _same_kind(profile, skill_id, asked)
    if sibling is not None:
        other, parent, best = sibling
        accepts = _accepts_similar(requirement.text, term.text)
        # "ezyVet or a similar practice management system": a tool of the kind used in a job meets it
        met = accepts is not None and profile.used(best.evidence)
        kind = f"{profile.name(other)}: a different tool of the same kind ({profile.name(parent)})"
        return PartVerdict(
            kind="skill",
            verdict=MET if met else PARTIAL,
            reason=f"no {name}, but {kind}" + (f", which the line accepts (“{accepts}”)" if met else ""),
            evidence=(best.evidence,),
            matched=(other,),
            missing=() if met else (skill_id,),
            searched=(name,),
            strength=best.strength if met else 0.5 * best.strength,
            gap="" if met else name,
            mentions=(best.mention,),
            suggestion=""
            if met
            else f"If you have used {name} itself, name it; otherwise say how {profile.name(other)} "
            "compares (same kind of work).",
        )
    in_sector = jobs_in_sector(profile, term.text)
    if in_sector:  # "Financial Services": "Operations Analyst, Coastal Credit Union"
        evidence = profile.lines[in_sector[0]]
        return PartVerdict(
            kind="skill",
            verdict=MET,
            reason=f"{name}: not written, but a job in that sector (“{evidence.text[:90]}”)",
            evidence=(evidence,),
            matched=(skill_id,),
            searched=(name,),
            strength=0.8,
        )
    lower = lower_grade_named([name, term.text], profile)
    if lower is not None:  # "OSHA 10-Hour" for "OSHA 30-Hour": the same card at a lower grade
        evidence, grade = lower
        return PartVerdict(
            kind="skill",
            verdict=PARTIAL,
            reason=f"{name}: a lower grade of it held, {grade} (“{evidence.text[:90]}”)",
            evidence=(evidence,),
            missing=(skill_id,),
            searched=(name,),
            strength=0.5,
            gap=f"{name} (the {grade} grade is held)",
            suggestion=f"The posting asks for {name} itself; give its date if you hold it.",
        )
    return PartVerdict(
        kind="skill",
        verdict=MISSING,
        reason=f"no mention of {name}",
        missing=(skill_id,),
        searched=(name,),
        gap=name,
        suggestion=f"If you have used {name}, say where: a line under Experience naming it and what you did.",
    )


SIBLING_FAMILY_MAX = 30  # a parent with more children ("programming languages") is no "kind of tool"


def is_alternative_kind(profile: Profile, parent: str) -> bool:
    """Do the children of ``parent`` stand in for one another (CAD software, ERP systems), as
    data/scoring.yaml says (``alternative_kind_words``, ``alternative_kinds``)?"""
    config = profile.config
    if parent in config.alternative_kinds:
        return True
    return not _name_words(profile.taxonomy.skills[parent].name).isdisjoint(config.alternative_kind_words)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", name.lower()))


def _same_kind(
    profile: Profile,
    skill_id: str,
    asked: set[str] = frozenset(),  # type: ignore[assignment]
) -> tuple[str, str, SkillEvidence] | None:
    """A résumé skill that shares a direct parent with ``skill_id`` (CATIA for Creo, Azure for
    AWS), preferring one used in a job: partial credit, said as such. When none does, one level
    up: another product of the kind of the product ``skill_id`` belongs to ("Oracle EBS" for "SAP
    FI": SAP's finance module against another ERP)."""
    skill = profile.taxonomy.skills.get(skill_id)
    if skill is None or skill.category in ("knowledge", "human-language"):
        return None
    taxonomy = profile.taxonomy
    direct = [(parent, skill_id) for parent in skill.implies]
    # (only a business suite's module, up to the suite's kind in scoring.yaml ``suite_kinds``: SAP
    # FI/CO of SAP, an ERP; not Django of Python, PostGIS of PostgreSQL, Amazon MSK of AWS, nor
    # Guidewire of insurance, whose kinds' other members are no stand-in)
    suites = profile.config.suite_kinds
    above = [
        (grand, parent)
        for parent in skill.implies
        if parent in taxonomy.skills
        for grand in taxonomy.skills[parent].implies
        if grand in suites
    ]
    for kinds in (direct, above):
        found = _kind_mates(profile, skill_id, kinds, asked)
        if found:
            _, _, other, parent, best = max(found, key=lambda item: (item[0], item[1], item[2]))
            return other, parent, best
    return None


def _kind_mates(
    profile: Profile, skill_id: str, kinds: list[tuple[str, str]], asked: set[str]
) -> list[tuple[int, float, str, str, SkillEvidence]]:
    """The résumé's skills of each (kind, member) pair's kind other than ``member`` and what
    belongs to it, by how they are shown."""
    taxonomy = profile.taxonomy
    found: list[tuple[int, float, str, str, SkillEvidence]] = []
    for parent, member in kinds:
        kind = taxonomy.skills.get(parent)
        if kind is None or kind.category == "knowledge" or not is_alternative_kind(profile, parent):
            continue  # a product or a field whose children are its parts, not competing products
        family = taxonomy.products_of(parent)
        if len(family) > SIBLING_FAMILY_MAX:
            continue
        for other in family:
            if other in (skill_id, member) or (member != skill_id and member in taxonomy.implied(other)):
                continue  # (another module of the same product is no other product)
            if other in profile.skills and other not in asked:
                best = max(profile.skills[other], key=lambda e: (profile.used(e.evidence), e.strength))
                found.append((profile.used(best.evidence), best.strength, other, parent, best))
    return found


def _named_exactly(profile: Profile, skill_id: str) -> tuple[int, str] | None:
    """A context-checked name ("Puppet", "Tableau", "Epic") written exactly so on a résumé line that
    gave it no context: the posting asks for it by that name, which is context enough. Short
    names (Go, C, R) are left out: written alone they are too often something else."""
    key = ("named exactly", skill_id)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    found = profile.cache[key] = _find_named_exactly(profile, skill_id)
    return found


def _find_named_exactly(profile: Profile, skill_id: str) -> tuple[int, str] | None:
    skill = profile.taxonomy.skills.get(skill_id)
    if skill is None:
        return None
    for alias, acronym in _acronyms(profile.taxonomy, skill_id):
        spelled = find_acronym(profile, acronym)  # "Hazard Analysis Critical Control Point"
        if spelled:
            return spelled[0], alias
    for alias in skill.ambiguous_aliases:
        if len(alias) < 3 or not profile.text.count(alias.lower()):
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])")
        for index, line in enumerate(profile.lines):
            if alias not in line.text:
                continue  # the pattern finds the alias as written: most lines do not hold it
            for found in pattern.finditer(line.text):
                if not _part_of_a_proper_name(line.text, found.start(), found.end(), profile):
                    return index, alias
    return None


NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w&.'-]*)\s+$")
NEIGHBOUR_AFTER = re.compile(r"^\s+([A-Z][\w&.'-]*)")


def _part_of_a_proper_name(text: str, start: int, end: int, profile: Profile) -> bool:
    """Is the word one of several capitalised words of a name ("Sous Chef", "Excel Logistics
    Ltd", "the Spark Award", "GCC Countries")? A neighbour that is itself a skill ("Microsoft
    Excel", "Spark SQL") keeps it a product."""
    if facts_vocabulary().company_name_after.match(text[end:]):
        return True  # "Excel Logistics Ltd": a company, whatever its words are
    around = (NEIGHBOUR_BEFORE.search(text[:start]), NEIGHBOUR_AFTER.search(text[end:]))
    neighbours = [m.group(1).lower().strip(".") for m in around if m]
    if not neighbours:
        return False
    known = _skill_words(profile.taxonomy)
    return any(word not in known for word in neighbours)


_ACRONYMS: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}


def _acronyms(taxonomy: Taxonomy, skill_id: str) -> tuple[tuple[str, str], ...]:
    """(alias, lower-case letters) of a skill's names that are acronyms ("HACCP"), once per skill."""
    key = (taxonomy.version, skill_id)
    found = _ACRONYMS.get(key)
    if found is None:
        skill = taxonomy.skills[skill_id]
        pairs = []
        for alias in (*skill.ambiguous_aliases, skill.name, *skill.aliases):
            compact = "".join(c for c in alias if c.isalnum())
            if compact.isupper() and compact.isalpha() and 3 <= len(compact) <= 8:
                pairs.append((alias, compact.lower()))
        found = _ACRONYMS[key] = tuple(pairs)
    return found


_SKILL_WORDS: dict[str, frozenset[str]] = {}


def _skill_words(taxonomy: Taxonomy) -> frozenset[str]:
    """Every word of every skill name and alias, lower case (once per taxonomy version)."""
    words = _SKILL_WORDS.get(taxonomy.version)
    if words is None:
        words = frozenset(
            word
            for skill in taxonomy.skills.values()
            for alias in (skill.name, *skill.aliases, *skill.ambiguous_aliases)
            for word in alias.lower().split()
        )
        _SKILL_WORDS.clear()
        _SKILL_WORDS[taxonomy.version] = words
    return words
