"""The taxonomy-skill checker: aliases, near spellings, narrower skills (one hop, in part unless
used), a different tool of the same kind (partly, said so), listed versus used, hedges and
negations, and short forms whose sense must be confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AS_OF, make_pdf
from match_helpers import results, verdict, verdicts

JOB = "EXPERIENCE\nSenior Engineer, Acme Corp   Jan 2019 – Present\n"


def test_alias_and_canonical_name_match() -> None:
    found, reason = verdict("Experience with Kubernetes", JOB + "- Ran 40 k8s clusters\n")
    assert found == "met" and "k8s" in reason


def test_fuzzy_spelling_of_a_long_name() -> None:
    found, reason = verdict("Experience with Elasticsearch", JOB + "- Tuned Elasticsearh indexes\n")
    assert found == "met" and "spelled" in reason


def test_short_names_are_never_fuzzy_matched() -> None:
    found, _ = verdict("Experience with Rust", JOB + "- Fixed rest APIs and ran Ruby scripts\n")
    assert found == "missing"


def test_narrower_skill_implies_broader_one() -> None:
    """Used in a job, a narrower skill shows the broader one; only listed, it shows it in part."""
    found, reason = verdict("Experience with containers", JOB + "- Deployed services on Kubernetes\n")
    assert found == "met" and "shown by Kubernetes (used in a job)" in reason
    [(found, reason)] = verdicts("Spark, Flink or Beam", JOB + "- Built batch jobs in PySpark\n")
    assert found == "met" and "shown by PySpark (used in a job)" in reason
    found, reason = verdict("Experience with containers", "SKILLS\nKubernetes, Go\n")
    assert found == "partial" and "shown by Kubernetes (only listed)" in reason


def test_hedged_mention_is_only_partial() -> None:
    found, _ = verdict("Experience with Docker", "SKILLS\nFamiliar with Docker\n")
    assert found == "partial"


def test_negated_mention_does_not_count() -> None:
    found, _ = verdict("Experience with Kafka", JOB + "- No experience with Kafka yet\n")
    assert found == "missing"


def test_a_hedge_weakens_only_its_own_clause() -> None:
    resume = JOB + "- Deployed services to Microsoft Azure; familiar with Docker\n"
    [(azure, _), (docker, _)] = verdicts("Experience with Azure\nExperience with Docker", resume)
    assert (azure, docker) == ("met", "partial")


def test_a_different_tool_of_the_same_kind_is_partly_met_and_said_so() -> None:
    resume = JOB + "- Modelled sheet-metal enclosures in CATIA V5 for the production line\n"
    found, reason = verdict("Experience with PTC Creo", resume)
    assert found == "partial"
    assert "CATIA" in reason and "a different tool of the same kind" in reason
    found, _ = verdict("Experience with PTC Creo", JOB + "- Wrote Python services\n")
    assert found == "missing"


# --- a different tool of the same kind, in several fields -----------------------------------


@pytest.mark.parametrize(
    ("requirement", "resume", "asked", "other", "kind"),
    [
        (
            "Experience with NetSuite",
            "EXPERIENCE\nStaff Accountant, Pine & Oak Dental Group   Jan 2019 – Dec 2025\n"
            "- Ran month-end close in QuickBooks Online for 6 clinics\n",
            "NetSuite",
            "QuickBooks",
            "Accounting Software",
        ),
        (
            "Hands-on experience with Terraform",
            "EXPERIENCE\nDevOps Engineer, Tidewater Logistics   May 2018 – Dec 2025\n"
            "- Automated server configuration with Ansible playbooks\n",
            "Terraform",
            "Ansible",
            "Infrastructure as Code",
        ),
        (
            "Experience with AWS",
            "EXPERIENCE\nCloud Engineer, Tidewater Logistics   May 2018 – Dec 2025\n"
            "- Migrated 30 shipment-tracking services to Microsoft Azure\n",
            "Amazon Web Services",
            "Microsoft Azure",
            "Cloud Platforms",
        ),
        (
            "Experience with SolidWorks",
            "EXPERIENCE\nMechanical Design Engineer, Brandt Pumps   Jun 2017 – Dec 2025\n"
            "- Designed cast-iron pump housings in Autodesk Inventor\n",
            "SolidWorks",
            "Autodesk Inventor",
            "CAD",
        ),
    ],
)
def test_a_sibling_tool_is_partly_met_and_named(
    requirement: str, resume: str, asked: str, other: str, kind: str
) -> None:
    [result] = results(requirement, resume)
    assert result.verdict == "partial", result.reason
    assert f"no {asked}, but {other}" in result.reason
    assert "a different tool of the same kind" in result.reason and kind in result.reason
    assert result.gap == asked  # what is missing is the tool asked for, not the one shown
    assert other.split()[-1] in result.evidence[0].text


# --- listed versus used ------------------------------------------------------------------------


def test_a_skill_only_listed_is_partly_met_when_the_line_asks_for_experience() -> None:
    resume = (
        "EXPERIENCE\nSales Development Rep, Kestrel Software   Jan 2022 – Dec 2025\n"
        "- Booked 25 discovery calls a month for two account executives\n"
        "SKILLS\nSalesforce, Outreach, LinkedIn Sales Navigator\n"
    )
    [result] = results("Experience with Salesforce", resume)
    assert result.verdict == "partial"
    assert "listed, but no job or project line shows it used" in result.reason
    assert result.gap == "Salesforce used in a job"
    [result] = results("Experience with Salesforce", resume.replace("- Booked", "- Logged in Salesforce"))
    assert result.verdict == "met" and "Salesforce used" in result.reason


def test_a_listed_skill_meets_a_line_that_does_not_ask_for_experience() -> None:
    resume = (
        "EXPERIENCE\nCivil Drafter, Coastline Civil   Jan 2022 – Dec 2025\n- Drafted grading plans\n"
        "SKILLS\nAutoCAD Civil 3D, Revit, Bluebeam\n"
    )
    found, reason = verdict("Proficiency in Revit", resume)
    assert found == "met" and "listed" in reason


# --- inference: at most one hop, in part unless used ------------------------------------------


def test_an_implied_skill_only_listed_is_at_most_partly_met() -> None:
    listed = (
        "EXPERIENCE\nData Engineer, Meridian Health Analytics   Feb 2019 – Dec 2025\n"
        "- Cleaned claims files for the actuarial team\nSKILLS\nPySpark, SQL, Tableau\n"
    )
    found, reason = verdict("Experience with Apache Spark", listed)
    assert found == "partial" and "shown by PySpark (only listed)" in reason
    used = "EXPERIENCE\nData Engineer, Meridian Health Analytics   Feb 2019 – Dec 2025\n"
    found, reason = verdict("Experience with Apache Spark", used + "- Built claims pipelines in PySpark\n")
    assert found == "met" and "PySpark (used in a job)" in reason


@pytest.mark.parametrize(
    ("requirement", "resume"),
    [
        # PySpark -> Spark -> big data: two hops
        (
            "Experience with big data",
            "EXPERIENCE\nData Engineer, Meridian Health Analytics   Feb 2019 – Dec 2025\n"
            "- Built claims pipelines in PySpark\n",
        ),
        # Django -> Python -> scripting languages: two hops
        (
            "Experience with scripting languages",
            "EXPERIENCE\nWeb Developer, Lantern Media   Feb 2019 – Dec 2025\n"
            "- Built the theatre's booking site in Django\n",
        ),
    ],
)
def test_implications_do_not_chain(requirement: str, resume: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == "missing", reason


# --- short forms whose sense must be confirmed --------------------------------------------------


@pytest.mark.parametrize(
    ("requirement", "resume"),
    [
        (
            "Experience with GCC",
            "EXPERIENCE\nFirmware Engineer, Voltline   Feb 2017 – Dec 2025\n"
            "- Built STM32 firmware with GCC and CMake\n",
        ),
        (
            "Advanced Excel skills",
            "EXPERIENCE\nWarehouse Supervisor, Northgate Logistics   Jan 2018 – Dec 2025\n"
            "- Tracked pick rates in Excel pivot tables\n",
        ),
        (
            "Experience with Spark",
            "EXPERIENCE\nData Engineer, Orion Telecom   Jan 2018 – Dec 2025\n"
            "- Tuned Spark jobs on a 40-node Hadoop cluster\n",
        ),
    ],
)
def test_a_short_form_in_its_technical_sense_counts(requirement: str, resume: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == "met", reason


def _not_the_tool(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.mark.parametrize(
    ("requirement", "resume"),
    [
        pytest.param(
            "Experience with GCC",
            "EXPERIENCE\nRegional Sales Manager, Alder Foods   Feb 2017 – Dec 2025\n"
            "- Managed distributors across the GCC countries\n- Grew Saudi and UAE revenue 30%\n",
            marks=_not_the_tool(
                "'GCC countries' is taken as the compiler: the gcc skill has no ambiguous alias or context "
                "check, so 'GCC used' is met for a sales manager"
            ),
            id="GCC countries",
        ),
        pytest.param(
            "Experience with Chef, Puppet or Ansible",
            "EXPERIENCE\nSous Chef, Harbor Bistro   Jan 2015 – Dec 2019\n"
            "- Ran the line for 120 covers a night\n"
            "IT Support Technician, Brightline Schools   Jan 2020 – Dec 2025\n- Imaged 300 laptops a year\n",
            id="Sous Chef",
        ),
        pytest.param(
            "Advanced Excel skills",
            "EXPERIENCE\nWarehouse Supervisor, Excel Logistics Ltd   Jan 2018 – Dec 2025\n"
            "- Supervised 14 pickers on two shifts\n",
            id="Excel Logistics",
        ),
        pytest.param(
            "Experience with Spark",
            "EXPERIENCE\nSales Representative, Orion Telecom   Jan 2018 – Dec 2025\n"
            "- Won the Spark Award for top quarterly sales in 2022\n",
            id="Spark Award",
        ),
    ],
)
def test_a_short_form_in_another_sense_does_not_count(requirement: str, resume: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == "missing", reason


# --- through the CLI on a PDF résumé ----------------------------------------------------------------


def test_cli_json_on_a_pdf_resume_gives_the_sibling_tool_its_line_gap_and_parts(
    run_json, tmp_path: Path
) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Staff Accountant - Harbor Freightways\n\nRequirements\n- Experience with NetSuite\n"
        "- Bachelor's degree in Accounting or Finance\n",
        encoding="utf-8",
    )
    resume = make_pdf(
        tmp_path / "whitfield.pdf",
        [
            "Dana Whitfield",
            "dana.whitfield@example.com",
            "",
            "EXPERIENCE",
            "Staff Accountant, Pine & Oak Dental Group   Jan 2021 - Present",
            "- Ran the month-end close in QuickBooks Online for six clinics",
            "- Reconciled 14 bank and credit card accounts each month",
            "",
            "EDUCATION",
            "B.S. in Accounting, Portland State University, 2020",
        ],
    )
    report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", AS_OF)
    [netsuite] = [r for r in report["requirements"] if "NetSuite" in r["text"]]
    assert netsuite["verdict"] == "partial"
    assert "QuickBooks" in netsuite["reason"] and "different tool of the same kind" in netsuite["reason"]
    assert netsuite["evidence"][0]["text"] == "Ran the month-end close in QuickBooks Online for six clinics"
    assert netsuite["evidence"][0]["section"] == "experience"
    assert netsuite["gap"] == "NetSuite"
    [part] = netsuite["parts"]
    assert set(part) == {"kind", "verdict", "reason", "evidence", "matched", "missing", "gap"}
    assert (part["kind"], part["verdict"], part["gap"]) == ("skill", "partial", "NetSuite")
    assert part["matched"] == ["quickbooks"] and part["missing"] == ["oracle-netsuite"]
    assert "QuickBooks Online" in part["evidence"][0]["text"]
    [degree] = [r for r in report["requirements"] if "Bachelor" in r["text"]]
    assert degree["verdict"] == "met" and degree["gap"] == ""
    assert degree["evidence"][0]["text"] == "B.S. in Accounting, Portland State University, 2020"
    assert [p["kind"] for p in degree["parts"]] == ["degree"]


def test_a_near_spelling_keeps_the_first_letter() -> None:
    """ "kubernets" is Kubernetes misspelled; "filing" is another word than "efiling"."""
    accountant = (
        "EXPERIENCE\nStaff Accountant, Birch & Co   Jan 2020 – Present\n"
        "- Prepared quarterly sales tax filing for 30 clients\n"
    )
    operator = (
        "EXPERIENCE\nDevOps Engineer, Birch   Jan 2020 – Present\n- Ran kubernets clusters for 30 services\n"
    )
    assert verdict("Working knowledge of efiling in state courts", accountant)[0] == "missing"
    assert verdict("Experience with Kubernetes", operator)[0] == "met"


def test_a_kind_only_listed_is_shown_by_its_product_used_in_a_job() -> None:
    """ "CRM" in the skills list, Salesforce (a CRM) in a job line: the CRM part is met."""
    resume = (
        "SKILLS\nCRM, forecasting, negotiation\n"
        "EXPERIENCE\nAccount Executive, Nordlys Software   Jan 2020 – Present\n"
        "- Kept every opportunity current in Salesforce and forecast weekly from it\n"
    )
    found, reason = verdict("Experience with a CRM", resume)
    assert found == "met", reason
    assert "Salesforce" in reason


def test_british_construction_words_show_their_american_names() -> None:
    """Variations are change orders, interim valuations pay applications, snagging punch lists."""
    resume = (
        "EXPERIENCE\nSenior Quantity Surveyor, Ridgeway Construction   Jan 2018 – Present\n"
        "- Priced and agreed contract variations with the employer's agent\n"
        "- Prepared monthly valuations for a GBP 30m school\n"
        "- Ran snagging and handover on three blocks\n"
    )
    for asked in ("Change order management", "Pay applications", "Punch lists"):
        assert verdict(asked, resume)[0] == "met", asked


def test_an_aim_or_self_study_is_not_use() -> None:
    """ "want to grow into Kubernetes work", "Terraform (self-study)": partly, not hands-on use."""
    resume = (
        "SUMMARY\nSystems administrator moving to cloud; I want to grow into Kubernetes platform work.\n"
        "SKILLS\nTerraform (self-study), Bash, Windows Server\n"
        "EXPERIENCE\nSystems Administrator, Norrland Energi AB   Jan 2019 – Present\n"
        "- Patched and monitored 120 Windows servers\n"
    )
    assert verdict("Hands-on experience with Kubernetes", resume)[0] == "partial"
    assert verdict("Hands-on experience with Terraform", resume)[0] == "partial"


def test_a_products_kind_after_its_name_is_not_an_alternative_and_a_sibling_product_is_partly() -> None:
    """ "Oracle Opera PMS": "PMS" is what Opera is, not a second thing any PMS would meet; Protel,
    another hotel PMS, is a different tool of the same kind."""
    protel = (
        "EXPERIENCE\nFront Office Supervisor, Baan Suan Hotel   Jan 2020 – Present\n"
        "- Check-in, billing and night audit in Protel PMS\n"
    )
    outcome, reason = verdict("Proficient in Oracle Opera PMS (Opera 5 or OPERA Cloud)", protel)
    assert outcome == "partial" and "same kind" in reason, reason


def test_a_ci_server_used_shows_continuous_integration() -> None:
    resume = (
        "EXPERIENCE\nFirmware Engineer, Kessler Antriebe GmbH   Apr 2022 – Present\n"
        "- Set up GitLab CI pipelines running unit tests on every merge request\n"
    )
    outcome, reason = verdict("Experience with continuous integration for firmware", resume)
    assert outcome == "met" and "GitLab" in reason, reason


@pytest.mark.parametrize(
    ("requirement", "resume_line", "expected", "said"),
    [
        # another pharmacy dispensing system, another SAP module: partly, said as such
        ("Knowledge of PioneerRx or Rx30", "- Processed refills in EnterpriseRx", "partial", "same kind"),
        ("Hands-on experience with SAP EWM", "- Posted goods receipts in SAP MM", "partial", "same kind"),
        # the suite shown by its applications; being computer literate shown by the suite
        ("Proficient in MS Office", "- Built rotas in MS Excel and letters in MS Word", "", "Microsoft"),
        ("Computer literate", "- Kept patient records in Microsoft Office", "", ""),
    ],
)
def test_kinds_and_suites(requirement: str, resume_line: str, expected: str, said: str) -> None:
    resume = f"EXPERIENCE\nTechnician, Westfield Health   2019 – Present\n{resume_line}\n"
    found, reason = verdict(requirement, resume)
    assert found == (expected or found) and found != "missing", reason
    assert said in reason


def test_another_library_system_stands_in_for_the_examples() -> None:
    resume = "EXPERIENCE\nLibrary Technician, City University   2019 – Present\n- Copy cataloguing in Alma\n"
    found, reason = verdict(
        "Experience using a library management system (e.g. Spydus, Koha or Sierra)", resume
    )
    assert found == "met", reason


@pytest.mark.parametrize(
    ("resume_line", "expected"),
    [
        ("Forklift licence (counterbalance), renewed 2025", "missing"),  # a licence, not reach-truck work
        ("- Put away pallets to 11 m on a Jungheinrich reach truck", "met"),
    ],
)
def test_driving_a_truck_is_not_the_licence_for_one(resume_line: str, expected: str) -> None:
    resume = f"Ola Berg\nEXPERIENCE\nWarehouse Operative, Nordlager  2020 – Present\n{resume_line}\n"
    [result] = results("Experience working on a reach truck at heights above 8 m", resume)
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Experience with ezyVet or a similar practice management system", "met"),  # the line accepts it
        ("Experience with ezyVet", "partial"),  # another tool of the kind, not accepted as such
    ],
)
def test_or_similar_lets_a_tool_of_the_same_kind_meet_the_line(line: str, expected: str) -> None:
    resume = (
        "Kate Moana\nEXPERIENCE\nVeterinarian, Kaikōura Vets  2020 – Present\n- Clinical notes in RxWorks\n"
    )
    [result] = results(line, resume)
    assert result.verdict == expected, result.reason


@pytest.mark.parametrize(
    ("line", "resume_line", "expected"),
    [
        # in a cockpit, CRM is crew resource management: a CRM-systems user does not show it
        ("Strong CRM skills in a two-crew cockpit", "- Kept the Salesforce CRM clean for 40 reps", "missing"),
        ("Strong CRM skills in a two-crew cockpit", "- CRM and TEM recurrent training, Dash 8 crew", "met"),
        ("Experience with a CRM such as HubSpot", "- Kept the Salesforce CRM clean for 40 reps", "met"),
    ],
)
def test_a_short_form_takes_the_sense_its_line_speaks_of(line: str, resume_line: str, expected: str) -> None:
    resume = f"Sam Hale\nEXPERIENCE\nCoordinator, Northern Air  2019 – Present\n{resume_line}\n"
    [result] = results(line, resume)
    assert result.verdict == expected, result.reason


def test_every_sense_is_a_taxonomy_skill() -> None:
    from jobmatch.cues import ambiguity_rules
    from jobmatch.taxonomy import load_taxonomy

    skills = load_taxonomy().skills
    assert all(skill in skills for choices in ambiguity_rules().senses.values() for skill, _ in choices)


def test_a_hepatitis_b_immunisation_is_shown_by_its_vaccination() -> None:
    resume = (
        "Megan Price\nEXPERIENCE\nDental Nurse, Smile Studio, Swansea  2021 – Present\n"
        "- Chairside assisting\n"
        "COMPLIANCE\nHep B vaccinated - titre on file (2021)\n"
    )
    found, reason = verdict("Hepatitis B immunisation with proof of immunity", resume)
    assert found != "missing", reason


@pytest.mark.parametrize(
    ("line", "resume", "expected"),
    [
        # the level stated in the skills list counts even where a job line names the tool bare
        (
            "Advanced Excel (pivot tables, VLOOKUP)",
            "SKILLS\nExcel (intermediate), Sage 50\n" + JOB + "- Monthly reconciliations in Excel\n",
            "partial",
        ),
        (
            "Advanced Excel (pivot tables, VLOOKUP)",
            "SKILLS\nExcel (advanced), Sage 50\n" + JOB + "- Monthly reconciliations in Excel\n",
            "met",
        ),
        (
            "Manejo de Excel avanzado",
            "CONOCIMIENTOS\nExcel (nivel intermedio), SAP\n" + JOB + "- Conciliaciones mensuales en Excel\n",
            "partial",
        ),
        ("Intermediate Excel", "SKILLS\nExcel (advanced)\n" + JOB + "- Reconciliations in Excel\n", "met"),
    ],
)
def test_a_tool_stated_at_a_lower_level_than_asked_is_partly_shown(
    line: str, resume: str, expected: str
) -> None:
    found, reason = verdict(line, resume)
    assert found == expected, reason
    if expected == "partial":
        assert "lower grade" in reason
