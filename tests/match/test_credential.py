"""The credential checker: a licence or certification named where credentials are listed, and its
state: held is met, expired (lapsed) is partly met, booked or in progress is missing unless the
line accepts it ("or CPA-eligible", "or ability to obtain within 12 months")."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AS_OF, make_docx
from match_helpers import results, verdict, verdicts

NURSE_POSTING = """Graduate of an accredited school of nursing
Current, unrestricted RN license in the State of Ohio
BLS and ACLS certification from the American Heart Association
Minimum 2 years of acute care experience as an RN
Epic EHR experience"""

NURSE = """ANGELA BROOKS, RN, BSN
LICENSURE & CERTIFICATIONS
Registered Nurse, State of Ohio, License RN.456789 (exp. 10/2027)
BLS (American Heart Association), exp. 2026
ACLS (American Heart Association), exp. 2026
CLINICAL EXPERIENCE
Staff Nurse, Medical-Surgical Unit, Miami Valley Hospital   Jun 2019 – Present
- 5:1 patient assignments on a 30-bed med-surg unit; Epic charting
EDUCATION
Bachelor of Science in Nursing (BSN), Wright State University, 2019
"""

DEVELOPER = """EXPERIENCE
Senior Backend Developer, Acme Corp   Jan 2015 – Present
- Built Java services on Kubernetes
"""

STAFF_NURSE = "EXPERIENCE\nStaff Nurse, Mercy General   Jun 2019 – Present\n- Med-surg patient care\n"
STAFF_ACCOUNTANT = (
    "EXPERIENCE\nStaff Accountant, Brightwater Tax Partners   Jan 2021 – Present\n"
    "- Prepared 150 tax returns a season\n"
)
SAFETY = (
    "EXPERIENCE\nSite Safety Coordinator, Keystone Builders   Apr 2016 – Present\n"
    "- Ran weekly toolbox talks\n"
)


def test_a_nurse_meets_a_nursing_posting_and_a_developer_does_not() -> None:
    """Not only software: licences, certifications and clinical years are checked too."""
    nurse = [found for found, _ in verdicts(NURSE_POSTING, NURSE)]
    developer = [found for found, _ in verdicts(NURSE_POSTING, DEVELOPER)]
    assert nurse == ["met"] * 5
    assert "met" not in developer


@pytest.mark.parametrize(
    ("requirement", "resume", "expected", "said"),
    [
        (
            "Current BLS certification",
            STAFF_NURSE + "CERTIFICATIONS\nBLS (American Heart Association), exp. 2027\n",
            "met",
            "held",
        ),
        (
            "Current BLS certification",
            STAFF_NURSE + "CERTIFICATIONS\nBLS (American Heart Association), expired 03/2024\n",
            "partial",
            "no longer held",
        ),
        (
            "Current BLS certification",
            STAFF_NURSE
            + "CERTIFICATIONS\nBLS (American Heart Association) – class booked for January 2027\n",
            "missing",
            "not held yet",
        ),
        (
            "CPA license required",
            STAFF_ACCOUNTANT + "CERTIFICATIONS\nCertified Public Accountant, State of Ohio (2023)\n",
            "met",
            "held",
        ),
        (
            "CPA license required",
            STAFF_ACCOUNTANT + "CERTIFICATIONS\nCPA exam: passed AUD and FAR; REG in progress\n",
            "missing",
            "not held yet",
        ),
        (
            "PMP certification",
            SAFETY + "CERTIFICATIONS\nPMP – exam scheduled for March 2027\n",
            "missing",
            "not held yet",
        ),
        (
            "OSHA 30-Hour Construction certification",
            SAFETY + "CERTIFICATIONS\nOSHA 30-Hour Construction, 2022\n",
            "met",
            "held",
        ),
    ],
)
def test_a_credential_s_state_decides_its_verdict(
    requirement: str, resume: str, expected: str, said: str
) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == expected, result.reason
    assert said in result.reason
    assert [part.kind for part in result.parts] == ["credential"]
    assert result.evidence[0].section == "certifications"


def test_not_held_yet_meets_a_line_that_accepts_it() -> None:
    found, reason = verdict(
        "PMP certification or ability to obtain within 12 months",
        SAFETY + "CERTIFICATIONS\nPMP – exam scheduled for March 2027\n",
    )
    assert found == "met" and "not held yet" in reason and "which the line accepts" in reason


def test_either_of_two_credentials_is_enough() -> None:
    found, reason = verdict(
        "SHRM-CP or PHR certification",
        "EXPERIENCE\nHR Generalist, Solano Farms   Jan 2019 – Dec 2025\n"
        "- Ran onboarding for 200 seasonal workers\n"
        "CERTIFICATIONS\nSHRM Certified Professional (SHRM-CP), 2021\n",
    )
    assert found == "met" and "SHRM-CP held" in reason


def test_an_employer_s_name_is_not_a_credential() -> None:
    found, reason = verdict(
        "CPA or CPA-eligible",
        "EXPERIENCE\nStaff Accountant, Brightwater CPA Group   Jan 2021 – Present\n"
        "- Prepared 150 tax returns a season\n",
    )
    assert found == "missing", reason


def test_an_expired_driving_licence_is_partly_met() -> None:
    found, reason = verdict(
        "Valid CDL Class A",
        "EXPERIENCE\nTruck Driver, Baltica Freight   Jan 2019 – Dec 2025\n- Drove 2,500 miles a week\n"
        "LICENSES\nCDL Class A, expired 2023\n",
    )
    assert found == "partial", reason


def test_a_bar_admission_meets_a_bar_licence_line() -> None:
    found, reason = verdict(
        "Active Texas bar license",
        "EXPERIENCE\nAssociate Attorney, Crane & Whitlock LLP   Sep 2020 – Present\n"
        "- Drafted commercial leases\n"
        "BAR ADMISSIONS\nState Bar of Texas, 2020\n",
    )
    assert found == "met", reason


def test_a_licence_is_quoted_from_the_licence_line_not_a_job_title() -> None:
    [result] = results(
        "Active RN license in the State of Ohio",
        "LICENSES AND CERTIFICATIONS\nRegistered Nurse, State of Ohio, License RN.558201 (exp. 08/2028)\n"
        "CLINICAL EXPERIENCE\nRegistered Nurse, Emergency Department, Riverside Methodist Hospital   "
        "Jul 2020 – Present\n- Triaged 35 patients a shift\n",
    )
    assert result.verdict == "met"
    assert [e.text for e in result.evidence] == [
        "Registered Nurse, State of Ohio, License RN.558201 (exp. 08/2028)"
    ]


# --- a credential's name is one credential: its place, its spelled-out acronym, its qualifier ---------


ACCOUNTANT = (
    "EXPERIENCE\nSenior Accountant, Harlow & Price LLP   Mar 2018 – Present\n"
    "- Audits of mid-size manufacturers\n"
)


@pytest.mark.parametrize(
    ("requirement", "resume", "expected", "not_said"),
    [
        (  # the place a licence is issued for is no credential the résumé can hold on its own
            "Active pharmacist license in the State of Michigan",
            "EXPERIENCE\nDelivery Driver, Lakeshore Logistics   May 2019 – Present\n"
            "- Routes across Michigan\n"
            "LICENSES\nMichigan CDL Class A, 2019\n",
            "missing",
            "Michigan held",
        ),
        (  # "CSM, PSM, or SAFe practitioner certification": "practitioner" names the SAFe one
            "CSM, PSM, or SAFe practitioner certification",
            "EXPERIENCE\nDelivery Lead, Harlow Digital   Mar 2018 – Present\n- Ran two Scrum teams\n"
            "CERTIFICATIONS\nProfessional Scrum Master I (PSM I), Scrum.org, 2022\n",
            "met",
            "practitioner",
        ),
        (  # a spelled-out acronym is the credential's name, not a skill that a skills list shows
            "NCIDQ (National Council for Interior Design Qualification) certification",
            "EXPERIENCE\nJunior Designer, Loft Studio   Mar 2018 – Present\n- Office fit-outs\n"
            "SKILLS\nInterior design | AutoCAD | Revit | LEED Green Associate certified\n",
            "missing",
            "held",
        ),
    ],
    ids=["a state", "a qualifier word", "a spelled-out acronym"],
)
def test_a_credential_name_is_read_whole(requirement: str, resume: str, expected: str, not_said: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == expected, reason
    assert not_said not in reason


def test_a_state_word_belongs_to_the_credential_named_beside_it() -> None:
    """ "CISA (ISACA), 2019 — CISSP exam booked": the booking is the CISSP's; CISA is held, and
    "CISA or a CISSP" asks for either."""
    found, reason = verdict(
        "CISA certification or a CISSP",
        "EXPERIENCE\nIT Auditor, Fenwick Mutual   Jun 2016 – Present\n- SOX ITGC testing\n"
        "CERTIFICATIONS\nCISA (ISACA), 2019 — CISSP exam booked for March 2027\n",
    )
    assert found == "met", reason
    assert "CISA" in reason and "held" in reason


def test_a_licence_for_a_place_or_another_licence_is_either() -> None:
    """ "RN license in the State of Michigan, or a multistate license": the place qualifies the
    first, the "or" offers the second instead."""
    found, reason = verdict(
        "Valid RN license in the State of Michigan, or a multistate license under the Nurse "
        "Licensure Compact",
        "LICENSURE\nRegistered Nurse, State of Michigan, License 4704-123456, active\n"
        "EXPERIENCE\nStaff Nurse, Sparrow Hospital   Jun 2018 – Present\n- Med-surg patient care\n",
    )
    assert found == "met", reason


def test_a_lower_grade_of_the_credential_is_partly_met() -> None:
    found, reason = verdict(
        "SHRM-CP or PHR certification",
        "EXPERIENCE\nHR Assistant, Delmar Foods   Jan 2022 – Present\n- Onboarding and benefits\n"
        "CERTIFICATIONS\nAssociate Professional in Human Resources (aPHR), HRCI, 2023\n",
    )
    assert found == "partial", reason
    assert "lower grade" in reason


def test_a_course_in_the_subject_is_not_the_certification() -> None:
    found, reason = verdict(
        "Six Sigma Green Belt certification",
        ACCOUNTANT
        + "CERTIFICATIONS & TRAINING\nSix Sigma Green Belt - online training course (40 hours), 2023\n",
    )
    assert found == "missing", reason
    assert "course" in reason


@pytest.mark.parametrize(
    ("line", "course"),
    [
        (
            "Certificate in Wound Care Management",
            "Wound Care Management course (24 hours), Ministry of Health, 2022",
        ),
        ("Confined space awareness certificate holders", "Confined Space Awareness Training - Perth (2023)"),
    ],
)
def test_the_course_a_certificate_is_given_for_is_the_certificate(line: str, course: str) -> None:
    """A certificate of completion (not a certification, licence or registration, which an exam or a
    body grants): the completed course is it."""
    found, reason = verdict(line, STAFF_NURSE + f"CERTIFICATIONS & TRAINING\n{course}\n")
    assert found == "met", reason
    assert "training" in reason


# --- through the CLI on a DOCX résumé ----------------------------------------------------------------


def test_cli_json_on_a_docx_resume_reports_an_expired_certification_with_its_line_gap_and_parts(
    run_json, tmp_path: Path
) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Registered Nurse - Emergency Department\n\nRequirements\n- Current BLS and ACLS certification\n"
        "- Active RN license in the State of Ohio\n- 3+ years of acute care nursing experience\n",
        encoding="utf-8",
    )
    resume = make_docx(
        tmp_path / "okafor.docx",
        [
            ("Title", "Grace Okafor, RN"),
            ("Normal", "grace.okafor@example.com"),
            ("Heading 1", "Licenses and Certifications"),
            ("Normal", "Registered Nurse, State of Ohio, License RN.558201 (exp. 08/2028)"),
            ("Normal", "BLS (American Heart Association), exp. 2027"),
            ("Normal", "ACLS (American Heart Association), expired 02/2025"),
            ("Heading 1", "Clinical Experience"),
            (
                "Normal",
                "Registered Nurse, Emergency Department, Riverside Methodist Hospital   Jul 2020 – Present",
            ),
            ("List Bullet", "Triaged and stabilised 35 patients a shift in a level I trauma center"),
            ("Heading 1", "Education"),
            ("Normal", "Bachelor of Science in Nursing (BSN), Ohio University, 2020"),
        ],
    )
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", AS_OF)
    by_text = {r["text"]: r for r in report["requirements"]}
    certifications = by_text["Current BLS and ACLS certification"]
    assert certifications["verdict"] == "partial"
    assert "no longer held" in certifications["reason"] and "expired" in certifications["reason"]
    assert "ACLS (American Heart Association), expired 02/2025" in [
        e["text"] for e in certifications["evidence"]
    ]
    assert "no longer held" in certifications["gap"]
    parts = certifications["parts"]
    assert [(p["kind"], p["verdict"]) for p in parts] == [("credential", "met"), ("credential", "partial")]
    for part in parts:
        assert set(part) == {"kind", "verdict", "reason", "evidence", "matched", "missing", "gap"}
    held, lapsed = parts
    assert held["gap"] == "" and held["evidence"][0]["text"] == "BLS (American Heart Association), exp. 2027"
    assert "no longer held" in lapsed["gap"] and lapsed["evidence"][0]["section"] == "certifications"
    licence = by_text["Active RN license in the State of Ohio"]
    assert licence["verdict"] == "met" and licence["gap"] == ""
    licence_line = "Registered Nurse, State of Ohio, License RN.558201 (exp. 08/2028)"
    assert licence_line in [e["text"] for e in licence["evidence"]]
    years = by_text["3+ years of acute care nursing experience"]
    assert years["verdict"] == "met"
    assert "years" in [p["kind"] for p in years["parts"]]


def test_a_licence_to_practise_is_read_from_post_nominals_and_its_own_words() -> None:
    """ "license to practice pharmacy": the pharmacist licence; "RPh" after the name holds it; "or
    eligibility for licensure" is a state the line accepts, not a credential asked for."""
    line = (
        "Current license to practice pharmacy in the State of Ohio, or eligibility for licensure by "
        "reciprocity within 90 days of hire"
    )
    held = (
        "Priya Raman, PharmD, RPh\nEXPERIENCE\nStaff Pharmacist, Kroger   Jun 2019 – Present\n- Dispensing\n"
    )
    found, reason = verdict(line, held)
    assert found == "met", reason
    assert "eligibility" not in reason
    nurse = "Ana Ruiz, RN\nEXPERIENCE\nStaff Nurse, Mercy Health   Jun 2019 – Present\n- Med-surg care\n"
    assert verdict(line, nurse)[0] == "missing"


