"""The Dask engine (``screen --engine dask``): same JSON as the local engine on a folder and on a
``file://`` URL, one row per file when a worker is killed mid-run or a file keeps killing workers,
the per-file time limit in worker threads, and the install hint without the extra.

Clusters are LocalClusters of two single-threaded worker processes on loopback."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import AS_OF, EXAMPLES, SEED
from typer.testing import Result

from jobmatch.batch import SCORED, SKIPPED, ScreenOptions, screen_one

DASK_MISSING = "the dask extra is not installed: pip install 'jobmatch[dask]'"
COPIES = 4  # of each example résumé: 7 × 4 + 2 broken files = 30


def _needs_dask() -> None:
    pytest.importorskip("distributed", reason=DASK_MISSING)


def _local_cluster(**scheduler_kwargs: object):
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
        scheduler_kwargs=scheduler_kwargs or None,
    )


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    _needs_dask()
    with _local_cluster() as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About thirty résumés in every format, plus an empty .txt and a .docx that is not a zip."""
    folder = tmp_path_factory.mktemp("cvs")
    formats = {".txt", ".md", ".html", ".pdf", ".docx", ".json"}
    examples = [p for p in sorted(EXAMPLES.iterdir()) if p.suffix in formats]
    for copy in range(COPIES):
        for example in examples:
            shutil.copy(example, folder / f"{copy}_{example.name}")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.docx").write_text("this is not a zip archive", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def options() -> ScreenOptions:
    from jobmatch.config import load_config
    from jobmatch.extract import extract_posting

    return ScreenOptions(
        posting=extract_posting(SEED), config=load_config(None), as_of=dt.date.fromisoformat(AS_OF)
    )


def _shortlist(path: Path, url_prefix: str = "") -> dict:
    """A ``--output x.json`` shortlist without its timings, URL paths turned back into paths."""
    text = path.read_text(encoding="utf-8")
    if url_prefix:
        text = text.replace(url_prefix, "")
    shortlist = json.loads(text)
    del shortlist["stats"]
    return shortlist


def _assert_same(actual: dict, expected: dict) -> None:
    """Dask's nanny starts workers with PYTHONHASHSEED=6640 and the local engine's workers inherit
    this process's seed, so a report that depends on set order differs between the engines."""
    assert [r["resume"]["source"] for r in actual["results"]] == [
        r["resume"]["source"] for r in expected["results"]
    ]
    for got, want in zip(actual["results"], expected["results"], strict=True):
        assert got == want, (
            f"{got['resume']['source']} differs between the engines "
            "(if only under different PYTHONHASHSEEDs: set-order dependence)"
        )
    assert actual == expected


