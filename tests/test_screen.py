"""`jobmatch screen`: ranking, skipped files with reasons, outputs, parallelism and the cache."""

from __future__ import annotations

import csv
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import AS_OF, EXAMPLES
from test_reports import CHROMIUM, _chromium

from jobmatch.cache import CACHE_FILE

PERSONAS = [
    "strong_infra.txt",
    "data_platform.pdf",
    "backend_java.docx",
    "fullstack_midlevel.json",
    "new_grad.md",
    "career_changer.html",
    "designer.docx",
]


@pytest.fixture
def folder(tmp_path: Path, broken_files: dict[str, tuple[Path, str]]) -> Path:
    """Good résumés in every format plus eight kinds of broken file, some in a subfolder."""
    root = tmp_path / "cvs"
    (root / "broken").mkdir(parents=True)
    for name in PERSONAS:
        shutil.copy(EXAMPLES / name, root / name)
    for path, _ in broken_files.values():
        if path.suffix != ".rtf":
            shutil.copy(path, root / "broken" / path.name)
    (root / "notes.rtf").write_text("not a résumé format", encoding="utf-8")  # unsupported: ignored
    (root / ".hidden.txt").write_text("hidden files are ignored", encoding="utf-8")
    return root


def screen_json(run, folder: Path, tmp_path: Path, *extra: str) -> tuple[dict, object]:
    output = tmp_path / f"out-{time.perf_counter_ns()}.json"
    result = run("screen", folder, "--as-of", AS_OF, "--output", output, *extra)
    data = json.loads(output.read_text(encoding="utf-8"))
    data.pop("stats")
    return data, result


def in_workers(monkeypatch, suffix: str, act: Callable[[], object]) -> None:
    """Make every worker process (not this one) run ``act`` before parsing a file ending in
    ``suffix``: a stand-in for a native crash or a file that hangs a parser."""
    import jobmatch.batch as batch

    parent, real_parse = os.getpid(), batch.parse_file

    def misbehaving(path, options, timings):
        if path.endswith(suffix) and os.getpid() != parent:
            act()
        return real_parse(path, options, timings)

    monkeypatch.setattr(batch, "parse_file", misbehaving)


def crash() -> None:
    os._exit(139)  # what a segfault looks like from outside


def screen_options():
    import datetime as dt

    from jobmatch.batch import ScreenOptions
    from jobmatch.config import load_config
    from jobmatch.extract import extract_posting
    from jobmatch.resources import default_posting

    return ScreenOptions(
        posting=extract_posting(default_posting()), config=load_config(None), as_of=dt.date(2026, 11, 1)
    )


def test_ranking_and_skipped_reasons(run, folder: Path, tmp_path: Path, broken_files) -> None:
    result = run("screen", folder, "--as-of", AS_OF, "--no-cache", "--jobs", "1")
    assert result.exit_code == 4, result.stderr  # some files skipped
    ranking = result.stdout[: result.stdout.index("Skipped")]
    assert ranking.index("strong_infra.txt") < ranking.index("designer.docx")
    skipped_part = result.stdout[result.stdout.index("Skipped") :]
    for path, _reason in broken_files.values():
        if path.suffix == ".rtf":
            continue
        assert path.name in skipped_part
    assert "encrypted" in skipped_part and "no text layer" in skipped_part and "zip bomb" in skipped_part
    assert "notes.rtf" not in result.stdout and ".hidden" not in result.stdout
    assert "7 scored, 8 skipped" in result.stderr


def test_csv_and_json_have_one_row_per_file(run, folder: Path, tmp_path: Path) -> None:
    out_csv = tmp_path / "shortlist.csv"
    result = run("screen", folder, "--as-of", AS_OF, "--no-cache", "-o", out_csv)
    assert result.exit_code == 4
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 15
    scored = [r for r in rows if r["status"] == "scored"]
    assert [int(r["score"]) for r in scored] == sorted((int(r["score"]) for r in scored), reverse=True)
    assert {"min-1", "min-7", "pref-3"} <= set(rows[0])
    assert rows[0]["min-2"] == "met"
    assert all(r["reason"] for r in rows if r["status"] == "skipped")
    data, _ = screen_json(run, folder, tmp_path, "--no-cache")
    assert len(data["results"]) + len(data["skipped"]) == 15
    assert data["results"][0]["resume"]["source"].endswith("strong_infra.txt")
    assert set(data["results"][0]) >= {"schema_version", "score", "requirements", "summary"}


def test_jobs_1_and_2_give_identical_json(run, folder: Path, tmp_path: Path) -> None:
    one, _ = screen_json(run, folder, tmp_path, "--no-cache", "--jobs", "1")
    two, _ = screen_json(run, folder, tmp_path, "--no-cache", "--jobs", "2")
    assert one == two


