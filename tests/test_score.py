"""`jobmatch score` on the example personas: verdicts, evidence, years and the order of scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import AS_OF, EXAMPLES, FIXTURES

EXPECTED = yaml.safe_load((FIXTURES / "resumes" / "expected_examples.yaml").read_text(encoding="utf-8"))
PERSONAS = EXPECTED["personas"]


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    """One `score --format json` report per persona (computed once for the module)."""
    from typer.testing import CliRunner

    from jobmatch.cli import app

    runner = CliRunner()
    out = {}
    for name in PERSONAS:
        result = runner.invoke(app, ["score", str(EXAMPLES / name), "--format", "json", "--as-of", AS_OF])
        assert result.exit_code == 0, result.stderr
        out[name] = json.loads(result.stdout)
    return out


def requirement(report: dict, needle: str) -> dict:
    found = [r for r in report["requirements"] if needle in r["text"]]
    assert len(found) == 1, needle
    return found[0]


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_verdicts_match_what_a_recruiter_would_say(reports: dict, name: str) -> None:
    report = reports[name]
    wrong = []
    for needle, allowed in PERSONAS[name]["verdicts"].items():
        verdict = requirement(report, needle)["verdict"]
        if verdict not in allowed.split("|"):
            wrong.append(f"{needle!r}: {verdict} (expected {allowed})")
    assert not wrong, wrong


@pytest.mark.parametrize("name", sorted(PERSONAS))
def test_professional_years_are_the_union_of_jobs(reports: dict, name: str) -> None:
    expected = PERSONAS[name]
    years = reports[name]["resume"]["total_years"]
    assert expected["total_years_min"] <= years <= expected["total_years_max"]


def test_score_order_strong_to_weak(reports: dict) -> None:
    score = {name: report["score"] for name, report in reports.items()}
    assert max(score, key=score.get) == "strong_infra.txt"
    assert min(score, key=score.get) == "designer.docx"
    for better in ("data_platform.pdf", "backend_java.docx"):
        assert score[better] > score["fullstack_midlevel.json"]
    for weaker in ("new_grad.md", "career_changer.html"):
        assert score["fullstack_midlevel.json"] > score[weaker] > score["designer.docx"]


def test_strong_candidate_languages_met_with_quoted_evidence(reports: dict) -> None:
    report = reports["strong_infra.txt"]
    languages = requirement(report, "programming languages like Go")
    assert languages["verdict"] == "met"
    assert any("Golang" in e["text"] for e in languages["evidence"])
    assert report["meets_minimum"] is True
    assert report["summary"].startswith("meets 7 of 7 minimum requirements")


def test_new_grad_with_one_internship_lacks_the_years(reports: dict) -> None:
    years = requirement(reports["new_grad.md"], "2-12+ years")
    assert years["verdict"] == "missing"
    assert "needs 2+ years" in years["reason"] and "internships not counted" in years["reason"]
    assert years["suggestion"]


def test_designer_without_a_programming_language_misses_it(reports: dict) -> None:
    languages = requirement(reports["designer.docx"], "programming languages like Go")
    assert languages["verdict"] == "missing"
    assert "Go, Java, C, C++" in languages["searched_for"][0]
    assert languages["suggestion"]
    assert reports["designer.docx"]["meets_minimum"] is False


@pytest.mark.parametrize(
    "name, area",
    [
        ("strong_infra.txt", "Core Infrastructure"),
        ("data_platform.pdf", "Data Platform"),
        ("backend_java.docx", "Application & Revenue Platform"),
    ],
)
def test_best_fit_area(reports: dict, name: str, area: str) -> None:
    assert reports[name]["best_areas"][0]["name"] == area


def test_plain_text_resume_with_golang_cpp_and_k8s(run_json, tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "ALEX EXAMPLE\nalex@example.com\n\nEXPERIENCE\nSenior Engineer, Acme Cloud   Jan 2019 – Present\n"
        "- Built a sharded, replicated queue in Golang and C++ on k8s; cut p99 latency 40%\n"
        "- Partnered with internal customers; owned the on-call rotation\n\n"
        "SKILLS\nGolang, C++, k8s, Kafka\n",
        encoding="utf-8",
    )
    report = run_json("score", resume, "--format", "json", "--as-of", AS_OF)
    assert requirement(report, "programming languages like Go")["verdict"] == "met"
    assert requirement(report, "2-12+ years")["verdict"] == "met"
    assert report["resume"]["skills"] == sorted(set(report["resume"]["skills"]))
    assert {"go", "cpp", "kubernetes", "kafka"} <= set(report["resume"]["skills"])
