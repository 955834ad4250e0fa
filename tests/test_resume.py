"""Résumé profiles from layouts real templates produce."""

from __future__ import annotations

import datetime as dt

from jobmatch.resume import extract_resume

AS_OF = dt.date(2026, 11, 1)


def test_letter_spaced_headings_and_dates_above_titles() -> None:
    resume = extract_resume(
        "JANE EXAMPLE\njane@example.com\n\nW O R K  E X P E R I E N C E\n"
        "2019 – 2021\nBackend Engineer, Acme\n- Built Go services\n"
        "Mar 2021 – Present\nStaff Engineer, Beta\n- Led the Kafka migration\n"
        "S K I L L S\nGo, Kafka\n",
        as_of=AS_OF,
    )
    assert [p.title for p in resume.positions] == ["Backend Engineer, Acme", "Staff Engineer, Beta"]
    assert resume.sections == ("experience", "skills")
    assert resume.total_years == 7.92  # Jan 2019 .. Nov 2026 = 95 months, the overlap counted once


def test_contact_details_are_found_and_redacted() -> None:
    text = "Jane Q. Example\nSeattle, WA | (206) 555-0147 | jane@example.com | linkedin.com/in/janeq\n"
    text += "EXPERIENCE\nEngineer, Acme Jan 2020 – Present\n- Jane built Go services\n"
    resume = extract_resume(text, as_of=AS_OF)
    assert resume.contact.name == "Jane Q. Example"
    assert resume.contact.emails == ("jane@example.com",)
    assert resume.contact.location == "Seattle, WA"
    redacted = extract_resume(text, as_of=AS_OF, redact=True)
    assert redacted.contact.name is None
    assert all("Jane" not in line.text and "555" not in line.text for line in redacted.lines)
    assert redacted.source.startswith("candidate-")


def test_internships_and_education_do_not_count_as_professional_years() -> None:
    resume = extract_resume(
        "EXPERIENCE\nSoftware Engineering Intern, Acme   Summer 2024\n- Wrote Java tests\n"
        "EDUCATION\nB.S. Computer Science, State University   2021 – 2025\n",
        as_of=AS_OF,
    )
    assert [p.kind for p in resume.positions] == ["internship", "education"]
    assert resume.total_years == 0
    assert resume.education[0].level == "bachelor"


def test_bullet_glyphs_on_their_own_line_are_items() -> None:
    resume = extract_resume("SKILLS\n•\nKubernetes and Terraform\n•\nPostgreSQL\n", as_of=AS_OF)
    assert {s.skill for s in resume.skills} >= {"kubernetes", "terraform", "postgresql"}


def test_an_unknown_heading_or_a_table_header_is_not_part_of_a_job_title() -> None:
    text = (
        "Lena Fischer\n\nWERDEGANG\nData Engineer | Zalando SE | 03.2019 – heute\n- Spark pipelines\n\n"
        "EXPERIENCE\nCompany | Role | Dates\nShopify | Senior Data Engineer | Jan 2022 – Present\n"
    )
    resume = extract_resume(text, as_of=dt.date(2026, 11, 1))
    assert [p.title for p in resume.positions] == [
        "Data Engineer | Zalando SE",
        "Shopify | Senior Data Engineer",
    ]


def test_a_title_line_above_an_employer_line_with_no_title_in_it() -> None:
    """ "Chef de Partie (Sauce)" / "Grisedale House Hotel (2 AA Rosettes), Grasmere" / dates: the
    title is the line above the employer's even where the employer's line names no known place."""
    resume = extract_resume(
        "EXPERIENCE\n\nChef de Partie (Sauce)\nGrisedale House Hotel (2 AA Rosettes), Grasmere\n"
        "Apr 2023 – Present\n • Ran the sauce section\n\nCommis Chef\nThe Wheatsheaf at Kirkby Lonsdale\n"
        "Jun 2020 – Mar 2023\n • Larder and pastry\n",
        as_of=AS_OF,
    )
    titles = [p.title for p in resume.positions]
    assert titles[0].startswith("Chef de Partie (Sauce)")
    assert titles[1].startswith("Commis Chef")
    assert all("culinary" in p.fields for p in resume.positions)


