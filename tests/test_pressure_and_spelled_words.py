"""Pressure as a strain is a competency; pressure as a physical quantity ("pressure-retaining
valves", "high-pressure steam lines") or a volume of work ("high-volume hourly hiring") is not —
via the CLI."""

from __future__ import annotations

POSTING = """Mechanical Design Engineer — Pune

Requirements
- Experience designing pressure-retaining parts such as valve bodies to ASME B16.34
- Familiarity with high-pressure steam lines and their supports
- Able to stay organised and deliver under time pressure at month end
- Ability to handle pressure during the winter peak
"""


def _competencies(row: dict) -> list[str]:
    return [t["id"] for g in row["groups"] for t in g["terms"] if t["kind"] == "competency"]


def test_a_physical_pressure_is_no_competency(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(POSTING)["minimum"]}
    valves = rows["Experience designing pressure-retaining parts such as valve bodies to ASME B16.34"]
    steam = rows["Familiarity with high-pressure steam lines and their supports"]
    assert "pressure" not in _competencies(valves), valves
    assert "pressure" not in _competencies(steam), steam
    strain = rows["Able to stay organised and deliver under time pressure at month end"]
    assert "pressure" in _competencies(strain), strain
    handled = rows["Ability to handle pressure during the winter peak"]
    assert "pressure" in _competencies(handled), handled


PTLLS_POSTING = """Workplace Trainer — Sheffield

Requirements
- Completion of a PTLLS course would be an advantage
"""

PTLLS_RESUME = """Dean Ashworth
Sheffield

Experience
Team Leader, Don Valley Logistics — 2018 – present
- Trained 30 new starters a year on pick rates and safe manual handling

Education
Level 3 award in preparing to teach in the lifelong learning sector, Sheffield College, 2019
"""


def test_a_long_acronym_spelled_in_lower_case_still_counts(score_lines) -> None:
    row = score_lines(PTLLS_POSTING, PTLLS_RESUME)["Completion of a PTLLS course would be an advantage"]
    assert row["verdict"] in {"met", "partial"}, row
