"""One normal form for phrases on both sides: lower case, punctuation as spaces, words stemmed.

A posting's literal term ("balance-sheet reconciliations") and a résumé line ("reconciled the
balance sheet") are compared in this form, so inflection, hyphens and case do not hide a match.
The stemmer is Porter's first step (plurals, -ed, -ing) plus a final "e" dropped, which is what
separates most spellings of one word in requirement and résumé lines; it is cheap enough to run
over every résumé line. No spaCy here: matching imports this.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

SEPARATORS = re.compile(r"[^\w+#]+|_+")
# Italian and French elided articles and prepositions ("all'OPI", "dell'Albo", "l'Ordre", "d'Excel")
ELIDED_PREPOSITIONS = "all|dell|nell|sull|dall|quell|l|d|qu|un"
DERIVED = ("ation", "ition", "ment", "at")  # "automation"/"automated", "management"/"manage"
VOWELS = frozenset("aeiou")
_stems: dict[str, str] = {}


def _is_consonant(word: str, index: int) -> bool:
    letter = word[index]
    if letter in VOWELS:
        return False
    if letter == "y":
        return index == 0 or not _is_consonant(word, index - 1)
    return True


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel-consonant sequences."""
    count, previous_vowel = 0, False
    for index in range(len(stem)):
        vowel = not _is_consonant(stem, index)
        if previous_vowel and not vowel:
            count += 1
        previous_vowel = vowel
    return count


def _has_vowel(stem: str) -> bool:
    return any(not _is_consonant(stem, i) for i in range(len(stem)))


def _ends_cvc(word: str) -> bool:
    end = len(word) - 1
    return (
        len(word) >= 3
        and _is_consonant(word, end)
        and not _is_consonant(word, end - 1)
        and _is_consonant(word, end - 2)
        and word[-1] not in "wxy"
    )


def _step1(word: str) -> str:
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
        return word
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
            word = word[: -len(suffix)]
            if word.endswith(("at", "bl", "iz")):
                return word + "e"
            doubled = len(word) >= 2 and word[-1] == word[-2] and _is_consonant(word, len(word) - 1)
            if doubled and word[-1] not in "lsz":
                return word[:-1]
            if _measure(word) == 1 and _ends_cvc(word):
                return word + "e"
            return word
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def stem(word: str) -> str:
    """The stem of one lower-case word ("reconciliations" -> "reconcili", "closing" -> "clos")."""
    found = _stems.get(word)
    if found is not None:
        return found
    result = word
    if CODE_PLURAL.match(word):
        result = word[:-1]  # "SEV-1s", "P1s": the plural of a code
    elif len(word) > 3 and word.isalpha():
        result = _step1(word)
        previous = ""
        while result != previous:  # "documentation" and "documented" both end as "docu"
            previous = result
            if len(result) > 3 and result.endswith("e"):
                result = result[:-1]  # "manage" and "managing" alike
            for suffix in DERIVED:
                if result.endswith(suffix) and len(result) - len(suffix) >= 4:
                    result = result[: -len(suffix)].removesuffix("i")  # "reconciliation", "reconciled"
                    break
            else:
                if result.endswith("sion") and len(result) >= 8:
                    result = result[:-3]  # "supervision" and "supervised", "discussion" and "discussed"
    if len(_stems) < 300_000:
        _stems[word] = result
    return result


LETTER_DIGIT_HYPHEN = re.compile(r"(?<=[a-z])-(?=\d)")
CODE_PLURAL = re.compile(r"^[a-z]+\d+s$")


@cache
def _latin_folds() -> dict[int, str]:
    """Accented Latin letters to their plain letter ("é" -> "e", "ñ" -> "n"): a résumé typed on a
    keyboard without accents writes "gestion" for a posting's "gestión", "Altea" for "Altéa".
    Only letters whose decomposition starts with an ASCII letter; other scripts keep theirs."""
    folds = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFKD", chr(code))
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            folds[code] = decomposed[0].lower()
    return folds


@cache
def _foldable() -> re.Pattern[str]:
    """Any character :func:`_latin_folds` may fold (the range it looks in)."""
    return re.compile("[\u00c0-\u024f]")


def fold_accents(text: str) -> str:
    """``text`` with accented Latin letters as plain ones (lower-cased where folded). Most text
    that is not ASCII only has dashes and bullets: a regex finds that out far faster than
    ``translate`` looks up every character."""
    if text.isascii() or not _foldable().search(text):
        return text
    return text.translate(_latin_folds())


def words(text: str, fold: bool = True) -> list[str]:
    """The words of ``text``, lower-cased ("C++" and "C#" kept whole; "SEV-1" and "Sev1" alike), and
    accented Latin letters as plain ones unless ``fold`` is false (words to show, not compare)."""
    lowered = text.lower()
    if fold:
        lowered = fold_accents(lowered)
    if "-" in lowered:
        lowered = LETTER_DIGIT_HYPHEN.sub("", lowered)
    return SEPARATORS.sub(" ", lowered).split()


def normalize(text: str) -> str:
    """``text`` as space-separated stems, with a space at each end so a phrase can be found with
    ``phrase in line`` as whole words (phrases are normalised the same way)."""
    known = _stems.get
    if " & " in text:
        text = text.replace(" & ", " and ")  # "Airframe & Powerplant" is "Airframe and Powerplant"
    return " " + " ".join([known(w) or stem(w) for w in words(text)]) + " "


CODE = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9./+-]+$")  # "A201", "Y14.5-2018", "ISO27001"


def is_named(word: str, first: bool = False) -> bool:
    """Does a word look like a name: an acronym ("CCRN", "GD&T"), a mixed-case name ("NetSuite"),
    a code ("A201"), or a capitalised word that does not start its line?"""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2:
        return True
    if CODE.match(word):
        return True
    return not first and word[:1].isupper() and len(word) > 1
