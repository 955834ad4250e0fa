"""Competencies as more fields phrase them, on our own examples, via the CLI: "client-care
skills" is customer focus, "getting the detail right" attention to detail, "explain ... in plain
English" written communication, "productive working relationships" stakeholder management; each
is met by work that needed it and missing when nothing shows it."""

from __future__ import annotations

POSTING = """Payroll Officer

Requirements
- Strong client-care skills when dealing with employees' pay queries
- You enjoy getting the detail right and can explain payslips in plain English
- Ability to build productive working relationships with line managers and suppliers
"""

SHOWN = """Priya Nair

EXPERIENCE
Payroll Officer — Kestrel Care Group (2020 – present)
- Answered 30 pay queries a week and kept employees informed until each was resolved
- Reconciled fortnightly pay runs for 900 staff with zero errors at the 2024 audit
- Wrote plain-English guides to payslips and leave balances for new starters
- Held monthly supplier meetings with our payroll bureau and liaised with line managers on changes
"""

NOT_SHOWN = """Tom Reyes

EXPERIENCE
Forklift Operator — Dockside Freight (2020 – present)
- Loaded containers and moved pallets on reach trucks
"""


def test_each_phrasing_is_met_by_work_that_needed_it(score_lines) -> None:
    rows = score_lines(POSTING, SHOWN)
    assert len(rows) == 3
    for text, row in rows.items():
        assert row["verdict"] == "met", (text, row["reason"])


def test_each_phrasing_is_missing_when_nothing_shows_it(score_lines) -> None:
    rows = score_lines(POSTING, NOT_SHOWN)
    for text, row in rows.items():
        assert row["verdict"] == "missing", (text, row["reason"])
