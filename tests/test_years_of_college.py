"""A stage of college asked ("at least 2nd year college level", "college level", "2 years of
college") is met by a degree under way that far, not only by one finished; "2nd" is no term to
search for — via the CLI, on résumés written as Philippine and US applicants write them."""

from __future__ import annotations

import pytest

POSTING = """Customer Care Associate — voice account, Cebu IT Park

Qualifications
- At least 2nd year college level
- College level or graduate of any course is welcome
- Completed at least 2 years of college
"""

RESUME = """Jomar Villanueva Reyes
Mandaue City, Cebu · jomar.reyes@example.com

EDUCATION
Tertiary : Bachelor of Science in Hospitality Management ({stage}) University of Mandaue, 2023 - present
Secondary : Mandaue City Science High School, 2017 - 2023

WORK EXPERIENCE
Sales Clerk, Gaisano Grand Mall, 2023 - present
- Assisted shoppers and handled returns at the counter
"""


@pytest.mark.parametrize(
    ("stage", "second_year", "two_years_done"),
    [
        ("3rd Year Level, undergraduate", "met", "met"),
        ("2nd Year Level", "met", "missing"),
        ("1st year", "missing", "missing"),
    ],
)
def test_a_degree_under_way_meets_the_stage_it_has_reached(
    score_lines, stage: str, second_year: str, two_years_done: str
) -> None:
    rows = score_lines(POSTING, RESUME.format(stage=stage))
    assert rows["At least 2nd year college level"]["verdict"] == second_year, rows
    assert rows["College level or graduate of any course is welcome"]["verdict"] == "met"
    assert rows["Completed at least 2 years of college"]["verdict"] == two_years_done
    assert "“2nd”" not in rows["At least 2nd year college level"]["reason"]


def test_a_year_not_given_is_partly(score_lines) -> None:
    rows = score_lines(POSTING, RESUME.format(stage="undergraduate"))
    assert rows["At least 2nd year college level"]["verdict"] == "partial"


def test_school_only_is_missing_and_a_graduate_meets_it(score_lines) -> None:
    tertiary = RESUME.splitlines()[4] + "\n"
    assert tertiary.startswith("Tertiary")
    school_only = RESUME.replace(tertiary, "")
    assert score_lines(POSTING, school_only)["At least 2nd year college level"]["verdict"] == "missing"
    graduate = RESUME.replace("({stage}) University of Mandaue, 2023 - present", "Univ. of Mandaue, 2019")
    assert score_lines(POSTING, graduate)["At least 2nd year college level"]["verdict"] == "met"


def test_some_college_on_a_resume_is_no_degree_and_college_level_writing_no_degree_asked(score_lines) -> None:
    posting = "Office Assistant\n\nRequirements\n- Associate degree required\n"
    posting += "- Strong college-level writing skills\n"
    resume = """Dana Whitfield
Portland, OR · dana.whitfield@example.com

Education
Some college, Portland Community College, 2014 - 2015
Diploma, Grant High School, 2013

Experience
Receptionist, Willamette Dental · 2016 – present
- Wrote patient letters and the weekly newsletter
"""
    rows = score_lines(posting, resume)
    assert rows["Associate degree required"]["verdict"] == "missing"
    assert "education" not in rows["Strong college-level writing skills"]["kinds"]
