"""Headings and lead-ins of postings as careers sites lay them out: a lead-in that opens like the
application's instructions but introduces the requirements table ("Interested candidates must meet
the following minimum requirements:") keeps the table; "Considered an asset" heads preferred
qualifications; a heading given in two languages with a question mark ("Wat breng je mee? / What you
bring") is known; a job board's line of facts ("… · 40 uur per week · Vast contract na 1 jaar") is
no requirement — via the CLI."""

from __future__ import annotations

TABLE_POSTING = """Senior Reporter — Accra

REQUIREMENTS
Interested candidates must meet the following minimum requirements:
Area | Requirement
Education | A first degree in Journalism, Communication Studies or a related field.
Experience | At least four years of reporting experience in a daily newsroom.

HOW TO APPLY
Interested candidates should send a CV to jobs@example.com.
"""


def test_a_lead_in_to_the_requirements_table_keeps_it(extract_text) -> None:
    texts = [row["text"] for row in extract_text(TABLE_POSTING)["minimum"]]
    assert any("At least four years of reporting experience" in t for t in texts), texts
    assert any("A first degree in Journalism" in t for t in texts), texts


ASSET_POSTING = """Payroll Supervisor — Winnipeg

What you'll bring
- Payroll Compliance Practitioner (PCP) certification
- 5+ years of payroll experience

Considered an asset
- Experience with Ceridian Dayforce
- French, spoken and written
"""


def test_considered_an_asset_heads_preferred_qualifications(extract_text) -> None:
    posting = extract_text(ASSET_POSTING)
    preferred = [row["text"] for row in posting["preferred"]]
    assert preferred == ["Experience with Ceridian Dayforce", "French, spoken and written"], posting


DUTCH_POSTING = """# Inkoper (m/v/x)

Tulpenveld Foods B.V. · Zwolle · 40 uur per week · Vast contract na 1 jaar

## Wat ga je doen? / What you'll do

- Negotiate annual contracts with packaging suppliers

## Wat breng je mee? / What you bring

- MBO/HBO werk- en denkniveau, bij voorkeur een opleiding in Inkoop of Logistiek
- Two years of purchasing experience
"""


def test_a_heading_in_two_languages_with_a_question_mark_is_known(extract_text) -> None:
    posting = extract_text(DUTCH_POSTING, name="posting.md")
    texts = [row["text"] for row in posting["minimum"]]
    assert "MBO/HBO werk- en denkniveau, bij voorkeur een opleiding in Inkoop of Logistiek" in texts, texts
    assert not [t for t in texts if "Negotiate annual contracts" in t], texts
    assert not [t for t in texts if "40 uur per week" in t], texts


APPLY_POSTING = """Farm Accountant — Kumasi

REQUIREMENTS
- ICAG membership
- Three years of experience in an agribusiness

Interested candidates who meet the above requirements should submit their CV and cover letter to:
The Human Resources Manager, Ashanti Agro Ltd, P.O. Box 1234, Kumasi
"""


def test_how_to_apply_after_the_requirements_still_ends_them(extract_text) -> None:
    texts = [row["text"] for row in extract_text(APPLY_POSTING)["minimum"]]
    assert texts == ["ICAG membership", "Three years of experience in an agribusiness"], texts


LABELLED_LIST = """Medical Assistant — San Antonio

Our family clinic serves 9,000 patients a year on the south side.

Requirements: Spanish fluency · BLS · 2+ years in primary care
"""


def test_a_labelled_list_split_by_dots_is_asked(extract_text) -> None:
    texts = [row["text"] for row in extract_text(LABELLED_LIST)["minimum"]]
    assert any("Spanish fluency" in t for t in texts), texts
