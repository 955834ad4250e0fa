"""The skills knowledge base: canonical skills and concepts, their aliases and implications.

Three layers, as in scispacy's linker: this module is the knowledge base (id -> entry,
alias -> id); :mod:`jobmatch.linker` generates fuzzy candidates; :mod:`jobmatch.pipeline`
turns aliases into spaCy patterns. Everything here is plain data, loaded from
``data/taxonomy/*.yaml`` and validated on load.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from jobmatch.errors import DataError
from jobmatch.resources import check_keys, data_dir, read_yaml, string_list

SKILL_CATEGORIES = frozenset(
    [
        "language",
        "framework",
        "library",
        "database",
        "cloud",
        "devops",
        "data",
        "ml",
        "security",
        "tool",
        "os",
        "networking",
        "testing",
        "methodology",
        "platform",
        "design",
        "mobile",
        "web",
        "business",
        "knowledge",
        "human-language",  # English, German ...: a requirement of its own, unlike broad knowledge
        "healthcare",
    ]
)
CONCEPT_CATEGORIES = frozenset({"domain", "soft"})
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9+#.-]*$")
CONCEPTS_FILE = "concepts.yaml"


# skill categories of concrete tools (a language, a framework, a database): years of one count in
# any job that uses it, and it is never only the kind of work another tool was used for
TOOL_CATEGORIES = frozenset(
    {
        "language",
        "framework",
        "library",
        "tool",
        "database",
        "cloud",
        "devops",
        "platform",
        "os",
        "mobile",
        "ml",
    }
)


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()

    @property
    def plain_aliases(self) -> tuple[str, ...]:
        """Aliases matched case-insensitively: the name (unless ambiguous) plus ``aliases``."""
        names = () if self.name in self.ambiguous_aliases else (self.name,)
        return tuple(dict.fromkeys(names + self.aliases))


@dataclass(frozen=True)
class Concept:
    """A requirement that is not a keyword ("large scale distributed systems", "collaboration").

    ``phrases`` name the concept (in a posting or a résumé); ``evidence`` phrases and
    ``evidence_skills`` show it indirectly in a résumé (sharding, Kafka at scale ...).
    """

    id: str
    name: str
    category: str
    phrases: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    evidence_skills: tuple[str, ...] = ()
    suggestion: str = ""


@dataclass(frozen=True)
class Taxonomy:
    skills: dict[str, Skill]
    concepts: dict[str, Concept]
    version: str
    implied_by_index: dict[str, frozenset[str]] = field(default_factory=dict)
    products_index: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def name_of(self, entry_id: str) -> str:
        entry = self.skills.get(entry_id) or self.concepts.get(entry_id)
        return entry.name if entry else entry_id

    def implied(self, skill_id: str) -> frozenset[str]:
        """Every broader skill that ``skill_id`` evidences, transitively (not itself)."""
        seen: set[str] = set()
        stack = list(self.skills[skill_id].implies) if skill_id in self.skills else []
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(self.skills[current].implies if current in self.skills else ())
        return frozenset(seen)

    def implied_by(self, skill_id: str) -> frozenset[str]:
        """Every narrower skill that evidences ``skill_id`` (e.g. kubernetes for containers)."""
        return self.implied_by_index.get(skill_id, frozenset())

    def products_of(self, skill_id: str) -> tuple[str, ...]:
        """The skills whose direct parent is ``skill_id`` (CATIA for CAD), sorted; looked up on
        every résumé, so kept once found."""
        found = self.products_index.get(skill_id)
        if found is None:
            found = self.products_index[skill_id] = tuple(
                sorted(s for s in self.implied_by(skill_id) if skill_id in self.skills[s].implies)
            )
        return found


MIRROR_FILE = "parsed.json"  # the YAML files parsed, as JSON: ten times faster to read


def _source_hash(files: list[Path]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _mirrored(folder: Path, files: list[Path]) -> dict[str, object]:
    """The parsed documents from ``parsed.json`` when it was written from exactly these YAML
    files (the YAML stays the source: edit it and the stale mirror is ignored), else {}."""
    import json

    mirror = folder / MIRROR_FILE
    try:
        data = json.loads(mirror.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("source") != _source_hash(files):
        return {}
    documents = data.get("documents")
    return documents if isinstance(documents, dict) else {}


def write_mirror(folder: Path | None = None) -> Path:
    """Write ``parsed.json`` from the taxonomy's YAML files (``python -m jobmatch.taxonomy``)."""
    import json

    folder = folder or data_dir() / "taxonomy"
    files = sorted(folder.glob("*.yaml"))
    documents = {path.name: read_yaml(path) for path in files}
    mirror = folder / MIRROR_FILE
    text = json.dumps({"source": _source_hash(files), "documents": documents}, ensure_ascii=False)
    mirror.write_text(text + "\n", encoding="utf-8")
    return mirror


def _iter_entries(path: Path, key: str, parsed: object = None) -> Iterator[tuple[str, object]]:
    document = read_yaml(path) if parsed is None else parsed
    check_keys(document, file=path.name, where="top level", required=[key])
    entries = document[key]
    if not isinstance(entries, list):
        raise DataError(path.name, key, "expected a list")
    for index, entry in enumerate(entries):
        label = entry.get("id", f"#{index + 1}") if isinstance(entry, dict) else f"#{index + 1}"
        yield f"{key}[{label}]", entry


