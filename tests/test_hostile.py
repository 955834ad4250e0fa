"""Hostile input (issue 14): every kind from tests/hostile_corpus.py through ``score`` and
``screen`` (local and Dask), each run a subprocess whose timeout is the bound. For each: one row per
file found (scored, or skipped with its reason), the documented exit code, nothing executed, and
nothing injected into the terminal, CSV, Markdown or HTML output."""

from __future__ import annotations

import csv
import html.parser
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import AS_OF, ROOT, SEED
from hostile_corpus import ESCAPES, GOOD, MARKER_NAME, build, remove_tree
from typer.testing import Result

BOUND = 600  # seconds for one whole run; each file is also held to --timeout 20
# What a terminal, a spreadsheet or a viewer would act on: C0 controls but tab and newline, DEL, C1.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def jobmatch(*args: object, timeout: float = BOUND, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "jobmatch", *map(str, args)],
        capture_output=True,
        text=True,
        errors="surrogateescape",
        timeout=timeout,
        env=env,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str | None]]]:
    folder = tmp_path_factory.mktemp("hostile") / "cvs"
    yield folder, build(folder, office_formats=True)
    remove_tree(folder)


def _rows(shortlist: Path, folder: Path) -> dict[str, tuple[str, str]]:
    """{file as shown, relative to the folder: (status, reason or score)} from a JSON shortlist."""
    data = json.loads(shortlist.read_text(encoding="utf-8"))
    prefix = str(folder) + "/"
    rows: dict[str, tuple[str, str]] = {}
    for report in data["results"]:
        name = report["resume"]["source"].removeprefix(prefix)
        assert name not in rows, f"{name} has two rows"
        rows[name] = ("scored", str(report["score"]))
    for entry in data["skipped"]:
        name = entry["file"].removeprefix(prefix)
        assert name not in rows, f"{name} has two rows"
        rows[name] = ("skipped", entry["reason"])
    return rows


def _assert_one_row_each(rows: dict[str, tuple[str, str]], expected: dict[str, str | None]) -> None:
    assert sorted(rows) == sorted(expected)
    for name, reason in expected.items():
        if reason is not None:
            assert rows[name][0] == "skipped" and reason in rows[name][1], (name, rows[name])


