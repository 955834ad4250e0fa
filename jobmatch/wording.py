"""The texts of a verdict in the words people read, not the forms jobmatch searches by.

The degree checker words a reason with the ids of degree fields ("bachelor degree in
computer-science/information-systems/stem"). Before a result leaves the score stage,
:func:`for_people` puts the fields' names in their place, in every text a result carries (reason,
gap, suggestion, what was searched for, and the same of each part), so the JSON, the reports and
the shortlists all read alike. (The years checker says its literal terms in the posting's words
itself: ``match.years.scope_of``.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from jobmatch.match import PartVerdict, RequirementResult
from jobmatch.models import Resume


def for_people(result: RequirementResult, resume: Resume) -> RequirementResult:
    """``result`` with the degree field ids in its texts said as names."""
    requirement = result.requirement
    fields = requirement.degree.fields if requirement.degree else ()
    if not fields:
        return result  # the usual case: nothing to say otherwise, and nothing spent on it
    held = tuple(f for degree in resume.education for f in degree.fields)
    say = _Say(_field_pattern(frozenset((*fields, *held))))
    texts = _said(say, result.reason, result.gap, result.suggestion, result.searched_for)
    parts = tuple(_part_for_people(part, say) if part.kind in SAID_BY else part for part in result.parts)
    if texts is None and all(new is old for new, old in zip(parts, result.parts, strict=True)):
        return result
    reason, gap, suggestion, searched_for = texts or (
        result.reason,
        result.gap,
        result.suggestion,
        result.searched_for,
    )
    return replace(
        result, reason=reason, gap=gap, suggestion=suggestion, searched_for=searched_for, parts=parts
    )


SAID_BY = ("years", "degree")  # the checkers whose texts can hold field ids (years via a degree line)


def _part_for_people(part: PartVerdict, say: _Say) -> PartVerdict:
    texts = _said(say, part.reason, part.gap, part.suggestion, part.searched)
    if texts is None:
        return part
    reason, gap, suggestion, searched = texts
    return replace(part, reason=reason, gap=gap, suggestion=suggestion, searched=searched)


def _said(
    say: _Say, reason: str, gap: str, suggestion: str, searched: tuple[str, ...]
) -> tuple[str, str, str, tuple[str, ...]] | None:
    """The four texts said for people, or None when none of them changes."""
    said = (say(reason), say(gap), say(suggestion), tuple(say(label) for label in searched))
    return None if said == (reason, gap, suggestion, searched) else said


class _Say:
    """Rewrites one requirement's texts: the degree fields' ids as their names."""

    def __init__(self, fields: tuple[frozenset[str], re.Pattern[str]] | None) -> None:
        self.fields = fields

    def __call__(self, text: str) -> str:
        if text and self.fields is not None and any(field in text for field in self.fields[0]):
            return self.fields[1].sub(_field_names, text)
        return text


def _field_names(found: re.Match[str]) -> str:
    from jobmatch.phrases import degree_vocabulary

    names = degree_vocabulary().field_names
    return "/".join(names[field] for field in found.group().split("/"))


@lru_cache(maxsize=4096)
def _field_pattern(fields: frozenset[str]) -> tuple[frozenset[str], re.Pattern[str]] | None:
    """The ids among ``fields``, and a pattern of them alone or joined by "/"
    ("computer-science/stem")."""
    from jobmatch.phrases import degree_vocabulary

    known = sorted((f for f in fields if f in degree_vocabulary().field_names), key=len, reverse=True)
    if not known:
        return None
    one = "|".join(re.escape(f) for f in known)
    return frozenset(known), re.compile(rf"(?<![\w-])(?:{one})(?:/(?:{one}))*(?![\w-])")
