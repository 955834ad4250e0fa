"""The degree checker: the level ladder and the field, "or equivalent experience" in the posting's
field, degree-dependent years, an expected degree (partly), a lower degree (missing) and "a
technical field" (needs a technical degree)."""

from __future__ import annotations

import pytest
from match_helpers import results, verdict

JOB = "EXPERIENCE\nSenior Engineer, Acme Corp   Jan 2019 – Present\n"
DEGREE_OR_YEARS = (
    "BS in Computer Science with 5+ years of experience, or MS with 3+ years of experience, or PhD"
)
MECHANICAL = "Bachelor's degree in Mechanical Engineering"
INTERN = (
    "EXPERIENCE\nMechanical Design Intern, Brandt Pumps   Jun 2025 – Aug 2025\n"
    "- Drew pump brackets in SolidWorks\n"
)
TECHNICAL = "Bachelor's degree in a technical field"
SALES_ENGINEER = (
    "EXPERIENCE\nSales Engineer, Voltline   Jun 2019 – Present\n- Demoed PLC training kits to 40 colleges\n"
)


def education(degree: str, start: str) -> str:
    return (
        f"EXPERIENCE\nSoftware Engineer, Acme Corp   {start} – Present\n- Built data services\n"
        f"EDUCATION\n{degree}, State University, 2015\n"
    )


@pytest.mark.parametrize(
    "requirement, resume, expected",
    [
        ("BS in Computer Science", "EDUCATION\nB.Sc. Computer Science, State University, 2015", "met"),
        # a lower degree than the one asked does not meet it, even in part
        ("Master's degree in Computer Science", "EDUCATION\nB.S. Computer Science, 2015", "missing"),
        ("BS in Computer Science or equivalent experience", JOB + "- Shipped things\n", "met"),
        ("PhD in Physics", "EDUCATION\nBA in History, 2010", "missing"),
        ("BS in Physics", "EDUCATION\nBA in History, 2010", "missing"),  # the level in an unrelated field
        ("Bachelor's degree in Engineering", "SKILLS\nPython", "missing"),
    ],
)
def test_degree_levels_and_equivalent_experience(requirement: str, resume: str, expected: str) -> None:
    found, _ = verdict(requirement, resume)
    assert found == expected


@pytest.mark.parametrize(
    ("degree", "start", "expected", "checked_as"),
    [
        ("M.S. in Computer Science", "Jan 2023", "met", "master + 3 years"),  # 3.8 years suffice with an MS
        ("B.S. in Computer Science", "Jan 2023", "partial", "bachelor + 5 years"),  # a BS needs 5
        ("B.S. in Computer Science", "Jan 2021", "met", "bachelor + 5 years"),
        ("Ph.D. in Computer Science", "Sep 2025", "met", "phd"),  # a PhD needs no years
    ],
)
def test_degree_dependent_years(degree: str, start: str, expected: str, checked_as: str) -> None:
    found, reason = verdict(DEGREE_OR_YEARS, education(degree, start))
    assert found == expected, reason
    assert f"checked as {checked_as}" in reason


def test_degree_or_degree_with_shared_years_is_not_split() -> None:
    """ "BS or MS in CS and 3+ years": 3 years with either degree."""
    found, reason = verdict(
        "BS or MS in Computer Science and 3+ years of experience",
        education("M.S. in Computer Science", "Jan 2025"),
    )
    assert found == "partial" and "needs 3+ years" in reason and "offers" not in reason


def test_years_offered_instead_of_a_degree_are_not_required_with_the_degree() -> None:
    line = "Bachelor's or Master's degree in Computer Science, or 6+ years of equivalent experience"
    found, reason = verdict(line, education("B.S. in Computer Science", "Jan 2024"))
    assert found == "met" and "needs 6" not in reason
    found, reason = verdict(line, JOB + "- Python services on Kubernetes\n")
    assert found == "met" and "count as equivalent" in reason  # 7.8 years, no degree


