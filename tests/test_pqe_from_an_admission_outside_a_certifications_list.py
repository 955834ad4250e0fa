"""Years asked "PQE" count from the admission a résumé states under any heading but the jobs
("Qualifications", a summary), and "PQE" written in capitals is the cue, not a term to search.
Our own examples, via the CLI."""

from __future__ import annotations

POSTING = "Private Client Solicitor\n\nRequirements\n- At least 4 years' PQE in wills and probate\n"

RESUME = """Hannah Okafor

Qualifications
• Admitted to the Roll of Solicitors of Ireland, 3 March 2023
• LLB Law, University of Leinster, 2018

EXPERIENCE
Solicitor, Byrne & Walsh, Dublin (March 2023 – present)
- Wills, probate and estate administration caseload
Trainee Solicitor, Byrne & Walsh, Dublin (2020-09 – 2023-02)
- Probate applications and estate accounts
"""


def test_years_after_an_admission_under_qualifications(score_lines) -> None:
    (row,) = score_lines(POSTING, RESUME).values()
    assert row["verdict"] == "partial", row["reason"]
    assert "after qualifying in 2023-03" in row["reason"]
    assert "PQE" not in row["reason"]
