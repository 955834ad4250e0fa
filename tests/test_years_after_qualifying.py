"""Years asked "post-qualification" (PQE, post-registration, post-trade) count only the work done
after the candidate qualified, dated by the résumé's admission, registration or licence line; a
résumé that gives no such date has every year counted, said as such — via the CLI."""

from __future__ import annotations

import pytest

SOLICITOR = """Commercial Property Solicitor — Harrow & Finch LLP, Leeds

Requirements
- At least 3 years post-qualification experience in commercial property
- 2+ years PQE in a law firm
"""

NURSE = """Staff Nurse, Intensive Care — St Brendan's Hospital, Cork

Essential
- Minimum 2 years' post-registration experience in critical care nursing
"""

HANNAH = """Hannah Brook

PROFESSIONAL QUALIFICATIONS
Admitted as a Solicitor of England and Wales, September 2024

EXPERIENCE
Solicitor, Commercial Property — Marsh Lane Legal, Leeds (Sep 2024 – present)
- Run a caseload of 40 commercial property files: leases, licences, landlord and tenant matters
Trainee Solicitor — Marsh Lane Legal, Leeds (Sep 2022 – Aug 2024)
- Seats in commercial property, private client and litigation
Paralegal, Commercial Property — Greaves Conveyancing, Leeds (Jan 2020 – Aug 2022)
- Drafted commercial property leases and licences for the partners

EDUCATION
LPC, University of Law, 2021
LLB Law, University of Leeds, 2019
"""


def test_only_the_years_after_admission_count(score_lines) -> None:
    rows = score_lines(SOLICITOR, HANNAH)
    row = rows["At least 3 years post-qualification experience in commercial property"]
    assert row["verdict"] == "partial", row["reason"]
    assert "after qualifying in 2024-09" in row["reason"]
    assert "2.2 years" in row["reason"] or "2.3 years" in row["reason"], row["reason"]
    assert any(e["text"].startswith("Admitted as a Solicitor") for e in row["evidence"])
    assert not any("Greaves" in e["text"] for e in row["evidence"])


def test_years_after_qualifying_meet_the_line_when_there_are_enough(score_lines) -> None:
    resume = HANNAH.replace("September 2024", "September 2020").replace(
        "(Sep 2024 – present)", "(Sep 2020 – present)"
    )
    rows = score_lines(SOLICITOR, resume)
    row = rows["At least 3 years post-qualification experience in commercial property"]
    assert row["verdict"] == "met", row["reason"]


@pytest.mark.parametrize(
    ("registration", "verdict"),
    [
        ("NMBI registration (RGN), PIN 123456 – registered March 2019", "met"),
        ("NMBI registration (RGN), PIN 123456 – registered March 2025", "partial"),
    ],
)
def test_post_registration_years_count_from_registration(
    score_lines, registration: str, verdict: str
) -> None:
    resume = (
        "Aoife Brennan\n\nREGISTRATION\n"
        f"{registration}\n\nEXPERIENCE\n"
        "Staff Nurse, ICU — Mercy University Hospital, Cork (Jan 2019 – present)\n"
        "- Care for ventilated patients in a 12-bed critical care unit; titrate vasoactive drugs\n"
    )
    rows = score_lines(NURSE, resume)
    row = rows["Minimum 2 years' post-registration experience in critical care nursing"]
    assert row["verdict"] == verdict, row["reason"]


def test_without_a_date_of_qualifying_every_year_counts_and_the_report_says_so(score_lines) -> None:
    resume = (
        "Tom Ellery\n\nEXPERIENCE\nSolicitor — Ridings Law, York (Jan 2019 – present)\n"
        "- Commercial property: leases, licences and acquisitions\n"
    )
    rows = score_lines(SOLICITOR, resume)
    row = rows["At least 3 years post-qualification experience in commercial property"]
    assert row["verdict"] == "met"
    assert "no date of qualifying found" in row["reason"]


def test_the_post_qualification_words_are_no_term_to_search(extract_text) -> None:
    report = extract_text(
        "Accountant\n\nRequirements\n- Minimum 4 years post-qualified experience as a chartered accountant\n"
    )
    [line] = report["minimum"]
    assert [t["text"] for g in line["groups"] for t in g["terms"]] == ["chartered accountant"]
    assert line["years"]["after_qualifying"] is True


def test_a_recognition_abroad_dates_no_qualifying(score_lines) -> None:
    """A therapist who qualified in England and had it recognised in Ireland this year: her English
    years as a therapist count; the recognition is not when she qualified."""
    posting = (
        "Occupational Therapist — Galway Community Services\n\nEssential\n"
        "- Minimum 2 years post-qualification experience in paediatric occupational therapy\n"
    )
    resume = (
        "Megan Hale\n\nREGISTRATION\n"
        "CORU – qualification recognised by the Occupational Therapists Board, September 2026\n\n"
        "EXPERIENCE\nOccupational Therapist (paediatrics) — Leeds Children's Services (Sep 2021 – Aug 2026)\n"
        "- Sensory and fine-motor assessments for children aged 3–11; paediatric occupational therapy\n"
    )
    rows = score_lines(posting, resume)
    row = rows["Minimum 2 years post-qualification experience in paediatric occupational therapy"]
    assert row["verdict"] == "met", row["reason"]


def test_a_job_in_the_profession_before_the_dated_line_shows_an_earlier_qualifying(score_lines) -> None:
    posting = "Staff Nurse\n\nEssential\n- 3 years' post-registration experience as a nurse\n"
    resume = (
        "Grace Mwangi\n\nREGISTRATION\nNMC registered nurse (PIN 19A2345E), 2024\n\n"
        "EXPERIENCE\nStaff Nurse — Royal Derby Hospital (Jan 2020 – present)\n- Acute medical ward, 28 beds\n"
    )
    rows = score_lines(posting, resume)
    row = rows["3 years' post-registration experience as a nurse"]
    assert row["verdict"] == "met", row["reason"]
