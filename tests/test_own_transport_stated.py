"""A personal-details row "Own Transport : Yes (car)" states the own transport a posting asks for;
"Own transport: No" does not — via the CLI."""

from __future__ import annotations

import pytest

POSTING = """Field Sales Representative – Ipoh

Requirements
- Possess own transport and willing to travel around Perak
"""

RESUME = """Lim Mei Hua
Ipoh, Perak · meihua.lim@example.com

Personal Particulars
Nationality : Malaysian
Own Transport : {answer}

Experience
Sales Executive – Kinta Supplies Sdn Bhd, Ipoh – 2020 – present
- Visited 25 hardware shops a week across Perak
"""

LINE = "Possess own transport and willing to travel around Perak"


@pytest.mark.parametrize(("answer", "verdict"), [("Yes (car)", "met"), ("No", "unassessed")])
def test_own_transport_row(score_lines, answer: str, verdict: str) -> None:
    row = score_lines(POSTING, RESUME.format(answer=answer))[LINE]
    assert row["verdict"] == verdict, row
