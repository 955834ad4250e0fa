"""Postings laid out as careers sites, recruiters and UK job packs lay them out: an application
form under the list, a recruiter's e-mail with its envelope, a table whose columns are the
buckets ("Essential | Desirable"). Each is read through the CLI from a real file."""

from __future__ import annotations

from pathlib import Path

import pytest

CAREERS_PAGE = """<html><body>
<h1>Class B Delivery Driver</h1>
<section><h2>What you need</h2><ul>
<li>Valid Class B CDL with air brake endorsement</li>
<li>Clean driving record - no at-fault accidents in the past 5 years</li>
<li>1+ year of local delivery experience</li>
</ul></section>
<section><h2>Apply in 2 minutes</h2>
<form action="/apply"><label>Full name <input name="n"></label>
<label>Years of driving experience
<select><option>Less than 1 year</option><option>3+ years</option></select></label>
<button>Send</button></form></section>
</body></html>"""

RECRUITER_MAIL = """From: Ravi Menon <ravi.menon@example.com>
To: undisclosed-recipients
Subject: Urgent opening - Quantity Surveyor - Kochi - 5+ Yrs

Dear Candidate,

Hope you are doing well. We have an urgent requirement for a Quantity Surveyor for our client.

The candidate should hold a B.Tech in Civil Engineering. You should have 5+ years of experience in \
billing and quantity estimation for building projects. Working knowledge of CostX is a must.

Candidates with RICS membership will be given preference.

Thanks & Regards,
Ravi Menon
Please ignore this mail if you are not interested.
"""


def _texts(report: dict, bucket: str) -> list[str]:
    return [r["text"] for r in report[bucket]]


