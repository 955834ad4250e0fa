"""Availability as résumés show it, on our own examples, via the CLI:

- the hours worked: a Saturday clinic rota, work "on nights", a standby rotation or call-outs
  show a line asking for weekend, night or on-call work;
- when the hire can start: "Available from <month year>" shows "able to take up the post in <month
  year>" when it is no later, and fails it when it is; a start date never shows the hours, nor
  the hours a start date;
- "work from our <place> office five days a week" is where the work is done, not a thing to search.
"""

from __future__ import annotations

POSTING = """Community Physiotherapist

Requirements
- Able to work on a rotating Sunday morning roster
- Willingness to join the after-hours on-call rotation (one week in six)
- Applicants must be able to take up the post in September 2027
- Willing to work from our Parramatta office five days a week
"""


def _resume(line: str) -> str:
    return (
        "Noor Haddad\n\nEXPERIENCE\nPhysiotherapist — Westmead Rehab (2020 – present)\n"
        f"- Outpatient caseload of 14 a day\n- {line}\n"
    )


def test_weekend_and_standby_work_shows_the_hours_asked(score_lines) -> None:
    for shown in ("Alternate Saturday clinics", "Standby rotation one week in five, with call-outs"):
        rows = score_lines(POSTING, _resume(shown))
        assert rows["Able to work on a rotating Sunday morning roster"]["verdict"] == "met", shown
        on_call = rows["Willingness to join the after-hours on-call rotation (one week in six)"]
        assert on_call["verdict"] == "met", shown
        # the hours worked say nothing of when the candidate can start
        start = rows["Applicants must be able to take up the post in September 2027"]
        assert start["verdict"] == "unassessed", shown


def test_night_work_in_a_job_shows_night_work(score_lines) -> None:
    posting = "HGV Driver\n\nRequirements\n- Willing to work nights and some weekends\n"
    resume = (
        "Gary Platt\n\nEXPERIENCE\n04/2018 - present Class 2 Driver\n- Trunking runs to Leeds, on nights\n"
    )
    (row,) = score_lines(posting, resume).values()
    assert row["verdict"] == "met", row["reason"]
    # a night mentioned in passing is no night work
    passing = resume.replace(
        "Trunking runs to Leeds, on nights", "Cut hotel stays for the crew (nights) by 20%"
    )
    (row,) = score_lines(posting, passing).values()
    assert row["verdict"] == "unassessed", row["reason"]


def test_a_start_date_is_compared_with_the_one_asked(score_lines) -> None:
    rows = score_lines(POSTING, _resume("Available from August 2027 (notice served)"))
    start = rows["Applicants must be able to take up the post in September 2027"]
    assert start["verdict"] == "met", start["reason"]
    assert rows["Able to work on a rotating Sunday morning roster"]["verdict"] == "unassessed"
    later = score_lines(POSTING, _resume("Available from November 2027"))
    start = later["Applicants must be able to take up the post in September 2027"]
    assert start["verdict"] == "missing", start["reason"]


def test_working_from_an_office_is_a_place_not_a_term(score_lines) -> None:
    rows = score_lines(POSTING, _resume("Home visits across Western Sydney"))
    office = rows["Willing to work from our Parramatta office five days a week"]
    assert office["verdict"] == "unassessed"
    assert "location" in office["reason"]
