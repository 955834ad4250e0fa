"""Parsers for the phrases requirements and résumés share: years of experience and degrees.

The vocabularies and regular expressions live in ``data/patterns.yaml`` and
``data/degrees.yaml``; this module only compiles and applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from jobmatch.cues import cue_set
from jobmatch.errors import DataError
from jobmatch.models import DegreeRequirement, YearsRange
from jobmatch.resources import alternation, check_keys, load_data, string_list, trie_alternation
from jobmatch.textnorm import normalize

DEGREE_LEVELS = ("secondary", "diploma", "associate", "bachelor", "master", "phd")


@dataclass(frozen=True)
class YearsPatterns:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    number_words: dict[str, int]
    number_pattern: str = ""  # what ``{num}`` stands for in a pattern: digits or a number word

    def number(self, text: str) -> float:
        text = text.lower()
        return float(self.number_words[text]) if text in self.number_words else float(text)


PATTERNS_FILE = "patterns.yaml"


def _patterns_data() -> dict:
    return check_keys(
        load_data(PATTERNS_FILE),
        file=PATTERNS_FILE,
        where="top level",
        required=["years", "number_words", "experience", "dates"],
        optional=["role_forms", "job_terms", "recency"],
    )


@cache
def job_term_labels() -> re.Pattern[str] | None:
    """ "Contract : 2 years (renewable)": a label that gives the job's own terms, not years asked."""
    labels = string_list(_patterns_data().get("job_terms"), file=PATTERNS_FILE, where="job_terms")
    if not labels:
        return None
    return re.compile(rf"\b(?:{alternation(list(labels))})\s*[:\-–]?\s*$", re.IGNORECASE)


@cache
def role_forms() -> dict[str, tuple[str, ...]]:
    """Field word -> the practitioner's title words ("engineering" -> "engineer", "engineers")."""
    forms = _patterns_data().get("role_forms") or {}
    if not isinstance(forms, dict):
        raise DataError(PATTERNS_FILE, "role_forms", "must map a word to a list of words")
    return {
        str(word).lower(): tuple(string_list(titles, file=PATTERNS_FILE, where=f"role_forms.{word}"))
        for word, titles in forms.items()
    }


@cache
def _normal_role_forms() -> dict[str, tuple[str, ...]]:
    return {
        normalize(word).strip(): tuple(normalize(t).strip() for t in titles)
        for word, titles in role_forms().items()
    }


def role_key_variants(key: str) -> list[str]:
    """A literal term's normal form with its field word as the practitioner's title, wherever the
    word stands (" ingenieria de calidad " -> " ingeniera de calidad ", ...)."""
    words = key.split()
    forms = _normal_role_forms()
    variants = []
    for at, word in enumerate(words):
        for title in forms.get(word, ()):
            variants.append(" " + " ".join([*words[:at], title, *words[at + 1 :]]) + " ")
    return variants


def role_variants(alias: str) -> list[str]:
    """ "Data Engineering" -> ["Data Engineer", "Data Engineers"]; one-word aliases get none."""
    words = alias.split()
    if len(words) < 2:
        return []
    titles = role_forms().get(words[-1].lower(), ())
    return [" ".join([*words[:-1], title]) for title in titles]


@cache
def experience_cue() -> re.Pattern[str]:
    patterns = string_list(_patterns_data()["experience"], file=PATTERNS_FILE, where="experience")
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error as error:
        raise DataError(PATTERNS_FILE, "experience", f"broken pattern: {error}") from None


def asks_for_experience(text: str) -> bool:
    return experience_cue().search(text) is not None


@cache
def years_patterns() -> YearsPatterns:
    file = PATTERNS_FILE
    data = _patterns_data()
    words = {str(k).lower(): int(v) for k, v in data["number_words"].items()}
    # a number word is a whole word: "um" in "Humanos ou", "tre" in "centre" are no numbers
    number = r"(?:\d{1,2}(?:\.\d)?|\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b)"
    compiled = []
    for index, entry in enumerate(data["years"]):
        entry = check_keys(entry, file=file, where=f"years[{index}]", required=["name", "pattern"])
        try:
            regex = re.compile(entry["pattern"].replace("{num}", number), re.IGNORECASE)
        except re.error as error:
            raise DataError(file, f"years[{entry['name']}]", f"broken pattern: {error}") from None
        if "min" not in regex.groupindex:
            raise DataError(file, f"years[{entry['name']}]", "pattern needs a (?P<min>...) group")
        compiled.append((entry["name"], regex))
    return YearsPatterns(patterns=tuple(compiled), number_words=words, number_pattern=number)


