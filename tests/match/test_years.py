"""The years checker: years counted over the jobs that belong to what the line asks about (its
skills or field of work), overlaps once, student jobs apart; some but not enough is partly met;
years in a close field are partly met, said so."""

from __future__ import annotations

import pytest
from match_helpers import results, verdict, verdicts

ACUTE_CARE = "3+ years of acute care nursing experience"
SOFTWARE = "5+ years of software development experience"
TEACHER = (
    "EXPERIENCE\nHigh School Mathematics Teacher, Lincoln High School   Aug 2012 – Present\n"
    "- Taught algebra and AP Calculus to 150 students a year\n"
)


def test_years_of_a_skill_count_only_jobs_that_use_it() -> None:
    resume = (
        "EXPERIENCE\nData Engineer, Acme   Jan 2016 – Dec 2019\n- Built pipelines in Scala\n"
        "Backend Engineer, Beta   Jan 2022 – Present\n- Services in Python\n"
    )
    found, reason = verdict("5+ years of Python", resume)
    assert found == "partial" and "4.9 years" in reason  # Jan 2022 to Nov 2026
    found, _ = verdict("5+ years of software engineering experience", resume)
    assert found == "met"


@pytest.mark.parametrize(
    "heading",
    ["EXPERIENCE / BERUFSERFAHRUNG", "Experience (selected)", "Experience – most recent first", "WERDEGANG"],
)
def test_jobs_count_under_any_experience_heading(heading: str) -> None:
    """A heading jobmatch does not know must not make every job vanish (0 years)."""
    resume = (
        f"Lena Fischer\n\n{heading}\n\nData Engineer | Zalando SE | 03.2019 – heute\n"
        "- Spark and Airflow pipelines on AWS.\n\nEDUCATION\nM.Sc. Informatik, TU München, 2017 – 2019\n"
    )
    found, reason = verdict("5+ years of data engineering experience", resume)
    assert found == "met", reason
    assert "7.8 years" in reason


def test_a_job_title_names_its_field() -> None:
    """ "Data Engineer" is evidence of data engineering, and its years count."""
    resume = "EXPERIENCE\nSenior Data Engineer, Brightwave   Jan 2020 – Present\n- Built pipelines\n"
    found, reason = verdict("4+ years of experience in data engineering", resume)
    assert found == "met" and "in jobs of Data Engineering; résumé shows 6.9 years" in reason


def test_headings_student_jobs_and_foreign_fields() -> None:
    """ "CLINICAL EXPERIENCE" is an experience heading, a Werkstudent job is not professional
    years, and "M.Sc. Informatik" is a computer science degree."""
    resume = (
        "CLINICAL EXPERIENCE\nRegistered Nurse, City Hospital   Jan 2020 – Present\n- ICU patient care\n"
        "Werkstudent Data Engineering, Siemens   Jan 2015 – Dec 2019\n- SQL reports\n"
        "EDUCATION\nM.Sc. Informatik, TU München, 2019\n"
    )
    (years, years_reason), (degree, degree_reason) = verdicts(
        "8+ years of professional experience\nMaster's degree in Computer Science", resume
    )
    assert years == "partial" and "6.9 years" in years_reason  # the Werkstudent years are not counted
    assert degree == "met", degree_reason


# --- some but not enough ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("requirement", "resume", "have"),
    [
        (
            "5+ years of Python",
            "EXPERIENCE\nData Analyst, Fenwick Insurance   Jan 2023 – Dec 2025\n"
            "- Built claims models in Python\n",
            "3.0 of 5 years",
        ),
        (
            "3+ years of experience with SAP",
            "EXPERIENCE\nLogistics Coordinator, Baltica Freight   Jan 2024 – Dec 2025\n"
            "- Booked inbound shipments in SAP\n",
            "2.0 of 3 years",
        ),
    ],
)
def test_some_but_not_enough_years_is_partly_met(requirement: str, resume: str, have: str) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == "partial", result.reason
    years = [part for part in result.parts if part.kind == "years"]
    assert [part.verdict for part in years] == ["partial"]
    assert have in result.gap


# --- years by field of work ----------------------------------------------------------------------


def test_a_nurse_s_icu_and_emergency_years_count_for_acute_care_nursing() -> None:
    resume = (
        "EXPERIENCE\nRegistered Nurse, Intensive Care Unit, St. Luke's Hospital   Aug 2021 – Present\n"
        "- Cared for two ventilated patients per shift\n"
        "Registered Nurse, Emergency Department, Valley Medical Center   Jun 2019 – Jul 2021\n"
        "- Triaged 40 patients a shift\n"
    )
    [result] = results(ACUTE_CARE, resume)
    assert result.verdict == "met", result.reason
    assert "7.5 years (2 jobs)" in result.reason


