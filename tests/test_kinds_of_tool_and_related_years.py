"""Partial credit a recruiter gives, and none he would not: a product's own parts and
certificates are no "tool of the same kind" (a Google Cloud certificate for BigQuery); one
processing engine stands in for another (Beam or Flink for Spark); SMB and enterprise sales are
business-to-business work; and years in a sister specialism of a close field (IT project
management for construction years) are not years of the field — via the CLI."""

from __future__ import annotations

DATA_POSTING = """Data Engineer

Requirements
- Experience with a cloud data warehouse such as BigQuery or Redshift
- Working knowledge of Apache Spark for large batch jobs
"""

DATA_RESUME = """Kwame Mensah
Accra, Ghana · kwame.mensah@example.com

Experience
Backend Engineer, Paystream Ghana Ltd — 2020 – present
- Built payment APIs in Go on Google Cloud Run
- Wrote Apache Flink jobs that aggregate 2M card events an hour for the fraud team

Certifications
Google Cloud Professional Cloud Architect
"""


def test_a_certificate_of_the_same_cloud_is_no_stand_in_for_its_warehouse(score_lines) -> None:
    rows = score_lines(DATA_POSTING, DATA_RESUME)
    row = rows["Experience with a cloud data warehouse such as BigQuery or Redshift"]
    assert "Professional Cloud Architect" not in row["reason"], row
    assert row["verdict"] == "missing", row


def test_another_processing_engine_partly_meets_spark(score_lines) -> None:
    rows = score_lines(DATA_POSTING, DATA_RESUME)
    row = rows["Working knowledge of Apache Spark for large batch jobs"]
    assert row["verdict"] == "partial", row
    assert "Apache Flink" in row["reason"] and "same kind" in row["reason"], row


def test_smb_accounts_are_business_to_business(score_lines) -> None:
    posting = "Customer Success Manager\n\nRequirements\n- Experience with B2B customers\n"
    resume = """Sofia Lindgren
Malmö, Sweden · sofia.lindgren@example.com

Experience
Customer Success Manager, Kassaflow AB — 2021 – present
- Own a book of 70 SMB accounts on the invoicing product; renewals and expansion
"""
    rows = score_lines(posting, resume)
    assert rows["Experience with B2B customers"]["verdict"] != "missing"


CONSTRUCTION_POSTING = """Project Manager — Commercial Construction

Requirements
- 6+ years of commercial construction experience
"""

IT_PM = """Rohan Mehta
Pune, India · rohan.mehta@example.com

Experience
IT Project Manager, Sahyadri Hospitals — 04/2015 – present
- Ran the EHR roll-out and the network refresh across 6 hospitals
"""

PLAIN_PM = """Rohan Mehta
Pune, India · rohan.mehta@example.com

Experience
Construction Project Manager, Deccan Builders — 04/2022 – present
- Delivered a 9-storey office block; managed 14 subcontractors
Project Manager, Kothari Infrastructure — 04/2018 – 03/2022
- Ran fit-out and refurbishment projects for commercial tenants
"""


def test_a_sister_specialism_gives_no_years_of_the_field(score_lines) -> None:
    rows = score_lines(CONSTRUCTION_POSTING, IT_PM)
    assert rows["6+ years of commercial construction experience"]["verdict"] == "missing"


def test_a_plain_project_manager_job_counts_as_close(score_lines) -> None:
    rows = score_lines(CONSTRUCTION_POSTING, PLAIN_PM)
    assert rows["6+ years of commercial construction experience"]["verdict"] in ("met", "partial")
