"""The competency (soft-skill) checker: met when job lines describe work that needed it, partly
when it is only claimed or listed (or one sign of it), missing when there is no sign of it."""

from __future__ import annotations

import pytest
from match_helpers import results, verdict


def analyst(end: str) -> str:
    return f"EXPERIENCE\nSenior Financial Analyst, Harbor Freightways   Mar 2020 – {end}\n"


@pytest.mark.parametrize(
    ("requirement", "resume", "name", "sign"),
    [
        (
            "Excellent communication skills",
            analyst("Present") + "- Presented monthly forecasts to the CFO and the board\n"
            "- Wrote the variance commentary for the quarterly reports\n",
            "Communication",
            "present",
        ),
        (
            "Strong negotiation skills",
            "EXPERIENCE\nAccount Executive, Norvik Packaging   Feb 2019 – Dec 2025\n"
            "- Negotiated three-year supply contracts with two grocery chains worth $4M\n"
            "- Closed the Baltic distributor deal after negotiating volume rebates\n",
            "Negotiation",
            "negot",
        ),
        (
            "Proven leadership of field crews",
            "EXPERIENCE\nSite Superintendent, Keystone Builders   Apr 2016 – Present\n"
            "- Led a crew of 25 carpenters and laborers on a six-storey build\n"
            "- Supervised three subcontractor foremen every day\n",
            "Leadership",
            "led a",
        ),
        (
            "Meticulous attention to detail",
            "EXPERIENCE\nRegistered Nurse, Mercy General Hospital   Jun 2018 – Present\n"
            "- Double-checked high-alert medication doses with a second nurse\n"
            "- Audited charts for documentation errors each week\n",
            "Attention to detail",
            "audit",
        ),
        (
            "Conflict resolution skills",
            "EXPERIENCE\nHR Business Partner, Lindqvist Retail   Jan 2019 – Dec 2025\n"
            "- Mediated disputes between store managers and staff\n"
            "- Investigated and resolved 40 employee grievances\n",
            "Conflict resolution",
            "grievanc",
        ),
        (  # targets beaten in numbers
            "A results-driven approach",
            "EXPERIENCE\nBusiness Development Manager, Vantaa Logistics Oy   Jan 2020 – Present\n"
            "- Signed EUR 2.1m of new business in 2024, 118% of target\n"
            "- Ranked second of 14 regional managers on margin\n",
            "Results and targets",
            "of target",
        ),
        (  # running a site and managing subcontractors
            "Strong leadership of site teams",
            "EXPERIENCE\nSite Manager, Calder Homes Ltd   Mar 2017 – Present\n"
            "- Managed 14 trade subcontractors on a 60-home development\n"
            "- Daily briefings, programme updates and handover to the client\n",
            "Leadership",
            "subcontractor",
        ),
    ],
)
def test_work_that_needed_it_meets_a_competency(requirement: str, resume: str, name: str, sign: str) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == "met", result.reason
    assert f"{name}: shown by work described" in result.reason and sign in result.reason
    assert result.parts[0].kind == "competency"


@pytest.mark.parametrize("end", ["Dec 2025", "Present"])
def test_a_competency_only_claimed_is_partly_met(end: str) -> None:
    resume = (
        "SUMMARY\nDetail-minded accountant and excellent communicator.\n"
        + analyst(end)
        + "- Reconciled 14 bank accounts each month\n- Closed the books in four days\n"
    )
    [result] = results("Excellent communication skills", resume)
    assert result.verdict == "partial"
    assert "claimed (“excellent communicator”)" in result.reason and "no work described" in result.reason
    assert result.gap == "communication" and result.suggestion


@pytest.mark.parametrize("end", ["Dec 2025", "Present"])
def test_a_competency_only_listed_under_strengths_is_partly_met(end: str) -> None:
    resume = (
        analyst(end) + "- Reconciled 14 bank accounts each month\n- Closed the books in four days\n"
        "STRENGTHS\nCommunication, Excel, attention to detail\n"
    )
    [result] = results("Excellent communication skills", resume)
    assert result.verdict == "partial"
    assert "outside jobs" in result.reason
    assert result.evidence[0].text == "Communication, Excel, attention to detail"


