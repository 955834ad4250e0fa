"""Employment date ranges in résumé lines, and the union of ranges as years.

"Jan 2020 – Present", "2019-03 to 2021-08", "03/2019 – 08/2021", "2016 – 2019", "Summer 2024",
"Q3 2022 - Q1 2023", "Feb '19 – Apr '21", "2016–17", "since March 2020" ... Month names, season
and "present" words come from ``data/patterns.yaml``; a bare year starts in January and ends
in December, a season covers its months.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from jobmatch.resources import check_keys, load_data, string_list, trie_alternation

Month = int  # months since year 0: year * 12 + (month - 1)


@dataclass(frozen=True)
class DateRange:
    start: Month
    end: Month | None  # None: ongoing ("Present")
    text: str

    def end_or(self, today: Month) -> Month:
        return today if self.end is None else self.end

    def months(self, today: Month) -> int:
        return max(0, self.end_or(today) - self.start + 1)


def month_index(year: int, month: int) -> Month:
    return year * 12 + month - 1


def month_label(value: Month | None) -> str:
    return "present" if value is None else f"{value // 12:04d}-{value % 12 + 1:02d}"


def today_month(as_of: dt.date | None = None) -> Month:
    as_of = as_of or dt.date.today()
    return month_index(as_of.year, as_of.month)


@dataclass(frozen=True)
class DateGrammar:
    months: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    range_regex: re.Pattern[str]
    since_regex: re.Pattern[str]
    single_season_regex: re.Pattern[str]
    month_span_regex: re.Pattern[str]
    season_years_regex: re.Pattern[str]


DAY = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th|er)?\.?"  # "1st", "30", "1er", "01."


@cache
def grammar() -> DateGrammar:
    file = "patterns.yaml"
    data = check_keys(
        load_data(file)["dates"],
        file=file,
        where="dates",
        required=["months", "seasons", "present", "separators", "since"],
    )
    months = {
        name.lower(): int(number)
        for number, names in data["months"].items()
        for name in string_list(names, file=file, where=f"dates.months.{number}")
    }
    seasons = {name.lower(): (int(v[0]), int(v[1])) for name, v in data["seasons"].items()}
    month = rf"(?:{trie_alternation(months)})\.?"
    year = r"(?:(?:19|20)\d\d|['’]\d\d)"
    point = (
        # Jan 2020, Sept. 2017, Feb '19, Jan-2020, 1st Aug 2011, 01-Jun-2022
        # "fevereiro de 2017", "enero del 2019": Spanish and Portuguese put "de" before the year
        rf"(?:(?:{DAY}(?:\s+|-))?{month}(?:[\s,-]*|/)(?:del?\s+)?{year}"  # "ago/2025" too
        rf"|{month}\s+{DAY},?\s*{year}"  # Aug 1, 2011
        rf"|{DAY}-{month}-\d\d(?!\d)"  # 12-Aug-21
        rf"|(?:{trie_alternation(seasons)})\s*{year}"  # Summer 2024, Q3 2022
        r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?![\d])"  # 2024-04-01 (ISO, JSON Resume)
        r"|(?:[0-2]?\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d"  # 01.08.2011, 30/11/2011 (day first)
        r"|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?![\d])"  # 2019-03, 2015/09, 2020.04
        r"|(?:19|20)\d\d (?:0[1-9]|1[0-2])(?![\d.,:/%])"  # 2015 04 (Baltic and Nordic CVs)
        r"|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d"  # 03/2019, 3/2019, 01.2019
        r"|(?:0?[1-9]|1[0-2])/\d\d(?![\d/])"  # 06/17
        r"|(?:19|20)\d\d)"  # 2016
    )
    present_words = [w.lower() for w in string_list(data["present"], file=file, where="dates.present")]
    present = rf"(?:{trie_alternation(present_words)})"
    separator = trie_alternation(
        s.lower() for s in string_list(data["separators"], file=file, where="dates.separators")
    )
    since = trie_alternation(s.lower() for s in string_list(data["since"], file=file, where="dates.since"))
    season_names = trie_alternation(seasons)
    flags = re.IGNORECASE
    return DateGrammar(
        months=months,
        seasons=seasons,
        range_regex=re.compile(
            rf"(?<![\w/.-])(?P<start>{point})\s*(?:{separator}):?\s*(?:(?P<end>{point})|(?P<present>{present}))"
            r"(?![\w/])",
            flags,
        ),
        since_regex=re.compile(rf"(?<!\w)(?:{since})\s+(?P<start>{point})(?![\w/])", flags),
        single_season_regex=re.compile(
            rf"(?<![\w/-])(?P<season>{season_names})\s*(?P<year>{year})(?![\w/])", flags
        ),
        month_span_regex=re.compile(
            rf"(?<![\w/-])(?P<m1>{month})\s*(?:{separator})\s*(?P<m2>{month})\s*,?\s*(?P<year>{year})(?![\w/])"
            # "2016–17"; not "2011 - 30 Nov 2011" (a day) nor "2019 - 76%" (a score)
            rf"|(?<![\w/-])(?P<y1>(?:19|20)\d\d)\s*[-–—]\s*(?P<y2>\d\d)(?![\w/%]|[.,]\d|\s*{month}(?!\w))",
            flags,
        ),
        # "Summers 2015 & 2016", "Summer 2019, 2020"
        season_years_regex=re.compile(
            rf"(?<![\w/-])(?P<season>{season_names})s?\s+(?P<years>{year}(?:\s*(?:&|and|,|/)\s*{year})+)"
            r"(?![\w/])",
            flags,
        ),
    )


def _year(text: str) -> int:
    text = text.strip("'’")
    if len(text) == 2:
        value = int(text)
        return 2000 + value if value <= (dt.date.today().year % 100) + 1 else 1900 + value
    return int(text)


LEADING_DAY = re.compile(rf"^{DAY}(?:\s+|-)(?=[^\W\d_])")  # "1st Aug 2011", "01-Jun-2022" -> "Aug 2011"
INNER_DAY = re.compile(rf"^([^\W\d_]+\.?)\s+{DAY},?\s*(?=(?:19|20)\d\d|['’]\d\d)")  # "Aug 1, 2011"


@lru_cache(maxsize=4096)
def parse_point(text: str, *, is_end: bool) -> Month | None:
    """One date ("Jan 2020", "2019-03", "Summer 2024", "2016", "1st Aug 2011") as a month; ends
    round up. Kept by its text, like :func:`_date_ranges`: the same few dates ("Jan 2020") recur in
    every résumé, on lines that do not."""
    g = grammar()
    text = text.strip().lower()
    text = INNER_DAY.sub(r"\1 ", LEADING_DAY.sub("", text))
    # "févr. 2017", "março de 2015" too
    match = re.match(r"([^\W\d_][^\W_]*)\.?(?:[\s,-]*|/)(?:del?\s+)?((?:19|20)\d\d|['’]\d\d)$", text)
    if match:
        word, year = match.group(1), _year(match.group(2))
        if word in g.months:
            return month_index(year, g.months[word])
        if word in g.seasons:
            first, last = g.seasons[word]
            if is_end:
                return month_index(year + (1 if last < first else 0), last)
            return month_index(year, first)
        return None
    match = re.match(r"([^\W\d_]+)-(\d\d)$", text)  # "aug-21", from "12-Aug-21"
    if match and match.group(1) in g.months:
        return month_index(_year(match.group(2)), g.months[match.group(1)])
    match = re.match(r"((?:19|20)\d\d)(?:[-/.]|\s)(\d{1,2})(?:-\d\d)?$", text)
    if match:
        return month_index(int(match.group(1)), int(match.group(2)))
    match = re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$", text)
    if match:  # day first (01.08.2011, 30/11/2011), unless only the other reading is a date
        first, second = int(match.group(1)), int(match.group(2))
        month = second if second <= 12 else first
        return month_index(int(match.group(3)), month) if 1 <= month <= 12 else None
    match = re.match(r"(\d{1,2})[/.-]((?:19|20)?\d\d)$", text)
    if match:
        return month_index(_year(match.group(2)), int(match.group(1)))
    match = re.match(r"((?:19|20)\d\d)$", text)
    if match:
        return month_index(int(match.group(1)), 12 if is_end else 1)
    return None


MAY_HAVE_DATES = re.compile(r"(?:19|20)\d\d|['’]\d\d|\d/\d\d|[^\W\d_]-\d\d")


@cache
def _two_digits() -> re.Pattern[str]:
    """Two digits in a row, which every date MAY_HAVE_DATES finds holds: a faster first test (most
    lines have none, and MAY_HAVE_DATES tries a letter class at every character)."""
    return re.compile(r"\d\d")


def find_date_ranges(line: str) -> list[DateRange]:
    """Every date range in a line, left to right."""
    if not _two_digits().search(line) or not MAY_HAVE_DATES.search(line):
        return []
    return list(_date_ranges(line))


@lru_cache(maxsize=4096)
def _date_ranges(line: str) -> tuple[DateRange, ...]:
    """Kept by the line's text: a résumé's lines are asked about more than once (a title line
    above a dated one, an education line's status)."""
    g = grammar()
    found: list[tuple[int, DateRange]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in g.range_regex.finditer(line):
        start = parse_point(match.group("start"), is_end=False)
        end = None if match.group("present") else parse_point(match.group("end"), is_end=True)
        if start is not None and (end is None or end >= start) and (match.group("present") or end):
            found.append((match.start(), DateRange(start, end, match.group().strip())))
            taken.append(match.span())
    for match in g.month_span_regex.finditer(line):
        if not free(*match.span()):
            continue
        if match.group("y1"):
            first = int(match.group("y1"))
            last = first // 100 * 100 + int(match.group("y2"))
            if not first <= last <= first + 10:
                continue
            found.append(
                (
                    match.start(),
                    DateRange(month_index(first, 1), month_index(last, 12), match.group().strip()),
                )
            )
        else:
            year = _year(match.group("year"))
            m1 = g.months[match.group("m1").lower().rstrip(".")]
            m2 = g.months[match.group("m2").lower().rstrip(".")]
            found.append(
                (
                    match.start(),
                    DateRange(month_index(year, m1), month_index(year, m2), match.group().strip()),
                )
            )
        taken.append(match.span())
    for match in g.season_years_regex.finditer(line):
        if not free(*match.span()):
            continue
        first, last = g.seasons[match.group("season").lower().rstrip("s")]
        for year_text in re.findall(r"(?:19|20)\d\d|['’]\d\d", match.group("years")):
            year = _year(year_text)
            end_year = year + (1 if last < first else 0)
            found.append(
                (
                    match.start(),
                    DateRange(month_index(year, first), month_index(end_year, last), match.group().strip()),
                )
            )
        taken.append(match.span())
    for match in g.since_regex.finditer(line):
        start = parse_point(match.group("start"), is_end=False)
        if start is not None and free(*match.span()):
            found.append((match.start(), DateRange(start, None, match.group().strip())))
            taken.append(match.span())
    for match in g.single_season_regex.finditer(line):
        if free(*match.span()):
            first, last = g.seasons[match.group("season").lower()]
            year = _year(match.group("year"))
            end_year = year + (1 if last < first else 0)
            found.append(
                (
                    match.start(),
                    DateRange(month_index(year, first), month_index(end_year, last), match.group().strip()),
                )
            )
            taken.append(match.span())
    return tuple(date_range for _, date_range in sorted(found, key=lambda item: item[0]))


def union_months(ranges: Iterable[DateRange], today: Month) -> int:
    """Months covered by at least one range: overlapping jobs count once."""
    intervals = sorted((r.start, r.end_or(today)) for r in ranges if r.start <= today)
    total, current_start, current_end = 0, None, None
    for start, end in intervals:
        end = min(end, today)
        if current_end is None or start > current_end + 1:
            if current_end is not None:
                total += current_end - current_start + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None:
        total += current_end - current_start + 1
    return total


def last_month_of(label: str) -> Month:
    """The last month "YYYY-MM" or "YYYY" stands for: a bare year runs through December ("valid
    to 2026", "issued 2019")."""
    year, _, month = label.partition("-")
    return month_index(int(year), int(month) if month else 12)


def month_from_label(label: str) -> Month:
    year, month = label.split("-")
    return month_index(int(year), int(month))


def years_of(labelled_ranges: Iterable[tuple[str, str]], as_of: dt.date) -> float:
    """Years covered by (start, end) label pairs such as ("2019-03", "present"), overlaps once."""
    ranges = [
        DateRange(month_from_label(start), None if end == "present" else month_from_label(end), "")
        for start, end in labelled_ranges
    ]
    return round(union_months(ranges, today_month(as_of)) / 12, 2)