def _assert_clean_terminal(run: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in run.stderr
    for stream in (run.stdout, run.stderr):
        assert not UNSAFE.search(stream), repr(UNSAFE.search(stream))


def _assert_nothing_ran(folder: Path) -> None:
    """A shell would have run ``touch MARKER`` in the working directory or the folder."""
    for place in (folder, folder.parent, ROOT, Path.cwd()):
        assert not (place / MARKER_NAME).exists()


def test_screen_local_gives_every_file_one_row_and_injects_nothing(corpus, tmp_path: Path) -> None:
    folder, expected = corpus
    started = time.monotonic()
    first = jobmatch(
        "screen", folder, "--as-of", AS_OF, "--no-cache", "--timeout", 20, "-o", tmp_path / "a.json"
    )
    assert first.returncode == 4, first.stderr  # documented: some files were skipped
    _assert_clean_terminal(first)
    no_cache = _rows(tmp_path / "a.json", folder)
    _assert_one_row_each(no_cache, expected)
    cache = tmp_path / "cache"
    for output in ("b.csv", "c.md", "d.html", "e.json"):  # b fills the cache, the others read it
        run = jobmatch(
            "screen", folder, "--as-of", AS_OF, "--cache-dir", cache, "--timeout", 20, "-o", tmp_path / output
        )
        assert run.returncode == 4, run.stderr
        _assert_clean_terminal(run)
    assert _rows(tmp_path / "e.json", folder) == no_cache  # same files, same outcome, with the cache
    _assert_safe_csv(tmp_path / "b.csv")
    _assert_safe_markdown(tmp_path / "c.md")
    _assert_safe_html(tmp_path / "d.html")
    _assert_nothing_ran(folder)
    assert time.monotonic() - started < BOUND


def test_screen_dask_gives_the_same_rows(corpus, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    folder, expected = corpus
    run = jobmatch(
        "screen",
        folder,
        "--as-of",
        AS_OF,
        "--engine",
        "dask",
        "--jobs",
        2,
        "--timeout",
        20,
        "-o",
        tmp_path / "d.json",
    )
    assert run.returncode == 4, run.stderr
    _assert_clean_terminal(run)
    _assert_one_row_each(_rows(tmp_path / "d.json", folder), expected)
    _assert_nothing_ran(folder)


SCORE_EACH = """
import json, sys, time
from typer.testing import CliRunner
from jobmatch.cli import app
from jobmatch.pipeline import get_pipeline
get_pipeline()  # built once here; each score's reading child is forked from this process
outcomes = {}
for path in sys.argv[1:]:
    started = time.monotonic()
    result = CliRunner().invoke(app, ["score", path, "--as-of", "%s", "--timeout", "20"])
    outcomes[path] = [result.exit_code, result.stdout, result.stderr, time.monotonic() - started]
sys.stdout.write(json.dumps(outcomes))
"""


def test_score_reads_every_kind_within_its_limits(corpus) -> None:
    folder, expected = corpus
    paths = {
        name: str(folder / os.fsdecode(name.encode().decode("unicode_escape").encode("latin-1")))
        if "\\x" in name
        else str(folder / name)
        for name in expected
    }
    run = subprocess.run(
        [sys.executable, "-c", SCORE_EACH % AS_OF, *paths.values()],
        capture_output=True,
        timeout=BOUND,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-3000:]
    outcomes = json.loads(run.stdout)
    for name, path in paths.items():
        code, stdout, stderr, seconds = outcomes[path]
        assert seconds < 60, (name, seconds)
        assert "Traceback" not in stderr and not UNSAFE.search(stdout + stderr), (name, stderr[-500:])
        if expected[name] is not None:
            assert code == 3, (name, code, stderr)  # documented: an input file cannot be read
            assert expected[name] in stderr and stderr.count("jobmatch: error:") == 1, (name, stderr)
        else:
            assert code in (0, 3), (name, code, stderr)
    _assert_nothing_ran(folder)


def _assert_safe_csv(path: Path) -> None:
    cells = [cell for row in csv.reader(path.open(encoding="utf-8", newline="")) for cell in row]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not [cell for cell in cells if UNSAFE.search(cell)]
    assert '\'=HYPERLINK("http:evil")&A1.txt' in cells and "'-2+3.txt" in cells


def _assert_safe_markdown(path: Path) -> None:
    from markdown_it import MarkdownIt

    text = path.read_text(encoding="utf-8")
    assert not UNSAFE.search(text)
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    assert "<a " not in rendered and "<img" not in rendered and "javascript:" not in rendered.split("&")[0]
    assert "[x](javascript:alert(1)).md" in re.sub(r"\\(.)", r"\1", text)  # shown, as text


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def _assert_safe_html(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not UNSAFE.search(text)
    parser = _Tags()
    parser.feed(text)
    names = [tag for tag, _ in parser.tags]
    assert names.count("script") == 1 and "img" not in names and "iframe" not in names
    assert all(attrs.get("href", "#").startswith("#") for tag, attrs in parser.tags if tag == "a")


def test_a_hostile_posting_and_its_lines_are_shown_as_text(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(
        "# Engineer " + ESCAPES + "\n\n## Requirements\n- =cmd|' /C calc'!A0 and 5+ years of COBOL\n"
        "- Experience with Kubernetes [x](javascript:alert(1))\n",
        encoding="utf-8",
    )
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    for output in ("s.csv", "s.md", "s.html"):
        run = jobmatch(
            "screen", folder, "-p", posting, "--as-of", AS_OF, "--no-cache", "-o", tmp_path / output
        )
        assert run.returncode == 0, run.stderr
        _assert_clean_terminal(run)
    rows = list(csv.reader((tmp_path / "s.csv").open(encoding="utf-8")))
    cells = [cell for row in rows for cell in row]
    # Since issue 13 a requirement's text is in its column's header, behind its id, and the top
    # gaps say what is missing rather than quoting the line: the "=cmd" line is there, inert.
    assert "min-1: =cmd|' /C calc'!A0 and 5+ years of COBOL" in rows[0]
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not [cell for cell in cells if UNSAFE.search(cell)]
    _assert_safe_html(tmp_path / "s.html")
    for arguments in (("-f", "markdown"), ("-f", "terminal")):
        run = jobmatch("score", folder / "a.txt", "-p", posting, "--as-of", AS_OF, *arguments)
        assert run.returncode == 0, run.stderr
        _assert_clean_terminal(run)
    assert "blink" in run.stdout  # the text is shown; its escape sequences are not


# --- one test per item that is not a kind of file ------------------------------------------------


def test_sigterm_and_sighup_write_what_was_scored_and_stop_the_workers(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(3000):
        (folder / f"cv_{index:05d}.txt").write_text(GOOD + f"\nReference {index}\n", encoding="utf-8")
    for signum, code in ((signal.SIGTERM, 143), (signal.SIGHUP, 129)):
        output = tmp_path / f"partial-{code}.csv"
        stats = tmp_path / f"stats-{code}.json"
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jobmatch",
                "screen",
                folder,
                "--no-cache",
                "--jobs",
                "2",
                "-o",
                output,
                "--as-of",
                AS_OF,
                "--stats",
                stats,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        workers = _wait_for_workers(process.pid)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == code, stderr
        assert "Traceback" not in stderr and "interrupted after" in stderr
        assert output.exists() and json.loads(stats.read_text())["interrupted"] is True
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "a worker outlived jobmatch"


SIGNAL_AS_A_WORKER_STARTS = """
import os, signal, sys
from jobmatch.cli import main
# The signal lands while the parent runs an at-fork hook, where Python prints an exception and
# drops it: the way a SIGTERM sent as the workers start was lost on a CI machine.
os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGTERM))
sys.argv = ["jobmatch", *sys.argv[1:]]
main()
"""


def test_a_signal_that_lands_where_exceptions_are_dropped_still_stops_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(60):
        (folder / f"cv_{index:05d}.txt").write_text(GOOD + f"\nReference {index}\n", encoding="utf-8")
    output, stats = tmp_path / "partial.csv", tmp_path / "stats.json"
    run = subprocess.run(
        [sys.executable, "-c", SIGNAL_AS_A_WORKER_STARTS, "screen", folder, "--no-cache", "--jobs", "2"]
        + ["-o", output, "--as-of", AS_OF, "--stats", stats],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 143, run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr
    assert "interrupted after" in run.stderr
    assert output.exists() and json.loads(stats.read_text())["interrupted"] is True


def _wait_for_workers(pid: int, seconds: float = 120) -> list[int]:
    """The worker processes of ``pid`` once it has some (screening has started)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            children = []
        if children:
            return [int(child) for child in children]
        time.sleep(0.05)
    raise AssertionError("no worker process started")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8)
)


def test_a_yaml_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(BILLION_LAUGHS, encoding="utf-8")
    assert len(BILLION_LAUGHS) < 600
    for arguments in (("score", SEED, "--config", bomb), ("check", bomb)):
        run = jobmatch(*arguments, timeout=120)
        assert run.returncode == 2, run.stderr
        assert "aliases" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"credit:\n  met: .nan\n", "expected a number from 0 to 1"),
        (b"minimum_weight: .inf\n", "expected a non-negative number"),
        (b"credit:\n  partial: 1.5\n", "from 0 to 1"),
        (b"missing_minimum_factor: 7\n", "from 0 to 1"),
        (b"minimum_weight: 80\n# caf\xe9\n", "not UTF-8"),
        (b"gate_factor: " + b"9" * 5_000 + b"\n", "a value that cannot be read"),
        (b"!!python/object/apply:os.system ['touch " + MARKER_NAME.encode() + b"']\n", "not valid YAML"),
    ],
)
def test_a_bad_config_is_a_usage_error(
    run: Callable[..., Result], tmp_path: Path, content: bytes, message: str
) -> None:
    config = tmp_path / "config.yaml"
    config.write_bytes(content)
    result = run("score", ROOT / "data" / "examples" / "strong_infra.txt", "--config", config)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (Path.cwd() / MARKER_NAME).exists()


def test_a_glob_outside_the_folder_is_a_usage_error(run: Callable[..., Result], tmp_path: Path) -> None:
    for pattern in ("/etc/*", "../*.txt"):
        result = run("screen", tmp_path, "--glob", pattern)
        assert result.exit_code == 2 and "must be a pattern inside SOURCE" in result.stderr


def test_no_worker_processes_to_be_had_screens_in_one(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    for index in range(40):
        (folder / f"cv_{index}.txt").write_text(GOOD, encoding="utf-8")

    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    result = run(
        "screen", folder, "--jobs", "1000", "--no-cache", "--as-of", AS_OF, "-o", tmp_path / "s.json"
    )
    assert result.exit_code == 0, result.stderr
    assert "cannot start worker processes (Resource temporarily unavailable)" in result.stderr
    assert len(json.loads((tmp_path / "s.json").read_text())["results"]) == 40


def test_an_output_on_a_full_disk_is_a_one_line_error(run: Callable[..., Result], tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    full = tmp_path / "full.csv"
    full.symlink_to("/dev/full")
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run("screen", folder, "--no-cache", "--as-of", AS_OF, "-o", full)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.strip().endswith("cannot write: No space left on device")
    result = run("score", folder / "a.txt", "--as-of", AS_OF, "-f", "json", "-o", full)
    assert result.exit_code == 2 and "No space left on device" in result.stderr


def test_dask_that_cannot_start_a_cluster_is_a_one_line_error(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

    def no_loopback(*args: object, **kwargs: object) -> None:
        raise OSError(99, "Cannot assign requested address")

    monkeypatch.setattr(distributed, "LocalCluster", no_loopback)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run("screen", tmp_path, "--engine", "dask", "--as-of", AS_OF)
    assert result.exit_code == 2
    assert "cannot start a local Dask cluster" in result.stderr and "Traceback" not in result.stderr


def test_a_shortlist_written_into_the_folder_is_not_the_next_runs_top_resume(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    assert run("screen", folder, "--no-cache", "--as-of", AS_OF, "-o", folder / "shortlist.md").exit_code == 0
    # the Markdown shortlist is now in the folder: a skipped row, never a résumé; being jobmatch's
    # own report it does not make the run exit 4 (issue 13 follow-up L)
    assert (
        run("screen", folder, "--no-cache", "--as-of", AS_OF, "-o", folder / "shortlist.html").exit_code == 0
    )
    assert (
        run(
            "score", folder / "a.txt", "-f", "markdown", "--as-of", AS_OF, "-o", folder / "report.md"
        ).exit_code
        == 0
    )
    result = run("screen", folder, "--no-cache", "--as-of", AS_OF, "-o", tmp_path / "again.json")
    assert result.exit_code == 0
    shortlist = json.loads((tmp_path / "again.json").read_text())
    assert [r["resume"]["source"] for r in shortlist["results"]] == [str(folder / "a.txt")]
    assert {Path(s["file"]).name: s["reason"] for s in shortlist["skipped"]} == dict.fromkeys(
        ("report.md", "shortlist.html", "shortlist.md"), "a report written by jobmatch, not a résumé"
    )


def test_failures_are_cached_and_a_damaged_cache_is_rebuilt(tmp_path: Path) -> None:
    """Each run is a process of its own, as in use (an open connection keeps pages it has read)."""
    folder, cache = tmp_path / "cvs", tmp_path / "cache"
    folder.mkdir()
    for index in range(30):
        (folder / f"cv_{index:02d}.txt").write_text(
            GOOD + f"\nProject {index}: " + "word " * 400, encoding="utf-8"
        )
    (folder / "fake.docx").write_text("not a zip", encoding="utf-8")

    def screen(output: str) -> tuple[subprocess.CompletedProcess, dict]:
        result = jobmatch(
            "screen",
            folder,
            "--cache-dir",
            cache,
            "--as-of",
            AS_OF,
            "--jobs",
            "1",
            "-o",
            tmp_path / output,
            "--stats",
            tmp_path / "stats.json",
        )
        return result, json.loads((tmp_path / "stats.json").read_text())

    result, stats = screen("one.json")
    assert result.returncode == 4 and stats["cache"] == {"hits": 0, "misses": 30}
    with sqlite3.connect(cache / "resumes-v3.sqlite3") as db:
        assert db.execute("SELECT reason FROM failures").fetchall() == [
            ("not a DOCX file (not a zip archive)",)
        ]
    result, stats = screen("two.json")
    assert stats["cache"]["hits"] == 31 and stats["parsed"] == 0  # the skipped file is not read again
    assert (
        json.loads((tmp_path / "two.json").read_text())["skipped"]
        == json.loads((tmp_path / "one.json").read_text())["skipped"]
    )
    database = cache / "resumes-v3.sqlite3"
    with sqlite3.connect(database) as db:  # a malformed page that opening the file does not touch
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        try:
            overflow = [
                page for (page,) in db.execute("SELECT pageno FROM dbstat WHERE pagetype = 'overflow'")
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find a value's pages with")
    data = bytearray(database.read_bytes())
    for page in overflow:  # each overflow page's first 4 bytes point to the next: out of range now
        data[(page - 1) * page_size : (page - 1) * page_size + 4] = b"\xff" * 4
    database.write_bytes(bytes(data))
    result, stats = screen("three.json")
    assert result.returncode == 4 and "Traceback" not in result.stderr
    assert "cache is damaged" in result.stderr and stats["scored"] == 30
    result, stats = screen("four.json")
    assert "is damaged" in result.stderr and "rebuilding it" in result.stderr
    result, stats = screen("five.json")
    assert stats["cache"]["hits"] == 31 and "damaged" not in result.stderr
    assert (
        json.loads((tmp_path / "five.json").read_text())["skipped"]
        == json.loads((tmp_path / "one.json").read_text())["skipped"]
    )


def test_redact_hides_every_word_of_the_name_and_says_when_there_is_none(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    named = tmp_path / "named.txt"
    named.write_text(
        "EVELYN HARPER-LI\n\nEXPERIENCE\nOwner, Evelyn Harper Consulting, 2019 - 2024\n"
        "- Built Python services with harper labs; Li family office\n",
        encoding="utf-8",
    )
    result = run("score", named, "--redact", "-f", "json", "--as-of", AS_OF)
    assert result.exit_code == 0
    assert (
        not re.search(r"(?i)evelyn|harper|\bli\b", result.stdout) and "no candidate name" not in result.stderr
    )
    unnamed = tmp_path / "unnamed.txt"
    unnamed.write_text(
        named.read_text(encoding="utf-8").replace("EVELYN HARPER-LI", "evelyn harper"), encoding="utf-8"
    )
    result = run("score", unnamed, "--redact", "-f", "json", "--as-of", AS_OF)
    assert result.exit_code == 0 and "--redact found no candidate name" in result.stderr
    result = run("screen", tmp_path, "--redact", "--no-cache", "--as-of", AS_OF)
    assert "--redact found no candidate name in 1 résumé(s)" in result.stderr


def test_a_reader_stuck_in_c_code_is_killed_and_only_its_file_skipped(tmp_path: Path) -> None:
    """Dask's threads hand each file to a child process: one that does not answer within the
    limit and a grace period is killed (SIGSTOP here stands for a call that never returns)."""
    import datetime as dt

    from jobmatch.batch import SCORED, SKIPPED, ScreenOptions
    from jobmatch.config import load_config
    from jobmatch.extract import extract_posting
    from jobmatch.sandbox import Sandbox

    options = ScreenOptions(
        posting=extract_posting(SEED), config=load_config(None), as_of=dt.date.fromisoformat(AS_OF), timeout=1
    )
    # a fresh child builds its pipeline on its first file: that call gets time enough on a busy
    # machine; the stuck call keeps the 1 s limit under test
    roomy = replace(options, timeout=60)
    resume = tmp_path / "a.txt"
    resume.write_text(GOOD, encoding="utf-8")
    sandbox = Sandbox()
    try:
        sandbox.start()
        assert sandbox.screen(str(resume), roomy).status == SCORED
        os.kill(sandbox._process.pid, signal.SIGSTOP)
        started = time.monotonic()
        stuck = sandbox.screen(str(resume), options)
        assert stuck.status == SKIPPED and stuck.reason == "took longer than the 1 s limit per file"
        assert time.monotonic() - started < 30
        assert sandbox.screen(str(resume), roomy).status == SCORED  # a new child took over
    finally:
        sandbox.close()


def test_a_long_list_of_one_skill_gives_a_small_parsed_resume(tmp_path: Path) -> None:
    """Issue 14: 'Python,' on 4,000 lines was joined into one line that each of its mentions quoted
    (thousands of copies of a 30,000-character line); now a row per résumé stays small."""
    from jobmatch.codec import MAX_ROW_BYTES, dumps
    from jobmatch.loaders import make_document
    from jobmatch.resume import extract_resume

    resume = extract_resume(make_document("Jane Doe\nSKILLS\n" + "Python,\n" * 4_000))
    assert len(dumps(resume)) < MAX_ROW_BYTES // 4


def test_a_parsed_resume_too_big_to_keep_is_exit_3_or_a_skipped_row(
    run: Callable[..., Result], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: a parsed résumé over the codec's row limit was a CodecError traceback (exit 1) in
    ``score`` and a giant cache row in ``screen``; the limit is lowered here to reach it."""
    import jobmatch.codec

    monkeypatch.setattr(jobmatch.codec, "MAX_ROW_BYTES", 20_000)  # the posting takes ~11,000
    folder = tmp_path / "cvs"
    folder.mkdir()
    resume = folder / "long.txt"
    resume.write_text("Jane Doe\nSKILLS\n" + "Python, Go, Java\n" * 200, encoding="utf-8")
    (folder / "short.txt").write_text("Jane Roe\nSKILLS\nPython\n", encoding="utf-8")
    result = run("score", resume)
    assert result.exit_code == 3, result.stderr
    assert "long.txt" in result.stderr and "too big" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    shortlist = tmp_path / "out.json"
    cache = tmp_path / "cache"
    result = run("screen", folder, "--jobs", "1", "--output", shortlist, "--cache-dir", cache)
    assert result.exit_code == 4, result.stderr  # some files were skipped
    rows = _rows(shortlist, folder)
    assert rows["long.txt"][0] == "skipped" and "too big" in rows["long.txt"][1], rows
    assert rows["short.txt"][0] == "scored"
    with sqlite3.connect(next(cache.rglob("*.sqlite3"))) as connection:
        assert connection.execute("SELECT count(*), max(length(value)) FROM resumes").fetchone()[0] == 1


def test_a_posting_with_thousands_of_requirements_is_read_to_a_bound(tmp_path: Path) -> None:
    """Issue 14: a posting is read under a time limit in ``extract`` (a child process, as a résumé
    is), and only its first MAX_REQUIREMENTS requirements are kept, so matching is bounded too."""
    from jobmatch.extract import MAX_REQUIREMENTS

    posting = tmp_path / "long posting.txt"
    posting.write_text("Requirements\n" + "- LL.M. and Python\n" * 1_500, encoding="utf-8")
    run = jobmatch("extract", posting, "--format", "json", timeout=300)
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["minimum"]) == MAX_REQUIREMENTS
    run = jobmatch("score", ROOT / "data" / "examples" / "strong_infra.txt", "-p", posting, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"of {MAX_REQUIREMENTS} minimum" in run.stdout


def test_a_five_thousand_digit_number_in_a_check_file_is_a_usage_error(tmp_path: Path) -> None:
    """Issue 14: int() refuses over 4,300 digits; that ValueError was a traceback (exit 1)."""
    expectations = tmp_path / "expect.yaml"
    expectations.write_text("cases:\n  - min_score: " + "9" * 5_000 + "\n", encoding="utf-8")
    run = jobmatch("check", expectations, timeout=120)
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_control_characters_never_reach_junit_xml_nor_worker_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: a suite or case named with ESC, U+009B or U+202E was written raw into JUnit XML
    (malformed, or a live escape on a CI page), and worker and cache warnings printed SQLite's text
    of a planted row as it was."""
    import xml.etree.ElementTree as ET

    from jobmatch.batch import _warn
    from jobmatch.cache import ResumeCache
    from jobmatch.junit import JUnitCase, junit_xml

    hostile = "cv\x1b]8;;http://x\x07\x9b31m\u202eexe.txt"
    xml = junit_xml(hostile, [JUnitCase("jobmatch.screen", hostile, failure=hostile, output=hostile)])
    ET.fromstring(xml.split("\n", 1)[1])
    assert not UNSAFE.search(xml) and "\u202e" not in xml
    _warn(f"cache read failed ({hostile})")
    warned: list[str] = []
    ResumeCache(None, warned.append).warn(hostile)
    printed = capsys.readouterr().err + "".join(warned)
    assert not UNSAFE.search(printed) and "\u202e" not in printed and "\\x1b" in printed


def _sandboxes() -> list[int]:
    """Every ``python -m jobmatch.sandbox`` process of this user."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if entry.name.isdigit() and b"jobmatch.sandbox" in command and _alive(int(entry.name)):
            found.append(int(entry.name))
    return found


def _waits_on_pipe(pid: int) -> bool | None:
    try:
        return "pipe" in Path(f"/proc/{pid}/wchan").read_text()
    except OSError:
        return None


def test_sigterm_to_dask_screen_stops_the_reader_processes_too(tmp_path: Path) -> None:
    """Issue 14: with ``--timeout 0`` a Dask worker's reader process, busy with a file, outlived a
    SIGTERM to ``jobmatch`` (re-parented to init, using CPU minutes later)."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    folder = tmp_path / "slow"
    folder.mkdir()
    for index in range(6):  # each takes seconds to parse: a reader is busy when the signal comes
        text = f"Jane Doe {index}\nSKILLS\n" + "Go, Java, Python, Kubernetes, " * 1_000 + "\n"
        (folder / f"cv_{index}.txt").write_text(text * 40, encoding="utf-8")
    before = set(_sandboxes())
    process = subprocess.Popen(
        [sys.executable, "-m", "jobmatch", "screen", folder, "--engine", "dask", "--jobs", "2"]
        + ["--timeout", "0", "--no-cache", "-o", tmp_path / "out.csv", "--as-of", AS_OF],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 240
    while not set(_sandboxes()) - before and time.monotonic() < deadline:
        time.sleep(0.1)
    readers = set(_sandboxes()) - before
    assert readers, "no reader process started"
    # a reader idle on its pipe ends with the worker's; one busy with a file did not: wait for
    # one to be told a file (it waited on its pipe, and no longer does). A reader may be handed
    # its first file before it is ever seen waiting: then the first wait is cut short.
    for waiting, limit in ((True, 2.0), (False, 240.0)):
        until = min(deadline, time.monotonic() + limit)
        while not any(_waits_on_pipe(pid) is waiting for pid in readers) and time.monotonic() < until:
            time.sleep(0.05)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 143, stderr
    deadline = time.monotonic() + 30
    while [pid for pid in readers if _alive(pid)] and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in readers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "a reader process outlived jobmatch"
