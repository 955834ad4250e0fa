"""What hostile files cost ``jobmatch screen``: a 1,000-file folder with 5% hostile files.

    .venv/bin/python bench/bench_hostile.py                 # make the folders, then measure
    .venv/bin/python bench/bench_hostile.py --rounds 3 --json bench-hostile.json

The folder (under /tmp/jobmatch-bench/hostile) holds 950 ordinary résumés from
bench/make_corpus.py (40% txt, 20% md, 20% DOCX, 20% PDF) and 50 hostile files: every kind of
tests/hostile_corpus.py once at test size (35 entries: 30k-character lines, a 1 MB JSON string, a
DOCX of 70,000 paragraphs, a PDF whose content inflates to 20 MB, a FIFO, a link to /dev/zero,
link loops, a folder 1,100 deep, names that are formulas or Markdown ...) and the 15 kinds that
take parsing work again at three times that size. The same 950 résumés alone are the floor.

Each round screens the ordinary folder, then the mixed one (cold cache, ``--jobs 2``), alternating
so that the machine's drift hits both alike. For every run it records the wall time, the tool's
in-run seconds, and the peak RSS of every process of the run (jobmatch and each worker, sampled
every 50 ms from /proc) and of all of them together. The figures:

    ordinary cost  in-run seconds of the ordinary folder / 950
    hostile cost   (in-run seconds of the mixed folder - of the ordinary one) / 50
    target         hostile cost <= 2 x ordinary cost; peak RSS of the whole run < 600 MB

Exit status 0 when both targets are met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the hostile kinds are defined once, for the tests

BENCH = Path(tempfile.gettempdir()) / "jobmatch-bench" / "hostile"
ORDINARY, HOSTILE = 950, 50
HEAVY = (  # the kinds made again at three times the size, to make up 50 hostile files
    "long_line.txt",
    "long_email_run.txt",
    "location_run.txt",
    "parens.txt",
    "comments.html",
    "end_tags.html",
    "huge_string.json",
    "words.json",
    "many_elements.docx",
    "content_bomb.pdf",
    "styles_run.docx",
    "deep_array.json",
    "deep_nesting.docx",
    "big_int.json",
    "surrogates.json",
)
COST_RATIO_TARGET = 2.0
RSS_TARGET_MB = 600.0


def make_folders(make_corpus_workers: int) -> tuple[Path, Path]:
    """BENCH/ordinary (950 résumés) and BENCH/mixed (the same 950 plus 50 hostile files)."""
    from hostile_corpus import build, remove_tree

    ordinary, mixed = BENCH / "ordinary", BENCH / "mixed"
    remove_tree(BENCH)
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "make_corpus.py"),
            str(ordinary),
            "--count",
            str(ORDINARY),
            "--workers",
            str(make_corpus_workers),
        ],
        check=True,
    )
    shutil.copytree(ordinary, mixed)
    made = build(mixed / "hostile")
    again = build(BENCH / "heavy", scale=3, deep=0, specials=False)
    for name in again:
        source = BENCH / "heavy" / name
        if name in HEAVY:
            source.rename(mixed / "hostile" / f"x3_{name}")
    shutil.rmtree(BENCH / "heavy")
    hostile = len(made) + len(HEAVY)
    assert hostile == HOSTILE, f"{hostile} hostile files, not {HOSTILE}"
    return ordinary, mixed


class Sampler(threading.Thread):
    """Peak RSS of each process under ``pid`` and of all of them at once, from /proc."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peaks: dict[int, tuple[float, str]] = {}  # pid -> (MB, what it is)
        self.peak_total_mb = 0.0
        self._stop_event = threading.Event()

    def _tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            current = todo.pop()
            pids.append(current)
            try:
                for task in os.listdir(f"/proc/{current}/task"):
                    with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                        todo.extend(int(child) for child in handle.read().split())
            except OSError:
                continue
        return pids

    @staticmethod
    def _rss_mb(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    @staticmethod
    def _what(pid: int) -> str:
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                words = handle.read().split(b"\0")
        except OSError:
            return "?"
        text = " ".join(w.decode(errors="replace") for w in words[:4] if w)
        return text[-60:]

    def sample(self) -> None:
        total = 0.0
        for pid in self._tree():
            rss = self._rss_mb(pid)
            total += rss
            if rss > self.peaks.get(pid, (0.0, ""))[0]:
                self.peaks[pid] = (rss, self.peaks.get(pid, (0.0, self._what(pid)))[1] or self._what(pid))
        self.peak_total_mb = max(self.peak_total_mb, total)

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def screen(folder: Path, jobmatch: str, workdir: Path) -> dict:
    workdir.mkdir(parents=True, exist_ok=True)
    cache = workdir / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    stats = workdir / "stats.json"
    command = [
        jobmatch,
        "screen",
        str(folder),
        "--jobs",
        "2",
        "--cache-dir",
        str(cache),
        "--stats",
        str(stats),
        "-o",
        str(workdir / "shortlist.json"),
    ]
    started = time.perf_counter()
    with (workdir / "stderr.txt").open("wb") as err:
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=err, env={**os.environ, "NO_COLOR": "1"}
        )
        sampler = Sampler(process.pid)
        sampler.start()
        process.wait()
        wall = time.perf_counter() - started
        sampler.stop()
    figures = json.loads(stats.read_text(encoding="utf-8"))
    return {
        "command": command,
        "exit_code": process.returncode,
        "wall_seconds": round(wall, 2),
        "in_run_seconds": figures["seconds"],
        "files": figures["files"],
        "scored": figures["scored"],
        "skipped": figures["skipped"],
        "peak_rss_total_mb": round(sampler.peak_total_mb, 1),
        "peak_rss_by_process_mb": sorted(
            ((round(mb, 1), what) for mb, what in sampler.peaks.values()), reverse=True
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobmatch", default=str(ROOT / ".venv" / "bin" / "jobmatch"))
    parser.add_argument("--rounds", type=int, default=2, help="ordinary/mixed pairs, alternating")
    parser.add_argument("--make", choices=("yes", "no"), default="yes", help="no: reuse the folders")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    args = parser.parse_args()
    ordinary, mixed = (
        make_folders(os.cpu_count() or 1) if args.make == "yes" else (BENCH / "ordinary", BENCH / "mixed")
    )
    runs: dict[str, list[dict]] = {"ordinary": [], "mixed": []}
    for round_number in range(args.rounds):
        for name, folder in (("ordinary", ordinary), ("mixed", mixed)):
            run = screen(folder, args.jobmatch, BENCH / "runs" / f"{name}-{round_number}")
            runs[name].append(run)
            print(
                f"round {round_number + 1} {name:8s} files {run['files']:5d} skipped {run['skipped']:3d} "
                f"exit {run['exit_code']} wall {run['wall_seconds']:6.1f} s "
                f"in-run {run['in_run_seconds']:6.1f} s "
                f"peak RSS {run['peak_rss_total_mb']:6.1f} MB",
                flush=True,
            )
    floor = statistics.median(r["in_run_seconds"] for r in runs["ordinary"])
    mixed_seconds = statistics.median(r["in_run_seconds"] for r in runs["mixed"])
    ordinary_cost = floor / ORDINARY
    hostile_cost = max(0.0, mixed_seconds - floor) / HOSTILE
    ratio = hostile_cost / ordinary_cost
    peak = max(r["peak_rss_total_mb"] for r in runs["mixed"] + runs["ordinary"])
    largest = max((p for r in runs["mixed"] for p in r["peak_rss_by_process_mb"]), key=lambda p: p[0])
    summary = {
        "ordinary_ms_per_file": round(1000 * ordinary_cost, 2),
        "hostile_ms_per_file": round(1000 * hostile_cost, 2),
        "hostile_to_ordinary": round(ratio, 2),
        "peak_rss_whole_run_mb": peak,
        "largest_process": largest,
        "cost_target_met": ratio <= COST_RATIO_TARGET,
        "rss_target_met": peak < RSS_TARGET_MB,
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "runs": runs}, indent=2), encoding="utf-8")
    return 0 if summary["cost_target_met"] and summary["rss_target_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
