"""``jobmatch check``: loading and validating expectations files, running cases, the CLI and
the JUnit reports of ``check``, ``score`` and ``screen``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import AS_OF, EXAMPLES, SEED
from typer.testing import Result

from jobmatch.api import score_resume
from jobmatch.checks import (
    ERROR,
    PASSED,
    Case,
    evaluate,
    load_expectations,
    parse_expectations,
    run_expectations,
)
from jobmatch.errors import DataError, InputError
from jobmatch.junit import JUnitCase, junit_xml
from jobmatch.score import MatchResult

PROJECT_EXPECTATIONS = EXAMPLES / "expectations.yaml"
STRONG = EXAMPLES / "strong_infra.txt"
DESIGNER = EXAMPLES / "designer.docx"


def write(folder: Path, data: object, name: str = "expectations.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A team repository: résumés and a posting next to the expectations file."""
    (tmp_path / "resumes").mkdir()
    (tmp_path / "postings").mkdir()
    shutil.copy(STRONG, tmp_path / "resumes" / "strong.txt")
    shutil.copy(DESIGNER, tmp_path / "resumes" / "designer.docx")
    shutil.copy(SEED, tmp_path / "postings" / "infra.txt")
    return tmp_path


def passing_cases() -> list[dict]:
    return [
        {
            "name": "strong",
            "resume": "resumes/strong.txt",
            "posting": "postings/infra.txt",
            "min_score": 80,
            "meets_minimum": True,
            "must_meet": ["2-12+ years"],
        },
        {
            "name": "designer",
            "resume": "resumes/designer.docx",
            "max_score": 40,
            "meets_minimum": False,
            "must_miss": ["programming languages like Go"],
        },
    ]


# --- loading ---------------------------------------------------------------------------------


def test_load_resolves_paths_against_the_file_and_reads_as_of(workspace: Path) -> None:
    path = write(workspace, {"as_of": AS_OF, "cases": passing_cases()})
    loaded = load_expectations(path)
    assert loaded.as_of == dt.date(2026, 11, 1)
    strong, designer = loaded.cases
    assert strong == Case(
        name="strong",
        number=1,
        resume=workspace / "resumes/strong.txt",
        posting=workspace / "postings/infra.txt",
        min_score=80,
        meets_minimum=True,
        must_meet=("2-12+ years",),
    )
    assert designer.posting is None  # the bundled posting
    assert designer.must_miss == ("programming languages like Go",)


def test_as_of_may_be_an_unquoted_yaml_date_or_a_string(tmp_path: Path) -> None:
    path = tmp_path / "e.yaml"
    path.write_text("as_of: 2026-11-01\ncases: [{name: a, resume: a.txt}]\n", encoding="utf-8")
    assert load_expectations(path).as_of == dt.date(2026, 11, 1)
    path.write_text("as_of: '2026-11-01'\ncases: [{name: a, resume: a.txt}]\n", encoding="utf-8")
    assert load_expectations(path).as_of == dt.date(2026, 11, 1)