def test_a_clinic_nurse_s_years_are_related_and_partly_met() -> None:
    resume = (
        "EXPERIENCE\nRegistered Nurse, Sunrise Family Clinic   Jan 2021 – Present\n"
        "- Gave vaccinations and ran wellness checks\n"
    )
    [result] = results(ACUTE_CARE, resume)
    assert result.verdict == "partial"
    assert "in related fields" in result.reason


def test_a_receptionist_s_years_do_not_count_for_nursing() -> None:
    resume = (
        "EXPERIENCE\nMedical Receptionist, Sunrise Family Clinic   Jan 2016 – Present\n"
        "- Booked 80 appointments a day\n"
    )
    found, reason = verdict(ACUTE_CARE, resume)
    assert found == "missing" and "0.0 years" in reason


def test_a_teacher_s_years_do_not_count_for_software_development() -> None:
    found, reason = verdict(SOFTWARE, TEACHER + "- Coached the robotics club to the state final\n")
    assert found == "missing" and "0.0 years" in reason


def test_a_teacher_who_taught_python_still_has_no_software_development_years() -> None:
    found, reason = verdict(SOFTWARE, TEACHER + "- Wrote a Python course for the after-school club\n")
    assert found != "met", reason


def test_a_developer_s_years_count_for_software_development() -> None:
    resume = (
        "EXPERIENCE\nSoftware Developer, Quarry Labs   Jan 2023 – Present\n- Built React front ends\n"
        "Software Developer, Fenwick Insurance   Jan 2020 – Dec 2022\n- Built the claims portal in C#\n"
    )
    found, reason = verdict(SOFTWARE, resume)
    assert found == "met" and "6.9 years (2 jobs)" in reason


@pytest.mark.parametrize(
    ("requirement", "resume"),
    [
        (
            "5+ years of classroom teaching experience",
            TEACHER,
        ),
        pytest.param(
            "5+ years of teaching experience",
            TEACHER,
        ),
        (
            "7+ years of construction project management experience",
            "EXPERIENCE\nProject Manager, Keystone Builders   Apr 2015 – Present\n"
            "- Managed $30M mixed-use builds\n",
        ),
        (
            "3+ years of recruiting experience",
            "EXPERIENCE\nTalent Acquisition Specialist, Lindqvist Retail   Jan 2020 – Present\n"
            "- Hired 120 store staff a year\n",
        ),
        (
            "4+ years of public accounting experience",
            "EXPERIENCE\nSenior Accountant, Brightwater CPA Group   Jan 2017 – Present\n"
            "- Prepared 200 individual and business tax returns a season\n",
        ),
    ],
)
def test_years_in_the_field_of_work_meet_the_line(requirement: str, resume: str) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == "met", result.reason
    assert [p.verdict for p in result.parts if p.kind == "years"] == ["met"]


def test_years_outside_the_field_do_not_count() -> None:
    resume = (
        "EXPERIENCE\nWarehouse Associate, Brightwater Distribution   Jan 2017 – Present\n"
        "- Picked and packed orders\n"
    )
    found, reason = verdict("4+ years of public accounting experience", resume)
    assert found == "missing" and "0.0 years" in reason


def test_the_gap_of_related_years_does_not_read_as_more_than_asked() -> None:
    [result] = results(
        ACUTE_CARE,
        "EXPERIENCE\nRegistered Nurse, Sunrise Family Clinic   Jan 2021 – Present\n- Gave vaccinations\n",
    )
    [years] = [part for part in result.parts if part.kind == "years"]
    assert "related" in years.gap, years.gap


# --- years asked as a role held: "as a Project Manager", "of RN experience" -------------------------


SUPERINTENDENT_LINE = (
    "At least eight (8) years of construction experience, including three (3) years as a project manager"
)


def test_years_as_a_role_count_only_jobs_of_that_role() -> None:
    """A carpenter's years are construction years, not a project manager's: the line is partly met
    (the eight years are there, the three as a project manager are not)."""
    resume = (
        "EXPERIENCE\nLead Carpenter, Holloway Builders   Feb 2012 – Present\n"
        "- Framing and finish work on commercial construction jobs\n"
    )
    found, reason = verdict(SUPERINTENDENT_LINE, resume)
    assert found == "partial", reason
    assert "0.0 years" in reason


