"""The scale checker: the team a candidate led and the money they ran, against the size asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_docx
from match_helpers import results, verdict

from jobmatch.scales import required_scale, shown_scales

LED = "EXPERIENCE\nOperations Manager, Brookfield Logistics   Feb 2019 – Present\n- {duty}\n"


@pytest.mark.parametrize(
    ("duty", "expected"),
    [
        ("Led a team of 32 warehouse operatives across two shifts", "met"),
        ("Supervised 9 forklift drivers and pickers", "partial"),
        ("Recruited 40 seasonal workers each autumn", "missing"),  # hired, not led
    ],
)
def test_a_team_size_against_the_size_asked(duty: str, expected: str) -> None:
    found, reason = verdict("Experience leading teams of 25 or more people", LED.format(duty=duty))
    assert found == expected, reason


@pytest.mark.parametrize(
    ("duty", "expected", "said"),
    [
        ("Ran a R$ 4 million fleet budget", "partial", "another currency"),
        ("Managed a $4.5M annual fleet budget", "met", "$4.5M"),
        ("Managed a $800k fleet budget", "partial", "smaller"),
        ("Saved $3M in fuel costs through route planning", "missing", "no money"),
    ],
)
def test_money_run_against_the_sum_asked(duty: str, expected: str, said: str) -> None:
    found, reason = verdict("Experience managing budgets over $2M", LED.format(duty=duty))
    assert found == expected and said in reason, reason


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Line management of 8+ direct reports", "people", 8),
        ("Experience running a 12-person team", "people", 12),
        ("Track record of delivering projects valued at €20m+", "money", 20_000_000),
        ("Join a team of 5 engineers and ship weekly", None, None),  # describes the team, asks nothing
        ("Experience leading a team of 1,500 field staff", "people", 1500),
        ("Experience managing budgets of $5-10M", "money", 5_000_000),
        ("Proficient in CAD 3D modelling", None, None),  # a currency code only in capitals, before an amount
        ("Salary from £45,000 per annum", None, None),
    ],
)
def test_the_size_a_requirement_line_asks_for(line: str, kind: str | None, value: float | None) -> None:
    scale = required_scale(line)
    assert (scale.kind, scale.value) == (kind, value) if kind else scale is None, scale


def test_a_led_team_on_a_resume_line() -> None:
    assert [s.value for s in shown_scales("Managed a 40-strong nursing team", "people")] == [40]
    assert shown_scales("Worked in a team of 40 nurses", "people") == []


def test_cli_reports_the_team_and_budget_sizes_of_a_word_resume(run, tmp_path: Path) -> None:
    posting = tmp_path / "ward_manager.md"
    posting.write_text(
        "# Ward Manager, Older Adults\n\n## Essential criteria\n"
        "- Experience managing a team of 15+ staff\n"
        "- Experience managing budgets of £1m or more\n",
        encoding="utf-8",
    )
    resume = make_docx(
        tmp_path / "resume.docx",
        [
            ("Title", "Folake Adeyemi"),
            ("Heading 1", "Experience"),
            ("Normal", "Deputy Ward Manager, Riverside NHS Trust   Mar 2020 – Present"),
            ("List Bullet", "Led a team of 22 nurses and healthcare assistants on a 28-bed ward"),
            ("List Bullet", "Managed a £600k ward budget for staffing and consumables"),
        ],
    )
    result = run("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-11-30")
    assert result.exit_code == 0, result.stderr
    lines = {r["text"]: r for r in json.loads(result.stdout)["requirements"]}
    team = lines["Experience managing a team of 15+ staff"]
    budget = lines["Experience managing budgets of £1m or more"]
    assert team["verdict"] == "met" and "22 people" in team["reason"], team["reason"]
    assert budget["verdict"] == "partial" and "£600k" in budget["reason"], budget["reason"]
    assert [p["kind"] for p in budget["parts"]].count("scale") == 1


def test_a_sum_found_elsewhere_does_not_show_a_missing_line() -> None:
    """The size qualifies the thing asked: a software engineer's $8M platform is no sign of years
    as a site superintendent on $5M+ projects."""
    resume = (
        "EXPERIENCE\nSoftware Engineer, Lumen Billing   Jan 2018 – Present\n"
        "- Shipped an $8M billing platform migration for 40 enterprise clients\n"
    )
    found, reason = verdict("5+ years as a site superintendent on projects over $5M", resume)
    assert found == "missing", reason


def test_the_size_leaves_the_skill_it_is_of() -> None:
    """ "a team of 5+ Java developers": Java is still asked for."""
    resume = (
        "EXPERIENCE\nEngineering Manager, Acme   Jan 2020 – Present\n"
        "- Led a team of 12 staff building payment APIs in Go\n"
    )
    found, reason = verdict("Experience leading a team of 5+ Java developers", resume)
    assert found != "met" and "Java" in reason, reason


def test_a_site_workforce_of_labour_counts_as_people_led() -> None:
    """Site trades count heads as "labour" or "manpower"; supervising them is leading them."""
    line = "Ability to coordinate a site workforce of 50+ workers"
    big = (
        "EXPERIENCE\nSite Engineer, Deccan Builders   Jan 2019 – Present\n"
        "- Supervised site manpower of 80–100 workers along with subcontractors\n"
    )
    small = (
        "EXPERIENCE\nSite Supervisor, Godavari Roads   Jan 2019 – Present\n"
        "- Supervising 25–30 labour and two pipeline gangs\n"
    )
    assert verdict(line, big)[0] == "met"
    found, reason = verdict(line, small)
    assert found == "partial", reason


MIDWIFE = (
    "Grace Mwale\nEXPERIENCE\nRegistered Midwife, Kamuzu Central Hospital, Lilongwe  2021 – Present\n"
    "- {deliveries} on a busy labour ward\n- Ran antenatal clinics\n"
)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Conducted 65 normal deliveries", "met"),
        ("Conducted 25 normal deliveries", "partial"),
        ("Assisted 300 patients a month", "missing"),
    ],
)
def test_a_count_of_logged_things_is_compared_with_the_same_unit(shown: str, expected: str) -> None:
    """ "At least 40 normal deliveries": a count of one unit, met by as many, partly by fewer;
    a count of something else is no evidence."""
    [result] = results(
        "At least 40 normal deliveries conducted independently", MIDWIFE.format(deliveries=shown)
    )
    assert result.verdict == expected, result.reason


def test_a_tally_stated_as_a_field_of_the_resume_counts() -> None:
    """ "Total flight hours: 1,850" in a licences block answers "1,500+ flight hours"."""
    resume = (
        "Kofi Mensah\nEXPERIENCE\nFirst Officer, Skyline Regional, Accra  2019 – Present\n"
        "- Flew ATR 72 sectors\n"
        "LICENCES\nATPL(A), GCAA Ghana\nTotal flight hours: 1,850\n"
    )
    [result] = results("1,500+ flight hours, of which 500 on multi-crew turboprops", resume)
    assert result.verdict == "met", result.reason
    assert "1,850" in result.reason


def test_a_count_of_a_thing_no_vocabulary_names_is_compared_as_written() -> None:
    """ "A minimum of 40 completed home inspections": the unit is the words as written, and a
    résumé's "Carried out 55 home inspections" meets it; a count of other things does not."""
    resume = (
        "Dawit Bekele\nEXPERIENCE\nBuilding Inspector, Addis Ababa City Administration  2022 – Present\n"
        "- {line}\n"
    )
    asked = "A minimum of 40 completed home inspections"
    [met] = results(asked, resume.format(line="Carried out 55 home inspections for occupancy permits"))
    assert met.verdict == "met", met.reason
    [other] = results(asked, resume.format(line="Reviewed 300 building plans"))
    assert other.verdict != "met", other.reason
