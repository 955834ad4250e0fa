"""Trades and site work, via the CLI:

- a CV heading that joins three sections with commas ("Licences, Tickets & Certificates") opens
  the credentials, and the tickets in its table are held;
- Australia's heavy-vehicle classes ("HR licence", "Heavy Rigid") are a driving licence of that
  class, not human resources; a heavier class (MC) covers a lighter one (HR);
- a résumé saying the candidate would need a visa sponsored does not have the right to work;
- "First Aid / CPR certificate" is either certificate, and "(Construction or General Industry)
  card" names versions of one card;
- a credential with some of its units passed and the rest booked is partly held.
"""

from __future__ import annotations

import pytest

TICKETS_CV = """Corey Walsh
Boilermaker / Rigger – Mackay QLD

SUMMARY
Boilermaker with nine years on coal handling plants and shutdowns.

LICENCES, TICKETS & CERTIFICATES
Ticket | Issued by | Year
High Risk Work Licence – Dogging (DG) | WorkSafe QLD | 2017
High Risk Work Licence – Basic Rigging (RB) | WorkSafe QLD | 2018
Confined space entry (RIIWHS202E) | SafeCo Training | 2024
HC (Heavy Combination) driver licence – QLD | TMR | 2016

EMPLOYMENT
Boilermaker | Central Highlands Shutdowns, Moranbah | Mar 2017 – Present
- Structural and plate work on conveyors and chutes during plant shutdowns
"""

RIGGER = """Boilermaker / Rigger — FIFO, Bowen Basin

Must haves
- Dogging and rigging tickets (high risk work licences)
- HR licence (or higher)
- Full Australian working rights

Nice to haves
- MC licence
"""


def test_tickets_under_a_joined_heading_are_held(score_lines) -> None:
    rows = score_lines(RIGGER, TICKETS_CV)
    row = rows["Dogging and rigging tickets (high risk work licences)"]
    assert row["verdict"] == "met", row["reason"]
    assert "held" in row["reason"]


def test_a_heavier_licence_class_covers_a_lighter_one(score_lines) -> None:
    rows = score_lines(RIGGER, TICKETS_CV)
    hr = rows["HR licence (or higher)"]
    assert hr["verdict"] == "met", hr["reason"]
    assert "HC (Heavy Combination)" in hr["evidence"][0]["text"]
    assert "Human Resources" not in hr["reason"]
    mc = rows["MC licence"]
    assert mc["verdict"] == "missing", mc["reason"]
    assert "another class" in mc["reason"]


def test_a_licence_class_is_no_skill_asked(extract_text) -> None:
    report = extract_text(RIGGER)
    line = next(r for r in report["minimum"] if r["text"] == "HR licence (or higher)")
    assert line["condition"] == "driving"
    assert line["groups"] == []


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        ("Visa status: seeking employer sponsorship (subclass 482)", "missing"),
        ("Visa status: requires sponsorship for Australian roles", "missing"),
        ("Work rights: Australian citizen – no sponsorship required", "met"),
    ],
)
def test_a_visa_to_be_sponsored_is_no_right_to_work(score_lines, status: str, verdict: str) -> None:
    resume = TICKETS_CV.replace(
        "Boilermaker / Rigger – Mackay QLD", f"Boilermaker / Rigger – Mackay QLD\n{status}"
    )
    rows = score_lines(RIGGER, resume)
    row = rows["Full Australian working rights"]
    assert row["verdict"] == verdict, row["reason"]


SAFETY = """HSE Officer — Al Khor Industrial Services

Desirable
- Current First Aid / CPR certificate
- OSHA 10-Hour (Construction or General Industry) card
- NEBOSH International General Certificate
"""


def test_first_aid_or_cpr_either_will_do(score_lines) -> None:
    resume = (
        "Joel Santos\n\nCERTIFICATIONS\nEmergency First Aid at Work – St John Ambulance – 2025\n\n"
        "EXPERIENCE\nSafety Officer — Gulf Marine Yards, Doha (2019 – present)\n- Daily toolbox talks\n"
    )
    rows = score_lines(SAFETY, resume)
    assert rows["Current First Aid / CPR certificate"]["verdict"] == "met"


def test_a_cards_versions_are_no_terms_of_their_own(extract_text) -> None:
    report = extract_text(SAFETY)
    card = next(r for r in report["preferred"] if r["text"].startswith("OSHA 10-Hour"))
    assert [t["text"] for g in card["groups"] for t in g["terms"]] == ["OSHA 10-Hour"]


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("NEBOSH International General Certificate – Unit IG1 passed (2025); IG2 booked for 2027", "partial"),
        ("NEBOSH International General Certificate – exam booked for March 2027", "missing"),
    ],
)
def test_a_credential_with_units_passed_is_partly_held(score_lines, line: str, verdict: str) -> None:
    resume = (
        f"Joel Santos\n\nCERTIFICATIONS\n{line}\n\n"
        "EXPERIENCE\nSafety Officer — Gulf Marine Yards, Doha (2019 – present)\n- Daily toolbox talks\n"
    )
    rows = score_lines(SAFETY, resume)
    row = rows["NEBOSH International General Certificate"]
    assert row["verdict"] == verdict, row["reason"]


FITTER = """HD Fitter — Pilbara Haulage Contractors

Nice to haves
- Ultra-class truck exp (CAT 789/793, Hitachi EH4000/EH5000)
- Scaffolding and rigging tickets
"""


def test_a_makers_models_are_found_in_any_version(score_lines, extract_text) -> None:
    report = extract_text(FITTER)
    trucks, tickets = report["preferred"]
    texts = [t["text"] for g in trucks["groups"] for t in g["terms"]]
    assert "Ultra-class truck" in texts and "exp" not in " ".join(texts).split()
    assert [t["text"] for g in tickets["groups"] for t in g["terms"]] == ["Scaffolding", "rigging"]
    resume = (
        "Tane Rewiti\n\nEXPERIENCE\nHD Fitter — Ironbark Mining, Newman WA (2019 – present)\n"
        "- Change-outs on CAT 793F haul trucks and Hitachi EH5000AC-3 trucks; ultra-class truck PMs\n"
    )
    rows = score_lines(FITTER, resume)
    row = rows["Ultra-class truck exp (CAT 789/793, Hitachi EH4000/EH5000)"]
    assert row["verdict"] == "met", row["reason"]
    assert "“CAT 789/793”: found" in row["reason"]
    assert "“Hitachi EH4000/EH5000”: found" in row["reason"]


def test_lockout_procedures_and_energy_isolation_are_lockout_tagout(score_lines) -> None:
    posting = (
        "Maintenance Fitter\n\nMust haves\n"
        "- You know your isolations/LOTO\n- Testing habits: a sound grasp of NDT\n"
    )
    resume = (
        "Sipho Ndlovu\n\nEXPERIENCE\nFitter — Kusile Coal Handling, Mpumalanga (2018 – present)\n"
        "- Apply lockout procedures and energy isolations before conveyor belt splicing\n"
    )
    rows = score_lines(posting, resume)
    assert rows["You know your isolations/LOTO"]["verdict"] == "met", rows["You know your isolations/LOTO"]
    assert "habits" not in rows["Testing habits: a sound grasp of NDT"]["reason"]
