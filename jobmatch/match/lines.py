"""What a résumé line shows about a thing named on it, and where an acronym is spelled out:
helpers the skill, literal-term and credential checkers share."""

from __future__ import annotations

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, PARTIAL
from jobmatch.models import Evidence, Requirement

JOINERS = frozenset({"of", "and", "&", "the", "for", "in", "on", "to", "a", "an"})


def shown(profile: Profile, evidence: Evidence, hedged: bool, requirement: Requirement) -> tuple[str, str]:
    """Verdict and how, for a thing named on ``evidence``: used in a job or project is met;
    listed is met unless the line asks for experience (then partly); hedged is partly."""
    if hedged and not requirement.asks_basic:
        return PARTIAL, "only mentioned with a hedge"
    if profile.used(evidence):
        return MET, "used"
    if evidence.section == "education":
        return PARTIAL, "only in education"
    if requirement.asks_experience:
        return PARTIAL, "listed, but no job or project line shows it used"
    return MET, "listed"


def initials(text: str) -> str:
    """ "Infection Control Risk Assessment" -> "icra"; "NIH Stroke Scale" -> "nihss"."""
    letters = []
    for word in text.split():
        clean = "".join(c for c in word if c.isalnum())
        if not clean or clean.lower() in JOINERS:
            continue
        letters.append(clean if clean.isupper() and len(clean) > 1 else clean[0])
    return "".join(letters).lower()


def _line_tokens(profile: Profile) -> list[list[str]]:
    """Each line's words without joiners, once per résumé."""
    key = ("acronym tokens",)
    tokens = profile.cache.get(key)
    if tokens is None:
        tokens = profile.cache[key] = [
            [w for w in line.text.replace("-", " ").split() if w.lower() not in JOINERS]
            for line in profile.lines
        ]
    return tokens  # type: ignore[return-value]


def find_acronym(profile: Profile, acronym: str) -> tuple[int, ...]:
    """Lines where consecutive words spell ``acronym`` by their initials."""
    if not 2 < len(acronym) <= 8 or not acronym.isalpha():
        return ()
    key = ("acronym", acronym)
    if key in profile.cache:
        return profile.cache[key]  # type: ignore[return-value]
    hits = []
    first_letter = acronym[0]
    for index, tokens in enumerate(_line_tokens(profile)):
        if not any(t[:1].lower() == first_letter for t in tokens):
            continue
        for start in range(len(tokens)):
            if tokens[start][:1].lower() != acronym[0]:
                continue
            spelled = ""
            for word in tokens[start:]:
                clean = "".join(c for c in word if c.isalnum())
                if not clean:
                    break
                spelled += (clean if clean.isupper() and len(clean) > 1 else clean[0]).lower()
                if not acronym.startswith(spelled) or spelled == acronym:
                    break
            if spelled == acronym and len(tokens[start:]) > 1:
                hits.append(index)
                break
    found = profile.cache[key] = tuple(hits)
    return found