# months are experience when the words after say so: "experience", time "in rank" or at sea, or
# the role held ("12 months as 2nd Engineer", "6 months as a barista")
MONTHS_OF_EXPERIENCE = re.compile(
    r"[^.;]{0,60}?\b(?:experience|in rank|sea service|sea time|seagoing service|experiencia|experiência"
    r"|expérience|(?:berufs)?erfahrung|esperienza|(?:werk)?ervaring)\b|\s+as\s+(?:an?\s+)?\w",
    re.IGNORECASE,
)
NOT_EXPERIENCE_MONTHS = re.compile(
    r"\b(?:within|after|first|last|past|every|per|each|next|probation|up to)\s*(?:the\s+)?$", re.IGNORECASE
)


AN_AGE = re.compile(r"\s*(?:old\b|of age\b|or older\b|or over\b|and (?:above|over)\b)", re.IGNORECASE)
AGE_AFTER_OF = re.compile(r"(?<=of)\s*age\b", re.IGNORECASE)  # "below 32 years of" + "age"
AN_AGE_BEFORE = re.compile(r"\b(?:aged?|age of|minimum age)\s*(?:of\s*)?$", re.IGNORECASE)
# "at least 2 years in college", "3 years of university studies": time in education, not experience
OF_STUDY = re.compile(
    r"\s*(?:in|of|at)\s+(?:a\s+|the\s+)?"
    r"(?:college|university|uni|tertiary|higher education|studies|study|schooling)\b",
    re.IGNORECASE,
)


def parse_years(text: str) -> YearsRange | None:
    """The earliest years-of-experience phrase in ``text`` ("2-12+ years" -> 2, open)."""
    rules = years_patterns()
    best: tuple[int, int, re.Match[str]] | None = None
    for priority, (_, regex) in enumerate(rules.patterns):
        match = regex.search(text)
        if match and (best is None or (match.start(), priority) < best[:2]):
            best = (match.start(), priority, match)
    if best is None:
        return None
    match = best[2]
    before = text[max(0, match.start() - 16) : match.start()]
    if (
        AN_AGE.match(text, match.end())
        or AN_AGE_BEFORE.search(before)
        or AGE_AFTER_OF.match(text, match.end())
    ):
        return None  # "at least 21 years old", "aged 18 years or over": an age, not experience
    if OF_STUDY.match(text, match.end()):
        return None  # "or at least 2 years in college": schooling, not experience
    terms = job_term_labels()
    if terms is not None and terms.search(text[max(0, match.start() - 32) : match.start()]):
        return None  # "Contract period: 2 years", "Duration - 24 months": what the job offers
    groups = match.groupdict()
    if groups.get("months") and (
        NOT_EXPERIENCE_MONTHS.search(text[max(0, match.start() - 24) : match.start()])
        or not MONTHS_OF_EXPERIENCE.match(text, match.end())
    ):
        # "within 6 months of hire", "a 6-12 months contract", "3 months' notice": a deadline, a
        # window or a term, not experience
        return None
    low = rules.number(match.group("min"))
    high = rules.number(groups["max"]) if groups.get("max") else None
    if groups.get("months"):
        low, high = round(low / 12, 2), (round(high / 12, 2) if high is not None else None)
    if groups.get("open"):
        high = None
    if high is not None and high < low:
        low, high = high, low
    if low > 40:
        return None
    return YearsRange(min=low, max=high, text=match.group().strip())


@cache
def recency_patterns() -> tuple[re.Pattern[str], ...]:
    """``recency`` of data/patterns.yaml, ``{num}`` made a number as in the years patterns."""
    data = _patterns_data()
    number = years_patterns().number_pattern
    compiled = []
    patterns = string_list(data.get("recency", []), file=PATTERNS_FILE, where="recency")
    for index, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern.replace("{num}", number), re.IGNORECASE))
        except re.error as error:
            raise DataError(PATTERNS_FILE, f"recency[{index}]", f"broken pattern: {error}") from None
    return tuple(compiled)