INVALID = {
    "unknown case key": (
        [
            {"name": "weak", "resume": "a.txt"},
            {"name": "strong", "resume": "b.txt", "min_scor": 60},
        ],
        "expectations.yaml: case 'strong' (#2): unknown key 'min_scor'",
    ),
    "score is text": (
        [{"name": "strong", "resume": "a.txt", "min_score": "high"}],
        "case 'strong' (#1): key 'min_score': expected a number from 0 to 100, got 'high'",
    ),
    "score out of range": (
        [{"name": "strong", "resume": "a.txt", "max_score": 120}],
        "key 'max_score': expected a number from 0 to 100",
    ),
    "score is a boolean": (
        [{"name": "strong", "resume": "a.txt", "min_score": True}],
        "key 'min_score': expected a number",
    ),
    "must_meet is a string": (
        [{"name": "strong", "resume": "a.txt", "must_meet": "x"}],
        "case 'strong' (#1): key 'must_meet': expected a list of requirement substrings, got 'x'",
    ),
    "must_miss holds a number": (
        [{"name": "strong", "resume": "a.txt", "must_miss": ["Go", 3]}],
        "key 'must_miss': expected a list",
    ),
    "meets_minimum is text": (
        [{"name": "strong", "resume": "a.txt", "meets_minimum": "yes"}],
        "key 'meets_minimum': expected true or false",
    ),
    "missing name": (
        [{"name": "a", "resume": "a.txt"}, {"resume": "b.txt"}],
        "expectations.yaml: case #2: missing required key 'name'",
    ),
    "missing resume": (
        [{"name": "strong"}],
        "case 'strong' (#1): missing required key 'resume'",
    ),
    "name is a number": (
        [{"name": 7, "resume": "a.txt"}],
        "case #1: key 'name': expected a non-empty string, got 7",
    ),
    "duplicate names": (
        [{"name": "strong", "resume": "a.txt"}, {"name": "strong", "resume": "b.txt"}],
        "case 'strong' (#2): duplicate case name (also case #1)",
    ),
    "bounds reversed": (
        [{"name": "strong", "resume": "a.txt", "min_score": 70, "max_score": 60}],
        "min_score 70 is above max_score 60",
    ),
    "contradiction": (
        [{"name": "strong", "resume": "a.txt", "must_meet": ["Go"], "must_miss": ["go"]}],
        "'go' is in both must_meet and must_miss",
    ),
    "case is not a mapping": (["strong.txt"], "case #1: expected a mapping"),
    "no cases": ([], "cases: expected a non-empty list of cases"),
}


@pytest.mark.parametrize("label", list(INVALID))
def test_invalid_cases_are_rejected_naming_the_case_and_key(tmp_path: Path, label: str) -> None:
    cases, message = INVALID[label]
    path = write(tmp_path, {"cases": cases})
    with pytest.raises(DataError) as raised:
        load_expectations(path)
    assert message in str(raised.value)
    assert str(raised.value).startswith(str(path))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"cases": [{"name": "a", "resume": "a.txt"}], "version": 2},
            "top level: unknown key 'version'",
        ),
        (
            {"as_of": "tomorrow", "cases": [{"name": "a", "resume": "a.txt"}]},
            "as_of: expected a date",
        ),
        ({"as_of": AS_OF}, "top level: missing required key 'cases'"),
        ([{"name": "a", "resume": "a.txt"}], "top level: expected a mapping with 'cases:'"),
        (None, "top level: expected a mapping"),
    ],
)
def test_invalid_top_level_is_rejected(data: object, message: str) -> None:
    with pytest.raises(DataError, match=message):
        parse_expectations(data, source="e.yaml", base=Path("."))


