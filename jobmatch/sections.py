"""Split a document's light-Markdown text into blocks (headings and items) with their section.

A heading is a Markdown ``#`` line, a bold-only line, or a short line whose text is a known
section heading (``data/sections.yaml``); in postings an ALL-CAPS short line is a heading too.
Wrapped list items (as PDFs produce) are joined back into one item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from rapidfuzz import fuzz, process

from jobmatch.dates import find_date_ranges
from jobmatch.errors import DataError
from jobmatch.loaders import MAX_LINE_CHARS
from jobmatch.resources import check_keys, load_data, string_list

KINDS = ("posting", "resume")
PREAMBLE = "preamble"
OTHER = "other"

# Bullet glyphs, including the private-use ones symbol fonts leave in PDFs (Word and LibreOffice
# export "Symbol" and "Wingdings" bullets as U+F0B7, U+F0A7 ...).
BULLET = re.compile(
    r"^(?:(?:[-*+•·◦▪‣●○■□➢►▸✓✔→\ue000-\uf8ff]|–|—|o(?=\s+[A-Z])|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]"
    r"|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)|(?:ii|iii|iv|vi|vii|viii|ix)\))\s+"
    r"|[✅☑⭐★☆🔹🔸▶✔✓➡👉💡🚀\ue000-\uf8ff]\ufe0f?\s*)"
)
CONNECTOR_LINE = re.compile(r"and|AND|And|&")
LETTER_SPACED = re.compile(r"\w(?: {1,3}\w){3,}")
BULLET_ONLY = re.compile(r"^(?:[-*+•·◦▪‣●○■□➢►▸✓✔→\ue000-\uf8ff]|–|—)$")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
BOLD_LINE = re.compile(r"^(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?$")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
INLINE_MARKUP = re.compile(r"\*\*|__|`|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
TERMINAL = (".", "!", "?", ";", ":")
WRAPPED_LINE = 45  # a line shorter than this ended on its own; it was not wrapped
WRAPPED_PROSE = 60  # the same for a line of prose in a posting
# A PDF wraps at the text width: a line this close to the document's widest line was cut there, so
# a posting's short Title Case line after it ends the sentence ("... the EU" / "AI Act").
FULL_WIDTH_SHARE = 0.8
WRAP_TAIL_WORDS = 6
NAMED_ENTRY = re.compile(r"^[A-Z][\w&/,' ]{1,48}?\s+[-–—:]\s")  # "Data Platform - We're responsible ..."
LABELLED = re.compile(r"^[A-Z][\w&/' .-]{0,30}?:\s")  # "PG: MCA in Any Specialization", "Role: QA"
# "Interested candidates must meet the following minimum requirements:": a lead-in to the list, not
# how to apply, though it opens like the application's instructions
# (but "Interested candidates who meet the above requirements should submit their CV to:" is)
LIST_LEAD_IN = re.compile(
    r"\b(?:the following|as follows|below)\b[^:]*\b(?:requirements?|criteria|qualifications?)\b[^:]*:\s*$"
    r"|\b(?:requirements?|criteria|qualifications?)\b[^:]*\b(?:below|as follows)\s*:\s*$",
    re.IGNORECASE,
)
APPLYING = re.compile(r"\b(?:submit|send|e-?mail|forward|apply|cv|résumé|resume)\b", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[a-z0-9)]{2}[.!?]\s+[A-Z]")  # "... Pune. We", not the "B.E. in" of a degree


@dataclass(frozen=True)
class Block:
    """One heading or one item (a bullet or a line) of a document."""

    text: str
    kind: str  # "heading" | "item"
    section: str  # category of the enclosing section, e.g. "minimum", "experience", "preamble"
    heading: str  # text of the enclosing heading ("" before the first one)
    line: int  # 1-based line number in the document text
    is_bullet: bool = False


@dataclass(frozen=True)
class SectionVocabulary:
    headings: dict[str, str]  # normalised heading -> category
    prefixes: tuple[tuple[str, str], ...]  # (prefix, category)
    suffixes: tuple[tuple[str, str], ...] = ()  # (last words, category), for headings of 4 words or fewer
    # "Professional Memberships & Certifications": a heading joining two known ones is the first
    # of these categories it names (else its first part's), None: such headings are not read
    joined_first: tuple[str, ...] | None = None
    # (first words, category): a line of prose that opens a category without a heading ("Interested
    # candidates kindly send ..." ends a recruiter's list of requirements: what follows is the application)
    openers: tuple[tuple[str, str], ...] = ()
    cache: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)
    # the prefixes and suffixes alone, for one C-level ``startswith``/``endswith`` test per line
    prefix_words: tuple[str, ...] = field(default=(), compare=False)
    suffix_words: tuple[str, ...] = field(default=(), compare=False)
    # text length -> the headings long enough and short enough to reach FUZZY_CUTOFF against it
    fuzzy_choices: dict[int, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prefix_words", tuple(prefix for prefix, _ in self.prefixes))
        object.__setattr__(self, "suffix_words", tuple(suffix for suffix, _ in self.suffixes))

    def classify(self, heading: str) -> str | None:
        """Category of a heading text, or None if it is not a known heading. Asked of every short
        line, so the answer is kept by the text as written."""
        if heading not in self.cache:
            if len(self.cache) > 50_000:
                self.cache.clear()
            key = normalize_heading(heading)
            self.cache[heading] = self._classify(key) if key else None
        return self.cache[heading]

    def opened_by(self, line: str) -> str | None:
        """The category a line of prose opens by its first words, if any."""
        if not self.openers:
            return None
        key = line.lower().lstrip("*_ ")
        return next((category for opener, category in self.openers if key.startswith(opener)), None)

    def _exact(self, key: str) -> str | None:
        if key in self.headings:
            return self.headings[key]
        if key.startswith(self.prefix_words):  # one C-level test rejects most lines
            for prefix, category in self.prefixes:
                if key.startswith(prefix):
                    return category
        # ("Englisch: gute Kenntnisse", "Französisch | gute Kenntnisse": a label and its value, not a
        # heading ending in "Kenntnisse")
        if len(key.split()) <= 4 and key.endswith(self.suffix_words) and ": " not in key and " | " not in key:
            for suffix, category in self.suffixes:
                if key == suffix or key.endswith((" " + suffix, "-" + suffix)):
                    return category
        return None

    def _joined(self, core: str) -> str | None:
        """ "Professional Memberships & Certifications", "Awards and Certifications", "Qualifications,
        Licences & Tickets": two to four short headings joined; each part is classified alone."""
        if self.joined_first is None:
            return None
        parts = [p.strip() for p in JOINED_PARTS.split(core)]
        if not 2 <= len(parts) <= 4 or not all(0 < len(p.split()) <= 3 for p in parts):
            return None
        found = [self._exact(p) for p in parts]
        named = [c for c in found if c]
        if len(named) < 2 and not (named and found[0]):
            return None  # both parts known, or the first: "Licences & other stuff", not "Tools and Go"
        if "," in core and len(named) < len(parts) and not (found[0] and len(named) >= 2):
            # a list with commas is a heading when every part is one, or when its first part and
            # another are ("Qualifications, Licences & Tickets", "Licences, Tickets, Inductions");
            # not a skills line in a job ("Software, Hardware, Networking", "Leadership, Management")
            return None
        return next((c for c in self.joined_first if c in named), named[0])

    def _classify(self, key: str) -> str | None:
        category = self._exact(key)
        if category:
            return category
        # "Experience (selected)", "Experience – recent", "EXPERIENCE / BERUFSERFAHRUNG": the
        # heading without its qualifier, or the first of the languages it is given in (only the
        # first: "Experience with Go | Preferred" is a table row, not a heading)
        core = QUALIFIER.sub("", key).strip()
        # "Wat breng je mee? / What you bring": each language's heading without its own end mark
        parts = [part.rstrip(" :.!?") for part in HEADING_PARTS.split(core)]
        # "Le profil recherché", "O perfil": a heading after its article
        candidates = [core, parts[0], LEADING_ARTICLE.sub("", core)]
        if len(parts) == 2 and " / " in core and len(parts[0].split()) <= 2 and len(parts[1].split()) <= 3:
            candidates.append(parts[1])  # "Formação / Education": the heading given in a second language
        latin = " ".join(OTHER_SCRIPT.sub(" ", core).split()).strip(" /|-–—:")
        if latin and latin != core:
            candidates.append(latin)  # "加分條件 Nice to have": the heading beside its other-script name
        translated = BRACKETED_TRANSLATION.search(key)
        if translated and len(core.split()) <= 2:
            candidates.append(translated.group(1))  # "Språk (Languages)": the heading translated in brackets
        for part in candidates:
            category = self._exact(part.strip()) if part.strip() != key else None
            if category:
                return category
        joined = self._joined(core)
        if joined:
            return joined
        if len(key) >= 10:
            choices = self._fuzzy_choices(len(key))
            match = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
            if match:
                return self.headings[match[0]]
        return None

    def _fuzzy_choices(self, length: int) -> tuple[str, ...]:
        """The headings, in order, that a text of ``length`` characters can come FUZZY_CUTOFF close
        to: ``fuzz.ratio`` is at most ``100 * (1 - |a - b| / (a + b))`` for lengths a and b, so the
        others cannot be the best match. Asked of every unknown short line; rapidfuzz compares a
        few headings instead of all of them (the same match, ties kept in the same order)."""
        found = self.fuzzy_choices.get(length)
        if found is None:
            margin = 100 - FUZZY_CUTOFF + 1  # one point of slack for rounding
            found = self.fuzzy_choices[length] = tuple(
                heading
                for heading in self.headings
                if abs(length - len(heading)) * 100 <= margin * (length + len(heading))
            )
        return found


