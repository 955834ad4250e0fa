"""Words that name something else in another trade, or nothing at all: "monitoring" of patients,
trial sites or the environment is not systems monitoring; "E6(R2)" and "IT3(a)" are codes whole;
"please note", "CEFR", "carry out" and "12-hour" are not things to search for; a Taiwanese CV's
"2020/12 ~ 仍在職" is a job up to today — via the CLI."""

from __future__ import annotations

from conftest import minimum_terms

CRA_POSTING = """Clinical Research Associate — CRO, Pune

Requirements
- 3 years of independent on-site monitoring experience as a CRA; please note that CTA years do not count
- Working knowledge of ICH-GCP E6(R2)
- Fluent written and spoken English, at least CEFR B2
"""

VET_NURSE_RESUME = """Hannah Ward
Hamilton, New Zealand

Experience
Veterinary Nurse, Riverbank Vets, Hamilton — 02/2019 – present
- Anaesthetic monitoring with ECG, capnography and blood pressure for 15 surgeries a week
- Patient monitoring and fluid therapy in the hospital ward
"""


def test_monitoring_a_patient_is_not_monitoring_systems(score_lines) -> None:
    rows = score_lines(CRA_POSTING, VET_NURSE_RESUME)
    row = next(r for text, r in rows.items() if text.startswith("3 years of independent on-site monitoring"))
    assert row["verdict"] != "met", row
    assert "Monitoring & Alerting" not in row["reason"], row
    assert "please" not in row["reason"].lower(), row


def test_a_code_with_a_bracket_is_one_term_and_cefr_is_no_term(extract_text) -> None:
    terms = minimum_terms(extract_text(CRA_POSTING))
    assert "E6(R2)" in terms, terms
    assert not any(t in ("E6(R2", "CEFR", "please note") for t in terms), terms


ROSTER_POSTING = """Veterinary Nurse — mixed practice

About you
- Able to work a 4 on / 4 off roster of 12-hour day and night shifts, including work at height
- You can take digital radiographs and carry out dental charting and scale-and-polish procedures
"""


def test_a_roster_and_a_phrasal_verb_are_not_searched(extract_text) -> None:
    terms = [t.lower() for t in minimum_terms(extract_text(ROSTER_POSTING))]
    assert not any("12-hour" in t or t == "carry" for t in terms), terms
    assert "dental charting" in terms, terms


FIRMWARE_POSTING = """Firmware Engineer — Taipei

Requirements
- At least 3 years of professional firmware development in C
"""

TAIWAN_RESUME = """林家豪 Lin Chia-Hao
Taoyuan

工作經歷 Work experience
2020/12 ~ 仍在職
Dingyao Electronics Co., Ltd. — Firmware Engineer
- Develop firmware in C for BLE and Wi-Fi sensor boards on STM32
"""


def test_a_job_running_to_today_in_chinese_is_counted(score_lines) -> None:
    row = score_lines(FIRMWARE_POSTING, TAIWAN_RESUME)[
        "At least 3 years of professional firmware development in C"
    ]
    assert row["verdict"] == "met", row
    assert "6.0 years" in row["reason"], row
