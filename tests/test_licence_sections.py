"""A résumé's "Licence & Authorisations", "Type Ratings" or "Licence and Ratings" section holds
credentials as a "Licences" section does: a type rating listed there meets the line that asks for it —
via the CLI."""

from __future__ import annotations

import pytest

POSTING = """Licensed Aircraft Engineer (B1) – Prestwick

Essential
- Boeing 737-600/700/800/900 type rating (CFM56-7B) endorsed on your licence
"""

RESUME = """Fiona MacLeod
Ayr, Scotland · fiona.macleod@example.com

{heading}
Licence | UK Part-66 AML, categories A1 and B1.1, issued by the UK CAA
Type ratings | Boeing 737-600/700/800/900 (CFM56-7B) – endorsed 2017

Experience
B1 Licensed Engineer – Clyde Aero Services, Prestwick – 2017 – present
- Line and base maintenance on 737NG aircraft for two charter operators
"""

LINE = "Boeing 737-600/700/800/900 type rating (CFM56-7B) endorsed on your licence"


@pytest.mark.parametrize("heading", ["LICENCE & AUTHORISATIONS", "Type Ratings", "Licence and Ratings"])
def test_a_type_rating_in_a_licence_section_is_held(score_lines, heading: str) -> None:
    rows = score_lines(POSTING, RESUME.format(heading=heading))
    assert rows[LINE]["verdict"] == "met", rows[LINE]