def test_a_role_s_years_count_jobs_with_that_title() -> None:
    resume = (
        "EXPERIENCE\nProject Manager, Holloway Builders   Feb 2020 – Present\n"
        "- Ran schedule, budget and subcontractors for three medical office buildings\n"
        "Lead Carpenter, Holloway Builders   Feb 2012 – Jan 2020\n- Framing and finish work\n"
    )
    found, reason = verdict(SUPERINTENDENT_LINE, resume)
    assert found == "met", reason


def test_an_assistant_s_years_are_not_a_licensed_role_s_years() -> None:
    """ "2 years of LPN experience": a nursing assistant's years are not a nurse's; the one year
    as an LPN is partly met, not met."""
    resume = (
        "EXPERIENCE\nLicensed Practical Nurse, Cedar Ridge Care Center   Dec 2025 – Present\n"
        "- Medication passes for 30 residents\n"
        "Certified Nursing Assistant, Cedar Ridge Care Center   Jan 2019 – Nov 2025\n"
        "- ADLs, vital signs, repositioning\n"
    )
    found, reason = verdict("Minimum of two (2) years of LPN experience in long-term care", resume)
    assert found == "partial", reason


def test_a_close_field_counts_for_a_role_only_in_the_same_line_of_work() -> None:
    """ "as a UX designer": a graphic designer's years are close (partly); a frontend engineer who
    built screens with designers is not a designer (missing)."""
    line = "4+ years of experience as a UX or interaction designer"
    graphic = (
        "EXPERIENCE\nSenior Graphic Designer, Lumen Print Co.   Mar 2017 – Present\n"
        "- Packaging and brand identity for 30 clients\n"
    )
    engineer = (
        "EXPERIENCE\nFrontend Engineer, Parcelly   Mar 2017 – Present\n"
        "- Built React screens from the product designers' Figma files\n"
    )
    assert verdict(line, graphic)[0] == "partial"
    found, reason = verdict(line, engineer)
    assert found == "missing", reason


def test_a_summary_role_with_its_years_counts_when_no_job_is_dated() -> None:
    """ "Licensed electrician with 12 years of experience", no dates: the figure is the role's."""
    resume = (
        "SUMMARY\nLicensed electrician with 12 years of experience in commercial fit-outs.\n"
        "EXPERIENCE\nElectrician, Volt Brothers\n- Panel upgrades and conduit runs\n"
    )
    found, reason = verdict("5+ years as an electrician", resume)
    assert found == "met", reason
    assert "as the résumé states" in reason


PLATFORM_YEARS = "5+ years of experience in DevOps, SRE or platform engineering roles"


def test_years_in_the_field_and_in_close_fields_are_counted_together() -> None:
    """Two years as a platform engineer after four as a Linux administrator: six years of nearly
    the work asked for, partly met, and the reason says how many were in the field itself."""
    resume = (
        "EXPERIENCE\nPlatform Engineer, Kestrel Freight   Jan 2025 – Present\n"
        "- Run the Kubernetes clusters and the Terraform modules for 40 services\n"
        "Linux Systems Administrator, Orbis Hosting   Jan 2021 – Dec 2024\n"
        "- Patched and monitored 300 RHEL servers\n"
    )
    [result] = results(PLATFORM_YEARS, resume)
    assert result.verdict == "partial", result.reason
    assert "in this and related fields" in result.reason
    assert "in the field itself" in result.gap


def test_a_cloud_support_engineer_is_technical_operations_not_customer_service() -> None:
    resume = (
        "EXPERIENCE\nCloud Support Engineer, Nimbus Web Services   Mar 2019 – Present\n"
        "- Troubleshot VPC routing, IAM policies and EC2 capacity for enterprise accounts\n"
    )
    [result] = results(PLATFORM_YEARS, resume)
    assert result.verdict == "partial", result.reason
    assert "in related fields" in result.reason


PASTRY_YEARS = "3+ years as a Pastry Chef or Head Baker"


def test_years_as_a_role_count_only_jobs_in_that_role() -> None:
    """ "Chef" is a title the field vocabulary knows; "Pastry Chef" is the role asked for. Years
    as a line cook are kitchen years, not years as a pastry chef."""
    resume = (
        "EXPERIENCE\nPastry Chef, Maison Verte   Mar 2025 – Present\n- Ran the viennoiserie programme\n"
        "Line Cook, Grillhouse 21   Jan 2017 – Feb 2025\n- Worked the grill and fry stations\n"
    )
    [result] = results(PASTRY_YEARS, resume)
    assert result.verdict == "partial", result.reason
    assert "1.8 years (1 job)" in result.reason
    assert "pastri" not in result.reason  # the posting's words, not their stems