def test_unreadable_or_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_expectations(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("cases: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataError, match="not valid YAML"):
        load_expectations(broken)


# --- evaluating and running ------------------------------------------------------------------


@pytest.fixture(scope="module")
def strong_vs_seed() -> MatchResult:
    return score_resume(STRONG, SEED, as_of=dt.date(2026, 11, 1))


@pytest.fixture(scope="module")
def designer_vs_seed() -> MatchResult:
    return score_resume(DESIGNER, SEED, as_of=dt.date(2026, 11, 1))


def case(**expectations: object) -> Case:
    return Case(name="c", number=1, resume=STRONG, posting=SEED, **expectations)


def test_evaluate_passes_when_every_expectation_holds(strong_vs_seed: MatchResult) -> None:
    assert strong_vs_seed.score >= 80 and strong_vs_seed.meets_minimum
    assert (
        evaluate(
            case(
                min_score=strong_vs_seed.score,
                max_score=strong_vs_seed.score,
                meets_minimum=True,
                must_meet=("2-12+ YEARS", "programming  languages"),
            ),
            strong_vs_seed,
        )
        == []
    )


def test_evaluate_explains_each_failure(strong_vs_seed: MatchResult, designer_vs_seed: MatchResult) -> None:
    weak = designer_vs_seed
    assert weak.score < 60 and not weak.meets_minimum
    missing = ", ".join(
        r.requirement.id for r in weak.results if r.requirement.bucket == "minimum" and r.verdict == "missing"
    )
    assert evaluate(
        case(
            min_score=60,
            meets_minimum=True,
            must_meet=("programming languages like Go", "no such requirement text"),
        ),
        weak,
    ) == [
        f"score {weak.score} is below min_score 60",
        f"meets_minimum is false, expected true (missing: {missing})",
        "'programming languages like Go' is missing, expected met",
        "must_meet 'no such requirement text' matches no requirement of the posting",
    ]
    strong = strong_vs_seed
    assert evaluate(
        case(max_score=strong.score - 1, meets_minimum=False, must_miss=("2-12+ years",)), strong
    ) == [
        f"score {strong.score} is above max_score {strong.score - 1}",
        "meets_minimum is true, expected false",
        "'2-12+ years' is met, expected missing",
    ]


def test_a_substring_matching_several_requirements_applies_to_each(
    strong_vs_seed: MatchResult,
) -> None:
    matching = [r for r in strong_vs_seed.results if "distributed systems" in r.requirement.text]
    assert len(matching) >= 2
    failures = evaluate(case(must_miss=("distributed systems",)), strong_vs_seed)
    assert len(failures) == sum(r.verdict != "missing" for r in matching)
    assert all(f.startswith("'distributed systems' (") for f in failures)


def test_run_reads_each_posting_and_resume_once(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jobmatch.api

    calls: list[str] = []
    for name in ("extract_posting", "extract_resume"):
        original = getattr(jobmatch.api, name)

        def counting(source, *args, _original=original, **kwargs):
            calls.append(Path(source).name)
            return _original(source, *args, **kwargs)

        monkeypatch.setattr(jobmatch.api, name, counting)
    cases = passing_cases() + [
        {"name": "strong again", "resume": "resumes/strong.txt", "posting": "postings/infra.txt"},
        {"name": "strong, bundled", "resume": "resumes/strong.txt"},
    ]
    loaded = load_expectations(write(workspace, {"as_of": AS_OF, "cases": cases}))
    seen = []
    results = run_expectations(loaded, on_result=seen.append)
    assert [r.status for r in results] == [PASSED] * 4
    assert seen == results
    assert sorted(calls) == sorted(["infra.txt", SEED.name, "strong.txt", "designer.docx"])
    assert results[0].score == results[2].score == results[3].score


def test_an_unreadable_input_is_an_error_of_that_case_only(workspace: Path) -> None:
    (workspace / "resumes" / "empty.txt").write_bytes(b"")
    cases = [
        {"name": "empty", "resume": "resumes/empty.txt"},
        {"name": "no posting", "resume": "resumes/strong.txt", "posting": "postings/gone.md"},
        *passing_cases(),
    ]
    results = run_expectations(load_expectations(write(workspace, {"as_of": AS_OF, "cases": cases})))
    assert [r.status for r in results] == [ERROR, ERROR, PASSED, PASSED]
    assert results[0].failures == (f"{workspace / 'resumes/empty.txt'}: empty file",)
    assert results[1].failures == (f"{workspace / 'postings/gone.md'}: no such file",)
    assert results[0].score is None


# --- the command -----------------------------------------------------------------------------


def junit_counts(path: Path) -> dict[str, int]:
    suite = ET.parse(path).getroot().find("testsuite")
    assert suite is not None
    testcases = suite.findall("testcase")
    counts = {key: int(suite.get(key, "-1")) for key in ("tests", "failures", "errors")}
    assert counts == {
        "tests": len(testcases),
        "failures": sum(t.find("failure") is not None for t in testcases),
        "errors": sum(t.find("error") is not None for t in testcases),
    }
    return counts


def test_check_passes_prints_a_table_and_writes_junit(run: Callable[..., Result], workspace: Path) -> None:
    path = write(workspace, {"as_of": AS_OF, "cases": passing_cases()})
    report = workspace / "report.xml"
    result = run("check", path, "--junit", report)
    assert result.exit_code == 0, result.stderr
    assert "strong" in result.stdout and "designer" in result.stdout and "passed" in result.stdout
    assert "2 case(s), 2 passed, 0 failed, 0 error(s)" in result.stderr
    assert junit_counts(report) == {"tests": 2, "failures": 0, "errors": 0}
    testcase = ET.parse(report).getroot().find("testsuite/testcase")
    assert testcase is not None and testcase.get("classname") == "jobmatch.check"
    assert testcase.get("name") == "strong"
    assert "score" in (testcase.findtext("system-out") or "")


def test_check_fails_with_exit_1_and_the_reasons(run: Callable[..., Result], workspace: Path) -> None:
    cases = passing_cases()
    cases[1]["min_score"] = 90
    cases[1].pop("max_score")
    cases[1]["must_meet"] = ["no such line"]
    path = write(workspace, {"as_of": AS_OF, "cases": cases})
    report = workspace / "report.xml"
    result = run("check", path, "--junit", report)
    assert result.exit_code == 1
    assert "failed" in result.stdout
    assert "is below min_score 90" in result.stdout
    assert "must_meet 'no such line' matches no requirement" in result.stdout
    assert "1 passed, 1 failed" in result.stderr
    assert junit_counts(report) == {"tests": 2, "failures": 1, "errors": 0}
    failure = ET.parse(report).getroot().find("testsuite/testcase[@name='designer']/failure")
    assert failure is not None
    assert "below min_score 90" in failure.get("message", "")
    assert "no such line" in (failure.text or "")


def test_check_exits_2_on_an_invalid_file_naming_case_and_key(
    run: Callable[..., Result], workspace: Path
) -> None:
    cases = passing_cases()
    cases[1]["min_scor"] = 60
    path = write(workspace, {"cases": cases})
    report = workspace / "report.xml"
    result = run("check", path, "--junit", report)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "case 'designer' (#2): unknown key 'min_scor'" in result.stderr
    assert not report.exists()  # nothing ran


def test_check_exits_3_on_an_unreadable_input_after_running_the_rest(
    run: Callable[..., Result], workspace: Path
) -> None:
    cases = passing_cases()
    cases.append({"name": "missing file", "resume": "resumes/nobody.pdf"})
    cases.append({"name": "failing", "resume": "resumes/designer.docx", "min_score": 99})
    path = write(workspace, {"as_of": AS_OF, "cases": cases})
    report = workspace / "report.xml"
    result = run("check", path, "--junit", report)
    assert result.exit_code == 3  # an error outranks a failure
    assert f"case 'missing file': {workspace / 'resumes/nobody.pdf'}: no such file" in result.stderr
    assert "error" in result.stdout
    assert junit_counts(report)["errors"] == 1
    assert junit_counts(report)["failures"] >= 1
    error = ET.parse(report).getroot().find("testsuite/testcase[@name='missing file']/error")
    assert error is not None and "no such file" in error.get("message", "")


def test_check_exits_3_when_the_expectations_file_is_missing(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    result = run("check", tmp_path / "nope.yaml")
    assert result.exit_code == 3
    assert "nope.yaml: no such file" in result.stderr


# --- the project's own expectations ----------------------------------------------------------


def test_project_expectations_cover_every_example_and_three_postings() -> None:
    """.ci/run runs them (``jobmatch check``); here: the file is valid and complete."""
    loaded = load_expectations(PROJECT_EXPECTATIONS)
    assert loaded.as_of == dt.date(2026, 11, 1)
    examples = {p.name for p in EXAMPLES.iterdir() if p.is_file() and p.suffix != ".yaml"}
    postings = {c.posting for c in loaded.cases}
    assert None in postings and len(postings) >= 3
    for posting in postings - {None}:
        assert posting is not None and posting.is_file(), posting
        assert {c.resume.name for c in loaded.cases if c.posting == posting} == examples
    assert {c.resume.name for c in loaded.cases if c.posting is None} == examples
    assert all(c.min_score is not None or c.max_score is not None for c in loaded.cases)
    ci = (EXAMPLES.parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "jobmatch check data/examples/expectations.yaml --junit" in ci


def test_project_expectations_pass() -> None:
    """The cases .ci/run checks after pytest: a matcher change that moves an example out of its
    bounds fails here first, with the case named, not only in CI's last step."""
    failed = [
        (result.case.name, result.failures)
        for result in run_expectations(load_expectations(PROJECT_EXPECTATIONS))
        if not result.passed
    ]
    assert not failed


# --- JUnit -----------------------------------------------------------------------------------


def test_junit_xml_counts_escapes_and_cleans_control_characters() -> None:
    cases = [
        JUnitCase(classname="c", name="ok", seconds=0.25, output="score 90 <fine> & \x07well"),
        JUnitCase(
            classname="c",
            name="bad",
            failure="score 41 is below min_score 60",
            details="score 41 is below min_score 60\n'x' is missing, expected met",
        ),
        JUnitCase(classname="c", name="broken", error="a.pdf: encrypted"),
    ]
    root = ET.fromstring(junit_xml("suite", cases, timestamp=dt.datetime(2026, 11, 1, 12)))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    assert {k: suite.get(k) for k in ("name", "tests", "failures", "errors", "timestamp")} == {
        "name": "suite",
        "tests": "3",
        "failures": "1",
        "errors": "1",
        "timestamp": "2026-11-01T12:00:00",
    }
    assert suite.findtext("testcase[@name='ok']/system-out") == "score 90 <fine> & \ufffdwell"
    failure = suite.find("testcase[@name='bad']/failure")
    assert failure is not None and failure.get("message") == "score 41 is below min_score 60"
    assert "expected met" in (failure.text or "")


def test_score_junit_has_a_testcase_per_requirement(run: Callable[..., Result], tmp_path: Path) -> None:
    report = tmp_path / "score.xml"
    result = run(
        "score",
        DESIGNER,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--junit",
        report,
        "--fail-under",
        "90",
    )
    assert result.exit_code == 1
    assert f"wrote {report}" in result.stderr
    document = json.loads(result.stdout)
    missing_minimum = sum(
        r["bucket"] == "minimum" and r["verdict"] == "missing" for r in document["requirements"]
    )
    assert missing_minimum >= 1
    counts = junit_counts(report)
    assert counts == {
        "tests": len(document["requirements"]) + 1,
        "failures": missing_minimum + 1,
        "errors": 0,
    }
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert {t.get("classname") for t in suite.iter("testcase")} == {"jobmatch.score.designer.docx"}
    overall = suite.find("testcase[@name='score >= 90']/failure")
    assert overall is not None and "below --fail-under 90" in overall.get("message", "")


def test_score_junit_without_fail_under_passes_the_score_testcase(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    report = tmp_path / "score.xml"
    result = run("score", STRONG, "--as-of", AS_OF, "--junit", report)
    assert result.exit_code == 0
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    overall = suite.find("testcase[@name='score']")
    assert overall is not None and overall.find("failure") is None


def test_junit_to_a_missing_folder_is_a_usage_error(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("score", STRONG, "--as-of", AS_OF, "--junit", tmp_path / "no" / "such" / "r.xml")
    assert result.exit_code == 2
    assert "--junit" in result.stderr and "does not exist" in result.stderr  # said before scoring


def test_screen_junit_has_a_testcase_per_file(run: Callable[..., Result], tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    shutil.copy(STRONG, folder / "strong.txt")
    shutil.copy(DESIGNER, folder / "designer.docx")
    (folder / "empty.md").write_bytes(b"")
    report = tmp_path / "screen.xml"
    result = run(
        "screen",
        folder,
        "--as-of",
        AS_OF,
        "--no-cache",
        "--jobs",
        "1",
        "--min-score",
        "50",
        "--junit",
        report,
    )
    assert result.exit_code == 4  # a file was skipped
    assert junit_counts(report) == {"tests": 3, "failures": 1, "errors": 1}
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert [t.get("name") for t in suite.iter("testcase")] == [
        "designer.docx",
        "empty.md",
        "strong.txt",
    ]
    assert "empty file" in (suite.find("testcase[@name='empty.md']/error").get("message") or "")
    assert "below --min-score 50" in (
        suite.find("testcase[@name='designer.docx']/failure").get("message") or ""
    )
    assert "score" in (suite.findtext("testcase[@name='strong.txt']/system-out") or "")


def test_expectations_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        case().name = "other"  # type: ignore[misc]