def test_second_run_parses_nothing(run, folder: Path, tmp_path: Path) -> None:
    cache, stats = tmp_path / "cache", tmp_path / "stats.json"
    first, _ = screen_json(run, folder, tmp_path, "--cache-dir", cache, "--stats", stats)
    assert json.loads(stats.read_text())["parsed"] == 7
    second, _ = screen_json(run, folder, tmp_path, "--cache-dir", cache, "--stats", stats)
    numbers = json.loads(stats.read_text())
    # every file is a hit: the 7 résumés and, since issue 14, the reasons the broken ones failed
    assert numbers["parsed"] == 0 and numbers["cache"]["hits"] == numbers["files"] == 15
    assert first == second


def test_corrupted_cache_is_rebuilt_with_a_warning(run, folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_FILE).write_bytes(b"this is not a database" * 100)
    data, result = screen_json(run, folder, tmp_path, "--cache-dir", cache)
    assert "warning" in result.stderr and "rebuilding" in result.stderr
    assert len(data["results"]) == 7


def test_oversized_and_slow_files_are_skipped(run, folder: Path, tmp_path: Path, monkeypatch) -> None:
    import jobmatch.batch as batch

    real_parse = batch.parse_file

    def slow_for_one(path, options, timings):
        if path.endswith("career_changer.html"):
            time.sleep(5)
        return real_parse(path, options, timings)

    monkeypatch.setattr(batch, "parse_file", slow_for_one)
    big = folder / "huge.txt"
    big.write_text("Python developer. " * 100_000, encoding="utf-8")
    data, result = screen_json(
        run, folder, tmp_path, "--no-cache", "--jobs", "1", "--timeout", "1", "--max-size", "1"
    )
    reasons = {Path(s["file"]).name: s["reason"] for s in data["skipped"]}
    assert "limit per file" in reasons["career_changer.html"]
    assert "over the" in reasons["huge.txt"] and "MB limit" in reasons["huge.txt"]
    assert result.exit_code == 4


def test_a_file_that_kills_its_worker_is_skipped_and_the_rest_scored(
    run, folder: Path, tmp_path: Path, monkeypatch
) -> None:
    """A native crash (a segfault in a PDF library) kills a worker process outright; the files
    it held are retried one at a time and only the one that kills a worker again is skipped."""
    in_workers(monkeypatch, "crash.txt", crash)
    shutil.copy(EXAMPLES / "strong_infra.txt", folder / "aaa-crash.txt")  # sorts first: a worker's
    data, result = screen_json(run, folder, tmp_path, "--no-cache", "--jobs", "2")
    reasons = {Path(s["file"]).name: s["reason"] for s in data["skipped"]}
    assert "worker process died" in reasons["aaa-crash.txt"]
    scored = {Path(r["resume"]["source"]).name for r in data["results"]}
    assert scored == set(PERSONAS)
    assert result.exit_code == 4


