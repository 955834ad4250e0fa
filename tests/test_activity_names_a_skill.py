"""A job line that does an activity names the skill of doing it ("Analysed experimental data in R"
is data analysis, "Inspected buildings" building inspection); a noun that makes the thing another
("designed the building services") or a thing that is not the head of its phrase ("analysed data
pipelines") names nothing — via the CLI."""

from __future__ import annotations

POSTING = """Research Data Officer — Dunedin

Requirements
- Proficiency in R or Stata, and experience in data analysis
- Experience in service design
- Building inspection experience is an advantage
"""

RESUME = """Hemi Parata
Dunedin, New Zealand

Experience
Research Assistant, Otago Marine Lab — 02/2022 – present
- Analysed experimental data in R (tidyverse, lme4) for three field seasons
- Designed the building services schedule for the new wet lab with the facilities team
- Inspected buildings on the campus for earthquake-prone status with the council engineer
"""


def test_doing_the_activity_shows_the_skill(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    analysis = rows["Proficiency in R or Stata, and experience in data analysis"]
    assert analysis["verdict"] == "met", analysis
    assert any("Analysed experimental data" in item["text"] for item in analysis["evidence"]), analysis
    inspection = rows["Building inspection experience is an advantage"]
    assert inspection["verdict"] == "met", inspection


def test_a_noun_between_makes_another_thing(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Experience in service design"]
    assert row["verdict"] == "missing", row


PIPELINES_POSTING = """Data Analyst — Wellington

Requirements
- Data analysis experience
"""

PIPELINES_RESUME = """Tama Ngata
Wellington

Experience
Data Engineer, Kiwi Payments — 2021 – present
- Analysed data pipelines in Airflow for failed runs and fixed their retries
"""


def test_a_thing_that_is_not_the_head_names_nothing(score_lines) -> None:
    row = score_lines(PIPELINES_POSTING, PIPELINES_RESUME)["Data analysis experience"]
    assert row["verdict"] != "met", row


SUPERVISOR_POSTING = """Store Manager — Cardiff

Requirements
- Treasury experience
- Case management experience
- Experience managing site operations teams
"""

SUPERVISOR_RESUME = """Rhys Morgan
Cardiff

Experience
Store Supervisor, Valley Foods — 2020 – present
- Managed cash and card payments at four tills and banked the takings daily
- Managed site and office teams during the Christmas peak
"""


def test_an_everyday_thing_names_no_skill(score_lines) -> None:
    rows = score_lines(SUPERVISOR_POSTING, SUPERVISOR_RESUME)
    assert rows["Treasury experience"]["verdict"] == "missing", rows["Treasury experience"]
    assert rows["Case management experience"]["verdict"] == "missing", rows["Case management experience"]


def test_a_plural_thing_is_found_in_its_singular(score_lines) -> None:
    resume = SUPERVISOR_RESUME + "- Managed complex cases for 40 families with the council's social workers\n"
    row = score_lines(SUPERVISOR_POSTING, resume)["Case management experience"]
    assert row["verdict"] == "met", row
