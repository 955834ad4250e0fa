"""Matching: each requirement against a résumé profile -> met / partial / missing, with evidence.

A requirement is split into components (skills, any-of groups, years, degree, concepts, the
posting's areas). Hard components (skills, years, degree) decide the verdict when present;
otherwise the concepts and areas do. Every result says what was searched for, quotes the
résumé lines it relied on, and suggests what evidence would close a gap. No spaCy here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field, replace

from jobmatch.config import ScoringConfig
from jobmatch.dates import years_of
from jobmatch.linker import Candidate, WordIndex, fuzzy_find, word_index
from jobmatch.models import (
    Area,
    DegreeRequirement,
    Education,
    Evidence,
    Posting,
    Requirement,
    Resume,
    SkillEvidence,
    YearsRange,
)
from jobmatch.phrases import DEGREE_LEVELS, related_fields
from jobmatch.taxonomy import Taxonomy

MET, PARTIAL, MISSING, UNASSESSED = "met", "partial", "missing", "unassessed"
SCORE_OF = {MET: 1.0, PARTIAL: 0.5, MISSING: 0.0}
MET_STRENGTH = 0.7
IMPLIED_FACTOR = 0.8  # a narrower skill's evidence, discounted, for the broader one it implies
IMPLIED = "implied by"
AREA_CONCEPT_CREDIT = {MET: 1.0, PARTIAL: 0.25}


@dataclass(frozen=True)
class AreaFit:
    name: str
    score: float
    matched: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class RequirementResult:
    requirement: Requirement
    verdict: str  # met | partial | missing | unassessed
    confidence: float
    reason: str
    evidence: tuple[Evidence, ...]
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    searched_for: tuple[str, ...]
    suggestion: str
    areas: tuple[AreaFit, ...] = ()
    mentions: tuple[str, ...] = ()  # résumé words that matched, for highlighting


@dataclass
class Component:
    """One checkable part of a requirement."""

    verdict: str
    reason: str
    hard: bool
    kind: str = "skill"  # skill | years | degree | concept | area
    evidence: list[Evidence] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    searched: list[str] = field(default_factory=list)
    suggestion: str = ""
    confidence: float = 0.8
    mentions: list[str] = field(default_factory=list)


class Matcher:
    """Matches one résumé against requirements; indexes the résumé once."""

    def __init__(self, resume: Resume, taxonomy: Taxonomy, config: ScoringConfig) -> None:
        self.resume = resume
        self.taxonomy = taxonomy
        self.config = config
        self.as_of = dt.date.fromisoformat(resume.as_of)
        self.skills: dict[str, list[SkillEvidence]] = defaultdict(list)
        for item in resume.skills:
            self.skills[item.skill].append(item)
        for items in self.skills.values():
            items.sort(key=lambda e: -e.strength)
        self.concepts: dict[str, list] = defaultdict(list)
        for item in resume.concepts:
            self.concepts[item.concept].append(item)
        self._concept_cache: dict[str, Component] = {}
        self._strength_cache: dict[tuple[str, bool], tuple[float, list[Evidence], str, str]] = {}
        self._fuzzy: dict[str, Candidate] | None = None  # filled by prepare_fuzzy
        self.posting_skills: list[str] = []  # every skill the posting asks for, also from prepare_fuzzy
        self._area_fits: dict[tuple[Area, ...], list[AreaFit]] = {}

    # --- components -------------------------------------------------------------------------

    def name(self, entry_id: str) -> str:
        return self.taxonomy.name_of(entry_id)

    def skill_strength(self, skill_id: str, fuzzy: bool = True) -> tuple[float, list[Evidence], str, str]:
        """Best evidence for a skill: direct mention, fuzzy spelling, or a narrower skill."""
        key = (skill_id, fuzzy)
        if key not in self._strength_cache:
            self._strength_cache[key] = self._skill_strength(skill_id, fuzzy)
        return self._strength_cache[key]

    def _skill_strength(self, skill_id: str, fuzzy: bool) -> tuple[float, list[Evidence], str, str]:
        direct = self.skills.get(skill_id, [])
        if direct:
            best = direct[0]
            how = "listed" if best.evidence.section == "skills" else "used"
            if best.hedged:
                how = "only mentioned with a hedge"
            strength = best.strength
            skill = self.taxonomy.skills.get(skill_id)
            if skill is not None and skill.category == "human-language" and not best.hedged:
                strength = 1.0  # a language is spoken, not used in a job: listing it is the evidence
            return strength, [e.evidence for e in direct[:2]], f"{how} as “{best.mention}”", best.mention
        if fuzzy:
            found = self.fuzzy_hit(skill_id)
            if found is not None:
                evidence = self.resume.lines[found.line_index]
                return 0.7, [evidence], f"spelled “{found.found}” (close to {found.alias})", found.found
        narrower = sorted(s for s in self.taxonomy.implied_by(skill_id) if s in self.skills)
        if narrower:
            narrower.sort(key=lambda s: -self.skills[s][0].strength)  # stable: ties stay by id
            names = ", ".join(self.name(s) for s in narrower[:3])
            best = self.skills[narrower[0]][0]
            # PySpark used in a job shows Spark; only listed, or hedged, it shows it in part
            strength = IMPLIED_FACTOR * best.strength
            return strength, [best.evidence], f"{IMPLIED} {names}", best.mention
        return 0.0, [], "", ""

    def prepare_fuzzy(self, posting: Posting) -> None:
        """Look up near-spellings of every hard skill the posting asks for, in one batch."""
        wanted = {s for r in posting.requirements for s in (*r.all_of, *(m for g in r.any_of for m in g))}
        self.posting_skills = sorted(wanted)
        missing = [
            self.taxonomy.skills[s]
            for s in sorted(wanted)
            if s not in self.skills
            and s in self.taxonomy.skills
            and self.taxonomy.skills[s].category != "knowledge"
        ]
        self._fuzzy = {}
        if missing:
            self._fuzzy = fuzzy_find(
                missing,
                self.words(),
                cutoff=self.config.fuzzy_cutoff,
                min_length=self.config.fuzzy_min_length,
            )

    def words(self) -> WordIndex:
        if self.resume.words.words or not self.resume.lines:
            return self.resume.words
        return word_index([line.text for line in self.resume.lines])

    def fuzzy_hit(self, skill_id: str) -> Candidate | None:
        if self._fuzzy is None:
            skill = self.taxonomy.skills.get(skill_id)
            if skill is None:
                return None
            return fuzzy_find(
                [skill],
                self.words(),
                cutoff=self.config.fuzzy_cutoff,
                min_length=self.config.fuzzy_min_length,
            ).get(skill_id)
        return self._fuzzy.get(skill_id)

    def skill_component(self, skill_ids: tuple[str, ...]) -> Component:
        """One skill, or an any-of group (the best member counts)."""
        # Broad knowledge areas (algorithms, OOP ...) are shown indirectly; they inform, not gate,
        # and are not worth a fuzzy search.
        hard = any(
            self.taxonomy.skills[s].category != "knowledge" for s in skill_ids if s in self.taxonomy.skills
        )
        best: tuple[float, list[Evidence], str, str, str] = (0.0, [], "", "", skill_ids[0])
        for skill_id in skill_ids:
            strength, evidence, how, mention = self.skill_strength(skill_id, fuzzy=hard)
            if strength > best[0]:
                best = (strength, evidence, how, mention, skill_id)
        strength, evidence, how, mention, skill_id = best
        label = (
            self.name(skill_ids[0])
            if len(skill_ids) == 1
            else "any of " + ", ".join(self.name(s) for s in skill_ids)
        )
        if strength >= MET_STRENGTH:
            verdict = MET
        elif strength > 0:
            verdict = PARTIAL
        else:
            verdict = MISSING
        if verdict == MISSING:
            reason = f"no mention of {label}"
            suggestion = (
                f"If you have used {label}, say where: a line under Experience or Projects naming "
                "the system and what you did with it."
            )
        else:
            reason = f"{self.name(skill_id)} {how}"
            suggestion = (
                ""
                if verdict == MET
                else f"Show {self.name(skill_id)} in a job or project line (what you built with it), "
                "not only in a list or with a hedge"
                + (f" (the posting names {label.removeprefix('any of ')})." if len(skill_ids) > 1 else ".")
            )
        return Component(
            verdict=verdict,
            reason=reason,
            hard=hard,
            evidence=evidence,
            matched=[skill_id] if strength > 0 else [],
            missing=[] if strength > 0 else list(skill_ids),
            searched=[label],
            suggestion=suggestion,
            confidence=max(strength, 0.8 if not strength else 0),
            mentions=[mention] if mention else [],
        )

    def same_kind_component(self, examples: tuple[str, ...], missing: Component) -> Component:
        """ "Languages like Go, Java etc" names examples: another skill of the same category
        (Python for languages) partly meets it."""
        categories = {self.taxonomy.skills[s].category for s in examples if s in self.taxonomy.skills}
        if len(categories) != 1 or not categories <= set(self.config.same_kind_categories):
            return missing
        category = categories.pop()
        others = [
            (items[0].strength, skill_id)
            for skill_id, items in self.skills.items()
            if self.taxonomy.skills.get(skill_id)
            and self.taxonomy.skills[skill_id].category == category
            and items[0].strength >= MET_STRENGTH
        ]
        if not others:
            return missing
        others.sort(reverse=True)
        names = ", ".join(self.name(s) for _, s in others[:3])
        best = self.skills[others[0][1]][0]
        return replace(
            missing,
            verdict=PARTIAL,
            reason=f"none of {', '.join(self.name(s) for s in examples)}, but {names} ({category}; "
            "the posting lists examples)",
            evidence=[best.evidence],
            matched=[others[0][1]],
            missing=[],
            mentions=[best.mention],
            suggestion=f"If you know any of {', '.join(self.name(s) for s in examples)}, show it in a job "
            "or project line.",
        )

    def relevant_positions(self, years: YearsRange) -> tuple[list[int], str]:
        """Jobs that count toward a years requirement: those naming its skills or its domain."""
        jobs = [i for i, p in enumerate(self.resume.positions) if p.kind == "job"]
        wanted = set(years.skills)
        for skill_id in years.skills:
            wanted |= self.taxonomy.implied_by(skill_id)
        domains = [c for c in years.concepts if self.taxonomy.concepts[c].category == "domain"]
        if wanted:
            chosen = [i for i in jobs if wanted & set(self.resume.position_skills[i])]
            return chosen, "in jobs naming " + ", ".join(self.name(s) for s in years.skills[:4])
        if domains:
            evidence_skills = {s for c in domains for s in self.taxonomy.concepts[c].evidence_skills}
            chosen = [
                i
                for i in jobs
                if set(domains) & set(self.resume.position_concepts[i])
                or evidence_skills & set(self.resume.position_skills[i])
            ]
            return chosen, f"in {self.name(domains[0]).lower()} roles"
        return jobs, "of professional experience"

    def years_component(self, requirement: Requirement, years: YearsRange) -> Component:
        chosen, scope = self.relevant_positions(years)
        have = years_of(
            ((self.resume.positions[i].start, self.resume.positions[i].end) for i in chosen), self.as_of
        )
        need = years.min
        need_text = f"{need:g}+" if years.max is None else f"{need:g}-{years.max:g}"
        if have >= need:
            verdict = MET
        elif need and have / need >= self.config.years_partial_ratio:
            verdict = PARTIAL
        else:
            verdict = MISSING
        internships = [p for p in self.resume.positions if p.kind == "internship"]
        detail = f"{len(chosen)} job{'s' if len(chosen) != 1 else ''}"
        if internships:
            months = sum(p.months for p in internships)
            detail += f"; internships not counted: {months / 12:.2g} years"
        reason = f"needs {need_text} years; résumé shows {have:.1f} years {scope} ({detail})"
        evidence = [
            Evidence(text=f"{p.title} ({p.start} – {p.end})", section=p.section, line=p.line, position=i)
            for i, p in ((i, self.resume.positions[i]) for i in chosen)
        ][:3]
        suggestion = (
            ""
            if verdict == MET
            else (
                f"The posting asks for {need_text} years {scope}. Give every relevant role a start and "
                "end month (e.g. 'Mar 2021 – Present') and name the skills used in it, so the years "
                "can be counted."
            )
        )
        return Component(
            verdict=verdict,
            reason=reason,
            hard=True,
            kind="years",
            evidence=evidence,
            searched=[f"{need_text} years {scope}"],
            suggestion=suggestion,
            confidence=0.9 if self.resume.positions else 0.6,
        )

    def equivalent_experience(self) -> tuple[float, str]:
        """Years that can stand in for a degree: in jobs naming a skill the posting asks for (11
        years of nursing are not equivalent to a CS degree), or all jobs if it names none."""
        jobs = [i for i, p in enumerate(self.resume.positions) if p.kind == "job"]
        scope = "of professional experience"
        if self.posting_skills:
            wanted = set(self.posting_skills)
            for skill_id in self.posting_skills:
                wanted |= self.taxonomy.implied_by(skill_id)
            jobs = [i for i in jobs if wanted & set(self.resume.position_skills[i])]
            scope = "in jobs naming the posting's skills"
        spans = ((self.resume.positions[i].start, self.resume.positions[i].end) for i in jobs)
        return years_of(spans, self.as_of), scope

    def chosen_alternative(
        self, degree: DegreeRequirement, years: YearsRange | None
    ) -> tuple[DegreeRequirement, YearsRange | None]:
        """For "BS with 5+ years, or MS with 3+ years, or PhD": the alternative that asks the
        fewest years of the degrees the résumé's highest one meets, else the lowest degree."""
        rank = {level: index for index, level in enumerate(DEGREE_LEVELS)}
        highest = max((rank.get(e.level or "", -1) for e in self.resume.education), default=-1)
        fitting = [(need, rank[level]) for level, need in degree.alternatives if rank[level] <= highest]
        lowest_level, lowest_need = degree.alternatives[0]
        need, level_rank = min(fitting) if fitting else (lowest_need, rank[lowest_level])
        chosen = replace(degree, level=DEGREE_LEVELS[level_rank])
        if not need:
            return chosen, None
        base = years or YearsRange(min=need, max=None, text="")
        return chosen, replace(base, min=need, max=None, text=f"{need:g}+ years")

    def degree_component(self, degree: DegreeRequirement) -> Component:
        config = self.config
        rank = {level: i for i, level in enumerate(DEGREE_LEVELS)}
        best = max(self.resume.education, key=lambda e: rank.get(e.level or "", -1), default=None)
        best_rank = rank.get(best.level or "", -1) if best else -1
        need_rank = rank[degree.level] if degree.level else 0
        label = (
            (degree.level or "any") + " degree" + (f" in {'/'.join(degree.fields)}" if degree.fields else "")
        )
        evidence = [Evidence(text=best.text, section="education", line=best.line)] if best else []
        if best is not None and best_rank >= need_rank:
            verdict, reason = MET, f"has {best.level or 'a'} degree"
            specific = [f for f in degree.fields if f != "stem"]
            verdict, reason = self._degree_field(best, specific, "stem" in degree.fields, reason)
            relevant, scope = self.equivalent_experience()
            needed = degree.equivalent_years or config.equivalent_years_for_bachelor
            if verdict != MET and degree.equivalent_experience and relevant >= needed:
                verdict = MET
                reason += f"; {relevant:.1f} years {scope} count as equivalent"
        else:
            verdict = PARTIAL if best is not None else MISSING
            reason = f"has {best.level or 'a'} degree" if best else "no degree found"
            if degree.equivalent_experience:
                relevant, scope = self.equivalent_experience()
                needed = degree.equivalent_years or (
                    config.equivalent_years_for_bachelor
                    + config.equivalent_years_per_level * max(0, need_rank - rank["bachelor"])
                )
                if relevant >= needed:
                    verdict = MET
                    reason += f"; {relevant:.1f} years {scope} count as equivalent (needs {needed:g})"
                elif relevant > 0:
                    verdict = PARTIAL
                    reason += f"; {relevant:.1f} years {scope}, {needed:g} would count as equivalent"
        suggestion = (
            ""
            if verdict == MET
            else (
                f"List your degree with its level and field under Education (the posting asks for a {label})."
            )
        )
        return Component(
            verdict=verdict,
            reason=reason,
            hard=True,
            kind="degree",
            evidence=evidence,
            searched=[label],
            suggestion=suggestion,
        )

    @staticmethod
    def _degree_field(best: Education, wanted: list[str], related_ok: bool, reason: str) -> tuple[str, str]:
        """A degree at the right level: is its field one the posting asks for (or related)?"""
        if not wanted or set(wanted) & set(best.fields):
            return MET, reason
        if not best.fields:
            return (
                PARTIAL,
                f"{reason}, but its field was not recognised (the posting asks for {'/'.join(wanted)})",
            )
        related = related_fields()
        if related_ok and any(set(best.fields) & related.get(f, frozenset()) for f in wanted):
            return MET, f"{reason} in {'/'.join(best.fields)}, a related field"
        return PARTIAL, f"{reason} in {'/'.join(best.fields)}, not {'/'.join(wanted)}"

    def concept_component(self, concept_id: str) -> Component:
        if concept_id in self._concept_cache:
            return self._concept_cache[concept_id]
        concept = self.taxonomy.concepts[concept_id]
        signals: dict[str, tuple[float, Evidence, str]] = {}
        for item in self.concepts.get(concept_id, []):
            weight = (1.0 if item.named else 0.5) * item.strength
            key = _fold(item.mention)
            if key not in signals or signals[key][0] < weight:
                signals[key] = (weight, item.evidence, item.mention)
        for skill_id in concept.evidence_skills:
            if skill_id in self.skills:
                best = self.skills[skill_id][0]
                key = _fold(best.mention)
                if key not in signals or signals[key][0] < 0.5 * best.strength:
                    signals[key] = (0.5 * best.strength, best.evidence, best.mention)
        total = sum(weight for weight, _, _ in signals.values())
        ranked = sorted(signals.values(), key=lambda s: -s[0])
        if total >= self.config.concept_met:
            verdict = MET
        elif total >= self.config.concept_partial:
            verdict = PARTIAL
        else:
            verdict = MISSING
        examples = ", ".join(f"“{mention}”" for _, _, mention in ranked[:3])
        reason = f"{concept.name}: {examples}" if ranked else f"no evidence of {concept.name.lower()}"
        searched = concept.name + " (e.g. " + ", ".join((concept.phrases + concept.evidence)[:4]) + ")"
        evidence: list[Evidence] = []
        for _, line, _ in ranked:
            if line not in evidence:
                evidence.append(line)
        component = Component(
            verdict=verdict,
            reason=reason,
            hard=False,
            kind="concept",
            evidence=evidence[:2],
            matched=[concept_id] if verdict != MISSING else [],
            missing=[concept_id] if verdict == MISSING else [],
            searched=[searched],
            suggestion="" if verdict == MET else concept.suggestion,
            confidence=min(1.0, 0.5 + total / 4),
            mentions=[mention for _, _, mention in ranked[:5]],
        )
        self._concept_cache[concept_id] = component
        return component

    def area_fits(self, areas: tuple[Area, ...]) -> list[AreaFit]:
        """How well the résumé fits each area a posting lists.

        Each thing an area names counts by how distinctive it is (1 / the number of areas
        naming it, so "infrastructure" named by four areas weighs a quarter); the fit is the
        weighted evidence over the square root of the area's total weight, so a short, fully
        matched area is not outranked by a long list matched in part.
        """
        if areas in self._area_fits:
            return self._area_fits[areas]
        naming: dict[str, int] = defaultdict(int)
        for area in areas:
            for item in set(area.skills) | set(area.concepts):
                naming[item] += 1
        fits = []
        for area in areas:
            matched: list[str] = []
            evidence: list[Evidence] = []
            found = total = 0.0
            for skill_id in area.skills:
                weight = 1 / naming[skill_id]
                total += weight
                strength, lines, how, _ = self.skill_strength(skill_id, fuzzy=False)
                if how.startswith(IMPLIED):
                    strength = min(strength, 0.5)  # an area is told apart by the systems it names
                if strength:
                    found += weight * min(1.0, strength)
                    matched.append(self.name(skill_id))
                    evidence.extend(lines[:1])
            for concept_id in area.concepts:
                weight = 1 / naming[concept_id]
                total += weight
                component = self.concept_component(concept_id)
                if component.verdict != MISSING:
                    found += weight * AREA_CONCEPT_CREDIT[component.verdict]
                    matched.append(self.name(concept_id))
                    evidence.extend(component.evidence[:1])
            score = found / math.sqrt(total) if total else 0.0
            fits.append(
                AreaFit(
                    name=area.name,
                    score=round(score, 2),
                    matched=tuple(matched),
                    evidence=tuple(dict.fromkeys(evidence))[:3],
                )
            )
        self._area_fits[areas] = sorted(fits, key=lambda f: -f.score)
        return self._area_fits[areas]

    def area_component(self, areas: tuple[Area, ...]) -> tuple[Component, list[AreaFit]]:
        fits = self.area_fits(areas)
        best = fits[0] if fits else None
        names = ", ".join(a.name for a in areas)
        if best is None:
            return Component(
                verdict=MISSING,
                reason="the posting lists no areas",
                hard=False,
                kind="area",
                searched=["one of the posting's areas"],
            ), []
        verdict = MET if best.score >= 0.8 else PARTIAL if best.score >= 0.4 else MISSING
        reason = (
            f"best fit {best.name} ({', '.join(best.matched[:4])})"
            if best.score
            else "no overlap with any of the posting's areas"
        )
        return Component(
            verdict=verdict,
            reason=reason,
            hard=False,
            kind="area",
            evidence=list(best.evidence[:2]),
            matched=[best.name] if best.score else [],
            searched=[f"one of the areas: {names}"],
            suggestion="" if verdict == MET else f"Describe work related to one of: {names}.",
        ), fits

    # --- requirement ------------------------------------------------------------------------

    def match(self, requirement: Requirement, posting: Posting) -> RequirementResult:
        components: list[Component] = []
        for skill_id in requirement.all_of:
            components.append(self.skill_component((skill_id,)))
        for group in requirement.any_of:
            component = self.skill_component(group)
            if component.verdict == MISSING and group in requirement.examples:
                component = self.same_kind_component(group, component)
            components.append(component)
        degree, years = requirement.degree, requirement.years
        if degree is not None and degree.alternatives:
            degree, years = self.chosen_alternative(degree, years)
        if years:
            components.append(self.years_component(requirement, years))
        if degree:
            component = self.degree_component(degree)
            if requirement.degree is not None and requirement.degree.alternatives:
                offered = ", or ".join(
                    f"{level} + {need:g} years" if need else level
                    for level, need in requirement.degree.alternatives
                )
                component.reason += f"; the line offers {offered}: checked as {degree.level}" + (
                    f" + {years.min:g} years" if years else ""
                )
                component.searched = [f"one of: {offered}"]
            components.append(component)
        for concept_id in requirement.concepts:
            components.append(self.concept_component(concept_id))
        fits: list[AreaFit] = []
        if requirement.refers_to_areas and posting.areas:
            area, fits = self.area_component(posting.areas)
            components.append(area)
        if not components:
            return RequirementResult(
                requirement=requirement,
                verdict=UNASSESSED,
                confidence=0.0,
                reason="no skill, years, degree or known concept found in this requirement to check",
                evidence=(),
                matched=(),
                missing=(),
                searched_for=(),
                suggestion="",
            )
        hard = [c for c in components if c.hard]
        soft = [c for c in components if not c.hard]
        years = next((c for c in components if c.kind == "years"), None)
        if hard:
            # Every hard part is needed; some of them found is "partly met", none is "missing" -
            # except the years, which a line with years is about: without them it is missing.
            scores = [SCORE_OF[c.verdict] for c in hard]
            score = min(scores) if min(scores) > 0 or max(scores) == 0 else 0.5
            if years is not None and years.verdict == MISSING:
                score = 0.0
        else:
            score = sum(SCORE_OF[c.verdict] for c in soft) / len(soft)
        # Met only when (nearly) everything is evidenced; one partial part of two is not enough.
        verdict = MET if score >= 0.8 else PARTIAL if score > 0.25 else MISSING
        deciding = hard or soft
        evidence: list[Evidence] = []
        others = [c for c in components if c not in deciding]
        for component in [*deciding, *others]:  # the lines that decided the verdict come first
            for line in component.evidence:
                if line not in evidence:
                    evidence.append(line)
        suggestions = [c.suggestion for c in deciding if c.suggestion and c.verdict != MET]
        confidence = sum(c.confidence for c in deciding) / len(deciding)
        return RequirementResult(
            requirement=requirement,
            verdict=verdict,
            confidence=round(min(1.0, confidence), 2),
            reason="; ".join(c.reason for c in components),
            evidence=tuple(evidence[:3]),
            matched=tuple(m for c in components for m in c.matched),
            missing=tuple(m for c in components for m in c.missing),
            searched_for=tuple(s for c in components for s in c.searched),
            suggestion=" ".join(dict.fromkeys(suggestions)),
            areas=tuple(fits[:3]),
            mentions=tuple(dict.fromkeys(m for c in components for m in c.mentions)),
        )


def _fold(mention: str) -> str:
    """One key for "customer" and "customers", "Mentored" and "mentored"."""
    key = mention.lower().replace("-", " ")
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def match_requirements(
    posting: Posting, resume: Resume, taxonomy: Taxonomy, config: ScoringConfig
) -> tuple[list[RequirementResult], list[AreaFit]]:
    """Every requirement's result, and the résumé's fit with each area the posting lists."""
    matcher = Matcher(resume, taxonomy, config)
    matcher.prepare_fuzzy(posting)
    results = [matcher.match(requirement, posting) for requirement in posting.requirements]
    return results, [fit for fit in matcher.area_fits(posting.areas) if fit.score > 0]
