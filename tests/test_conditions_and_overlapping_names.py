"""A skill's name that names the condition itself ("willing to undergo pre-employment screening")
leaves the line a condition a résumé need not show, not a skill to look for; where one skill's
longer name runs into the next skill's ("our Figma design system": "Figma design" and "design
system"), both skills are read, not only the first; and a skill's name inside a document's
title is the title — via the CLI."""

from __future__ import annotations

POSTING = """Product Designer — booking platform, Dublin

Requirements
- Eligible to work in Ireland and willing to undergo pre-employment screening
- Experience building and maintaining a design system
- Expert Figma skills
"""

RESUME = """Aoife Brennan
Dublin 8 · aoife.brennan@example.com · Irish citizen

Experience
Product Designer, Ferry & Rail Ltd, Dublin — 05/2021 – present
- Maintained our Figma design system for the booking app: 90 components, tokens for dark mode
- Ran usability tests with 40 travellers a quarter
"""


def rows(score_lines) -> dict[str, dict]:
    return score_lines(POSTING, RESUME)


def test_a_condition_named_by_a_skill_stays_a_condition(score_lines) -> None:
    row = rows(score_lines)["Eligible to work in Ireland and willing to undergo pre-employment screening"]
    assert row["verdict"] in ("met", "unassessed"), row
    assert "left out of the score" in row["reason"], row


def test_two_skills_whose_names_overlap_are_both_read(score_lines) -> None:
    found = rows(score_lines)
    assert found["Experience building and maintaining a design system"]["verdict"] == "met"
    assert found["Expert Figma skills"]["verdict"] == "met"


ECE_POSTING = """Early Childhood Educator — licensed centre, Calgary

Requirements
- Working knowledge of the Alberta Early Learning Framework and of play-based programming
- Willing to pass a criminal record check with vulnerable sector search
"""

ECE_RESUME = """Mei Tanaka
Calgary, AB · mei.tanaka@example.com

Experience
Early Childhood Educator, Little Aspens Daycare, Calgary — 09/2020 – present
- Plan play-based programming for 16 preschoolers, guided by the provincial Early Learning Framework
- Write learning stories for each child's portfolio every month
"""


def test_a_skill_named_inside_a_documents_title_is_the_title(score_lines) -> None:
    line = "Working knowledge of the Alberta Early Learning Framework and of play-based programming"
    row = score_lines(ECE_POSTING, ECE_RESUME)[line]
    assert "Alberta Early Learning Framework" in " ".join(row["searched_for"]), row
    assert "Early Childhood Education" not in row["reason"], row