FUZZY_CUTOFF = 92  # fuzz.ratio a text needs with a known heading to be taken for it (a misspelling)

# A line ending like this stops mid-phrase: the next line continues it.
UNFINISHED = re.compile(
    r"(?:[,(/&]|\b(?:and|or|of|with|in|on|for|to|the|a|an|as|such as|including|like|from|by))$", re.IGNORECASE
)
UNFINISHED_TAIL = 16  # UNFINISHED only looks at a line's end: never rescan a whole joined item
SENTENCE_OPENER = re.compile(
    r"(?:The|This|These|We|We're|We’re|You|You'll|You’ll|Your|Our|Please|Applicants|Candidates|All|It|There)\s"
)
LOWER_WORD = re.compile(r"[a-z]+(?:\s|$)")  # "of PostgreSQL.", not "jane@example.com" nor "kubectl,"
EMAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|subject|re|fwd?|reply-to)\s*:\s", re.IGNORECASE)
LOWER_LISTED = re.compile(r"[a-z]+[,;]?(?:\s|$)")  # "employees, including ...": a word and its comma
QUALIFIER = re.compile(r"\s*(?:\([^)]*\)|\[[^\]]*\]|\s[-–—]\s.*)$")
HEADING_PARTS = re.compile(r"\s+[/|]\s+")
BRACKETED_TRANSLATION = re.compile(r"\(([^()]{3,40})\)\s*$")
LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|el|los|las|il|lo|gli|het|o|os)\s+|l')", re.IGNORECASE)
# "Educação e Formação", "Qualifications, Licences & Tickets"
JOINED_PARTS = re.compile(r"\s*,\s*(?:(?:&|and)\s+)?|\s+(?:&|and|\+|e|y|et|und|en|i)\s+", re.IGNORECASE)


