"""`jobmatch score` outputs: formats, escaping, redaction, thresholds, and the HTML in a browser."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import AS_OF, EXAMPLES

from jobmatch.cli import ReportFormat, _report_renderers

STRONG = EXAMPLES / "strong_infra.txt"
HOSTILE = (
    "<b>Eve Example</b>\neve@example.com | (555) 010-2233\n\nEXPERIENCE\n"
    "Engineer, <script>alert('x')</script> Corp   Jan 2020 – Present\n"
    "- Built Go services <img src=x onerror=alert(1)> and sharded Postgres | pipes | too\n"
)


def test_every_report_format_has_a_renderer() -> None:
    assert set(_report_renderers()) == set(ReportFormat)


def test_terminal_report_shows_score_gates_and_verdicts(run) -> None:
    result = run("score", STRONG, "--as-of", AS_OF)
    assert result.exit_code == 0
    assert "100/100" in result.stdout or "/100" in result.stdout
    assert "meets 7 of 7 minimum requirements" in result.stdout
    assert "\x1b[" not in result.stdout  # NO_COLOR is set by conftest
    assert "score " in result.stderr  # the one-line summary goes to stderr


def test_markdown_report(run) -> None:
    result = run("score", EXAMPLES / "designer.docx", "--format", "markdown", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert result.stdout.startswith("# jobmatch report: ")
    assert "| ✗ | Ability to write high quality code" in result.stdout


def test_html_escapes_resume_text(run, tmp_path: Path) -> None:
    resume = tmp_path / "eve.txt"
    resume.write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    result = run("score", resume, "--format", "html", "--output", report, "--as-of", AS_OF)
    assert result.exit_code == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page
    assert page.count("<script") == 0


def test_redact_hides_contact_details_in_every_format(run, tmp_path: Path) -> None:
    resume = tmp_path / "eve.txt"
    resume.write_text(HOSTILE.replace("<b>Eve Example</b>", "Eve Example"), encoding="utf-8")
    for output_format in ("json", "markdown", "html", "terminal"):
        result = run("score", resume, "--format", output_format, "--redact", "--as-of", AS_OF)
        assert result.exit_code == 0
        for secret in ("Eve", "eve@example.com", "010-2233", str(resume)):
            assert secret not in result.stdout, (output_format, secret)


def test_fail_under_sets_exit_code_1(run) -> None:
    low = run("score", EXAMPLES / "designer.docx", "--fail-under", "90", "--as-of", AS_OF)
    assert low.exit_code == 1
    assert "below --fail-under 90" in low.stderr
    ok = run("score", STRONG, "--fail-under", "50", "--as-of", AS_OF)
    assert ok.exit_code == 0


def test_config_overrides_weights_and_rejects_unknown_keys(run, run_json, tmp_path: Path) -> None:
    config = tmp_path / "weights.yaml"
    config.write_text(
        "missing_minimum_factor: 1.0\nminimum_weight: 100\npreferred_weight: 0\n", encoding="utf-8"
    )
    default = run_json("score", EXAMPLES / "new_grad.md", "--format", "json", "--as-of", AS_OF)
    custom = run_json(
        "score", EXAMPLES / "new_grad.md", "--format", "json", "--as-of", AS_OF, "--config", config
    )
    assert custom["score"] > default["score"]
    config.write_text("minimum_wieght: 100\n", encoding="utf-8")
    bad = run("score", STRONG, "--config", config)
    assert bad.exit_code == 2
    assert "minimum_wieght" in bad.stderr and "unknown setting" in bad.stderr


def test_as_of_must_be_a_date(run) -> None:
    result = run("score", STRONG, "--as-of", "yesterday")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_every_requirement_says_what_was_searched_for(run_json) -> None:
    report = run_json("score", EXAMPLES / "designer.docx", "--format", "json", "--as-of", AS_OF)
    for item in report["requirements"]:
        assert item["verdict"] in {"met", "partial", "missing", "unassessed"}
        if item["verdict"] != "unassessed":
            assert item["searched_for"], item["text"]
        if item["verdict"] in {"partial", "missing"}:
            assert item["suggestion"], item["text"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium (Debian package 'chromium') is not installed")
def test_html_report_renders_in_headless_chromium(run, tmp_path: Path) -> None:
    resume = tmp_path / "eve.txt"
    resume.write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    assert run("score", resume, "--format", "html", "-o", report, "--as-of", AS_OF).exit_code == 0
    screenshot = tmp_path / "report.png"
    dom = _chromium(report, screenshot, tmp_path)
    assert screenshot.exists() and screenshot.stat().st_size > 5_000
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom  # shown as text, never run
    assert 'id="score"' in dom


def _chromium(page: Path, screenshot: Path, profile: Path) -> str:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile / 'chrome-profile'}",
        "--window-size=1280,1600",
    ]
    subprocess.run(
        [CHROMIUM, *flags, f"--screenshot={screenshot}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=90,
    )
    dumped = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=90,
        text=True,
    )
    return dumped.stdout


def test_json_report_is_stable(run) -> None:
    first = run("score", STRONG, "--format", "json", "--as-of", AS_OF).stdout
    second = run("score", STRONG, "--format", "json", "--as-of", AS_OF).stdout
    assert first == second
    assert list(json.loads(first))[:3] == ["schema_version", "jobmatch_version", "taxonomy_version"]


PHARMACY_POSTING = """Clinical Pharmacist, Oncology Infusion Center

