"""Lines whose words stand for something else than they seem: a short form opening a document's name
("JKR Form 203 conditions", "PAM Contract") is that document, not a skill it may stand for; "knowledge
of certification requirements (e.g. ...)" is knowing a process, its examples any one of them; a
"negotiator" asks for negotiation; "resident in X County" is where one lives; a motorcycle licence of a
narrower class is partly; years "with a main contractor" are years in construction — via the CLI."""

from __future__ import annotations

POSTING = """Site Quantity Surveyor – Kisumu

Requirements
- Working knowledge of the PAM Contract 2006 and its payment clauses
- Knowledge of export certification requirements (KEBS, KEPHIS, Fairtrade)
- A skilled negotiator with suppliers and subcontractors
- Resident in Kisumu County or willing to relocate
- Valid motorcycle licence (class A)
- At least 4 years with a main contractor on building works
"""

BUILDER = """Otieno Ouma
Kisumu · otieno.ouma@example.com
Home county: Kisumu

Experience
Quantity Surveyor – Lakeside Builders Ltd (NCA 1 main contractor), Kisumu – 2019 – present
- Prepared interim valuations under the PAM Contract 2006 for two school blocks
- Negotiated rates with suppliers and subcontractors; saved 6% on the roofing package
- Compiled KEPHIS export documentation for the client's packhouse fit-out

Licences
- Driving licence class A2 (motorcycle) and B – NTSA
"""

AUDITOR = """Wanjiru Kamau
Nairobi · wanjiru.kamau@example.com

Experience
Audit Senior – Kamau & Partners Certified Public Accountants, Nairobi – 2016 – present
- Audited a building contractor's work-in-progress and a bank's privileged access controls (PAM)
- Presented audit findings to the audit committee

Other
- Driving licence class B, own car
"""

EXPORT = "Knowledge of export certification requirements (KEBS, KEPHIS, Fairtrade)"


def test_a_builder_meets_the_lines_by_what_they_mean(score_lines) -> None:
    rows = score_lines(POSTING, BUILDER)
    assert rows["Working knowledge of the PAM Contract 2006 and its payment clauses"]["verdict"] != "missing"
    assert rows[EXPORT]["verdict"] == "met"
    assert rows["A skilled negotiator with suppliers and subcontractors"]["verdict"] == "met"
    assert rows["Resident in Kisumu County or willing to relocate"]["verdict"] == "met"
    licence = rows["Valid motorcycle licence (class A)"]
    assert licence["verdict"] == "partial", licence
    assert "sub-class" in licence["reason"]
    assert rows["At least 4 years with a main contractor on building works"]["verdict"] == "met"


def test_an_auditor_does_not_meet_them_by_their_letters(score_lines) -> None:
    rows = score_lines(POSTING, AUDITOR)
    pam = rows["Working knowledge of the PAM Contract 2006 and its payment clauses"]
    assert "Privileged Access" not in pam["reason"], pam["reason"]
    assert pam["verdict"] != "met", pam
    assert rows[EXPORT]["verdict"] == "missing"
    assert rows["At least 4 years with a main contractor on building works"]["verdict"] == "missing"
    licence = rows["Valid motorcycle licence (class A)"]  # a car licence is no motorcycle licence
    assert licence["verdict"] == "missing", licence