def test_equivalent_experience_must_be_in_the_posting_s_field() -> None:
    """Twelve years of nursing do not stand in for a computer science degree."""
    requirements = "BS in Computer Science or equivalent practical experience\nExperience with Python"
    nurse = (
        "EXPERIENCE\nRegistered Nurse, City Hospital   Jan 2014 – Present\n- Patient care in the ICU\n"
        "EDUCATION\nBSN, Nursing, State University, 2013\n"
    )
    [degree, _] = results(requirements, nurse)
    assert degree.verdict == "missing", degree.reason
    assert "unrelated to computer science" in degree.reason  # the field named, not its id
    assert "count as equivalent" not in degree.reason


# --- expected, lower, held ---------------------------------------------------------------------


def test_an_expected_degree_is_not_held_yet_and_said_so() -> None:
    """As recruiters judge it: a degree expected next year does not meet a degree requirement."""
    [result] = results(
        MECHANICAL, INTERN + "EDUCATION\nB.S. Mechanical Engineering, Purdue University, expected May 2027\n"
    )
    assert result.verdict == "missing"
    assert "expected, not held yet" in result.reason
    assert result.evidence[0].text == "B.S. Mechanical Engineering, Purdue University, expected May 2027"
    assert result.gap.startswith("bachelor degree")


def test_the_same_degree_completed_is_met() -> None:
    found, reason = verdict(
        MECHANICAL, INTERN + "EDUCATION\nB.S. Mechanical Engineering, Purdue University, 2024\n"
    )
    assert found == "met" and "has bachelor degree" in reason


@pytest.mark.parametrize(
    ("requirement", "resume", "held"),
    [
        (
            MECHANICAL,
            INTERN + "EDUCATION\nAssociate of Applied Science, Engineering Technology, Ivy Tech, 2023\n",
            "associate",
        ),
        (
            "Master's degree in Nursing (MSN)",
            "EXPERIENCE\nRegistered Nurse, Mercy General   Jun 2019 – Present\n- Med-surg patient care\n"
            "EDUCATION\nBachelor of Science in Nursing (BSN), Ohio State University, 2019\n",
            "bachelor",
        ),
    ],
)
def test_a_lower_degree_is_missing(requirement: str, resume: str, held: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == "missing"
    assert f"has {held} degree, below the" in reason


def test_a_juris_doctor_meets_a_jd_line() -> None:
    resume = (
        "EXPERIENCE\nAssociate Attorney, Crane & Whitlock LLP   Sep 2020 – Present\n"
        "- Drafted commercial leases\n"
        "EDUCATION\nJ.D., University of Texas School of Law, 2020\n"
    )
    found, reason = verdict("Juris Doctor (JD) from an ABA-accredited law school", resume)
    assert found == "met", reason


def test_a_master_of_education_meets_a_bachelor_s_in_education() -> None:
    found, reason = verdict(
        "Bachelor's degree in Education",
        "EXPERIENCE\nTeacher, Lincoln High School   Aug 2015 – Present\n- Taught algebra to 150 students\n"
        "EDUCATION\nM.Ed. in Curriculum and Instruction, Ohio University, 2018\n",
    )
    assert found == "met", reason


# --- "a technical field" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("degree", "expected", "said"),
    [
        ("B.S. in Electrical Engineering, Georgia Tech, 2019", "met", "a technical field"),
        ("B.S. in Physics, Georgia Tech, 2019", "met", "a technical field"),
        ("B.A. in English Literature, Boston College, 2019", "partial", "not a technical field"),
    ],
)
def test_a_technical_field_needs_a_technical_degree(degree: str, expected: str, said: str) -> None:
    [result] = results(TECHNICAL, SALES_ENGINEER + f"EDUCATION\n{degree}\n")
    assert result.verdict == expected, result.reason
    assert said in result.reason
    assert result.evidence[0].text == degree


# --- a profession's own degree is its own field: pharmacy ------------------------------------------


PHARMACY_DEGREE = "PharmD or Bachelor of Science in Pharmacy from an accredited college of pharmacy"