def test_a_role_no_field_knows_is_still_the_role_asked_for() -> None:
    line = "At least 2 years as a tower crane operator"
    held = (
        "EXPERIENCE\nTower Crane Operator, Liebherr Hire Partners   Jan 2020 – Present\n"
        "- Lifted precast panels on a 30-storey residential tower\n"
    )
    other = "EXPERIENCE\nWarehouse Operative, Parcelnet   Jan 2015 – Present\n- Loaded 400 parcels a shift\n"
    [met] = results(line, held)
    [missing] = results(line, other)
    assert met.verdict == "met", met.reason
    assert missing.verdict == "missing", missing.reason
    assert "tower crane operator" in missing.reason


def test_a_role_list_ends_where_the_role_does() -> None:
    """ "as a UX or product designer working on shipped apps": the role is the designer; what
    follows ("working on ...") describes the work, so a UX/UI designer's years count."""
    line = "3+ years as a UX or product designer working on shipped mobile apps"
    resume = "EXPERIENCE\nUX/UI Designer, Bramble Studio   Jan 2021 – Present\n- Designed the booking flows\n"
    [result] = results(line, resume)
    assert result.verdict == "met", result.reason
    assert "working" not in result.reason


def test_years_in_a_fields_roles_count_the_jobs_of_that_field_whatever_tools_they_name() -> None:
    """ "in machine learning roles": an ML engineer's years count though the job's lines name
    only PyTorch and Triton, not "machine learning" itself; a pastry chef's do not."""
    line = "4+ years of experience in data science or machine learning roles"
    ml = (
        "EXPERIENCE\nApplied Scientist, Fjordline Analytics   Feb 2021 – Present\n"
        "- Forecast weekly demand with LightGBM; tracked runs in MLflow\n"
    )
    chef = "EXPERIENCE\nPastry Chef, Maison Verte   Feb 2021 – Present\n- Ran the viennoiserie section\n"
    found, reason = verdict(line, ml)
    assert found == "met" and "(1 job)" in reason, reason
    assert verdict(line, chef)[0] == "missing"


def test_a_labelled_job_header_belongs_to_its_own_job() -> None:
    """Indian résumés: "1) Employer", "Designation: ...", "Duration: ... to Till date". The
    employer and designation lines above the dates are this job's, not the bullets of the one
    before; so the designation's skill counts toward this job's years."""
    resume = (
        "WORK EXPERIENCE\n"
        "1) Nilgiri Foods Pvt. Ltd., Coimbatore\n"
        "   Designation: Data Scientist\n"
        "   Duration: 15-Mar-2022 to Till date\n"
        "   - Forecast weekly demand for 800 SKUs\n"
        "2) Kaveri Textiles Ltd., Erode\n"
        "   Designation: Accounts Assistant\n"
        "   Duration: Jun-2017 to Feb-2022\n"
        "   - Posted vendor invoices in Tally\n"
    )
    found, reason = verdict("3+ years of experience in data science", resume)
    assert found == "met" and "(1 job)" in reason, reason
    from jobmatch.resume import extract_resume

    profile = extract_resume(resume)
    by_job: dict[int, list[str]] = {}
    for line in profile.lines:
        if line.position is not None:
            by_job.setdefault(line.position, []).append(line.text)
    assert by_job[1][:2] == ["Kaveri Textiles Ltd., Erode", "Designation: Accounts Assistant"]
    assert all("Kaveri" not in text for text in by_job[0])


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("At least 3 years' experience as a site manager", "Assistant Site Manager, Hollis Build"),
        ("2+ years as a dental nurse in a busy practice", "Trainee Dental Nurse, Bright Dental"),
    ],
)
def test_years_assisting_the_role_count_in_part(line: str, title: str) -> None:
    """An assistant or trainee has done the role's work beside it, not held it: partly."""
    resume = f"EXPERIENCE\n{title}   Jan 2020 – Present\n- Day-to-day duties of the team\n"
    found, reason = verdict(line, resume)
    assert found == "partial" and "assist the role" in reason, reason


def test_a_junior_word_elsewhere_in_the_title_does_not_demote_it() -> None:
    resume = (
        "EXPERIENCE\nPractice Manager and Deputy Safeguarding Lead, Elm Surgery   Jan 2019 – Present\n"
        "- Ran the practice\n"
    )
    assert verdict("3+ years as a practice manager", resume)[0] == "met"