def test_a_competency_only_in_a_skills_list_is_partly_met() -> None:
    resume = (
        "EXPERIENCE\nAccount Executive, Norvik Packaging   Feb 2019 – Dec 2025\n"
        "- Prospected 60 accounts a week\n"
        "SKILLS\nNegotiation, Salesforce, cold calling\n"
    )
    found, reason = verdict("Strong negotiation skills", resume)
    assert found == "partial" and "outside jobs" in reason


def test_one_line_of_such_work_is_only_one_sign() -> None:
    resume = (
        "EXPERIENCE\nAccount Executive, Norvik Packaging   Feb 2019 – Dec 2025\n"
        "- Negotiated three-year supply contracts with grocery chains worth $4M\n"
        "- Prospected 60 accounts a week\n"
    )
    found, reason = verdict("Strong negotiation skills", resume)
    assert found == "partial" and "one sign of it in a job" in reason


@pytest.mark.parametrize(
    ("requirement", "resume", "absent"),
    [
        (
            "Excellent communication skills",
            analyst("Dec 2025")
            + "- Reconciled 14 bank accounts each month\n- Closed the books in four days\n",
            "communication",
        ),
        pytest.param(
            "Excellent communication skills",
            analyst("Present")
            + "- Reconciled 14 bank accounts each month\n- Closed the books in four days\n",
            "communication",
            id="current job",
        ),
        (
            "Conflict resolution skills",
            "EXPERIENCE\nPayroll Specialist, Lindqvist Retail   Jan 2019 – Dec 2025\n"
            "- Ran payroll for 800 staff\n",
            "conflict resolution",
        ),
    ],
)
def test_a_competency_with_no_sign_is_missing(requirement: str, resume: str, absent: str) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == "missing", result.reason
    assert f"no sign of {absent}" in result.reason


def test_how_european_postings_word_soft_skills_is_checked() -> None:
    """ "A structured, independent way of working and team spirit" (as German and Dutch postings
    in English put it) names organisation, ownership and teamwork: it gets a verdict."""
    [result] = results(
        "A structured and independent way of working and strong team spirit",
        "EXPERIENCE\nProcurement Assistant, Rhenus Parts GmbH   Jan 2021 – Present\n"
        "- Coordinated with the warehouse team on 300 open orders a week\n"
        "- Worked closely with suppliers to schedule deliveries\n",
    )
    assert result.verdict != "unassessed", result.reason
    kinds = {part.kind for part in result.parts}
    assert kinds == {"competency"}


def test_professional_development_is_shown_by_courses_and_journal_clubs() -> None:
    line = "Commitment to evidence-based practice and continuing professional development"
    shown = (
        "EXPERIENCE\nOccupational Therapist, Riverside Rehab   Mar 2019 – Present\n"
        "- Lead the monthly journal club for the therapy team\n"
        "- Completed short courses in vestibular rehabilitation and presented at the state OT conference\n"
    )
    found, reason = verdict(line, shown)
    assert found == "met", reason
    silent = (
        "EXPERIENCE\nOccupational Therapist, Riverside Rehab   Mar 2019 – Present\n- Saw 12 clients a day\n"
    )
    assert verdict(line, silent)[0] == "missing"


def test_working_unsupervised_shows_working_autonomously() -> None:
    resume = (
        "EXPERIENCE\nLight Vehicle Mechanic, Golden Square Auto   Jan 2021 – Present\n"
        "- Work unsupervised on a daily load of 6–8 services and repairs\n"
        "- Manage my own workload and book parts with the service desk\n"
    )
    found, reason = verdict("Ability to work autonomously and manage your own workload", resume)
    assert found == "met", reason


