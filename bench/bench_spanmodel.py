"""Cost of the skill-span model: size on disk, load time, lines per second, and what it adds
to ``jobmatch extract`` of a one-page posting.

Every figure is given beside a floor measured in the same run, because this machine's speed
drifts: for load time and per-line cost the floor is ``spacy.blank("en")`` plus a PhraseMatcher
of the taxonomy's aliases over the same lines; for ``extract`` it is the same command without
the model. Load time is measured after jobmatch's pipeline is built, as in ``extract``
(the model shares its vocabulary and tokenizer). The lines are the requirement lines of the
postings shipped with the project
(``data/examples/postings``, ``tests/fixtures/postings``, ``seeds``), as ``jobmatch extract``
finds them. Each timing is the median of ``--repeat`` runs, alternating the variants (for ``extract``
the fastest run of each is given too: on a shared machine it is the least disturbed).

    python bench/bench_spanmodel.py [--repeat 7] [--json out.json] [--compare OTHER_MODEL_DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTING_DIRS = [
    ROOT / "data" / "examples" / "postings",
    ROOT / "tests" / "fixtures" / "postings",
    ROOT / "seeds",
]
ONE_PAGE = ROOT / "tests" / "fixtures" / "postings" / "backend_python.md"

# Run in a fresh interpreter: the time from start to the end of the work, in seconds.
EXTRACT = """
import io, json, sys, time
from contextlib import redirect_stdout
from jobmatch.cli import app
out = io.StringIO()
with redirect_stdout(out):
    try:
        app(["extract", sys.argv[1], "-f", "json"], standalone_mode=False)
    except SystemExit:
        pass
if sys.argv[2] == "model":
    from jobmatch.spanmodel import predict_spans
    posting = json.loads(out.getvalue())
    predict_spans([r["text"] for bucket in ("minimum", "preferred") for r in posting[bucket]])
"""
# In one process, as extract will run it: the CPU time of extract, then of loading the model and
# reading the posting's requirement lines (CPU time is the figure least moved by a busy machine).
ADDED = """
import io, json, sys, time
from contextlib import redirect_stdout
from jobmatch.cli import app
out = io.StringIO()
started = time.process_time()
with redirect_stdout(out):
    try:
        app(["extract", sys.argv[1], "-f", "json"], standalone_mode=False)
    except SystemExit:
        pass
extracted = time.process_time()
from jobmatch.spanmodel import predict_spans
posting = json.loads(out.getvalue())
predict_spans([r["text"] for bucket in ("minimum", "preferred") for r in posting[bucket]])
print(extracted - started, time.process_time() - extracted)
"""
LOAD = """
import sys, time
import spacy
from jobmatch.pipeline import get_pipeline
get_pipeline()  # what extract has built before it reads the requirement lines
started = time.perf_counter()
if sys.argv[1] == "model":
    from jobmatch.spanmodel import load_span_model
    load_span_model()
else:
    from spacy.matcher import PhraseMatcher
    from jobmatch.taxonomy import load_taxonomy
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    aliases = {alias for skill in load_taxonomy().skills.values() for alias in skill.plain_aliases}
    matcher.add("SKILL", [nlp.make_doc(alias) for alias in sorted(aliases)])