# where the clause a window belongs to begins: "A White Card is required, and your CPR and LVR need
# to have been done within the last 12 months" sets the window of the CPR and the LVR only
CLAUSE_BREAK = re.compile(
    r"[.;:!?](?:\s|$)|,\s+(?:and|but|while|whereas|plus)\s|\s(?:and|but)\s+(?:your|you|the|an?)\s"
)


# "LVR and CPR certificates (completed within the last 12 months)": a bracket that dates what it
# follows sets its window; any other is an aside
DATED_IN_BRACKETS = re.compile(
    r"\s*(?:(?:completed|issued|renewed|obtained|gained|achieved|attained|updated|refreshed|dated)\b"
    # "(valid within the last 3 years)", "(current, within the last 2 years)", "(all within ...)"
    r"|(?:valid|current|taken|done|all)[,\s]+(?:within|in the (?:last|past)|during the (?:last|past))\b)",
    re.IGNORECASE,
)


def parse_recency(text: str) -> tuple[int, int, int] | None:
    """(months back from today that what a line asks for must fall in, where the window's clause
    begins and ends): "renewed within the last 3 years" -> 36, "in the past year" -> 12; None
    when the line sets no such window."""
    for regex in recency_patterns():
        match = regex.search(text)
        if match is None:
            continue
        count = match.groupdict().get("num")
        value = years_patterns().number(count) if count else 1
        months = value * (12 if match.group("unit").lower().startswith("year") else 1)
        if not 0 < months <= 240:
            return None
        opened = text.rfind("(", 0, match.start())
        if opened > text.rfind(")", 0, match.start()) and not DATED_IN_BRACKETS.match(text, opened + 1):
            continue  # "Kubernetes (our traffic has tripled over the past 2 years)": an aside
        begins = max([0, *(b.end() for b in CLAUSE_BREAK.finditer(text, 0, match.start()))])
        after = CLAUSE_BREAK.search(text, match.end())
        return int(months), begins, after.start() if after else len(text)
    return None


@dataclass(frozen=True)
class DegreeVocabulary:
    long_forms: re.Pattern[str]
    short_forms: re.Pattern[str]
    line_start_short_forms: re.Pattern[str]  # a short form opening a résumé line or table cell
    level_of: dict[str, str]  # lower-case form -> level
    fields: tuple[tuple[str, re.Pattern[str]], ...]
    equivalent: re.Pattern[str]
    technical: frozenset[str] = frozenset()
    stem: frozenset[str] = frozenset()
    field_end: re.Pattern[str] | None = None  # where a degree line stops naming its field
    expected: re.Pattern[str] | None = None
    in_progress: re.Pattern[str] | None = None
    incomplete: re.Pattern[str] | None = None  # a course left unfinished ("deferred", "discontinued")
    not_a_degree: re.Pattern[str] | None = None
    not_after_short: re.Pattern[str] | None = None  # "MS Office": a product after a short form
    field_names: dict[str, str] = field(default_factory=dict)  # field id -> its name in a sentence
    toward_next: re.Pattern[str] | None = None  # "postgraduate diploma": partly the level above its own
    level_of_thinking: re.Pattern[str] | None = None  # "HBO/WO werk- en denkniveau": a level, not a diploma
    not_a_field: re.Pattern[str] | None = None  # "vocational education": a stage, not a field
    # forms read only on a résumé's education lines ("Mandaue City National High School"): in a
    # posting the words speak of pupils or a school taught at ("teaching high school students")
    resume_forms: re.Pattern[str] | None = None
    resume_vocational: re.Pattern[str] | None = None  # "qualification: furniture maker" on a résumé
    resume_title_degree: re.Pattern[str] | None = None  # "Ingeniera Civil — EPN" opening a résumé line
    stage_before: re.Pattern[str] | None = None  # "Secondary or " before "vocational education"
    title_before: re.Pattern[str] | None = None  # "Scrum " before "Master in": a role, not a degree
    field_filler: frozenset[str] = frozenset()  # words of a field phrase that name no field ("a related")
    # a phrase ending in one of these before a bracket of routes to a qualification ("commercial
    # education (HAK, HAS or an apprenticeship)") names that qualification, not a skill
    route_words: frozenset[str] = frozenset()


DEGREES_FILE = "degrees.yaml"