def test_a_name_that_says_its_status_is_a_credential_line() -> None:
    """ "PSNC-registered pharmacist with eight years ...": the registration is the licence, in a
    summary as much as under Licences."""
    found, reason = verdict(
        "Current license to practice pharmacy",
        "SUMMARY\nPSI-registered pharmacist with eight years in hospital pharmacy in Dublin.\n"
        "EXPERIENCE\nSenior Pharmacist, St. Brendan's Hospital   Mar 2018 – Present\n- Ward rounds\n",
    )
    assert found == "met", reason


def test_the_body_that_issues_a_certification_is_not_a_credential_of_its_own() -> None:
    """ "(Canadian Securities Institute)" names who issues the CSC; a course from that institute is
    not the certificate. A registration is different: the body's name shows it."""
    line = "Canadian Securities Course (CSC) certification (Canadian Securities Institute)"
    course_only = (
        "EXPERIENCE\nBank Teller, Maple Trust   Jan 2021 – Present\n- Opened 40 accounts a month\n"
        "CERTIFICATIONS\nConduct and Practices Handbook course - Canadian Securities Institute, 2023\n"
    )
    found, reason = verdict(line, course_only)
    assert found == "missing", reason
    registered = (
        "EXPERIENCE\nPhysiotherapist, Kauri Health   Jan 2021 – Present\n- Ran a knee clinic\n"
        "REGISTRATION\nRegistered with the Physiotherapy Board of New Zealand (no. 77881)\n"
    )
    found, reason = verdict("Current registration with the Physiotherapy Board of New Zealand", registered)
    assert found == "met", reason


