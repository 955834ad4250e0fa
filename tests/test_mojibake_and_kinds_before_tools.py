"""Two classes read from real material, via the CLI:

- a résumé or posting saved as UTF-8 after being read as Windows-1252 ("â€¢" for a bullet,
  "Ã©" for "é") is put back before anything reads it, and clean text in any language is left as
  it is;
- "statistical analysis using Minitab or JMP": the kind named right before "using" the tools is
  what the tools are (Minitab is statistical software, which is statistics), so using one of them
  meets the line; a tool that is not of that kind does not.
"""

from __future__ import annotations

from jobmatch.mojibake import repair

BUYER = """Accounts Payable Specialist — Vistula Shared Services, Kraków

Your profile
- Experience with SAP Ariba or Coupa
- Knowledge of VAT rules for invoices
"""

GARBLED_RESUME = """RenÃ©e Kowalczyk-Dubois
KrakÃ³w, Poland

EXPERIENCE
Accounts Payable Clerk â€“ Nordlys Logistics, KrakÃ³w (03/2021 â€“ present)
â€¢ Procure-to-pay invoice processing in SAP Ariba for 14 Nordic entities
â€¢ Checked VAT on supplier invoices before posting â€“ about 900 a month

LANGUAGES
Polish (native), English (C1), French (B2 â€“ â€œintermÃ©diaire avancÃ©â€\x9d)
"""


def test_a_garbled_resume_is_read_and_quoted_as_it_was_written(score_lines) -> None:
    rows = score_lines(BUYER, GARBLED_RESUME)
    ariba = rows["Experience with SAP Ariba or Coupa"]
    assert ariba["verdict"] == "met"
    quoted = ariba["evidence"][0]["text"]
    assert quoted == "Procure-to-pay invoice processing in SAP Ariba for 14 Nordic entities"
    vat = rows["Knowledge of VAT rules for invoices"]
    assert vat["verdict"] == "met"
    assert "â€" not in vat["evidence"][0]["text"]
    assert "before posting – about 900" in vat["evidence"][0]["text"]


def test_a_garbled_posting_is_read_as_it_was_written(extract_text) -> None:
    posting = (
        "Payroll Coordinator â€“ Harbourside Hotels\n\nRequirements\n"
        "â€¢ At least 3 years of payroll experience\nâ€¢ CIPP Foundation Degree in Payroll Management\n"
        "\nWe offer Â£32,000 and 25 daysâ€™ holiday.\n"
    )
    report = extract_text(posting)
    texts = [r["text"] for r in report["minimum"]]
    assert "At least 3 years of payroll experience" in texts
    assert "CIPP Foundation Degree in Payroll Management" in texts
    assert report["title"] == "Payroll Coordinator – Harbourside Hotels"


def test_clean_text_in_any_language_is_left_alone() -> None:
    clean = [
        "Straße „Grüße“ – Müller, Köln",
        "Ingénieure à Montréal – « très bien » — Québec",
        "São Paulo · Açores · Ñuñoa · Łódź · Ørsted · £45,000 · 5°C",
        "Tiếng Việt, 日本語, Ελληνικά, русский",
    ]
    for text in clean:
        assert repair(text) == text


def test_only_runs_that_decode_are_repaired() -> None:
    assert repair("JosÃ© â€“ CafÃ©") == "José – Café"
    # "Ã" and a plain letter after it is no UTF-8 reading: kept
    assert repair("Ã© and Ãx") == "é and Ãx"


STATISTICIAN = """Quality Engineer — Kestrel Components, Monterrey

Requirements
- Statistical analysis using Minitab or JMP
- Statistical analysis using Python
"""


def test_the_kind_named_before_using_the_tools_is_what_they_are(score_lines) -> None:
    resume = (
        "Ana Ruiz Garza\n\nEXPERIENCE\nQuality Technician — Fábrica Norte, Monterrey (2019 – 2024)\n"
        "- Ran capability studies on stamped brackets in Minitab and reported Cpk weekly\n"
        "- Wrote Python scripts to rename CMM export files\n"
    )
    rows = score_lines(STATISTICIAN, resume)
    minitab = rows["Statistical analysis using Minitab or JMP"]
    assert minitab["verdict"] == "met", minitab["reason"]
    assert "Minitab" in minitab["evidence"][0]["text"]
    # Python is no statistics tool: renaming files in Python shows no statistical analysis
    assert rows["Statistical analysis using Python"]["verdict"] == "partial"


def test_a_field_beside_a_tool_is_still_asked(extract_text) -> None:
    """Away from "using", only a tool's own kind is a detail: a chain of implications never makes
    the field a detail."""
    report = extract_text(
        "Analyst\n\nRequirements\n- Strong statistics background and hands-on SPSS\n"
        "- Statistical analysis using SPSS or Stata\n"
    )
    first, second = report["minimum"]
    assert any(not g["detail"] and g["terms"][0]["id"] == "statistics" for g in first["groups"])
    assert [g["detail"] for g in second["groups"] if g["terms"][0]["id"] == "statistics"] == [True]
