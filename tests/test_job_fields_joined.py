"""A job with a generic title ("Project Manager") at a builder, whose lines are a builder's work,
is a construction job: the field that joins the title's with the employer's trade and the duties
(construction project management) is the job's. Canadian and Australian "progress claims" are
pay applications — via the CLI."""

from __future__ import annotations

POSTING = """Senior Project Manager — General Contractor

Requirements
- 5+ years of construction experience
- Experience with pay applications and change orders
"""

RESUME = """Liam Tremblay
Winnipeg, MB · liam.tremblay@example.com

Experience
Project Manager — Red River Builders Inc., Winnipeg · 2020 – present
- Delivered a $22M seniors' residence: subcontractor buyout, RFIs and submittals in Procore
- Monthly progress claims to the owner and change orders priced with the trades

Project Coordinator — Red River Builders Inc. · 2018 – 2020
- Site meetings, deficiency lists and close-out manuals
"""


def test_a_project_manager_at_a_builder_has_construction_years(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["5+ years of construction experience"]
    assert row["verdict"] == "met", row


def test_progress_claims_are_pay_applications(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["Experience with pay applications and change orders"]
    assert row["verdict"] == "met", row


def test_a_project_manager_elsewhere_stays_in_project_management(score_lines) -> None:
    resume = """Liam Tremblay
Winnipeg, MB · liam.tremblay@example.com

Experience
Project Manager — Prairie Mutual Insurance, Winnipeg · 2019 – present
- Ran the claims-system upgrade and the branch office moves; budgets and schedules
"""
    rows = score_lines(POSTING, resume)
    assert rows["5+ years of construction experience"]["verdict"] != "met"
