"""Sizes named in a line: how many people ("a team of 20+", "12 direct reports") and how much
money ("projects over €20m", "GBP 19m school extension"), for requirement lines that ask for a
size and the résumé lines that show one. The vocabulary is ``data/scales.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from jobmatch.models import Scale
from jobmatch.resources import DataError, check_keys, load_data, string_list, trie_alternation

FILE = "scales.yaml"
PEOPLE, MONEY, TALLY = "people", "money", "tally"
MAX_PEOPLE = 1_000_000  # a bigger "team" is a year or a count of something else
MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
}
CURRENCY_CODES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "A$": "AUD",
                  "C$": "CAD", "NZ$": "NZD", "R$": "BRL"}  # fmt: skip
CURRENCY_WORDS = {"dollars": "USD", "pounds": "GBP", "euros": "EUR", "rupees": "INR", "dirhams": "AED",
                  "yen": "JPY", "rand": "ZAR"}  # fmt: skip
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MULTIPLIER = r"(?i:thousand|million|billion|mm|mn|bn|k|m|b)\b"
COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,6}"  # a head count: "1,200 staff"
RANGE_TO = r"\s?(?:-|–|to)\s?"  # "$5-10M": the lower bound, in the upper bound's multiplier


@dataclass(frozen=True)
class ScaleVocabulary:
    names: dict[str, str]
    people: re.Pattern[str]
    money: re.Pattern[str]
    lead: re.Pattern[str]
    not_managed: re.Pattern[str]
    pay: re.Pattern[str]
    partial_share: float
    tally: re.Pattern[str] | None = None  # "300 logged dives", "Logged dives: 1,150"
    unit_of: dict[str, str] = field(default_factory=dict)  # a unit's name as written -> the unit
    unit_ends: frozenset[str] = frozenset()  # words that end a unit written out ("days logged in")
    not_units: frozenset[str] = frozenset()  # what such a unit never starts with: time, people
    not_counted: frozenset[str] = frozenset()  # words no such unit holds: seasons, credits


def _words(values: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{trie_alternation(v.lower() for v in values)})(?![\w-])", re.IGNORECASE)


@cache
def scale_vocabulary() -> ScaleVocabulary:
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=[
            "kinds",
            "currencies",
            "partial_share",
            "lead_words",
            "not_managed",
            "pay_words",
        ],
    )
    kinds = check_keys(data["kinds"], file=FILE, where="kinds", required=[PEOPLE, MONEY], optional=[TALLY])
    people = check_keys(kinds[PEOPLE], file=FILE, where="kinds.people", required=["name", "nouns", "before"])
    money = check_keys(kinds[MONEY], file=FILE, where="kinds.money", required=["name", "nouns"])
    currencies = check_keys(data["currencies"], file=FILE, where="currencies", required=["symbols", "words"])
    nouns = trie_alternation(
        n.lower() for n in string_list(people["nouns"], file=FILE, where="kinds.people.nouns")
    )
    before = trie_alternation(
        b.lower() for b in string_list(people["before"], file=FILE, where="kinds.people.before")
    )
    people_pattern = re.compile(
        rf"(?:(?<![\w-])(?:{before})\s+(?:up\s+to\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+)?"
        rf"(?P<n1>{COUNT})(?!\s*(?:%|years?\b|yrs?\b|months?\b))"
        rf"|(?<![\w.,$£€-])(?P<n2>{COUNT})\s*(?:\+\s*)?(?:-\s*)?(?:(?:strong|person|people|member)\s+)?"
        rf"(?:[a-z-]+\s+)?(?:{nouns})\b"
        rf"|(?<![\w.,$£€-])(?P<n3>{COUNT})\s*-?\s*(?:person|people|member|strong|fte)\s+(?:[a-z-]+\s+)?"
        rf"(?:team|crew|department|unit|workforce|organi[sz]ation)s?\b)",
        re.IGNORECASE,
    )
    symbols = string_list(currencies["symbols"], file=FILE, where="currencies.symbols")
    words = string_list(currencies["words"], file=FILE, where="currencies.words")
    symbol = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    # a code in capitals ("GBP 19m", not "cad 3d"); the amount not run into a word ("CAD 3D")
    money_pattern = re.compile(
        rf"(?:(?<![A-Za-z])(?P<cur>{symbol})\s?(?P<a1>{NUMBER})(?:{RANGE_TO}(?P<hi1>{NUMBER}))?"
        rf"\s?(?P<m1>{MULTIPLIER})?(?![A-Za-z])"
        rf"|(?<![\w.])(?P<a2>{NUMBER})\s?(?P<m2>{MULTIPLIER})?\s?(?P<word>(?i:{'|'.join(words)}))\b)"
    )
    tally, unit_of = _tally(kinds.get(TALLY))
    return ScaleVocabulary(
        names={
            PEOPLE: str(people["name"]),
            MONEY: str(money["name"]),
            TALLY: str((kinds.get(TALLY) or {}).get("name", TALLY)),
        },
        people=people_pattern,
        money=money_pattern,
        lead=_words(string_list(data["lead_words"], file=FILE, where="lead_words")),
        not_managed=_words(string_list(data["not_managed"], file=FILE, where="not_managed")),
        pay=_words(string_list(data["pay_words"], file=FILE, where="pay_words")),
        partial_share=float(data["partial_share"]),
        tally=tally,
        unit_of=unit_of,
        unit_ends=_listed(kinds.get(TALLY), "unit_ends"),
        not_units=_listed(kinds.get(TALLY), "not_units"),
        not_counted=_listed(kinds.get(TALLY), "not_counted"),
    )


def _listed(data: object, key: str) -> frozenset[str]:
    if not isinstance(data, dict) or key not in data:
        return frozenset()
    return frozenset(w.lower() for w in string_list(data[key], file=FILE, where=f"kinds.tally.{key}"))


def _tally(data: object) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern of a count of logged things, and each unit name's unit."""
    if not data:
        return None, {}
    entry = check_keys(
        data,
        file=FILE,
        where="kinds.tally",
        required=["name", "units"],
        optional=["unit_ends", "not_units", "not_counted"],
    )
    units = entry["units"]
    if not isinstance(units, dict):
        raise DataError(FILE, "kinds.tally.units", "expected a mapping of unit -> names")
    unit_of = {
        name.lower(): str(unit)
        for unit, names in units.items()
        for name in string_list(names, file=FILE, where=f"kinds.tally.units.{unit}")
    }
    return _count_pattern(trie_alternation(unit_of)), unit_of