Minimum Qualifications
- Doctor of Pharmacy (PharmD) from an ACPE-accredited school of pharmacy
- Active pharmacist licensure in the State of Minnesota or eligibility for licensure
- Board Certified Oncology Pharmacist (BCOP) certification within two years of hire
- 2+ years of hospital pharmacy practice with chemotherapy order verification
"""
PHARMACIST = """Amara Okonkwo-Lindqvist
amara.ol@example.com

Experience
Staff Pharmacist, Regions Hospital, St. Paul, MN, Jul 2021 - Present
- Verified chemotherapy orders and compounded hazardous drugs under USP 800

Education
Doctor of Pharmacy, University of Minnesota, 2021

Licensure & Certifications
Registered Pharmacist, Minnesota Board of Pharmacy, 2021
"""


def test_tables_written_to_a_file_are_not_cut_at_80_columns(run, tmp_path: Path, monkeypatch) -> None:
    """`jobmatch extract p.txt > out.txt` cut "computer-scie…" and score's "What to add" read
    "Certifica…": off a terminal the width is 80 and rich cut every word longer than its
    column. Off a terminal nothing is cut (each row on one line, as `screen` does); the
    header keeps a long file name on one line too."""
    monkeypatch.setenv("COLUMNS", "80")  # what a program sees when its output is a file
    posting = tmp_path / "clinical_pharmacist_oncology_infusion_center_posting_2026.txt"
    posting.write_text(PHARMACY_POSTING, encoding="utf-8")
    resume = tmp_path / "amara_okonkwo_lindqvist_pharmacist_resume_final_version_2.txt"
    resume.write_text(PHARMACIST, encoding="utf-8")
    extracted = run("extract", posting)
    scored = run("score", resume, "-p", posting, "--as-of", AS_OF)
    written = tmp_path / "report.txt"
    assert run("score", resume, "-p", posting, "--as-of", AS_OF, "-o", written).exit_code == 0
    for output in (extracted.stdout, scored.stdout, written.read_text(encoding="utf-8")):
        assert "…" not in output
    assert any("ACPE-accredited school of pharmacy" in line for line in extracted.stdout.splitlines())
    for output in (scored.stdout, written.read_text(encoding="utf-8")):
        assert any(resume.name in line for line in output.splitlines())
        assert "Board Certified Oncology Pharmacist (BCOP) certification within two years of hire" in output


COMMISSIONING_POSTING = """# Commissioning Agent, Data Centers

## Minimum Qualifications
- 5+ years of experience with commissioning in a mission-critical data center environment
- Bachelor's degree in Mechanical Engineering or a related technical field
"""
COMMISSIONING_TECHNICIAN = """Keiko Tanaka-Reyes
keiko.tr@example.com

Experience
Commissioning Technician, Northwind Mechanical, Phoenix, AZ, Jan 2023 - Present
- Ran functional performance tests on chillers, CRAH units and generators for two data halls

Education
Associate of Applied Science, HVAC Technology, 2022
"""


def test_reasons_and_what_to_add_name_things_not_search_keys_or_field_ids(run, tmp_path: Path) -> None:
    """The years' scope read "in jobs of ..., commission" (the stem jobmatch searches by, for
    "commissioning") and the degree "bachelor degree in mechanical-engineering/stem" (field
    ids), in the JSON, in "What to add" and in the shortlist's gaps."""
    posting = tmp_path / "posting.md"
    posting.write_text(COMMISSIONING_POSTING, encoding="utf-8")
    resume = tmp_path / "keiko.txt"
    resume.write_text(COMMISSIONING_TECHNICIAN, encoding="utf-8")
    report = run("score", resume, "-p", posting, "--as-of", "2026-01-01", "-f", "json")
    assert report.exit_code == 0, report.stderr
    years, degree = json.loads(report.stdout)["requirements"]
    years_texts = [years["reason"], years["suggestion"], years["gap"], *years["searched_for"]]
    years_texts += [part["reason"] for part in years["parts"]]
    assert all("commission;" not in t and not t.endswith("commission") for t in years_texts), years_texts
    assert "in jobs of Data Centers, commissioning" in years["reason"]
    degree_texts = [degree["suggestion"], degree["gap"], *degree["searched_for"]]
    for text in degree_texts:
        assert "mechanical engineering/a related technical field" in text
        assert "mechanical-engineering" not in text and "/stem" not in text
    folder = tmp_path / "cvs"
    folder.mkdir()
    resume.rename(folder / resume.name)
    markdown = run("score", folder / resume.name, "-p", posting, "--as-of", "2026-01-01", "-f", "markdown")
    shortlist = run("screen", folder, "-p", posting, "--as-of", "2026-01-01", "--no-cache")
    for output in (markdown.stdout, shortlist.stdout):
        assert "mechanical-engineering" not in output and "commission;" not in output
