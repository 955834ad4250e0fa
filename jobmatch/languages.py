"""Spoken languages with their levels, and which language a document is written in.

``find_languages("German — native speaker | English — fluent (C1)")`` gives each language named
with its proficiency on one ordered scale (:data:`LEVELS`: CEFR A1 ... C2, then native). Résumés
("Hmong (fluent)", "Languages Known : English, Tamil") and postings ("business-fluent German and
English", "Korean") are read with the same vocabulary, ``data/languages.yaml``. Pure and
spaCy-free. :func:`detect_language` tells which language a text is in from stop-word profiles
and writing systems kept in the same file: cheap, offline, good enough to warn that a résumé is
not in English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from jobmatch.errors import DataError
from jobmatch.resources import alternation, check_keys, load_data, string_list, trie_alternation
from jobmatch.textnorm import ELIDED_PREPOSITIONS

FILE = "languages.yaml"
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")  # lowest first
NATIVE = "native"
CEFR = re.compile(r"(?<![\w])([ABC][12])(?:\s*[+-])?(?:\s*[/–-]\s*[ABC][12])?(?![\w])")
ILR = re.compile(r"\bILR\s*(?:level\s*)?([0-5]\+?)", re.IGNORECASE)
# The id of "another language" asked ("Te reo Māori or another community language"): any language
# beside the one the résumé is written in (jobmatch.match.language checks it).
ANOTHER_LANGUAGE = "another-language"

# a level is read within its own clause (a Dutch one opens "en je ...": "vlot Nederlands en je kan je
# goed behelpen in het Engels")
LEVEL_STOP = re.compile(r"[;|•·,\n]|\s(?:en|and)\s+(?:je|jij|u)\s", re.IGNORECASE)
ROW_LEVEL_STOP = re.compile(r"[;•·,\n]|\s(?:en|and)\s+(?:je|jij|u)\s", re.IGNORECASE)
# work done in languages ("interpret between NZSL and English", "translated letters from French"):
# a résumé line showing them, a requirement asking them at a working level
WORKS_IN_LANGUAGES = re.compile(
    r"(?<!want to )(?<!like to )(?<!hope to )(?<!plan to )(?<!aim to )"
    r"\b(?:interpret(?:s|ed|ing)?|translat(?:e|es|ed|ing)|interpretación|interpretação|traduje|traduzi|"
    r"tradujo|traduciendo|traduzindo)\s+(?:\w+\s+){0,4}?(?:between|from|into|to|for|entre|del|de|para|al)\b",
    re.IGNORECASE,
)
# ("Deutsch- und Englischkenntnisse": the first name's dash stands for the compound's shared end)
JOINING = re.compile(
    r"^-?\s*(?:,|/|&|\+|\band\b|\bor\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bof\b)\s*$", re.IGNORECASE
)
AND_GAP = re.compile(r"^-?\s*(?:/|&|\band\b|\bund\b|\bet\b|\by\b|\ben\b)\s*$", re.IGNORECASE)  # not a comma
SHARED = re.compile(r"\b(?:both|all|beide|alle|les deux|ambos|allebei|beiden)\b", re.IGNORECASE)
LANGUAGE_WORD = re.compile(
    r"\blanguages?\b|\bsprache|\blangue|\bidioma|\blingua|\btaal\b|\btalen\b", re.IGNORECASE
)
VERB_USE = re.compile(r"\s+(?:the|a|an|our|your|their|its|this|these|those|up|off|all)\b", re.IGNORECASE)
LABEL_END = re.compile(r"^\s*[:：\-–—|]\s*")


class LanguageMention(NamedTuple):
    """A language named in a text: its id, the level the text gives (or None), where it is."""

    language: str
    level: str | None
    start: int
    end: int


@dataclass(frozen=True)
class LanguageVocabulary:
    names: dict[str, str]  # id -> name
    alias_of: dict[str, str]  # lower-case alias -> id
    latin_aliases: frozenset[str]  # lower-case aliases in Latin script (must be capitalised)
    aliases: re.Pattern[str]
    codes: re.Pattern[str]
    code_of: dict[str, str]
    level_of: dict[str, str]  # lower-case level phrase -> level
    level_words: re.Pattern[str]
    ilr: dict[str, str]
    exams: tuple[LanguageExam, ...]
    not_before: re.Pattern[str]
    not_spoken_lines: re.Pattern[str]
    list_label: re.Pattern[str]
    stopwords: dict[str, frozenset[str]]
    scripts: tuple[tuple[tuple[str, ...], tuple[tuple[int, int], ...]], ...]
    # the ends a name takes in a compound that still names the language ("Englischkenntnisse")
    compound_ends: tuple[str, ...] = ()
    # a family's adjective -> its languages ("a second European language")
    families: dict[str, frozenset[str]] = field(default_factory=dict)

    def base_alias(self, text: str) -> str:
        """The alias a written name stands for, lower case: "Englischkenntnisse" -> "englisch",
        "Deutsch-" (of "Deutsch- und Englischkenntnisse") -> "deutsch"."""
        key = text.strip().lower().rstrip("-")
        if key in self.alias_of:
            return key
        for end in self.compound_ends:
            if key.endswith(end) and key[: -len(end)].rstrip("-") in self.alias_of:
                return key[: -len(end)].rstrip("-")
        return key


@dataclass(frozen=True)
class LanguageExam:
    """A language exam and the level its results stand for (``data/languages.yaml`` ``exams``)."""

    name: str
    pattern: re.Pattern[str]
    grades: tuple[tuple[str, str], ...] = ()
    scores: tuple[tuple[float, str], ...] = ()  # the least score of each level, highest first
    languages: tuple[str, ...] = ()  # the languages it examines (ids); () for any

    def level(self, text: str) -> str | None:
        found = self.pattern.search(text)
        if found is None:
            return None
        result = next(g for g in found.groups() if g is not None)
        if self.grades:
            return dict(self.grades).get(result)
        value = float(result)
        return next((level for least, level in self.scores if value >= least), None)


def _exams(entries: object) -> tuple[LanguageExam, ...]:
    if not isinstance(entries, list):
        raise DataError(FILE, "exams", "expected a list of exams")
    exams = []
    for index, entry in enumerate(entries):
        where = f"exams[{index}]"
        entry = check_keys(
            entry,
            file=FILE,
            where=where,
            required=["name", "pattern"],
            optional=["grades", "scores", "languages"],
        )
        try:
            pattern = re.compile(str(entry["pattern"]), re.IGNORECASE)
        except re.error as error:
            raise DataError(FILE, where, f"bad pattern: {error}") from None
        grades = tuple((str(k), str(v)) for k, v in (entry.get("grades") or {}).items())
        scores = tuple((float(least), str(level)) for least, level in (entry.get("scores") or []))
        if any(level not in LEVELS for _, level in (*grades, *scores)) or not (grades or scores):
            raise DataError(FILE, where, f"grades or scores must map to one of {', '.join(LEVELS)}")
        languages = tuple(string_list(entry.get("languages"), file=FILE, where=f"{where}.languages"))
        exams.append(
            LanguageExam(
                name=str(entry["name"]), pattern=pattern, grades=grades, scores=scores, languages=languages
            )
        )
    return tuple(exams)


ROMANCE_BEFORE = re.compile(
    # (Italian too: "della lingua inglese", "conoscenza del tedesco", "inglese e tedesco")
    # (and a French article or adjective before it: "un anglais opérationnel", "bon espagnol")
    r"(?:\b(?:de|do|da|dos|das|del|el|en|em|com|con|du|des|le|la|di|della|dello|delle|dei|il|lo|lingua|lingue|"
    r"un|une|bon|bonne|et|ou|"
    # (Polish, Czech and Slovak write it so after their word for language: "Język polski", "jazyk anglický")
    r"język|jazyk|"
    rf"e|ed|o|in|madrelingua)\s+|\b(?:[ld]|{ELIDED_PREPOSITIONS})[’'])$",
    re.IGNORECASE,
)


def _romance_lower_case(alias: str, before: str) -> bool:
    """ "Domínio do inglês", "conhecimentos de espanhol", "alemán avanzado", "Język polski": Spanish,
    Portuguese, French and Polish write a language's name in lower case. A name with an accent is
    never an English word; another, not the language's English name, counts after one of their
    prepositions."""
    if not alias.isascii():
        return True
    return alias not in _english_names() and ROMANCE_BEFORE.search(before) is not None


@cache
def _english_names() -> frozenset[str]:
    """The languages' names as reports say them, in lower case ("polish", "english")."""
    return frozenset(name.lower() for name in language_vocabulary().names.values())


