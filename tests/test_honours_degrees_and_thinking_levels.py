"""Degree lines named by their level rather than a degree's name: the UK/Irish/Canadian "honours
degree" is a bachelor's (a Higher National Diploma does not meet it), and the Dutch "HBO werk- en
denkniveau" asks a level of work and thinking, which a vocational diploma below it shows in part —
via the CLI."""

from __future__ import annotations

import pytest

TEACHER = """Teacher of Mathematics — Ashgrove Academy, Sheffield

Person specification

Essential
- A good honours degree (2:1 or above) in Mathematics or a closely related subject
- Qualified Teacher Status
"""

PLANNER = """Logistiek planner — Noordkade Distributie B.V., Tilburg

Wat vragen wij?
- HBO werk- en denkniveau
- Ervaring met transportplanning
"""


@pytest.mark.parametrize(
    ("education", "verdict"),
    [
        ("BSc (Hons) Mathematics, University of Leeds, 2015 – 2:1", "met"),
        ("HND Mathematics and Statistics, Barnsley College, 2014", "missing"),
    ],
)
def test_an_honours_degree_is_a_bachelors(score_lines, education: str, verdict: str) -> None:
    resume = (
        "Tom Hartley\n\nEXPERIENCE\nMaths Teacher, Hillside School, Sheffield, Sep 2018 – Present\n"
        f"- Taught KS3 and KS4 mathematics\n\nEDUCATION\n{education}\n"
    )
    rows = score_lines(TEACHER, resume)
    row = rows["A good honours degree (2:1 or above) in Mathematics or a closely related subject"]
    assert row["verdict"] == verdict, row["reason"]


@pytest.mark.parametrize(
    ("education", "verdict"),
    [
        ("2014 - 2018 HBO Bachelor Logistics Management, Fontys Hogescholen", "met"),
        ("2012 - 2015 MBO niveau 4 Logistiek teamleider, ROC Tilburg", "partial"),
        ("2008 - 2012 VMBO kader, Tilburg", "missing"),
    ],
)
def test_a_level_of_work_and_thinking_is_partly_shown_by_a_diploma_below_it(
    score_lines, education: str, verdict: str
) -> None:
    resume = (
        "Sanne Bakker\n\nWERKERVARING\nTransportplanner, Brabant Koeltransport B.V., 2019 - heden\n"
        f"- Dagelijkse ritplanning voor 40 vrachtwagens\n\nOPLEIDING\n{education}\n"
    )
    row = score_lines(PLANNER, resume)["HBO werk- en denkniveau"]
    assert row["verdict"] == verdict, row["reason"]