@pytest.fixture(scope="module")
def local_shortlist(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    from typer.testing import CliRunner

    from jobmatch.cli import app

    output = tmp_path_factory.mktemp("local") / "local.json"
    result = CliRunner().invoke(
        app, ["screen", str(corpus), "--as-of", AS_OF, "--no-cache", "--jobs", "2", "-o", str(output)]
    )
    assert result.exit_code == 4, result.stderr  # the two broken files are skipped
    return _shortlist(output)


def test_dask_json_equals_local_json(
    run: Callable[..., Result], corpus: Path, local_shortlist: dict, tmp_path: Path
) -> None:
    """Without --scheduler the CLI starts (and stops) its own two-worker LocalCluster."""
    _needs_dask()
    output = tmp_path / "dask.json"
    result = run("screen", corpus, "--as-of", AS_OF, "--engine", "dask", "--jobs", "2", "-o", output)
    assert result.exit_code == 4, result.stderr
    assert "dask: a local cluster, 2 worker(s)" in result.stderr
    shortlist = _shortlist(output)
    assert len(shortlist["results"]) == 7 * COPIES
    reasons = {Path(s["file"]).name: s["reason"] for s in shortlist["skipped"]}
    assert reasons.keys() == {"empty.txt", "fake.docx"}
    assert reasons["empty.txt"] == "empty file" and "not a zip" in reasons["fake.docx"]
    _assert_same(shortlist, local_shortlist)


def test_file_url_source_gives_the_same_rows(
    run: Callable[..., Result], corpus: Path, cluster, local_shortlist: dict, tmp_path: Path
) -> None:
    """With --scheduler it connects to a running cluster; SOURCE is listed with fsspec."""
    output = tmp_path / "url.json"
    result = run(
        "screen",
        corpus.as_uri(),
        "--as-of",
        AS_OF,
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
        "-o",
        output,
    )
    assert result.exit_code == 4, result.stderr
    assert f"dask: {cluster.scheduler_address}, 2 worker(s)" in result.stderr
    raw = json.loads(output.read_text(encoding="utf-8"))
    assert all(r["resume"]["source"].startswith("file:///") for r in raw["results"])
    _assert_same(_shortlist(output, url_prefix="file://"), local_shortlist)


def test_list_source_lists_like_find_files(tmp_path: Path) -> None:
    pytest.importorskip("fsspec", reason=DASK_MISSING)
    from jobmatch.batch import find_files
    from jobmatch.engines import SourceError, list_source

    for name in ["b.pdf", "a.txt", "sub/c.docx", "notes.rtf", ".hidden/d.txt", "sub/.e.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    for pattern in (None, "*.pdf", "sub/*"):
        assert list_source(tmp_path.as_uri(), pattern) == [p.as_uri() for p in find_files(tmp_path, pattern)]
    assert list_source(tmp_path.as_uri())[-1] == (tmp_path / "sub" / "c.docx").as_uri()
    with pytest.raises(SourceError, match="no such folder"):
        list_source((tmp_path / "missing").as_uri())
    with pytest.raises(SourceError, match="Protocol not known"):
        list_source("nosuchprotocol://bucket/cvs")


def _small_resumes(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    skills = ["Python", "Go", "Kubernetes", "Kafka", "PostgreSQL", "Terraform", "Java", "React"]
    paths = []
    for number in range(count):
        path = folder / f"cv_{number:04d}.txt"
        path.write_text(
            f"Candidate {number}\n\nEXPERIENCE\nSoftware Engineer, Acme, 2019 - 2024\n"
            f"- Built services in {skills[number % 8]} and {skills[(number * 3) % 8]}\n\n"
            f"EDUCATION\nBS Computer Science, 2018\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


def test_killed_worker_loses_and_duplicates_no_row(tmp_path: Path, options: ScreenOptions) -> None:
    _needs_dask()
    from jobmatch.engines import DaskEngine

    paths = _small_resumes(tmp_path / "cvs", 240)
    with (
        _local_cluster() as local_cluster,
        DaskEngine(local_cluster.scheduler_address, batch_size=10) as engine,
    ):
        pids = engine.client.run(os.getpid)
        rows, rows_after_kill = [], 0
        for row in engine(paths, options):
            if rows:
                rows_after_kill += 1
            else:
                os.kill(next(iter(pids.values())), signal.SIGKILL)
            rows.append(row)
        survivors = engine.client.run(os.getpid)
    assert rows_after_kill > 0
    assert sorted(row.path for row in rows) == paths  # each file exactly once
    assert all(row.status == SCORED for row in rows)
    assert len(set(pids.values()) & set(survivors.values())) == 1  # the nanny restarted the other


def _kills_its_worker_on_poison(run_id: str, paths: list[str]) -> list:
    """Like a file that crashes the parser's C code: the worker process dies."""
    from jobmatch.engines import screen_batch

    if any(path.endswith("poison.txt") for path in paths):
        os._exit(1)
    return screen_batch(run_id, paths)


def test_a_file_that_keeps_killing_workers_becomes_a_skipped_row(
    tmp_path: Path, options: ScreenOptions
) -> None:
    _needs_dask()
    import cloudpickle

    from jobmatch.engines import DaskEngine

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers need not import tests/
    paths = _small_resumes(tmp_path / "cvs", 20)
    poison = tmp_path / "cvs" / "poison.txt"
    poison.write_text("Candidate\n", encoding="utf-8")
    paths = sorted([*paths, str(poison)])

    class PoisonedEngine(DaskEngine):
        task = staticmethod(_kills_its_worker_on_poison)

    try:  # allowed_failures=0: the first death of a task's worker fails it (the default is 3)
        with (
            _local_cluster(allowed_failures=0) as local_cluster,
            PoisonedEngine(local_cluster.scheduler_address, batch_size=7) as engine,
        ):
            rows = list(engine(paths, options))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert sorted(row.path for row in rows) == paths
    by_path = {row.path: row for row in rows}
    assert by_path[str(poison)].status == SKIPPED
    assert by_path[str(poison)].reason == "the worker process died while reading this file"
    assert sum(row.status == SCORED for row in rows) == 20


def test_time_limit_applies_in_worker_threads(tmp_path: Path, options: ScreenOptions) -> None:
    """SIGALRM reaches only the main thread; Dask runs tasks in other threads."""
    from dataclasses import replace

    from jobmatch.batch import FileTimeout
    from jobmatch.engines import screen_file

    slow = tmp_path / "slow.txt"
    quick = EXAMPLES / "strong_infra.txt"
    slow.write_text(quick.read_text(encoding="utf-8") * 300, encoding="utf-8")  # ~1.5 s untimed
    screen_one(str(quick), options)  # build the pipeline outside the timed calls
    outcome: dict[str, object] = {}

    def in_a_worker_thread() -> None:
        outcome["slow"] = screen_file(str(slow), replace(options, timeout=0.1))
        outcome["quick"] = screen_file(str(quick), replace(options, timeout=30))
        try:  # a late FileTimeout must not land after the call returned
            for _ in range(40):
                threading.Event().wait(0.01)
        except FileTimeout:
            outcome["stray"] = True

    thread = threading.Thread(target=in_a_worker_thread)
    thread.start()
    thread.join(timeout=60)
    assert outcome["slow"].status == SKIPPED
    assert outcome["slow"].reason == "took longer than the 0.1 s limit per file"
    assert outcome["quick"].status == SCORED
    assert "stray" not in outcome


def test_dask_engine_without_the_extra_says_how_to_install(
    run: Callable[..., Result], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    result = run("screen", corpus, "--engine", "dask")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "jobmatch: error: the dask engine needs the dask extra: pip install 'jobmatch[dask]'"
    )


def test_scheduler_needs_the_dask_engine(run: Callable[..., Result], corpus: Path) -> None:
    result = run("screen", corpus, "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr


def test_source_must_be_a_folder_or_url(run: Callable[..., Result], tmp_path: Path) -> None:
    result = run("screen", tmp_path / "missing")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
