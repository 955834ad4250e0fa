"""A licence named with its classes ("Dogging and basic rigging high risk work licences", "High
risk work licence – forklift (LF)"): the classes are what is asked, the licence is what they are.
Each class is a licence of its own, so one held of two asked is partly; the general licence does
not stand in for a class the résumé does not name."""

from __future__ import annotations

CRANES = """Dogman / Rigger — Hunter Lifting, Newcastle NSW

Essential
- Dogging and basic rigging high risk work licences
- High risk work licence – forklift (LF)
- Current White Card
"""

DOGMAN = """Jack Murray
Newcastle NSW

TICKETS
Dogging (DG) – SafeWork NSW, 2019
Forklift (LF), 2018
White Card

EXPERIENCE
Dogman — Hunter Cranes (2019 – present)
- Slinging loads and directing crane lifts on bridge sites
"""


def test_the_classes_of_a_licence_are_what_is_asked(extract_text) -> None:
    report = extract_text(CRANES)
    line = next(r for r in report["minimum"] if r["text"].startswith("Dogging"))
    asked = [t["text"] for g in line["groups"] if not g["detail"] for t in g["terms"]]
    assert asked == ["Dogging", "basic rigging"]


def test_one_class_of_two_is_partly_and_a_class_held_meets_its_licence(score_lines) -> None:
    rows = score_lines(CRANES, DOGMAN)
    assert rows["Dogging and basic rigging high risk work licences"]["verdict"] == "partial"
    assert rows["High risk work licence – forklift (LF)"]["verdict"] == "met"
    both = DOGMAN.replace("Forklift (LF), 2018", "Basic Rigging (RB), 2021\nForklift (LF), 2018")
    assert score_lines(CRANES, both)["Dogging and basic rigging high risk work licences"]["verdict"] == "met"
    none = DOGMAN.replace("Dogging (DG) – SafeWork NSW, 2019\n", "").replace("Forklift (LF), 2018\n", "")
    rows = score_lines(CRANES, none)
    assert rows["High risk work licence – forklift (LF)"]["verdict"] == "missing"


BODIES = """Archivist — City of Halifax

Assets
- Membership of the Royal College of Nursing
- Registered with the Nursing and Midwifery Council
- Membership in the Association of Canadian Archivists is considered an asset
"""


def test_a_bodys_name_is_one_term(extract_text) -> None:
    """ "Royal College of Nursing" is a body, not nursing; "Canadian" inside a name is no place."""
    report = extract_text(BODIES)
    terms = {r["text"]: [t["text"] for g in r["groups"] for t in g["terms"]] for r in report["preferred"]}
    assert terms["Membership of the Royal College of Nursing"] == ["Royal College of Nursing"]
    assert terms["Registered with the Nursing and Midwifery Council"] == ["Nursing and Midwifery Council"]
    assert terms["Membership in the Association of Canadian Archivists is considered an asset"] == [
        "Association of Canadian Archivists"
    ]
