"""A CV's headings in its own language with the English in brackets ("Språk (Languages)",
"Programvare (Software)") open those sections, and a languages table in Swedish or Norwegian
("| Svenska | Modersmål |", "Engelska – flytande") names the languages — via the CLI."""

from __future__ import annotations

POSTING = """Logistics Coordinator – Gothenburg

Requirements
- Swedish and English, spoken and written
- Experience with SAP MM
"""

RESUME = """# Elin Lindqvist
Göteborg · elin.lindqvist@example.com

## Arbetslivserfarenhet (Work experience)
**Logistikkoordinator** – Hamnlogistik AB, Göteborg (2019-03 – present)
- Booked inbound containers and posted goods receipts in SAP MM

## Programvara (Software)
SAP MM, Excel, Qlik Sense

## Språk (Languages)

| Språk | Nivå |
|---|---|
| Svenska | Modersmål |
| Engelska | Flytande (C1) |
"""


def test_a_translated_heading_opens_its_section(score_lines) -> None:
    rows = score_lines(POSTING, RESUME, resume_name="resume.md")
    languages = rows["Swedish and English, spoken and written"]
    assert languages["verdict"] == "met", languages
    assert "Swedish" in languages["reason"] and "languages section" in languages["reason"], languages[
        "reason"
    ]
    assert rows["Experience with SAP MM"]["verdict"] == "met"


NORDIC = """Mikko Virtanen
Turku · mikko.virtanen@example.com

Työkokemus
Huoltoteknikko (Service Technician) – Saaristo Marine Oy, Turku – 2018 – present
- Service and repair of marine diesel engines and their control systems

Kurs og sertifikater
GWO Basic Safety Training – utløpt 05/2025

Språk
Suomi – äidinkieli
Engelska – flytande
"""

NORDIC_POSTING = """Marine Service Technician – Turku

Requirements
- Finnish and English
- Valid GWO Basic Safety Training certificate
"""


def test_nordic_headings_and_an_expiry_in_the_cvs_language(score_lines) -> None:
    rows = score_lines(NORDIC_POSTING, NORDIC)
    assert rows["Finnish and English"]["verdict"] == "met", rows["Finnish and English"]
    stcw = rows["Valid GWO Basic Safety Training certificate"]
    assert stcw["verdict"] == "partial", stcw
    assert "utløpt" in stcw["reason"], stcw["reason"]
