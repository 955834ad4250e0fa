"""What a review of this session's rules found firing where they should not, each kept right: a
duty's everyday words show no sector, a narrower kind of place is not its sector, "earned through
PMI" is no expiry, a window holds for its own clause and not for an aside, a window the years would
cover still decides, a course's "full-time" length is no experience, a relocation offer asks
nothing, and a clause of its own after an example list stays minimum — via the CLI."""

from __future__ import annotations

SECTOR_POSTING = """Data Engineer — Leeds

Requirements
- Experience in the logistics sector
- Experience in financial services
- Hotel experience
"""

SECTOR_RESUME = """Sam Patel

Experience
Software Engineer, Brightline Software, Leeds — 01/2021 – present
- Built the Snowflake data warehouse and a RabbitMQ message broker
- Automated bank reconciliation for the finance team

Restaurant Supervisor, The Olive Tree Restaurant, York — 06/2017 – 12/2020
- Ran the floor for 80 covers a night
"""


def test_a_duty_s_everyday_words_show_no_sector(score_lines) -> None:
    rows = score_lines(SECTOR_POSTING, SECTOR_RESUME)
    assert rows["Experience in the logistics sector"]["verdict"] == "missing", rows
    assert rows["Experience in financial services"]["verdict"] == "missing", rows


def test_a_narrower_kind_of_place_is_not_its_sector(score_lines) -> None:
    row = score_lines(SECTOR_POSTING, SECTOR_RESUME)["Hotel experience"]
    assert "not written, but a job in that sector" not in row["reason"], row


CERT_POSTING = """Project Manager

Requirements
- PMP certification
- BLS certification
"""

CERT_RESUME = """Jordan Lee

Experience
Project Manager, Harbor Health, Boston — 2019 – present

Certifications
PMP, earned through PMI in 2021
BLS certified through the American Heart Association, 2025
"""


def test_earned_through_a_body_is_no_expiry(score_lines) -> None:
    rows = score_lines(CERT_POSTING, CERT_RESUME)
    assert rows["PMP certification"]["verdict"] == "met", rows["PMP certification"]
    assert rows["BLS certification"]["verdict"] == "met", rows["BLS certification"]


WINDOW_POSTING = """Support Worker

Requirements
- Manual handling training completed in the past 12 months, and a Food Hygiene Level 2 certificate
- Kubernetes experience (our platform traffic has tripled over the past 2 years)
- At least 2 years of Python experience within the last 5 years
"""

WINDOW_RESUME = """Alex Moreno

Experience
Platform Engineer, Nordwave, Berlin — 01/2018 – 12/2019
- Ran Kubernetes clusters and wrote Python tooling for deployments

Care Assistant, Sunrise Care, Berlin — 01/2020 – present

Certificates
Manual handling refresher — 06/2026
Food Hygiene Level 2 — 2022
"""


def test_a_window_holds_for_its_own_clause_only(score_lines) -> None:
    rows = score_lines(WINDOW_POSTING, WINDOW_RESUME)
    training = rows[
        "Manual handling training completed in the past 12 months, and a Food Hygiene Level 2 certificate"
    ]
    assert "before the last" not in training["reason"], training
    aside = rows["Kubernetes experience (our platform traffic has tripled over the past 2 years)"]
    assert "before the last" not in aside["reason"], aside


def test_a_window_the_years_cover_still_decides(score_lines) -> None:
    row = score_lines(WINDOW_POSTING, WINDOW_RESUME)[
        "At least 2 years of Python experience within the last 5 years"
    ]
    assert row["verdict"] == "partial", row


def test_a_course_length_is_no_experience(extract_text) -> None:
    posting = (
        "Technician\n\nRequirements\n- Completion of a 2 year full-time diploma in Engineering Technology\n"
    )
    [row] = extract_text(posting)["minimum"]
    assert row["years"] is None, row


def test_a_relocation_offer_asks_nothing(extract_text) -> None:
    posting = (
        "Backend Engineer — Berlin\n\nRequirements\n- 3+ years of Go in production\n\n"
        "What we offer\n- Relocation support if you need to move to Berlin\n- 30 days of holiday\n"
    )
    texts = [row["text"] for row in extract_text(posting)["minimum"]]
    assert "Relocation support if you need to move to Berlin" not in texts, texts


def test_a_clause_of_its_own_after_examples_stays_minimum(extract_text) -> None:
    line = "Experience with relational databases such as PostgreSQL or MySQL, and exposure to Redis is a plus"
    report = extract_text(f"Backend Engineer\n\nRequirements\n- {line}\n")
    assert [row["text"] for row in report["minimum"]] == [line], report
