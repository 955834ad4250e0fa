"""The line's verdict from its parts' verdicts, as a recruiter reads a requirement.

Everything the line asks for outright (its main groups, years, degree, areas) must be shown for
"met"; none of it shown is "missing"; anything between is "partly met". Details that only
elaborate the main thing ("PostgreSQL: schema design, indexing") cannot fail a line whose main
thing is shown, but can earn part credit when it is not. Concepts, knowledge areas and the
posting's areas decide only a line that asks for nothing harder, and competencies only a line
that asks for nothing else.
"""

from __future__ import annotations

import re

from jobmatch.match.verdicts import MET, MISSING, PARTIAL, UNASSESSED, AreaFit, PartVerdict, RequirementResult
from jobmatch.models import Requirement

SOFT_KINDS = frozenset({"competency", "concept", "knowledge", "area"})
QUALIFIER_KINDS = frozenset(
    {"scale"}
)  # the size of what the line asks for, not a thing of its own  # "a passion for one of the areas"


# "Confidence on the phone: cold calls, discovery calls ...": a head, a colon, what it means
HEAD_THEN_LIST = re.compile(r"^[^:()]{3,80}:\s+\S")


def _is_soft(part: PartVerdict) -> bool:
    return part.kind in SOFT_KINDS


def combine(
    requirement: Requirement,
    main: list[PartVerdict],
    details: list[PartVerdict],
    areas: tuple[AreaFit, ...] = (),
    gist: float = 0.66,
    covered: list[PartVerdict] | None = None,
) -> RequirementResult:
    """``covered``: parts another part already judges (the skill a line's years are of); they
    are reported, never decide."""
    covered = covered or []  # a condition line never gets here: match/condition.py judges it
    checked = [p for p in main if p.verdict != UNASSESSED]
    hard = [p for p in checked if not _is_soft(p)]
    domain = [p for p in checked if _is_soft(p) and p.kind != "competency"]
    deciding = hard or domain or [p for p in checked if p.kind == "competency"]
    if not deciding:
        deciding = [p for p in details if p.verdict != UNASSESSED]
    if not deciding:
        unknown = [p for p in main if p.verdict == UNASSESSED]
        return RequirementResult(
            requirement=requirement,
            verdict=UNASSESSED,
            confidence=0.0,
            reason=unknown[0].reason if unknown else "nothing in this requirement could be checked",
            evidence=(),
            matched=(),
            missing=(),
            searched_for=tuple(s for p in unknown for s in p.searched),
            suggestion=unknown[0].suggestion if unknown else "",
            parts=tuple(main),
            gap=unknown[0].gap if unknown else "",
        )
    verdicts = [p.verdict for p in deciding]
    through_parts = False
    substantive = [p for p in deciding if p.kind not in QUALIFIER_KINDS] or deciding
    credit = sum(p.credit for p in deciding) / len(deciding)
    if all(v == MET for v in verdicts):
        verdict = MET
    elif (
        deciding[0].verdict == MET
        and credit >= gist
        and len(deciding) >= 3
        and not any(p.kind == "years" and p.verdict != MET for p in deciding)
    ):
        # the gist is shown: the first thing asked and most of the rest; years short of the
        # number asked are counted, not a gist
        verdict = MET
    elif all(p.verdict == MISSING or p.given for p in substantive) and any(
        p.verdict == MISSING for p in substantive
    ):
        # (a size is said of the thing asked, "3 years as a PM on projects of $10M+": a sum found
        # elsewhere does not show a line whose thing is missing)
        verdict = MISSING
        if deciding is not details and any(p.verdict != MISSING for p in details):
            verdict = PARTIAL  # the main thing is not named, but what it is made of is shown
            if (
                all(p.kind == "term" for p in substantive if p.verdict == MISSING)
                and len(details) >= 2
                and all(p.verdict == MET for p in details)
            ):
                # "Kenyan statutory deductions, including PAYE and NSSF": a description no
                # taxonomy knows, whose named parts (two or more) are all shown, is shown
                verdict = MET
    elif sum(p.verdict == MET for p in details) >= 2 and all(
        p.verdict == MET or p.only_listed for p in [*deciding, *details]
    ):
        # "US GAAP, including ASC 606 and ASC 842": the main thing only listed, but every part the
        # line says it includes used in a job (two or more): the thing is used through its parts
        verdict = MET
        through_parts = True
    else:
        verdict = PARTIAL
    if (
        verdict == MET
        and HEAD_THEN_LIST.search(requirement.text)
        and all(p.kind == "term" for p in deciding)
        and details
        and all(p.verdict == MISSING for p in details)
        and sum(len(p.missing) or 1 for p in details) >= 2
    ):
        # "Confidence on the phone: cold calls, discovery calls and demos": a word of the line's
        # head found, none of the things it goes on to name: the head's word alone is not the ask
        verdict = PARTIAL
    if verdict == MET and any(p.pending for p in [*main, *details]):
        # "Registered ... in good standing with the OCP" beside "OCP applicant (registration in
        # progress)": the standing asked is not held yet, whatever else the line shows
        verdict = PARTIAL
    if (
        verdict == MISSING
        and deciding is hard
        and any(p.kind == "competency" and p.verdict == MET for p in checked)
    ):
        # "Strong classroom management and clear communication with parents": the competency the
        # line asks beside the skill is shown by work, which is part of what the line asks
        verdict = PARTIAL
    parts = [*main, *details, *covered]
    deciding_ids = {id(p) for p in deciding}  # by identity: comparing parts field by field is slow
    ordered = [*deciding, *(p for p in parts if id(p) not in deciding_ids)]
    evidence = []
    for part in ordered:
        for line in part.evidence:
            if line not in evidence:
                evidence.append(line)
    short = [] if through_parts else [p for p in deciding if p.verdict != MET]  # what the line lacks
    gaps = [p.gap for p in short if p.gap]
    suggestions = [p.suggestion for p in short if p.suggestion]
    reasons = [p.reason for p in ordered if p.reason]
    if through_parts:
        reasons.insert(0, "used through the parts the line names")
    confidence = sum(p.strength if p.verdict != MISSING else 0.8 for p in deciding) / len(deciding)
    return RequirementResult(
        requirement=requirement,
        verdict=verdict,
        confidence=round(min(1.0, max(0.1, confidence)), 2),
        reason="; ".join(dict.fromkeys(reasons)),
        evidence=tuple(evidence[:3]),
        matched=tuple(dict.fromkeys(m for p in ordered for m in p.matched)),
        missing=tuple(dict.fromkeys(m for p in deciding for m in p.missing)),
        searched_for=tuple(dict.fromkeys(s for p in ordered for s in p.searched)),
        suggestion=" ".join(dict.fromkeys(suggestions)),
        areas=areas,
        mentions=tuple(dict.fromkeys(m for p in ordered for m in p.mentions)),
        parts=tuple(parts),
        gap="; ".join(dict.fromkeys(gaps)),
    )
