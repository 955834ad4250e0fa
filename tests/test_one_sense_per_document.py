"""A name with another everyday sense ("Snowflake", "Spark") that a list on the résumé has settled
as the tool is the tool on the job lines too: "tables in Snowflake" is used, not only listed.
A line that opens with the word is left alone (any first word is capitalised) — via the CLI."""

from __future__ import annotations

POSTING = """Analytics Engineer

Requirements
- Hands-on experience with Snowflake in production
"""

RESUME = """Ingrid Solberg
Oslo, Norway · ingrid.solberg@example.com

Skills
Warehouses: Snowflake, PostgreSQL · Orchestration: Dagster

Experience
Analytics Engineer, Fjordline Retail AS, Oslo — 2022 – present
- Cut compute spend by a third by clustering the largest fact tables in Snowflake
- Modelled sales and stock data for 140 stores
"""


def test_a_name_settled_by_the_list_is_used_on_a_job_line(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["Hands-on experience with Snowflake in production"]
    assert row["verdict"] == "met", row
    assert any("clustering the largest fact tables" in e["text"] for e in row["evidence"])


def test_a_longer_name_keeps_its_own_sense(score_lines) -> None:
    posting = "Data Engineer\n\nRequirements\n- Experience with Apache Spark on large batch jobs\n"
    resume = """Tiago Mendes
Porto, Portugal · tiago.mendes@example.com

Skills
Python, Spark, Airflow

Experience
Data Analyst, Spark Energy Lda, Porto — 2021 – present
- Built monthly churn reports for the retail team
"""
    rows = score_lines(posting, resume)
    row = rows["Experience with Apache Spark on large batch jobs"]
    assert not any("Spark Energy" in e["text"] for e in row["evidence"]), row
    assert row["verdict"] == "partial", row  # listed, no job line shows it used


def test_a_list_of_tools_is_no_company_name(score_lines) -> None:
    posting = "Actuarial Analyst\n\nRequirements\n- Hands-on Apache Spark experience\n"
    resume = """Femi Adeyemi
Lagos, Nigeria · femi.adeyemi@example.com

Skills
Spark, Python, SAS, SQL

Experience
Actuarial Analyst, Leadway Assurance · 2020 – present
- Built claims models using Spark, Python, SAS and SQL
"""
    row = score_lines(posting, resume)["Hands-on Apache Spark experience"]
    assert row["verdict"] == "met", row


def test_an_award_named_after_a_tool_is_not_its_use(score_lines) -> None:
    posting = "Data Engineer\n\nRequirements\n- Experience with Apache Spark in production\n"
    resume = """Nadia Rahman
Dhaka, Bangladesh · nadia.rahman@example.com

Skills
Python, Spark, Airflow

Experience
Sales Analyst, Meghna Foods · 2021 – present
- Received the Spark Award for customer insight in 2023
"""
    row = score_lines(posting, resume)["Experience with Apache Spark in production"]
    assert row["verdict"] == "partial", row  # listed; the award's line shows no use
