"""Skills named by the activity a line does: "Analysed experimental data in R" is Data Analysis,
"Reconciled the bank accounts" Bank Reconciliation. Vocabulary in ``data/activities.yaml``; the
skills come from the taxonomy (those named "<thing> <activity>"). No spaCy here: the pipeline's
``activity_spans`` component applies :func:`find_activities` to a Doc's words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jobmatch.resources import check_keys, load_data, string_list
from jobmatch.taxonomy import Taxonomy

FILE = "activities.yaml"
MAX_BETWEEN = 3  # words between the verb and the thing ("analysed two years of ..." stops at "of")


@dataclass(frozen=True)
class Activities:
    things: dict[str, dict[str, str]]  # verb form -> {the thing (singular) -> skill id}
    clause_words: frozenset[str]
    between_words: frozenset[str]
    adjective_endings: tuple[str, ...]

    def may_stand_between(self, word: str) -> bool:
        return word in self.between_words or word.isdigit() or word.endswith(self.adjective_endings)

    def ends_the_phrase(self, word: str) -> bool:
        """After the thing: a clause word, or an adverb ("reconciled the accounts monthly")."""
        return word in self.clause_words or word.endswith("ly")


def _singular(word: str) -> str:
    """The form a listed thing is written in: "companies" -> "company", "budgets" -> "budget"
    ("cases" -> "case"; the "-es" of "boxes" is left to :func:`_forms`)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _forms(word: str) -> tuple[str, ...]:
    """A word as written, and its singulars ("boxes": "boxe", "box")."""
    singular = _singular(word)
    return (word, singular, word[:-2]) if word.endswith("es") else (word, singular)


def activities(taxonomy: Taxonomy) -> Activities:
    """The vocabulary for ``taxonomy`` (built once, with the pipeline)."""
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=["activities", "clause_words", "between_words", "adjective_endings"],
    )
    entries = {
        str(activity): check_keys(
            entry, file=FILE, where=f"activities.{activity}", required=["verbs", "things"]
        )
        for activity, entry in dict(data["activities"]).items()
    }
    # the skills named "<thing> <activity>", read in one pass over the taxonomy's names
    named: dict[str, dict[str, set[str]]] = {activity: {} for activity in entries}
    for skill in taxonomy.skills.values():
        for alias in skill.plain_aliases:
            words = alias.lower().split()
            if len(words) == 2 and words[1] in named:
                named[words[1]].setdefault(_singular(words[0]), set()).add(skill.id)
    things: dict[str, dict[str, str]] = {}
    for activity, entry in entries.items():
        where = f"activities.{activity}"
        listed = {thing.lower() for thing in string_list(entry["things"], file=FILE, where=f"{where}.things")}
        # a thing two skills share for one activity says neither
        unique = {
            thing: next(iter(ids))
            for thing, ids in named[activity].items()
            if thing in listed and len(ids) == 1
        }
        for form in string_list(entry["verbs"], file=FILE, where=f"{where}.verbs"):
            things.setdefault(form.lower(), {}).update(unique)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in string_list(data[key], file=FILE, where=key))

    return Activities(
        things=things,
        clause_words=words("clause_words"),
        between_words=words("between_words"),
        adjective_endings=tuple(string_list(data["adjective_endings"], file=FILE, where="adjective_endings")),
    )


def _heads_its_phrase(
    words: Sequence[str], punctuation: Sequence[bool], at: int, vocabulary: Activities
) -> bool:
    """Is ``words[at]`` the last word of its phrase? Not when a noun follows ("data pipelines"), nor
    when a singular is joined to another word by "and" / "or": "managed site and office teams" is
    about teams ("managed budgets and schedules" names two things)."""
    after = at + 1
    if after == len(words) or punctuation[after]:
        return True
    if not vocabulary.ends_the_phrase(words[after]):
        return False
    return words[after] not in ("and", "or") or _singular(words[at]) != words[at]


def find_activities(
    words: Sequence[str], punctuation: Sequence[bool], vocabulary: Activities
) -> list[tuple[int, int, str]]:
    """(first word, end, skill id) of each verb and its thing in ``words`` (lower-cased; a True in
    ``punctuation`` marks a word that is not a word: ",", "(", "-")."""
    found = []
    for index, word in enumerate(words):
        things = vocabulary.things.get(word)
        if not things:
            continue
        for at in range(index + 1, min(index + 2 + MAX_BETWEEN, len(words))):
            if punctuation[at] or words[at] in vocabulary.clause_words:
                break
            skill = next((things[form] for form in _forms(words[at]) if form in things), None)
            after = at + 1
            if skill is not None and _heads_its_phrase(words, punctuation, at, vocabulary):
                found.append((index, after, skill))
                break
            if not vocabulary.may_stand_between(words[at]):
                break
    return found
