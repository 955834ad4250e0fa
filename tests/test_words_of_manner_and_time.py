"""How a thing is done ("end to end", "day-to-day", "from scratch") is no thing to search for when it
ends its phrase or stands before a thing already named; before a noun of its own it is part of a
name ("end-to-end testing"). "Recent" says when experience was gained, not what to search for — via
the CLI."""

from __future__ import annotations

from conftest import minimum_terms

POSTING = """Accounts Payable Officer — wholesale distributor, Auckland

What you'll bring
- Experience reconciling supplier statements end to end in Xero
- Day-to-day bookkeeping for a small business
- You have set up a supplier onboarding process from scratch
"""

RESUME = """Tama Rangi
Auckland · tama.rangi@example.com

Experience
Accounts Officer, Harbour Foods Ltd, Auckland — 03/2021 – present
- Reconcile supplier statements for 140 suppliers in Xero every month and clear queries
- Bookkeeping for the group's two small subsidiaries: bank feeds, GST returns, payroll journals
- Wrote the supplier onboarding process and checklist, now used by the whole team
"""


def test_a_manner_phrase_at_the_end_is_not_searched(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Experience reconciling supplier statements end to end in Xero"]
    assert row["verdict"] == "met", row
    assert "end" not in row["reason"].replace("searched for", ""), row


def test_a_manner_phrase_before_a_named_skill_is_not_searched(score_lines) -> None:
    row = score_lines(POSTING, RESUME)["Day-to-day bookkeeping for a small business"]
    assert row["verdict"] == "met", row
    assert "day" not in row["reason"].lower(), row


def test_a_manner_phrase_before_its_own_noun_stays_part_of_the_name(extract_text) -> None:
    report = extract_text(
        "QA Engineer\n\nRequirements\n- Experience writing end-to-end tests for payment flows\n"
        "- Build test suites from scratch\n"
    )
    texts = minimum_terms(report)
    assert any("end-to-end" in text.lower() for text in texts), texts
    assert not any("scratch" in text.lower() for text in texts), texts


def test_recent_is_when_not_what(score_lines) -> None:
    posting = (
        "Dental Nurse — private practice, Cork\n\nRequirements\n"
        "- At least 2 years of recent experience as a dental nurse in private practice\n"
    )
    resume = (
        "Niamh Walsh\nCork\n\nExperience\nDental Nurse, Lee Dental Care, Cork — 01/2022 – present\n"
        "- Chairside assisting for two dentists in a busy private practice; decontamination and X-rays\n"
    )
    line = "At least 2 years of recent experience as a dental nurse in private practice"
    row = score_lines(posting, resume)[line]
    assert "recent" not in row["reason"].lower(), row
    assert row["verdict"] == "met", row
