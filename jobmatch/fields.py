"""Fields of work (software engineering, accounting, acute care nursing ...) named in a text.

A job belongs to fields by its title and its duties: an accountant's jobs are accounting jobs,
an ETL developer's are data engineering, a charge nurse's are nursing and acute care. A posting
line asks for years in a field ("5+ years as a data engineer or similar role", "2-4 years of
general ledger accounting"). Both sides read fields here, from ``data/fields.yaml``, so they agree.
Pure and spaCy-free: matching is one case-insensitive regular expression, longest phrase first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from jobmatch.errors import DataError
from jobmatch.resources import check_keys, load_data, string_list

FILE = "fields.yaml"
DUTY_HITS_NEEDED = 2  # duty phrases a job's lines must name before its duties add a field
# where a title line turns to its employer ("Engineer, Acme", "Engineer — Acme", "Engineer at Acme")
TITLE_PART_END = re.compile(r",|\s[—–|·@]\s|\s-\s|\bat\b")


@dataclass(frozen=True)
class Field:
    """One field of work from ``data/fields.yaml``."""

    id: str
    name: str
    titles: tuple[str, ...]
    duties: tuple[str, ...]
    broader: tuple[str, ...]  # fields this one is part of
    related: tuple[str, ...]  # close enough for partial credit
    # a job titled only by a broader field ("Software Engineer") is not taken to be in this one
    # (data engineering) unless its duties show it
    specialty: bool = False


@dataclass(frozen=True)
class FieldMention:
    """A phrase of a text that names a field: where, what, and whether it is a job title."""

    fields: tuple[str, ...]
    start: int
    end: int
    text: str
    is_title: bool


@dataclass(frozen=True)
class FieldVocabulary:
    fields: dict[str, Field]
    phrase_fields: dict[str, tuple[str, ...]]  # lower-case phrase -> field ids
    titles: frozenset[str]  # lower-case phrases that are job titles
    # first token -> (tokens, phrase) of the phrases it starts, longest first: matching walks a
    # line's tokens once (a regex of a thousand phrases is slow on every line of every résumé)
    by_first_token: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    # words that make a title the helper of the role it names ("Assistant Practice Manager")
    junior_words: frozenset[str] = frozenset()
    # words before a role that say how one holds it, not which role ("an active instructor")
    role_modifiers: frozenset[str] = frozenset()


# A token: a word with the marks that belong to it ("c++", ".net", "ci/cd", "fp&a", "front-end").
TOKEN = re.compile(r"[.#]?\w(?:[\w+#&/'.-]*[\w+#])?")


@cache
def field_vocabulary() -> FieldVocabulary:
    """The fields, validated: unknown keys, unknown ``broader``/``related`` ids and empty entries
    are errors naming the file and the field."""
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=["fields"],
        optional=["junior_words", "role_modifiers"],
    )
    entries = data["fields"]
    if not isinstance(entries, dict) or not entries:
        raise DataError(FILE, "fields", "expected a mapping of field ids")
    fields: dict[str, Field] = {}
    for field_id, entry in entries.items():
        where = f"fields.{field_id}"
        entry = check_keys(
            entry,
            file=FILE,
            where=where,
            required=["name", "titles", "duties"],
            optional=["broader", "related", "specialty"],
        )
        fields[field_id] = Field(
            id=field_id,
            name=str(entry["name"]),
            titles=tuple(t.lower() for t in string_list(entry["titles"], file=FILE, where=f"{where}.titles")),
            duties=tuple(d.lower() for d in string_list(entry["duties"], file=FILE, where=f"{where}.duties")),
            broader=string_list(entry.get("broader"), file=FILE, where=f"{where}.broader"),
            related=string_list(entry.get("related"), file=FILE, where=f"{where}.related"),
            specialty=entry.get("specialty") is True,
        )
    phrase_fields: dict[str, list[str]] = {}
    titles: set[str] = set()
    for field in fields.values():
        for other in field.broader + field.related:
            if other not in fields:
                raise DataError(FILE, f"fields.{field.id}", f"unknown field {other!r}")
        for phrase in field.titles + field.duties:
            ids = phrase_fields.setdefault(phrase, [])
            if field.id not in ids:
                ids.append(field.id)
        titles.update(field.titles)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in phrase_fields:
        tokens = tuple(TOKEN.findall(phrase))
        if not tokens:
            raise DataError(FILE, "fields", f"phrase {phrase!r} has no words")
        by_first.setdefault(tokens[0], []).append((tokens, phrase))
    return FieldVocabulary(
        fields=fields,
        phrase_fields={phrase: tuple(ids) for phrase, ids in phrase_fields.items()},
        titles=frozenset(titles),
        by_first_token={
            first: tuple(sorted(entries, key=lambda entry: -len(entry[0])))
            for first, entries in by_first.items()
        },
        junior_words=frozenset(
            w.lower() for w in string_list(data.get("junior_words"), file=FILE, where="junior_words")
        ),
        role_modifiers=frozenset(
            w.lower() for w in string_list(data.get("role_modifiers"), file=FILE, where="role_modifiers")
        ),
    )


def _same_word(word: str, wanted: str) -> bool:
    """ "engineers" is "engineer", "analyses" "analys" + "es": a plural allowed."""
    return word == wanted or (word.startswith(wanted) and word[len(wanted) :] in ("s", "es"))


def field_mentions(text: str) -> list[FieldMention]:
    """Every phrase of ``text`` that names a field, left to right (overlaps: the longest wins)."""
    vocab = field_vocabulary()
    index = vocab.by_first_token
    matches = list(TOKEN.finditer(text.replace("’", "'")))
    words = [match.group().lower() for match in matches]
    mentions = []
    position = 0
    while position < len(words):
        word = words[position]
        candidates = index.get(word, ()) + index.get(word[:-1], ()) + index.get(word[:-2], ())
        found = None
        for tokens, phrase in candidates:
            end = position + len(tokens)
            if end > len(words):
                continue
            if len(tokens) == 1:
                if _same_word(word, tokens[0]):
                    found = (end, phrase)
                    break
            elif (
                word == tokens[0]
                and words[position + 1 : end - 1] == list(tokens[1:-1])
                and _same_word(words[end - 1], tokens[-1])
            ):
                found = (end, phrase)
                break
        if found is None:
            position += 1
            continue
        end, phrase = found
        start, stop = matches[position].start(), matches[end - 1].end()
        mentions.append(
            FieldMention(
                fields=vocab.phrase_fields[phrase],
                start=start,
                end=stop,
                text=text[start:stop],
                is_title=phrase in vocab.titles,
            )
        )
        position = end
    return mentions


ROLE_BEFORE = re.compile(r"\bas an?\b", re.IGNORECASE)
ROLE_AFTER = re.compile(r"\s+(?:experience|roles?|positions?)\b", re.IGNORECASE)


def role_mentions(text: str) -> list[FieldMention]:
    """The job titles a years phrase asks for as the role held: "as a Project Manager", "as a UX,
    interaction, or product designer", "of RN experience" (a title named as a field elsewhere,
    "in SRE, DevOps or platform roles", is not a role of its own)."""
    as_role = ROLE_BEFORE.search(text)
    after_as = as_role.end() if as_role is not None else len(text) + 1
    mentions = field_mentions(text)
    return [m for m in mentions if m.is_title and (m.start >= after_as or ROLE_AFTER.match(text, m.end))]


# "as a Sous Chef or Junior Sous Chef on a busy pass": the role ends at a preposition or a clause
# (the text is one clause already: a comma here parts a list)
AS_ROLE = re.compile(
    r"\bas an?\s+(?P<role>[^;:.()]+?)(?=\s+(?:on|in|at|with|within|for|across|including|where|who|that|"
    r"which|and\s+(?:have|has|be|are|is))\b|\s*[;:.()]|\s*$)",
    re.IGNORECASE,
)
ROLE_SEPARATOR = re.compile(r"\s*(?:/|,|\bor\b|\band\b)\s*", re.IGNORECASE)
ROLE_MAX_WORDS = 5


def role_phrases(text: str) -> tuple[str, ...]:
    """The roles a years phrase names after "as a", as written in lower case: "as a Sous Chef or
    Junior Sous Chef" -> ("sous chef", "junior sous chef"); "as a veterinary technician" ->
    ("veterinary technician",). Known titles and unknown ones alike."""
    found = AS_ROLE.search(text)
    if found is None:
        return ()
    role = found.group("role")
    title_words = _title_words()
    for word in WORD.finditer(role):  # "a designer working on ...", "an engineer building ...":
        if word.start() and word.group().lower().endswith("ing") and word.group().lower() not in title_words:
            role = role[: word.start()]  # a participle ends the role (not "Engineering Manager")
            break
    phrases = []
    for part in ROLE_SEPARATOR.split(role):
        words = WORD.findall(part.lower())
        if words and words[0] in ("a", "an"):
            words = words[1:]
        while len(words) > 1 and words[0] in field_vocabulary().role_modifiers:
            words = words[1:]  # "as an active instructor", "as a qualified electrician": the role
        if 0 < len(words) <= ROLE_MAX_WORDS:
            phrases.append(words)
    if phrases and len(phrases[-1]) > 1:  # "a UX, interaction or product designer": one head
        titles = field_vocabulary().titles
        phrases = [
            [*words, phrases[-1][-1]]
            if len(words) == 1 and words[0] not in titles and not AGENT_NOUN.search(words[0])
            else words
            for words in phrases
        ]
    return tuple(dict.fromkeys(" ".join(words) for words in phrases))


# a word that names a person at work by its ending ("an upholsterer or furniture maker", "a
# plasterer or dry-liner"): a role of its own, not a modifier sharing the last item's head
AGENT_NOUN = re.compile(r"(?:erer|ist|ician|smith|wright|person|woman|man)$")


@cache
def _title_words() -> frozenset[str]:
    return frozenset(word for title in field_vocabulary().titles for word in WORD.findall(title))


# last words of some titles that also end ordinary lines ("Ran weekly staff training", "IT support")
NOT_TITLE_HEADS = frozenset(
    {
        "",
        "training",
        "support",
        "it",
        "civil",
        "hotel",
        "department",
        "report",
        "d",
        "senior",
        "care",
        "work",
        "construction",
        "operations",
        "services",
        "development",
        "management",
        "design",
        "sales",
        "marketing",
    }
)


@cache
def title_heads() -> frozenset[str]:
    """The last words of the known titles ("engineer", "technician", "teacher"): a short line
    ending in one reads as a job title ("Senior Technician")."""
    heads = {head_noun(title) for title in field_vocabulary().titles if len(title.split()) >= 2}
    return frozenset(heads) - NOT_TITLE_HEADS


def head_noun(title: str) -> str:
    """The last word of a job title, singular ("Senior Graphic Designer" -> "designer")."""
    words = WORD.findall(title.lower())
    return words[-1].removesuffix("s") if words else ""


def fields_in(text: str) -> tuple[str, ...]:
    """The ids of the fields ``text`` names, in order of first mention ("5+ years as a data
    engineer or similar role" -> ("data-engineering",))."""
    found: dict[str, None] = {}
    for mention in field_mentions(text):
        for field_id in mention.fields:
            found[field_id] = None
    return tuple(found)


def with_broader(field_ids: Iterable[str]) -> tuple[str, ...]:
    """The fields and every field they are part of (backend -> backend, software engineering)."""
    fields = field_vocabulary().fields
    result: dict[str, None] = {}
    pending = list(field_ids)
    while pending:
        field_id = pending.pop(0)
        if field_id in result or field_id not in fields:
            continue
        result[field_id] = None
        pending.extend(fields[field_id].broader)
    return tuple(result)


def close_fields(field_id: str) -> frozenset[str]:
    """Fields a recruiter would count as close to ``field_id``: its related fields (either way),
    the fields it is part of, and the fields that are part of it."""
    return _close_fields(field_id)


@cache
def _close_fields(field_id: str) -> frozenset[str]:
    """Kept (the vocabulary is read once per process): every résumé asks for the same few."""
    fields = field_vocabulary().fields
    if field_id not in fields:
        return frozenset()
    close = set(fields[field_id].related) | set(with_broader([field_id])[1:])
    for other in fields.values():
        if field_id in other.related or field_id in other.broader:
            close.add(other.id)
    close.discard(field_id)
    return frozenset(close)


WORD = re.compile(r"[^\W\d_]+")


@cache
def _phrase_words(field_ids: frozenset[str] | None) -> frozenset[str]:
    """The words (letters only, lower case) of the first tokens of the phrases of ``field_ids``
    (of every field for None): a line with none of them starts no mention of those fields."""
    vocab = field_vocabulary()
    return frozenset(
        word
        for first, entries in vocab.by_first_token.items()
        if field_ids is None or any(set(vocab.phrase_fields[phrase]) & field_ids for _, phrase in entries)
        for word in WORD.findall(first)
    )


def narrower_fields(field_id: str) -> frozenset[str]:
    """The fields that are part of ``field_id`` (acute care nursing for nursing)."""
    return _narrower(field_id)


@cache
def _joined_fields(title_fields: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """For each other field a narrower field of the title's is also part of, the narrower fields
    it joins the title's field with: {"construction": {"construction-project-management"}} for a
    project manager. Kept: every résumé's jobs have the same few titles."""
    fields = field_vocabulary().fields
    above = set(with_broader(title_fields))  # healthcare is no trade of its own beside nursing
    joins: dict[str, set[str]] = {}
    for field_id in {f for title_field in title_fields for f in _narrower(title_field)}:
        for other in fields[field_id].broader:
            if other not in above:
                joins.setdefault(other, set()).add(field_id)
    return {k: frozenset(v) for k, v in joins.items()}


def _counted_for(
    named: Iterable[str], narrower: frozenset[str], joins: dict[str, frozenset[str]]
) -> set[str]:
    """The narrower fields a mention of ``named`` counts for: itself, or the fields it joins."""
    counted: set[str] = set()
    for field_id in named:
        if field_id in narrower:
            counted.add(field_id)
        counted |= joins.get(field_id, frozenset())
    return counted


@cache
def _narrower(field_id: str) -> frozenset[str]:
    """The fields that are part of ``field_id`` (backend and frontend engineering for software)."""
    return frozenset(f for f in field_vocabulary().fields if field_id in with_broader([f])[1:])


def is_specialty(field_id: str) -> bool:
    """Does a generic title of the broader field fall short of this field (see Field.specialty)?"""
    field = field_vocabulary().fields.get(field_id)
    return field is not None and field.specialty


def field_name(field_id: str) -> str:
    field = field_vocabulary().fields.get(field_id)
    return field.name if field else field_id


def position_fields(title: str, lines: Iterable[str | tuple[str, frozenset[str] | None]]) -> tuple[str, ...]:
    """The fields a job belongs to, from its title and the lines describing it.

    The title decides first. Duties add a field only when they name it at least twice and it is
    part of a title field (a "Software Engineer" doing ETL all day is in data engineering, a
    "Staff Nurse" in an ICU in acute care nursing); a merely related field is not added (a frontend
    engineer's design-system work does not make the job a UX design job). A job whose title names
    no field gets the fields its duties name most. Broader fields are included, so a backend job
    counts for software engineering too."""
    mentions = field_mentions(title)
    role_end = TITLE_PART_END.search(title)
    # no title phrase: the role part's own words ("Engineer, Tidewater Freight" is not logistics)
    named = [m for m in mentions if m.is_title]
    # a title phrase in the role part wins over one in the employer's name ("Judicial Extern - Circuit
    # Court of Cook County" is no cook)
    titles = (
        [m for m in named if not role_end or m.start < role_end.start()]
        or named
        or [m for m in mentions if not role_end or m.start < role_end.start()]
    )
    title_fields = list(dict.fromkeys(f for m in titles for f in m.fields))
    narrower = {f for title_field in title_fields for f in _narrower(title_field)}
    chosen = list(title_fields)
    if title_fields and not narrower:
        return with_broader(chosen)  # "Senior Accountant": nothing in the duties can narrow it
    hits: Counter[str] = Counter()
    # a narrower field that joins the title's field with another ("Construction project
    # management" is project management and construction): the other field's words count for it
    joins = _joined_fields(tuple(title_fields))
    # the rest of the title names the unit ("Registered Nurse, Intensive Care Unit, ...") or the
    # employer's trade ("Project Manager — Chinook Construction Ltd."): as strong as the duties
    # naming it twice
    for mention in mentions:
        if mention not in titles and title_fields:
            hits.update({f: DUTY_HITS_NEEDED for f in _counted_for(mention.fields, narrower, joins)})
    wanted = _phrase_words(frozenset(narrower | set(joins)) if title_fields else None)
    for line in lines:
        text, words = line if isinstance(line, tuple) else (line, None)
        if words is not None and wanted.isdisjoint(words):
            continue  # the line names none of the fields that could be added: skip the scan
        for mention in field_mentions(text):
            hits.update(mention.fields)
            hits.update(_counted_for(mention.fields, frozenset(), joins) - set(mention.fields))
        if title_fields and any(hits[f] >= DUTY_HITS_NEEDED for f in narrower):
            break  # a narrower field is settled; reading on would not change the job's fields
    if title_fields:
        chosen += [f for f, count in hits.most_common() if count >= DUTY_HITS_NEEDED and f in narrower]
    elif hits:
        top = hits.most_common(1)[0][1]
        if top >= DUTY_HITS_NEEDED:
            chosen += [f for f, count in hits.most_common(3) if count >= max(DUTY_HITS_NEEDED, top / 2)]
    return with_broader(dict.fromkeys(chosen))


def role_part(title: str) -> str:
    """ "Senior Graphic Designer — Buckeye Foods, Columbus" -> "Senior Graphic Designer"."""
    end = TITLE_PART_END.search(title)
    return title[: end.start()] if end else title