@pytest.mark.parametrize(
    "education",
    [
        "B.Pharm - Government College of Pharmacy, Aurangabad - 2016",
        "MPharm (Hons) Pharmacy, University of Nottingham, 2014",
        "M.Pharm (Pharmaceutics) - JSS College of Pharmacy, Mysuru - 2018",
    ],
)
def test_pharmacy_degrees_as_other_countries_write_them(education: str) -> None:
    resume = (
        "EXPERIENCE\nHospital Pharmacist, City General Hospital   Jul 2018 – Present\n"
        "- Order verification and IV admixture\nEDUCATION\n" + education + "\n"
    )
    found, reason = verdict(PHARMACY_DEGREE, resume)
    assert found == "met", reason


def test_a_nursing_degree_is_not_a_pharmacy_degree() -> None:
    resume = (
        "EXPERIENCE\nStaff Nurse, City General Hospital   Jul 2018 – Present\n- Med-surg patient care\n"
        "EDUCATION\nBachelor of Science in Nursing (BSN), Wayne State University, 2018\n"
    )
    found, reason = verdict(PHARMACY_DEGREE, resume)
    assert found == "missing", reason


HOSPITALITY_DIPLOMA = "Diploma or Advanced Diploma in Hospitality Management"
KITCHEN_JOB = "EXPERIENCE\nRestaurant Supervisor, Quay Dining   Jan 2020 – Present\n- Ran the floor\n"


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Advanced Diploma of Hospitality Management — TAFE NSW, 2019", "met"),  # a diploma is a level
        ("Bachelor of Business (Hospitality Management), Griffith University, 2018", "met"),  # a higher one
        ("HND in Hospitality Management, Edinburgh College, 2017", "met"),  # the UK's Higher National Diploma
    ],
)
def test_a_vocational_diploma_is_a_qualification_of_its_own(held: str, expected: str) -> None:
    found, reason = verdict(HOSPITALITY_DIPLOMA, KITCHEN_JOB + f"EDUCATION\n{held}\n")
    assert found == expected, reason


def test_a_diploma_is_not_a_bachelors_degree() -> None:
    found, reason = verdict(
        "Bachelor's degree in Hospitality Management",
        KITCHEN_JOB + "EDUCATION\nDiploma of Hospitality Management, William Angliss Institute, 2016\n",
    )
    assert found != "met", reason


def test_a_degree_offered_as_another_way_in_is_an_alternative() -> None:
    """ "(Diploma holders with 6+ years may also apply)": the diploma route needs the years, the
    bachelor's does not."""
    line = "B.Sc. in Mechanical Engineering (Diploma holders with 6+ years in maintenance may also apply)"
    job = "EXPERIENCE\nMaintenance Engineer, Tata Auto   Jan 2023 – Present\n- Ran preventive maintenance\n"
    graduate = job + "EDUCATION\nB.Sc. Mechanical Engineering, Anna University, 2022\n"
    found, reason = verdict(line, graduate)
    assert found == "met", reason
    diploma_holder = job + "EDUCATION\nDiploma in Mechanical Engineering, Govt. Polytechnic Nagpur, 2022\n"
    assert verdict(line, diploma_holder)[0] != "met"


@pytest.mark.parametrize(
    "education",
    [
        "DEC en Techniques de comptabilité et de gestion - Cégep de Sherbrooke, 2017",
        "Business Administration - Accounting (Ontario College Diploma), Seneca College, 2018",
    ],
)
def test_a_college_diploma_meets_a_post_secondary_diploma_or_degree(education: str) -> None:
    """ "Post-secondary diploma or degree": a Quebec DEC or an Ontario college diploma is one;
    "post-secondary" is no term to search for."""
    resume = f"{JOB}- Ran month-end payroll\nEDUCATION\n{education}\n"
    found, reason = verdict("Post-secondary diploma or degree in accounting or business", resume)
    assert found == "met", reason
    assert "Post-secondary" not in reason