YEAR = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b")
TITLE_WORD = re.compile(r"^[A-Z0-9&]")


def looks_like_entry(line: str) -> bool:
    """A dated line or a short Title Case line starts an entry; it does not continue a bullet."""
    if YEAR.search(line) or " | " in line:
        return True
    words = [w for w in line.split() if w[0].isalpha()]
    capitalised = sum(bool(TITLE_WORD.match(w)) for w in words)
    return 0 < len(words) <= 8 and capitalised >= 0.6 * len(words)


# words of a script other than Latin (Chinese, Japanese, Korean, Arabic, Cyrillic ...)
OTHER_SCRIPT = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\s\W]+")


def unspace(text: str) -> str:
    """ "W O R K  E X P E R I E N C E" (letter-spaced PDF headings) -> "WORK EXPERIENCE"."""
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text.strip()))


LEADING_FILLER = re.compile(r"^(?:also|and|additionally|plus,)\s+(?=\w)")


def normalize_heading(text: str) -> str:
    text = text.strip().lower().replace("’", "'").replace("‘", "'").replace("&amp;", "&")
    if LETTER_SPACED.fullmatch(text):
        text = unspace(text)
    text = re.sub(r"^[^\w#]+", "", text)  # icons and rules before the words: "💼 Experience", "— Skills"
    text = re.sub(r"^(?:#+|\d+[.)]|[ivx]+\.)\s*", "", text)
    text = INLINE_MARKUP.sub("", text)
    text = re.sub(r"[\s:.\-–—!?*]+$", "", text)
    text = LEADING_FILLER.sub("", text)  # "Also good to have", "And if you also have"
    text = text.replace(" and/or ", " and ")  # "Skills, competencies and/or knowledge"
    return re.sub(r"\s+", " ", text).strip()


