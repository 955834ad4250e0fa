"""Classes read from the 65th probe's leftovers, each on our own examples, via the CLI:

- "QA/QC" is quality assurance and control of the work, not software QA: "Quality control: slump
  and cube tests" shows it;
- the daily practices of site safety (toolbox talks, permits to work, safety briefings) show
  health-and-safety knowledge; medication rounds show medication administration;
- a membership whose next cell says "Application submitted ... awaiting interview" is not held;
- "Study towards a CIPD qualification" is met by the qualification in progress, and "Study" is no
  term to search for;
- work authorisation is stated by the candidate, not by the clients' visas a job line names;
- a duties paragraph's sentence that plainly asks ("..., so you need to be comfortable ...") is a
  requirement of a prose posting;
- an enrolled nurse's registration is a lower grade of a registered nurse's, and "Enrolled Nurse"
  or "Enrolled Agent" is a title, not an enrolment.
"""

from __future__ import annotations

SITE = """Site Supervisor — Kestrel Civil, Perth

Essential criteria
- QA/QC experience on concrete pours and earthworks
- Sound knowledge of workplace health and safety on civil sites
- Corporate member of Engineers Australia
"""

SUPERVISOR = """Liam O'Connor
Perth WA

EXPERIENCE
Leading Hand — Redgum Civil, Perth (2019 – present)
- Quality control of concrete pours: slump tests, cube samples and pour records for each bridge deck
- Ran daily toolbox talks and permit-to-work checks before excavation and lifting
- Held weekly safety briefings with subcontractor crews

MEMBERSHIPS
Engineers Australia – Corporate Member (MIEAust) | Application submitted 10/2026 – awaiting interview
"""


def test_site_quality_control_and_safety_practices_are_shown_by_the_work(score_lines) -> None:
    rows = score_lines(SITE, SUPERVISOR)
    quality = rows["QA/QC experience on concrete pours and earthworks"]
    assert quality["verdict"] != "missing"
    assert "Quality Assurance" not in quality["reason"]  # not software QA
    assert rows["Sound knowledge of workplace health and safety on civil sites"]["verdict"] == "met"


def test_a_membership_applied_for_is_not_held(score_lines) -> None:
    rows = score_lines(SITE, SUPERVISOR)
    assert rows["Corporate member of Engineers Australia"]["verdict"] == "missing"
    held = SUPERVISOR.replace("Application submitted 10/2026 – awaiting interview", "since 2021")
    assert score_lines(SITE, held)["Corporate member of Engineers Australia"]["verdict"] == "met"


WARD = """Enrolled Nurse — Coastal Health, Newcastle

Essential
- Experience with medication administration in a hospital setting
"""


def test_medication_rounds_show_medication_administration(score_lines) -> None:
    resume = (
        "Grace Mwangi\n\nEXPERIENCE\nAssistant in Nursing — Lakeside Private Hospital (2021 – present)\n"
        "- Medication rounds with the RN on a 28-bed surgical ward\n"
    )
    rows = score_lines(WARD, resume)
    assert rows["Experience with medication administration in a hospital setting"]["verdict"] == "met"


HR = """HR Advisor — Fenwick Foods, Leeds

What you will bring
- Study towards a CIPD qualification is desirable
"""


def test_study_towards_a_qualification_is_met_while_in_progress(score_lines) -> None:
    resume = (
        "Hannah Price\n\nEXPERIENCE\nHR Administrator — Fenwick Foods (2022 – present)\n- Payroll changes\n\n"
        "EDUCATION\nCIPD Level 5 Associate Diploma in People Management – enrolled 2025, "
        "4 of 6 units passed\n"
    )
    row = score_lines(HR, resume)["Study towards a CIPD qualification is desirable"]
    assert row["verdict"] == "met"
    assert "Study" not in row["reason"]
    nothing = resume.split("EDUCATION")[0]
    assert score_lines(HR, nothing)["Study towards a CIPD qualification is desirable"]["verdict"] == "missing"


MIGRATION = """Migration Paralegal — Harbour Visa Lawyers, Sydney

Essential
- Australian citizenship or permanent residency
"""


def test_the_clients_citizenship_in_a_job_line_is_no_work_authorisation(score_lines) -> None:
    resume = (
        "Mei Lin Tan\n\nEXPERIENCE\nMigration Assistant — Southgate Migration (2022 – present)\n"
        "- Prepared Australian citizenship and permanent residence applications for clients\n"
    )
    row = score_lines(MIGRATION, resume)["Australian citizenship or permanent residency"]
    assert row["verdict"] != "met"
    stated = resume + "\nPERSONAL DETAILS\nAustralian citizen\n"
    assert score_lines(MIGRATION, stated)["Australian citizenship or permanent residency"]["verdict"] == "met"


PROSE = """Practice Administrator — Ridgeway Dental, Bristol

We are a busy four-chair practice in Clifton. Day to day you will run the front desk, book
appointments and chase unpaid invoices. You will be the patients' first point of contact, so you
need to be comfortable explaining treatment costs clearly over the phone.

To be considered you will have at least two years of experience in a dental or medical reception.
Experience with Dentally or SOE is a plus.
"""


def test_a_duties_sentence_that_plainly_asks_is_a_requirement(extract_text) -> None:
    report = extract_text(PROSE)
    texts = [r["text"] for r in report["minimum"] + report["preferred"]]
    assert any("you need to be comfortable explaining" in t for t in texts)
    assert not any(t.startswith("Day to day you will run") for t in texts)


