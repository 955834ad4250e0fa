"""Experience in a sector ("a background in financial services", "healthcare project experience")
is shown by a job at such a place even when the résumé never writes the sector's name, and only by
a job: a capstone project or a skills list does not make a sector worked in — via the CLI."""

from __future__ import annotations

POSTING = """Operations Analyst — Brisbane

What we're looking for
- A background in financial services
- Experience in the hospitality sector is highly regarded
- Energy sector experience
"""

RESUME = """Priya Raman
Brisbane QLD

Experience
Operations Analyst, Coastal Credit Union, Brisbane — 03/2021 – present
- Reconcile member loan files and report arrears to the lending committee

Guest Services Agent, Harbour View Hotel, Gold Coast — 01/2018 – 02/2021
- Check-in, check-out and night audit for a 240-room property

Projects
Capstone: a dashboard of solar farm output for a university course

Skills
CSS grid, Excel, Power BI
"""


def test_a_job_at_such_a_place_shows_the_sector(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    finance = rows["A background in financial services"]
    assert finance["verdict"] == "met", finance
    assert "Credit Union" in finance["evidence"][0]["text"], finance
    hospitality = rows["Experience in the hospitality sector is highly regarded"]
    assert hospitality["verdict"] == "met", hospitality
    assert "Hotel" in hospitality["evidence"][0]["text"], hospitality


def test_a_project_or_a_skills_list_does_not(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Energy sector experience"]
    assert row["verdict"] == "missing", row  # "solar farm" in a capstone, "grid" in CSS


CLIENT_POSTING = """Accounts Associate — Chennai

Preferred
- Background in retail or e-commerce
"""

CLIENT_RESUME = """Divya Narayanan
Chennai

Experience
Process Associate, Record to Report, Velora Global Services, Chennai — 06/2022 – present
- Client: a US-based consumer electronics retailer; month-end close for 7 legal entities
"""


def test_a_plain_place_in_a_job_line_shows_the_sector(score_lines) -> None:
    row = score_lines(CLIENT_POSTING, CLIENT_RESUME)["Background in retail or e-commerce"]
    assert row["verdict"] == "met", row
    assert "retailer" in row["evidence"][0]["text"], row
