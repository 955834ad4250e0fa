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


FOUR_LETTERS_POSTING = """Integration Developer — Rotterdam

Requirements
- Experience building SOAP web services
- Knowledge of the GDPR
"""

FOUR_LETTERS_RESUME = """Daan Visser
Rotterdam

Experience
Logistics Coordinator, Maasvlakte Freight BV — 2019 – present
- Streamlined order allocation process for 40 carriers, cutting late loads by a fifth
- Kept carrier records in line with the General Data Protection Regulation after the 2023 audit
"""


def test_a_sentence_does_not_spell_a_four_letter_acronym(score_lines) -> None:
    rows = score_lines(FOUR_LETTERS_POSTING, FOUR_LETTERS_RESUME)
    row = rows["Experience building SOAP web services"]  # "Streamlined order allocation process"
    assert row["verdict"] == "missing", row
    gdpr = rows["Knowledge of the GDPR"]
    assert gdpr["verdict"] in {"met", "partial"}, gdpr
    assert any("General Data Protection Regulation" in item["text"] for item in gdpr["evidence"]), gdpr