@pytest.mark.parametrize(
    ("resume", "expected"),
    [
        (
            "EXPERIENCE\nPlumber, Harlow Mechanical   Sep 2019 – Present\n- Commercial plumbing installs\n"
            "TRAINING\nCompleted a four-year plumbing apprenticeship, 2015 – 2019\n",
            "met",
        ),
        ("EDUCATION\nAssociate of Applied Science in Construction Technology, Delta College, 2018\n", "met"),
        (
            "EXPERIENCE\nWarehouse Associate, Fulfil Co   Jan 2020 – Present\n- Picking and packing\n",
            "missing",
        ),
    ],
)
def test_a_degree_offered_as_the_other_way_to_meet_the_line(resume: str, expected: str) -> None:
    """ "X or an associate degree": either one meets the line, not both."""
    found, reason = verdict(
        "Completion of a plumbing apprenticeship or an associate degree in construction technology", resume
    )
    assert found == expected, reason


@pytest.mark.parametrize(
    "education",
    [
        "EDUCATION\nBA (Hons) Social Work — 3rd year student, Northbridge University\n",
        "EDUCATION\nBEng Civil Engineering, Coastal Technical University (final-year)\n",
        "EDUCATION\nBachelor of Nursing, Southern Cross College — second year\n",
    ],
)
def test_a_student_s_degree_is_not_held_yet(education: str) -> None:
    found, reason = verdict("Bachelor's degree in a relevant field", education)
    assert found == "missing" and "not held yet" in reason, reason


def test_a_degree_that_needs_experience_beside_it_is_not_the_other_way_alone() -> None:
    """ "A certificate, or a bachelor's degree plus equivalent experience": the degree alone is
    not enough."""
    found, reason = verdict(
        "Payroll certificate from an accredited program, or a bachelor's degree plus equivalent payroll"
        " experience",
        "EDUCATION\nBA History, Lakehead University, 2019\n",
    )
    assert found != "met", reason


@pytest.mark.parametrize(
    ("line", "education", "expected"),
    [
        (
            "GCSE Maths and English at grade 4 or above",
            "EDUCATION\nGCSEs (2012): 8 at grades 9-4 including Maths 6 and English 5\n",
            "met",
        ),
        (
            "High school diploma or GED",
            "EDUCATION\nHigh School Diploma, Roosevelt High School, 2011\n",
            "met",
        ),
        ("High school diploma or GED", "EDUCATION\nBSc Biology, University of Ghana, 2016\n", "met"),
        (
            "Diploma in Early Childhood Education",
            "EDUCATION\nHigh School Diploma, Roosevelt High School, 2011\n",
            "missing",
        ),
        (
            "Bachelor's degree in any discipline",
            "EDUCATION\nA-levels: Maths A, Physics B, Chemistry B (2015)\n",
            "missing",
        ),
    ],
)
def test_school_leaving_qualifications_are_a_level_below_a_diploma(
    line: str, education: str, expected: str
) -> None:
    found, reason = verdict(line, education)
    assert found == expected, reason


@pytest.mark.parametrize(
    "line",
    ["Experience teaching high school mathematics", "Maintain a level of professionalism at all times"],
)
def test_everyday_words_are_no_school_qualification(line: str) -> None:
    from jobmatch.phrases import parse_degree

    assert parse_degree(line) is None


def test_a_postgraduate_diploma_is_a_step_toward_a_masters_not_one() -> None:
    resume = (
        "EDUCATION\nPostgraduate Diploma (PGD) in Management — University of Lagos, 2018\n"
        "B.Sc. Accounting — University of Ibadan, 2012\n"
        "EXPERIENCE\nBranch Operations Manager, Unity Bank   Jan 2013 – Present\n- Ran the branch\n"
    )
    found, reason = verdict("MBA or a relevant Master's degree", resume)
    assert found == "partial", reason
    assert "step toward the master" in reason
    assert verdict("Bachelor's degree in Accounting or Finance", resume)[0] == "met"


def test_a_certificate_a_grade_below_the_one_asked_is_partly_met() -> None:
    """Certificate III held for "Certificate IV in ...": the same ladder of qualifications, a step
    below (Australian AQF levels; "Cert IV" written short counts too)."""
    resume = (
        "QUALIFICATIONS\nCertificate III in Light Vehicle Mechanical Technology (AUR30620), 2021\n"
        "EXPERIENCE\nLight Vehicle Mechanic, Golden Square Auto   Jan 2022 – Present\n- Logbook services\n"
    )
    found, reason = verdict("Certificate IV in Automotive Mechanical Diagnosis (AUR40216)", resume)
    assert found == "partial", reason
    assert "grade below" in reason
    assert verdict("Cert III in Light Vehicle Mechanical Technology", resume)[0] == "met"


