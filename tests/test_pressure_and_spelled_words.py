"""Pressure as a strain is a competency; pressure as a physical quantity ("pressure-retaining
valves", "high-pressure steam lines") or a volume of work ("high-volume hourly hiring") is not —
via the CLI."""

from __future__ import annotations

POSTING = """Mechanical Design Engineer — Pune

Requirements
- Experience designing pressure-retaining parts such as valve bodies to ASME B16.34
- Familiarity with high-pressure steam lines and their supports
- Able to stay organised and deliver under time pressure at month end
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
