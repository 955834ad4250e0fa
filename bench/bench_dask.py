"""The local engine against Dask on one machine: files/s of ``jobmatch screen`` and the cost of
a Dask task.

    .venv/bin/python bench/bench_dask.py                     # 1,000 files, default mix, 2 workers
    .venv/bin/python bench/bench_dask.py --corpus /tmp/cvs --make 0 --workers 2 --json out.json

Runs on one corpus (made by bench/make_corpus.py when it is there, else copies of the
data/examples résumés), all without the résumé cache:

    local       jobmatch screen CORPUS --jobs W --no-cache          one process start to exit
    dask        jobmatch screen CORPUS --engine dask --jobs W       starts and stops a LocalCluster
    dask warm   the library on a running W-worker LocalCluster whose workers have built the
                pipeline (after a warm-up run): the steady state of a long-lived cluster
    1 per task  the same with one file per task; its extra seconds over "dask warm", divided by
                the extra tasks, is the per-task overhead in context
    no-op       N empty tasks through the same submit / as_completed loop: wall / N

The CLI runs report wall time (process start to exit, so start-up, worker start and pipeline
builds included) and the tool's own --stats seconds (the screening itself). Each run is repeated
--repeat times and the fastest kept (the machine may be shared). It prints a Markdown table for
BENCHMARKS.md, says whether both engines wrote the same JSON, and writes --json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_POSTING = ROOT / "tests" / "fixtures" / "postings" / "backend_python.md"
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "jobmatch-bench" / "dask-mix1k"
EXAMPLE_SUFFIXES = {".txt", ".md", ".html", ".pdf", ".docx", ".json"}


def make_corpus(folder: Path, count: int, formats: str, seed: int) -> str:
    """Generate ``count`` résumés; returns how (for the record)."""
    generator = ROOT / "bench" / "make_corpus.py"
    if generator.exists():
        command = [
            sys.executable,
            str(generator),
            str(folder),
            "--count",
            str(count),
            "--seed",
            str(seed),
            "--formats",
            formats,
        ]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        return " ".join(["bench/make_corpus.py", str(folder), *command[3:]])
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    examples = sorted(p for p in (ROOT / "data" / "examples").iterdir() if p.suffix in EXAMPLE_SUFFIXES)
    for number in range(count):
        example = examples[number % len(examples)]
        shutil.copy(example, folder / f"resume_{number:05d}{example.suffix}")
    return f"copies of data/examples ({len(examples)} files) to {count}"


def jobmatch_command() -> list[str]:
    script = Path(sys.executable).with_name("jobmatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "jobmatch.cli"]


def run_cli(corpus: Path, posting: Path, extra: list[str], scratch: Path, label: str) -> dict[str, Any]:
    stats_file, output = scratch / f"{label}.stats.json", scratch / f"{label}.json"
    command = [
        *jobmatch_command(),
        "screen",
        str(corpus),
        "-p",
        str(posting),
        *extra,
        "--stats",
        str(stats_file),
        "-o",
        str(output),
    ]
    started = time.perf_counter()
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if finished.returncode not in (0, 4):  # 4: some files skipped, which is fine here
        raise SystemExit(f"{label}: exit {finished.returncode}\n{finished.stderr}")
    stats = json.loads(stats_file.read_text(encoding="utf-8"))
    return {
        "label": label,
        "command": " ".join(["jobmatch", *command[len(jobmatch_command()) :]]),
        "files": stats["files"],
        "wall_seconds": round(wall, 2),
        "screen_seconds": stats["seconds"],
        "skipped": stats["skipped"],
        "files_per_second_wall": round(stats["files"] / wall, 1),
        "files_per_second_screen": stats["files_per_second"],
        "output": str(output),
    }


def _noop(number: int) -> int:
    return number


def fastest(runs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    return dict(min(runs, key=lambda run: run[key]), repeats=len(runs))


def run_library(
    corpus: Path, posting: Path, workers: int, noop_tasks: int, repeat: int
) -> list[dict[str, Any]]:
    """Steady state on a running cluster: warm, one file per task, and no-op tasks."""
    from distributed import as_completed

    from jobmatch.batch import ScreenOptions, find_files
    from jobmatch.config import load_config
    from jobmatch.engines import DaskEngine, batch_size_for
    from jobmatch.extract import extract_posting

    logging.getLogger("distributed").setLevel(logging.ERROR)
    options = ScreenOptions(posting=extract_posting(posting), config=load_config(None), as_of=dt.date.today())
    paths = [str(p) for p in find_files(corpus)]

    def screen_all(label: str, batch_size: int | None) -> dict[str, Any]:
        engine.batch_size = batch_size
        size = batch_size or batch_size_for(len(paths), engine.threads)
        started = time.perf_counter()
        rows = sum(1 for _ in engine(paths, options))
        seconds = time.perf_counter() - started
        assert rows == len(paths)
        return {
            "label": label,
            "files": rows,
            "tasks": math.ceil(rows / size),
            "files_per_task": size,
            "seconds": round(seconds, 2),
            "files_per_second": round(rows / seconds, 1),
        }

    def no_op_tasks() -> dict[str, Any]:
        started = time.perf_counter()
        finished = as_completed(with_results=True)
        for number in range(noop_tasks):
            finished.add(engine.client.submit(_noop, number, pure=False))
        assert sum(1 for _ in finished) == noop_tasks
        seconds = time.perf_counter() - started
        return {
            "label": "no-op",
            "tasks": noop_tasks,
            "seconds": round(seconds, 2),
            "ms_per_task": round(1000 * seconds / noop_tasks, 2),
        }

    with DaskEngine(workers=workers) as engine:
        screen_all("warm-up", None)
        warm = fastest([screen_all("dask warm", None) for _ in range(repeat)], "seconds")
        per_file = fastest([screen_all("1 per task", 1) for _ in range(repeat)], "seconds")
        noop = fastest([no_op_tasks() for _ in range(repeat)], "seconds")
    return [warm, per_file, noop]


def same_results(first: str, second: str) -> bool:
    def load(path: str) -> dict:
        shortlist = json.loads(Path(path).read_text(encoding="utf-8"))
        shortlist.pop("stats")
        return shortlist

    return load(first) == load(second)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--make", type=int, default=1000, help="(re)generate this many files; 0: use the folder as it is"
    )
    parser.add_argument("--formats", default="txt,md,docx,pdf")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--posting", type=Path, default=DEFAULT_POSTING)
    parser.add_argument("--workers", type=int, default=2, help="local --jobs and Dask workers")
    parser.add_argument("--noop-tasks", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest is kept")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args()

    corpus_note = "existing folder"
    if args.make:
        corpus_note = make_corpus(args.corpus, args.make, args.formats, args.seed)
    load_before = " ".join(f"{load:.2f}" for load in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as scratch_dir:
        scratch = Path(scratch_dir)
        workers = str(args.workers)
        local_runs, dask_runs = [], []
        for _ in range(args.repeat):  # interleaved, so a busy spell hits both engines alike
            local_runs.append(
                run_cli(args.corpus, args.posting, ["--jobs", workers, "--no-cache"], scratch, "local")
            )
            dask_runs.append(
                run_cli(args.corpus, args.posting, ["--engine", "dask", "--jobs", workers], scratch, "dask")
            )
        local, dask = fastest(local_runs, "wall_seconds"), fastest(dask_runs, "wall_seconds")
        identical = same_results(local["output"], dask["output"])
        library = run_library(args.corpus, args.posting, args.workers, args.noop_tasks, args.repeat)

    warm, per_file, noop = library
    overhead = (per_file["seconds"] - warm["seconds"]) / max(per_file["tasks"] - warm["tasks"], 1)
    cores = os.cpu_count()
    print(
        f"corpus: {args.corpus} ({corpus_note}); Python {platform.python_version()}, "
        f"{cores} cores, fastest of {args.repeat}; load average before: {load_before}\n"
    )
    print("| run | files | wall s | screen s | files/s (wall) | files/s (screen) |")
    print("|---|---|---|---|---|---|")
    for run in (local, dask):
        print(
            f"| {run['label']} | {run['files']} | {run['wall_seconds']} | "
            f"{run['screen_seconds']} | {run['files_per_second_wall']} | "
            f"{run['files_per_second_screen']} |"
        )
    for run in (warm, per_file):
        print(
            f"| {run['label']} ({run['tasks']} tasks of {run['files_per_task']}) | "
            f"{run['files']} | – | {run['seconds']} | – | {run['files_per_second']} |"
        )
    print(
        f"\nper-task overhead: {1000 * overhead:.2f} ms in context (1 per task vs batched), "
        f"{noop['ms_per_task']} ms for a no-op task ({noop['tasks']} tasks, {noop['seconds']} s)"
    )
    print(f"per worker core (dask warm): {warm['files_per_second'] / args.workers:.1f} files/s")
    print(f"same JSON from both engines: {'yes' if identical else 'NO'}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "corpus": str(args.corpus),
                    "corpus_note": corpus_note,
                    "cores": cores,
                    "workers": args.workers,
                    "repeat": args.repeat,
                    "load_before": load_before,
                    "cli": [local, dask],
                    "library": library,
                    "per_task_overhead_ms": round(1000 * overhead, 2),
                    "same_json": identical,
                },
                indent=2,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