def test_years_in_the_postings_own_role_stand_in_for_a_degree() -> None:
    """ "Bachelor's degree or equivalent work experience" for a claims adjuster: seven years as an
    adjuster are equivalent even where the job lines name none of the posting's skills."""
    resume = (
        "EXPERIENCE\nAuto Physical Damage Adjuster, Lakeshore Mutual   Jun 2019 – Present\n"
        "- Inspected 1,200 damaged vehicles and settled claims up to $25,000\n"
        "EDUCATION\nAssociate of Applied Science, Business Management, 2014\n"
    )
    lines = "Bachelor's degree or equivalent work experience\nXactimate estimating"
    first = results(lines, resume, preamble="Property Claims Adjuster")[0]
    assert first.verdict == "met", first.reason


def test_school_leaving_and_first_degrees_named_otherwise() -> None:
    """ "Completed high school (Grade 12 or equivalent)" is met by a Tawjihi or a Matura; "a
    degree in logistics" (no level) by a Polish engineer's degree in logistics."""
    from match_helpers import verdict

    tawjihi = "EDUCATION\nTawjihi (General Secondary Education Certificate) - Scientific stream, 2022\n"
    assert verdict("Applicants must have completed high school (Grade 12 or equivalent)", tawjihi)[0] == "met"
    inz = "EDUCATION\nEngineer's degree (inż.) in Logistics, Poznan University of Technology, 2019\n"
    outcome, reason = verdict("A degree in logistics, supply chain management or similar", inz)
    assert outcome == "met" and "None" not in reason, reason


@pytest.mark.parametrize(
    ("requirement", "education", "expected"),
    [
        # a qualification framework's level stands for the degree level it is (Ireland, South
        # Africa, England, Australia)
        (
            "An honours degree at Level 8 or higher on the National Framework of Qualifications",
            "BA (Hons) History and Politics, Maynooth University, 2018",
            "met",
        ),
        (
            "A relevant NQF level 7 qualification in Accounting",
            "BCom Accounting, University of Pretoria, 2016",
            "met",
        ),
        (
            "A relevant NQF level 7 qualification in Accounting",
            "National Senior Certificate (Matric), 2012",
            "missing",
        ),
        (
            "RQF Level 6 qualification in Social Work or equivalent",
            "MA Social Work, University of Leeds, 2019",
            "met",
        ),
        (
            "AQF Level 5 Diploma of Early Childhood Education and Care",
            "Diploma of Early Childhood Education, 2020",
            "met",
        ),
        # a stage of education, not a field: a basic vocational school meets it
        (
            "Secondary or vocational education",
            "Basic Vocational School No. 4 in Radom - electrician, 2009",
            "met",
        ),
        ("Completed secondary education", "Technikum Mechaniczne w Kielcach, 2014", "met"),
        # "a postgraduate qualification" is past the first degree
        (
            "A postgraduate qualification in a relevant discipline",
            "MSc Public Policy, University College Cork",
            "met",
        ),
        (
            "A postgraduate qualification in a relevant discipline",
            "BA Economics, Trinity College Dublin, 2015",
            "missing",
        ),
    ],
)
def test_qualification_levels_named_by_framework_or_stage(
    requirement: str, education: str, expected: str
) -> None:
    assert verdict(requirement, f"EDUCATION\n{education}\n")[0] == expected


@pytest.mark.parametrize(
    "held", ["BVetMed, Royal Veterinary College, 2016", "DVM, Ohio State University, 2018"]
)
def test_veterinary_first_degrees_as_countries_name_them(held: str) -> None:
    assert verdict("A BVSc or equivalent veterinary degree", f"EDUCATION\n{held}\n")[0] == "met"