@cache
def vocabulary(kind: str) -> SectionVocabulary:
    file = "sections.yaml"
    data = check_keys(
        load_data(file), file=file, where="top level", required=KINDS, optional=["joined_first"]
    )
    categories = check_keys(data[kind], file=file, where=kind, optional=data[kind] or {})
    headings: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    suffixes: list[tuple[str, str]] = []
    openers: list[tuple[str, str]] = []
    for category, entry in categories.items():
        where = f"{kind}.{category}"
        entry = check_keys(
            entry, file=file, where=where, required=["headings"], optional=["prefixes", "suffixes", "openers"]
        )
        for opener in string_list(entry.get("openers"), file=file, where=f"{where}.openers"):
            openers.append((opener.lower(), category))
        for heading in string_list(entry["headings"], file=file, where=f"{where}.headings"):
            key = normalize_heading(heading)
            if headings.setdefault(key, category) != category:
                raise DataError(file, where, f"heading {heading!r} is already under {headings[key]!r}")
        for prefix in string_list(entry.get("prefixes"), file=file, where=f"{where}.prefixes"):
            prefixes.append((prefix.lower(), category))
        for suffix in string_list(entry.get("suffixes"), file=file, where=f"{where}.suffixes"):
            suffixes.append((suffix.lower(), category))
    joined = (data.get("joined_first") or {}).get(kind)
    return SectionVocabulary(
        headings=headings,
        prefixes=tuple(prefixes),
        suffixes=tuple(suffixes),
        openers=tuple(openers),
        joined_first=None
        if joined is None
        else tuple(string_list(joined, file=file, where=f"joined_first.{kind}")),
    )


def clean_inline(text: str) -> str:
    """Drop inline Markdown (bold, code, links) but keep the words."""
    if "*" not in text and "_" not in text and "`" not in text and "[" not in text:
        return text.strip()  # most lines: no markup to look for
    return INLINE_MARKUP.sub("", MARKDOWN_LINK.sub(r"\1", text)).strip()


def _heading_of(line: str, kind: str, vocab: SectionVocabulary) -> tuple[str, str, int] | None:
    """(text, category, level) if the line is a heading; level 9 means "weak" (no markup)."""
    match = MARKDOWN_HEADING.match(line)
    if match:
        text = clean_inline(match.group(2))
        category = vocab.classify(text)
        if category is None and kind == "resume":
            return None  # a job title or name styled as a heading: content, not a section
        return text, category or OTHER, len(match.group(1))
    match = BOLD_LINE.match(line)
    if match and len(match.group(1).split()) <= 8:
        text = clean_inline(match.group(1))
        category = vocab.classify(text)
        if category:
            return text, category, 7
        return (text, OTHER, 8) if kind == "posting" and not text.endswith(".") else None
    if BULLET.match(line) or len(line) > 60:
        return None
    if LETTER_SPACED.fullmatch(line):
        line = unspace(line)
    words = line.split()
    if line.endswith(",") and vocab.classify(line.rstrip(",").strip()):
        line = line.rstrip(",").strip()  # "Thanks & Regards,": a sign-off ends the posting's text
    if not words or len(words) > 8 or line.endswith((".", ",", ";")):
        return None
    category = vocab.classify(line)
    if category:
        return clean_inline(line.rstrip(":").strip()), category, 9
    if kind != "posting":
        return None
    letters = [c for c in line if c.isalpha()]
    is_caps = len(letters) >= 3 and all(c.isupper() for c in letters) and len(words) <= 6
    # In a posting, an unknown ALL-CAPS line or short "Something:" line opens a section of its own.
    if is_caps or (line.endswith(":") and len(words) <= 5):
        return line.rstrip(":").strip(), OTHER, 9
    return None


def _labelled_row(line: str, vocab: SectionVocabulary) -> tuple[str, str, int] | None:
    """A CV's table row whose first cell names a section and whose other holds its content,
    however long ("Certificates | Safe Pass (2024); Manual Handling Instructor (2022)"): a weak
    heading, split into its label and content by the caller."""
    cells = [cell.strip() for cell in line.split(" | ")]
    if len(cells) != 2 or len(cells[0].split()) > 4:
        return None  # "Volunteer | British Red Cross, Leeds | 2020 - 2021" is a job
    category = vocab.headings.get(normalize_heading(cells[0]))  # a heading's own name, as a whole
    if category is None or vocab.classify(cells[1]) is not None:
        return None
    return line, category, 9


