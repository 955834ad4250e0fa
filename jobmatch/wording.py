"""The texts of a verdict in the words people read, not the forms jobmatch searches by.

The checkers word a reason with what they searched for: a literal term's search key, which is
made of stems ("3+ years in jobs of Linux, enterpris"), and the ids of degree fields
("bachelor degree in computer-science/information-systems/stem"). Before a result leaves the
score stage, :func:`for_people` puts the posting's own words and the fields' names in their
place, in every text a result carries (reason, gap, suggestion, what was searched for, and the
same of each part), so the JSON, the reports and the shortlists all read alike.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from jobmatch.match import PartVerdict, RequirementResult
from jobmatch.models import Requirement, Resume
from jobmatch.textnorm import normalize

# "in jobs of Linux, production operations, enterpris", up to a ";", a bracket or a sentence's end
SCOPE_LEAD = "in jobs of "
SCOPE = re.compile(r"(?:[^;().]|\.(?=\S))+")  # matched right after the lead
TOKEN = re.compile(r"[\w+#&'’.-]*[\w+#]")


def for_people(result: RequirementResult, resume: Resume) -> RequirementResult:
    """``result`` with search keys and field ids in its texts said as names."""
    requirement = result.requirement
    keys = _term_words(requirement) if _has_scoped_terms(requirement) else {}
    fields = requirement.degree.fields if requirement.degree else ()
    if not keys and not fields:
        return result  # the usual case: nothing to say otherwise, and nothing spent on it
    held = tuple(f for degree in resume.education for f in degree.fields)
    say = _Say(keys, _field_pattern(frozenset((*fields, *held))) if fields else None)
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


SAID_BY = ("years", "degree")  # the checkers whose texts hold search keys or field ids


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
    """Rewrites one requirement's texts: its years' literal-term keys and the degree fields."""

    def __init__(self, keys: dict[str, str], fields: tuple[frozenset[str], re.Pattern[str]] | None) -> None:
        self.keys, self.fields = keys, fields

    def __call__(self, text: str) -> str:
        if not text:
            return text
        if self.keys and SCOPE_LEAD in text:
            text = self._scopes(text)
        if self.fields is not None and any(field in text for field in self.fields[0]):
            text = self.fields[1].sub(_field_names, text)
        return text

    def _scopes(self, text: str) -> str:
        """Each "in jobs of A, B, key" of ``text`` with its keys said as the posting's words."""
        pieces, done = [], 0
        lead = text.find(SCOPE_LEAD)
        while lead >= 0:
            found = SCOPE.match(text, lead + len(SCOPE_LEAD))
            if found is None:
                break
            items = found.group().split(", ")
            pieces += [text[done : found.start()], ", ".join(self.keys.get(i.strip(), i) for i in items)]
            done = found.end()
            lead = text.find(SCOPE_LEAD, done)
        return "".join(pieces) + text[done:]


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


def _has_scoped_terms(requirement: Requirement) -> bool:
    return any(years and years.terms for years in (requirement.years, *requirement.sub_years))


@lru_cache(maxsize=1024)
def _term_words(requirement: Requirement) -> dict[str, str]:
    """Each literal term the years of ``requirement`` are of, from its search key ("enterpris")
    to the posting's word for it ("enterprise"). Computed once per requirement."""
    asked = [years for years in (requirement.years, *requirement.sub_years) if years]
    keys = {key.strip() for years in asked for key in years.terms}
    terms = [term for group in requirement.groups for term in group.terms]
    written = {key.strip(): term.text for term in terms for key in term.keys}
    return {key: written.get(key) or _as_written(key, requirement.text) for key in keys if key}


def _as_written(key: str, text: str) -> str:
    """The words of ``text`` whose stems are ``key`` ("enterpris" in "an enterprise production
    environment" -> "enterprise"); the key itself when they are not there."""
    wanted = key.split()
    tokens = [(match, normalize(match.group()).split()) for match in TOKEN.finditer(text)]
    stems = [(index, stem) for index, (_, token_stems) in enumerate(tokens) for stem in token_stems]
    for start in range(len(stems) - len(wanted) + 1):
        if [stem for _, stem in stems[start : start + len(wanted)]] == wanted:
            first, last = tokens[stems[start][0]][0], tokens[stems[start + len(wanted) - 1][0]][0]
            return text[first.start() : last.end()]
    return key
