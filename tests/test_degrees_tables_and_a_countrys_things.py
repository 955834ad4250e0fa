"""A country's version of a system is no spoken language ("Polish localisation"); a résumé's
education line naming two degrees holds the higher one, and a thesis's title names no degree;
Québec's "Baccalauréat en ..." is a first university degree; a table's row of labels is not a
statement, the row under it is; a recruiter's "they want someone ...: you will ..." asks; "able
to join within 30 days" and a criminal-records extract are conditions — via the CLI."""

from __future__ import annotations

POSTING = """Pricing Analyst — insurer, Montréal

Requirements
- A university degree in Actuarial Science, Mathematics, Statistics or another quantitative field
- A Master's degree in Economics or Statistics
- Knowledge of Polish localisation: JPK files and KSeF e-invoicing
- Personality-wise they want someone calm and firm: you will present rate changes to underwriters.
- Lastly, you need to be able to join within 30 days.
- An extract from the criminal records must be presented before employment begins.
"""

RESUME = """Mathilde Roy
Montréal, QC

Education
Baccalauréat en statistique (B.Sc. Statistics), Université de Montréal, 2016 – 2019
2019 – 2021 | Master of Economics (M.Sc.), Université Laval. Bachelor's thesis: "Pricing in secondary markets"

Languages
Polish (native), French (native), English (C1)

Experience
Pricing Analyst, Assurances Boréal, Montréal — 06/2021 – present
- Present quarterly rate changes to the underwriting committee
"""


def rows(score_lines) -> dict[str, dict]:
    return score_lines(POSTING, RESUME)


def test_a_quebec_baccalaureat_en_is_a_bachelors_degree(score_lines) -> None:
    row = rows(score_lines)[
        "A university degree in Actuarial Science, Mathematics, Statistics or another quantitative field"
    ]
    assert row["verdict"] == "met", row


def test_a_thesis_title_names_no_degree_and_the_higher_degree_is_held(score_lines) -> None:
    row = rows(score_lines)["A Master's degree in Economics or Statistics"]
    assert row["verdict"] == "met", row


def test_a_countrys_localisation_is_no_spoken_language(score_lines) -> None:
    row = rows(score_lines)["Knowledge of Polish localisation: JPK files and KSeF e-invoicing"]
    assert row["verdict"] != "met", row
    assert "native" not in row["reason"], row


def test_a_recruiters_want_someone_asks_and_conditions_are_conditions(score_lines) -> None:
    found = rows(score_lines)
    assert any(t.startswith("Personality-wise they want someone") for t in found), list(found)
    assert "left out of the score" in found["Lastly, you need to be able to join within 30 days."]["reason"]
    line = "An extract from the criminal records must be presented before employment begins."
    assert "left out of the score" in found[line]["reason"], found[line]


DRIVER_POSTING = """Leasing Consultant — Dubai

Requirements
- You need a valid UAE driving licence and your own car.
"""

DRIVER_RESUME = """Karim Nassar
Dubai

| Nationality | Date of Birth | Visa Status | Driving Licence |
|---|---|---|---|
| Jordanian | 03/11/1995 | Employment visa | UAE licence in process (road test scheduled Dec 2026) |

Experience
Leasing Agent, Marina Homes Real Estate, Dubai — 01/2023 – present
- Viewings and tenancy renewals for 180 apartments
"""


def test_a_table_header_is_no_statement_the_row_under_it_is(score_lines) -> None:
    row = score_lines(DRIVER_POSTING, DRIVER_RESUME, resume_name="resume.md")[
        "You need a valid UAE driving licence and your own car."
    ]
    assert row["verdict"] == "missing", row
    assert "in process" in row["reason"], row


REGISTRAR_POSTING = """Collections Registrar — Glasgow

Requirements
- A full UK driving licence.
- Knowledge of Finnish pupil and student welfare legislation.
"""

REGISTRAR_RESUME = """Aino Virtanen
Glasgow

Licences
UAE Driving Licence (light vehicle) – valid till 09/2029

Languages
Finnish (native), English (C1)
"""


def test_a_licence_from_another_country_is_partly(score_lines) -> None:
    rows = score_lines(REGISTRAR_POSTING, REGISTRAR_RESUME)
    row = rows["A full UK driving licence."]
    assert row["verdict"] == "partial", row
    assert "another country" in row["reason"], row
    welfare = rows["Knowledge of Finnish pupil and student welfare legislation."]
    assert "native" not in welfare["reason"], welfare
