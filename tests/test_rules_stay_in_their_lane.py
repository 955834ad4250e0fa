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


# The fourth session's review: each of these was misread by a first version of that session's rules.


def test_an_unbulleted_would_be_great_line_is_an_item_not_a_heading() -> None:
    posting = extract_posting(
        "Requirements\n3+ years of Python\nWould be great to see open-source work\n"
        "Experience with PostgreSQL\nMust know Docker\n"
    )
    by_text = {r.text: r.bucket for r in posting.requirements}
    assert by_text.get("Experience with PostgreSQL") == "minimum", by_text
    assert by_text.get("Must know Docker") == "minimum", by_text


def test_a_duty_or_benefit_in_the_future_tense_is_no_requirement() -> None:
    posting = extract_posting(
        "Engineering Manager\n\nAbout the role\nYou will lead a team of eight engineers. "
        "You will hold weekly "
        "one-to-ones and quarterly performance reviews with each engineer. You will be eligible for our "
        "share option scheme after probation.\n\nRequirements\n- 3+ years managing engineers\n"
    )
    texts = [r.text for r in posting.requirements]
    assert not any("one-to-ones" in t or "share option" in t for t in texts), texts


def test_a_registered_client_or_a_team_membership_is_no_credential() -> None:
    vat, sre = extract_posting(
        "Requirements\n- Experience preparing VAT returns for VAT-registered clients, liaising with HMRC\n"
        "- Experience as a member of the SRE team running Kubernetes in production\n"
    ).requirements
    assert "credential" not in vat.kinds and "credential" not in sre.kinds


def test_an_employers_city_is_not_where_the_candidate_lives() -> None:
    resume = (
        "Chidi Eze\nAbuja, Nigeria | chidi@example.com\n"
        "EXPERIENCE\nSenior Tax Associate, PwC Lagos   Jan 2020 – Present\n- VAT and WHT filings\n"
    )
    assert verdict("Must reside in Lagos", resume)[0] == "unassessed"


def test_loose_phrases_do_not_state_availability_or_relocation() -> None:
    resume = (
        "EXPERIENCE\nBackend Engineer, Harbour Pay   Jan 2020 – Present\n"
        "- Provided out-of-hours support for the payments API\n"
        "- Coordinated office relocating to Dublin docklands\n"
    )
    assert verdict("Must be available for weekend work", resume)[0] == "unassessed"
    assert verdict("Willing to relocate to Dublin", resume)[0] == "unassessed"


def test_go_to_market_years_are_no_years_of_go() -> None:
    resume = (
        "SUMMARY\nEngineer with 6 years of go-to-market engineering for payment products.\n"
        "EXPERIENCE\nSoftware Engineer, Harbour Pay   Jan 2020 – Present\n- Built billing services in Java\n"
    )
    assert verdict("3+ years of Go", resume)[0] != "met"


def test_the_object_of_the_work_is_no_sign_of_leadership() -> None:
    resume = (
        "SUMMARY\nAccountant with leadership experience.\n"
        "EXPERIENCE\nAccountant, Harbour Pay   Jan 2020 – Present\n"
        "- Reconciled customer accounts after the billing migration\n"
    )
    assert verdict("Strong leadership skills to manage customer accounts", resume)[0] != "met"


def test_two_known_names_joined_by_a_hyphen_stay_two_skills() -> None:
    (line,) = extract_posting("Requirements\n- Built HTML-CSS front ends\n").requirements
    assert {t.id for g in line.groups for t in g.terms} >= {"html", "css"}


def test_us_and_can_as_words_of_the_line() -> None:
    us, can = extract_posting(
        "Requirements\n- Tax knowledge: US Form 1099 reporting\n"
        "- Experience with can seaming and double seam inspection\n"
    ).requirements
    assert any("1099" in t.text for g in us.groups for t in g.terms)
    assert any(t.text == "seaming" for g in can.groups for t in g.terms)


def test_lifting_conversion_rates_and_a_well_regarded_university() -> None:
    lift, degree = extract_posting(
        "Requirements\n- Proven ability to lift conversion rates through experimentation\n"
        "- Degree from a highly regarded university\n"
    ).requirements
    assert lift.condition is None
    assert degree.bucket == "minimum"


def test_communicating_in_a_language_with_care_still_asks_communication() -> None:
    (line,) = extract_posting(
        "Requirements\n- Ability to communicate in English clearly and empathetically with upset customers\n"
    ).requirements
    kinds = {t.kind for g in line.groups for t in g.terms}
    assert {"language", "competency"} <= kinds
    assert not any(t.text == "empathetically" for g in line.groups for t in g.terms)


def test_the_best_of_two_exam_results_and_a_paper_toefl() -> None:
    from jobmatch.languages import find_languages

    [both] = find_languages("English (IELTS 7.5; TOEIC 600)", listing=True)
    assert both.level == "C1"
    [paper] = find_languages("English - TOEFL 550", listing=True)
    assert paper.level == "B2"


def test_a_jobs_location_label_is_not_where_the_candidate_lives() -> None:
    resume = (
        "Chidi Eze\nAbuja, Nigeria | chidi@example.com\n"
        "EXPERIENCE\nSenior Tax Associate, Harbour Advisory   Jan 2020 – Present\n"
        "Location: Lagos office\n- VAT and WHT filings\n"
    )
    assert verdict("Must reside in Lagos", resume)[0] == "unassessed"