def _line_start(data: dict, key: str) -> re.Pattern[str] | None:
    """``key``'s phrases at the start of a text (after a bullet), then a space and a capital."""
    phrases = string_list(data.get(key), file=DEGREES_FILE, where=key)
    if not phrases:
        return None
    return re.compile(rf"^[\s\-•*·]*(?:{alternation(list(phrases))})\s+(?=(?-i:[A-ZÁÉÍÓÚ]))", re.I)


def _phrases(data: dict, key: str) -> re.Pattern[str] | None:
    phrases = string_list(data.get(key), file=DEGREES_FILE, where=key)
    return re.compile(rf"(?<![\w])(?:{alternation(list(phrases))})(?![\w])", re.I) if phrases else None


@cache
def degree_vocabulary() -> DegreeVocabulary:
    file = DEGREES_FILE
    data = check_keys(
        load_data(file),
        file=file,
        where="top level",
        required=["levels", "fields", "equivalent_experience"],
        optional=[
            "related",
            "technical",
            "stem_fields",
            "status",
            "not_a_degree",
            "field_ends",
            "not_after_short",
            "field_names",
            "toward_next",
            "level_of_thinking",
            "frameworks",
            "not_a_field",
            "resume_secondary",
            "resume_vocational",
            "resume_title_degrees",
            "title_before",
            "field_filler",
            "route_words",
        ],
    )
    level_of: dict[str, str] = {}
    long_forms: list[str] = []
    short_forms: list[str] = []
    for level, entry in data["levels"].items():
        if level not in DEGREE_LEVELS:
            raise DataError(file, f"levels.{level}", f"unknown level (expected one of {DEGREE_LEVELS})")
        entry = check_keys(
            entry, file=file, where=f"levels.{level}", required=["rank", "long"], optional=["short"]
        )
        for form in string_list(entry["long"], file=file, where=f"levels.{level}.long"):
            level_of[form.lower()] = level
            long_forms.append(form.lower())
        for form in string_list(entry.get("short"), file=file, where=f"levels.{level}.short"):
            level_of[form.lower()] = level
            short_forms.append(form)
    fields = []
    for name, aliases in data["fields"].items():
        aliases = string_list(aliases, file=file, where=f"fields.{name}")
        fields.append((name, re.compile(rf"(?<![\w])(?:{alternation(list(aliases))})(?![\w])", re.I)))
    field_ids = {name for name, _ in fields}
    grouped: dict[str, frozenset[str]] = {}
    for key in ("technical", "stem_fields"):
        ids = string_list(data.get(key), file=file, where=key)
        unknown = [i for i in ids if i not in field_ids]
        if unknown:
            raise DataError(file, key, f"unknown field {unknown[0]!r}")
        grouped[key] = frozenset(ids)
    named = data.get("field_names") or {}
    if not isinstance(named, dict) or not all(isinstance(v, str) and v.strip() for v in named.values()):
        raise DataError(file, "field_names", "must map a field id to its name")
    unknown = [i for i in named if i not in field_ids]
    if unknown:
        raise DataError(file, "field_names", f"unknown field {unknown[0]!r}")
    field_names = {name: named.get(name) or name.replace("-", " ") for name in field_ids}
    for index, group in enumerate(data.get("related") or []):
        unknown = [i for i in string_list(group, file=file, where=f"related[{index}]") if i not in field_ids]
        if unknown:
            raise DataError(file, f"related[{index}]", f"unknown field {unknown[0]!r}")
    status = check_keys(
        data.get("status") or {},
        file=file,
        where="status",
        optional=["expected", "in_progress", "incomplete"],
    )
    equivalent = string_list(data["equivalent_experience"], file=file, where="equivalent_experience")
    short = alternation(short_forms)
    return DegreeVocabulary(
        long_forms=re.compile(rf"(?<![\w])(?:{trie_alternation(long_forms)})(?![\w])", re.IGNORECASE),
        # A short form needs degree context right after it: "BS in", "BS/MS", "MS degree", "BS or",
        # "MS with 3+ years" - and not a US state after a city ("Southaven, MS (Memphis metro)").
        short_forms=re.compile(
            rf"(?<![\w.])(?<![a-z], )(?:{short})"
            rf"(?=\s*(?:/|,|\+|\bin\b|\bdegree\b|\bor\b|\bwith\b|\()|\s*$)"
        ),
        line_start_short_forms=re.compile(rf"(?:^|\|\s*)(?:{short})(?=[\s.,:(-]|$)"),
        level_of=level_of,
        fields=tuple(fields),
        equivalent=re.compile(rf"(?<![\w])(?:{alternation(list(equivalent))})(?![\w])", re.I),
        technical=grouped["technical"],
        stem=grouped["stem_fields"],
        field_end=_phrases(data, "field_ends"),
        expected=_phrases(status, "expected"),
        in_progress=_phrases(status, "in_progress"),
        incomplete=_phrases(status, "incomplete"),
        not_a_degree=_phrases(data, "not_a_degree"),
        field_names=field_names,
        not_after_short=_phrases(data, "not_after_short"),
        toward_next=_phrases(data, "toward_next"),
        level_of_thinking=_phrases(data, "level_of_thinking"),
        not_a_field=_phrases(data, "not_a_field"),
        resume_forms=_phrases(data, "resume_secondary"),
        resume_vocational=_phrases(data, "resume_vocational"),
        resume_title_degree=_line_start(data, "resume_title_degrees"),
        field_filler=frozenset(
            w.lower() for w in string_list(data.get("field_filler"), file=file, where="field_filler")
        ),
        route_words=frozenset(
            w.lower() for w in string_list(data.get("route_words"), file=file, where="route_words")
        ),
        title_before=_words_before(string_list(data.get("title_before"), file=file, where="title_before")),
        stage_before=_stage_before(string_list(data.get("not_a_field"), file=file, where="not_a_field")),
    )