print(time.perf_counter() - started)
"""


def requirement_lines() -> list[str]:
    """The minimum and preferred requirement lines of every shipped posting."""
    lines = []
    for folder in POSTING_DIRS:
        for path in sorted(folder.iterdir()):
            if path.suffix not in {".txt", ".md", ".html", ".pdf", ".docx"}:
                continue
            completed = subprocess.run(
                [sys.executable, "-m", "jobmatch", "extract", str(path), "-f", "json"],
                capture_output=True,
                text=True,
                check=True,
            )
            posting = json.loads(completed.stdout)
            lines += [r["text"] for bucket in ("minimum", "preferred") for r in posting[bucket]]
    return lines


def wall(code: str, *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - started


def per_line(lines: list[str], repeat: int) -> dict[str, float]:
    """Lines per second of the model and of the floor, both warm, on the same lines."""
    import spacy
    from spacy.matcher import PhraseMatcher

    from jobmatch.spanmodel import load_span_model, predict_spans
    from jobmatch.taxonomy import load_taxonomy

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    aliases = {alias for skill in load_taxonomy().skills.values() for alias in skill.plain_aliases}
    matcher.add("SKILL", [nlp.make_doc(alias) for alias in sorted(aliases)])
    load_span_model()
    predict_spans(lines[:50])  # warm up

    def floor() -> None:
        for doc in nlp.pipe(lines):
            matcher(doc)

    timings: dict[str, list[float]] = {"model": [], "floor": []}
    for _ in range(repeat):
        for name, work in (("model", lambda: predict_spans(lines)), ("floor", floor)):
            started = time.perf_counter()
            work()
            timings[name].append(time.perf_counter() - started)
    return {name: len(lines) / statistics.median(times) for name, times in timings.items()}


def cpu_per_line(lines: list[str], other: Path, repeat: int) -> dict[str, float]:
    """CPU milliseconds a line of the shipped model and of the model in ``other`` (another version,
    e.g. ``git archive`` of an older commit), warm, on the same lines, alternating: what a change
    of the model's heads costs, beside itself rather than beside a floor."""
    import jobmatch.spanmodel as spanmodel

    shipped = spanmodel.MODEL_DIR
    timings: dict[str, list[float]] = {"model": [], "other": []}
    try:
        for _ in range(repeat):
            for name, directory in (("model", shipped), ("other", other)):
                spanmodel.MODEL_DIR = directory
                spanmodel.load_span_model.cache_clear()
                spanmodel.predict_spans(lines[:50])  # load and warm up, not timed
                started = time.process_time()
                spanmodel.predict_spans(lines)
                timings[name].append(time.process_time() - started)
    finally:
        spanmodel.MODEL_DIR = shipped
        spanmodel.load_span_model.cache_clear()
    return {name: 1000 * statistics.median(times) / len(lines) for name, times in timings.items()}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--compare", type=Path, metavar="MODEL_DIR", help="also CPU per line of this other model"
    )
    args = parser.parse_args()

    from jobmatch.spanmodel import MODEL_DIR

    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    lines = requirement_lines()
    posting = json.loads(
        subprocess.run(
            [sys.executable, "-m", "jobmatch", "extract", str(ONE_PAGE), "-f", "json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    one_page_lines = sum(len(posting[bucket]) for bucket in ("minimum", "preferred"))

    loads: dict[str, list[float]] = {"model": [], "floor": []}
    extracts: dict[str, list[float]] = {"model": [], "floor": []}
    for _ in range(args.repeat):
        for variant in ("model", "floor"):
            out = subprocess.run(
                [sys.executable, "-c", LOAD, variant], check=True, capture_output=True, text=True
            ).stdout
            loads[variant].append(float(out))
            extracts[variant].append(wall(EXTRACT, str(ONE_PAGE), variant))
    added = [
        [
            float(x)
            for x in subprocess.run(
                [sys.executable, "-c", ADDED, str(ONE_PAGE)], check=True, capture_output=True, text=True
            ).stdout.split()
        ]
        for _ in range(args.repeat)
    ]
    rates = per_line(lines * 5, args.repeat)

    results = {
        "machine": {"nproc": os.cpu_count(), "cpu": cpu_model(), "python": platform.python_version()},
        "model_size_mb": round(size / 1e6, 2),
        "load_s": {v: round(statistics.median(loads[v]), 3) for v in loads},
        "lines": len(lines) * 5,
        "lines_per_s": {v: round(r) for v, r in rates.items()},
        "extract_one_page_s": {v: round(statistics.median(t), 3) for v, t in extracts.items()},
        "extract_one_page_min_s": {v: round(min(t), 3) for v, t in extracts.items()},
        "one_page_requirement_lines": one_page_lines,
    }
    results["extract_cpu_s"] = round(statistics.median(a[0] for a in added), 3)
    results["model_cpu_s"] = round(statistics.median(a[1] for a in added), 3)
    results["extract_added_s"] = round(
        results["extract_one_page_s"]["model"] - results["extract_one_page_s"]["floor"], 3
    )
    m, f = results["load_s"]["model"], results["load_s"]["floor"]
    print(f"machine: {results['machine']}")
    print(f"model size on disk: {results['model_size_mb']} MB")
    print(
        f"load: model {m:.3f} s, floor (blank + PhraseMatcher of the taxonomy's aliases) {f:.3f} s, "
        f"ratio {m / f:.2f}"
    )
    lm, lf = results["lines_per_s"]["model"], results["lines_per_s"]["floor"]
    print(
        f"per line ({results['lines']} lines): model {lm} lines/s, floor {lf} lines/s, "
        f"cost ratio {lf / lm:.1f}"
    )
    em, ef = results["extract_one_page_s"]["model"], results["extract_one_page_s"]["floor"]
    print(
        f"extract {ONE_PAGE.name} ({one_page_lines} requirement lines): with model {em:.3f} s, "
        f"without {ef:.3f} s, added {em - ef:+.3f} s, ratio {em / ef:.2f} (medians)"
    )
    em, ef = results["extract_one_page_min_s"]["model"], results["extract_one_page_min_s"]["floor"]
    print(f"fastest: with model {em:.3f} s, without {ef:.3f} s, added {em - ef:+.3f} s, ratio {em / ef:.2f}")
    print(
        f"in one process, CPU: extract {results['extract_cpu_s']:.3f} s, then loading the model and "
        f"reading its {one_page_lines} lines {results['model_cpu_s']:.3f} s "
        f"(ratio {results['model_cpu_s'] / results['extract_cpu_s']:.2f})"
    )
    if args.compare is not None:
        per_line_ms = cpu_per_line(lines * 5, args.compare, args.repeat)
        results["cpu_ms_per_line"] = {name: round(ms, 3) for name, ms in per_line_ms.items()}
        print(
            f"CPU per line, warm: model {per_line_ms['model']:.2f} ms, {args.compare} "
            f"{per_line_ms['other']:.2f} ms, ratio {per_line_ms['model'] / per_line_ms['other']:.2f}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