def test_a_job_line_doing_what_the_requirement_describes_shows_the_competency() -> None:
    """ "Communication skills, including toolbox talks and client walk-throughs": a job line that
    runs toolbox talks and client walk-throughs shows it, beside any other sign; one shared word
    does not."""
    requirement = "Good communication skills, including toolbox talks and client walk-throughs"
    doing = (
        "SUMMARY\nSite supervisor who enjoys presenting to clients.\n"
        "EXPERIENCE\nSite Supervisor, Haldane Build   Jan 2019 – Present\n"
        "- Ran weekly toolbox talks and client walk-throughs on a 40-unit scheme\n"
    )
    once = (
        "SUMMARY\nSite supervisor who enjoys presenting to clients.\n"
        "EXPERIENCE\nSite Supervisor, Haldane Build   Jan 2019 – Present\n"
        "- Signed off client snag lists on a 40-unit scheme\n"
    )
    [shown] = results(requirement, doing)
    assert shown.verdict == "met" and "toolbox talks" in shown.reason, shown.reason
    [partly] = results(requirement, once)
    assert partly.verdict != "met", partly.reason


def test_a_summarys_self_portrait_is_a_sign_not_work_shown() -> None:
    """ "Organised, deadline-driven, managing multiple priorities" in the summary describes the
    author, not work done: partly, however many evidence words it holds."""
    resume = (
        "SUMMARY\nExperienced payroll administrator. Organised, deadline-driven and comfortable managing "
        "multiple priorities and deadlines.\n"
        "EXPERIENCE\nPayroll Administrator, Kestrel Foods   2019 – Present\n"
        "- Ran the fortnightly payroll for 300 staff\n"
    )
    found, reason = verdict("Excellent organisational and time-management skills", resume)
    assert found == "partial", reason
    assert "outside jobs" in reason


def test_a_setting_beside_the_ask_is_no_second_ask() -> None:
    """ "Customer service skills in a fast-paced environment": the customer service is asked;
    the fast pace is where it happens (a detail), so a résumé showing the service meets it."""
    resume = (
        "EXPERIENCE\nSales Assistant, Corner Books   2020 – Present\n"
        "- Handled customer complaints and returns and refunds at the front counter\n"
        "- Ran the service desk on Saturdays\n"
    )
    [result] = results("Strong customer service skills in a fast-paced environment", resume)
    assert result.verdict == "met", result.reason


@pytest.mark.parametrize(
    ("requirement", "competency"),
    [
        ("You should be able to lead and train a small crew on your shift", "Leadership"),
        ("Able to train junior technicians", "Mentoring and coaching"),
    ],
)
def test_leading_and_training_people_are_named(requirement: str, competency: str) -> None:
    [result] = results(requirement, "EXPERIENCE\nTechnician, Acme   2020 – Present\n- Fixed pumps\n")
    assert any(competency.lower() in part.reason.lower() for part in result.parts), result.reason


def test_onboarding_users_is_not_mentoring() -> None:
    """A designer's "onboarding flow" is a product's sign-up, not people brought up to speed."""
    resume = (
        "EXPERIENCE\nProduct Designer, Finly   2021 – Present\n"
        "- Redesigned the onboarding flow and onboarded 40% more users in the first week\n"
    )
    found, reason = verdict("You have mentored junior designers", resume)
    assert found == "missing", reason


def test_renegotiated_contracts_show_negotiation() -> None:
    resume = (
        "EXPERIENCE\nEvents Manager, Harbour Hotels   2019 – Present\n"
        "- Renegotiated venue and AV contracts, saving 12% a year\n"
        "- Negotiated supplier rates for 40 conferences\n"
    )
    found, reason = verdict("Strong negotiation skills with venues and suppliers", resume)
    assert found == "met", reason


def test_good_relationships_with_brokers_are_stakeholder_work() -> None:
    resume = (
        "EXPERIENCE\nUnderwriter, Harbour Insurance   2019 – Present\n"
        "- Handle 25 broker accounts and make regular broker visits\n"
    )
    [result] = results("Able to build good relationships with brokers and agents", resume)
    assert any("Stakeholder" in p.reason and p.verdict == "met" for p in result.parts), result.reason


def test_a_plural_noun_still_names_a_competency_that_is_no_activity() -> None:
    """ "stakeholders" names stakeholder management; only an activity's plural ("coaches" for
    coaching) is another thing."""
    resume = "Rana Aziz\nEXPERIENCE\nEvent Manager, Gulf Events  2019 – Now\n- Briefed the CEO\n"
    [result] = results("Confidence managing senior government and corporate stakeholders", resume)
    kinds = {t.kind for g in result.requirement.groups for t in g.terms}
    assert kinds == {"competency"}, result.requirement.groups