def test_years_in_a_kind_of_plant_only_the_posting_names_count_jobs_that_name_it() -> None:
    """ "2 years in a petrochemical, refining or chemical manufacturing facility": the years are of
    process plant work, so a water plant operator's years are related, not the field itself."""
    line = (
        "Minimum 2 years of operating experience in a petrochemical, refining or chemical "
        "manufacturing facility"
    )
    plant = (
        "EXPERIENCE\nBoard Operator, Gulf Olefins LP   Jan 2020 – Present\n"
        "- Ran the cracking furnaces from the DCS console on 12-hour shifts\n"
    )
    water = (
        "EXPERIENCE\nWastewater Treatment Plant Operator, City of Elm Creek   Jan 2019 – Present\n"
        "- Operated the activated sludge process and clarifiers\n"
    )
    assert verdict(line, plant)[0] == "met"
    found, reason = verdict(line, water)
    assert found == "partial", reason
    assert "related" in reason


def test_years_of_something_only_named_literally_are_partly_met_by_other_work() -> None:
    """Years of a thing no vocabulary knows ("in a public sector housing association") and no job names:
    enough years of work are partly met, and the reason says no job names it."""
    resume = (
        "EXPERIENCE\nOffice Manager, Harbour Dental   Jan 2018 – Present\n"
        "- Ran the front desk, supplies and the rota for twelve staff\n"
    )
    found, reason = verdict("At least 3 years of experience in a public sector housing association", resume)
    assert found == "partial", reason
    assert "no job names" in reason


def test_months_asked_are_read_as_years_but_not_a_window_or_a_deadline() -> None:
    from jobmatch.phrases import parse_years

    found = parse_years("At least 18 months of Class A tractor-trailer experience")
    assert found is not None and found.min == 1.5
    assert parse_years("Obtain the licence within 6 months of hire") is None
    assert parse_years("No preventable accidents in the past 12 months") is None
    resume = (
        "EXPERIENCE\nOTR Truck Driver, Prairie Freight   Jan 2026 – Present\n- Dry van loads in 11 states\n"
    )
    found_verdict, reason = verdict("At least 18 months of tractor-trailer experience", resume)
    assert found_verdict == "partial", reason


def test_a_figure_that_names_the_skill_counts_beside_the_dated_jobs() -> None:
    """ "12 years of embedded C" in the summary, where only the latest job's lines name it: the
    figure counts; "10 years of experience, including Python" gives Python no 10 years."""
    resume = (
        "SUMMARY\nFirmware engineer with 12 years of embedded C for motor drives.\n"
        "EXPERIENCE\nFirmware Engineer, Kessler Antriebe GmbH   Apr 2022 – Present\n"
        "- Embedded C drivers for servo encoders\n"
        "Firmware Engineer, Rhein Motion AG   Jan 2014 – Mar 2022\n- Drive control loops and bootloaders\n"
    )
    assert verdict("5+ years of professional embedded C development", resume)[0] == "met"
    loose = (
        "SUMMARY\nAnalyst with 10 years of experience, including some Python scripting.\n"
        "EXPERIENCE\nData Analyst, Lumo Retail   Jan 2024 – Present\n"
        "- Python scripts for weekly sales reports\n"
        "Finance Analyst, Lumo Retail   Jan 2016 – Dec 2023\n- Excel models for store budgets\n"
    )
    assert verdict("5+ years of Python", loose)[0] != "met"


def test_years_in_an_agronomists_field() -> None:
    """An agronomist's and an extension officer's jobs are in agriculture: years "in horticultural
    crop production" count them."""
    from match_helpers import verdict as one_verdict

    resume = (
        "EXPERIENCE\nAgronomist, Green Valley Exports   Jan 2021 – Present\n"
        "- Ran farmer training for 900 smallholder growers\n"
        "Field Extension Officer, Soko Farmers Trust   2018 – 2020\n- Advised farmers on soil fertility\n"
    )
    found, reason = one_verdict("At least 3 years' experience in horticultural crop production", resume)
    assert found == "met", reason


