"""A training the line asks to have completed is shown by the résumé's list of trainings (it is not
"only in education"), and a register is shown by the regulator's name on the line under the
registration it issued — via the CLI."""

from __future__ import annotations

POSTING = """Licensed Aircraft Engineer — line maintenance, Shannon

Requirements
- EWIS and Fuel Tank Safety continuation training completed within the last two years
- Listed on the IAA register as a licensed engineer
"""

RESUME = """Ciara Moloney
Limerick

Experience
Aircraft Maintenance Engineer, Atlantic Line Services, Shannon — 03/2019 – present
- Transit and daily checks on A320 and ATR 72 aircraft; certify release to service

Training
EWIS continuation training — March 2026
Fuel Tank Safety Phase 2 continuation — March 2026

Qualifications & registration
EASA Part-66 B1.1 licence no. IE.66.4471, valid to 2029
Irish Aviation Authority (IAA)
"""


def test_a_training_completed_is_shown_by_the_training_list(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["EWIS and Fuel Tank Safety continuation training completed within the last two years"]
    assert row["verdict"] == "met", row
    assert "only in education" not in row["reason"], row


HYGIENIST_POSTING = """Dental Hygienist — Wellington

About you
- You're on the DCNZ register as a dental hygienist with a current practising certificate
"""

HYGIENIST_RESUME = """Mere Tipene
Wellington

Qualifications & registration
Registered Dental Hygienist – reg. no. 4410, annual practising certificate valid to 31 March 2027
Dental Council of New Zealand (DCNZ)

Experience
Dental Hygienist, Harbour Dental, Wellington — 02/2020 – present
- Scale and polish, periodontal charting and oral hygiene education for 12 patients a day
"""


def test_a_register_is_shown_by_the_issuer_under_the_licence(score_lines) -> None:
    rows = score_lines(HYGIENIST_POSTING, HYGIENIST_RESUME)
    row = rows["You're on the DCNZ register as a dental hygienist with a current practising certificate"]
    assert row["verdict"] == "met", row


def test_a_named_training_listed_among_trainings_is_held(score_lines) -> None:
    posting = "Licensed Aircraft Engineer\n\nNice to have\n- ETOPS and RVSM training completed.\n"
    listed = "ETOPS / RVSM | ETOPS maintenance awareness (2022); RVSM (2022)\n"
    resume = RESUME.replace("Training\n", "Training\n" + listed)
    row = score_lines(posting, resume)["ETOPS and RVSM training completed."]
    assert row["verdict"] == "met", row


PAYROLL_POSTING = """Payroll Officer — Durban

Requirements
- Experience completing monthly EMP201 submissions and the EMP501 reconciliation, including IRP5 certificates
"""

PAYROLL_RESUME = """Nomvula Dlamini
Durban

Experience
Payroll Officer, Coastal Logistics (Pty) Ltd, Durban — 04/2020 – present
- Monthly EMP201 submissions, the bi-annual EMP501 reconciliation and IRP5 certificates for 450 staff
"""


def test_paperwork_the_job_produces_is_not_a_credential_to_hold(score_lines) -> None:
    rows = score_lines(PAYROLL_POSTING, PAYROLL_RESUME)
    row = next(r for text, r in rows.items() if text.startswith("Experience completing monthly EMP201"))
    assert row["verdict"] == "met", row
    assert "not found as a credential" not in row["reason"], row


def test_knowing_the_permits_is_no_permit_to_hold(score_lines) -> None:
    posting = (
        "Registrar — natural history museum\n\nRequirements\n"
        "- Knowledge of CITES permits for specimens on loan.\n"
    )
    resume = (
        "Isla Fraser\nAberdeen\n\nExperience\nAssistant Registrar, Granite City Museum — 05/2021 – present\n"
        "- Applied for CITES permits for natural history specimens lent to two Dutch museums\n"
    )
    row = score_lines(posting, resume)["Knowledge of CITES permits for specimens on loan."]
    assert row["verdict"] == "met", row
    assert "not held yet" not in row["reason"], row
