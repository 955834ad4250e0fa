"""A recruiter's e-mail asks in prose: "so you need to be fit and able to ..." and "... are
important" ask, even after "you'll" describes the work; "A few things that would help but aren't
deal-breakers:" leads in, naming nothing; "you'll live within 20 minutes of the depot" is where
the candidate lives, which a résumé need not show. A degree's field named inside a longer one
("Supply Chain Management") is that one, not "management" in general; and a Spanish field name
("Negocios Internacionales") is a field like its English one — via the CLI."""

from __future__ import annotations

POSTING = """Subject: Warehouse Team Leader - nights - Daventry DIRFT - £15.40/hr

Hi there,

I'm recruiting for a retail logistics client at DIRFT. About the role: you'll run a picking team of
14 on nights and report to the shift manager.

What they need from you: at least 2 years as a team leader in a warehouse. The job is physical:
you'll walk up to 15 km a shift and cover picks, so you need to be fit and able to lift up to 15 kg.
As you'll be the client's face with the agency staff, patience and a calm, clear way of giving
instructions are important.

A few things that would help but aren't deal-breakers: a counterbalance forklift licence would be an
advantage. Ideally you'll live within 20 minutes of DIRFT, as the shift starts at 21:30.

Requirements (from the client's form)
- A degree in Business Administration or International Trade
- A diploma in Supply Chain Management is a plus

Many thanks,
Gemma
"""

RESUME = """Marisol Treviño Garza
Monterrey, N.L., Mexico · marisol.trevino@example.com

Experience
Team Leader, Nocturno Logistics, Monterrey — 03/2019 – present
- Led a night picking team of 12 in a 40,000 m² retail warehouse
- Gave the shift briefings and the handover to the day team leader

Education
Licenciatura en Negocios Internacionales – Universidad del Norte, 2014 – 2018
Bachelor of Business (Finance) – online, 2020
"""


def rows(score_lines) -> dict[str, dict]:
    return score_lines(POSTING, RESUME)


def test_you_need_to_be_after_a_duty_asks(score_lines) -> None:
    found = rows(score_lines)
    line = next((t for t in found if "you need to be fit" in t), None)
    assert line is not None, list(found)
    assert found[line]["verdict"] == "unassessed"  # physical demands: a résumé need not show them


def test_are_important_asks(score_lines) -> None:
    found = rows(score_lines)
    assert any(t.startswith("As you'll be the client's face") for t in found), list(found)


def test_a_lead_in_names_nothing(score_lines) -> None:
    found = rows(score_lines)
    line = next(t for t in found if t.startswith("A few things that would help"))
    reason = found[line]["reason"].lower()
    assert "few" not in reason.replace("a few things", "") and "aren't" not in reason, found[line]
    assert "forklift" in reason or "counterbalance" in reason, found[line]


def test_living_within_minutes_is_where_the_candidate_lives(score_lines) -> None:
    found = rows(score_lines)
    line = next(t for t in found if t.startswith("Ideally you'll live within"))
    assert found[line]["verdict"] == "unassessed", found[line]


def test_a_spanish_field_name_is_the_field(score_lines) -> None:
    resume = RESUME.replace("Bachelor of Business (Finance) – online, 2020\n", "")
    row = score_lines(POSTING, resume)["A degree in Business Administration or International Trade"]
    assert row["verdict"] == "met", row


def test_a_field_inside_a_longer_field_name_is_not_asked(score_lines) -> None:
    row = rows(score_lines)["A diploma in Supply Chain Management is a plus"]
    assert row["verdict"] != "met", row  # business and finance are no supply-chain field
