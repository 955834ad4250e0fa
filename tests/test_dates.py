"""Date ranges: the real-world spellings of tests/fixtures/resumes/date_ranges.yaml, lines with
several ranges, lines with none, and the union of overlapping jobs."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from conftest import FIXTURES

from jobmatch.dates import DateRange, find_date_ranges, month_index, month_label, union_months, years_of

CASES = yaml.safe_load((FIXTURES / "resumes" / "date_ranges.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["line"][-40:] for c in CASES])
def test_date_range_spellings(case: dict) -> None:
    ranges = find_date_ranges(case["line"])
    assert len(ranges) == 1, ranges
    assert month_label(ranges[0].start) == str(case["start"])
    assert month_label(ranges[0].end) == str(case["end"])


def test_at_least_25_spellings_are_covered() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize(
    "line",
    [
        "Reduced cloud costs 30% in 2021",
        "Led 5-10 engineers",
        "Python 3.11",
        "call 555-0123",
        "Managed a $2-3M budget",
        "version 2019.1 release",
        "B.Sc. Computer Science - Cauvery College, Erode - 2019 - 76%",
        "Date of Birth : 12-08-1999",
        "Scored 2019 - 30 points in the regional quiz",
    ],
)
def test_lines_without_ranges(line: str) -> None:
    assert find_date_ranges(line) == []


def test_overlapping_jobs_count_once() -> None:
    today = month_index(2026, 11)
    jobs = [
        DateRange(month_index(2020, 1), month_index(2023, 12), ""),  # 48 months
        DateRange(month_index(2023, 3), None, ""),  # overlaps, runs to Nov 2026
        DateRange(month_index(2021, 6), month_index(2021, 8), ""),  # inside the first
    ]
    assert union_months(jobs, today) == 83  # Jan 2020 .. Nov 2026


def test_gap_between_jobs_is_not_counted() -> None:
    as_of = dt.date(2026, 11, 1)
    assert years_of([("2018-01", "2018-12"), ("2020-01", "2020-12")], as_of) == 2.0


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("sept. 2017 – juin 2020", 34),
        ("févr. 2017 – août 2017", 7),
        ("Okt 2018 – Dez 2020", 27),
        ("enero 2015 - marzo 2016", 15),
    ],
)
def test_french_german_and_spanish_month_names(text: str, months: int) -> None:
    [found] = find_date_ranges(text)
    assert found.months(0) == months


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Engineering Co-op, Bellweather Pumps — Summers 2015 & 2016",
            [("2015-06", "2015-08"), ("2016-06", "2016-08")],
        ),
        (
            "Designation : Software Engineer (Apr 2023 - May 2024), "
            "Associate Software Engineer (May 2022 - Mar 2023)",
            [("2023-04", "2024-05"), ("2022-05", "2023-03")],
        ),
    ],
)
def test_lines_with_several_ranges(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(month_label(r.start), month_label(r.end)) for r in find_date_ranges(line)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "05/2021 – alla data attuale",
        "02/2018 – hasta la fecha",
        "09/2016 – até à data",
        "03/2019 – jusqu'à ce jour",
    ],
)
def test_a_europass_present_is_open(line: str) -> None:
    """The Europass wordings of "to date" in Italian, Spanish, Portuguese and French."""
    [found] = find_date_ranges(line)
    assert found.end is None, found
