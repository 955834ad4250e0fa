"""What checkers return: a verdict for one part of a requirement, and for the whole line."""

from __future__ import annotations

from dataclasses import dataclass

from jobmatch.models import Evidence, Requirement

MET, PARTIAL, MISSING, UNASSESSED = "met", "partial", "missing", "unassessed"
CREDIT = {MET: 1.0, PARTIAL: 0.5, MISSING: 0.0}
SCORE_OF = CREDIT  # the name the rest of the code used before the checkers


@dataclass(frozen=True)
class PartVerdict:
    """One checker's finding for one part of a requirement (a skill, a group, the years ...).

    ``gap`` says in a few words what is missing ("Kafka", "3 of 5 years"), for shortlists;
    ``strength`` (0-1) how strongly the résumé shows it, for confidence and tie-breaks."""

    kind: str  # skill | term | language | credential | competency | concept | group | years | degree | area
    verdict: str  # met | partial | missing | unassessed
    reason: str
    evidence: tuple[Evidence, ...] = ()
    matched: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    searched: tuple[str, ...] = ()
    suggestion: str = ""
    strength: float = 0.0
    gap: str = ""
    mentions: tuple[str, ...] = ()  # résumé words that matched, for highlighting
    # met by what every such résumé shows (English, for a résumé written in English): no credit
    # beside a part that is missing ("Bilingual English/Spanish" without Spanish is missing)
    given: bool = False
    # a credential the résumé says is not held yet ("registration in progress"): the line it is
    # part of, even as a detail ("... in good standing with the OCP"), is not met
    pending: bool = False
    # named in a list or summary where the line asks for experience, no job line showing it used:
    # the combiner lets the parts the line says it includes, used in jobs, show it
    only_listed: bool = False

    @property
    def credit(self) -> float:
        return CREDIT.get(self.verdict, 0.0)


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
    parts: tuple[PartVerdict, ...] = ()  # what each checker found, in the line's order
    gap: str = ""  # what is missing, in a few words ("Kafka; 3 of 5 years")


def verdict_of(found: int, partly: int, need: int) -> str:
    """``need`` things asked, ``found`` fully shown and ``partly`` shown in part."""
    if found >= need:
        return MET
    return PARTIAL if found or partly else MISSING
