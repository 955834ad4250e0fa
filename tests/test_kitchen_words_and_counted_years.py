"""A kitchen's "14 allergens" is a skill to look for; "would be a nice extra" and "would go down
well" make a line preferred; "post-graduate" or "post-qualification" says how years are counted,
not what they are of; ", of which at least 4 years in the GCC" limits only the part — via the CLI."""

from __future__ import annotations

KITCHEN = """Sous Chef — Aberdeen

Requirements
- A sound working knowledge of the 14 allergens and how to control them on a busy pass
- Some pastry experience would be a nice extra
- A REHIS Intermediate Food Hygiene certificate would go down well with the head chef
"""

COOK = """Morag Fraser
Aberdeen

Experience
Chef de Partie, Granite City Hotel — 2021 – present
- Kept the allergen matrix for every dish and briefed front of house on allergens before each service
"""


def test_allergens_are_looked_for_and_welcome_lines_are_preferred(score_lines, extract_text) -> None:
    posting = extract_text(KITCHEN)
    assert [row["text"] for row in posting["preferred"]] == [
        "Some pastry experience would be a nice extra",
        "A REHIS Intermediate Food Hygiene certificate would go down well with the head chef",
    ], posting
    row = score_lines(KITCHEN, COOK)[
        "A sound working knowledge of the 14 allergens and how to control them on a busy pass"
    ]
    assert row["verdict"] == "met", row


ENGINEER = """Structural Engineer — Abu Dhabi

Requirements
- Minimum 8 years of post-graduate experience, of which at least 4 years in the UAE or wider GCC
"""

LINE = "Minimum 8 years of post-graduate experience, of which at least 4 years in the UAE or wider GCC"

DESIGNER = """Farhan Siddiqui
Abu Dhabi, UAE

Experience
Senior Structural Engineer, Gulf Frame Consultants, Abu Dhabi — 01/2021 – present
- Designed post-tensioned slabs for residential towers in Abu Dhabi and Dubai

Structural Engineer, Indus Design Associates, Karachi, Pakistan — 01/2016 – 12/2020
- Designed RC frames for hospitals and schools
"""


def test_years_counted_after_graduating_with_a_part_in_the_gulf(score_lines, extract_text) -> None:
    row = next(r for r in extract_text(ENGINEER)["minimum"] if r["text"] == LINE)
    assert row["years"]["terms"] == [] and row["years"]["regions"] == [], row
    assert [y["min"] for y in row["sub_years"]] == [4] and "uae" in row["sub_years"][0]["regions"], row
    verdict = score_lines(ENGINEER, DESIGNER)[LINE]
    assert verdict["verdict"] == "met", verdict
