"""Checker for a degree: the level ladder (associate < bachelor < master < PhD) and the field,
with "or equivalent experience" accepting years of relevant work, and degree-dependent years
("BS with 5+ years, or MS with 3+ years, or PhD") checked for the résumé's highest degree."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from rapidfuzz import fuzz

from jobmatch.dates import years_of
from jobmatch.match.grades import lower_grade_in
from jobmatch.match.profile import Profile
from jobmatch.match.role import in_role, role_fields
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.match.versions import other_release
from jobmatch.models import DegreeRequirement, Education, Evidence, YearsRange
from jobmatch.phrases import (
    DEGREE_LEVELS,
    degree_vocabulary,
    is_stem_field,
    is_technical_field,
    ordinal,
    related_fields,
)

RANK = {level: index for index, level in enumerate(DEGREE_LEVELS)}


def held(profile: Profile) -> list[Education]:
    """Degrees the résumé shows as earned (not expected or in progress)."""
    return [e for e in profile.resume.education if e.status == "completed"]


def equivalent_experience(profile: Profile) -> tuple[float, str]:
    """Years that can stand in for a degree: in jobs naming a skill the posting asks for or in the
    posting's own role (11 years of nursing are not equivalent to a CS degree; 7 years as a claims
    adjuster are, for a claims adjuster's), or all jobs if it names none."""
    jobs = list(profile.jobs)
    scope = "of professional experience"
    if profile.posting_skills:
        wanted = set(profile.posting_skills)
        for skill_id in profile.posting_skills:
            wanted |= profile.taxonomy.implied_by(skill_id)
        role = role_fields(profile.posting.title) if profile.posting.title else None
        positions = profile.resume.positions
        jobs = [
            i
            for i in jobs
            if (i < len(profile.resume.position_skills) and wanted & set(profile.resume.position_skills[i]))
            or (role is not None and in_role(positions[i], role))
        ]
        scope = "in jobs naming the posting's skills or in its role"
    positions = profile.resume.positions
    return years_of(((positions[i].start, positions[i].end) for i in jobs), profile.as_of), scope


def chosen_alternative(
    degree: DegreeRequirement, years: YearsRange | None, profile: Profile
) -> tuple[DegreeRequirement, YearsRange | None]:
    """For "BS + 5 years, or MS + 3 years, or PhD": the alternative of the résumé's highest
    degree that needs the fewest years, else the lowest degree."""
    highest = max((RANK.get(e.level or "", -1) for e in held(profile)), default=-1)
    fitting = [(need, RANK[level]) for level, need in degree.alternatives if RANK[level] <= highest]
    lowest_level, lowest_need = degree.alternatives[0]
    need, level_rank = min(fitting) if fitting else (lowest_need, RANK[lowest_level])
    chosen = replace(degree, level=DEGREE_LEVELS[level_rank])
    if not need:
        return chosen, None
    base = years or YearsRange(min=need, max=None, text="")
    return chosen, replace(base, min=need, max=None, text=f"{need:g}+ years")


TECHNICAL_ASK = re.compile(r"\b(?:technical|quantitative|scientific|stem|engineering)\b", re.IGNORECASE)


def _field_fit(best: Education, wanted: list[str], related_ok: bool, text: str = "") -> tuple[str, str]:
    """A degree at the right level: is its field one the posting asks for (or related)? A line that
    asks only for "a technical (quantitative, STEM) field" needs a degree in one of those."""
    if not wanted and related_ok and TECHNICAL_ASK.search(text):
        if any(is_stem_field(f) or is_technical_field(f) for f in best.fields):
            return MET, f" in {'/'.join(best.fields)}, a technical field"
        if not best.fields:
            return PARTIAL, ", but its field was not recognised (the posting asks for a technical field)"
        return PARTIAL, f" in {'/'.join(best.fields)}, not a technical field"
    if not wanted or set(wanted) & set(best.fields):
        return MET, ""
    if not best.fields:
        return PARTIAL, f", but its field was not recognised (the posting asks for {'/'.join(wanted)})"
    related = related_fields()
    close = [f for f in best.fields if any(f in related.get(w, frozenset()) for w in wanted)]
    if close and related_ok:
        if TECHNICAL_ASK.search(text) and not any(is_stem_field(f) or is_technical_field(f) for f in close):
            # "or another quantitative field": marketing is near economics, but not quantitative
            return PARTIAL, f" in {'/'.join(best.fields)}, near {'/'.join(wanted)} but not a technical field"
        return MET, f" in {'/'.join(best.fields)}, a related field"
    if close:
        return PARTIAL, f" in {'/'.join(best.fields)}, related to {'/'.join(wanted)} but not the field asked"
    # a degree in a field the line does not name or relate to ("BA Communication" for accounting)
    return MISSING, f" in {'/'.join(best.fields)}, unrelated to {'/'.join(wanted)}"


