"""A duty said after a dash as the reason a line asks ("… driver licence – you will sometimes do
home visits") is not asked, so the licence stays a condition; "learning" inside a name ("machine
learning", "learning stories", "e-learning") weakens nothing, while "learning to" still does — via
the CLI."""

from __future__ import annotations

POSTING = """Community Nurse — Hamilton

Requirements
- A full New Zealand driver licence – you will sometimes do home visits in the practice car
- Experience with PyTorch
- Experience with Medtech Evolution
- Field-based role – you will need a valid CSCS card
- Proven HR generalist expertise, as evidenced by CIPD Level 5 membership
"""

RESUME = """Aroha Wiremu
Hamilton, New Zealand

Experience
Data Scientist, Waikato Health Analytics — 2021 – present
- Built machine learning models in PyTorch to predict missed appointments
- Learning to use Medtech Evolution for the practice's recall lists
"""


def test_a_duty_given_as_the_reason_is_not_asked(extract_text) -> None:
    row = extract_text(POSTING)["minimum"][0]
    assert row["condition"] == "driving", row
    assert row["groups"] == [], row


def test_learning_inside_a_name_weakens_nothing(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    assert rows["Experience with PyTorch"]["verdict"] == "met", rows["Experience with PyTorch"]
    medtech = rows["Experience with Medtech Evolution"]
    assert medtech["verdict"] == "partial", medtech


def test_a_dash_that_asks_and_an_as_that_names_the_proof_are_asked(extract_text) -> None:
    rows = {row["text"]: row for row in extract_text(POSTING)["minimum"]}
    card = rows["Field-based role – you will need a valid CSCS card"]
    assert "CSCS card" in [t["text"] for g in card["groups"] for t in g["terms"]], card
    proof = rows["Proven HR generalist expertise, as evidenced by CIPD Level 5 membership"]
    assert any("CIPD" in t["text"] for g in proof["groups"] for t in g["terms"]), proof


def test_learning_a_tool_still_hedges(score_lines) -> None:
    resume = RESUME + "- Learning Rust in my spare time\n"
    posting = POSTING + "- Experience with Rust\n"
    row = score_lines(posting, resume)["Experience with Rust"]
    assert row["verdict"] == "partial", row