def _count_pattern(unit: str) -> re.Pattern[str]:
    """A count of a unit (a regular expression of its names), as a line states it: the number
    before it ("1,150 logged dives") or after it and a colon ("Logged dives: 1,150")."""
    return re.compile(
        rf"(?<![\w.,$£€-])(?P<n1>{COUNT})\s*\+?\s*(?:[a-z-]+\s+)?(?P<u1>{unit})(?![\w-])"
        rf"|(?<![\w-])(?P<u2>{unit})\s*(?::|-|–)\s*(?:over\s+|about\s+|approx\.?\s+)?(?P<n2>{COUNT})\b(?!\s*%)"
        # a logbook table's row: "Total time 3,420 h", "Total flight time | 1,050.4 hours"
        rf"|(?<![\w-])(?P<u3>{unit})\s*(?:\|\s*)?(?P<n3>{COUNT})(?:\.\d+)?\s*(?:h|hrs?|hours)\b",
        re.IGNORECASE,
    )


def _amount(number: str, multiplier: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * MULTIPLIERS.get((multiplier or "").lower(), 1.0)


def _currency(symbol: str | None, word: str | None) -> str:
    if symbol:
        return CURRENCY_CODES.get(symbol, CURRENCY_CODES.get(symbol.upper(), symbol.upper()))
    return CURRENCY_WORDS.get((word or "").lower(), (word or "").upper())


def people_in(text: str) -> list[Scale]:
    """Team sizes a line names ("a team of 14", "12 direct reports", "40-strong team")."""
    found = []
    for match in scale_vocabulary().people.finditer(text):
        number = match.group("n1") or match.group("n2") or match.group("n3")
        value = float(number.replace(",", ""))
        if 0 < value < MAX_PEOPLE and not (1900 <= value <= 2100 and match.group("n2")):
            found.append(Scale(PEOPLE, value, match.group().strip(), match.start(), match.end()))
    return found


def money_in(text: str) -> list[Scale]:
    """Sums of money a line names, with their currency ("£2m", "GBP 19m", "2 million euros")."""
    found = []
    for match in scale_vocabulary().money.finditer(text):
        if match.group("cur"):
            value, currency = (
                _amount(match.group("a1"), match.group("m1")),
                _currency(match.group("cur"), None),
            )
        else:
            value, currency = (
                _amount(match.group("a2"), match.group("m2")),
                _currency(None, match.group("word")),
            )
        found.append(Scale(MONEY, value, match.group().strip(), match.start(), match.end(), currency))
    return found


def tallies_in(text: str) -> list[Scale]:
    """Counts of logged things a line names ("300 logged dives", "Logged dives: 1,150")."""
    vocabulary = scale_vocabulary()
    if vocabulary.tally is None:
        return []
    found = []
    for match in vocabulary.tally.finditer(text):
        number = match.group("n1") or match.group("n2") or match.group("n3")
        name = match.group("u1") or match.group("u2") or match.group("u3")
        value = float(number.replace(",", ""))
        if value > 0 and not (1900 <= value <= 2100 and match.group("n2")):
            unit = vocabulary.unit_of[" ".join(name.lower().split())]
            found.append(Scale(TALLY, value, match.group().strip(), match.start(), match.end(), unit=unit))
    return found


# "at least 120 teaching days", "a minimum of 50 completed audits", "100+ published reviews": a count
# of a thing no unit of the vocabulary names, asked with a bound; its unit is the words as written
OPEN_TALLY = re.compile(
    rf"(?:\b(?:at least|a minimum of|minimum of|minimum|min\.|more than|over|no fewer than|no less than)\s+"
    rf"(?P<n1>{COUNT})\s*\+?|(?<![\w.,$£€-])(?P<n2>{COUNT})\s*\+)"
    rf"\s+(?P<unit>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){{0,2}})",
    re.IGNORECASE,
)


def open_tally(text: str) -> Scale | None:
    """A bounded count of a thing the vocabulary has no unit for ("at least 120 teaching days"):
    its unit is the plural noun phrase after the number, as written."""
    vocabulary = scale_vocabulary()
    for match in OPEN_TALLY.finditer(text):
        words: list[str] = []
        for word in match.group("unit").lower().split():
            if word in vocabulary.unit_ends:
                if words:
                    break
                continue  # "40 completed home inspections": the thing counted follows
            words.append(word)
        if not words or not words[-1].endswith("s") or words[0] in vocabulary.not_units:
            continue
        if any(part in vocabulary.not_counted for word in words for part in word.split("-")):
            continue
        number = match.group("n1") or match.group("n2")
        value = float(number.replace(",", ""))
        if value <= 0 or 1900 <= value <= 2100:
            continue
        unit = " ".join(words)
        return Scale(TALLY, value, f"{number} {unit}", match.start(), match.end(), unit=unit)
    return None


@cache
def _unit_pattern(unit: str) -> re.Pattern[str]:
    """A count of ``unit`` as written: "150 teaching days", "Teaching days: 150"."""
    return _count_pattern(r"\s+".join(re.escape(w) for w in unit.split()))


def counts_of(text: str, unit: str) -> list[Scale]:
    """Counts of ``unit`` a line names: the vocabulary's units, or the unit as written."""
    known = [t for t in tallies_in(text) if t.unit == unit]
    if known or unit in scale_vocabulary().unit_of.values():
        return known
    found = []
    for match in _unit_pattern(unit).finditer(text):
        number = match.group("n1") or match.group("n2")
        found.append(
            Scale(
                TALLY,
                float(number.replace(",", "")),
                match.group().strip(),
                match.start(),
                match.end(),
                unit=unit,
            )
        )
    return found


def required_scale(text: str) -> Scale | None:
    """The size a requirement line asks for: the first team size on a line about leading, else
    the first count of logged things, else the first sum of money on a line not about pay; None
    when it asks for none."""
    vocabulary = scale_vocabulary()
    if vocabulary.lead.search(text):
        people = people_in(text)
        if people:
            return people[0]
    tallies = tallies_in(text)
    if tallies:
        return tallies[0]
    counted = open_tally(text)
    if counted is not None:
        return counted
    if vocabulary.pay.search(text):
        return None
    money = money_in(text)
    return money[0] if money else None


def shown_scales(text: str, kind: str) -> list[Scale]:
    """Sizes of ``kind`` a résumé line shows the candidate had: a team on a line that says they led
    it, money not named as a saving or an award."""
    vocabulary = scale_vocabulary()
    if kind == PEOPLE:
        return people_in(text) if vocabulary.lead.search(text) else []
    if kind == TALLY:
        return tallies_in(text)
    return [
        scale
        for scale in money_in(text)
        if not vocabulary.not_managed.search(text[max(0, scale.start - 30) : scale.start])
    ]
