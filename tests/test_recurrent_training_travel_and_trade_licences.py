"""Three classes seen in an aviation, an NGO and an electrical trades probe — via the CLI:
- a "Recurrent training" heading is a certifications section, so the trainings under it are held
  credentials, not bullets of the job above;
- travel the résumé's jobs already take ("Travel to field sites about 10 days a month") states the
  travel a line asks;
- Australia's and New Zealand's names of an electrician's licence ("Electrical Mechanic Licence",
  "A-grade electrician") are that licence."""

from __future__ import annotations


def test_trainings_under_a_recurrent_training_heading_are_held(score_lines) -> None:
    rows = score_lines(
        "Licensed Aircraft Engineer\n\nEssential\n- Current Human Factors and EWIS training\n",
        "Niamh Walsh\n\nPROFESSIONAL EXPERIENCE\nB1 Engineer — Atlantic Line Maintenance, Cork Airport\n"
        "05/2019 – present\n– Certify daily and weekly checks on ATR 72-600\n\nRECURRENT TRAINING\n"
        "– Human Factors continuation training — May 2026\n– EWIS continuation — May 2026\n",
    )
    row = rows["Current Human Factors and EWIS training"]
    assert row["verdict"] == "met", row["reason"]
    assert "certifications" in {e["section"] for e in row["evidence"]}


def test_travel_a_job_already_takes_states_it(score_lines) -> None:
    rows = score_lines(
        "Field Officer\n\nRequirements\n- Willingness to travel up to 50% of the time to project sites\n",
        "Peter Otieno\n\nEXPERIENCE\n"
        "Field Monitoring Assistant, Lakeside Water Trust, Kisumu, 2021 – Present\n"
        "- Travel to field sites about 8 days a month to check water points\n",
    )
    row = rows["Willingness to travel up to 50% of the time to project sites"]
    assert row["verdict"] == "met", row["reason"]
    assert "left out of the score" in row["reason"]


def test_an_electrical_mechanic_licence_is_an_electricians_licence(score_lines) -> None:
    rows = score_lines(
        "Electrician — Townsville\n\nEssential\n- Current electrician licence (unrestricted)\n",
        "Brodie Kerr\n\nLICENCES\n- Electrical Mechanic Licence (QLD) – Lic No. 55555 – issued 2019\n\n"
        "EXPERIENCE\nElectrician, Coral Coast Electrical, Townsville, 2019 – Present\n"
        "- Commercial fit-outs\n",
    )
    assert rows["Current electrician licence (unrestricted)"]["verdict"] == "met"
