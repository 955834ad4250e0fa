"""Rules added for one kind of line must not fire on ordinary text of other fields (a review's
findings): each case here was misread by a first version of a rule."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "match"))

from match_helpers import verdict  # noqa: E402

from jobmatch.extract import extract_posting  # noqa: E402
from jobmatch.loaders import html_to_text  # noqa: E402
from jobmatch.phrases import parse_years  # noqa: E402


def test_an_accordion_button_outside_a_form_is_page_text() -> None:
    text = html_to_text("<button>What you'll need</button><ul><li>5+ years of Python</li></ul>")
    assert "What you'll need" in text and "5+ years of Python" in text


def test_months_of_a_contract_or_notice_are_no_experience() -> None:
    assert parse_years("Available for a 6-12 months contract") is None
    assert parse_years("Minimum 12 months commitment") is None
    assert parse_years("3 months' notice period") is None


def test_a_shouted_modal_and_a_licence_category_are_not_terms() -> None:
    must, licence = extract_posting(
        "Requirements\n- You MUST have excellent communication skills\n- Hold a C1 licence (7.5 tonne)\n"
    ).requirements
    assert not any(t.text == "MUST" for g in must.groups for t in g.terms)
    assert any("C1" in t.text for g in licence.groups for t in g.terms)


def test_residents_of_care_homes_are_no_location_condition() -> None:
    (line,) = extract_posting(
        "Requirements\n- Experience supporting older adults residing in care homes\n"
    ).requirements
    assert line.condition is None


def test_handling_queries_for_300_employees_is_no_team_led() -> None:
    resume = (
        "EXPERIENCE\nPayroll Officer, Brightwater   Jan 2019 – Present\n"
        "- Handled payroll and benefits queries for 300 employees\n"
    )
    assert verdict("Experience managing a team of 20+ staff", resume)[0] == "missing"


def test_a_bachelors_does_not_meet_a_postgraduate_diploma_asked() -> None:
    resume = (
        "EDUCATION\nBSc Psychology, University of Leeds, 2019\n"
        "EXPERIENCE\nAssistant Psychologist, NHS   Jan 2020 – Present\n- Ran assessments\n"
    )
    assert verdict("Postgraduate diploma in clinical psychology", resume)[0] != "met"


def test_a_support_level_is_no_credential_cue() -> None:
    resume = (
        "EXPERIENCE\nService Desk Analyst, Northwind   Jan 2020 – Present\n"
        "- Provided Level 2 support following ITIL processes\n"
    )
    assert verdict("ITIL Foundation certification", resume)[0] == "missing"


def test_a_grade_word_elsewhere_on_the_line_is_no_grade_of_the_skill() -> None:
    resume = (
        "EXPERIENCE\nSenior Engineer, Acme   Jan 2018 – Present\n"
        "- Built Python services and mentored an associate engineer\n"
    )
    found, reason = verdict("Expert Python skills", resume)
    assert "lower grade" not in reason, (found, reason)