def _is_latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


@cache
def language_vocabulary() -> LanguageVocabulary:
    """The languages, levels and profiles, validated (unknown keys, unknown levels, duplicate
    aliases are errors naming the file and the entry)."""
    data = check_keys(
        load_data(FILE),
        file=FILE,
        where="top level",
        required=[
            "languages",
            "levels",
            "ilr",
            "exams",
            "not_before",
            "not_spoken_lines",
            "list_labels",
            "stopwords",
            "scripts",
        ],
        optional=["compound_ends", "families"],
    )
    names: dict[str, str] = {}
    alias_of: dict[str, str] = {}
    code_of: dict[str, str] = {}
    for language_id, entry in data["languages"].items():
        where = f"languages.{language_id}"
        entry = check_keys(
            entry, file=FILE, where=where, required=["name", "aliases"], optional=["codes", "list_aliases"]
        )
        names[str(language_id)] = str(entry["name"])
        for alias in string_list(entry["aliases"], file=FILE, where=f"{where}.aliases"):
            key = alias.lower()
            if alias_of.setdefault(key, str(language_id)) != language_id:
                raise DataError(FILE, where, f"alias {alias!r} is already {alias_of[key]!r}")
        # codes and names that are a language only in a languages list ("Irish – fluent", not
        # "Irish pharmacy legislation"): matched there, with exact case
        listed = [*string_list(entry.get("codes"), file=FILE, where=f"{where}.codes")]
        listed += string_list(entry.get("list_aliases"), file=FILE, where=f"{where}.list_aliases")
        for code in listed:
            if code_of.setdefault(code, str(language_id)) != language_id:
                raise DataError(FILE, where, f"code {code!r} is already {code_of[code]!r}")
    level_of: dict[str, str] = {}
    for level, words in data["levels"].items():
        if level not in LEVELS:
            raise DataError(FILE, f"levels.{level}", f"unknown level (expected one of {', '.join(LEVELS)})")
        for word in string_list(words, file=FILE, where=f"levels.{level}"):
            if level_of.setdefault(word.lower(), level) != level:
                raise DataError(
                    FILE, f"levels.{level}", f"{word!r} is already level {level_of[word.lower()]}"
                )
    ilr = {str(k): str(v) for k, v in data["ilr"].items()}
    for grade, level in ilr.items():
        if level not in LEVELS:
            raise DataError(FILE, f"ilr.{grade}", f"unknown level {level!r}")
    stopwords = {
        str(language_id): frozenset(
            w.lower() for w in string_list(words, file=FILE, where=f"stopwords.{language_id}")
        )
        for language_id, words in data["stopwords"].items()
    }
    scripts = []
    for index, entry in enumerate(data["scripts"]):
        entry = check_keys(entry, file=FILE, where=f"scripts[{index}]", required=["languages", "ranges"])
        ranges = []
        for text in string_list(entry["ranges"], file=FILE, where=f"scripts[{index}].ranges"):
            try:
                low, high = (int(part, 16) for part in text.split("-"))
            except ValueError:
                raise DataError(
                    FILE, f"scripts[{index}]", f"bad range {text!r} (expected e.g. 0400-04FF)"
                ) from None
            ranges.append((low, high))
        scripts.append(
            (string_list(entry["languages"], file=FILE, where=f"scripts[{index}].languages"), tuple(ranges))
        )
    families = {
        str(family).lower(): frozenset(string_list(members, file=FILE, where=f"families.{family}"))
        for family, members in (data.get("families") or {}).items()
    }
    in_families = [lang for members in families.values() for lang in members]
    for language_id in [*stopwords, *(lang for langs, _ in scripts for lang in langs), *in_families]:
        if language_id not in names:
            raise DataError(FILE, "stopwords/scripts", f"unknown language {language_id!r}")

    def words(key: str) -> re.Pattern[str]:
        phrases = string_list(data[key], file=FILE, where=key)
        return re.compile(rf"(?<![\w])(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)

    compound_ends = tuple(
        sorted(
            (e.lower() for e in string_list(data.get("compound_ends"), file=FILE, where="compound_ends")),
            key=len,
            reverse=True,
        )
    )
    ends = rf"(?:{alternation(compound_ends)})?" if compound_ends else ""
    return LanguageVocabulary(
        names=names,
        alias_of=alias_of,
        latin_aliases=frozenset(a for a in alias_of if _is_latin(a)),
        aliases=re.compile(rf"(?<![\w])(?:{trie_alternation(alias_of)}){ends}(?![\w])", re.IGNORECASE),
        codes=re.compile(rf"(?<![\w])(?:{alternation(code_of)})(?![\w])"),
        code_of=code_of,
        level_of=level_of,
        level_words=re.compile(rf"(?<![\w])(?:{trie_alternation(level_of)})(?![\w])", re.IGNORECASE),
        ilr=ilr,
        exams=_exams(data["exams"]),
        not_before=re.compile(
            rf"^[\s-]*(?:{alternation(string_list(data['not_before'], file=FILE, where='not_before'))})\b",
            re.I,
        ),
        not_spoken_lines=words("not_spoken_lines"),
        list_label=re.compile(
            rf"^\W*(?:{alternation(string_list(data['list_labels'], file=FILE, where='list_labels'))})"
            r"\b\W*?(?:[:：\-–—|]|$)",
            re.IGNORECASE,
        ),
        stopwords=stopwords,
        scripts=tuple(scripts),
        compound_ends=compound_ends,
        families=families,
    )


@cache
def language_first_words() -> frozenset[str]:
    """The first word of every language name and alias, lower case: a line with none of them
    names no language (a quick filter before :func:`find_languages`)."""
    vocab = language_vocabulary()
    firsts = {words[0] for alias in vocab.alias_of if (words := WORD.findall(alias))}
    # ("Englischkenntnisse": a name compounded with its end is a word of its own)
    return frozenset(firsts | {f"{first}{end}" for first in firsts for end in vocab.compound_ends})


def language_name(language_id: str) -> str:
    return language_vocabulary().names.get(language_id, language_id)


def level_rank(level: str | None) -> int:
    """Position of a level on :data:`LEVELS` (-1 for None): for comparing "needs C1, has B2"."""
    return LEVELS.index(level) if level in LEVELS else -1


def is_language_list(text: str) -> bool:
    """Does the line start with a label that says languages follow ("Languages Known :")?"""
    return language_vocabulary().list_label.match(text) is not None


def exam_level_in(text: str, language: str) -> str | None:
    """The level a result in ``text`` of an exam of ``language`` stands for ("CBC/CBC" for French,
    "IELTS 7.0" for English), the best of several."""
    exams = [e for e in language_vocabulary().exams if not e.languages or language in e.languages]
    levels = [level for exam in exams if (level := exam.level(text)) is not None]
    return max(levels, key=level_rank, default=None)


def _levels_in(text: str) -> str | None:
    """The level a stretch of text gives: native words first, then a CEFR or ILR code (the lower
    of "B2/C1"), then the first level word, then a language exam's result ("JLPT N3", "IELTS 7.5"):
    the candidate's own word ("Intermediate (HSK 3)") is how the résumé rates itself."""
    vocab = language_vocabulary()
    # the best result of every exam named ("TOEIC 600, IELTS 7.5"); the exams' names are no
    # level words ("Japanese-Language Proficiency Test")
    results = [(exam.level(text), exam) for exam in vocab.exams]
    exam_level = max((level for level, _ in results if level is not None), key=level_rank, default=None)
    for level, exam in results:
        if level is not None:
            text = exam.pattern.sub(" ", text)
    words = [vocab.level_of[m.group().lower()] for m in vocab.level_words.finditer(text)]
    if NATIVE in words:
        return NATIVE
    cefr = CEFR.search(text)
    if cefr:
        return cefr.group(1)
    ilr = ILR.search(text)
    if ilr and ilr.group(1) in vocab.ilr:
        return vocab.ilr[ilr.group(1)]
    return words[0] if words else exam_level


def find_languages(text: str, *, listing: bool | None = None) -> tuple[LanguageMention, ...]:
    """Every spoken language ``text`` names, with the level it gives for each.

    ``listing``: the text is a list of languages (a line under a "Languages" heading), where names
    may be lower-case and codes ("DE") count; by default, a line that starts with a languages
    label ("Languages Known :") is one. A line about nationality names no spoken language."""
    vocab = language_vocabulary()
    if listing is None:
        listing = is_language_list(text)
    matches = list(vocab.aliases.finditer(text))
    if not matches and not listing:
        return ()
    if not listing and vocab.not_spoken_lines.search(text) and not LANGUAGE_WORD.search(text):
        return ()
    spans: list[tuple[int, int, str]] = []
    for match in matches:
        alias = vocab.base_alias(match.group())
        if (
            not listing
            and alias in vocab.latin_aliases
            and match.group().islower()  # "isiZulu", "isiXhosa": a capital anywhere is a name's own
            and not _romance_lower_case(alias, text[: match.start()])
        ):
            continue  # "polish the UI"
        if vocab.not_before.match(text[match.end() :]):
            continue  # "English Literature"
        if not listing and VERB_USE.match(text[match.end() :]) and not text[: match.start()].strip(" -•*"):
            continue  # "Polish the onboarding flow": a verb opening the line
        spans.append((match.start(), match.end(), vocab.alias_of[alias]))
    if listing:
        taken = [(s, e) for s, e, _ in spans]
        for match in vocab.codes.finditer(text):
            if all(match.end() <= s or match.start() >= e for s, e in taken):
                spans.append((match.start(), match.end(), vocab.code_of[match.group()]))
        spans.sort()
    levels: list[str | None] = []
    leading: list[bool] = []  # the level came from words before the name ("fluent in German")
    # a table's row of one language ("| Icelandic Sign Language (ÍTM) | Intermediate (B1) |"): the
    # level stands in the next cell; "English (C1) | German (B2)" is a list whose "|" parts names
    stop = ROW_LEVEL_STOP if "|" in text and len({language for *_, language in spans}) == 1 else LEVEL_STOP
    for index, (start, end, _) in enumerate(spans):
        after_end = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        after = stop.split(text[end:after_end], maxsplit=1)[0]
        level = _levels_in(after)
        from_before = False
        if level is None:
            before_start = spans[index - 1][1] if index else 0
            before = text[before_start:start]
            # "Polish (min. B1) and basic English": past the bracket that closes the name before,
            # a level word is this name's own
            after_bracket = before.rsplit(")", 1)[1] if ")" in before else ""
            if _levels_in(after_bracket):
                level, from_before = _levels_in(after_bracket), True
            elif not (
                index and levels[index - 1] is not None and not leading[index - 1] and _levels_in(before)
            ):
                level = _levels_in(LEVEL_STOP.split(before)[-1])
                from_before = level is not None
        levels.append(level)
        leading.append(from_before)
    # "fluent in German and English", "Bilingual (English/Spanish)": a level written before the
    # first of joined names is every one's; "English and Spanish — both native" shares backwards.
    for index in range(1, len(spans)):
        gap = text[spans[index - 1][1] : spans[index][0]]
        if levels[index] is None and leading[index - 1] and JOINING.match(gap):
            levels[index], leading[index] = levels[index - 1], True
    shared_back: set[int] = set()  # names that took the level of the name after them
    for index in range(len(spans) - 2, -1, -1):
        gap = text[spans[index][1] : spans[index + 1][0]]
        tail = text[spans[index + 1][1] : spans[index + 2][0] if index + 2 < len(spans) else len(text)]
        shared = (
            SHARED.search(LEVEL_STOP.split(tail)[0])
            or (AND_GAP.match(gap) and not leading[index + 1])
            or (gap.strip() == "," and index + 1 in shared_back)  # "Ukrainian, Czech and Slovak: basic"
        )
        if levels[index] is None and JOINING.match(gap) and shared:
            levels[index] = levels[index + 1]  # "English and German fluently", "... — both native"
            shared_back.add(index)
    return tuple(
        LanguageMention(language, level, start, end)
        for (start, end, language), level in zip(spans, levels, strict=True)
    )


@dataclass(frozen=True)
class DetectedLanguage:
    """The language a text is written in, with the share of its words that back the guess."""

    language: str | None
    confidence: float
    words: int


WORD = re.compile(r"[^\W\d_]+")
NON_LATIN = re.compile(r"[^\W\d_\u0000-\u024F\u1E00-\u1EFF]")  # letters outside the Latin blocks


def plainly_english_words(words: set[str] | frozenset[str]) -> bool:
    """Do these distinct words (a résumé's first lines) say English without doubt: many English
    stop words, few of any other profile?"""
    english = language_vocabulary().stopwords.get("en", frozenset())
    in_english = len(english & words)
    return in_english >= PLAINLY_ENGLISH_WORDS and in_english >= 3 * len(_non_english_stopwords() & words)


def _share(tokens: list[str], words: frozenset[str]) -> float:
    return round(sum(1 for token in tokens if token in words) / len(tokens), 2)


def _plainly_english(tokens: list[str]) -> bool:
    """The common case, settled on the first words: English stop words plenty, others rare."""
    english = language_vocabulary().stopwords.get("en", frozenset())
    in_english = sum(1 for token in tokens if token in english)
    others = sum(1 for token in tokens if token in _non_english_stopwords())
    return in_english >= 0.08 * len(tokens) and in_english >= 3 * others


@cache
def _non_english_stopwords() -> frozenset[str]:
    """Stop words of the other profiles that English does not share ("der", "les", "que")."""
    vocab = language_vocabulary()
    english = vocab.stopwords.get("en", frozenset())
    return frozenset(w for lang, words in vocab.stopwords.items() if lang != "en" for w in words) - english


@cache
def _stopword_index() -> dict[str, tuple[str, ...]]:
    """Stop word -> the languages whose profile has it."""
    index: dict[str, list[str]] = {}
    for language, words in language_vocabulary().stopwords.items():
        for word in words:
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


@cache
def _script_regexes() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    return tuple(
        (languages, re.compile("[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges) + "]"))
        for languages, ranges in language_vocabulary().scripts
    )


MIN_WORDS = 40  # below this a résumé is too short to tell
SAMPLE_CHARACTERS = 8_000  # a page or two tells the language as well as the whole text
ENGLISH_CHECK_CHARACTERS = 1_500
PLAINLY_ENGLISH_WORDS = 10  # distinct English stop words among a résumé's first lines


def detect_language(text: str) -> DetectedLanguage:
    """Which language ``text`` is mostly written in: the writing system when most letters are
    outside Latin script, else the stop-word profile with the most hits. ``language`` is None when
    the text is too short or no profile stands out."""
    vocab = language_vocabulary()
    head = WORD.findall(text[:ENGLISH_CHECK_CHARACTERS].lower())
    if (
        len(head) >= MIN_WORDS
        and _plainly_english(head)
        and not NON_LATIN.search(text[:ENGLISH_CHECK_CHARACTERS])
    ):
        return DetectedLanguage("en", _share(head, vocab.stopwords.get("en", frozenset())), len(head))
    sample = text[:SAMPLE_CHARACTERS]
    tokens = WORD.findall(sample.lower())
    letters = sum(map(len, tokens))
    if not letters:
        return DetectedLanguage(None, 0.0, 0)
    candidates: tuple[str, ...] | None = None
    if NON_LATIN.search(sample) and len(NON_LATIN.findall(sample)) >= 0.3 * letters:
        for languages, regex in _script_regexes():  # most letters outside Latin script
            inside = len(regex.findall(sample))
            if inside / letters >= 0.3:
                candidates = languages
                if len(languages) == 1:
                    return DetectedLanguage(languages[0], round(min(1.0, inside / letters), 2), letters)
                break
    if len(tokens) < MIN_WORDS:
        return DetectedLanguage(None, 0.0, len(tokens))
    hits = dict.fromkeys(
        (language for language in vocab.stopwords if candidates is None or language in candidates), 0
    )
    stop_index = _stopword_index()
    for word, count in Counter(tokens).items():
        for language in stop_index.get(word, ()):
            if language in hits:
                hits[language] += count
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    best, best_hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_hits < 5 or best_hits < 1.2 * runner_up:
        return DetectedLanguage(None, round(best_hits / len(tokens), 2), len(tokens))
    return DetectedLanguage(best, round(best_hits / len(tokens), 2), len(tokens))