def _unclosed(text: str) -> bool:
    """Does the text open a bracket it does not close ("dangerous goods (ADR /")?"""
    return text.count("(") > text.count(")")


def _goes_on(open_item: dict | None) -> bool:
    """An item is open and its text stops without a full stop or colon: the next line may go on."""
    return open_item is not None and not open_item["text"].endswith(TERMINAL)


def _short_tail(content: str) -> bool:
    """A few words, undated, not a label: the end of a sentence a PDF wrapped, not a new entry."""
    return (
        len(content.split()) <= WRAP_TAIL_WORDS
        and not YEAR.search(content)
        and not content.endswith(":")
        and not (len(content.split()) >= 2 and content.upper() == content)
    )


# "Apr 2022 -" / "Present", "Apr 2019 - Mar" / "2022": a table cell wrapped a job's dates
DANGLING_RANGE = re.compile(r"(?:[-–—]|\bto|\btill|\buntil)\s*(?:[^\W\d_]{3,9}\.?)?$", re.IGNORECASE)
DANGLING_MAX = 24  # characters: a date cell, not a sentence


def _wrapped_dates(line: str, after: str) -> bool:
    """Is ``line`` the start of a date range that ``after`` ends (a wrapped table cell, or a
    title line a PDF wrapped: "Optometrist — EyeLine, Auckland | January 2019 –" / "February 2022")?"""
    if len(line) > DANGLING_MAX and len(after) > DANGLING_MAX:
        return False  # one of the two is a short piece of the range
    if not DANGLING_RANGE.search(line) or find_date_ranges(line):
        return False
    joined = f"{line} {after}"
    for found in find_date_ranges(joined):
        at = joined.find(found.text)
        if at < len(line) < at + len(found.text):
            return True
    return False


# Sections a job is never listed under: a bare date line in one of them, with its entry after it, is
# a job written where a heading was left out ("Codes & Standards | ..." then "Mar 2019 – Present",
# "Senior Engineer – Employer", bullets: a CV written in a two-column table with no row for
# "Experience"). Education and projects keep their dated entries.
NO_ENTRY_SECTIONS = frozenset({"summary", "skills", "certifications"})
BARE_DATE_LEFTOVER = 3  # words beside the range: a place ("Dubai, UAE"), not a sentence
# a dated entry that is a course or a credential, not a job ("Google Data Analytics Professional
# Certificate, Coursera")
COURSE_WORDS = re.compile(
    r"\b(?:certificates?|certification|diploma|licen[cs]e|bootcamp|nanodegree|coursera|udemy|edx|mooc)\b",
    re.IGNORECASE,
)


def _bare_date_line(block: Block) -> bool:
    """Is ``block`` a line holding a date range and little else ("Mar 2019 – Present")?"""
    if block.kind != "item" or block.is_bullet or len(block.text) > DANGLING_MAX * 2:
        return False
    found = find_date_ranges(block.text)
    if len(found) != 1:
        return False
    leftover = block.text.replace(found[0].text, " ")
    return len(re.findall(r"[^\W\d_]{2,}", leftover)) <= BARE_DATE_LEFTOVER


def undeclared_jobs(blocks: list[Block]) -> list[Block]:
    """Blocks with the jobs of a CV that never says "Experience" put in the experience section:
    each entry of a bare date line under a section no job is listed under, its title line and the
    bullets under it (see _a_job_entry). Only when no heading opened the experience section: with
    one, a bare date line elsewhere is a course's or a licence's."""
    if any(b.section == "experience" for b in blocks):
        return blocks
    result = list(blocks)
    index = 0
    while index < len(result):
        if not _a_job_entry(result, index):
            index += 1
            continue
        end = index + 2  # the date and the title, then the bullets
        while end < len(result) and result[end].kind == "item" and result[end].is_bullet:
            end += 1
        result[index:end] = [replace(b, section="experience") for b in result[index:end]]
        index = end
    return result


