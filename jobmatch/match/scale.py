"""Checker for a size the line asks for: the team a candidate led, the money they ran.

"Experience managing a team of 20+" is met by "Led a team of 24 nurses", partly by "Led a team of
6" (a team, smaller than asked), and missing when no led team is sized anywhere. Money is
compared in the line's currency; a sum in another currency (not converted) is at most partly.
"""

from __future__ import annotations

from functools import partial

from jobmatch.match.profile import Profile
from jobmatch.match.verdicts import MET, MISSING, PARTIAL, PartVerdict
from jobmatch.models import Scale
from jobmatch.scales import PEOPLE, TALLY, counts_of, scale_vocabulary, shown_scales

NOT_SHOWN_IN = frozenset({"education", "certifications", "skills", "languages"})


def _shown(scale: Scale) -> str:
    if scale.kind == TALLY:
        return f"{scale.value:,.0f} {scale.unit}"
    return f"{scale.value:,.0f} people" if scale.kind == PEOPLE else scale.text


def _asked(scale: Scale) -> str:
    if scale.kind == TALLY:
        return f"{scale.value:,.0f}+ {scale.unit}"
    return f"{scale.value:,.0f}+ people" if scale.kind == PEOPLE else f"{scale.text} or more"


def check_scale(asked: Scale, profile: Profile) -> PartVerdict:
    vocabulary = scale_vocabulary()
    name = vocabulary.names[asked.kind]
    wanted = _asked(asked)
    found = [
        (scale, line)
        for line in profile.lines
        # a tally is stated anywhere ("Logged dives: 1,150" among the certifications)
        if asked.kind == TALLY or line.section not in NOT_SHOWN_IN
        for scale in (
            counts_of(line.text, asked.unit) if asked.kind == TALLY else shown_scales(line.text, asked.kind)
        )
    ]
    part = partial(PartVerdict, kind="scale", searched=(f"{name} of {wanted}",))  # what every outcome shares
    if not found:
        return part(
            verdict=MISSING,
            reason=f"no {name} found to compare with {wanted}",
            gap=f"{name} ({wanted})",
            suggestion=f"Say how large it was: the posting asks for {wanted}.",
        )
    same = [(s, line) for s, line in found if s.currency == asked.currency]
    scale, line = max(same or found, key=lambda pair: pair[0].value)
    quoted = f"“{line.text[:90]}”"
    if not same:
        return part(
            verdict=PARTIAL,
            reason=f"{name}: {scale.text}, in another currency than {wanted} ({quoted})",
            evidence=(line,),
            strength=0.5,
            gap=f"{name} ({wanted})",
        )
    if scale.value >= asked.value:
        return part(
            verdict=MET,
            reason=f"{name}: {_shown(scale)}, {wanted} asked ({quoted})",
            evidence=(line,),
            matched=(name,),
            strength=1.0,
        )
    return part(
        verdict=PARTIAL,
        reason=f"{name}: {_shown(scale)}, smaller than the {wanted} asked ({quoted})",
        evidence=(line,),
        strength=0.5 if scale.value >= vocabulary.partial_share * asked.value else 0.3,
        gap=f"{name} ({_shown(scale)} of {wanted})",
        suggestion=f"If you ran larger ones, give the size: the posting asks for {wanted}.",
    )