def test_dates_then_employer_then_title_in_a_table_and_its_header_row() -> None:
    """A Word table read cell by cell: "Dates | Employer / Position | Key duties" is the table's
    header, not a job title; under each date range the employer's line comes before the title."""
    resume = extract_resume(
        "EMPLOYMENT HISTORY\nDates | Employer / Position | Key duties and achievements\n"
        "02/2022 – Present\nRidgeway Mazda, Ballarat\nSenior Technician\n• Diagnose electrical faults\n"
        "02/2018 – 01/2022\nKingsbury Toyota, Wendouree\nLight Vehicle Technician\n• Logbook servicing\n",
        as_of=AS_OF,
    )
    titles = [p.title for p in resume.positions]
    assert titles == [
        "Senior Technician — Ridgeway Mazda, Ballarat",
        "Light Vehicle Technician — Kingsbury Toyota, Wendouree",
    ]
    assert "automotive" in resume.positions[1].fields


def test_a_pdf_table_that_wraps_the_dates_and_the_role_keeps_every_job(tmp_path) -> None:
    """A work-history table whose cells wrap: "Apr 2022 -" / "Present", then "Employer /" /
    "Role"; its header row ("Period  Company / Role  Main work") is no job title."""
    import datetime as dt

    from conftest import make_pdf

    from jobmatch.loaders import load_document
    from jobmatch.resume import extract_resume

    lines = [
        "HANA OKAFOR",
        "WORK EXPERIENCE",
        "Period Company / Role Main work",
        "Jun 2021 -",
        "Present",
        "Lagoon Pumps Ltd. /",
        "Controls Engineer",
        "PLC programming for pump skids; commissioning at customer sites.",
        "Sep 2017 - May",
        "2021",
        "Lagoon Pumps Ltd. /",
        "Service Technician",
        "Field service on booster sets and dosing pumps.",
        "EDUCATION",
        "BEng Electrical Engineering, University of Lagos, 2017",
    ]
    resume = extract_resume(
        load_document(make_pdf(tmp_path / "table.pdf", lines)), as_of=dt.date(2026, 11, 30)
    )
    jobs = [(p.title, p.start, p.end) for p in resume.positions if "BEng" not in p.title]
    assert jobs == [
        ("Lagoon Pumps Ltd. / Controls Engineer", "2021-06", "present"),
        ("Lagoon Pumps Ltd. / Service Technician", "2017-09", "2021-05"),
    ], jobs


def test_international_phone_numbers_are_contact_details_and_are_redacted() -> None:
    """ "+49 151 5550 7731", "+44 7700 900123": a number with its country code in groups is a
    phone (so --redact hides it); a registration number is not."""
    text = (
        "Jana Weber\nHamburg · +49 151 5550 7731 · jana@weber.de\nAlt: +44 7700 900123\n"
        "EXPERIENCE\nElectrician, Volt GmbH   2019 – Present\n- Reg. No. MIE 4471\n"
    )
    resume = extract_resume(text)
    assert resume.contact.phones == ("+49 151 5550 7731", "+44 7700 900123")
    assert resume.contact.location == "Hamburg"
    hidden = extract_resume(text, redact=True)
    joined = "\n".join(line.text for line in hidden.lines)
    assert "5550 7731" not in joined and "900123" not in joined
    assert "MIE 4471" in joined


def test_a_registration_on_the_contact_line_is_kept_without_the_contact_details() -> None:
    """ "... | 087 412 9930 | aoife@... HCPC Reg. No. PH014472": the registration is kept as a
    line (what the credential checker reads), the phone and e-mail are not."""
    text = (
        "Aoife Byrne\nPhysiotherapist, Galway | 087 412 9930 | aoife@byrne.ie HCPC Reg. No. PH014472\n"
        "EXPERIENCE\nPhysiotherapist, Galway Clinic   2019 – Present\n- MSK outpatients\n"
    )
    resume = extract_resume(text)
    kept = [line.text for line in resume.lines if "Reg. No." in line.text]
    assert kept == ["Physiotherapist, Galway | HCPC Reg. No. PH014472"], kept
    assert not any("aoife@" in line.text or "412 9930" in line.text for line in resume.lines)