# a degree line that takes one still being studied ("concluída ou em curso", "or currently enrolled",
# "final-year students welcome")
UNDER_WAY_ACCEPTED = re.compile(
    r"\b(?:or|ou|o|oppure)\s+(?:currently\s+)?(?:em curso|en curso|in corso|en cours|cursando|enrolled|"
    r"pursuing|studying|in progress|final[- ]year)\b|\bfinal[- ]year students?\b",
    re.IGNORECASE,
)
ANY_FIELD = re.compile(r"\bany (?:field|discipline|subject|major|area)\b", re.IGNORECASE)
# "a degree in X", "an apprenticeship as a locksmith, Metallbauer or ...": the
# field or trade, up to the end of its clause
FIELD_AFTER = re.compile(r"\b(?:in|of|as an?)\s+(?P<field>[^;.()]+)", re.IGNORECASE)
FIELD_STOP = re.compile(
    r"\s(?:from|at|with|or an?|and an?|plus|preferred|required|is|are|will"
    r"|de una?|por el|por la|o formación|ou formação|reconocid[oa]|otorgad[oa]|emitid[oa]|registrad[oa])\s",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]{3,}")


@functools.lru_cache(maxsize=1024)
def unnamed_field_words(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of a field a degree line names that the vocabulary does not know ("a diploma in
    Medical Imaging Technology"), one set per field it offers ("in upholstery or furniture
    making"): compared as words with the résumé's degree, so an unknown field is not read as "any
    field". Empty when the line names no field or only filler words. Kept by the text: the
    posting's degree line is asked about again for every résumé."""
    found = FIELD_AFTER.search(text)
    if found is None or re.search(r"\b(?:or|o|ou|u)\b", text[: found.start()]):
        return ()  # "a vocational qualification or a degree in X": X is one alternative's field
    field = FIELD_STOP.split(f" {found.group('field')} ")[0]
    filler = degree_vocabulary().field_filler
    alternatives = (
        tuple(dict.fromkeys(w.lower() for w in WORD.findall(part) if w.lower() not in filler))
        for part in re.split(r"\s+(?:or|ou|o|u|oppure)\s+|\s*/\s*|\s*,\s*", field)
    )
    return tuple(words for words in alternatives if words)


def _stem(word: str) -> str:
    return word[:5]


def _named_as_written(best: Education, alternatives: tuple[tuple[str, ...], ...]) -> str:
    """The first of the posting's fields (as written) whose every word the held degree names."""
    held_words = [w.lower() for w in WORD.findall(best.text)]
    for words in alternatives:
        if (len(words) >= 2 or len(words[0]) >= 7) and all(_names_word(w, held_words) for w in words):
            return " ".join(words)
    return ""


SPELLING_RATIO = 90  # "enology" / "oenology", "paediatrics" / "pediatrics": one field spelt two ways


def _names_word(word: str, held_words: list[str]) -> bool:
    return any(
        _stem(word) == _stem(held)
        or (min(len(word), len(held)) >= 6 and fuzz.ratio(word, held) >= SPELLING_RATIO)
        for held in held_words
    )


def _unnamed_field_fit(
    best: Education, alternatives: tuple[tuple[str, ...], ...], related_ok: bool
) -> tuple[str, str]:
    held_words = [w.lower() for w in WORD.findall(best.text)]
    for words in alternatives:
        shared = sorted(w for w in words if _names_word(w, held_words))
        if len(shared) * 2 >= len(words):  # "Medical Imaging" for "Medical Imaging Technology"
            return MET, f" naming {', '.join(shared)}"
    asked = " or ".join(" ".join(words) for words in alternatives)
    if related_ok:  # a field we do not know cannot be judged related: not met on trust
        return PARTIAL, f", but its field does not name {asked}; whether it is a related field was not judged"
    return PARTIAL, f", but its field does not name what the posting asks ({asked})"


def _name(education: Education) -> str:
    """The degree as the résumé names it, without a dangling "of"/"in" ("Master of" -> "Master")."""
    return (
        re.sub(r"\s+(?:of|in|en|de|em|di|der|van)$", "", education.degree, flags=re.I)
        or education.level
        or "a degree"
    )


YEAR_OF_STUDY = re.compile(
    r"\b(?P<n>[1-6](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)[\s-]+year\b|\byear\s+(?P<d>[1-6])\b",
    re.IGNORECASE,
)


def _college_stage_reached(education: Education) -> int | None:
    """The year of college a degree under way has reached, as its line says ("3rd Year Level",
    "currently in second year", "Year 2"); None when it says none."""
    found = YEAR_OF_STUDY.search(education.text)
    if found is None:
        return None
    return ordinal(found.group("n") or found.group("d")) or None


HONOURS = re.compile(r"\bhono(?:u)?rs\b|\bhons\b", re.IGNORECASE)
BACHELOR_AFTER_OR = re.compile(
    r"\bor\b[^;.]{0,20}?\b(?:bachelor|b\.?\s?ed|b\.?\s?sc|b\.?\s?a|undergraduate degree)\b", re.IGNORECASE
)
HONOURS_YEAR = re.compile(r"\bhono(?:u)?rs\b.*\b(?:NQF|AQF)\s*(?:level\s*)?8\b", re.IGNORECASE)


def check_degree(degree: DegreeRequirement, profile: Profile) -> PartVerdict:
    config = profile.config
    degrees = held(profile)
    if degree.level == "secondary" and degree.fields:
        degree = replace(degree, fields=())  # "GCSE English and Maths": school subjects, not a degree's field
    need_rank = RANK[degree.level] if degree.level else RANK["diploma"]  # "a degree": past school
    # "a bachelor's degree in any field, ideally Tourism": the field named after it is only a wish
    named = [f for f in degree.fields if f != "stem"] if not ANY_FIELD.search(degree.text) else []
    # "Civil Engineering" names civil engineering and engineering: the generic one adds nothing
    wanted = [f for f in named if not any(o != f and o.endswith("-" + f) for o in named)]
    label = (degree.level or "any") + " degree" + (f" in {'/'.join(degree.fields)}" if degree.fields else "")

    # the fields as the posting wrote them: where the vocabulary knows none ("Oenology or a related
    # field") they are compared word for word; where it knows some ("Land Economy, Estate
    # Management"), a degree naming one of them word for word is in it as well
    written = unnamed_field_words(degree.text) if not ANY_FIELD.search(degree.text) else ()
    unnamed, as_written = ((), written) if named else (written, ())
    related_ok = "stem" in degree.fields

    def field_fit(e: Education) -> tuple[str, str]:
        verdict, detail = _field_fit(e, wanted, related_ok, degree.text)
        if unnamed and verdict == MET:
            return _unnamed_field_fit(e, unnamed, related_ok)
        if verdict != MET and as_written:
            same = _named_as_written(e, as_written)
            if same:
                return MET, f" in {same}, as the posting names it"
        return verdict, detail

    def fit(e: Education) -> tuple[int, int, int]:
        level_ok = RANK.get(e.level or "", -1) >= need_rank
        return (level_ok, field_fit(e)[0] == MET, RANK.get(e.level or "", -1))

    best = max(degrees, key=fit, default=None)
    evidence = (Evidence(text=best.text, section="education", line=best.line),) if best else ()
    best_rank = RANK.get(best.level or "", -1) if best else -1
    if best is not None and best_rank >= need_rank:
        verdict, detail = field_fit(best)
        reason = f"has {best.level or 'a'} degree{detail}"
        toward = degree_vocabulary().toward_next
        diploma = toward.search(degree.text) if toward else None
        if (
            diploma is not None
            and not toward.search(best.text)
            and best_rank <= need_rank
            # "A PGCE, or a Bachelor of Education": the bachelor's is the line's other choice
            and not BACHELOR_AFTER_OR.search(degree.text, diploma.end())
        ):
            # "Postgraduate diploma in clinical psychology" asked, a BSc held: the level below it
            verdict, reason = (
                PARTIAL,
                f"has {_name(best)}, below the postgraduate diploma asked",
            )
        if (
            verdict == MET
            and HONOURS_YEAR.search(degree.text)
            and best_rank == RANK["bachelor"]
            and not HONOURS.search(best.text)
        ):
            # "an Honours degree (NQF 8)": in South Africa and Australia a fourth year after the
            # bachelor's, which a bachelor's that does not say it is one has not shown
            verdict, reason = PARTIAL, f"has {_name(best)}, not said to be an honours degree"
        grade = lower_grade_in(degree.text, best.text)
        if grade is not None and verdict == MET:
            # "Certificate III" held for "Certificate IV": the same ladder, a step below
            verdict, reason = (
                PARTIAL,
                f"has {_name(best)} ({grade}), a grade below the one asked",
            )
        release = other_release(degree.text, best.text) if verdict == MET else None
        if release is not None:
            # "TAE40116" held for "Certificate IV in Training and Assessment (TAE40122)": a release superseded
            verdict, reason = (
                PARTIAL,
                f"has {_name(best)} ({release[1]}), another release than the {release[0]} asked",
            )
        if verdict != MET and degree.equivalent_experience:
            relevant, scope = equivalent_experience(profile)
            needed = degree.equivalent_years or config.equivalent_years_for_bachelor
            if relevant >= needed:
                verdict = MET
                reason += f"; {relevant:.1f} years {scope} count as equivalent"
            elif relevant > 0 and verdict == MISSING:
                verdict = PARTIAL  # a degree in another field and some of the experience
                reason += f"; {relevant:.1f} years {scope}, {needed:g} would count as equivalent"
    else:
        verdict = MISSING
        reason = (
            f"has {best.level or 'a'} degree, below the {degree.level or 'degree'} asked"
            if best
            else "no degree found"
        )
        pending = [
            e
            for e in profile.resume.education
            if e.status != "completed" and RANK.get(e.level or "", -1) >= need_rank
        ]
        toward = degree_vocabulary().toward_next
        if best is not None and best_rank == need_rank - 1 and toward and (step := toward.search(best.text)):
            # "Postgraduate Diploma in Management" for "an MBA": past the level below, short of this one
            verdict = PARTIAL
            reason = f"has a {step.group().lower()}, a step toward the {degree.level} asked, not that degree"
        thinking = degree_vocabulary().level_of_thinking
        level = thinking.search(degree.text) if thinking else None
        if best is not None and best_rank >= RANK["diploma"] and level is not None:
            # "HBO/WO werk- en denkniveau" and an MBO diploma: the line asks a level of work and
            # thinking, which a qualification below it shows in part
            verdict = PARTIAL
            reason += f" (the line asks a “{level.group()}”, not the diploma itself)"
        accepted = UNDER_WAY_ACCEPTED.search(degree.text)
        reached = _college_stage_reached(pending[0]) if pending and degree.college_stage else None
        if reached is None and pending and degree.college_stage == 1:
            reached = 1  # "college level": at college at all is enough
        if reached is not None and reached >= degree.college_stage:
            # "at least 2nd year college level" and a bachelor's in its 3rd year: far enough
            verdict = MET
            reason = f"has {_name(pending[0])} under way, in year {reached} of college"
            evidence = (Evidence(text=pending[0].text, section="education", line=pending[0].line),)
        elif pending and degree.college_stage and reached is None:
            verdict = PARTIAL  # at college, but how far is not said
            reason = f"has {_name(pending[0])} under way; the year of college reached is not given"
            evidence = (Evidence(text=pending[0].text, section="education", line=pending[0].line),)
        elif pending and accepted and field_fit(pending[0])[0] == MET:
            # "Graduação em Direito, concluída ou em curso": a degree under way in the field is enough
            status = pending[0].status.replace("_", " ")
            verdict = MET
            named = _name(pending[0])
            reason = f"has {named} {status}, which the line accepts (“{accepted.group()}”)"
            evidence = (Evidence(text=pending[0].text, section="education", line=pending[0].line),)
        elif pending:  # an expected or unfinished degree is not held, said as such
            status = pending[0].status.replace("_", " ")
            named = _name(pending[0])
            reason += f"; {named} {status}, not held" + ("" if status == "incomplete" else " yet")
            evidence = (Evidence(text=pending[0].text, section="education", line=pending[0].line),)
            if best_rank >= RANK["diploma"] and field_fit(pending[0])[0] != MISSING:
                # a BSW held and the MSW under way, a diploma held and the bachelor's left half done:
                # a qualification past school is earned and the one asked begun (a school-leaver
                # studying for the degree has not got it)
                verdict = PARTIAL
                evidence += (Evidence(text=best.text, section="education", line=best.line),)
        if degree.equivalent_experience:
            relevant, scope = equivalent_experience(profile)
            needed = degree.equivalent_years or (
                config.equivalent_years_for_bachelor
                + config.equivalent_years_per_level * max(0, need_rank - RANK["bachelor"])
            )
            if relevant >= needed:
                verdict = MET
                reason += f"; {relevant:.1f} years {scope} count as equivalent (needs {needed:g})"
            elif relevant > 0 or best is not None:
                verdict = PARTIAL
                reason += f"; {relevant:.1f} years {scope}, {needed:g} would count as equivalent"
    return PartVerdict(
        kind="degree",
        verdict=verdict,
        reason=reason,
        evidence=evidence,
        searched=(label,),
        strength={MET: 1.0, PARTIAL: 0.5, MISSING: 0.0}[verdict],
        gap="" if verdict == MET else label,
        suggestion=""
        if verdict == MET
        else f"List your degree with its level and field under Education (the posting asks for a {label}).",
    )