def _parse_skill(entry: object, file: str, where: str) -> Skill:
    entry = check_keys(
        entry,
        file=file,
        where=where,
        required=["id", "name", "category"],
        optional=["aliases", "ambiguous_aliases", "implies"],
    )
    skill = Skill(
        id=str(entry["id"]),
        name=str(entry["name"]),
        category=str(entry["category"]),
        aliases=string_list(entry.get("aliases"), file=file, where=f"{where}.aliases"),
        ambiguous_aliases=string_list(
            entry.get("ambiguous_aliases"), file=file, where=f"{where}.ambiguous_aliases"
        ),
        implies=string_list(entry.get("implies"), file=file, where=f"{where}.implies"),
    )
    if not ID_PATTERN.match(skill.id):
        raise DataError(file, where, f"id {skill.id!r} must match {ID_PATTERN.pattern}")
    if skill.category not in SKILL_CATEGORIES:
        raise DataError(file, where, f"unknown category {skill.category!r}")
    return skill


def _parse_concept(entry: object, file: str, where: str) -> Concept:
    entry = check_keys(
        entry,
        file=file,
        where=where,
        required=["id", "name", "category", "phrases"],
        optional=["evidence", "evidence_skills", "suggestion"],
    )
    concept = Concept(
        id=str(entry["id"]),
        name=str(entry["name"]),
        category=str(entry["category"]),
        phrases=string_list(entry.get("phrases"), file=file, where=f"{where}.phrases"),
        evidence=string_list(entry.get("evidence"), file=file, where=f"{where}.evidence"),
        evidence_skills=string_list(
            entry.get("evidence_skills"), file=file, where=f"{where}.evidence_skills"
        ),
        suggestion=str(entry.get("suggestion", "")),
    )
    if not ID_PATTERN.match(concept.id):
        raise DataError(file, where, f"id {concept.id!r} must match {ID_PATTERN.pattern}")
    if concept.category not in CONCEPT_CATEGORIES:
        raise DataError(file, where, f"unknown category {concept.category!r}")
    return concept


def check_taxonomy(folder: Path | None = None) -> tuple[Taxonomy | None, list[str]]:
    """Load every taxonomy file, collecting all problems instead of stopping at the first."""
    folder = folder or data_dir() / "taxonomy"
    problems: list[str] = []
    skills: dict[str, Skill] = {}
    concepts: dict[str, Concept] = {}
    where_defined: dict[str, str] = {}
    alias_owner: dict[str, str] = {}
    files = sorted(folder.glob("*.yaml"))
    if not files:
        return None, [f"{folder}: no taxonomy files"]

    def claim_alias(alias: str, owner: str, location: str) -> None:
        key = alias.casefold()
        previous = alias_owner.setdefault(key, owner)
        if previous != owner:
            problems.append(f"{location}: alias {alias!r} already belongs to {previous!r}")

    mirrored = _mirrored(folder, files)
    for path in files:
        is_concepts = path.name == CONCEPTS_FILE
        try:
            key = "concepts" if is_concepts else "skills"
            for where, raw in _iter_entries(path, key, mirrored.get(path.name)):
                try:
                    entry = (_parse_concept if is_concepts else _parse_skill)(raw, path.name, where)
                except DataError as error:
                    problems.append(str(error))
                    continue
                location = f"{path.name}: {where}"
                if entry.id in where_defined:
                    problems.append(f"{location}: duplicate id (first in {where_defined[entry.id]})")
                    continue
                where_defined[entry.id] = location
                if isinstance(entry, Skill):
                    skills[entry.id] = entry
                    for alias in entry.plain_aliases:
                        claim_alias(alias, entry.id, location)
                    for alias in entry.ambiguous_aliases:
                        claim_alias(alias, entry.id, location)
                else:
                    concepts[entry.id] = entry
        except DataError as error:
            problems.append(str(error))

    for skill in skills.values():
        for target in skill.implies:
            if target not in skills:
                problems.append(f"{where_defined[skill.id]}: implies unknown skill {target!r}")
    for concept in concepts.values():
        for target in concept.evidence_skills:
            if target not in skills:
                problems.append(
                    f"{where_defined[concept.id]}: evidence_skills names unknown skill {target!r}"
                )
    if problems:
        return None, problems

    implied_by: dict[str, set[str]] = {}
    taxonomy = Taxonomy(skills=skills, concepts=concepts, version=_version(files))
    for skill_id in skills:
        for broader in taxonomy.implied(skill_id):
            implied_by.setdefault(broader, set()).add(skill_id)
    taxonomy.implied_by_index.update({k: frozenset(v) for k, v in implied_by.items()})
    return taxonomy, []


def _version(files: list[Path]) -> str:
    """A content hash of the taxonomy, so caches keyed on it expire when the data changes."""
    return _source_hash(files)[:12]


@cache
def load_taxonomy() -> Taxonomy:
    taxonomy, problems = check_taxonomy()
    if taxonomy is None:
        raise DataError("taxonomy", "", f"{len(problems)} problem(s); first: {problems[0]}")
    return taxonomy


if __name__ == "__main__":
    print(f"wrote {write_mirror()}")
