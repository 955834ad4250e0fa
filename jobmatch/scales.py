"""Sizes named in a line: how many people ("a team of 20+", "12 direct reports") and how much
money ("projects over €20m", "GBP 19m school extension"), for requirement lines that ask for a
size and the résumé lines that show one. The vocabulary is ``data/scales.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jobmatch.models import Scale
from jobmatch.resources import check_keys, load_data, string_list, trie_alternation

FILE = "scales.yaml"
PEOPLE, MONEY = "people", "money"
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
    kinds = check_keys(data["kinds"], file=FILE, where="kinds", required=[PEOPLE, MONEY])
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
    return ScaleVocabulary(
        names={PEOPLE: str(people["name"]), MONEY: str(money["name"])},
        people=people_pattern,
        money=money_pattern,
        lead=_words(string_list(data["lead_words"], file=FILE, where="lead_words")),
        not_managed=_words(string_list(data["not_managed"], file=FILE, where="not_managed")),
        pay=_words(string_list(data["pay_words"], file=FILE, where="pay_words")),
        partial_share=float(data["partial_share"]),
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


def required_scale(text: str) -> Scale | None:
    """The size a requirement line asks for: the first team size on a line about leading, else
    the first sum of money on a line not about pay; None when it asks for none."""
    vocabulary = scale_vocabulary()
    if vocabulary.lead.search(text):
        people = people_in(text)
        if people:
            return people[0]
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
    return [
        scale
        for scale in money_in(text)
        if not vocabulary.not_managed.search(text[max(0, scale.start - 30) : scale.start])
    ]
