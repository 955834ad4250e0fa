"""The way-of-working checker: a rota, shifts or a roster asked *as experience* ("experience of
working rotating nights") is shown by a job line that states it, counts in the score, and is a
gap when no line shows it; a willingness to work them stays a condition no résumé can show."""

from __future__ import annotations

from collections.abc import Callable

from match_helpers import results

NIGHTS = (
    "EXPERIENCE\nHealthcare Assistant, St Brendan's Hospital   Mar 2020 – Present\n"
    "- Worked rotating night shifts on a 28-bed surgical ward\n"
)
DAYS = (
    "EXPERIENCE\nHealthcare Assistant, Rowan Day Surgery   Mar 2020 – Present\n"
    "- Prepared patients for day-case procedures, Monday to Friday\n"
)
NOTICE = "EXPERIENCE\nHealthcare Assistant, Rowan Day Surgery   Mar 2020 – Present\n- Available immediately\n"


def test_worked_shifts_asked_as_experience_are_met_by_a_job_line_and_counted() -> None:
    [result] = results("Experience of working rotating night shifts", NIGHTS)
    assert result.verdict == "met", result.reason
    assert "left out of the score" not in result.reason
    assert result.evidence[0].text == "Worked rotating night shifts on a 28-bed surgical ward"


def test_worked_shifts_asked_as_experience_are_missing_without_a_line() -> None:
    [result] = results("Experience of working rotating night shifts", DAYS)
    assert result.verdict == "missing", result.reason


def test_a_stated_availability_of_another_kind_does_not_show_a_rota() -> None:
    [result] = results("Previous experience on an on-call roster", NOTICE)
    assert result.verdict == "missing", result.reason


def test_a_willingness_to_work_nights_stays_out_of_the_score() -> None:
    [result] = results("Willing to work night shifts", DAYS)
    assert result.verdict == "unassessed"
    assert "left out of the score" in result.reason


POSTING = """Healthcare Assistant - Surgical Ward

Requirements
- NVQ Level 3 in Health and Social Care
- Experience of working rotating night shifts
"""
CV_HEAD = "Aine Walsh\naine@example.com\n\nEDUCATION\nNVQ Level 3 in Health and Social Care, 2019\n\n"


def test_the_worked_rota_counts_in_the_score_through_the_cli(run_json: Callable[..., dict], tmp_path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, encoding="utf-8")
    scores = {}
    for name, body in (("nights", NIGHTS), ("days", DAYS)):
        resume = tmp_path / f"{name}.txt"
        resume.write_text(CV_HEAD + body, encoding="utf-8")
        report = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", "2026-11-30")
        scores[name] = report["score"]
        row = next(r for r in report["requirements"] if "night shifts" in r["text"])
        assert row["verdict"] == ("met" if name == "nights" else "missing")
    assert scores["nights"] > scores["days"]
