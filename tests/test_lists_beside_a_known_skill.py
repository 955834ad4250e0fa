"""A list's items beside a skill the taxonomy knows: each item is looked for, not only the known
one ("HVAC, chiller plant or building management systems"); a bracket of examples after "A and
B" gives alternatives of B and leaves A asked ("AutoCAD and BIM (Revit, ArchiCAD or similar)");
a soft skill's "who can ..." says what the work is, and a job line doing it shows the skill;
where a line asks the candidate to live ("residing in Leeds or nearby towns (Bradford,
Wakefield)"), every town it names is where the résumé may say its author lives; and "in the
GCC" is a region, not the compiler — via the CLI."""

from __future__ import annotations

POSTING = """Building Services Supervisor — commercial portfolio, Leeds

Requirements
- Experience with HVAC, chiller plant or building management systems
- Experience with AutoCAD and BIM (Revit, ArchiCAD or similar)
- A clear communicator who can brief tenants and update the facilities manager
- Candidates residing in Leeds or nearby towns (Bradford, Wakefield, Harrogate) are preferred
- Previous work for a hotel or mall operator in the GCC
- Chartered status with Engineers Ireland, or working towards it
"""

RESUME = """Daniel Okafor
14 Marsh Lane, Wakefield WF1 5AB · daniel.okafor@example.com · 07700 900123

Experience
Shift Engineer, Calder Tower Services, Leeds — 03/2019 – present
- Ran the chiller plant and cooling towers for a 30-storey office tower
- Kept tenants and the facilities manager informed before every planned shutdown
- Updated the plant-room models in Revit after each refit

Chiller Technician, Gulf Cooling LLC, Doha, Qatar — 02/2015 – 02/2019
- Kept the fire pumps and lifts of a 300-room hotel running

Skills
Communication, permit to work, Excel
"""

RESUME_ELSEWHERE = """Priya Raman
22 Park Road, Sheffield S10 2AB · priya.raman@example.com

Experience
Maintenance Engineer, Liffey Estates, Dublin, Ireland — 01/2020 – present
- Fixed fan coil units and air handling units in six office blocks
"""


def test_an_item_listed_after_a_known_skill_is_looked_for(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Experience with HVAC, chiller plant or building management systems"]
    assert row["verdict"] == "met", row
    assert "chiller plant" in row["reason"], row


def test_bracketed_examples_are_alternatives_of_the_last_thing_only(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Experience with AutoCAD and BIM (Revit, ArchiCAD or similar)"]
    assert row["verdict"] == "partial", row  # models in Revit, but nothing of AutoCAD
    assert "autocad" in row["reason"].lower(), row


def test_a_job_line_doing_what_who_can_says_shows_the_skill(score_lines) -> None:
    row = score_lines(POSTING, RESUME)[
        "A clear communicator who can brief tenants and update the facilities manager"
    ]
    assert row["verdict"] == "met", row
    assert any("tenants and the facilities manager" in e["text"] for e in row["evidence"]), row


def test_a_town_listed_in_brackets_is_a_place_the_author_may_live(score_lines) -> None:
    line = "Candidates residing in Leeds or nearby towns (Bradford, Wakefield, Harrogate) are preferred"
    assert score_lines(POSTING, RESUME)[line]["verdict"] == "met"
    assert score_lines(POSTING, RESUME_ELSEWHERE)[line]["verdict"] == "unassessed"


def test_a_short_region_name_after_in_the_is_the_region(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Previous work for a hotel or mall operator in the GCC"]
    assert row["verdict"] == "met", row  # a job in Doha, Qatar
    assert "compiler" not in row["reason"].lower() and "no mention of gcc" not in row["reason"].lower(), row


def test_a_country_in_a_bodys_name_is_not_found_in_an_address(score_lines) -> None:
    # an engineer in Dublin, Ireland is no member of Engineers Ireland for it
    row = score_lines(POSTING, RESUME_ELSEWHERE)[
        "Chartered status with Engineers Ireland, or working towards it"
    ]
    assert row["verdict"] == "missing", row
