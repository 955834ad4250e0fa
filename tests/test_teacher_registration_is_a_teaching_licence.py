"""A teacher's registration with a teaching council is a teaching licence: "QTS or an equivalent
teaching licence" is met by it. Our own example (New Zealand), via the CLI."""

from __future__ import annotations


def test_a_teaching_council_registration_meets_an_equivalent_licence(score_lines) -> None:
    posting = "Year 4 Teacher\n\nRequirements\n- QTS or an equivalent recognised teaching licence\n"
    resume = (
        "Mere Walker\n\nREGISTRATION\n"
        "Registered teacher – Teaching Council of Aotearoa New Zealand, "
        "full practising certificate (2022)\n\n"
        "EXPERIENCE\nClassroom Teacher — Kowhai School, Hamilton (2019 – present)\n- Year 3 and 4 class\n"
    )
    (row,) = score_lines(posting, resume).values()
    assert row["verdict"] == "met", row["reason"]
