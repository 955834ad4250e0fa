"""The group checker: any-of ("PostgreSQL or MySQL", "e.g." and "such as" lists) is met by one
member, N-of ("two or more of the following") needs N, and fewer is partly met."""

from __future__ import annotations

import pytest
from match_helpers import results, verdict

JOB = "EXPERIENCE\nSenior Engineer, Acme Corp   Jan 2019 – Present\n"
MECHANICAL = "EXPERIENCE\nMechanical Engineer, Halvorsen Marine   Jun 2017 – Dec 2025\n"
TWO_OF_FOUR = "Two or more of the following: SolidWorks, ANSYS, MATLAB, GD&T"
BOOKKEEPER = "EXPERIENCE\nBookkeeper, Fairway Accounting   Jan 2019 – Dec 2025\n"
TWO_LEDGERS = "Proficiency in at least two of: Xero, QuickBooks, Sage, NetSuite"


def test_any_of_group_is_met_by_one_member() -> None:
    found, _ = verdict("Experience with PostgreSQL or MySQL", JOB + "- Ran MySQL replicas\n")
    assert found == "met"


@pytest.mark.parametrize(
    ("requirement", "resume", "expected", "said"),
    [
        (
            TWO_OF_FOUR,
            MECHANICAL + "- Modelled gearbox housings in SolidWorks\n- Ran fatigue studies in ANSYS\n",
            "met",
            "2 of the 2 asked",
        ),
        (
            TWO_OF_FOUR,
            MECHANICAL + "- Modelled gearbox housings in SolidWorks\n",
            "partial",
            "1 of the 2 asked",
        ),
        (TWO_OF_FOUR, MECHANICAL + "- Wrote maintenance schedules for the fleet\n", "missing", "none of"),
        (
            TWO_LEDGERS,
            BOOKKEEPER + "- Kept the books for 30 clients in Xero and QuickBooks\n",
            "met",
            "2 of the 2",
        ),
        (TWO_LEDGERS, BOOKKEEPER + "- Kept the books for 30 clients in Xero\n", "partial", "1 of the 2"),
    ],
)
def test_n_of_a_list_needs_n_members(requirement: str, resume: str, expected: str, said: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == expected, reason
    assert said in reason


def test_n_of_a_list_partly_met_names_how_many_more() -> None:
    [result] = results(TWO_OF_FOUR, MECHANICAL + "- Modelled gearbox housings in SolidWorks\n")
    assert result.gap == "1 more of SolidWorks, ANSYS, MATLAB, GD&T"
    assert result.evidence[0].text == "Modelled gearbox housings in SolidWorks"


@pytest.mark.parametrize(
    ("requirement", "resume", "shown"),
    [
        (
            "Experience with a TMS (e.g. Oracle Transportation Management, MercuryGate, Blue Yonder)",
            "EXPERIENCE\nTransport Planner, Rhenus Road Freight   Mar 2018 – Dec 2025\n"
            "- Planned 300 loads a week in MercuryGate\n",
            "MercuryGate",
        ),
        (
            "Experience with a WMS such as Manhattan, SAP EWM or Blue Yonder",
            "EXPERIENCE\nInventory Controller, Rhenus Warehousing   Mar 2018 – Dec 2025\n"
            "- Ran cycle counts and slotting in SAP EWM\n",
            "SAP EWM",
        ),
        (
            "Experience with at least one of Python, R or SAS",
            "EXPERIENCE\nActuarial Analyst, Fenwick Insurance   Jan 2019 – Dec 2025\n"
            "- Built loss reserving models in SAS\n",
            "SAS",
        ),
    ],
)
def test_an_example_list_is_met_by_any_one_example(requirement: str, resume: str, shown: str) -> None:
    found, reason = verdict(requirement, resume)
    assert found == "met", reason
    assert shown in reason


def test_any_of_with_none_shown_is_missing() -> None:
    found, reason = verdict(
        "Experience with at least one of Python, R or SAS",
        "EXPERIENCE\nActuarial Analyst, Fenwick Insurance   Jan 2019 – Dec 2025\n"
        "- Built reserving models in Excel\n",
    )
    assert found == "missing" and "none of Python, R, SAS" in reason
