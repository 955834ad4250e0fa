"""What a credential line holds, as recruiters read it: a body's lesser award is not its qualification
("CIMA Certificate in Business Accounting" for "CIMA qualified"); a lower grade of membership is partly
("Graduate Member" for "Corporate member of the IEM"); a registration the résumé says is not made
yet is not held; an operator's certificate from a training academy is the licence, not a course —
via the CLI."""

from __future__ import annotations

POSTING = """Site Finance and Logistics Lead – Penang

Requirements
- CIMA or ACCA qualified
- Corporate member of the IEM
- Registered with the Board of Engineers Malaysia (BEM) as a Graduate Engineer
- Valid forklift licence
"""

RESUME = """Tan Wei Ling
Penang, Malaysia · weiling.tan@example.com

Experience
Logistics and Finance Executive – Pulau Freight Sdn Bhd, Penang – 2019 – present
- Monthly management accounts and the warehouse's stock reconciliations

Certifications
- CIMA Certificate in Business Accounting (Cert BA) – 2019
- Graduate Member, Institution of Engineers Malaysia (IEM)
- BEM – not registered yet (will apply for Graduate Engineer registration after my degree)
- Forklift Operator Certificate – counterbalance – Northern Lift Training Academy, 2021
"""


def test_credential_lines_are_read_as_recruiters_do(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    cima = rows["CIMA or ACCA qualified"]
    assert cima["verdict"] == "partial", cima
    assert "award of the body" in cima["reason"], cima["reason"]
    member = rows["Corporate member of the IEM"]
    assert member["verdict"] == "partial", member
    assert "graduate member" in member["reason"].lower(), member["reason"]
    bem = rows["Registered with the Board of Engineers Malaysia (BEM) as a Graduate Engineer"]
    assert bem["verdict"] == "missing", bem
    forklift = rows["Valid forklift licence"]
    assert forklift["verdict"] == "met", forklift
