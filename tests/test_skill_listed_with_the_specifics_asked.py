"""A line that asks how well and names the specifics ("Advanced Excel skills (pivot tables, XLOOKUP)")
is met by the skill listed with those specifics beside it; a bare claim ("MS Office (advanced Excel)")
stays partly, as does a lower grade; a line that asks for experience or years still wants the skill
shown in a job — via the CLI."""

from __future__ import annotations

POSTING = """Logistics Analyst – Jebel Ali

Requirements
- Advanced Excel skills (e.g. pivot tables, XLOOKUP, Power Query)
- Strong SQL (window functions, CTEs)
- 3+ years of experience with advanced Excel modelling
"""

SPECIFICS = """Tariq Haddad
Dubai, UAE · tariq.haddad@example.com

Skills
- Excel – XLOOKUP, pivot tables, Power Query
- SQL (intermediate): joins, CTEs

Experience
Logistics Coordinator – Gulf Freight LLC, Dubai – 01/2019 – present
- Booked 60 containers a week and kept the customs file for each shipment
"""

CLAIM = """Rania Aziz
Sharjah, UAE · rania.aziz@example.com

Skills
- MS Office (advanced Excel), SQL (advanced)

Experience
Logistics Coordinator – Emirates Cargo Links, Sharjah – 01/2019 – present
- Booked 60 containers a week and kept the customs file for each shipment
"""

EXCEL = "Advanced Excel skills (e.g. pivot tables, XLOOKUP, Power Query)"
SQL = "Strong SQL (window functions, CTEs)"


def test_listed_with_the_specifics_asked_is_met(score_lines) -> None:
    rows = score_lines(POSTING, SPECIFICS)
    assert rows[EXCEL]["verdict"] == "met", rows[EXCEL]
    assert "specifics" in rows[EXCEL]["reason"]


def test_a_bare_claim_stays_partly(score_lines) -> None:
    rows = score_lines(POSTING, CLAIM)
    assert rows[EXCEL]["verdict"] == "partial", rows[EXCEL]
    assert rows[SQL]["verdict"] == "partial", rows[SQL]


def test_experience_asked_still_wants_a_job(score_lines) -> None:
    rows = score_lines(POSTING, SPECIFICS)
    row = rows["3+ years of experience with advanced Excel modelling"]
    assert row["verdict"] != "met", row
