"""Classes read from the 65th probe, each on our own examples, via the CLI:

- a person specification's "Assessed by" column that names other checks ("Written exercise",
  "Document check") still ends each criterion's row;
- a Multi-Crew Cooperation course is not Crew Resource Management training (it implies it);
- "the right to live and work in Canada" is work authorisation, not a place;
- a licence whose table row says "Expired 05/2026" in its next cell is not held;
- "caring for residents living with dementia" asks about dementia (and "people living with HIV"
  about HIV); a memory support unit shows dementia care.
"""

from __future__ import annotations

SPEC = """Paralegal — Whitcombe Legal LLP, Manchester

Person specification
Criterion | Essential / Desirable | Assessed by
Excellent drafting of witness statements and bundles | Essential | Written exercise
Right to work in the UK | Essential | Document check
Fluency in Polish or Romanian | Desirable | Interview
"""


def test_other_checks_in_the_assessed_by_column_end_their_rows(extract_text) -> None:
    report = extract_text(SPEC)
    minimum = [r["text"] for r in report["minimum"]]
    preferred = [r["text"].removeprefix("Desirable: ") for r in report["preferred"]]
    assert minimum == ["Excellent drafting of witness statements and bundles", "Right to work in the UK"]
    assert preferred == ["Fluency in Polish or Romanian"]


FIRST_OFFICER = """First Officer — Coral Air, Cebu

Minimum requirements
- Completed Multi-Crew Cooperation (MCC) course
- Completed Crew Resource Management (CRM) training
- You must have the right to live and work in Canada
"""


def test_crm_training_is_no_mcc_course(score_lines) -> None:
    resume = (
        "Paolo Reyes\n\nTRAINING\nCrew Resource Management (CRM) – Philippine Aviation Academy, 2023\n\n"
        "EXPERIENCE\nFlight Instructor — Iloilo Flying School (2021 – present)\n"
    )
    rows = score_lines(FIRST_OFFICER, resume)
    assert rows["Completed Multi-Crew Cooperation (MCC) course"]["verdict"] == "missing"
    # a course asked as completed is shown by the course in the training section
    assert rows["Completed Crew Resource Management (CRM) training"]["verdict"] == "met"
    mcc = resume.replace("Crew Resource Management (CRM)", "Multi-Crew Cooperation (MCC) course")
    rows = score_lines(FIRST_OFFICER, mcc)
    assert rows["Completed Multi-Crew Cooperation (MCC) course"]["verdict"] != "missing"


def test_the_right_to_live_and_work_is_work_authorisation(extract_text) -> None:
    report = extract_text(FIRST_OFFICER)
    line = next(r for r in report["minimum"] if "live and work" in r["text"])
    assert line["condition"] == "work authorisation"


def test_an_expired_licence_in_the_next_cell_is_not_held(score_lines) -> None:
    posting = "Site Engineer\n\nKey requirements\n- Valid Kenyan driving licence (Class B or above)\n"
    resume = (
        "Otieno Were\n\nLICENCES\nNTSA driving licence, Class B | Expired 05/2026 – renewal in process\n\n"
        "EXPERIENCE\nSite Engineer — Rift Roads (2019 – present)\n"
    )
    row = score_lines(posting, resume)["Valid Kenyan driving licence (Class B or above)"]
    assert row["verdict"] == "missing", row["reason"]


CARE = """Support Worker — Harbour Community Care

Essential
- Experience caring for residents living with dementia
- Experience supporting people living with HIV
"""


def test_the_condition_people_live_with_is_what_is_asked(extract_text, score_lines) -> None:
    report = extract_text(CARE)
    terms = [[t["text"] for g in r["groups"] for t in g["terms"]] for r in report["minimum"]]
    assert terms[1] == ["HIV"], terms
    resume = (
        "Mele Tonga\n\nEXPERIENCE\nCare Assistant — Rosewood Lodge (2020 – present)\n"
        "- Personal care for 12 residents in the memory support unit\n"
        "- Supported clients living with HIV to attend clinic appointments\n"
    )
    rows = score_lines(CARE, resume)
    assert rows["Experience caring for residents living with dementia"]["verdict"] == "met"
    assert rows["Experience supporting people living with HIV"]["verdict"] == "met"
