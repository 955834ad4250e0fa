"""What a line names but does not ask: a competency that is a degree's field ("a diploma in Mass
Communication"), a building code written like an acronym ("ACI 318"); a soft skill asked beside a
degree is still asked; a work permit asked in Dutch or German is a condition; "completed X or have Y"
offers either credential — via the CLI."""

from __future__ import annotations

POSTING = """Communications Officer — Ibadan

Requirements
- A bachelor's degree in Mass Communication or Public Relations
- Degree in Business Administration and strong leadership skills
- Must have completed the NYSC programme or have a valid exemption certificate
- Working knowledge of ACI 318 for the foundation works on our new studio
"""


def test_what_a_line_names_without_asking_is_not_searched(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(POSTING)["minimum"]}
    degree = rows["A bachelor's degree in Mass Communication or Public Relations"]
    assert "soft" not in degree["kinds"], degree
    beside = rows["Degree in Business Administration and strong leadership skills"]
    assert "soft" in beside["kinds"], beside
    code = rows["Working knowledge of ACI 318 for the foundation works on our new studio"]
    assert not [t for g in code["groups"] for t in g["terms"] if t["id"] == "azure-container-apps"], code


def test_completed_one_or_holding_the_other_offers_either(score_lines) -> None:
    resume = """Adeola Bakare
Ibadan

Experience
Communications Assistant, Oyo State Broadcasting — 2021 – present
- Wrote press releases and ran the station's social media accounts

Certificates
- NYSC Certificate of National Service, 2020
"""
    line = (
        "Must have completed the National Youth Service Corps programme or have a valid exemption certificate"
    )
    row = score_lines(POSTING.replace("National Youth Service Corps programme", "NYSC programme"), resume)[
        line.replace("National Youth Service Corps programme", "NYSC programme")
    ]
    assert row["verdict"] == "met", row


PERMITS = """Logistiek Planner — Venlo

Wat vragen wij?
- Een geldige werkvergunning voor Nederland
- Gültige Arbeitserlaubnis für Deutschland (für Einsätze in unserem Lager in Kaldenkirchen)
- Ervaring met SAP EWM
"""


def test_a_work_permit_asked_in_dutch_or_german_is_a_condition(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(PERMITS)["minimum"]}
    assert rows["Een geldige werkvergunning voor Nederland"]["condition"] == "work authorisation"
    german = rows["Gültige Arbeitserlaubnis für Deutschland (für Einsätze in unserem Lager in Kaldenkirchen)"]
    assert german["condition"] == "work authorisation", german