def _a_job_entry(blocks: list[Block], index: int) -> bool:
    """A bare date line under a section no job is listed under, then a title line that names no
    course or certificate, then at least one more item."""
    block = blocks[index]
    entry = blocks[index + 1 : index + 3]
    return (
        block.section in NO_ENTRY_SECTIONS
        and _bare_date_line(block)
        and len(entry) == 2
        and all(b.kind == "item" for b in entry)
        and not entry[0].is_bullet
        and not _bare_date_line(entry[0])
        and COURSE_WORDS.search(entry[0].text) is None
    )


# "Desirable • A postgraduate qualification ...": a two-column table's label cell read onto the
# first bullet of the cell beside it
GLUED_HEADING = re.compile(r"^(?P<head>[A-Z][\w/&,' -]{1,40}?)\s+(?P<rest>[•▪●◦‣]\s+\S.*)$")


def _headings_glued_to_bullets(lines: list[str], vocab: SectionVocabulary) -> list[tuple[int, str]]:
    """(the document's line number, the line), with a known heading glued to a bullet parted into
    the heading and the bullet, both on the line they were read from."""
    out: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        glued = GLUED_HEADING.match(line.strip())
        # only a requirements heading ("Desirable • ..."): "Remote • must be UK-based" is an item
        if glued is not None and vocab.classify(glued.group("head")) in ("minimum", "preferred"):
            out.extend([(number, glued.group("head")), (number, glued.group("rest"))])
        else:
            out.append((number, line))
    return out


