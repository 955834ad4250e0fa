"""Regions of the world a posting asks experience in ("the GCC hospitality market", "DACH
accounts"), from ``data/regions.yaml``: the region a name stands for, and the places a résumé
writes instead (Dubai, Riyadh, Doha for the GCC). Pure and spaCy-free."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobmatch.errors import DataError
from jobmatch.resources import alternation, check_keys, load_data, string_list

FILE = "regions.yaml"
CONTEXT_WINDOW = 40  # characters around a short region name where a region word must stand


@dataclass(frozen=True)
class Region:
    id: str
    name: str
    places: re.Pattern[str]  # any of its countries and cities, as whole words


@dataclass(frozen=True)
class RegionVocabulary:
    regions: dict[str, Region]
    by_name: dict[str, str]  # lower-case name -> region id
    short_names: frozenset[str]  # names that are also something else ("GCC"): need context
    context: re.Pattern[str]
    names: re.Pattern[str]  # every region's names, as written (case matters: "UK", not "uk")
    # "2 years in GCC", "a beach property in the GCC": a word right before a short name (or before
    # its article) that makes it a place, unless the line speaks of the other sense ("GCC and
    # Clang toolchains")
    place_before: re.Pattern[str] | None = None
    other_sense: re.Pattern[str] | None = None


@cache
def region_vocabulary() -> RegionVocabulary:
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=["regions", "context"],
        optional=["needs_context", "place_before", "other_sense"],
    )
    if not isinstance(data["regions"], dict):
        raise DataError(FILE, "regions", "expected a mapping of region id -> entry")
    regions: dict[str, Region] = {}
    by_name: dict[str, str] = {}
    written: list[str] = []
    for region_id, entry in data["regions"].items():
        where = f"regions.{region_id}"
        entry = check_keys(entry, file=FILE, where=where, required=["name", "names", "places"])
        places = string_list(entry["places"], file=FILE, where=f"{where}.places")
        regions[str(region_id)] = Region(
            id=str(region_id),
            name=str(entry["name"]),
            places=re.compile(rf"(?<![\w-])(?:{alternation(p.lower() for p in places)})(?![\w-])"),
        )
        for name in string_list(entry["names"], file=FILE, where=f"{where}.names"):
            by_name.setdefault(name.lower(), str(region_id))
            written.append(name)
    short = {n.lower() for n in string_list(data.get("needs_context"), file=FILE, where="needs_context")}
    context = string_list(data["context"], file=FILE, where="context")
    before = string_list(data.get("place_before"), file=FILE, where="place_before")
    other = string_list(data.get("other_sense"), file=FILE, where="other_sense")
    return RegionVocabulary(
        regions=regions,
        by_name=by_name,
        short_names=frozenset(short),
        context=re.compile(rf"\b(?:{alternation(c.lower() for c in context)})\b"),
        names=re.compile(rf"(?<![\w-])(?:{alternation(written)})(?![\w-])"),
        place_before=re.compile(rf"\b(?:{alternation(b.lower() for b in before)})\s+(?:the\s+)?$")
        if before
        else None,
        other_sense=re.compile(rf"(?<![\w-])(?:{alternation(o.lower() for o in other)})(?![\w-])")
        if other
        else None,
    )


def region_of(name: str, line: str = "", at: int = -1) -> str | None:
    """The region ``name`` stands for on ``line`` (at offset ``at``), or None. A name that is also
    something else ("GCC") counts only with a region word near it ("GCC countries", "the GCC
    market"): GCC is also a compiler."""
    vocab = region_vocabulary()
    key = name.strip().lower()
    region = vocab.by_name.get(key)
    if region is None and " " in key:  # "DACH accounts", "GCC hospitality": the region and its market
        first, rest = key.split(" ", 1)
        region = vocab.by_name.get(first) if vocab.context.search(rest) else None
        key = first
    if region is None:
        return None
    if key in vocab.short_names:
        if at < 0:
            return None
        near = line[max(0, at - CONTEXT_WINDOW) : at + len(name) + CONTEXT_WINDOW].lower()
        # a region word near it, or one of its own places ("Saudi Arabia or the GCC")
        if not (
            vocab.context.search(near)
            or vocab.regions[region].places.search(near)
            or _placed(line.lower(), at, vocab)
        ):
            return None
    return region


def _placed(line: str, at: int, vocab: RegionVocabulary) -> bool:
    """ "out of which 2 years in GCC", "a valid GCC licence": a place by the word before it, on a
    line that does not speak of the name's other sense."""
    if vocab.place_before is None or not vocab.place_before.search(line[max(0, at - 16) : at]):
        return False
    return vocab.other_sense is None or not vocab.other_sense.search(line)
