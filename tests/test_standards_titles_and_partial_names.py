"""Literal terms read as a recruiter reads them — via the CLI:
- a standard named with its edition and title ("BS 7671:2018 Wiring Regulations") is met by its
  code alone, but "ISO 27001 Lead Auditor" is a credential, not the standard;
- two standards joined by "and" are two terms, not one run dropped for its length;
- a title its bracketed acronym spells ("Control of Substances Hazardous to Health (COSHH)") is one
  term, everyday words and all;
- an aviation English level ("ICAO Level 4 (Operational)") is a level, not terms;
- a certificate's window in brackets ("(renewed within the last 3 years)") dates it;
- one capitalised word of a name of several is not the name ("Maths" for "Sparx Maths"), while a
  product's single name is ("Maximo");
- words of how well ("Secure", "Up-to-date", "major") are not searched for."""

from __future__ import annotations

ELECTRICIAN = """Electrical Maintenance Technician — Harbourside Foods, Bristol

Essential
- Working knowledge of BS 7671:2018 Wiring Regulations
- Knowledge of BS 5839 Fire Detection Code and BS 5266 Emergency Lighting Code
- Understanding of the Control of Substances Hazardous to Health (COSHH) regulations
- First Aid at Work certificate (renewed within the last 3 years)
- ISO 27001 Lead Auditor certification
"""

RESUME = """Gareth Price
Bristol

EXPERIENCE
Maintenance Electrician, Severn Bakeries, Bristol, Jan 2018 – Present
- Periodic inspection and testing of installations to BS 7671, with EICRs for 4 sites
- Monthly fire alarm tests to BS 5839 and emergency lighting tests to BS 5266
- COSHH assessments for cleaning chemicals used in the plant
- Supported the site's ISO 27001 certification audit as the engineering contact

CERTIFICATIONS
First Aid at Work – St John Ambulance, 2021
"""


def test_standards_titles_and_certificate_windows(score_lines) -> None:
    rows = score_lines(ELECTRICIAN, RESUME)
    assert rows["Working knowledge of BS 7671:2018 Wiring Regulations"]["verdict"] == "met"
    both = rows["Knowledge of BS 5839 Fire Detection Code and BS 5266 Emergency Lighting Code"]
    assert both["verdict"] == "met", both["reason"]
    assert "BS 5839" in both["reason"] and "BS 5266" in both["reason"]
    coshh = rows["Understanding of the Control of Substances Hazardous to Health (COSHH) regulations"]
    assert coshh["verdict"] == "met", coshh["reason"]
    # 2021 is more than three years before 2026-11-30: held, but not within the window
    first_aid = rows["First Aid at Work certificate (renewed within the last 3 years)"]
    assert first_aid["verdict"] == "partial", first_aid["reason"]
    assert rows["ISO 27001 Lead Auditor certification"]["verdict"] != "met"


def test_a_title_its_acronym_spells_is_one_term(extract_text) -> None:
    report = extract_text(ELECTRICIAN)
    terms = [t["text"] for r in report["minimum"] for g in r["groups"] for t in g["terms"]]
    assert "Control of Substances Hazardous to Health" in terms, terms
    assert not any(t in ("Control", "Health", "Substances") for t in terms)


def test_aviation_english_level_is_a_level(score_lines) -> None:
    rows = score_lines(
        "Aircraft Technician\n\nRequirements\n"
        "- English language proficiency at ICAO Level 4 (Operational) or above\n",
        "Aoife Byrne\n\nEXPERIENCE\nB1 Technician, Shannon Aero Services, 2019 – Present\n"
        "- Line maintenance on ATR 72 aircraft\n\nLANGUAGES\nEnglish (native), Irish (fluent)\n",
    )
    row = rows["English language proficiency at ICAO Level 4 (Operational) or above"]
    assert row["verdict"] == "met", row["reason"]
    assert "ICAO" not in row["reason"]


def test_one_word_of_a_name_of_several_is_partly(score_lines) -> None:
    posting = (
        "Maths Teacher\n\nDesirable\n- Confident use of Sparx Maths for homework\n"
        "- Experience with work orders; if your last site ran Maximo that is fine\n"
    )
    rows = score_lines(
        posting,
        "Owen Hughes\n\nEXPERIENCE\nTeacher of Maths, Hillcrest School, 2020 – Present\n"
        "- Taught maths to Years 7-11\n- Raised work orders in Maximo for the site team\n",
    )
    assert rows["Confident use of Sparx Maths for homework"]["verdict"] == "partial"
    assert rows["Experience with work orders; if your last site ran Maximo that is fine"]["verdict"] == "met"


def test_words_of_how_well_are_not_searched(extract_text) -> None:
    report = extract_text(
        "Teacher\n\nRequirements\n- Secure subject knowledge of the Scottish Curriculum for Excellence\n"
        "- Up-to-date understanding of child protection\n"
        "- Hands-on experience with at least one major cloud provider\n"
    )
    terms = [t["text"] for r in report["minimum"] for g in r["groups"] for t in g["terms"]]
    assert not any(t.split()[0] in ("Secure", "subject", "Up-to-date", "major") for t in terms), terms
