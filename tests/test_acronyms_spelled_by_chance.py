"""A short acronym is matched to words that spell it only when they are written as its name:
three words of an ordinary sentence spell three letters by chance — via the CLI."""

from __future__ import annotations

POSTING = """Research Analyst — Public Health Observatory, Leeds

Essential criteria
- Proficiency in SPSS or SAS for survey analysis
- Working knowledge of the Integrated Care Board (ICB) commissioning cycle
"""

RESUME = """Aisha Bello
Leeds

Profile
Strong analytical skills and a calm, organised way of working with large survey returns.

Experience
Research Assistant, Northern Health Survey Unit, Bradford — 09/2021 – present
- Cleaned and weighted household survey returns in Excel; wrote the quarterly summary tables
- Supported the Integrated Care Board on its annual commissioning cycle with needs data
"""


def test_a_sentence_does_not_spell_a_short_acronym(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["Proficiency in SPSS or SAS for survey analysis"]
    assert "none of SPSS, SAS" in row["reason"], row  # "Strong analytical skills" is no SAS
    assert row["verdict"] != "met", row


def test_a_name_written_out_still_spells_its_acronym(score_lines) -> None:
    rows = score_lines(POSTING, RESUME)
    row = rows["Working knowledge of the Integrated Care Board (ICB) commissioning cycle"]
    assert row["verdict"] in {"met", "partial"}, row
    assert any("Integrated Care Board" in item["text"] for item in row["evidence"]), row
