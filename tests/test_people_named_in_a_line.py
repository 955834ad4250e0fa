"""A one-word job title on a résumé line names the people the writer worked with ("with outside
accountants", "supervised 6 electricians"), not the writer's own trade; "worked as a bookkeeper"
stays the writer's own. The singular of a plural alias is no misspelling of it — via the CLI."""

from __future__ import annotations

POSTING = """Office Coordinator — property management firm

Requirements
- Experience in accounting or bookkeeping
- Recruiting experience is a plus
"""

RESUME = """Chiamaka Obi
Abuja, Nigeria · chiamaka.obi@example.com

Experience
Office Coordinator, Savannah Estates Ltd, Abuja — 02/2021 – present
- Prepared monthly packs for the firm's outside accountant and chased missing receipts
- Scheduled interviews with the recruiter and booked rooms for the panel
- Worked with auditors and lawyers on tenancy files
"""


def test_people_worked_with_do_not_show_their_trade(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    accounting = rows["Experience in accounting or bookkeeping"]
    assert accounting["verdict"] == "missing", accounting
    assert rows["Recruiting experience is a plus"]["verdict"] == "missing"


def test_a_title_the_writer_held_still_counts(score_lines) -> None:
    resume = RESUME.replace(
        "- Worked with auditors and lawyers on tenancy files",
        "- Worked as a bookkeeper for the first year: payables, receivables and bank reconciliations",
    )
    rows = score_lines(POSTING, resume)
    assert rows["Experience in accounting or bookkeeping"]["verdict"] == "met"


def test_people_led_are_others_too(score_lines) -> None:
    posting = "Maintenance Planner\n\nRequirements\n- Background as an electrician\n"
    resume = """Pieter van Wyk
Durban, South Africa · pieter.vanwyk@example.com

Experience
Maintenance Planner, Umgeni Paper Mill — 2019 – present
- Scheduled weekly work for 6 electricians and 4 fitters in SAP PM
"""
    rows = score_lines(posting, resume)
    assert rows["Background as an electrician"]["verdict"] != "met"


def test_a_title_with_a_number_or_a_grade_is_the_writers_own(score_lines) -> None:
    posting = "Teacher\n\nRequirements\n- Classroom teaching experience\n- Experience in bookkeeping\n"
    resume = """Grace Mwangi
Nakuru, Kenya · grace.mwangi@example.com

Experience
3rd Grade Teacher, Rift Valley Academy · 2019 – present
- Planned and taught literacy and numeracy to 32 pupils

Junior Bookkeeper, Lakeview Traders · 2016 – 2019
- Kept the cash book and reconciled the bank each month
"""
    rows = score_lines(posting, resume)
    assert rows["Classroom teaching experience"]["verdict"] == "met"
    assert rows["Experience in bookkeeping"]["verdict"] == "met"
