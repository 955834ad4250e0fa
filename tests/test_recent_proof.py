"""A line that asks for proof within a window ("renewed within the last 3 years", "in the past 12
months") is met only in part by proof dated before it, and a credential whose written expiry has
passed is no longer held — via the CLI."""

from __future__ import annotations

POSTING = """Disability Support Worker — Geelong

Essential
- Current First Aid and CPR certificates (HLTAID011), renewed within the last 3 years
- Current BLS certification
- Manual handling training completed in the past 12 months
- NDIS Worker Screening Check, or willingness to obtain it within 3 months of starting
"""

RESUME = """Tayla Nguyen
Geelong VIC

Experience
Disability Support Worker, Bayside Care Services, Geelong — 02/2021 – present
- Personal care, community access and medication support for four NDIS participants

Certificates
First Aid (HLTAID011) and CPR (HLTAID009) — issued 04/2019
BLS (American Heart Association) — valid to 03/2025
Manual handling refresher — 08/2021
NDIS Worker Screening Check — cleared 2019
"""

RECENT_RESUME = RESUME.replace("issued 04/2019", "issued 05/2025").replace("— 08/2021", "— 06/2026")
FIRST_AID = "Current First Aid and CPR certificates (HLTAID011), renewed within the last 3 years"
NDIS = "NDIS Worker Screening Check, or willingness to obtain it within 3 months of starting"


def test_proof_dated_before_the_window_is_partly(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    first_aid = rows["Current First Aid and CPR certificates (HLTAID011), renewed within the last 3 years"]
    assert first_aid["verdict"] == "partial", first_aid
    assert "before the last 3 years" in first_aid["reason"], first_aid
    training = rows["Manual handling training completed in the past 12 months"]
    assert training["verdict"] == "partial", training
    assert "2021-08" in training["reason"], training


def test_proof_dated_within_the_window_is_met(score_lines) -> None:
    rows = score_lines(POSTING, RECENT_RESUME)
    assert rows[FIRST_AID]["verdict"] == "met"
    assert rows["Manual handling training completed in the past 12 months"]["verdict"] == "met"


def test_a_window_after_starting_asks_nothing_of_the_past(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["NDIS Worker Screening Check, or willingness to obtain it within 3 months of starting"]
    assert "before the last" not in row["reason"], row  # a check cleared in 2019 is not dated out


def test_a_written_expiry_in_the_past_is_no_longer_held(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["Current BLS certification"]
    assert row["verdict"] == "partial", row
    assert "no longer held" in row["reason"], row


def test_the_window_is_part_of_the_extracted_requirement(extract_text) -> None:
    report = extract_text(POSTING)
    windows = {row["text"]: row["recent"] for row in report["minimum"]}
    assert windows[FIRST_AID]["months"] == 36
    assert windows["Manual handling training completed in the past 12 months"]["months"] == 12
    assert windows[NDIS] is None


TICKETS_POSTING = """Solar Installer — Townsville

Requirements
- A White Card is required, and your CPR and LVR need to have been done within the last 12 months
"""

TICKETS_RESUME = """Jack Moretti

Experience
Solar Installer, SunCoast Energy, Townsville — 04/2019 – present

Tickets
White Card (CPCWHS1001) — 2015
CPR (HLTAID009) — 03/2026
LVR (UETDRRF004) — 03/2026
"""


def test_the_window_holds_only_for_the_clause_that_sets_it(score_lines) -> None:
    row = score_lines(TICKETS_POSTING, TICKETS_RESUME)[
        "A White Card is required, and your CPR and LVR need to have been done within the last 12 months"
    ]
    assert row["verdict"] == "met", row  # the White Card of 2015 is not held to the 12 months


CPR_POSTING = """Lifeguard — Aquatic Centre

Requirements
- Current CPR certification
"""

CPR_RESUME = """Sam Okoro

Experience
Lifeguard, Riverside Leisure Centre — 05/2022 – present

Certifications
CPR certification — valid to 06/2025
"""


def test_an_expiry_read_with_the_credential_still_lapses_it(score_lines) -> None:
    row = score_lines(CPR_POSTING, CPR_RESUME)["Current CPR certification"]
    assert row["verdict"] == "partial", row
    assert "no longer held" in row["reason"], row
