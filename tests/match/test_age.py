"""The age checker: "at least 21 years of age" is met by a date of birth, or by the least age the
résumé's own dates imply (a school finished, a degree completed, a first job); dates that prove
nothing leave it not assessed, and a date of birth that says younger makes it missing."""

from __future__ import annotations

import pytest
from match_helpers import results

JOBS = "EXPERIENCE\nWarehouse Associate, Northgate Foods   Jun 2023 – Present\n- Picked and packed orders\n"


@pytest.mark.parametrize(
    ("requirement", "resume", "quoted"),
    [
        # a date of birth (Gulf and European CVs give one)
        ("Applicants must be 21 or over", f"Date of birth: 14/03/1999\n{JOBS}", "Date of birth: 14/03/1999"),
        # a school finished long enough ago: 17 + 13 years
        (
            "Minimum age of 21",
            f"{JOBS}EDUCATION\nHigh School Diploma, Lincoln High School, 2013\n",
            "High School Diploma, Lincoln High School, 2013",
        ),
        # a first job long enough ago: 17 + 10 years
        (
            "Must be at least 18 years old",
            "EXPERIENCE\nCrew Member, Burger Barn   Mar 2016 – Aug 2019\n- Served customers at the counter\n",
            "Crew Member, Burger Barn Mar 2016 – Aug 2019",
        ),
    ],
)
def test_an_age_the_resume_shows_is_met(requirement: str, resume: str, quoted: str) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == "met", result.reason
    assert "left out of the score" in result.reason
    assert result.evidence[0].text == quoted


def test_dates_that_prove_nothing_leave_it_not_assessed() -> None:
    """A job since 2023 says the author is at least 20, not 21."""
    [result] = results("Applicants must be at least 21 years of age", JOBS)
    assert result.verdict == "unassessed"


def test_a_date_of_birth_that_says_younger_is_missing() -> None:
    [result] = results("Applicants must be at least 21 years of age", f"DOB: 02/02/2008\n{JOBS}")
    assert result.verdict == "missing", result.reason
    assert "younger" in result.reason


@pytest.mark.parametrize(
    ("requirement", "born", "expected"),
    [
        # an upper limit; the date of birth in a table cell of its own, under its label
        ("Be below 30 years of age as at 31st March 2027", "Date of birth\n02.09.1999\n", "met"),
        ("Not older than 35", "Date of birth: 11/05/1984\n", "missing"),
    ],
)
def test_an_age_limit_is_checked_against_the_date_of_birth(
    requirement: str, born: str, expected: str
) -> None:
    [result] = results(requirement, f"RUWAN SILVA\n{born}{JOBS}")
    assert result.verdict == expected, result.reason
    assert "left out of the score" in result.reason


def test_an_age_limit_is_no_years_of_experience() -> None:
    """ "below 30 years of age" is an age, not 30 years of experience asked."""
    [result] = results("Be below 30 years of age", JOBS)
    assert result.requirement.years is None and result.requirement.condition == "age"