@pytest.mark.parametrize(
    ("education", "expected"),
    [
        (
            "Senior High: Humanities and Social Sciences Strand, Lapu-Lapu City National High School, 2021",
            "met",
        ),
        ("BS Tourism Management, University of Cebu, 2019", "met"),
    ],
)
def test_school_or_years_in_college_asked_is_education_not_experience(education: str, expected: str) -> None:
    """ "Senior High School graduate (K-12) or at least 2 years in college": the years are of
    college, not of work; a high school named on a résumé's education line is its diploma."""
    [result] = results(
        "Senior High School graduate (K-12) or at least 2 years in college; college graduates welcome",
        f"EDUCATION\n{education}\n",
    )
    assert result.requirement.years is None
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("education", "expected"),
    [
        ("BS Criminology, University of Cebu, 2019", "met"),
        ("Senior High School, Cebu City National High School, 2016", "missing"),
    ],
)
def test_years_of_college_asked_are_a_degree_s_level(education: str, expected: str) -> None:
    """ "At least 2 years of college": an associate's level of study, not years of work."""
    [result] = results("Completed at least 2 years of college", f"EDUCATION\n{education}\n")
    assert result.requirement.years is None and result.requirement.degree is not None
    assert result.verdict == expected, result.reason


def test_a_spanish_engineering_degree_line() -> None:
    """ "Escolaridad: Técnico o Ingeniería en Mantenimiento/Mecánica": a Mexican CV's "Ingeniería en
    Mantenimiento Industrial" is that degree."""
    education = "Ingeniería en Mantenimiento Industrial — Universidad Tecnológica de Jalisco, 2019 (Titulado)"
    [result] = results(
        "Escolaridad: Técnico o Ingeniería en Mantenimiento/Mecánica", f"EDUCACIÓN\n{education}\n"
    )
    assert result.requirement.degree is not None and result.verdict in ("met", "partial"), result.reason


@pytest.mark.parametrize(
    ("asked", "held", "expected"),
    [
        # the European "Master in", and the French "Bac+5" (five years after the baccalauréat)
        ("A master's degree in hospitality or tourism", "Master in Tourism Management", "met"),
        ("Bac+4/5 degree in finance or law", "Master (Bac+5) Droit des Affaires, Law", "met"),
        ("Bac+5 degree in engineering", "Licence (Bac+3) Génie Civil, Civil Engineering", "missing"),
        # one head noun for a list of fields: "Petroleum, Chemical or Mechanical Engineering"
        (
            "Bachelor's degree in Petroleum, Chemical or Mechanical Engineering",
            "MSc Petroleum Engineering",
            "met",
        ),
        # a field the vocabulary does not know is compared word for word, not read as any field
        (
            "Diploma in Medical Imaging Technology or a B.Sc. in Medical Imaging",
            "B.Sc. Medical Imaging",
            "met",
        ),
        (
            "Diploma in Medical Imaging Technology or a B.Sc. in Medical Imaging",
            "B.Sc. in Physics",
            "partial",
        ),
        ("Bachelor's degree in any field", "B.A. in History", "met"),
    ],
)
def test_degree_names_of_other_countries_and_fields_the_vocabulary_lacks(
    asked: str, held: str, expected: str
) -> None:
    resume = f"{JOB}- Ran the unit\nEDUCATION\n{held}, Université de Lyon, 2015\n"
    found, reason = verdict(asked, resume)
    assert found == expected, reason


def test_a_role_named_master_and_a_named_diploma_are_no_degree_asked() -> None:
    """ "Scrum Master in agile teams" is a role; "CIPD Level 7 Diploma", "the IB Diploma
    Programme" are a body's qualifications, checked as credentials."""
    for line in (
        "Experience as a Scrum Master in agile teams",
        "CIPD Level 7 Diploma or equivalent",
        "Familiarity with the IB Diploma Programme and CAS",
    ):
        [result] = results(line, JOB)
        assert result.requirement.degree is None, line