def _words_before(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` right at the end of the text before a degree form."""
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?:\s+|-)$", re.I) if words else None


def _stage_before(stages: list[str]) -> re.Pattern[str] | None:
    """The first words of the stages of education ("secondary", "vocational"), as alternatives
    that end right before a degree form: "Secondary or " (of "Secondary or vocational education")."""
    words = sorted({stage.split()[0].lower() for stage in stages if stage.split()})
    if not words:
        return None
    return re.compile(rf"(?:\b(?:{alternation(words)})\s*(?:,|/|\bor\b|\band\b)\s*)+$", re.IGNORECASE)


@cache
def related_fields() -> dict[str, frozenset[str]]:
    """Field -> the fields that count as related to it (``related`` in data/degrees.yaml)."""
    groups = load_data("degrees.yaml").get("related") or []
    related: dict[str, frozenset[str]] = {}
    for group in groups:
        for field_name in group:
            related[field_name] = related.get(field_name, frozenset()) | frozenset(group)
    return related


@cache
def _field_first_words() -> dict[str, frozenset[int]]:
    """First word of each field alias -> the indexes of the fields it may start (a quick filter:
    only those fields' patterns are tried on a line)."""
    index: dict[str, set[int]] = {}
    for position, (name, _) in enumerate(degree_vocabulary().fields):
        for alias in string_list(load_data(DEGREES_FILE)["fields"][name], file=DEGREES_FILE, where=name):
            index.setdefault(_first_word(alias), set()).add(position)
    return {word: frozenset(positions) for word, positions in index.items()}


def _first_word(text: str) -> str:
    words = FIELD_WORD.findall(text.lower())
    return words[0] if words else ""


FIELD_WORD = re.compile(r"[\w.&+-]+")


def _fields_named(text: str) -> tuple[str, ...]:
    """The fields of study ``text`` names, in the order of data/degrees.yaml."""
    index = _field_first_words()
    candidates: set[int] = set()
    for word in FIELD_WORD.findall(text.lower()):
        for variant in (word, word.rstrip(".,"), word.strip(".,-")):
            candidates |= index.get(variant, frozenset())
    fields = degree_vocabulary().fields
    spans = {fields[i][0]: [m.span() for m in fields[i][1].finditer(text)] for i in sorted(candidates)}
    spans = {name: found for name, found in spans.items() if found}
    related = related_fields()

    def inside_another(name: str) -> bool:
        """ "Supply Chain Management": every place the field is named ("management") is inside the
        name of an unrelated field, which is the one named."""
        return all(
            any(
                other != name
                and other not in related.get(name, ())
                and a <= start
                and end <= b
                and (a, b) != (start, end)
                for other, found in spans.items()
                for a, b in found
            )
            for start, end in spans[name]
        )

    return tuple(name for name in spans if not inside_another(name))


def is_technical_field(field_id: str) -> bool:
    """Does a degree in this field count as "a technical degree" (painting and business do not)?"""
    return field_id in degree_vocabulary().technical


def is_stem_field(field_id: str) -> bool:
    return field_id in degree_vocabulary().stem


def is_degree_field(text: str) -> bool:
    """Is ``text`` exactly a field of study ("Computer Science", "Statistics")?"""
    return any(regex.fullmatch(text.strip()) for _, regex in degree_vocabulary().fields)


def _not_a_short_degree(text: str, match: re.Match[str]) -> bool:
    """ "Boston, MA", "Southaven, MS" (a state after a city) and "MS Office" are not degrees, nor
    a short form hyphened into a longer name ("ICP-MS", "LC-MS/MS", "MS-Excel")."""
    vocab = degree_vocabulary()
    after = text[match.end() :].lstrip()
    start = text.rfind(" ", 0, match.start()) + 1
    end = next((i for i in range(match.end(), len(text)) if text[i].isspace()), len(text))
    if "-" in text[start:end].strip("(),;:."):
        return True
    return re.search(r"[A-Z][a-z]+,\s*$", text[: match.start()]) is not None or bool(
        vocab.not_after_short and vocab.not_after_short.match(after)
    )


# What ends the words that may name a posting's field before its degree word: a clause's edge, or
# the ask before it ("3 years of accounting experience and a degree" names no field of the degree)
FIELD_BEFORE_END = re.compile(
    r"[|—–;:,.()]|\s-\s|\b(?:and|with|plus|have|has|hold|holding|experience|years?|or equivalent)\b",
    re.IGNORECASE,
)


GENERIC_AWARDS = frozenset({"diploma", "certificate", "degree"})  # what any school gives


def _names_an_award(text: str, vocab: DegreeVocabulary) -> bool:
    """Does the line name what was earned ("BTS Comptabilité"), beyond what any school gives?"""
    return any(m.group().lower() not in GENERIC_AWARDS for m in vocab.long_forms.finditer(text)) or any(
        not _not_a_short_degree(text, m) for m in vocab.short_forms.finditer(text)
    )


UNIVERSITY_DEGREES = frozenset({"bachelor", "master", "phd"})
# a thesis's or project's title on an education line, or anything in quotation marks
THESIS_TITLE = re.compile(
    r"(?i:\b(?:thesis|dissertation|tesis|thèse|mémoire|tesi|abschlussarbeit|masterarbeit|bachelorarbeit)"
    r"(?:\s*:|\s+[–—-]\s|\s+on\b|\s+titled\b|\s+about\b))[^\n)]*"
    r'|"[^"\n]{3,}"|“[^”\n]{3,}”|«[^»\n]{3,}»'
)


def parse_degree(text: str, *, resume_line: bool = False) -> DegreeRequirement | None:
    """Degree levels, fields and an "or equivalent experience" flag named in ``text``.

    ``resume_line``: the text is a line of a résumé's education, where a short form opening the
    line or a table cell is a degree on its own ("MCA - Bhavani Institute, 2021")."""
    vocab = degree_vocabulary()
    text = text.replace("’", "'")  # same length: offsets are unchanged
    found = [
        (m.start(), vocab.level_of[m.group().lower()])
        for m in vocab.long_forms.finditer(text)
        if not (vocab.title_before and vocab.title_before.search(text, 0, m.start()))
    ]
    found += [
        (m.start(), vocab.level_of[m.group().lower()])
        for m in vocab.short_forms.finditer(text)
        if not _not_a_short_degree(text, m)
    ]
    if (
        resume_line
    ):  # a thesis's title names its subject: "thesis: 'Burnout in upper secondary school students'"
        titles = [m.span() for m in THESIS_TITLE.finditer(text)]
        found = [(at, level) for at, level in found if not any(a <= at < b for a, b in titles)]
    # "Master of Psychology (PsM) ... Bachelor of Psychology (PsK) 2018": both earned, the higher held
    named_degrees = {level for _, level in found}
    if resume_line and vocab.resume_forms is not None and not _names_an_award(text, vocab):
        # a school finished at the secondary level ("Diploma, Mandaue City National High School"),
        # unless the line names what was earned there ("BTS Comptabilité, Lycée La Martinière": a
        # French lycée teaches the post-secondary BTS too)
        found += [(m.start(), "secondary") for m in vocab.resume_forms.finditer(text)]
    if resume_line and not found and vocab.resume_title_degree and vocab.resume_title_degree.match(text):
        found.append((0, "bachelor"))  # "Ingeniera Civil — Escuela Politécnica Nacional"
    vocational = vocab.resume_vocational.search(text) if resume_line and vocab.resume_vocational else None
    if vocational is not None:  # "Vocational School – qualification: joiner": the trade qualified in
        found = [(at, level) for at, level in found if level != "secondary"] + [
            (vocational.start(), "diploma")
        ]
    if resume_line:
        taken = {position for position, _ in found}
        for m in vocab.line_start_short_forms.finditer(text):
            if _not_a_short_degree(text, m):
                continue
            form = m.group().lstrip("| \t")
            position = m.end() - len(form)
            if position not in taken:
                found.append((position, vocab.level_of[form.lower()]))
    found += _framework_levels(text)
    found += [(m.start(), _college_level(m.group("n"))) for m in YEARS_OF_COLLEGE.finditer(text)]
    # (a stage asked of an applicant; on a résumé "Some college, Portland CC" is no degree held)
    stage = 0 if resume_line else college_stage_asked(text)
    if stage:
        found += [(m.start(), "associate") for m in COLLEGE_STAGE.finditer(text)]
    generic = re.search(r"\bdegree\b", text, re.IGNORECASE)
    if not found and not generic:
        return None
    start = min([position for position, _ in found] + ([generic.start()] if generic else []))
    levels = tuple(level for level in DEGREE_LEVELS if any(lv == level for _, lv in found))
    tail = text[start:]
    # the school's name ends the field, but not the degree's own words ("university degree in GIS")
    form = vocab.long_forms.match(tail)
    end = vocab.field_end.search(tail, form.end() if form else 0) if vocab.field_end else None
    named = tail[: end.start()] if end else tail
    if resume_line:  # "Zweite Juristische Staatsprüfung": the field can stand before the degree
        named = re.split(r"[|—–;]|\s-\s", text[:start])[-1] + " " + named
    else:  # "Nursing diploma from a recognised school", "an Accounting or Finance degree"
        named = " ".join(FIELD_BEFORE_END.split(text[:start])[-1].split()[-5:]) + " " + named
    stages = degree_vocabulary().not_a_field
    fields = _fields_named(stages.sub(" ", named) if stages else named)
    if not levels and not fields:
        return None  # "degree of autonomy" and the like
    university = named_degrees & UNIVERSITY_DEGREES
    if resume_line and len(university) > 1:  # (a "diploma" beside a school is the school's own)
        level = max(university, key=DEGREE_LEVELS.index)
    elif resume_line and university and levels and levels[0] == "secondary":
        # "BEd (Hons) Secondary Education: Mathematics": the degree's subject is teaching at
        # secondary schools, the degree itself a bachelor's
        level = max(university, key=DEGREE_LEVELS.index)
    else:
        level = levels[0] if levels else None
    return DegreeRequirement(
        level=level,
        levels=levels,
        fields=fields,
        equivalent_experience=bool(vocab.equivalent.search(text)),
        text=text[start:].strip(),
        alternatives=degree_alternatives(text, sorted(dict(found).items())),  # a form matched twice once
        college_stage=stage,
    )


@cache
def framework_levels() -> tuple[tuple[re.Pattern[str], dict[int, str]], ...]:
    """``frameworks`` of data/degrees.yaml: each framework's "Level N" (beside its name) as a
    pattern whose group ``level`` is N, and N -> the degree level it stands for."""
    found = []
    for index, entry in enumerate(load_data(DEGREES_FILE).get("frameworks") or []):
        where = f"frameworks[{index}]"
        entry = check_keys(entry, file=DEGREES_FILE, where=where, required=["names", "levels"])
        names = alternation(string_list(entry["names"], file=DEGREES_FILE, where=f"{where}.names"))
        levels = entry["levels"]
        if not isinstance(levels, dict) or not all(v in DEGREE_LEVELS for v in levels.values()):
            raise DataError(DEGREES_FILE, f"{where}.levels", f"map a number to one of {DEGREE_LEVELS}")
        number = r"(?:level\s*)?(?P<level>\d{1,2})"
        # "NFQ Level 8", "NQF 7", "Level 8 or higher on the National Framework of Qualifications"
        pattern = re.compile(
            rf"\b(?:{names})\)?\s*(?:-\s*)?{number}\b"
            rf"|\blevel\s*(?P<before>\d{{1,2}})\b[^.;]{{0,40}}?\b(?:{names})\b",
            re.IGNORECASE,
        )
        found.append((pattern, {int(k): str(v) for k, v in levels.items()}))
    return tuple(found)


def _framework_levels(text: str) -> list[tuple[int, str]]:
    """(position, degree level) of each framework level named ("NQF Level 7": bachelor)."""
    found = []
    for pattern, levels in framework_levels():
        for m in pattern.finditer(text):
            number = int(m.group("level") or m.group("before"))
            if number in levels:
                found.append((m.start(), levels[number]))
    return found


# "at least 2 years of college": part of a degree's study, asked as a level of its own
YEARS_OF_COLLEGE = re.compile(
    r"\b(?P<n>\d|one|two|three|four)\s+years?\s+(?:of|in|at)\s+(?:a\s+)?(?:college|university|tertiary)\b",
    re.IGNORECASE,
)


# "at least 2nd year college level", "college undergraduate", "some college": how far into college
COLLEGE_STAGE = re.compile(
    r"\b(?:(?P<n>[1-4](?:st|nd|rd|th)|first|second|third|fourth)[\s-]+year\s+(?:of\s+)?(?:college|university|"
    r"tertiary)(?:\s+level)?|college\s+level(?=\s*(?:$|[,;.()/]|or\b|and\b|graduate|education))"
    r"|college\s+undergraduate|some\s+college(?!\s+(?:course|class|credit))|undergraduate\s+level)\b",
    re.IGNORECASE,
)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def ordinal(word: str) -> int:
    """ "2nd", "second", "2" -> 2 (0 when it is none)."""
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else 0


def college_stage_asked(text: str) -> int:
    """The year of college a line asks to have reached: "at least 2nd year college level" is 2,
    "2 years of college" 3 (two done), "college level" 1; 0 when it asks none."""
    stages = [ordinal(m.group("n")) if m.group("n") else 1 for m in COLLEGE_STAGE.finditer(text)]
    stages += [int(years_patterns().number(m.group("n"))) + 1 for m in YEARS_OF_COLLEGE.finditer(text)]
    return min(stages) if stages else 0


def _college_level(count: str) -> str:
    """Years of college asked: up to three are an associate's level, four a bachelor's."""
    return "bachelor" if years_patterns().number(count) >= 4 else "associate"


OR_BETWEEN = re.compile(r"\bor\b", re.IGNORECASE)


def degree_alternatives(text: str, found: list[tuple[int, str]]) -> tuple[tuple[str, float], ...]:
    """(level, years) pairs for "BS with 5+ years, or MS with 3+ years, or PhD".

    The line splits at each degree it names; it offers alternatives only when "or" stands between
    consecutive degrees and the parts name their own years: two of them do, or one does and the
    degrees without years are higher ("MS, or BS with 2+ years"); those need no years.
    "BS/MS with 3+ years" and "BS or MS and 3+ years" are one requirement (3 years with either
    degree), not alternatives."""
    starts: list[tuple[int, str]] = []  # where each alternative begins
    for start, level in found:
        offered = cue_set("alternative_route").search(text[start:]) is not None
        if starts and not (OR_BETWEEN.search(text[starts[-1][0] : start]) or offered):
            if level == starts[-1][1]:
                continue  # "Bachelor of Science (BS)": one degree named twice
            return ()
        starts.append((start, level))
    if len(starts) < 2:
        return ()
    ends = [start for start, _ in starts[1:]] + [len(text)]
    parts = [(level, parse_years(text[start:end])) for (start, level), end in zip(starts, ends, strict=True)]
    rank = {level: index for index, level in enumerate(DEGREE_LEVELS)}
    with_years = [rank[level] for level, years in parts if years is not None]
    without = [rank[level] for level, years in parts if years is None]
    if not with_years or len({level for level, _ in parts}) < 2:
        return ()
    if len(with_years) < 2 and not (without and min(without) > max(with_years)):
        return ()  # "BS or MS and 3+ years": the years go with either degree
    needs: dict[str, float] = {}
    for level, years in parts:
        need = years.min if years else 0.0
        needs[level] = min(need, needs.get(level, need))
    return tuple((level, needs[level]) for level in DEGREE_LEVELS if level in needs)