def test_a_certification_that_lapsed_says_so_in_its_brackets() -> None:
    """ "(2019; lapsed 2024)": the state word is inside the brackets after a semicolon."""
    resume = (
        "EXPERIENCE\nCrane Operator, Hoist Co   Jan 2018 – Present\n- Lifted steel\n"
        "CERTIFICATIONS\nNCCCO Mobile Crane Operator Certification (2019; certification lapsed 2024)\n"
    )
    found, reason = verdict("NCCCO Mobile Crane Operator certification", resume)
    assert found == "partial", reason
    assert "expired" in reason or "lapsed" in reason


@pytest.mark.parametrize(
    "duty",
    [
        "- Supported registered nurses with admissions, vital signs and patient transfers",
        "- Scheduled licensed electricians and apprentices across three sites",
    ],
)
def test_other_people_s_credentials_named_in_a_duty_are_not_held(duty: str) -> None:
    """A plural holder of the credential ("registered nurses") is the people the candidate worked
    with, not the candidate's own licence (one's own is test_a_licence_is_quoted_from_...)."""
    requirement = (
        "Active Registered Nurse license in Texas"
        if "nurses" in duty
        else "Valid journeyman electrician license"
    )
    helper = f"EXPERIENCE\nCare Assistant, Lakeside Clinic   Jan 2021 – Present\n{duty}\n"
    found, reason = verdict(requirement, helper)
    assert found == "missing", reason


