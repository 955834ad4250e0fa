"""Guards for defects a second review found in this session's mends, each on our own realistic
text, via the CLI."""

from __future__ import annotations

import pytest

UK_NURSE = "Staff Nurse — Leeds Teaching Hospitals\n\nEssential\n- Full right to work in the UK\n"


@pytest.mark.parametrize(
    ("posting", "status"),
    [
        (UK_NURSE, "Right to work: will require sponsorship (Health and Care Worker visa)"),
        (
            "Staff Nurse\n\nEssential\n- Full right to work in the UK (no visa sponsorship available)\n",
            "Visa: will require sponsorship",
        ),
    ],
)
def test_a_sponsorship_needed_is_no_right_to_work(score_lines, posting: str, status: str) -> None:
    resume = f"Grace Banda\n{status}\n\nEXPERIENCE\nStaff Nurse — Kamuzu Central Hospital (2018 – present)\n"
    rows = score_lines(posting, resume)
    [row] = rows.values()
    assert row["verdict"] == "missing", row["reason"]


def test_experience_post_qualification_dates_the_years(score_lines) -> None:
    posting = "Social Worker\n\nEssential\n- Minimum 2 years experience post qualification\n"
    resume = (
        "Ola Nwosu\n\nREGISTRATION\nRegistered with Social Work England, 2025\n\n"
        "EXPERIENCE\nSocial Worker — Wakefield Council (2025 – present)\n"
        "Support Worker — Turning Point (2016 – 2024)\n"
    )
    row = score_lines(posting, resume)["Minimum 2 years experience post qualification"]
    assert row["verdict"] != "met", row["reason"]
    assert "after qualifying in 2025" in row["reason"]


@pytest.mark.parametrize(
    ("heading", "line", "since"),
    [
        ("PROFESSIONAL REGISTRATION", "GPhC registered pharmacist, 2023", "2023"),
        ("QUALIFICATIONS", "Certificate III in Electrotechnology, TAFE NSW (2015 – 2019)", "2019"),
    ],
)
def test_the_qualifying_date_of_a_registration_or_a_course_range(
    score_lines, heading: str, line: str, since: str
) -> None:
    posting = "Pharmacist or Electrician\n\nEssential\n- At least 3 years post-qualification experience\n"
    resume = f"Sam Okafor\n\n{heading}\n{line}\n\nEXPERIENCE\nPractitioner — Northgate (2015 – present)\n"
    row = score_lines(posting, resume)["At least 3 years post-qualification experience"]
    assert f"after qualifying in {since}" in row["reason"], row["reason"]


def test_a_domain_is_no_suite_to_stand_in(score_lines) -> None:
    posting = (
        "Insurance Developer\n\nRequirements\n- Hands-on experience configuring Guidewire PolicyCenter\n"
    )
    resume = (
        "Ken Mori\n\nEXPERIENCE\nJava Developer — Card Payments Ltd (2018 – present)\n"
        "- Payments industry: card authorisation services in Java\n"
    )
    row = score_lines(posting, resume)["Hands-on experience configuring Guidewire PolicyCenter"]
    assert row["verdict"] == "missing", row["reason"]


@pytest.mark.parametrize(
    "duty",
    [
        "Wrote SQL queries joining customer and billing tables",
        "Main point of contact for the steel frame subcontractor",
        "Built the vendor portal in Angular 15",
    ],
)
def test_words_near_customers_are_no_customer_focus(score_lines, duty: str) -> None:
    posting = "Analyst\n\nRequirements\n- Strong customer focus\n"
    resume = f"Ivo Petrov\n\nEXPERIENCE\nAnalyst — Sofia Telecom (2019 – present)\n- {duty}\n"
    assert score_lines(posting, resume)["Strong customer focus"]["verdict"] != "met"


def test_looking_for_more_than_n_years_is_asked(extract_text) -> None:
    report = extract_text(
        "Logistics Planner\n\nProfile\n"
        "We are looking for more than 5 years of experience in the logistics sector. "
        "Fluent Dutch and English are required.\n"
    )
    years = [r["years"]["min"] for r in report["minimum"] if r["years"]]
    assert years == [5.0], report["minimum"]


def test_tickets_said_to_be_essential_frame_their_names(score_lines) -> None:
    posting = "Rigger\n\nRequirements\n- Dogging and rigging tickets are essential\n"
    resume = "Jo Hale\n\nTICKETS\nDogging (DG), Basic Rigging (RB)\n\nEXPERIENCE\nRigger (2019 – present)\n"
    row = score_lines(posting, resume)["Dogging and rigging tickets are essential"]
    assert row["verdict"] == "met", row["reason"]


def test_a_heading_of_three_sections_with_one_unknown(score_lines) -> None:
    posting = "Scaffolder\n\nRequirements\n- Basic scaffolding licence (SB)\n"
    resume = (
        "Lee Tran\n\nEXPERIENCE\nScaffolder — Metro Access, Sydney (2020 – present)\n"
        "- Erected tube and fitting\n\n"
        "Licences, Tickets, Inductions\nBasic Scaffolding (SB) – 2022\n"
    )
    row = score_lines(posting, resume)["Basic scaffolding licence (SB)"]
    assert row["verdict"] == "met", row["reason"]


def test_an_exam_sets_the_level_of_its_own_language_only(score_lines) -> None:
    posting = "Interpreter\n\nRequirements\n- Japanese (JLPT N1) and conversational English\n"
    resume = (
        "Aiko Tan\n\nEXPERIENCE\nInterpreter (2019 – present)\n\nLANGUAGES\n"
        "Japanese — native\nEnglish — intermediate (B1)\n"
    )
    row = score_lines(posting, resume)["Japanese (JLPT N1) and conversational English"]
    assert row["verdict"] == "met", row["reason"]


def test_years_of_a_language_with_its_framework_are_years_of_the_language(extract_text) -> None:
    report = extract_text("Backend\n\nRequirements\n- 5+ years of Python with Django\n")
    [line] = report["minimum"]
    assert line["years"]["skills"] == ["python", "django"]