def test_an_application_forms_labels_and_choices_are_no_requirements(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "driver.html"
    posting.write_text(CAREERS_PAGE, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = _texts(report, "minimum") + _texts(report, "preferred")
    assert not any("Full name" in t or "Less than 1 year" in t for t in texts)
    # "Clean driving record" asks; "Clean" is not a duty's verb here
    clean = [r for r in report["minimum"] if r["text"].startswith("Clean driving record")]
    assert clean and clean[0]["condition"] == "driving"


def test_a_recruiters_mail_gives_its_requirements_not_its_envelope(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "mail.txt"
    posting.write_text(RECRUITER_MAIL, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = _texts(report, "minimum"), _texts(report, "preferred")
    assert not any(t.startswith(("Subject:", "From:", "Hope you")) for t in minimum + preferred)
    assert any("5+ years of experience in billing" in t for t in minimum)
    assert any("RICS membership will be given preference" in t for t in preferred)
    assert not any("ignore this mail" in t for t in minimum + preferred)


def test_a_table_with_essential_and_desirable_columns(run_json, tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Sous Chef", 1)
    document.add_heading("Person specification", 2)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Essential", "Desirable"
    rows = [
        ("Level 2 Food Hygiene certificate", "Level 3 Supervising Food Safety"),
        ("3 years in a fresh-food kitchen", "Experience of a two AA Rosette kitchen"),
        ("", "A full UK driving licence"),
        ("Allergen awareness training", ""),
    ]
    for essential, desirable in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = essential, desirable
    document.add_paragraph("We are an equal opportunities employer.")
    path = tmp_path / "sous_chef.docx"
    document.save(str(path))
    report = run_json("extract", path, "--format", "json")
    minimum = [t.rstrip(".") for t in _texts(report, "minimum")]
    preferred = [t.removeprefix("Desirable: ").rstrip(".") for t in _texts(report, "preferred")]
    assert minimum == [
        "Level 2 Food Hygiene certificate",
        "3 years in a fresh-food kitchen",
        "Allergen awareness training",
    ]
    assert preferred == [
        "Level 3 Supervising Food Safety",
        "Experience of a two AA Rosette kitchen",
        "A full UK driving licence",
    ]


HOME_CARE_MAIL = """Subject: PSW openings in Hamilton

Hi everyone,

I'm recruiting for a home care agency. We have several part-time Personal Support Worker \
positions in the community. Pay is $23/hour.

Above all, we want people who are patient, compassionate and treat every client with dignity. \
You'll need a valid Ontario G driver's licence.

Please make sure you have:
1. A PSW certificate from an Ontario college
2. At least 1 year of experience as a PSW

Recommendations
- Candidates currently residing in Hamilton are preferred
"""


def test_a_mails_prose_asks_in_the_second_person_and_its_first_paragraph_is_the_agency(
    run_json, tmp_path: Path
) -> None:
    posting = tmp_path / "psw.txt"
    posting.write_text(HOME_CARE_MAIL, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum = _texts(report, "minimum")
    assert any(t.startswith("Above all, we want people who are patient") for t in minimum)
    assert any(t.startswith("You'll need a valid Ontario G driver's licence") for t in minimum)
    assert not any(t.startswith(("I'm recruiting", "We have several", "Pay is")) for t in minimum)
    residing = [r for r in report["preferred"] if "residing" in r["text"]]
    assert residing and residing[0]["condition"] == "location"


PROSE_CLINIC = """Speech Pathologist - Early Intervention (Perth)

Kookaburra Therapy is a team of 15 therapists working with families across Perth's south. We see
children at home, at kindy and in our clinic in Fremantle.

You will carry a caseload of children aged 0 to 7 and run sessions in natural settings. You will
hold full membership of Speech Pathology Australia and be eligible for Certified Practising status.
You will have at least two years of paediatric experience. Above all, you will explain plans
warmly to parents and be comfortable presenting at case conferences.

Experience with AAC devices would be highly regarded. Makaton training is also welcomed.
"""


def test_prose_asks_in_the_future_tense_and_softer_preferred_cues(run_json, tmp_path: Path) -> None:
    """ "You will hold full membership ..." asks for a credential, "... and be comfortable
    presenting" for a trait, where "You will carry a caseload" is a duty; "would be highly
    regarded" and "is also welcomed" make a line preferred."""
    posting = tmp_path / "speech.md"
    posting.write_text(PROSE_CLINIC, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = _texts(report, "minimum"), _texts(report, "preferred")
    assert any(t.startswith("You will hold full membership") for t in minimum), minimum
    assert any("be comfortable presenting" in t for t in minimum), minimum
    assert not any("carry a caseload" in t for t in minimum + preferred)
    assert any("AAC devices" in t for t in preferred) and any("Makaton" in t for t in preferred), preferred


ADJUSTER_MAIL = """Subject: Field adjuster role in Tampa

Hi Sam,

I'm recruiting a field property adjuster for a carrier client. What they need:
* 2+ years handling first-party property claims
* Proficiency in Xactimate

Would be great if you also have:
* CAT deployment experience (hurricane, hail or wildfire)
* Spanish language skills

Thanks,
Dana

Dana Whitfield
Senior Recruiter, Insurance & Claims
Harborline Talent Partners
"""


@pytest.mark.parametrize(
    "heading", ["Would be great if you also have:", "Would be great:", "Would be nice:", "Great to have:"]
)
def test_a_would_be_great_list_is_preferred_and_the_signature_is_no_requirement(
    run_json, tmp_path: Path, heading: str
) -> None:
    posting = tmp_path / "mail.txt"
    posting.write_text(ADJUSTER_MAIL.replace("Would be great if you also have:", heading), encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = _texts(report, "minimum"), _texts(report, "preferred")
    assert any(t.startswith("CAT deployment") for t in preferred), preferred
    assert any(t.startswith("Spanish") for t in preferred), preferred
    assert any("Xactimate" in t for t in minimum), minimum
    assert not any("Recruiter" in t or "Harborline" in t for t in minimum + preferred)


def test_entitled_to_work_is_work_authorisation(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "mail.txt"
    asks = ADJUSTER_MAIL.replace("* Proficiency in Xactimate", "* Legally entitled to work in the US")
    posting.write_text(asks, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    [entitled] = [r for r in report["minimum"] if "entitled" in r["text"]]
    assert entitled["condition"] == "work authorisation", entitled


JOB_BOARD = """Site Engineer – Water Treatment Plants
Varuna Projects Ltd · Chennai, Tamil Nadu
Experience: 3 - 6 Years | Salary: INR 6 - 9 Lacs P.A.
Job description
Desired Candidate Profile
• 3+ years of site execution on water or wastewater projects
• Working knowledge of Primavera P6
• Revit (preferred)
Education
UG: B.Sc./B.Tech in Civil
PG: M.E./M.Tech in Environmental Engineering (preferred)
Role details
Role: Site Engineer | Industry Type: Infrastructure | Department: Construction
Employment Type: Full Time, Permanent
"""


def test_a_job_boards_education_block_and_preferred_marks(run_json, tmp_path: Path) -> None:
    """A job board's "Education" block lists degrees asked ("UG: ...", "PG: ..."); "(preferred)"
    on its own at a line's end makes the whole line preferred; "Role details" is no requirement."""
    posting = tmp_path / "naukri.txt"
    posting.write_text(JOB_BOARD, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = report["minimum"], report["preferred"]
    texts = [r["text"] for r in minimum + preferred]
    ug = next(r for r in minimum if r["text"].startswith("UG:"))
    assert ug["degree"]["levels"] == ["bachelor"] and ug["groups"] == [], ug
    pg = next(r for r in preferred if r["text"].startswith("PG:"))
    assert pg["degree"]["levels"] == ["master"]
    assert pg["groups"] == [], pg  # the field is the degree's, not a skill asked for
    assert any(r["text"] == "Revit (preferred)" for r in preferred), texts
    assert not any("Role:" in t or "Employment Type" in t for t in texts), texts


EDUCATION_BLOCK = """Embedded Test Engineer
Kaveri Systems · Hyderabad
Job description
Key requirements
• 2+ years of testing firmware on ARM microcontrollers
Education
UG: B.E./B.Tech. in Electronics, B.Sc. in Any Specialization, Diploma in Electronics
{pg}
Key Skills
Embedded C | Python | Oscilloscope
"""


@pytest.mark.parametrize(
    ("first", "bucket"),
    [
        ("UG: B.E./B.Tech. in Electronics, B.Sc. in Any Specialization, Diploma in Electronics", "preferred"),
        ("", "minimum"),
    ],
)
def test_a_job_boards_postgraduate_line_beside_a_first_degree_is_welcome(
    run_json, tmp_path: Path, first: str, bucket: str
) -> None:
    """ "UG: B.E. in ..." over "PG: M.Tech in ...": two lines (the "B.E. in" is no sentence's end, and
    a "Label:" line starts anew); beside a first-degree line the postgraduate one is preferred,
    alone it is what the posting asks."""
    text = EDUCATION_BLOCK.replace(
        "UG: B.E./B.Tech. in Electronics, B.Sc. in Any Specialization, Diploma in Electronics\n",
        first + "\n" if first else "",
    )
    posting = tmp_path / "board.txt"
    posting.write_text(
        text.format(pg="PG: M.Tech in Embedded Systems, MCA in Any Specialization"), encoding="utf-8"
    )
    report = run_json("extract", posting, "--format", "json")
    pg = [r for r in report[bucket] if r["text"].startswith("PG:")]
    assert len(pg) == 1 and pg[0]["degree"]["levels"] == ["master"], report
    if first:
        ug = [r for r in report["minimum"] if r["text"].startswith("UG:")]
        assert len(ug) == 1 and "PG:" not in ug[0]["text"], report["minimum"]


def test_an_added_ask_in_prose_is_a_requirement(run_json, tmp_path: Path) -> None:
    """ "You also need a valid EU work permit, as we can't sponsor": an ask added in a paragraph
    under a heading nobody knows, with a "we" clause after it."""
    posting = tmp_path / "good_to_know.md"
    posting.write_text(
        "# Content Designer\n\n## What you'll bring\n- 3+ years writing product copy\n\n## Good to know\n\n"
        "We work hybrid, two office days a week in Rotterdam. You also need a valid EU work permit, as we "
        "are not able to sponsor visas for this role.\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    permit = [r for r in report["minimum"] if "work permit" in r["text"]]
    assert permit and permit[0]["condition"] == "work authorisation", report["minimum"]


SPANISH_POSTING = """Vacante: Analista de Compras
## ¿Quiénes somos?
Somos una empresa de autopartes con planta en Saltillo.
## Principales responsabilidades
- Negociar con proveedores nacionales
## Perfil del puesto
Requisito | Tipo
Mínimo 2 años de experiencia en compras industriales | Indispensable
Manejo de SAP (MM o Ariba) | Indispensable
Certificación CPSM o CPP | Deseable
## Ofrecemos
Sueldo competitivo y prestaciones superiores a las de ley.
"""


def test_a_spanish_posting_with_a_bucket_column(run_json, tmp_path: Path) -> None:
    """A posting in Spanish: "Perfil del puesto" is its requirements, a row's last cell
    ("Indispensable", "Deseable") its bucket, "o" joins alternatives and "años" counts years."""
    posting = tmp_path / "vacante.md"
    posting.write_text(SPANISH_POSTING, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = report["minimum"], report["preferred"]
    years = next(r for r in minimum if r["text"].startswith("Mínimo 2 años"))
    assert years["years"]["min"] == 2
    sap = next(r for r in minimum if r["text"].startswith("Manejo de SAP"))
    assert [len(g["terms"]) for g in sap["groups"]] == [3], sap["groups"]
    cert = next(r for r in preferred if r["text"].startswith("Certificación"))
    assert [len(g["terms"]) for g in cert["groups"]] == [2], cert["groups"]
    named = [t["text"] for r in minimum + preferred for g in r["groups"] for t in g["terms"]]
    assert not any(word in named for word in ("Indispensable", "Deseable", "Manejo")), named
    assert not any("Sueldo" in r["text"] or "Negociar" in r["text"] for r in minimum + preferred)


def test_a_line_that_will_be_prioritised_is_preferred(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "p.txt"
    posting.write_text(
        "Requirements\n- 5+ years of event management\n"
        "- Candidates already in Qatar who can join within 30 days will be prioritised.\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    assert any("prioritised" in r["text"] for r in report["preferred"]), report


PLUMBER = """Registered Plumber
What we need from you
- Minimum 3 years' post-apprenticeship experience in residential plumbing
- Good communication skills with customers

Nice if you also have:
- Backflow testing certification

You must be eligible to work in Australia. You'll also need to be available for our on-call roster.

What's in it for you
- Company van and phone
"""


def test_asks_in_prose_after_a_list_and_a_nice_if_heading(run_json, tmp_path: Path) -> None:
    """The sentences after the lists that plainly ask are asked of everyone (minimum), whichever
    list they follow; "Nice if you also have:" heads preferred items."""
    posting = tmp_path / "plumber.txt"
    posting.write_text(PLUMBER, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = report["minimum"], report["preferred"]
    assert any(r["text"] == "You must be eligible to work in Australia." for r in minimum), minimum
    assert any(r["condition"] == "availability" and "on-call" in r["text"] for r in minimum), minimum
    assert [r["text"] for r in preferred] == ["Backflow testing certification"]


def test_a_pdf_bullet_is_not_joined_to_the_sentence_after_the_list(run_json, tmp_path: Path) -> None:
    from conftest import make_pdf

    long_item = (
        "• Excellent organisational skills and the ability to manage multiple sites and priorities "
        "independently"
    )
    pdf = make_pdf(
        tmp_path / "cra.pdf",
        ["Requirements", long_item, "The role requires frequent travel to investigator sites (about 50%)."],
    )
    report = run_json("extract", pdf, "--format", "json")
    texts = [r["text"] for r in report["minimum"]]
    assert any(t.endswith("independently") for t in texts), texts
    travel = [r for r in report["minimum"] if r["text"].startswith("The role requires")]
    assert travel and travel[0]["condition"] == "travel", texts


def test_a_skills_and_competencies_list_and_an_african_language(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "bank.txt"
    posting.write_text(
        "QUALIFICATION AND EXPERIENCE\n- First degree in Banking and Finance\n"
        "SKILLS AND COMPETENCIES\n- Good credit analysis skills\n- Ability to speak Ewe is desirable\n"
        "Candidates must be prepared to accept posting to any branch in the Volta Region.\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    assert any(r["text"] == "Good credit analysis skills" for r in report["minimum"]), report
    ewe = [r for r in report["preferred"] if "Ewe" in r["text"]]
    assert ewe and ewe[0]["kinds"] == ["language"], report["preferred"]
    assert any(r["condition"] == "relocation" for r in report["minimum"]), report["minimum"]


ADDITIONAL_INFORMATION = """# Site Manager – Data Centre Fit-out

## Requirements
- 6+ years managing mechanical and electrical fit-out packages
- SMSTS or equivalent site safety certificate

## Additional information
Reports and client meetings are in German, so fluent written and spoken German is required. Dutch language
skills would be an advantage. The site is in Frankfurt and the team works Monday to Friday.

## What we offer
Company car, 30 days of leave and a yearly bonus.
"""


def test_asks_written_in_an_additional_information_paragraph(run_json, tmp_path: Path) -> None:
    """ "Additional information" is no benefits block: a sentence in it that asks ("... German is
    required", "Dutch language skills would be an advantage.") is a requirement, by its cue."""
    posting = tmp_path / "site_manager.md"
    posting.write_text(ADDITIONAL_INFORMATION, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = _texts(report, "minimum"), _texts(report, "preferred")
    assert any("German is required" in t for t in minimum), minimum
    assert any(t.startswith("Dutch language skills") for t in preferred), preferred
    assert not any("Company car" in t or "Monday to Friday" in t for t in minimum + preferred)


def test_plain_words_in_brackets_after_a_thing_are_kinds_of_it(run_json, tmp_path: Path) -> None:
    """ "Experience in cheese making (halloumi, feta or paneer)": any of the kinds shows it; a
    bracket of numbers or single short codes is not read this way."""
    posting = tmp_path / "dairy.md"
    posting.write_text(
        "# Dairy Technologist\n\n## Requirements\n- Experience in cheese making (halloumi, feta or paneer)\n"
        "- Cheese grading (2 years, EU)\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    cheese, grading = report["minimum"]
    [group] = cheese["groups"]
    assert [t["text"] for t in group["terms"]] == ["cheese making", "halloumi", "feta", "paneer"], group
    assert group["need"] == 1 and group["examples"]
    assert all(len(g["terms"]) == 1 for g in grading["groups"]), grading["groups"]
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Eleni Georgiou\nEXPERIENCE\nProduction Technologist, Kyros Dairies  2019 – Present\n"
        "- Ran the halloumi line: brining, pressing and vacuum packing, 4 t a day\n",
        encoding="utf-8",
    )
    scored = run_json("score", resume, "--posting", posting, "--format", "json")
    assert scored["requirements"][0]["verdict"] == "met", scored["requirements"][0]


def test_a_sentence_describing_the_person_sought_after_a_list(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "bus.md"
    posting.write_text(
        "# Bus Captain\n\n## Job Requirements\n- Class 4 driving licence\n\n"
        "Buses run from 5.30am. We are looking for drivers who are customer-focused and patient.\n\n"
        "## Good to Have\n- Experience driving buses, coaches or other heavy vehicles\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    assert any(r["text"].startswith("We are looking for drivers who") for r in report["minimum"]), report
    [vehicles] = report["preferred"]
    kinds = {t["kind"] for g in vehicles["groups"] for t in g["terms"]}
    assert "competency" not in kinds, vehicles  # "coaches" here are vehicles, not coaching


def test_a_bracketed_list_with_one_known_name_takes_the_others_as_alternatives(
    run_json, tmp_path: Path
) -> None:
    posting = tmp_path / "site.md"
    posting.write_text(
        "## Desirables\n- Trade background (bricklayer, joiner, carpenter etc.)\n", encoding="utf-8"
    )
    report = run_json("extract", posting, "--format", "json")
    [group] = report["preferred"][0]["groups"]
    assert {t["text"] for t in group["terms"]} >= {"bricklayer", "joiner", "carpenter"} and group["need"] == 1


def test_a_job_board_s_preferred_candidate_facets(run_json, tmp_path: Path) -> None:
    """Bayt's "Preferred Candidate" block: its facets are preferred requirements, a facet that
    asks for nothing ("Gender: Any") is none, and "Min: 1 Max: 2" are years."""
    posting = tmp_path / "bayt.txt"
    posting.write_text(
        "Night Auditor\n\nJob Description\nRequirements:\n- Opera PMS experience\n\nPreferred Candidate\n"
        "Years of Experience: Min: 1 Max: 2\nResidence Location: United Arab Emirates\nGender: Any\n"
        "Nationality: Any\nDegree: Diploma\n\nBenefits\nStaff accommodation\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    preferred = {r["text"]: r for r in report["preferred"]}
    assert preferred["Years of Experience: Min: 1 Max: 2"]["years"]["min"] == 1
    assert preferred["Residence Location: United Arab Emirates"]["condition"] == "location"
    assert preferred["Degree: Diploma"]["degree"]["level"] == "diploma"
    assert not any(t.startswith(("Gender", "Nationality")) for t in preferred), list(preferred)


AGENCY_MAIL = """From: Hiring Desk <jobs@gulfstar-manpower.example>
Subject: URGENT - SCAFFOLDERS (TUV CERTIFIED) - JUBAIL, KSA

Dear Candidate,

Position       : Scaffolder
Contract       : 2 years (renewable)
Probation      : 3 months
Salary         : SAR 2,800 + OT

Candidate Requirements:
* Minimum 4 years experience as Scaffolder, out of which minimum 1 year in GCC
* Valid third-party scaffolding certificate (TUV or equivalent)
* Must be medically fit and ready to join immediately

Preference will be given to:
* Candidates with refinery shutdown experience
* Tagalog speaking candidates

Interested candidates kindly send the following documents to jobs@gulfstar-manpower.example:
  1. Updated CV
  2. Passport copy (minimum 6 months validity)
  3. Certificate copies

Interview: Sunday 6 Dec 2026 at our Khobar office.
Best Regards,
Recruitment Team
"""


def test_an_agencys_mail_its_terms_its_preference_list_and_the_documents_it_asks_for(
    run_json, tmp_path: Path
) -> None:
    """ "Contract : 2 years" is what the job offers, not years asked; "Preference will be given to:"
    heads the preferred list; "Interested candidates kindly send ..." ends the lists, so the
    documents to send are no requirements; "in GCC" is the Gulf; medically fit is a condition."""
    posting = tmp_path / "scaffolder.txt"
    posting.write_text(AGENCY_MAIL, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    minimum, preferred = _texts(report, "minimum"), _texts(report, "preferred")
    assert not any(t.startswith(("Contract", "Probation", "Salary")) for t in minimum + preferred)
    assert preferred == ["Candidates with refinery shutdown experience", "Tagalog speaking candidates"]
    years = next(r for r in report["minimum"] if r["text"].startswith("Minimum 4 years"))
    # the 4 years anywhere, "out of which" 1 in the Gulf
    assert years["years"]["min"] == 4 and years["years"]["regions"] == [], years
    assert [(y["min"], y["regions"]) for y in years["sub_years"]] == [(1, ["gcc"])], years
    assert "gcc" not in years["skills"]  # the Gulf, not the compiler
    fit = next(r for r in report["minimum"] if "medically fit" in r["text"])
    assert fit["condition"] is not None, fit


def test_a_nordic_merit_list_and_the_person_described_after_it(run_json, tmp_path: Path) -> None:
    """ "Meritorious" (meriterande) heads the preferred list; the paragraph that describes the
    person after it asks competencies of everyone."""
    posting = tmp_path / "planner.md"
    posting.write_text(
        "# Traffic Planner\n\n## Your profile\n\n- A degree in transport planning or civil engineering.\n"
        "- At least three years of experience with traffic modelling.\n\n### Meritorious\n\n"
        "- Knowledge of Visum or Aimsun.\n- Experience from a regional transport authority.\n\n"
        "As a person you are structured and take responsibility for your own work.\n\n"
        "## We offer\n\nFlexible hours and wellness allowance.\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    preferred = _texts(report, "preferred")
    assert preferred == ["Knowledge of Visum or Aimsun.", "Experience from a regional transport authority."]
    person = next(r for r in report["minimum"] if r["text"].startswith("As a person"))
    kinds = {t["kind"] for g in person["groups"] for t in g["terms"]}
    assert kinds == {"competency"}, person


def test_a_list_under_a_heading_nobody_knows_beside_the_requirements(run_json, tmp_path: Path) -> None:
    """A posting with its own requirements list and another list of qualifications under a heading
    the vocabulary does not know ("Clinical Abilities"): that list is read too, item by item."""
    posting = tmp_path / "nurse.txt"
    posting.write_text(
        "STAFF NURSE - RENAL UNIT\n\nREQUIREMENTS\n- Registered Nurse with the Nursing Council\n"
        "- Two years of post-registration experience\n\nCLINICAL ABILITIES\n"
        "- Sound judgement in the care of dialysis patients\n"
        "- Good counselling skills with patients and families\n\nAPPLICATIONS\n"
        "Send your CV to hr@example.org.\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    minimum = _texts(report, "minimum")
    assert "Sound judgement in the care of dialysis patients" in minimum
    assert "Good counselling skills with patients and families" in minimum


def test_a_colombian_posting_years_in_words_a_masters_and_spanish_list_cues(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "docente.md"
    posting.write_text(
        "# Docente de Física\n\n## Requisitos\n\n"
        "- Experiencia mínima de cuatro (4) años como docente de física.\n"
        "- Manejo de simuladores, como PhET, Algodoo o Tracker.\n"
        "- Disponibilidad para iniciar labores en febrero de 2027.\n\n## Se valorará\n\n"
        "- Maestría en Educación.\n- Preferiblemente con experiencia en colegios campestres.\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    minimum = {r["text"]: r for r in report["minimum"]}
    assert minimum["Experiencia mínima de cuatro (4) años como docente de física."]["years"]["min"] == 4
    [simulators] = [
        g
        for g in minimum["Manejo de simuladores, como PhET, Algodoo o Tracker."]["groups"]
        if len(g["terms"]) > 1
    ]
    assert {t["text"] for t in simulators["terms"]} >= {"PhET", "Algodoo", "Tracker"} and simulators[
        "need"
    ] == 1
    assert minimum["Disponibilidad para iniciar labores en febrero de 2027."]["condition"] == "availability"
    preferred = {r["text"]: r for r in report["preferred"]}
    assert preferred["Maestría en Educación."]["degree"]["level"] == "master"
    asked = [
        t["text"]
        for g in preferred["Preferiblemente con experiencia en colegios campestres."]["groups"]
        for t in g["terms"]
    ]
    assert "Preferiblemente" not in asked, asked


NEWSPAPER_AD = """NORTHERN PLAINS MICROFINANCE LTD
(Licensed by the Bank of Tanzania under the Microfinance Act, 2018)
VACANCY - LOAN OFFICER (GROUP LENDING) - DODOMA BRANCH

The ideal candidate should possess a Bachelor's degree in Business Administration, Finance or Economics.
Applicants should have a minimum of 2 years of experience in microfinance lending.

In addition, candidates should
- Be below 35 years of age as at 31st January 2027
- Possess a valid motorcycle licence
- Be fluent in Kiswahili and English
Completion of a banking certificate (e.g. TIOB Certificate in Banking) would be an added advantage.
An attractive remuneration package including transport allowance and medical cover awaits the
successful candidate.

Please forward your CV to careers@example.co.tz within 14 days.
"""


def test_a_newspaper_ads_prose_its_company_note_and_pay(run_json, tmp_path: Path) -> None:
    """The company's own licence in brackets and the pay it offers are no requirements; "e.g."
    inside brackets does not end a sentence; an upper age limit is an age, not years."""
    posting = tmp_path / "ad.txt"
    posting.write_text(NEWSPAPER_AD, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = _texts(report, "minimum") + _texts(report, "preferred")
    assert not any(t.startswith(("(Licensed by", "An attractive")) for t in texts), texts
    assert (
        "Completion of a banking certificate (e.g. TIOB Certificate in Banking) would be an added advantage."
        in _texts(report, "preferred")
    )
    age = next(r for r in report["minimum"] if "years of age" in r["text"])
    assert age["condition"] == "age" and age["years"] is None


def test_a_mail_that_asks_in_prose_for_months_in_rank(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "crew.txt"
    posting.write_text(
        "Subject: Chief Officer for product tankers\n\nDear Officers,\n\n"
        "We need someone who has served at least 18 months in rank as Chief Officer on product tankers.\n\n"
        "Key criteria\n- Valid STCW II/2 certificate of competency\n- ECDIS generic and type-specific\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    served = next(r for r in report["minimum"] if r["text"].startswith("We need someone"))
    assert served["years"]["min"] == 1.5, served


def test_a_thrive_here_heading_and_a_nice_but_not_needed_item(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "editor.md"
    posting.write_text(
        "# Subtitle Editor\n\n## You'll thrive here if you have\n\n"
        "- Native-level Estonian and excellent English (C1)\n"
        "- 2+ years of subtitling experience\n\n## Bonus\n\n"
        "- Sworn translator status is nice but not needed\n",
        encoding="utf-8",
    )
    report = run_json("extract", posting, "--format", "json")
    assert "Native-level Estonian and excellent English (C1)" in _texts(report, "minimum")
    assert _texts(report, "preferred") == ["Sworn translator status is nice but not needed"]


ANNOUNCED_OPENING = """Dispatch Supervisor - Durban

About the company
Harbour Freight Logistics moves containers for 300 shippers along the east coast. We are looking for a
Dispatch Supervisor to join our operations team at the Bayhead depot.

What you will do
- Plan the daily routes of 40 trucks

What we need
- At least 4 years of dispatch or fleet control experience
- Code 10 driving licence
We are also looking for a candidate with working knowledge of MiX Telematics.
"""


def test_a_sentence_announcing_the_opening_is_no_requirement(run_json, tmp_path: Path) -> None:
    """ "We are looking for a Dispatch Supervisor to join our team" names the job; the same form
    that goes on to ask ("... a candidate with working knowledge of ...") still asks."""
    posting = tmp_path / "dispatch.txt"
    posting.write_text(ANNOUNCED_OPENING, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = _texts(report, "minimum") + _texts(report, "preferred")
    assert not any("to join our operations team" in t for t in texts), texts
    assert any("MiX Telematics" in t for t in texts), texts
    assert any(t.startswith("At least 4 years") for t in texts), texts


AGENCY_MAIL_PROSE = """Subject: NEW ROLE - Ski Instructor, Niseko (start Dec 2027)

Hi all,

Hope you're keeping well! I've just been briefed on a new opening and wanted to share it first.

WHAT THEY ARE LOOKING FOR
You must hold a CSIA Level 2 or BASI Level 2 qualification. You must have at least 120 teaching days
logged in the last two seasons. Japanese is a plus.

If this sounds like you, please reply with your CV. The client wants to interview via Zoom next week.

Kind regards,
Tom
"""


def test_a_mails_greeting_and_how_to_apply_are_no_requirements(run_json, tmp_path: Path) -> None:
    posting = tmp_path / "mail.txt"
    posting.write_text(AGENCY_MAIL_PROSE, encoding="utf-8")
    report = run_json("extract", posting, "--format", "json")
    texts = _texts(report, "minimum") + _texts(report, "preferred")
    assert not any(
        t.startswith(("Hope you", "I've just", "If this sounds", "The client wants")) for t in texts
    )
    assert any("CSIA Level 2" in t for t in texts), texts
    assert any("120 teaching days" in t for t in texts), texts