@pytest.mark.parametrize(("start", "expected"), [("Jan 2019", "met"), ("Jun 2025", "partial")])
def test_a_job_board_qualification_row_gives_years(start: str, expected: str) -> None:
    """ "Dental assisting: 2 years (Required)": the years of an Indeed-style qualification row."""
    resume = (
        f"Rosa Diaz\nEXPERIENCE\nDental Assistant, Smile Dental  {start} – Present\n- Chairside assisting\n"
    )
    [result] = results("Dental assisting: 2 years (Required)", resume)
    assert result.requirement.years is not None and result.requirement.years.min == 2
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("jobs", "expected"),
    [
        # 4 years in Toronto: Canadian experience; 6 years in Manila and 1 in Calgary: not enough
        ("Staff Accountant, Maple Ledger LLP, Toronto, ON  Jan 2022 – Present\n", "met"),
        (
            "Accountant, Calgary Freight Ltd, Calgary, AB  Jan 2025 – Present\n"
            "Senior Accountant, Luzon Holdings, Manila  Jan 2019 – Dec 2024\n",
            "partial",
        ),
        ("Senior Accountant, Luzon Holdings, Manila  Jan 2019 – Present\n", "missing"),
    ],
)
def test_years_asked_in_a_country_count_the_jobs_there(jobs: str, expected: str) -> None:
    """ "At least 2 years of accounting experience in Canada": only jobs whose lines name a place
    there (Toronto, Calgary) count."""
    resume = f"Maria Santos\nEXPERIENCE\n{jobs}- Month-end close and reconciliations\n"
    [result] = results("At least 2 years of accounting experience in Canada", resume)
    years = [p for p in result.parts if p.kind == "years"]
    assert years and years[0].verdict == expected, result.reason


def test_a_standard_named_for_a_country_is_no_place() -> None:
    """ "3+ years of UK GAAP accounting": the years are of UK GAAP, wherever they were spent."""
    resume = (
        "Tom Ng\nEXPERIENCE\nAccountant, Harbour Audit, Hong Kong  Jan 2019 – Present\n- UK GAAP accounts\n"
    )
    [result] = results("3+ years of UK GAAP accounting", resume)
    assert result.requirement.years is not None and result.requirement.years.regions == ()


def test_a_title_line_whose_dates_a_pdf_wrapped() -> None:
    """ "Senior Optometrist — Harbourside Eyecare, Auckland | March 2022 –" / "Present": one job."""
    resume = (
        "Grace Hill\nEXPERIENCE\nSenior Optometrist — Harbourside Eyecare, Takapuna | March 2022 –\n"
        "Present\n• Eye examinations\n"
        "Optometrist — EyeLine Optometrists, Manukau, Auckland | January 2019 –\n"
        "February 2022\n• Contact lens fitting\n"
    )
    [result] = results(
        "A minimum of 2 years' post-registration clinical experience as an optometrist", resume
    )
    years = [p for p in result.parts if p.kind == "years"]
    assert years and years[0].verdict == "met" and "2 jobs" in years[0].reason, result.reason


def test_a_reporters_jobs_are_years_on_a_news_desk() -> None:
    """Reporter, correspondent and sub-editor are titles of journalism (data/fields.yaml)."""
    resume = (
        "EXPERIENCE\n| Dates | Position | Outlet |\n|---|---|---|\n"
        "| Apr 2021 – present | Business reporter & sub-editor | Daily Mirror Colombo |\n"
        "| Jan 2017 – Mar 2021 | Correspondent | Lanka Wire |\n"
    )
    found, reason = verdict("At least five years reporting on a news desk", resume)
    assert found == "met", reason


def test_a_romance_field_is_shown_by_its_practitioner_s_title() -> None:
    """ "experiencia en ingeniería de procesos": jobs titled "Ingeniero de Procesos" are that work
    (Spanish and Portuguese name the field first and the title in either gender)."""
    resume = (
        "Andrés Villalobos\nEXPERIENCIA LABORAL\n"
        "Ingeniero de Procesos — Cervecería del Valle, Cochabamba · 01/2019 – actualidad\n"
        "- Balance de masa y energía de la línea de envasado\n"
    )
    found, reason = verdict("Mínimo 4 años de experiencia en ingeniería de procesos", resume)
    assert found == "met", reason


def test_how_a_role_is_held_is_not_part_of_its_title() -> None:
    """ "3+ years as an active ski instructor": jobs titled "Ski Instructor" are that role."""
    resume = (
        "Lena Berger\nEXPERIENCE\nSki Instructor, Skischule Arlberg, St. Anton · 12/2019 – 04/2026\n"
        "- Taught private and group lessons, levels 1-4\n"
    )
    found, reason = verdict("At least 3 years as an active ski instructor", resume)
    assert found == "met", reason
