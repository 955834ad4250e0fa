"""A degree line that offers another route in a sentence of its own ("A diploma plus two
additional years of ICU experience is accepted in place of the degree"): the two routes are
alternatives, and what the other route's years are of is not asked of a degree holder — via the CLI."""

from __future__ import annotations

LINE = (
    "Bachelor's degree in Nursing. A diploma plus two (2) additional years of ICU experience is accepted "
    "in place of the degree."
)

POSTING = f"""Clinical Nurse — Intensive Care, Riyadh

Requirements
- {LINE}
"""

GRADUATE = """Maria Santos
Riyadh

Experience
Staff Nurse, Medical Ward, King Faisal Specialist Hospital, Riyadh — 03/2022 – present
- Care for 6 to 8 adult medical patients a shift; medication administration and discharge teaching

Education
Bachelor of Science in Nursing, University of Santo Tomas, 2021
"""

DIPLOMA_HOLDER = """Aisha Rahman
Riyadh

Experience
ICU Nurse, Intensive Care Unit, Al Noor Hospital, Riyadh — 01/2020 – present
- Ventilated and post-operative patients, 1:2 ratio; CRRT and arterial line care

Education
Diploma in General Nursing, Riyadh Health Institute, 2019
"""


def test_the_routes_are_alternatives(extract_text) -> None:
    [row] = extract_text(POSTING)["minimum"]
    assert row["degree"]["alternatives"] == [["diploma", 2.0], ["bachelor", 0.0]], row["degree"]


def test_a_degree_holder_is_not_asked_the_other_routes_years(score_lines) -> None:
    row = score_lines(POSTING, GRADUATE)[LINE]
    assert row["verdict"] == "met", row


def test_a_diploma_holder_with_the_years_meets_it(score_lines) -> None:
    row = score_lines(POSTING, DIPLOMA_HOLDER)[LINE]
    assert row["verdict"] == "met", row
