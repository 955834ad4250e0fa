"""Guards for defects a review found in this session's change, each on our own realistic text, via
the CLI: a visa phrase in a job bullet, a vehicle class named as work, a skills line of commas in a
job, plural kinds inside a line, "post tensioning", a qualifying date taken from a driving licence or
a later fellowship, "post-trade operations", a units-passed phrase of another credential, "care" as
"car", and a Canadian language profile asked in a posting."""

from __future__ import annotations

import pytest

NURSE_POSTING = """Registered Nurse — Perth Metro Health

Essential
- Full Australian working rights
"""


@pytest.mark.parametrize(
    "rights",
    [
        "Work rights: Australian citizen",
        "Residency: Australian permanent resident (previously subclass 482)",
    ],
)
def test_a_visa_phrase_about_others_or_the_past_keeps_the_right(score_lines, rights: str) -> None:
    resume = (
        f"Hana Sato\n{rights}\n\nEXPERIENCE\nHR Officer — Swan Health, Perth (2019 – present)\n"
        "- Lodged subclass 482 nominations for overseas nurses who need sponsorship\n"
    )
    row = score_lines(NURSE_POSTING, resume)["Full Australian working rights"]
    assert row["verdict"] == "met", row["reason"]


def test_a_posting_that_sponsors_does_not_rule_out_who_needs_it(score_lines) -> None:
    posting = (
        "Registered Nurse\n\nEssential\n"
        "- Australian working rights, or eligibility for employer sponsorship\n"
    )
    resume = (
        "Ravi Nair\nVisa: seeking employer sponsorship (subclass 482)\n\n"
        "EXPERIENCE\nStaff Nurse (2018 – present)\n"
    )
    row = score_lines(posting, resume)["Australian working rights, or eligibility for employer sponsorship"]
    assert row["verdict"] != "missing", row["reason"]


def test_a_vehicle_class_named_as_work_is_no_licence(extract_text) -> None:
    report = extract_text(
        "Diesel Mechanic\n\nRequirements\n- Experience servicing heavy rigid and heavy combination vehicles\n"
    )
    [line] = report["minimum"]
    assert line["condition"] is None
    assert line["groups"], line


def test_a_skills_line_of_commas_in_a_job_is_no_heading(score_lines) -> None:
    posting = "IT Support Officer\n\nRequirements\n- Experience supporting Windows 10 desktops\n"
    resume = (
        "Tom Reid\n\nEXPERIENCE\nIT Support Officer — Dundee College (2020 – present)\n"
        "Software, Hardware, Networking\n- Imaged and supported 400 Windows 10 desktops\n"
    )
    row = score_lines(posting, resume)["Experience supporting Windows 10 desktops"]
    assert row["verdict"] == "met", row["reason"]


def test_plural_kinds_inside_a_line_are_things_of_their_own(extract_text) -> None:
    report = extract_text(
        "Site Administrator\n\nRequirements\n- Review of contractor licences and insurance documents\n"
        "- Knowledge of post tensioning in concrete slabs\n"
    )
    licences, tensioning = ([t["text"] for g in r["groups"] for t in g["terms"]] for r in report["minimum"])
    assert licences == ["contractor licences", "insurance documents"]
    assert "post tensioning" in tensioning


def test_a_qualifying_date_is_a_professions_own_and_its_earliest(score_lines) -> None:
    posting = "Finance Manager\n\nEssential\n- At least 7 years' post-qualification experience\n"
    resume = (
        "Mark Ellis\n\nQUALIFICATIONS\nICAEW Chartered Accountant – ACA 2012, FCA 2022\n"
        "Full clean UK driving licence, 2005\n\n"
        "EXPERIENCE\nFinancial Controller — Harrow Foods (2012 – present)\n"
    )
    row = score_lines(posting, resume)["At least 7 years' post-qualification experience"]
    assert row["verdict"] == "met", row["reason"]
    assert "after qualifying in 2012" in row["reason"]


def test_post_trade_operations_are_no_years_after_qualifying(extract_text) -> None:
    report = extract_text(
        "Operations Analyst\n\nRequirements\n- 6+ years of experience in post-trade operations (clearing)\n"
    )
    [line] = report["minimum"]
    assert line["years"]["after_qualifying"] is False


def test_another_credentials_units_do_not_make_one_partial(score_lines) -> None:
    posting = "Project Manager\n\nRequirements\n- PMP certification\n"
    resume = (
        "Ana Lima\n\nCERTIFICATIONS\n"
        "PMP (PMI, 2018) | Lean Six Sigma Green Belt – Module 2 completed, exam booked 2027\n"
        "\nEXPERIENCE\nProject Manager — Vale Ports (2015 – present)\n"
    )
    assert score_lines(posting, resume)["PMP certification"]["verdict"] == "met"


def test_care_is_no_car(score_lines) -> None:
    posting = "Claims Handler\n\nRequirements\n- Experience handling automobile insurance claims\n"
    resume = (
        "Lee Park\n\nEXPERIENCE\nClaims Officer — Unity Health (2019 – present)\n"
        "- Processed health care insurance claims\n"
    )
    row = score_lines(posting, resume)["Experience handling automobile insurance claims"]
    assert row["verdict"] != "met", row["reason"]


def test_a_language_profile_asked_is_the_level_asked(score_lines) -> None:
    posting = "Policy Analyst\n\nRequirements\n- Bilingual imperative BBB/BBB (English and French)\n"
    resume = (
        "Luc Gagnon\n\nEXPERIENCE\nPolicy Analyst — Ville de Gatineau (2019 – present)\n\nLANGUAGES\n"
        "English (native)\nFrench – Second Language Evaluation: BBB/BBB\n"
    )
    row = score_lines(posting, resume)["Bilingual imperative BBB/BBB (English and French)"]
    assert row["verdict"] == "met", row["reason"]