def test_an_endorsement_with_its_test_only_booked_is_not_held() -> None:
    """The résumé's own list of licences says what is held: "Tanker (N) endorsement - knowledge
    test scheduled" there outweighs "licensed" in a sentence elsewhere that mentions tanker work."""
    resume = (
        "SUMMARY\nNewly licensed CDL-A driver keen to move into tanker and flatbed work.\n"
        "LICENSES\nTexas CDL Class A (issued 2026)\n"
        "Tanker (N) endorsement - knowledge test scheduled for Dec 2026\n"
        "EXPERIENCE\nOTR Driver, Red Mesa Freight   Mar 2026 – Present\n- Dry van loads in 9 states\n"
    )
    found, reason = verdict("Tanker (N) endorsement", resume)
    assert found == "missing", reason
    assert "not held yet" in reason


def test_a_licence_word_far_from_the_name_is_not_about_it() -> None:
    resume = (
        "SUMMARY\nLicensed electrician since 2015 who has wired hospitals, schools and data centres "
        "and now wants to move into network work such as CCNA.\n"
        "EXPERIENCE\nElectrician, Volt Bros   Jan 2015 – Present\n- Wired hospital wings\n"
    )
    found, reason = verdict("CCNA certification", resume)
    assert found == "missing", reason


def test_a_registration_asked_before_the_start_date_is_checked() -> None:
    resume = (
        "REGISTRATION\nPharmaceutical Society of Ireland (PSI) registered pharmacist, no. 12345\n"
        "EXPERIENCE\nPharmacist, Corrib Pharmacy   Jan 2020 – Present\n- Dispensed 300 items a day\n"
    )
    found, reason = verdict(
        "Registered as a pharmacist with the PSI, or eligible for registration before your start date", resume
    )
    assert found == "met", reason


def test_a_credential_after_the_name_is_checked_where_it_is_spelled_out() -> None:
    """ "ROWENA DIZON-REYES, PSW" on the first line; "Personal Support Worker Certificate, Mohawk
    College (2019)" under Education says it is held."""
    resume = (
        "ROWENA DIZON-REYES, PSW\nHamilton, ON\nEDUCATION\n"
        "Personal Support Worker Certificate, Mohawk College (2019)\nEXPERIENCE\n"
        "Personal Support Worker, Bayfront Home Care   Jan 2021 – Present\n- Personal care visits\n"
    )
    found, reason = verdict("A PSW certificate from an Ontario college", resume)
    assert found == "met", reason


def test_a_credentials_name_with_words_between_or_reordered_is_found() -> None:
    """ "Texas adjuster license" is held by "Texas All-Lines Adjuster License (active)"; an
    application for it is not held."""
    held = "LICENCES\nOntario All-Lines Adjuster Licence #A12345 (active, exp. 2028)\n"
    applied = "LICENCES\nOntario All-Lines Adjuster Licence - application submitted, pending\n"
    assert verdict("An active Ontario adjuster licence", held)[0] == "met"
    assert verdict("An active Ontario adjuster licence", applied)[0] == "missing"


def test_a_standing_with_a_professional_body_is_a_credential_and_an_application_is_not_it() -> None:
    """ "Registered Graduate Quantity Surveyor with the Board of Quantity Surveyors Malaysia
    (BQSM)" asks for a registration: "applied for ... (pending)" does not hold it; "ICAN-ATS" is
    one name, not the ATS software."""
    pending = (
        "CERTIFICATIONS\nApplied for Graduate Quantity Surveyor registration with BQSM"
        " (application pending)\n"
    )
    assert (
        verdict(
            "Registered Graduate Quantity Surveyor with the Board of Quantity Surveyors Malaysia (BQSM)",
            pending,
        )[0]
        == "missing"
    )
    ats = "EDUCATION\nICAN Accounting Technicians Scheme (ATS) Certificate, 2018\n"
    outcome, reason = verdict("Must be ICAN-ATS certified", ats)
    assert "Applicant Tracking" not in reason and outcome == "met", reason


def test_the_kind_of_school_is_no_credential() -> None:
    """ "a trade school HVAC certificate": the certificate is asked; where it was earned is not."""
    resume = "EDUCATION\nHVAC Technician Certificate - Columbus State Community College, 2016\n"
    outcome, reason = verdict("Ideally, a trade school HVAC certificate or diploma", resume)
    assert outcome == "met" and "trade school" not in reason, reason


def test_a_trainees_standing_or_a_step_not_yet_started_is_not_the_full_credential() -> None:
    trainee = (
        "CERTIFICATIONS\nOhio Board of Pharmacy: Registered Pharmacy Technician Trainee (reg. #T-0442817)\n"
    )
    outcome, reason = verdict("Current national certification through PTCB (CPhT)", trainee)
    assert outcome == "partial" and "trainee" in reason, reason
    not_started = (
        "REGISTRATION\nTeaching Council of Ireland - Route 1 (Primary). Droichead not yet started.\n"
    )
    assert verdict("Full registration (Droichead completed)", not_started)[0] == "missing"


