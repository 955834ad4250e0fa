"""The combiner: everything the line asks outright shown is met, nothing is missing, anything
between is partly met; details only elaborate; the gist of a long list can carry the line; a
condition a résumé cannot show is left out; a competency decides only a line asking nothing else."""

from __future__ import annotations

from match_helpers import part_kinds, results, verdict

JOB = "EXPERIENCE\nSenior Engineer, Acme Corp   Jan 2019 – Present\n"
ENGINEER = "EXPERIENCE\nSoftware Engineer, Quarry Labs   Jan 2020 – Dec 2025\n"
SALES = "EXPERIENCE\nAccount Executive, Kestrel Software   Jan 2020 – Dec 2025\n"
SALES_STACK = "Experience with Salesforce, HubSpot, Outreach and Gong"


def test_all_of_needs_every_skill() -> None:
    found, reason = verdict("Experience with Terraform and Ansible", JOB + "- Wrote Terraform modules\n")
    assert found == "partial" and "no mention of Ansible" in reason


def test_one_of_two_skills_asked_together_is_partly_met_with_the_other_as_the_gap() -> None:
    resume = (
        "EXPERIENCE\nSales Development Rep, Kestrel Software   Jan 2022 – Dec 2025\n"
        "- Logged 80 calls a day in Salesforce\n"
    )
    [result] = results("Experience with Salesforce and HubSpot", resume)
    assert result.verdict == "partial"
    assert part_kinds(result) == [("skill", "met"), ("skill", "missing")]
    assert "no mention of HubSpot" in result.reason and result.gap == "HubSpot"


def test_a_condition_a_resume_cannot_show_is_left_out() -> None:
    found, reason = verdict("Willingness to travel to Lisbon twice a year", JOB)
    assert found == "unassessed" and "a résumé does not show this (travel)" in reason
    found, reason = verdict(
        "Must be able to lift 50 pounds",
        "EXPERIENCE\nWarehouse Associate, Northgate   Jan 2020 – Dec 2025\n- Picked 1,200 units a shift\n",
    )
    assert found == "unassessed" and "physical demands" in reason


def test_details_cannot_fail_a_line_whose_main_thing_is_shown() -> None:
    [result] = results(
        "PostgreSQL: schema design, indexing, query tuning",
        ENGINEER + "- Ran PostgreSQL for the billing service\n",
    )
    assert result.verdict == "met"
    assert part_kinds(result)[0] == ("skill", "met")
    assert "missing" in {verdict for _, verdict in part_kinds(result)[1:]}


def test_details_shown_without_the_main_thing_earn_part_credit() -> None:
    [result] = results(
        "Oracle Database: performance tuning, indexing, query optimization",
        ENGINEER + "- Cut report run time 80% through query optimization and new indexes\n",
    )
    assert result.verdict == "partial"
    assert "no mention of Oracle Database" in result.reason and result.gap == "Oracle Database"


def test_the_gist_of_a_long_list_carries_the_line_when_the_first_thing_is_shown() -> None:
    shown_first = (
        SALES + "- Ran pipeline in Salesforce\n- Sequenced prospects in Outreach\n- Reviewed calls in Gong\n"
    )
    [result] = results(SALES_STACK, shown_first)
    assert result.verdict == "met" and "no mention of HubSpot" in result.reason
    assert result.gap == "HubSpot"  # still said, though the line is met
    missing_first = shown_first.replace("Salesforce", "HubSpot")
    found, reason = verdict(SALES_STACK, missing_first)
    assert found == "partial" and "no mention of Salesforce" in reason


def test_a_competency_does_not_decide_a_line_that_asks_for_a_skill() -> None:
    [result] = results(
        "Experience with Python and strong communication skills",
        ENGINEER + "- Built billing services in Python\n",
    )
    assert result.verdict == "met"
    assert part_kinds(result) == [("skill", "met"), ("competency", "missing")]
    assert "no sign of communication" in result.reason  # reported, but not deciding


def test_a_description_no_taxonomy_knows_is_shown_by_all_its_named_parts() -> None:
    """ "Kenyan statutory deductions, including PAYE and NSSF": the head is a description no
    taxonomy knows; every part it names done in a job shows it. One part of two is only partly."""
    from match_helpers import verdict

    line = "Sound grasp of Kenyan statutory deductions, including PAYE and NSSF"
    all_parts = (
        "EXPERIENCE\nPayroll Officer, Rift Foods Ltd   Jan 2020 – Present\n"
        "- Computed PAYE and NSSF for 400 staff and filed the monthly returns\n"
    )
    one_part = (
        "EXPERIENCE\nPayroll Officer, Rift Foods Ltd   Jan 2020 – Present\n"
        "- Computed PAYE for 400 staff and filed the monthly returns\n"
    )
    assert verdict(line, all_parts)[0] == "met"
    assert verdict(line, one_part)[0] == "partial"


def test_a_competency_shown_beside_a_missing_skill_is_part_of_the_line() -> None:
    """ "Strong classroom management and clear communication with parents": the communication shown
    by work is part of what is asked, so the line is partly met, not missing."""
    from match_helpers import verdict

    resume = (
        "EXPERIENCE\nEnglish Teacher, Sekolah Seri Damai   Jan 2019 - Present\n"
        "- Held termly parent meetings and sent written progress reports to parents of 120 students\n"
        "- Presented the reading programme to parents at open days\n"
    )
    found, reason = verdict("Strong classroom management and clear communication with parents", resume)
    assert found == "partial", reason


def test_a_pending_standing_asked_as_a_detail_keeps_the_line_from_met() -> None:
    """The credential shown, but the standing with its body "in progress": not met."""
    from jobmatch.match.combine import combine
    from jobmatch.match.verdicts import PartVerdict
    from jobmatch.models import Requirement

    requirement = Requirement(
        id="min-1",
        text="Registered Respiratory Therapist in good standing with the CRTO",
        bucket="minimum",
        kinds=("credential",),
        groups=(),
        years=None,
        degree=None,
        refers_to_areas=False,
        heading="Qualifications",
        line=3,
    )
    held = PartVerdict(kind="credential", verdict="met", reason="Registered Respiratory Therapist held")
    pending = PartVerdict(kind="credential", verdict="missing", reason="CRTO not held yet", pending=True)
    assert combine(requirement, [held], [pending]).verdict == "partial"
    unnamed = PartVerdict(kind="credential", verdict="missing", reason="CRTO not named")
    assert combine(requirement, [held], [unnamed]).verdict == "met"  # a detail cannot fail a line