def test_top_min_score_and_clean_exit(run, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    clean.mkdir()
    for name in PERSONAS:
        shutil.copy(EXAMPLES / name, clean / name)
    result = run("screen", clean, "--as-of", AS_OF, "--no-cache", "--top", "2")
    assert result.exit_code == 0
    assert "strong_infra.txt" in result.stdout and "designer.docx" not in result.stdout
    high = run("screen", clean, "--as-of", AS_OF, "--no-cache", "--min-score", "101")
    assert high.exit_code == 2  # out of range: a usage error


def test_redacted_shortlist_has_no_names(run, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "list.md"
    result = run("screen", folder, "--as-of", AS_OF, "--no-cache", "--redact", "-o", out)
    assert "Marisol" not in result.stdout and "Candidate" not in result.stdout
    text = out.read_text(encoding="utf-8")
    assert "Marisol" not in text and "example.com" not in text


@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium (Debian package 'chromium') is not installed")
def test_html_shortlist_in_headless_chromium(run, folder: Path, tmp_path: Path) -> None:
    hostile = folder / "hostile.txt"
    hostile.write_text(
        "Mallory Example\nEXPERIENCE\nDeveloper, Acme  2020 – Present\n"
        "- Wrote Go services <script>alert(1)</script> for billing\n",
        encoding="utf-8",
    )
    page = tmp_path / "shortlist.html"
    assert run("screen", folder, "--as-of", AS_OF, "--no-cache", "-o", page).exit_code == 4
    html = page.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert html.count("<script>") == 1  # only the page's own sorting script
    screenshot = tmp_path / "shortlist.png"
    dom = _chromium(page, screenshot, tmp_path)
    assert screenshot.stat().st_size > 5_000
    assert "report-1" in dom and "strong_infra.txt" in dom


def test_ctrl_c_stops_cleanly_and_keeps_what_was_scored(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "many"
    folder.mkdir()
    text = (EXAMPLES / "strong_infra.txt").read_text(encoding="utf-8")
    for index in range(8000):  # far more than can be screened before the interrupt
        (folder / f"cv_{index:05d}.txt").write_text(text + f"\nReference {index}\n", encoding="utf-8")
    output = tmp_path / "partial.csv"
    command = [
        sys.executable,
        "-m",
        "jobmatch",
        "screen",
        str(folder),
        "--no-cache",
        "--jobs",
        "2",
        "-o",
        str(output),
        "--as-of",
        AS_OF,
        "--stats",
        str(tmp_path / "stats.json"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(6)  # start-up takes 1-3 s; then rows are being scored
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted after" in stderr and "Traceback" not in stderr
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    assert 0 < len(rows) < 8000
    assert all(row["status"] == "scored" for row in rows)
    stats = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    assert stats["interrupted"] is True and stats["files"] == 8000 and stats["scored"] == len(rows)
    assert stats["seconds"] > 0
    assert os.path.exists(output)


def test_stopping_early_does_not_wait_for_a_worker_busy_with_a_slow_file(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C (or any error) stops the workers at once, not after the file each is reading."""
    import jobmatch.batch as batch

    in_workers(monkeypatch, "a-slow.txt", lambda: time.sleep(60))
    folder = tmp_path / "cvs"
    folder.mkdir()
    for name in ("a-slow.txt", *(f"cv{index}.txt" for index in range(40))):
        shutil.copy(EXAMPLES / "strong_infra.txt", folder / name)
    rows = batch.run_local([str(p) for p in batch.find_files(folder)], screen_options(), jobs=2)
    assert next(rows).status == batch.SCORED  # this process's first file; the worker sleeps
    started = time.monotonic()
    rows.close()  # what Ctrl-C does to the generator
    assert time.monotonic() - started < 10


def test_workers_crashing_anywhere_in_a_long_run_lose_no_row(tmp_path: Path, monkeypatch) -> None:
    """Crashes after the first batch, while this process is screening its own share: every
    file still gets exactly one row, and no crash stops the run."""
    import jobmatch.batch as batch

    in_workers(monkeypatch, "crash.txt", crash)
    folder = tmp_path / "cvs"
    folder.mkdir()
    for index in range(60):
        shutil.copy(EXAMPLES / "strong_infra.txt", folder / f"cv{index:03d}.txt")
    for index in (20, 27, 34, 41, 48):
        shutil.copy(EXAMPLES / "strong_infra.txt", folder / f"cv{index:03d}-crash.txt")
    paths = [str(p) for p in batch.find_files(folder)]
    rows = list(batch.run_local(paths, screen_options(), jobs=2))
    assert sorted(r.path for r in rows) == sorted(paths)
    for row in rows:
        if row.status == batch.SKIPPED:
            assert row.path.endswith("crash.txt") and row.reason == batch.CRASHED
        else:
            assert row.status == batch.SCORED


STOP_EARLY = """
import dataclasses, datetime as dt, os, shutil, sys, time
from pathlib import Path
import jobmatch.batch as batch
from jobmatch.config import load_config
from jobmatch.extract import extract_posting
from jobmatch.resources import default_posting

folder = Path(sys.argv[1])
parent, real = os.getpid(), batch.score_profile

def big_reports(path, resume, options, timings):  # results larger than a pipe's buffer
    row = real(path, resume, options, timings)
    return dataclasses.replace(row, report="x" * 60_000) if os.getpid() != parent else row

batch.score_profile = big_reports
options = batch.ScreenOptions(
    posting=extract_posting(default_posting()), config=load_config(None), as_of=dt.date(2026, 11, 1)
)
for stop_after in (0.2, 0.3, 0.4, 0.5):
    rows = batch.run_local([str(p) for p in batch.find_files(folder)], options, jobs=3)
    started = time.monotonic()
    for row in rows:
        if time.monotonic() - started > stop_after:
            break
    rows.close()
print("closed")
"""


def test_stopping_early_never_hangs_on_a_half_sent_result(tmp_path: Path) -> None:
    """A worker stopped while it sends a large result must not leave jobmatch waiting for the
    rest of the message for ever (it did, about one run in two)."""
    import subprocess
    import sys

    folder = tmp_path / "cvs"
    folder.mkdir()
    for index in range(400):
        shutil.copy(EXAMPLES / "strong_infra.txt", folder / f"cv{index:03d}.txt")
    done = subprocess.run(
        [sys.executable, "-c", STOP_EARLY, str(folder)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0 and "closed" in done.stdout, done.stderr[-2000:]
