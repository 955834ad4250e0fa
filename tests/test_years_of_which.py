"""Years with a part of them asked "of which" ("five years in the trade, at least 2 of which in
industrial maintenance"): the whole counts every job of the trade, the part only the jobs that show it; a
"since ..." clause says when the years are counted from, not what they are of — via the CLI."""

from __future__ import annotations

POSTING = """Maintenance Electrician — Hamilton

Requirements
- At least 5 years in the trade since qualifying, at least 2 of which in industrial maintenance
"""

LINE = "At least 5 years in the trade since qualifying, at least 2 of which in industrial maintenance"

RESUME = """Tane Ruawai
Hamilton, New Zealand

Experience
Maintenance Electrician, Te Rapa Dairy Factory — 03/2023 – present
- Industrial maintenance of conveyor motors, switchboards and the plant's backup generators

Electrician, Kirikiriroa Electrical Ltd — 02/2018 – 02/2023
- Wired new homes and light commercial fit-outs across the Waikato
"""


def test_the_whole_counts_every_job_and_the_part_its_own(score_lines) -> None:
    row = score_lines(POSTING, RESUME)[LINE]
    assert row["verdict"] == "met", row


def test_a_part_not_shown_is_partly_met(score_lines) -> None:
    resume = RESUME.replace(
        "Maintenance Electrician, Te Rapa Dairy Factory", "Electrician, Hamilton Homes"
    ).replace(
        "Industrial maintenance of conveyor motors, switchboards and the plant's backup generators",
        "Wired new homes and renovations",
    )
    row = score_lines(POSTING, resume)[LINE]
    assert row["verdict"] == "partial", row


def test_a_count_of_things_is_no_part_of_the_years(extract_text) -> None:
    posting = """Network Engineer — Durban

Requirements
- 3 years of network engineering experience and at least one of these certifications: CCNA, JNCIA
- At least 4 years of process operations experience, 2 of which in oil and gas
"""
    rows = {row["text"]: row for row in extract_text(posting)["minimum"]}
    certifications = rows[
        "3 years of network engineering experience and at least one of these certifications: CCNA, JNCIA"
    ]
    assert certifications["sub_years"] == [], certifications
    oil = rows["At least 4 years of process operations experience, 2 of which in oil and gas"]
    assert [y["min"] for y in oil["sub_years"]] == [2], oil
