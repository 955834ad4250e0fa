"""Cases a second review found the first review's mends getting wrong, each kept right — via the CLI:
a mail's "If this sounds like ..." before what is asked, lead-ins that only encourage, a classified
UK degree for an honours degree, offers subject to references, service codes beside a rota,
"in-house" inside a team led, Saturdays in a rota, a certificate "(valid within the last 3 years)",
long names joined by "and", a second skill joined to a standard, a dated education row, a job
title with "Program" in it, camp accommodation as a line of work."""

from __future__ import annotations

import pytest


def test_a_sounds_like_opener_hides_nothing_asked_after_it(extract_text) -> None:
    report = extract_text(
        "Data Engineer\n\nAbout the role\nYou will build our pipelines.\n\n"
        "If this sounds like the challenge you're after, here's what you'll need:\n"
        "- 5+ years of experience with Python\n- Strong SQL and dbt\n- Experience with Airflow\n"
    )
    assert len(report["minimum"]) == 3, [r["text"] for r in report["minimum"]]


@pytest.mark.parametrize(
    "line",
    [
        "If you don't meet every requirement, we encourage you to apply anyway - we value problem solving",
        "We're looking for someone who shares our values of teamwork and customer focus",
    ],
)
def test_a_lead_in_that_only_encourages_asks_nothing(extract_text, line: str) -> None:
    report = extract_text(f"Role\n\nRequirements\n- Experience with Excel\n- {line}\n")
    assert [r["text"] for r in report["minimum"]] == ["Experience with Excel"]


@pytest.mark.parametrize(
    ("line", "education", "verdict"),
    [
        (
            "A 2:1 Honours degree in Mathematics",
            "BSc Mathematics (First Class), University of York, 2015",
            "met",
        ),
        ("Honours degree in Psychology (NQF 8)", "BA Psychology, University of Pretoria, 2018", "partial"),
        ("Honours degree in Psychology (NQF 8)", "BA Honours in Psychology, University of Pretoria", "met"),
    ],
)
def test_honours_degrees(score_lines, line: str, education: str, verdict: str) -> None:
    rows = score_lines(
        f"Role\n\nRequirements\n- {line}\n",
        f"Sam Doe\n\nEXPERIENCE\nAnalyst, Acme, 2019 – Present\n- Reports\n\nEDUCATION\n{education}\n",
    )
    assert rows[line]["verdict"] == verdict, rows[line]["reason"]


@pytest.mark.parametrize(
    "line",
    [
        "Any offer of employment is subject to two satisfactory references",
        "Employment is subject to satisfactory references and an occupational health clearance",
    ],
)
def test_an_offer_subject_to_references_is_a_condition(extract_text, line: str) -> None:
    report = extract_text(f"Role\n\nRequirements\n- {line}\n")
    assert report["minimum"][0]["kinds"][0] == "condition", report["minimum"][0]


@pytest.mark.parametrize(
    "line",
    [
        "Working in our NHS 111 service, able to work evenings and weekends",
        "Must be available Saturdays",
        "Happy to work 1 in 3 Saturdays",
    ],
)
def test_rota_lines_are_conditions(extract_text, line: str) -> None:
    report = extract_text(f"Role\n\nRequirements\n- {line}\n")
    assert report["minimum"][0]["condition"] == "availability", report["minimum"][0]


def test_an_in_house_team_led_is_leadership(extract_text) -> None:
    report = extract_text("Role\n\nRequirements\n- Experience leading an in-house security team\n")
    assert "soft" in report["minimum"][0]["kinds"], report["minimum"][0]


def test_a_valid_within_bracket_sets_a_window(score_lines) -> None:
    line = "Paediatric First Aid certificate (valid within the last 3 years)"
    rows = score_lines(
        f"Nursery Practitioner\n\nRequirements\n- {line}\n",
        "Ana Lima\n\nEXPERIENCE\nNursery Practitioner, Little Acorns, 2019 – Present\n"
        "- Key person for 8 children\n\n"
        "CERTIFICATIONS\nPaediatric First Aid, 2018\n",
    )
    assert rows[line]["verdict"] == "partial", rows[line]["reason"]


def test_long_names_joined_by_and_are_two_terms(extract_text) -> None:
    report = extract_text(
        "Role\n\nRequirements\n"
        "- Experience with Northgate Housing Repairs Module and Orchard Housing Rents Suite\n"
    )
    terms = [t["text"] for g in report["minimum"][0]["groups"] for t in g["terms"]]
    assert len(terms) == 2, terms


def test_a_second_skill_joined_to_a_standard_is_its_own(score_lines) -> None:
    line = "Knowledge of BS 5839 Fire Detection and Emergency Lighting Installation"
    rows = score_lines(
        f"Fire Engineer\n\nRequirements\n- {line}\n",
        "Dan Cole\n\nEXPERIENCE\nFire Alarm Engineer, Blaze Ltd, 2018 – Present\n"
        "- Service fire alarm systems to BS 5839\n",
    )
    assert rows[line]["verdict"] == "partial", rows[line]["reason"]


def test_a_dated_education_row_is_no_job(run_json, tmp_path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_text("Developer\n\nRequirements\n- Bachelor's degree in Computer Science\n")
    resume = tmp_path / "r.txt"
    resume.write_text(
        "Kim Lee\n\nEXPERIENCE\nDeveloper | Acme Ltd, Leeds | 2018 – Present\n- Built APIs\n"
        "Education | BSc Computer Science, University of Leeds (2012 - 2015)\n"
    )
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-03")
    rows = {r["text"]: r for r in report["requirements"]}
    assert rows["Bachelor's degree in Computer Science"]["verdict"] == "met"


def test_a_program_manager_under_skills_is_a_job(run_json, tmp_path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_text("Program Manager\n\nRequirements\n- 5+ years as a program manager\n")
    resume = tmp_path / "r.txt"
    resume.write_text(
        "Alex Moreau\n\nSKILLS\nJira, MS Project\nJan 2019 – Present\nSenior Program Manager, Acme Corp\n"
        "- Ran a portfolio of 12 programs\n"
    )
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-12-03")
    assert [p["title"] for p in report["resume"]["positions"]] == ["Senior Program Manager, Acme Corp"]


def test_camp_accommodation_as_a_line_of_work_is_asked(extract_text) -> None:
    report = extract_text("Camp Manager\n\nRequirements\n- Experience in camp accommodation management\n")
    assert report["minimum"][0].get("condition") is None
