"""The area checker: "a passion for one of the areas above" is judged by the résumé's best fit
among the areas (teams) the posting lists, by the systems each names."""

from __future__ import annotations

import pytest
from match_helpers import results

TEAMS = """Teams you could join
Warehouse Systems - runs our SAP EWM rollout, RF scanning and Manhattan WMS integrations across 12 sites.
Transport Planning - plans 4,000 loads a week with Oracle Transportation Management and route optimization.
Customs & Trade - handles customs declarations, Incoterms and tariff classification for EU imports.
"""


@pytest.mark.parametrize(
    ("resume", "area"),
    [
        (
            "EXPERIENCE\nCustoms Broker, Rhenus Road Freight   Mar 2018 – Dec 2025\n"
            "- Filed EU customs declarations and tariff classifications under DDP and FCA Incoterms\n",
            "Customs & Trade",
        ),
        (
            "EXPERIENCE\nWarehouse Lead, Northgate Distribution   Mar 2018 – Dec 2025\n"
            "- Rolled out RF scanning in SAP EWM at two sites\n",
            "Warehouse Systems",
        ),
    ],
)
def test_the_best_fitting_area_meets_a_passion_for_one_of_them(resume: str, area: str) -> None:
    [result] = results("A passion for one of the areas above", resume, preamble=TEAMS)
    assert result.verdict == "met", result.reason
    assert [part.kind for part in result.parts] == ["area"]
    assert f"best fit {area}" in result.reason
    assert result.areas[0].name == area


def test_no_overlap_with_any_area_is_missing() -> None:
    [result] = results(
        "A passion for one of the areas above",
        "EXPERIENCE\nPastry Chef, Golden Crust Bakery   Mar 2018 – Dec 2025\n- Baked 400 croissants a day\n",
        preamble=TEAMS,
    )
    assert result.verdict == "missing"
    assert "no overlap with any of the posting's areas" in result.reason
    assert result.gap == "one of the posting's areas"