def test_a_qualification_heading_an_education_entry_is_held() -> None:
    """An education entry that is the qualification ("Certificate IV in ... , 2018", "2011 N4
    Electrical Engineering") holds it; a course toward it named later on the line does not."""
    resume = (
        "EDUCATION\nCertificate IV in Training and Assessment (TAE40116), TAFE NSW, 2018\n"
        "Bachelor of Accounting (CPA pathway), Deakin University, 2016\n"
    )
    found, reason = verdict("Certificate IV in Training and Assessment (TAE40116)", resume)
    assert found == "met", reason
    found, reason = verdict("CPA certification", resume)
    assert found != "met", reason


def test_a_standard_the_work_follows_is_no_credential() -> None:
    """ "in accordance with BS 7671": a standard the work is done to, searched as a term."""
    [result] = results(
        "Able to inspect and certify installations in accordance with BS 7671",
        "EXPERIENCE\nElectrician, Volt Ltd   2018 – Present\n"
        "- Tested circuits to BS 7671 and issued certificates\n",
    )
    standard = [p for p in result.parts if "BS 7671" in p.reason]
    assert standard and all(p.kind != "credential" for p in standard), result.reason


def test_registered_with_a_named_body_is_a_credential_not_held_when_booked() -> None:
    """ "Registered ... with Engineers Australia": standing with a body, a credential; the exam
    "registered for" a later sitting holds nothing yet."""
    line = "Chartered Professional Engineer registered with Engineers Australia"
    booked = "CERTIFICATIONS\nEngineers Australia chartered assessment: booked for March 2027\n"
    [result] = results(line, booked)
    assert result.verdict != "met", result.reason
    assert any(p.kind == "credential" for p in result.parts), result.reason


def test_of_the_lines_naming_a_body_the_one_naming_the_credential_decides() -> None:
    """ "CEC battery endorsement": the résumé holds another CEC accreditation and lists the battery
    endorsement as pending; the pending line, which names it, decides."""
    resume = (
        "CERTIFICATIONS\nCEC Accredited Installer - Grid-Connected PV - exp 08/2027\n"
        "CEC Battery Storage endorsement - application pending\n"
    )
    found, reason = verdict("CEC battery endorsement", resume)
    assert found == "missing", reason
    assert "pending" in reason


@pytest.mark.parametrize(
    ("line", "resume_line"),
    [
        # an orientation or induction on the subject is no certificate of it
        ("Certified Medical Interpreter", "Medical Interpreter Orientation (40 hours), 2025"),
        # a written exam passed is a step toward it, not the credential
        ("Certified Court Interpreter", "Court Interpreter Written Examination - passed, 2025"),
    ],
)
def test_steps_toward_a_credential_do_not_hold_it(line: str, resume_line: str) -> None:
    found, reason = verdict(line, f"CERTIFICATIONS\n{resume_line}\n")
    assert found != "met", reason


def test_the_issuer_of_a_credential_is_not_asked_for_and_its_language_is() -> None:
    """ "... (Portuguese) by the Maryland Administrative Office of the Courts (AOC)": the issuer and
    its acronym are who grants it; the language in brackets is asked beside it."""
    [result] = results(
        "Credentialed as a Certified Court Interpreter (Portuguese) by the Maryland Administrative "
        "Office of the Courts (AOC)",
        "CERTIFICATIONS\nCertified Court Interpreter - Maryland AOC, 2019\n"
        "LANGUAGES\nPortuguese (native), English (C2)\n",
    )
    assert result.verdict == "met", result.reason
    named = [t.text for g in result.requirement.groups for t in g.terms]
    assert "AOC" not in named and not any("Maryland" in t for t in named), named
    assert "Portuguese" in named


def test_a_ticket_is_a_credential_and_post_registration_is_not() -> None:
    [ticket] = results(
        "EWP ticket (under 11m)", "CERTIFICATIONS\nEWP Yellow Card (under 11m) - expired 2023\n"
    )
    assert ticket.verdict != "met" and "credential" in ticket.requirement.kinds, ticket.reason
    [ct] = results(
        "Post-registration MRI experience",
        "EXPERIENCE\nMRI Radiographer, City Hospital   2020 – Present\n- Post-registration MRI scanning\n",
    )
    assert "credential" not in ct.requirement.kinds and ct.verdict == "met", ct.reason


def test_a_professional_bodys_diploma_is_a_credential_not_a_degree() -> None:
    """ "Diploma in CIPS": the body's qualification; a bachelor's degree does not stand for it."""
    resume = (
        "EDUCATION\nBachelor of Commerce (Procurement), Kenyatta University, 2015\n"
        "CERTIFICATIONS\nCPSP-K - final section results pending\n"
    )
    found, reason = verdict(
        "Diploma in CIPS or Certified Procurement and Supply Professional of Kenya (CPSP-K)", resume
    )
    assert found == "missing", reason


def test_registered_on_a_bodys_register() -> None:
    """ "Registered with CORU on the Physiotherapists Register": the register is where the
    registration puts one, not a second credential; a "Reg. No." line holds it."""
    resume = (
        "Aoife Byrne\nCORU Reg. No. PH014472\nEXPERIENCE\nPhysiotherapist, Galway Clinic   2019 – Present\n"
    )
    found, reason = verdict("Registered with CORU on the Physiotherapists Register", resume)
    assert found == "met", reason


