"""Classes read from the 66th and 67th probes, each on our own examples, via the CLI:

- a person specification whose last column is "How assessed" ("Application form / HCPC register
  check", "DBS check") and whose group rows are merged cells ("Qualifications and registration");
- prose that says what the hire holds and brings ("You will hold a degree in ...", "You will bring
  at least three years ..."), a sentence about what the employer pays for, "would also be highly
  regarded";
- a provisional licence the line names as enough ("open or P2");
- the names after a head's dash that are asked "as a minimum";
- examples of the equivalent ("or equivalent (e.g. ...)") are not further things to find;
- a test "scheduled January 2027" is not done yet.
"""

from __future__ import annotations

from pathlib import Path

import docx


def _person_spec(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Occupational Therapist – Community Rehabilitation Team", level=1)
    document.add_paragraph("Person specification")
    table = document.add_table(rows=0, cols=3)
    rows = [
        ("Criteria", "Essential / Desirable", "How assessed"),
        ("Qualifications and registration",) * 3,
        ("BSc in Occupational Therapy or equivalent", "Essential", "Application form / certificate check"),
        (
            "Registered with the HCPC as an Occupational Therapist",
            "Essential",
            "Application form / HCPC register check",
        ),
        ("Experience and knowledge",) * 3,
        (
            "Experience of home assessments and equipment provision",
            "Essential",
            "Application form / interview",
        ),
        ("Enhanced DBS clearance for work with adults", "Essential", "DBS check"),
        ("Experience of using SystmOne or RiO", "Desirable", "Application form"),
    ]
    for cells in rows:
        row = table.add_row().cells
        if len(set(cells)) == 1:
            merged = row[0].merge(row[2])
            merged.text = cells[0]
        else:
            for cell, text in zip(row, cells, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def test_a_how_assessed_column_and_merged_group_rows_are_dropped(run_json, tmp_path) -> None:
    report = run_json("extract", _person_spec(tmp_path / "ot.docx"), "--format", "json")
    minimum = [r["text"] for r in report["minimum"]]
    preferred = [r["text"].removeprefix("Desirable: ") for r in report["preferred"]]
    assert minimum == [
        "BSc in Occupational Therapy or equivalent",
        "Registered with the HCPC as an Occupational Therapist",
        "Experience of home assessments and equipment provision",
        "Enhanced DBS clearance for work with adults",
    ]
    assert preferred == ["Experience of using SystmOne or RiO"]


SURVEYOR = """Mine Surveyor — Red Gum Gold, Leonora WA

About the role
Day to day you will run pickups in the pit, update the site model and report monthly volumes.

About you
You will hold a degree in surveying or spatial science. You will bring at least two years of
experience as a mine surveyor on a Western Australian site. You will be confident with Trimble
and Leica total stations. Experience with drone photogrammetry would also be highly regarded.

We support professional development with paid SSSI membership and an annual training budget.
"""


def test_prose_about_what_the_hire_holds_and_brings_is_asked(extract_text) -> None:
    report = extract_text(SURVEYOR)
    minimum = [r["text"] for r in report["minimum"]]
    preferred = [r["text"] for r in report["preferred"]]
    assert minimum[:3] == [
        "You will hold a degree in surveying or spatial science.",
        "You will bring at least two years of experience as a mine surveyor on a Western Australian site.",
        "You will be confident with Trimble and Leica total stations.",
    ]
    assert preferred == ["Experience with drone photogrammetry would also be highly regarded."]
    assert not any(t.startswith("We support") for t in minimum + preferred)
    assert not any(t.startswith("Day to day") for t in minimum + preferred)


def test_a_provisional_licence_the_line_takes_is_held(score_lines) -> None:
    posting = "Field Technician — Brisbane\n\nRequirements\n- A current driver's licence (open or P2)\n"
    resume = (
        "Kai Wilson\n\nEXPERIENCE\nField Assistant — Aqua Survey (2024 – present)\n- Water sampling\n\n"
        "LICENCES\nQueensland P2 provisional driver's licence\n"
    )
    assert score_lines(posting, resume)["A current driver's licence (open or P2)"]["verdict"] == "met"
    learner = resume.replace("P2 provisional", "learner")
    assert score_lines(posting, learner)["A current driver's licence (open or P2)"]["verdict"] == "missing"


def test_names_after_a_dash_asked_as_a_minimum_are_asked(score_lines, extract_text) -> None:
    posting = "Commercial Gas Engineer\n\nRequirements\n- Commercial ACS – ICPN1 and CDGA1 as a minimum\n"
    resume = (
        "Dev Patel\n\nQUALIFICATIONS\nCommercial ACS: ICPN1 (2022)\n"
        "CDGA1 – assessment booked for March 2027\n\n"
        "EXPERIENCE\nGas Engineer — Northwest Heating (2019 – present)\n- Commercial boiler servicing\n"
    )
    groups = extract_text(posting)["minimum"][0]["groups"]
    assert [(t["text"], g["detail"]) for g in groups for t in g["terms"]] == [
        ("Commercial ACS", False),
        ("ICPN1", False),
        ("CDGA1", False),
    ]
    row = score_lines(posting, resume)["Commercial ACS – ICPN1 and CDGA1 as a minimum"]
    assert row["verdict"] == "partial", row["reason"]
    assert "CDGA1" in row["reason"] and "not done yet" in row["reason"], row["reason"]


def test_examples_of_the_equivalent_are_not_asked(score_lines) -> None:
    posting = (
        "Youth Worker — Leeds\n\nEssential\n"
        "- Degree in Youth and Community Work, or an equivalent qualification recognised by the NYA "
        "(e.g. JNC Diploma)\n"
    )
    resume = (
        "Amina Yusuf\n\nEXPERIENCE\nYouth Worker — Chapeltown Youth Trust (2020 – present)\n"
        "- Detached youth work\n\n"
        "EDUCATION\nBA (Hons) Youth and Community Work – Leeds Beckett University, 2016 – 2019\n"
    )
    line = (
        "Degree in Youth and Community Work, or an equivalent qualification recognised by the NYA "
        "(e.g. JNC Diploma)"
    )
    assert score_lines(posting, resume)[line]["verdict"] == "met"


def test_a_test_scheduled_for_a_date_is_not_done(score_lines) -> None:
    posting = "Pipe Welder\n\nRequired\n- Qualified to ASME Section IX in the 6G position\n"
    resume = (
        "Luis Garza\n\nCERTIFICATIONS\nASME Section IX 6G pipe test (GTAW/SMAW) – scheduled January 2027\n\n"
        "EXPERIENCE\nStructural Welder — Bay Steel (2022 – present)\n- Beams and columns\n"
    )
    assert score_lines(posting, resume)["Qualified to ASME Section IX in the 6G position"]["verdict"] != "met"


def test_an_acronym_spelled_out_in_the_lines_own_sense_is_a_term_of_its_own(extract_text) -> None:
    """ "CCS (Certified Customs Specialist)" is no Certified Coding Specialist; "CCS (Certified Coding
    Specialist)" is."""
    report = extract_text(
        "Customs Analyst\n\nRequirements\n- CCS (Certified Customs Specialist) designation\n"
        "- CCS (Certified Coding Specialist) credential\n"
    )
    customs, coding = ([t["id"] for g in r["groups"] for t in g["terms"]] for r in report["minimum"])
    assert "ccs" not in customs and "ccs" in coding


def test_trade_papers_are_no_credentials_and_a_colon_list_names_the_languages(score_lines) -> None:
    posting = (
        "Trade Compliance Officer — Vancouver\n\nRequirements\n"
        "- Working knowledge of rules of origin and certification of origin\n"
        "- A second language: Punjabi, Mandarin or Cantonese\n"
    )
    resume = (
        "Ji-woo Han\n\nEXPERIENCE\nImport Coordinator — Pacific Freight (2019 – present)\n"
        "- Checked certificates of origin and rules of origin for CUSMA claims\n\n"
        "LANGUAGES\nKorean (native), English (fluent)\n"
    )
    rows = score_lines(posting, resume)
    origin = rows["Working knowledge of rules of origin and certification of origin"]
    assert "credential" not in origin["kinds"] and origin["verdict"] == "met", origin["reason"]
    assert rows["A second language: Punjabi, Mandarin or Cantonese"]["verdict"] == "partial"


def test_one_of_several_things_a_candidate_is_willing_to_do_shown_is_enough(score_lines) -> None:
    posting = (
        "Field Engineer — Doha\n\nRequirements\n"
        "- Willing to travel across the GCC and to take part in a 24x7 on-call rotation\n"
    )
    resume = (
        "Ravi Das\n\nEXPERIENCE\nNOC Engineer — Qatar Net (2019 – present)\n"
        "- L2 support on a 24x7 on-call rotation\n"
    )
    row = score_lines(posting, resume)[
        "Willing to travel across the GCC and to take part in a 24x7 on-call rotation"
    ]
    assert row["verdict"] == "met", row["reason"]


def test_clinical_audit_and_improvement_initiatives(score_lines) -> None:
    posting = (
        "Physiotherapist\n\nEssential\n"
        "- Evidence of participation in clinical audit or quality improvement initiatives\n"
    )
    resume = (
        "Aoife Kelly\n\nEXPERIENCE\nSenior Physiotherapist — Cork University Hospital (2019 – present)\n"
        "- Led a re-audit of falls risk assessment documentation on two wards\n"
    )
    row = score_lines(posting, resume)[
        "Evidence of participation in clinical audit or quality improvement initiatives"
    ]
    assert row["verdict"] == "met", row["reason"]
    assert "Ownership" not in row["reason"]


def test_a_role_named_with_or_similar_counts_the_similar_jobs(score_lines) -> None:
    """ "as a GIS analyst or in a similar spatial role": a GIS technician's years count."""
    posting = (
        "GIS Analyst — Logan City\n\nRequirements\n"
        "- 2+ years' experience as a GIS analyst or in a similar spatial role\n"
    )
    resume = (
        "Tui Walsh\n\nEXPERIENCE\nGIS Technician – Coastal Water (03/2023 – present)\n"
        "- Capture and edit water assets in ArcGIS Pro; geoprocessing for planning requests\n"
    )
    row = score_lines(posting, resume)["2+ years' experience as a GIS analyst or in a similar spatial role"]
    assert row["verdict"] == "met", row["reason"]
    exact = posting.replace(" or in a similar spatial role", "")
    row = score_lines(exact, resume)["2+ years' experience as a GIS analyst"]
    assert row["verdict"] != "met", row["reason"]
