"""Years of a domain the taxonomy does not know, stated in the profile ("6 years of refrigerated
freight experience") with dated jobs whose lines do not repeat it, are counted as the résumé
states them; a maintenance electrician's or fitter's years on production lines are years of
industrial maintenance."""

from __future__ import annotations

from collections.abc import Callable

FREIGHT_POSTING = """Linehaul Driver

Requirements
- Minimum 3 years of refrigerated freight experience
"""
FREIGHT_CV = """Gurpreet Sandhu
gurpreet@example.com

PROFILE
AZ driver with 6 years of refrigerated freight experience across Ontario and Quebec.

EXPERIENCE
Driver, Polar Haul Inc., Mississauga   May 2020 – Present
- Cross-border runs to Montreal and Buffalo, 11,000 km a month
Driver, Northline Transport, Brampton   Jan 2019 – Apr 2020
- Regional deliveries to grocery distribution centres
"""


def test_years_of_a_literal_domain_stated_in_the_profile_are_counted(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    row = score_lines(FREIGHT_POSTING, FREIGHT_CV)["Minimum 3 years of refrigerated freight experience"]
    assert row["verdict"] == "met", row["reason"]
    assert "as the résumé states" in row["reason"]


def test_a_figure_of_another_domain_does_not_count(score_lines: Callable[..., dict[str, dict]]) -> None:
    cv = FREIGHT_CV.replace("6 years of refrigerated freight experience", "6 years of flatbed experience")
    row = score_lines(FREIGHT_POSTING, cv)["Minimum 3 years of refrigerated freight experience"]
    assert row["verdict"] != "met", row["reason"]


MAINTENANCE_POSTING = """Multi-skilled Maintenance Technician

Requirements
- 3+ years of industrial maintenance
"""
MAINTENANCE_CV = """Declan Byrne
declan@example.com

EXPERIENCE
Maintenance Electrician, Brightwater Dairy, Cork   March 2018 – Present
- Preventive and corrective maintenance on filling and capping lines
- Fault finding on motors, VFDs and PLC-controlled conveyors
"""


def test_a_maintenance_electricians_years_are_industrial_maintenance(
    score_lines: Callable[..., dict[str, dict]],
) -> None:
    row = score_lines(MAINTENANCE_POSTING, MAINTENANCE_CV)["3+ years of industrial maintenance"]
    assert row["verdict"] == "met", row["reason"]
