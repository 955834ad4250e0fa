"""Sectors (industries) a posting asks experience in, and the words a résumé writes for them.

"Healthcare or higher-education project experience": a literal term that names a sector is, when
the résumé does not write its name, shown by a job line holding one of the sector's words
("medical office buildings", "a university lab renovation"). Vocabulary in ``data/sectors.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jobmatch.errors import DataError
from jobmatch.resources import check_keys, load_data, string_list
from jobmatch.textnorm import normalize

FILE = "sectors.yaml"


@dataclass(frozen=True)
class Sector:
    id: str
    words: tuple[str, ...]  # in normal form, each padded with spaces (" medic "): a job's heading line
    places: tuple[str, ...]  # the same, searched in every line of a job ("medical office buildings")


@dataclass(frozen=True)
class SectorVocabulary:
    by_name: dict[str, str]  # a sector's name in normal form -> its id
    tails: frozenset[str]  # normal-form words that may follow a name ("project", "industry")
    sectors: dict[str, Sector]


@cache
def sector_vocabulary() -> SectorVocabulary:
    data = check_keys(load_data(FILE), file=FILE, where="top level", required=["sectors", "tails"])
    if not isinstance(data["sectors"], dict):
        raise DataError(FILE, "sectors", "expected a mapping of sector id -> entry")
    by_name: dict[str, str] = {}
    sectors: dict[str, Sector] = {}
    for sector_id, entry in data["sectors"].items():
        where = f"sectors.{sector_id}"
        entry = check_keys(entry, file=FILE, where=where, required=["names", "words"], optional=["places"])
        for name in string_list(entry["names"], file=FILE, where=f"{where}.names"):
            key = normalize(name).strip()
            if by_name.setdefault(key, str(sector_id)) != sector_id:
                raise DataError(FILE, f"{where}.names", f"{name!r} already names sector {by_name[key]!r}")
        words = _normal(string_list(entry["words"], file=FILE, where=f"{where}.words"))
        places = _normal(string_list(entry.get("places"), file=FILE, where=f"{where}.places"))
        sectors[str(sector_id)] = Sector(id=str(sector_id), words=words, places=places)
    written_tails = string_list(data["tails"], file=FILE, where="tails")
    tails = frozenset(stem for tail in written_tails for stem in normalize(tail).split())
    return SectorVocabulary(by_name=by_name, tails=tails, sectors=sectors)


def _normal(written: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f" {normalize(w).strip()} " for w in written if normalize(w).strip()))


def sector_named(text: str) -> Sector | None:
    """The sector a term names, alone or followed by words like "project" or "industry"
    ("higher-education project", "the insurance industry"); None for anything else."""
    vocabulary = sector_vocabulary()
    stems = [s for s in normalize(text).split() if s != "the"]
    while stems:
        found = vocabulary.by_name.get(" ".join(stems))
        if found is not None:
            return vocabulary.sectors[found]
        if stems[-1] not in vocabulary.tails:
            return None
        stems.pop()
    return None