def test_a_body_s_membership_listed_under_a_joined_heading_is_held() -> None:
    """ "Membership of the Saudi Council of Engineers (SCE)": the résumé lists the membership
    under "Professional Memberships & Certifications", not in a job line whose initials spell SCE."""
    resume = (
        "Karim Haddad\nEXPERIENCE\nSite Engineer — Sahara Construction (Egypt) 2012 – 2016\n- Cable pulling\n"
        "PROFESSIONAL MEMBERSHIPS & CERTIFICATIONS\nSaudi Council of Engineers – Professional Engineer\n"
        "(Membership valid to 2028)\n"
    )
    [result] = results("Active membership of the Saudi Council of Engineers (SCE)", resume)
    assert result.verdict == "met", result.reason
    assert result.evidence[0].text.startswith("Saudi Council of Engineers")


def test_a_line_that_accepts_eligibility_accepts_an_application_made() -> None:
    resume = (
        "Sam Reid\nREGISTRATION\n"
        "Nursing Council of New Zealand – application for registration submitted 10/2026\n"
        "EXPERIENCE\nStaff Nurse, St Mary's Hospital  2019 – Present\n- Ward care\n"
    )
    [result] = results(
        "Registration with the Nursing Council of New Zealand (or eligibility to register)", resume
    )
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Class 2 Medical – valid until 03/2027", "met"),  # the issuer left out of the name
        ("Class 1 Medical – valid until 03/2027", "missing"),  # another class
    ],
)
def test_a_credential_named_without_its_issuer(held: str, expected: str) -> None:
    resume = (
        f"Jo Marsh\nLICENCES\n{held}\nEXPERIENCE\nFlight Instructor, Aero Club  2021 – Present\n- Lessons\n"
    )
    [result] = results("Current CASA Class 2 Medical Certificate", resume)
    assert result.verdict == expected, result.reason


def test_an_annual_practising_certificate_is_a_credential_of_its_own() -> None:
    resume = (
        "Mere Tane\nREGISTRATION\nNursing Council of New Zealand – Registered Nurse, current Annual "
        "Practising Certificate 2026/27\nEXPERIENCE\nStaff Nurse, Waikato DHB  2019 – Present\n- Wards\n"
    )
    [result] = results(
        "Registration with the Nursing Council of New Zealand and a current practising certificate", resume
    )
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Standard First Aid/CPR C – expired Oct 2024 (renewal booked)", "partial"),  # held once
        ("Standard First Aid/CPR C – valid to 03/2027, renewal booked", "met"),  # held; renewing
        ("Standard First Aid/CPR C – course booked for Jan 2027", "missing"),  # not held yet
    ],
)
def test_a_renewal_booked_is_of_a_credential_held_once(held: str, expected: str) -> None:
    resume = (
        f"Cole Hart\nTICKETS\n{held}\nEXPERIENCE\nHeavy Equipment Technician, Suncor  2020 – Present\n- PMs\n"
    )
    [result] = results("Current Standard First Aid/CPR", resume)
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("- Keen to move into public transport; willing to take the BDVL course", "met"),
        ("- Drove a delivery van around the island", "missing"),
    ],
)
def test_willingness_where_the_line_accepts_it(written: str, expected: str) -> None:
    resume = f"Ahmad Rahim\nEXPERIENCE\nDelivery Driver, Swift Couriers  2020 – Present\n{written}\n"
    [result] = results("Bus Driver Vocational Licence (BDVL), or willing to obtain one", resume)
    assert result.verdict == expected, result.reason


def test_a_site_ticket_under_a_tickets_heading_is_held() -> None:
    resume = "Lee Park\nEXPERIENCE\nSite Supervisor, Brickfield  2019 – Present\n- Plots\n"
    resume += "TICKETS\nSSSTS (CITB) – 2024\n"
    [result] = results("SMSTS or SSSTS (in date)", resume)
    assert result.verdict == "met", result.reason


def test_an_acronym_s_spelled_out_credential_is_no_skill_beside_it() -> None:
    """ "Registered Early Childhood Educator (RECE)": an application pending is not the credential,
    whatever early childhood work the résumé shows."""
    resume = (
        "Ana Ruiz\nREGISTRATION\nRECE – application submitted to the College of ECE, 2026\n"
        "EXPERIENCE\nEarly Childhood Assistant, Sunny Days  2021 – Present\n- Planned play-based activities\n"
    )
    [result] = results(
        "Registered Early Childhood Educator (RECE) in good standing with the College of ECE", resume
    )
    assert result.verdict == "missing", result.reason


@pytest.mark.parametrize(
    "written",
    [
        "CFA Level II exam registered, testing window May 2027",  # booked, not held
        "CIMA – passed Operational and Management levels (Strategic case study to be written Feb 2027)",
    ],
)
def test_an_exam_booked_or_papers_still_to_be_written_is_not_held(written: str) -> None:
    found, reason = verdict(
        "CFA charter or CIMA certification", STAFF_ACCOUNTANT + f"CERTIFICATIONS\n{written}\n"
    )
    assert found != "met", reason


def test_a_bracketed_grade_is_the_credentials_own_not_another_that_would_do() -> None:
    """ "(Grade 2 or higher)" grades the boiler operator's certificate: a welding certificate of
    grade 2 does not meet it."""
    found, reason = verdict(
        "Boiler Operator Certificate (Grade 2 or higher)",
        STAFF_NURSE + "CERTIFICATIONS\nWelding Certificate Grade 2 - Lusaka Trades Institute (2019)\n",
    )
    assert found != "met", reason
    held, reason = verdict(
        "Boiler Operator Certificate (Grade 2 or higher)",
        STAFF_NURSE + "CERTIFICATIONS\nBoiler Operator Certificate - Grade 2, Ministry of Labour (2021)\n",
    )
    assert held == "met", reason