NURSE = """Registered Nurse — Banksia Aged Care, Sydney

Essential
- Current registration as a Registered Nurse with AHPRA
- IRS Enrolled Agent (EA) credential
"""


def test_an_enrolled_nurses_registration_is_a_lower_grade(score_lines) -> None:
    resume = (
        "Joy Dizon\n\nREGISTRATION\nAHPRA: Enrolled Nurse, NMW0001234567 (registered since 2022)\n"
        "Enrolled Agent (IRS), 2019\n\n"
        "EXPERIENCE\nEnrolled Nurse — Banksia Aged Care, Sydney (2022 – present)\n- Wound dressings\n"
    )
    rows = score_lines(NURSE, resume)
    registration = rows["Current registration as a Registered Nurse with AHPRA"]
    assert registration["verdict"] == "partial"
    assert "lower grade" in registration["reason"]
    # "Enrolled Agent" is held, not an enrolment in progress
    assert rows["IRS Enrolled Agent (EA) credential"]["verdict"] == "met"
    registered = resume.replace("AHPRA: Enrolled Nurse", "AHPRA: Registered Nurse")
    rows = score_lines(NURSE, registered)
    assert rows["Current registration as a Registered Nurse with AHPRA"]["verdict"] == "met"


PILOT = """Second Officer — Tasman Regional, Hobart

Minimum requirements
- Dash 8 type rating with at least 500 hours on type
- A minimum of 1,500 hours total time
"""


def test_a_logbook_tables_hours_are_counted(score_lines) -> None:
    resume = (
        "Aroha Ngata\n\nFLIGHT TIME (as of Oct 2026)\nTotal time 2,140 h\n"
        "Dash 8 Q300 (SIC) | 1,380.5 hours\n\n"
        "EXPERIENCE\nFirst Officer – Dash 8 Q300, Sounds Air Link (2021 – present)\n"
        "- Scheduled regional services\n"
    )
    rows = score_lines(PILOT, resume)
    assert rows["A minimum of 1,500 hours total time"]["verdict"] == "met"
    assert "2,140" in rows["A minimum of 1,500 hours total time"]["reason"]
    short = resume.replace("Total time 2,140 h", "Total time 940 h").replace("1,380.5", "610.0")
    assert score_lines(PILOT, short)["A minimum of 1,500 hours total time"]["verdict"] == "partial"


SCHOOL = """Payroll Clerk — Highveld Mills, Pretoria

Minimum requirements
- Matric (National Senior Certificate)
"""


def test_a_tertiary_diploma_shows_the_school_leaving_certificate(score_lines) -> None:
    resume = (
        "Sipho Ndlovu\n\nEXPERIENCE\nPayroll Assistant — Highveld Mills (2022 – present)\n- Weekly wages\n\n"
        "EDUCATION\nNational Diploma: Cost and Management Accounting — Vaal University of Technology, 2021\n"
    )
    row = score_lines(SCHOOL, resume)["Matric (National Senior Certificate)"]
    assert row["verdict"] == "met"
    assert "not found as a credential" not in row["reason"]
    assert score_lines(SCHOOL, resume.split("EDUCATION")[0])["Matric (National Senior Certificate)"][
        "verdict"
    ] == ("missing")


REPORTING = """Insights Analyst — Fernhill Retail, Durban

Requirements
- Able to present findings clearly to non-technical stakeholders
"""


def test_a_presentation_to_a_named_audience_shows_presenting_insights(score_lines) -> None:
    resume = (
        "Thandi Khumalo\n\nEXPERIENCE\nReporting Analyst — Coastline Foods (2021 – present)\n"
        "- Present the monthly sales review to the regional directors and the board\n"
    )
    line = "Able to present findings clearly to non-technical stakeholders"
    assert score_lines(REPORTING, resume)[line]["verdict"] == "met"
    standup = resume.replace(
        "the monthly sales review to the regional directors and the board", "at stand-ups"
    )
    assert score_lines(REPORTING, standup)[line]["verdict"] == "partial"


CHARITY = """Volunteer Coordinator — Brightside Trust, Cardiff

Essential criteria
- At least 2 years' experience recruiting volunteers in a charity or not-for-profit organisation
- Strong organisation skills
"""


def test_an_organisation_one_works_in_is_no_sign_of_being_organised(extract_text) -> None:
    report = extract_text(CHARITY)
    kinds = {
        r["text"]: {term["kind"] for group in r["groups"] for term in group["terms"]}
        for r in report["minimum"]
    }
    assert (
        "competency"
        not in kinds[
            "At least 2 years' experience recruiting volunteers in a charity or not-for-profit organisation"
        ]
    )
    assert "competency" in kinds["Strong organisation skills"]


TRAINER = """Workplace Trainer — Riverina Health, Wagga Wagga

Desirable
- Certificate IV in Training and Assessment (TAE40122)
"""


def test_an_earlier_release_of_a_coded_qualification_is_partly_it(score_lines) -> None:
    resume = (
        "Ana Cruz\n\nEXPERIENCE\nClinical Educator — Westmead Hospital (2020 – present)\n"
        "- Staff inductions\n\n"
        "EDUCATION\nCertificate IV in Training and Assessment (TAE40116) - 2021\n"
    )
    row = score_lines(TRAINER, resume)["Certificate IV in Training and Assessment (TAE40122)"]
    assert row["verdict"] == "partial"
    assert "TAE40116" in row["reason"]
    current = resume.replace("TAE40116", "TAE40122")
    assert (
        score_lines(TRAINER, current)["Certificate IV in Training and Assessment (TAE40122)"]["verdict"]
        == "met"
    )