def split_sections(text: str, kind: str, *, wrapped: bool = True) -> list[Block]:
    """Headings and items of ``text`` in order, each item tagged with its section category.

    ``wrapped``: the text's lines may be cut at a width (PDF, plain text, Markdown); a Word, HTML
    or RTF document's lines are its paragraphs, so a long line is never taken to go on in the next
    (a list's last item and the paragraph after it stay apart)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    vocab = vocabulary(kind)
    blocks: list[Block] = []
    section, heading, level = PREAMBLE, "", 0
    open_item: dict | None = None  # the item a wrapped line may continue
    last_length = 0  # length of the previous physical line: only long lines wrap
    pending_bullet = False  # the previous line was a bullet glyph alone
    numbered = _headings_glued_to_bullets(text.split("\n"), vocab) if kind == "posting" else None
    lines = [line for _, line in numbered] if numbered else text.split("\n")
    origins = [number for number, _ in numbered] if numbered else list(range(1, len(lines) + 1))
    full_width = FULL_WIDTH_SHARE * max((len(line.strip()) for line in lines), default=0)

    def close_item() -> None:
        nonlocal open_item
        if open_item is not None:
            blocks.append(Block(**open_item))
            open_item = None

    skip = 0  # physical lines already joined to the one before
    for index, raw in enumerate(lines, start=1):
        number = origins[index - 1]  # the line as the document numbers it
        if skip:
            skip -= 1
            continue
        line = raw.strip()
        if not line or (kind == "posting" and CONNECTOR_LINE.fullmatch(line)):
            # "(i) Be registered ...", "And", "(ii) Have three years ...": a public service's
            # criteria joined by a line of their own, each still a criterion of its own
            close_item()
            continue
        if kind == "resume" and index < len(lines) and _wrapped_dates(line, lines[index].strip()):
            line, skip = f"{line} {lines[index].strip()}", 1
        found = _heading_of(line, kind, vocab) or (_labelled_row(line, vocab) if kind == "resume" else None)
        if found and found[2] == 9 and kind == "posting" and _goes_on(open_item):
            cut_at_width = (  # an unknown heading-like line right under a full-width bullet
                wrapped
                and open_item["is_bullet"]
                and last_length >= full_width
                and found[1] == OTHER
                # a label ("Shift pattern:") or a heading in capitals ("WORKING HOURS") stays one
                and not line.endswith(":")
                and not (len(line.split()) >= 2 and line.upper() == line)
            )
            # "... dangerous goods (ADR /" then "TRGS 510)": a bracket or list left open
            tail = UNFINISHED.search(open_item["text"][-UNFINISHED_TAIL:])
            # a joining word as written in lower case ("CDL-A" does not end in "a")
            left_open = found[1] == OTHER and (
                (tail is not None and tail.group() == tail.group().lower()) or _unclosed(open_item["text"])
            )
            if line[0].islower() or line[0] == "(" or cut_at_width or left_open:
                # "... plus a performance-related" / "bonus", "... road freight" / "(FTL/LTL)": the
                # end of a wrapped line, not a heading
                found = None
        if found:
            close_item()
            title, category, new_level = found
            inherit = category == OTHER and section != PREAMBLE and new_level > level
            if not inherit:
                section, level = category, new_level
            cells = HEADING_PARTS.split(title, maxsplit=1) if " | " in title else []
            if len(cells) == 2 and vocab.classify(cells[0]) == category and vocab.classify(cells[1]) is None:
                # "Languages | Filipino, English": a table row whose label is a heading; its cell is content
                title = cells[0]
                blocks.append(Block(text=title, kind="heading", section=section, heading=title, line=number))
                blocks.append(Block(text=cells[1], kind="item", section=section, heading=title, line=number))
                heading = title
                continue
            heading = title
            blocks.append(Block(text=title, kind="heading", section=section, heading=title, line=number))
            continue
        if BULLET_ONLY.match(line):  # a PDF can put the bullet glyph on a line of its own
            close_item()
            pending_bullet = True
            continue
        bullet = BULLET.match(line)
        if pending_bullet and not bullet:
            line, pending_bullet = "- " + line, False
            bullet = BULLET.match(line)
        pending_bullet = False
        markdown_heading = MARKDOWN_HEADING.match(line)
        if markdown_heading:
            line = markdown_heading.group(2)
        content = clean_inline(line[bullet.end() :] if bullet else line)
        if not content:
            continue
        # A wrapped bullet (PDFs) goes on in lower case, or after a long line cut mid-sentence -
        # unless the line looks like the start of something new (a dated entry, a title).
        # Any line goes on after one that stops mid-phrase ("... building services in", "(Istio,")
        # or when it starts with a lower-case word ("of PostgreSQL.").
        if (
            open_item is not None
            and not bullet
            # the loader wrapped long lines at MAX_LINE_CHARS; joining must not undo that
            and len(open_item["text"]) + 1 + len(content) <= MAX_LINE_CHARS
            and (
                UNFINISHED.search(open_item["text"][-UNFINISHED_TAIL:])
                or (content.startswith("(") and not open_item["text"].endswith(TERMINAL))
                or (kind == "posting" and _unclosed(open_item["text"]) and ")" in content)
                or (
                    # a posting's bullet wrapped in a narrow column: "... shift teams of 15+" /
                    # "employees, including ..."
                    kind == "posting"
                    and wrapped
                    and open_item["is_bullet"]
                    and not open_item["text"].endswith(TERMINAL)
                    and LOWER_LISTED.match(content) is not None
                )
                or (
                    LOWER_WORD.match(content) is not None
                    and (open_item["is_bullet"] or not open_item["text"].endswith(TERMINAL))
                )
                or (
                    wrapped
                    and open_item["is_bullet"]
                    and last_length >= WRAPPED_LINE
                    and not open_item["text"].endswith(TERMINAL)
                    and (
                        not looks_like_entry(content)
                        or (kind == "posting" and last_length >= full_width and _short_tail(content))
                    )
                    # "The role requires frequent travel ...": a sentence of its own after the list
                    and not (
                        kind == "posting" and SENTENCE_OPENER.match(content) and content.endswith(TERMINAL)
                    )
                )
                or (
                    # a posting's prose wrapped by hand (an e-mail, a text file): a long line that
                    # stops mid-sentence goes on in the next one
                    wrapped
                    and kind == "posting"
                    and not open_item["is_bullet"]
                    and last_length >= WRAPPED_PROSE
                    and SENTENCE_STOP.search(open_item["text"]) is not None
                    and not open_item["text"].endswith(TERMINAL)
                    and not NAMED_ENTRY.match(content)
                    and not LABELLED.match(content)
                )
            )
        ):
            open_item["text"] += " " + content
            last_length = len(line)
            continue
        close_item()
        last_length = len(line)
        opened = None if bullet else vocab.opened_by(content)
        if (
            opened is not None
            and section in ("minimum", "preferred")
            and LIST_LEAD_IN.search(content)
            and not APPLYING.search(content)
        ):
            opened = None
        if opened is not None and opened != section:
            section, heading = opened, content  # what follows belongs to it too, until the next heading
        open_item = {
            "text": content,
            "kind": "item",
            "section": section,
            "heading": heading,
            "line": number,
            "is_bullet": bool(bullet),
        }
    close_item()
    return undeclared_jobs(blocks) if kind == "resume" else blocks