def test_a_medical_fitness_certificate_is_the_medical_certificate() -> None:
    """ "A current diving medical fitness certificate": a résumé's "Diving medical certificate ...
    valid until" is it; a seafarer's medical is another thing."""
    line = "A current diving medical fitness certificate from an approved examiner"
    held = (
        "CERTIFICATES\n- Diving medical certificate (approved diving doctor, Mombasa) - valid until 03/2027\n"
        "EXPERIENCE\nCommercial Diver, Kilindini Marine Services   Jan 2019 – Present\n- Hull inspections\n"
    )
    assert verdict(line, held)[0] == "met"
    seafarer = held.replace(
        "Diving medical certificate (approved diving doctor, Mombasa)", "ENG1 seafarer medical"
    )
    assert verdict(line, seafarer)[0] == "missing"


def test_a_national_vocational_qualification_listed_among_skills_is_held() -> None:
    """A national qualification under "Key qualifications and skills" is held, and a credential
    word a little beyond the name ("..., certified 2021") still speaks of it."""
    lines = "NVQ Tree Surgery or European Tree Worker (ETW) certificate"
    resume = (
        "KEY QUALIFICATIONS AND SKILLS\n"
        "• NVQ Tree Surgery (national vocational qualification), 2018\n"
        "EXPERIENCE\nArborist, Greenline Trees, Leeds   Mar 2018 – Present\n- Crown reductions and felling\n"
    )
    assert verdict(lines, resume)[0] == "met"
    etw = resume.replace(
        "NVQ Tree Surgery (national vocational qualification), 2018",
        "European Tree Worker (ETW), European Arboricultural Council, certified 2021",
    )
    assert verdict(lines, etw)[0] == "met"


def test_a_spanish_professional_card_pending_is_not_held() -> None:
    """ "Tarjeta profesional ...: pendiente" / "en trámite": not held yet; "inscrita en el registro"
    is held."""
    line = "Tarjeta profesional vigente e inscripción en el Registro Único Nacional"
    pending = (
        "FORMACIÓN\nEnfermera (título profesional), Universidad de Cartagena, 2015\n"
        "Tarjeta profesional y Registro Único Nacional: en trámite desde octubre de 2026\n"
        "EXPERIENCIA\nEnfermera, Clínica del Caribe, Barranquilla   Ene 2016 – Actual\n- Hospitalización\n"
    )
    assert verdict(line, pending)[0] == "missing"
    held = pending.replace(
        "Tarjeta profesional y Registro Único Nacional: en trámite desde octubre de 2026",
        "Tarjeta profesional No. 12345 · Inscrita en el Registro Único Nacional",
    )
    assert verdict(line, held)[0] == "met"


def test_a_spanish_credential_in_preparation_is_not_held() -> None:
    """ "Preparación para certificación ... – en curso (examen previsto para 2027)": not held."""
    line = "Certificación CIPS nivel 4"
    resume = (
        "EXPERIENCIA\nComprador, Aceitera del Plata, Rosario   Mar 2018 – Actual\n- Licitaciones\n"
        "CERTIFICACIONES\n"
        "Preparación para certificación CIPS nivel 4 – en curso (examen previsto para 2027)\n"
    )
    assert verdict(line, resume)[0] == "missing"


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        # two of the AAT certificate's five units passed: partly held, as recruiters judge it
        ("CIMA Level 1 passed, or an AAT Level 3 certificate", "partial"),
        ("IFoA exams CS1 and CM1 (or CIMA Level 1 passed)", "missing"),
    ],
)
def test_a_body_s_exams_and_qualification_are_credentials_checked_as_held(asked: str, expected: str) -> None:
    """ "CIMA Level 1 passed", "IFoA exams": exams a body sets; a résumé still sitting them does
    not hold them (some of their units passed hold them in part)."""
    resume = (
        "Tomas Brandt\nEXPERIENCE\nAccounts Assistant, Fenwick Ltd  2021 – Present\n- Posted the ledger\n"
        "QUALIFICATIONS\nAAT Level 3 – 2 of 5 units passed (in progress)\nCIMA – studying for Level 1\n"
    )
    [result] = results(asked, resume)
    assert "credential" in result.requirement.kinds, result.requirement.kinds
    assert result.verdict == expected, result.reason


def test_a_credential_named_certified_x_is_one_name_not_the_skill_inside_it() -> None:
    """ "Certified Pharmacy Technician (CPhT)": a registration as a pharmacy technician somewhere
    else is not it."""
    resume = (
        "Ravi Menon\nEXPERIENCE\nPharmacy Assistant, Apollo Pharmacy, Kochi  2021 – Present\n"
        "- Filled 200 scripts a day\n"
        "REGISTRATIONS\nRegistration - Pharmacy Technician | Kerala Pharmacy Council | 2021\n"
    )
    [result] = results("Certified Sterile Processing Technician (CSPT) or CRCST", resume)
    names = [t.text for g in result.requirement.groups for t in g.terms]
    assert "Technician" not in names, names
    assert result.verdict == "missing", result.reason


def test_a_line_that_accepts_enrolment_takes_a_programme_under_way() -> None:
    resume = (
        "Lena Fischer\nEXPERIENCE\nValuation Analyst, Prairie Capital, Calgary  2020 – Present\n"
        "- Built DCF models\n"
        "EDUCATION\nP.Log program, Supply Chain Canada - currently enrolled, module 4 of 6\n"
    )
    found, reason = verdict("P.Log designation or current enrolment in the P.Log program", resume)
    assert found == "met", reason
    assert "which the line accepts" in reason
    found, _ = verdict("P.Log designation", resume)
    assert found != "met"


