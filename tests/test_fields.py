"""Fields of work named in posting lines and job titles (data/fields.yaml): the vocabulary the
résumé side tags jobs with and the posting side reads "N years as/of/in <field>" with."""

from __future__ import annotations

import pytest

from jobmatch.fields import close_fields, field_vocabulary, fields_in, position_fields, with_broader


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5+ years as a data engineer or similar role", ("data-engineering",)),
        ("2-4 years of general ledger accounting", ("accounting",)),
        ("3 years of acute care nursing", ("acute-care-nursing",)),
        ("Minimum 2 years of full-cycle recruiting in a high-volume environment", ("recruiting",)),
        (
            "4+ years of experience as a construction project manager",
            ("construction", "construction-project-management"),
        ),
        ("Experience as an ETL developer", ("data-engineering",)),
        ("3+ years of quota-carrying B2B sales as an account executive", ("sales",)),
        ("Two years of prehospital care as a paramedic", ("paramedic-ems",)),
        ("Experience with privacy law and GDPR counselling", ("privacy-law",)),
    ],
)
def test_posting_lines_name_their_field(line: str, expected: tuple[str, ...]) -> None:
    assert fields_in(line)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("title", "duties", "expected"),
    [
        ("Senior Accountant — Alpine Trail Brands", ["Own month-end close for 3 entities"], {"accounting"}),
        ("ETL Developer, Keystone Insurance", [], {"data-engineering", "software-engineering"}),
        (
            "Staff Nurse II / Charge Nurse, Medical-Surgical ICU",
            ["Titrate vasopressors and sedation drips"],
            {"nursing", "acute-care-nursing", "healthcare"},
        ),
        (
            "Software Engineer",
            ["Built ETL pipelines in SSIS", "Owned the data warehouse loads"],
            {"software-engineering", "data-engineering"},
        ),
        (
            "Frontend Engineer",
            ["Built the design system", "Ran usability testing with design"],
            {"frontend-engineering", "software-engineering"},
        ),
        ("Consultant, Meadow & Finch", [], {"consulting"}),
        ("Engineer, Tidewater Freight Tech", ["Go services for shipment tracking"], set()),
    ],
)
def test_jobs_belong_to_fields_by_title_and_duties(title: str, duties: list[str], expected: set[str]) -> None:
    assert set(position_fields(title, duties)) == expected


def test_fields_relate_and_nest() -> None:
    assert with_broader(["backend-engineering"]) == ("backend-engineering", "software-engineering")
    assert "finance" in close_fields("accounting")
    assert "ux-design" not in with_broader(["frontend-engineering"])


def test_the_vocabulary_covers_fields_across_industries() -> None:
    ids = set(field_vocabulary().fields)
    for field in [
        "software-engineering",
        "backend-engineering",
        "frontend-engineering",
        "data-engineering",
        "data-analysis",
        "devops-sre",
        "data-science",
        "accounting",
        "finance",
        "nursing",
        "healthcare",
        "sales",
        "account-management",
        "recruiting",
        "human-resources",
        "law",
        "privacy-law",
        "ux-design",
        "graphic-design",
        "mechanical-engineering",
        "civil-engineering",
        "electrical-engineering",
        "construction",
        "project-management",
        "it-project-management",
        "education",
        "customer-success",
        "marketing",
        "logistics",
        "paramedic-ems",
        "manufacturing",
    ]:
        assert field in ids, field
