"""Grades of one credential (data/credentials.yaml `grades`): a lower grade of the same ladder
held is partly met and said as such, never met; a higher one meets it."""

from __future__ import annotations

from match_helpers import verdict


def test_an_associate_grade_does_not_meet_a_professional_one() -> None:
    resume = (
        "CERTIFICATIONS\nAWS Certified Solutions Architect – Associate (2023)\n"
        "EXPERIENCE\nCloud Engineer, Nimbus Ltd   Jan 2020 – Present\n- Ran AWS accounts\n"
    )
    found, reason = verdict("AWS Certified Solutions Architect – Professional certification", resume)
    assert found == "partial", reason
    assert "lower grade" in reason and "associate" in reason


def test_a_ten_hour_card_is_part_of_a_thirty_hour_one() -> None:
    resume = (
        "LICENSES\nOSHA 10-Hour Construction (2019)\n"
        "EXPERIENCE\nCarpenter, Oak Builders   Mar 2018 – Present\n- Framed houses\n"
    )
    found, reason = verdict("OSHA 30-Hour Construction card", resume)
    assert found == "partial", reason
    assert "10-hour" in reason.lower()


def test_a_level_stated_before_a_subject_is_its_grade() -> None:
    resume = (
        "QUALIFICATIONS\nLevel 2 Award in Food Safety in Catering, 2022\n"
        "EXPERIENCE\nCommis Chef, The Bell Inn   Jan 2021 – Present\n- Prepared starters\n"
    )
    lower, reason = verdict("Level 3 Food Safety certificate", resume)
    assert lower == "partial", reason
    same, reason = verdict("Level 2 Food Safety certificate", resume)
    assert same == "met", reason


def test_the_grade_asked_for_or_a_higher_one_meets_it() -> None:
    resume = (
        "CERTIFICATIONS\nLean Six Sigma Black Belt (ASQ), 2021\n"
        "EXPERIENCE\nQuality Engineer, Zenith Plastics   Jan 2018 – Present\n- Led DMAIC projects\n"
    )
    found, reason = verdict("Lean Six Sigma Green Belt certification", resume)
    assert found == "met", reason