ACCOUNTANT_JOB = (
    "Chinedu Okafor\nEXPERIENCE\nAccountant, Halden Foods Plc, Lagos  2019 – Present\n"
    "- Prepared monthly management accounts and IFRS statements\n"
)


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("ICAN – Skills level passed, Professional level exams to be sat in 2027", "missing"),
        ("ACCA part-qualified (9 of 13 papers passed)", "missing"),
        ("Associate member of ACCA (ACCA), 2020", "met"),
    ],
)
def test_a_body_qualified_accountant_asks_for_the_body_s_standing(held: str, expected: str) -> None:
    """ "ICAN or ACCA qualified accountant": the body's qualification is the ask; the word
    accountant does not make any accountant meet it, and papers still being sat are not held."""
    [result] = results("ICAN or ACCA qualified accountant", f"{ACCOUNTANT_JOB}QUALIFICATIONS\n{held}\n")
    assert "credential" in result.requirement.kinds, result.requirement.kinds
    assert result.verdict == expected, result.reason


def test_a_charter_is_the_credential_s_name_not_a_term_of_its_own() -> None:
    """ "CAIA charter or PRM designation": two credentials, either enough; "charter" alone is
    not something to search for."""
    resume = (
        "Mei Lin Tan\nEXPERIENCE\nPortfolio Analyst, Straits Capital, Singapore  2018 – Present\n"
        "- Built hedge-fund due diligence models\nCERTIFICATIONS\nCAIA charterholder, 2021\n"
    )
    [result] = results("CAIA charter or PRM designation", resume)
    names = [t.text.lower() for g in result.requirement.groups for t in g.terms]
    assert "charter" not in names, names
    assert result.verdict == "met", result.reason


def test_a_registration_as_a_profession_needs_that_profession() -> None:
    """ "Current NMC registration as a Midwife": the register lists nurses too; a nurse's NMC
    registration is not the midwife's."""
    resume = (
        "Aoife Quinn\nEXPERIENCE\nStaff Nurse, Royal Victoria Hospital, Belfast  2019 – Present\n"
        "- Cared for post-natal patients\nREGISTRATION\nNMC registered nurse (Adult), PIN 19A1234B\n"
    )
    [result] = results("Current NMC registration as a Midwife", resume)
    assert result.verdict != "met", result.reason


def test_an_equivalent_card_after_a_comma_or_is_an_alternative() -> None:
    resume = (
        "Gary Doyle\nEXPERIENCE\nPlant Operator, Groundline Ltd, Leeds  2016 – Present\n"
        "- Ran 360 excavators on highway schemes\nCARDS\nCPCS blue card - A59 180 excavator (2016)\n"
    )
    [result] = results("A CSCS card, or an equivalent CPCS card", resume)
    assert "credential" in result.requirement.kinds
    assert result.verdict == "met", result.reason


def test_a_current_named_course_is_a_credential_whose_state_counts() -> None:
    """ "Current Immediate Life Support (ILS)": a certificate one holds in date; one that lapsed
    is no longer held, however it is listed."""
    resume = (
        "Hamish Reid\nEXPERIENCE\nStaff Nurse, Raigmore Hospital, Inverness  2020 – Present\n"
        "- Cared for 8 patients a shift on a surgical ward\n"
        "CERTIFICATES\nImmediate Life Support (ILS), Resuscitation Council UK - expired 01/2025\n"
    )
    [result] = results("Current Immediate Life Support (ILS) and a manual handling course", resume)
    assert "credential" in result.requirement.kinds, result.requirement.kinds
    assert result.verdict != "met", result.reason


def test_a_uk_qualifications_and_training_list_holds_credentials() -> None:
    """ "QUALIFICATIONS & TRAINING" on a UK CV lists certificates: "MIST and GWO Working at
    Heights - completed 03/2025" holds both."""
    resume = (
        "Rhys Evans\nEXPERIENCE\nWind Turbine Technician, Celtic Wind Services, Swansea  2021 – Present\n"
        "- Serviced 2 MW turbines\nQUALIFICATIONS & TRAINING\n"
        "- MIST and GWO Working at Heights - completed 03/2025\n"
    )
    [result] = results("Valid MIST with GWO Working at Heights", resume)
    assert result.verdict == "met", result.reason


def test_a_trade_s_qualifications_heading_lists_credentials() -> None:
    resume = (
        "Tom Bryce\nEXPERIENCE\nGas Engineer, Warmline Heating, Bristol  2019 – Present\n"
        "- Serviced domestic boilers\nTRADE QUALIFICATIONS\n"
        "- ACS CCN1 and CENWAT, Logic4training - valid until 03/2029\n"
    )
    [result] = results("Valid ACS CCN1", resume)
    assert result.verdict == "met", result.reason


def test_an_exam_registered_for_a_window_is_not_passed() -> None:
    resume = (
        "Sara Novak\nEXPERIENCE\nFund Accountant, Arno Capital, Luxembourg  2021 – Present\n"
        "- NAV calculation\n"
        "CERTIFICATIONS\nCFA Level II exam – registered (August 2027 window)\n"
    )
    [result] = results("CFA Level II passed", resume)
    assert result.verdict != "met", result.reason


def test_a_training_certificate_that_runs_out_is_held() -> None:
    """ "GWO Basic Safety Training ..., valid until 05/2027": a certificate in date, not merely a
    course attended."""
    resume = (
        "Jens Madsen\nEXPERIENCE\nWind Turbine Technician, Nordvind A/S, Esbjerg  2019 – Present\n"
        "- Serviced V90s\nSAFETY QUALIFICATIONS\n"
        "- GWO Basic Safety Training (all modules), Maersk Training Esbjerg - valid until 05/2027\n"
    )
    [result] = results("Valid GWO Basic Safety Training", resume)
    assert result.verdict == "met", result.reason