@pytest.mark.parametrize(
    ("asked", "held", "expected"),
    [
        ("Bachelor's degree in any field, ideally Hospitality Management", "B.A. in Sociology", "met"),
        (
            "Vocational qualification as a baker or a degree in food technology",
            "Baker vocational qualification",
            "met",
        ),
    ],
)
def test_any_field_and_a_vocational_qualification(asked: str, held: str, expected: str) -> None:
    found, reason = verdict(asked, f"{JOB}- Ran the unit\nEDUCATION\n{held}, City College, 2015\n")
    assert found == expected, reason


@pytest.mark.parametrize(
    ("asked", "held", "expected"),
    [
        # a field the vocabulary does not know, with "or a related field": not met on trust
        ("Degree in Apiculture or a related field", "BA in Philosophy", "partial"),
        ("Bachelor's degree in Horology or a related discipline", "BA in Fine Art", "partial"),
        # the same field spelt the other way is the field asked
        ("Degree in Apiculture or a related field", "BSc Apiculture and Pollination", "met"),
        ("Bachelor's degree in Paediatric Audiology or a related field", "BSc Pediatric Audiology", "met"),
    ],
)
def test_an_unknown_field_or_a_related_one_is_compared_word_for_word(
    asked: str, held: str, expected: str
) -> None:
    resume = f"Ola Berg\n{JOB}- Ran the site\nEDUCATION\n{held}, Nordland University, 2014\n"
    found, reason = verdict(asked, resume)
    assert found == expected, reason
    if expected == "partial":
        assert "was not judged" in reason


def test_an_instrument_named_with_ms_is_not_a_masters_degree() -> None:
    """ "GC-MS or LC-MS/MS": mass spectrometry, not a Master of Science below which a BSc falls."""
    resume = (
        "Priya Das\nEXPERIENCE\nAnalyst, Coastline Labs  2019 – Present\n- Ran residue panels on GC-MS\n"
        "EDUCATION\nBSc Chemistry, Anna University, 2018\n"
    )
    [result] = results("Hands-on experience with GC-MS or LC-MS/MS", resume)
    assert result.requirement.degree is None
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Gesellenbrief Tischler, Handwerkskammer München, 2012", "met"),
        ("Eidg. Fähigkeitszeugnis Zimmermann EFZ, 2015", "met"),
        ("Eidg. Fähigkeitszeugnis Koch EFZ, 2015", "partial"),  # another trade
    ],
)
def test_a_trade_apprenticeship_is_checked_for_the_trades_the_line_names(held: str, expected: str) -> None:
    asked = "A completed apprenticeship as a Tischler, Zimmermann or joiner, or an equivalent qualification"
    resume = f"Jonas Keller\n{JOB}- Fitted stairs\nAUS- UND WEITERBILDUNG\n{held}\n"
    found, reason = verdict(asked, resume)
    assert found == expected, reason


def test_where_a_qualification_is_from_is_no_term_to_search() -> None:
    """ "or an equivalent foreign qualification": "foreign" alone would find nothing or anything."""
    [result] = results(
        "A Level 4 diploma in Horticulture, or an equivalent foreign qualification",
        f"Ana Silva\n{JOB}- Ran the nursery\nEDUCATION\nDiploma in Horticulture, Massey, 2012\n",
    )
    terms = [t.text.lower() for g in result.requirement.groups for t in g.terms]
    assert "foreign" not in terms, terms
    assert result.verdict == "met", result.reason


def test_a_degree_line_that_takes_one_under_way() -> None:
    """ "Licenciatura en Enfermería, concluida o en curso": a nursing degree still being studied
    meets it; one in another field does not."""
    asked = "Licenciatura en Enfermería, concluida o en curso"
    studying = (
        "Camila Rojas\nEXPERIENCIA\nAuxiliar de enfermería, Clínica Santa María · 03/2022 – actualidad\n"
        "- Control de signos vitales\nEDUCACIÓN\n"
        "Licenciatura en Enfermería – en curso (4.º año), Universidad de Chile\n"
    )
    found, reason = verdict(asked, studying)
    assert found == "met", reason
    other = studying.replace("Enfermería – en curso", "Derecho – en curso")
    found, reason = verdict(asked, other)
    assert found != "met", reason
