"""Words of a criterion's form are not things to search for: the verb a public service's criterion
opens with, a requirements table's category cell, a participle before who keeps a register; a
cue at the end of an example list speaks of the whole line; a condition's own words name no skill;
integrity and health clauses are conditions — via the CLI."""

from __future__ import annotations

TABLE = """SOC Analyst (Tier 2) — Riyadh

Requirements
- Hands-on experience with at least one SIEM: IBM QRadar, Splunk ES or Microsoft Sentinel Mandatory
- Demonstrate sound judgement when triaging alerts under time pressure
- Advanced certifications such as GIAC GCFA, GCTI or OSCP are an advantage
- Be registered on the Engineers Register maintained by the Saudi Council of Engineers
- We are unable to sponsor work visas, so you need the right to work in Saudi Arabia.
- Candidates must be in a state of health that allows regular night shifts.
"""


def _terms(row: dict) -> list[str]:
    return [term["text"] for group in row["groups"] for term in group["terms"]]


def test_form_words_are_not_searched(extract_text) -> None:
    report = extract_text(TABLE)
    rows = {row["text"]: row for row in [*report["minimum"], *report["preferred"]]}
    siem = rows[
        "Hands-on experience with at least one SIEM: IBM QRadar, Splunk ES or Microsoft Sentinel Mandatory"
    ]
    assert "Mandatory" not in _terms(siem), _terms(siem)
    judgement = rows["Demonstrate sound judgement when triaging alerts under time pressure"]
    assert "Demonstrate" not in _terms(judgement), _terms(judgement)
    register = rows["Be registered on the Engineers Register maintained by the Saudi Council of Engineers"]
    assert not any("maintained" in term for term in _terms(register)), _terms(register)


def test_a_cue_after_an_example_list_makes_the_line_preferred(extract_text) -> None:
    report = extract_text(TABLE)
    preferred = [row["text"] for row in report["preferred"]]
    assert "Advanced certifications such as GIAC GCFA, GCTI or OSCP are an advantage" in preferred


def test_conditions_keep_their_own_words(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(TABLE)["minimum"]}
    visa = rows["We are unable to sponsor work visas, so you need the right to work in Saudi Arabia."]
    assert visa["condition"] == "work authorisation", visa
    health = rows["Candidates must be in a state of health that allows regular night shifts."]
    assert health["condition"] is not None, health
