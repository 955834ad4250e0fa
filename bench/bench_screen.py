"""Throughput and memory benchmark for ``jobmatch screen`` on a synthetic résumé corpus.

One preset per target in the screening issue (corpora go to /tmp/jobmatch-bench/<preset>):

    .venv/bin/python bench/bench_screen.py --preset text   # txt+md, 4,000 files, --jobs 2, cold
                                                           #   target >= 400 files/s
    .venv/bin/python bench/bench_screen.py --preset pdf    # two-page PDFs, 2,000 files, --jobs 2
                                                           #   target >= 200 files/s
    .venv/bin/python bench/bench_screen.py --preset warm   # default mix, 10,000 files: fill the
                                                           #   cache, re-screen against another
                                                           #   posting; target >= 2,000 files/s
    .venv/bin/python bench/bench_screen.py --preset rss    # default mix, 10,000 files, cold and
                                                           #   warm; target peak RSS <= 400 MB
    .venv/bin/python bench/bench_screen.py --preset all --json bench-results.json
                                                           # text, pdf and rss (which has warm)

Or spell a run out (any preset value can be overridden the same way):

    .venv/bin/python bench/bench_screen.py --corpus /tmp/corpus --make 1000 --formats txt,md \\
        --jobs 1,2 --scenarios cold,warm --json results.json
    .venv/bin/python bench/bench_screen.py --corpus /tmp/corpus-pdf --make 2000 --formats pdf \\
        --pages 2 --jobs 2 --scenarios cold
    .venv/bin/python bench/bench_screen.py --corpus /tmp/corpus          # an existing folder

--make N (re)generates the corpus with bench/make_corpus.py (--formats, --mix, --pages, --seed,
--two-column are passed on) and writes its manifest beside the folder as <corpus>.manifest.jsonl;
--make 0 screens the folder as it is (e.g. --preset rss --make 0 after a first --preset rss).

Scenarios, each run once per --jobs value:
    cold     a fresh, empty --cache-dir in a temporary directory
    warm     fill a cache with --posting (the cold run's cache is reused when cold ran too), then
             time a second run of the same folder against --warm-posting, a different posting
    nocache  --no-cache

For every run the script records the wall time it measured (process start to exit, so it
includes start-up and model loading), files/s from that, the tool's own --stats (seconds,
files/s, stage seconds, cache hits/misses), the peak RSS of the whole process tree (jobmatch plus
its workers, summed, sampled every 50 ms with psutil when it is importable, else from
/proc/<pid>/status VmRSS), the peak PSS of the tree where /proc/<pid>/smaps_rollup is readable
(shared pages split between the processes, so forked workers are not double-counted; read every
10th sample only, --pss-every, because reading it slows the measured processes down), and the
largest single-process RSS from wait4() (ru_maxrss of the jobmatch process and the children it
reaped). It prints a Markdown table for BENCHMARKS.md and writes everything to --json.
Exit status: 0 when every run succeeded, 1 when a run failed, 2 when jobmatch screen is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
POSTINGS = ROOT / "tests" / "fixtures" / "postings"
DEFAULT_POSTING = POSTINGS / "backend_python.md"
DEFAULT_WARM_POSTING = POSTINGS / "security_engineer.md"
SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm", ".json", ".markdown", ".text")
STAGES = ("load", "nlp", "match", "score", "render")
BENCH_ROOT = Path(tempfile.gettempdir()) / "jobmatch-bench"

# Targets from the screening issue.
TEXT_TARGET = 400.0  # files/s, txt/md corpus, cold, --jobs 2
PDF_TARGET = 200.0  # files/s, two-page PDF corpus, cold, --jobs 2
WARM_TARGET = 2000.0  # files/s, warm cache, different posting
RSS_TARGET_MB = 400.0  # peak RSS of the process tree for 10,000 résumés
RSS_TARGET_FILES = 10_000

PRESETS: dict[str, dict[str, Any]] = {
    "text": {"make": 4000, "formats": "txt,md", "jobs": "2", "scenarios": "cold"},
    "pdf": {"make": 2000, "formats": "pdf", "pages": 2, "jobs": "2", "scenarios": "cold"},
    "warm": {"make": 10000, "formats": "txt,md,docx,pdf", "jobs": "2", "scenarios": "warm"},
    "rss": {"make": 10000, "formats": "txt,md,docx,pdf", "jobs": "2", "scenarios": "cold,warm"},
}
PRESET_CORPUS = {"text": "text", "pdf": "pdf2", "warm": "mix10k", "rss": "mix10k"}


# --------------------------------------------------------------------------------------------
# Process-tree memory sampling
# --------------------------------------------------------------------------------------------


def _read_kb(path: str, key: str) -> int | None:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _proc_children(pid: int) -> list[int]:
    """Direct children of PID from /proc/<pid>/task/*/children, else by scanning /proc."""
    task_dir = f"/proc/{pid}/task"
    children: list[int] = []
    try:
        tids = os.listdir(task_dir)
    except OSError:
        return children
    found_file = False
    for tid in tids:
        try:
            with open(f"{task_dir}/{tid}/children", encoding="ascii") as handle:
                found_file = True
                children.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    if found_file:
        return children
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[1] == str(pid):
            children.append(int(entry))
    return children


def _proc_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(_proc_children(current))
    return tree


class TreeSampler(threading.Thread):
    """Polls the summed RSS (and PSS) of a process and all its descendants; keeps the maxima."""

    def __init__(self, pid: int, interval: float = 0.05, pss_every: int = 10, method: str = "auto") -> None:
        """RSS every ``interval`` seconds; PSS every ``pss_every``-th sample (0: never), because
        reading smaps_rollup walks every page table of the process: about 3 ms of CPU per process,
        which at every 50 ms sample took 15% of a core from the run being measured."""
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.pss_every = pss_every
        self.want_pss = pss_every > 0 and os.path.exists(f"/proc/{pid}/smaps_rollup")
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_processes = 0
        self.samples = 0
        self.method = "proc"
        self._stop_event = threading.Event()
        self._psutil: Any = None
        if method != "proc":
            try:
                import psutil

                self._psutil = psutil
                self.method = "psutil"
            except ImportError:
                if method == "psutil":
                    raise SystemExit("--sampler psutil: psutil is not importable") from None

    def _pids(self) -> list[int]:
        if self._psutil is not None:
            try:
                root = self._psutil.Process(self.pid)
                return [root.pid] + [child.pid for child in root.children(recursive=True)]
            except self._psutil.Error:
                return []
        return _proc_tree(self.pid)

    def _rss_kb(self, pid: int) -> int:
        if self._psutil is not None:
            try:
                return int(self._psutil.Process(pid).memory_info().rss // 1024)
            except self._psutil.Error:
                return 0
        return _read_kb(f"/proc/{pid}/status", "VmRSS:") or 0

    def sample(self) -> None:
        pids = self._pids()
        rss = sum(self._rss_kb(pid) for pid in pids)
        self.peak_rss_kb = max(self.peak_rss_kb, rss)
        if self.want_pss and self.samples % self.pss_every == 0:
            pss = sum(_read_kb(f"/proc/{pid}/smaps_rollup", "Pss:") or 0 for pid in pids)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
        self.peak_processes = max(self.peak_processes, len(pids))
        self.samples += 1

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


# --------------------------------------------------------------------------------------------
# Runs
# --------------------------------------------------------------------------------------------


@dataclass
class Run:
    scenario: str
    corpus: str
    mix: str
    jobs: int
    posting: str
    files: int = 0
    scored: int = 0
    skipped: int = 0
    wall_seconds: float = 0.0
    files_per_second: float = 0.0
    tool_seconds: float | None = None
    tool_files_per_second: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    cache_hits: int | None = None
    cache_misses: int | None = None
    peak_rss_mb: float = 0.0
    peak_pss_mb: float | None = None
    max_process_rss_mb: float = 0.0
    peak_processes: int = 0
    samples: int = 0
    sampler: str = ""
    exit_code: int = 0
    ok: bool = True
    error: str = ""
    stderr_tail: list[str] = field(default_factory=list)
    command: list[str] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)


def run_screen(
    command: list[str], workdir: Path, interval: float, method: str, pss_every: int = 10
) -> dict[str, Any]:
    """Run one jobmatch command, sampling the tree's memory; returns the raw measurements."""
    stdout_path, stderr_path = workdir / "stdout.txt", workdir / "stderr.txt"
    env = dict(os.environ, COLUMNS="120", NO_COLOR="1")
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        sampler = TreeSampler(process.pid, interval, pss_every=pss_every, method=method)
        sampler.sample()
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "wall": wall,
        "exit_code": process.returncode,
        "peak_rss_kb": sampler.peak_rss_kb,
        "peak_pss_kb": sampler.peak_pss_kb if sampler.want_pss else None,
        "ru_maxrss_kb": usage.ru_maxrss,
        "peak_processes": sampler.peak_processes,
        "samples": sampler.samples,
        "sampler": sampler.method,
        "stderr": stderr_path.read_text(encoding="utf-8", errors="replace"),
    }


def screen_once(
    args: argparse.Namespace,
    base: list[str],
    corpus: Path,
    mix: str,
    scenario: str,
    jobs: int,
    posting: Path,
    cache: Path | None,
    workdir: Path,
) -> Run:
    workdir.mkdir(parents=True, exist_ok=True)
    stats_path = workdir / "stats.json"
    command = [
        *base,
        "screen",
        str(corpus),
        "--posting",
        str(posting),
        "--jobs",
        str(jobs),
        "--stats",
        str(stats_path),
        "--top",
        str(args.top),
    ]
    command += ["--cache-dir", str(cache)] if cache is not None else ["--no-cache"]
    if args.shortlist != "none":
        command += ["--output", str(workdir / f"shortlist.{args.shortlist}")]
    command += shlex.split(args.extra_args or "")
    run = Run(
        scenario=scenario, corpus=str(corpus), mix=mix, jobs=jobs, posting=posting.name, command=command
    )
    print(f"  {scenario:<9} jobs={jobs} posting={posting.name} ...", end="", flush=True, file=sys.stderr)
    raw = run_screen(command, workdir, args.sample_ms / 1000, args.sampler, args.pss_every)
    run.wall_seconds = round(raw["wall"], 3)
    run.exit_code = raw["exit_code"]
    run.peak_rss_mb = round(raw["peak_rss_kb"] / 1024, 1)
    run.peak_pss_mb = round(raw["peak_pss_kb"] / 1024, 1) if raw["peak_pss_kb"] else None
    run.max_process_rss_mb = round(raw["ru_maxrss_kb"] / 1024, 1)
    run.peak_processes, run.samples, run.sampler = (raw["peak_processes"], raw["samples"], raw["sampler"])
    stats: dict[str, Any] = {}
    if stats_path.exists():
        try:
            stats = json.loads(stats_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            run.error = f"unreadable --stats file: {error}"
    run.files = int(stats.get("files", 0))
    run.scored = int(stats.get("scored", 0))
    run.skipped = int(stats.get("skipped", 0))
    run.tool_seconds = stats.get("seconds")
    run.tool_files_per_second = stats.get("files_per_second")
    run.stage_seconds = {k: float(v) for k, v in (stats.get("stage_seconds") or {}).items()}
    cache_stats = stats.get("cache") or {}
    run.cache_hits, run.cache_misses = cache_stats.get("hits"), cache_stats.get("misses")
    run.files_per_second = round(run.files / run.wall_seconds, 1) if run.wall_seconds else 0.0
    # 0: all scored; 4: some files skipped (they are counted, not fatal)
    lines = [line.strip() for line in raw["stderr"].splitlines() if line.strip()]
    run.stderr_tail = lines[-20:]  # warnings (e.g. cache read failures) are worth keeping
    if run.exit_code not in (0, 4) or not stats:
        run.ok = False
        run.error = run.error or f"exit {run.exit_code}: {lines[-1] if lines else 'no output'}"
    print(
        f" {run.wall_seconds:.1f}s, {run.files_per_second:.0f} files/s, "
        f"peak RSS {run.peak_rss_mb:.0f} MB" + ("" if run.ok else f"  FAILED: {run.error}"),
        file=sys.stderr,
    )
    if run.ok and scenario == "warm" and (run.cache_hits or 0) < run.scored:
        print(
            f"    note: only {run.cache_hits} cache hits for {run.scored} scored files; "
            f"last stderr line: {lines[-1] if lines else '-'}",
            file=sys.stderr,
        )
    return run


# --------------------------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------------------------


def manifest_path(corpus: Path) -> Path:
    return corpus.parent / f"{corpus.name}.manifest.jsonl"


def make_corpus(args: argparse.Namespace, corpus: Path) -> str:
    command = [
        sys.executable,
        str(Path(__file__).with_name("make_corpus.py")),
        str(corpus),
        "--count",
        str(args.make),
        "--seed",
        str(args.seed),
        "--formats",
        args.formats,
        "--manifest",
        str(manifest_path(corpus)),
    ]
    if args.mix:
        command += ["--mix", args.mix]
    if args.pages:
        command += ["--pages", str(args.pages)]
    if args.two_column is not None:
        command += ["--two-column", str(args.two_column)]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise SystemExit(f"make_corpus.py failed:\n{completed.stderr}")
    return completed.stdout.strip()


def describe_corpus(corpus: Path) -> tuple[str, dict[str, Any]]:
    """A short label ('txt 40% · md 20% · ...', plus pages when a manifest says) and details."""
    counts: Counter[str] = Counter()
    for path in corpus.rglob("*"):
        if path.is_file() and path.suffix.lower() in SUFFIXES:
            counts[path.suffix.lower().lstrip(".")] += 1
    total = sum(counts.values())
    pages: Counter[int] = Counter()
    two_column = 0
    manifest = manifest_path(corpus)
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                pages[int(record["pages"])] += 1
                two_column += record.get("layout") == "two-column"
        if sum(pages.values()) != total:
            pages.clear()  # the manifest is from another generation of this folder
    order = ["txt", "md", "docx", "pdf"]
    keys = sorted(counts, key=lambda k: (order.index(k) if k in order else 9, k))
    if len(keys) <= 1:
        label = keys[0] if keys else "-"
    else:  # "txt/md/docx/pdf 40/20/20/20%"
        shares = "/".join(f"{100 * counts[k] / total:.0f}" for k in keys)
        label = "/".join(keys) + f" {shares}%"
    if len(pages) == 1:
        label += f", {next(iter(pages))} pp"
    details = {
        "path": str(corpus),
        "files": total,
        "formats": dict(counts),
        "pages": {str(k): v for k, v in sorted(pages.items())},
        "two_column_pdfs": two_column if pages else None,
    }
    return label, details


# --------------------------------------------------------------------------------------------
# Targets and the table
# --------------------------------------------------------------------------------------------


def check_targets(run: Run, details: dict[str, Any]) -> None:
    formats = set(details["formats"])
    if run.scenario == "cold" and run.jobs == 2 and formats and formats <= {"txt", "md"}:
        run.targets.append(
            {
                "target": f">= {TEXT_TARGET:.0f} files/s (txt/md, --jobs 2)",
                "value": run.files_per_second,
                "pass": run.files_per_second >= TEXT_TARGET,
            }
        )
    if run.scenario == "cold" and run.jobs == 2 and formats == {"pdf"}:
        two_page = details["pages"] == {"2": details["files"]}
        run.targets.append(
            {
                "target": f">= {PDF_TARGET:.0f} files/s (PDF, --jobs 2"
                + (", 2 pp)" if two_page else "; corpus is not all 2-page)"),
                "value": run.files_per_second,
                "pass": run.files_per_second >= PDF_TARGET,
            }
        )
    if run.scenario == "warm":
        run.targets.append(
            {
                "target": f">= {WARM_TARGET:.0f} files/s (warm, other posting)",
                "value": run.files_per_second,
                "pass": run.files_per_second >= WARM_TARGET,
            }
        )
    if run.files >= RSS_TARGET_FILES:
        run.targets.append(
            {
                "target": f"peak RSS <= {RSS_TARGET_MB:.0f} MB ({run.files} files)",
                "value": run.peak_rss_mb,
                "pass": run.peak_rss_mb <= RSS_TARGET_MB,
            }
        )


def stage_text(stages: dict[str, float]) -> str:
    if not stages:
        return "-"
    names = [s for s in STAGES if s in stages] + [s for s in stages if s not in STAGES]
    return " · ".join(f"{name} {stages[name]:.1f}" for name in names)


def markdown_table(runs: list[Run]) -> str:
    header = [
        "scenario",
        "format mix",
        "files",
        "jobs",
        "seconds",
        "files/s",
        "tool files/s",
        "peak RSS MB",
        "peak PSS MB",
        "max proc MB",
        "cache hits",
        "stage split (s)",
        "target",
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * 3 + ["--:"] * 8 + ["---"] * 2) + "|"]
    for run in runs:
        targets = "; ".join(f"{t['target']}: {'PASS' if t['pass'] else 'FAIL'}" for t in run.targets) or "-"
        if not run.ok:
            targets = f"run failed ({run.error[:60]})"
        hits = "-" if run.cache_hits is None else f"{run.cache_hits}/{run.files}"
        tool_fps = "-" if run.tool_files_per_second is None else f"{run.tool_files_per_second:.0f}"
        pss = "-" if run.peak_pss_mb is None else f"{run.peak_pss_mb:.0f}"
        cells = [
            run.scenario,
            run.mix,
            str(run.files),
            str(run.jobs),
            f"{run.wall_seconds:.1f}",
            f"{run.files_per_second:.0f}",
            tool_fps,
            f"{run.peak_rss_mb:.0f}",
            pss,
            f"{run.max_process_rss_mb:.0f}",
            hits,
            stage_text(run.stage_seconds),
            targets,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def find_jobmatch(value: str | None) -> list[str]:
    if value:
        return shlex.split(value)
    sibling = Path(sys.executable).with_name("jobmatch")
    if sibling.exists():
        return [str(sibling)]
    found = shutil.which("jobmatch")
    return [found] if found else [sys.executable, "-m", "jobmatch.cli"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--preset",
        choices=[*PRESETS, "all"],
        help="a target from the issue (see above); other options override it",
    )
    parser.add_argument("--corpus", type=Path, help="folder of résumés to screen")
    parser.add_argument(
        "--make",
        type=int,
        metavar="N",
        help="(re)generate the corpus with N résumés first (0: use the folder "
        "as it is, also with a --preset)",
    )
    parser.add_argument("--formats", help="formats for --make (default txt,md,docx,pdf)")
    parser.add_argument("--mix", help="format shares for --make, e.g. txt=0.4,md=0.2,...")
    parser.add_argument("--pages", type=int, choices=(1, 2, 3), help="pages per résumé for --make")
    parser.add_argument("--two-column", type=float, help="share of two-column PDFs for --make")
    parser.add_argument("--seed", type=int, default=1, help="seed for --make (default 1)")
    parser.add_argument(
        "--posting",
        type=Path,
        default=DEFAULT_POSTING,
        help=f"posting for cold runs and cache filling (default {DEFAULT_POSTING.relative_to(ROOT)})",
    )
    parser.add_argument(
        "--warm-posting",
        type=Path,
        default=DEFAULT_WARM_POSTING,
        help=f"the different posting timed in the warm scenario "
        f"(default {DEFAULT_WARM_POSTING.relative_to(ROOT)})",
    )
    parser.add_argument("--jobs", help="comma-separated --jobs values (default 1,2)")
    parser.add_argument("--scenarios", help="comma-separated: cold, warm, nocache (default cold,warm)")
    parser.add_argument("--top", type=int, default=20, help="--top passed to screen (default 20)")
    parser.add_argument(
        "--shortlist",
        default="csv",
        choices=["csv", "json", "md", "html", "none"],
        help="write the shortlist in this format with --output (default csv)",
    )
    parser.add_argument("--extra-args", help="more arguments for jobmatch screen, e.g. '--as-of 2026-09-01'")
    parser.add_argument(
        "--jobmatch", help="the jobmatch command (default: the one beside this Python, else on PATH)"
    )
    parser.add_argument(
        "--sample-ms", type=float, default=50.0, help="memory sampling interval in ms (default 50)"
    )
    parser.add_argument(
        "--pss-every",
        type=int,
        default=10,
        help="read PSS every Nth sample (default 10; 0: never). Reading it costs the measured "
        "processes CPU time, so sampling it every time slows the run down by about a third",
    )
    parser.add_argument(
        "--sampler",
        choices=["auto", "psutil", "proc"],
        default="auto",
        help="how to read RSS: psutil if importable (auto), or /proc",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary cache and output")
    parser.add_argument("--json", type=Path, help="write all measurements here")
    return parser.parse_args(argv)


def plan(args: argparse.Namespace) -> list[argparse.Namespace]:
    """One namespace per benchmark to run: the preset(s) filled in under explicit options."""
    if args.preset == "all" and args.corpus is not None:
        raise SystemExit("--preset all uses one corpus per preset; drop --corpus")
    # "rss" runs cold and warm on the 10,000-file corpus, so "all" needs no separate "warm"
    names = ["text", "pdf", "rss"] if args.preset == "all" else [args.preset] if args.preset else [None]
    explicit = {k: v for k, v in vars(args).items() if v is not None}
    configs = []
    made: set[str] = set()
    for name in names:
        config = argparse.Namespace(**vars(args))
        for key, value in (PRESETS[name] if name else {}).items():
            if key not in explicit:
                setattr(config, key, value)
        config.preset = name
        if config.corpus is None:
            if name is None:
                raise SystemExit("--corpus is required without --preset")
            config.corpus = BENCH_ROOT / PRESET_CORPUS[name]
        if name and PRESET_CORPUS[name] in made and "make" not in explicit:
            config.make = None  # "warm" and "rss" share one 10,000-file corpus
        made.add(PRESET_CORPUS[name] if name else str(config.corpus))
        config.formats = config.formats or "txt,md,docx,pdf"
        config.jobs = config.jobs or "1,2"
        config.scenarios = config.scenarios or "cold,warm"
        configs.append(config)
    return configs


def bench(config: argparse.Namespace, base: list[str], tmp_root: Path) -> dict[str, Any]:
    corpus: Path = config.corpus
    generated = None
    if config.make:
        print(f"generating {config.make} résumés into {corpus} ...", file=sys.stderr)
        generated = make_corpus(config, corpus)
        print(f"  {generated}", file=sys.stderr)
    if not corpus.is_dir():
        raise SystemExit(f"no corpus folder {corpus} (use --make N to generate one)")
    mix, details = describe_corpus(corpus)
    jobs_values = [int(j) for j in str(config.jobs).split(",") if j.strip()]
    scenarios = [s.strip() for s in str(config.scenarios).split(",") if s.strip()]
    unknown = set(scenarios) - {"cold", "warm", "nocache"}
    if unknown:
        raise SystemExit(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    for posting in (config.posting, config.warm_posting):
        if not posting.exists():
            raise SystemExit(f"no posting {posting}")
    if "warm" in scenarios and config.posting.resolve() == config.warm_posting.resolve():
        raise SystemExit("--warm-posting must differ from --posting")
    label = config.preset or corpus.name
    print(f"[{label}] {corpus}: {details['files']} files ({mix})", file=sys.stderr)
    runs: list[Run] = []
    for jobs in jobs_values:
        workdir = tmp_root / f"{label}-jobs{jobs}"
        cache = workdir / "cache"
        filled = False
        if "cold" in scenarios:
            runs.append(
                screen_once(config, base, corpus, mix, "cold", jobs, config.posting, cache, workdir / "cold")
            )
            filled = runs[-1].ok
        if "warm" in scenarios:
            if not filled:
                runs.append(
                    screen_once(
                        config, base, corpus, mix, "warm-fill", jobs, config.posting, cache, workdir / "fill"
                    )
                )
                filled = runs[-1].ok
            if filled:
                runs.append(
                    screen_once(
                        config, base, corpus, mix, "warm", jobs, config.warm_posting, cache, workdir / "warm"
                    )
                )
        if "nocache" in scenarios:
            runs.append(
                screen_once(
                    config, base, corpus, mix, "nocache", jobs, config.posting, None, workdir / "nocache"
                )
            )
        if not config.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    for run in runs:
        check_targets(run, details)
    return {"preset": config.preset, "corpus": details, "mix": mix, "generated": generated, "runs": runs}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    configs = plan(args)
    base = find_jobmatch(args.jobmatch)
    probe = subprocess.run([*base, "screen", "--help"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        print(
            f"`{' '.join(base)} screen` is not available yet (exit {probe.returncode}); "
            "nothing to benchmark.",
            file=sys.stderr,
        )
        return 2
    tmp_root = Path(tempfile.mkdtemp(prefix="jobmatch-bench-"))
    results = []
    try:
        for config in configs:
            results.append(bench(config, base, tmp_root))
    finally:
        if not args.keep:
            shutil.rmtree(tmp_root, ignore_errors=True)
        else:
            print(f"kept caches and outputs under {tmp_root}", file=sys.stderr)
    runs = [run for result in results for run in result["runs"]]
    machine = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"\njobmatch screen benchmark — {machine['cpus']} CPUs, {machine['platform']}, "
        f"Python {machine['python']}; wall-clock seconds include start-up; RSS summed over "
        f"the process tree ({runs[0].sampler if runs else '-'} sampling every "
        f"{args.sample_ms:.0f} ms)\n"
    )
    print(markdown_table(runs))
    if args.json:
        payload = {
            "machine": machine,
            "jobmatch": base,
            "sample_ms": args.sample_ms,
            "pss_every": args.pss_every,
            "ru_maxrss_children_kb": children.ru_maxrss,  # max over every child of this script
            "benchmarks": [
                {**{k: v for k, v in r.items() if k != "runs"}, "runs": [asdict(run) for run in r["runs"]]}
                for r in results
            ],
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}", file=sys.stderr)
    return 0 if all(run.ok for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