@pytest.mark.parametrize(
    ("requirement", "job_lines", "name"),
    [
        (
            "Good timekeeping and a strong work ethic",
            "- Employee of the Month, March 2023 (punctuality)\n- 100% attendance award 2022\n",
            "Reliability and work ethic",
        ),
        (
            "Accurate record-keeping skills",
            "- Kept daily log sheets for all pumps\n- Maintained calibration records for the lab\n",
            "Record keeping",
        ),
        (
            "Experience supervising a small crew",
            "- Leading hand over a 5-man roofing crew\n- Chargehand on the Eastgate site\n",
            "Leadership",
        ),
    ],
)
def test_trade_and_operator_work_shows_a_competency(requirement: str, job_lines: str, name: str) -> None:
    resume = f"EXPERIENCE\nOperator, Westbank Works   Jan 2018 – Present\n{job_lines}"
    [result] = results(requirement, resume)
    assert result.verdict == "met", result.reason
    assert name in result.reason


def test_a_work_ethic_is_not_ethics() -> None:
    [result] = results("A strong work ethic", "EXPERIENCE\nClerk, Acme   2019 – Present\n- Filed invoices\n")
    assert "Discretion" not in result.reason, result.reason


@pytest.mark.parametrize(
    "asked",
    ["Atenção a detalhes, discrição e cordialidade", "Rigueur et sens de l'analyse", "Excelente redação"],
)
def test_soft_skills_named_in_portuguese_and_french_are_competencies(asked: str) -> None:
    [result] = results(
        asked, "Ana Lima\nEXPERIÊNCIA\nAssistente, Cartório Central · 2020 – atual\n- Arquivo\n"
    )
    assert "soft" in result.requirement.kinds, result.requirement.kinds


def test_drafting_in_portuguese_shows_written_communication() -> None:
    resume = (
        "Lucas Prado\nEXPERIÊNCIA PROFISSIONAL\nEstagiário, Tabelionato Central, Curitiba · 2023 – atual\n"
        "- Elaboração de minutas de escrituras e procurações\n- Redação de pareceres para o tabelião\n"
    )
    [result] = results("Excelente redação", resume)
    assert result.verdict != "missing", result.reason


@pytest.mark.parametrize(
    ("requirement", "job_line", "name"),
    [
        (  # two words together in one line: what the talking was for
            "Excellent communication skills",
            "- Talked homeowners through the damp survey findings and the repair quote on site",
            "Communication",
        ),
        (  # a phrase that names the work
            "Warm, clear communication with patients",
            "- Ran the weekly patient education evening for new diabetics",
            "Communication",
        ),
    ],
)
def test_one_job_line_naming_the_work_in_a_phrase_shows_the_competency(
    requirement: str, job_line: str, name: str
) -> None:
    resume = f"EXPERIENCE\nSurveyor and Clinic Assistant, Hollin & Rae   Jan 2019 – Present\n{job_line}\n"
    [result] = results(requirement, resume)
    assert result.verdict == "met", result.reason
    assert f"{name}: shown by work described" in result.reason


def test_one_job_line_with_one_common_word_stays_a_sign() -> None:
    resume = (
        "EXPERIENCE\nWarehouse Lead, Dunmore Freight   Jan 2019 – Present\n"
        "- Present at the morning stand-up for the picking team\n"
    )
    found, reason = verdict("Excellent presentation skills", resume)
    assert found != "met", reason


def test_a_deals_size_is_no_sign_of_organisation() -> None:
    resume = (
        "EXPERIENCE\nAccount Executive, Lumen Payroll   Jan 2021 – Present\n"
        "- Average deal size EUR 9K; sales cycle 20 days\n"
    )
    found, reason = verdict("Highly organised, able to plan your own week", resume)
    assert found == "missing", reason


def test_deals_kept_moving_at_once_show_organisation() -> None:
    resume = (
        "EXPERIENCE\nAccount Executive, Lumen Payroll   Jan 2021 – Present\n"
        "- Kept 40 open deals moving each quarter across three time zones\n"
    )
    found, reason = verdict("Highly organised, able to plan your own week", resume)
    assert found != "missing", reason
