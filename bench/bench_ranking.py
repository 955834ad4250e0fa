"""Ranking benchmark: does ``jobmatch screen`` put the résumés of a posting's field on top?

    .venv/bin/pip install -e '.[bench]'                   # scikit-learn, python-docx, reportlab
    .venv/bin/python bench/bench_ranking.py --json ranking.json
    .venv/bin/python bench/bench_ranking.py --only pharmacist --only p02   # some postings
    .venv/bin/python bench/bench_ranking.py --dev-labels written-for      # the other reading

For every posting of bench/ranking/manifest.yaml (the 12 verdicts-dev postings read from
../shared, the repository's example postings and seed, and the postings written for this
benchmark) it screens one pool of résumés (the verdicts-dev résumés, data/examples, the résumés of
bench/ranking/ and a sample of bench/make_corpus.py) with

    jobmatch screen POOL --posting P --no-cache --as-of 2026-11-30 --top 100000 -o out.json

(--fresh-cache instead gives every posting's screen one --cache-dir that starts empty in this run,
so each résumé is parsed once; the figures were identical on 198d78d)

and scores three rankings of the pool against "the résumé is of the posting's field (or one of its
`also` fields)":

  jobmatch  the score ``jobmatch screen`` gives
  tf-idf    cosine of TF-IDF vectors of the posting and the résumé (scikit-learn TfidfVectorizer
            fitted on the pool and the postings, sublinear tf, English stop words), both read with
            jobmatch.loaders.load_document so every method sees the same text
  skills    Jaccard of jobmatch's own skill sets as plain sets: the skill ids of the posting's
            requirements (``jobmatch extract``) against the résumé's (``resume.skills`` of the
            screen report)

with ROC-AUC (ties count half) and nDCG@10 (binary gain; tied scores get the mean gain of their
tie group, the expected DCG over every order of the ties). It prints a table per posting field
(the mean over that field's postings) and the mean over fields, and with --json writes every
posting's figures and top ten. Without ../shared (or --shared) it says so and uses only the local
material. Exit status: 0 done, 1 a screen failed, 2 a missing dependency or a bad manifest.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RANKING = ROOT / "bench" / "ranking"
MANIFEST = RANKING / "manifest.yaml"
DEV_SUBDIR = Path("data") / "verdicts-dev"
AS_OF = "2026-11-30"  # the date verdicts-dev is judged at
SOURCES = ("dev", "repo", "own")
RENDER_FORMATS = ("docx", "pdf")
DOCX_STYLES = ("styles", "bold")
METHODS = ("jobmatch", "tfidf", "skills")
K = 10


class ManifestError(ValueError):
    """The manifest names a file that is not there, a field it does not define, or a bad key."""


@dataclass(frozen=True)
class Entry:
    """A posting or résumé of the manifest: where it is read from and what field it is of."""

    source: str  # dev | repo | own | corpus
    file: str
    field: str
    also: tuple[str, ...] = ()  # postings: the adjacent fields that count as relevant too
    written_for: str | None = None  # dev résumés: the field of the posting it was written for
    render: str | None = None  # own: docx | pdf, made at bench time
    style: str = "styles"

    @property
    def key(self) -> str:
        return f"{self.source}:{self.file}"


@dataclass(frozen=True)
class Manifest:
    fields: dict[str, str]
    postings: tuple[Entry, ...]
    resumes: tuple[Entry, ...]
    corpus_count: int
    corpus_seed: int
    corpus_formats: tuple[str, ...]
    corpus_families: dict[str, str]


@dataclass(frozen=True)
class Metrics:
    auc: float | None
    ndcg: float | None


@dataclass
class PostingResult:
    posting: str
    field: str
    relevant_fields: list[str]
    relevant: int
    pool: int
    skipped: int
    seconds: float
    error: str | None
    metrics: dict[str, Metrics] = field(default_factory=dict)
    top: dict[str, list[str]] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------
# Metrics
# ------------------------------------------------------------------------------------------


def average_ranks(scores: Sequence[float]) -> list[float]:
    """1-based ranks of ``scores`` in ascending order, tied scores sharing their mean rank."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        for position in range(start, end + 1):
            ranks[order[position]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def roc_auc(scores: Sequence[float], relevant: Sequence[bool]) -> float | None:
    """Chance that a relevant item outscores an irrelevant one, a tie counting half
    (Mann-Whitney U over P*N). None when either class is empty."""
    positives = sum(1 for r in relevant if r)
    negatives = len(relevant) - positives
    if not positives or not negatives:
        return None
    ranks = average_ranks(scores)
    rank_sum = sum(rank for rank, r in zip(ranks, relevant, strict=True) if r)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def ndcg_at_k(scores: Sequence[float], relevant: Sequence[bool], k: int = K) -> float | None:
    """nDCG@k with binary gains. Tied scores are not ordered arbitrarily: every position of a tie
    group gets the group's mean gain (McSherry & Najork, ECIR 2008), the expected DCG over the
    orders the ties could be broken in. None when nothing is relevant."""
    ideal_hits = min(k, sum(1 for r in relevant if r))
    if not ideal_hits:
        return None
    ideal = sum(1 / math.log2(position + 2) for position in range(ideal_hits))
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    dcg, start = 0.0, 0
    while start < min(k, len(order)):
        end = start
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[start]]:
            end += 1
        gain = sum(1 for i in order[start : end + 1] if relevant[i]) / (end - start + 1)
        dcg += sum(gain / math.log2(position + 2) for position in range(start, min(end + 1, k)))
        start = end + 1
    return dcg / ideal


def jaccard(first: set[str], second: set[str]) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


# ------------------------------------------------------------------------------------------
# Manifest
# ------------------------------------------------------------------------------------------

POSTING_KEYS = {"source", "file", "field", "also", "render", "style"}
RESUME_KEYS = {"source", "file", "field", "written_for", "render", "style"}


def _entry(raw: object, where: str, allowed: set[str]) -> Entry:
    if not isinstance(raw, dict):
        raise ManifestError(f"{where}: expected a mapping, got {raw!r}")
    unknown = set(raw) - allowed
    if unknown:
        raise ManifestError(f"{where}: unknown key(s) {sorted(unknown)} (known: {sorted(allowed)})")
    missing = {"source", "file", "field"} - set(raw)
    if missing:
        raise ManifestError(f"{where}: missing {sorted(missing)}")
    return Entry(
        source=str(raw["source"]),
        file=str(raw["file"]),
        field=str(raw["field"]),
        also=tuple(str(f) for f in raw.get("also") or ()),
        written_for=raw.get("written_for"),
        render=raw.get("render"),
        style=str(raw.get("style", "styles")),
    )


def load_manifest(path: Path = MANIFEST) -> Manifest:
    """Read and check the manifest's shape; :func:`check_manifest` checks what it refers to."""
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or set(raw) != {"fields", "postings", "resumes", "corpus"}:
        raise ManifestError(f"{path}: expected the keys fields, postings, resumes and corpus")
    postings = tuple(_entry(p, f"{path}: postings[{i}]", POSTING_KEYS) for i, p in enumerate(raw["postings"]))
    resumes = tuple(_entry(r, f"{path}: resumes[{i}]", RESUME_KEYS) for i, r in enumerate(raw["resumes"]))
    corpus = raw["corpus"]
    if not isinstance(corpus, dict) or set(corpus) != {"count", "seed", "formats", "families"}:
        raise ManifestError(f"{path}: corpus needs exactly count, seed, formats and families")
    return Manifest(
        fields={str(k): str(v) for k, v in raw["fields"].items()},
        postings=postings,
        resumes=resumes,
        corpus_count=int(corpus["count"]),
        corpus_seed=int(corpus["seed"]),
        corpus_formats=tuple(str(f) for f in corpus["formats"]),
        corpus_families={str(k): str(v) for k, v in corpus["families"].items()},
    )


def source_path(entry: Entry, dev_dir: Path | None, kind: str) -> Path | None:
    """Where ``entry``'s file is read from; None for a dev entry without the shared data."""
    if entry.source == "dev":
        return dev_dir / kind / entry.file if dev_dir else None
    if entry.source == "repo":
        return ROOT / entry.file
    return RANKING / entry.file


def check_manifest(manifest: Manifest, dev_dir: Path | None) -> list[str]:
    """Every problem in the manifest, one line each: unknown fields or sources, missing files,
    bad render options, duplicates, a posting field no résumé is of. Dev files are checked when
    ``dev_dir`` is given."""
    problems: list[str] = []
    known = set(manifest.fields)
    seen: set[str] = set()
    for kind, entries in (("postings", manifest.postings), ("resumes", manifest.resumes)):
        for entry in entries:
            where = f"{kind}: {entry.key}"
            if entry.source not in SOURCES:
                problems.append(f"{where}: unknown source {entry.source!r} (known: {', '.join(SOURCES)})")
                continue
            if entry.key in seen:
                problems.append(f"{where}: listed twice")
            seen.add(entry.key)
            for name in (entry.field, *entry.also, *([entry.written_for] if entry.written_for else [])):
                if name not in known:
                    problems.append(f"{where}: unknown field {name!r}")
            path = source_path(entry, dev_dir, kind)
            if path is not None and not path.is_file():
                problems.append(f"{where}: no such file {path}")
            if entry.render is not None:
                if entry.source != "own":
                    problems.append(f"{where}: only the benchmark's own files are rendered")
                if entry.render not in RENDER_FORMATS:
                    problems.append(
                        f"{where}: render {entry.render!r} is not one of {', '.join(RENDER_FORMATS)}"
                    )
                if Path(entry.file).suffix not in (".md", ".txt"):
                    problems.append(f"{where}: only .md and .txt sources are rendered")
            if entry.style not in DOCX_STYLES:
                problems.append(f"{where}: style {entry.style!r} is not one of {', '.join(DOCX_STYLES)}")
    for family, name in manifest.corpus_families.items():
        if name not in known:
            problems.append(f"corpus: family {family!r} maps to unknown field {name!r}")
    resume_fields = {r.field for r in manifest.resumes} | set(manifest.corpus_families.values())
    for posting in manifest.postings:
        if posting.field not in resume_fields:
            problems.append(f"postings: {posting.key}: no résumé of field {posting.field!r} in the pool")
    return problems


# ------------------------------------------------------------------------------------------
# The pool
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PoolItem:
    key: str
    path: Path  # the file in the pool folder
    source: str
    field: str
    written_for: str | None


def _render_module():
    sys.path.insert(0, str(RANKING))
    try:
        import render
    finally:
        sys.path.pop(0)
    return render


def materialise(entry: Entry, src: Path, out_dir: Path) -> Path:
    """Copy (or render) ``entry`` into ``out_dir``; the path jobmatch will read."""
    if entry.render:
        return _render_module().render_file(src, entry.render, out_dir, entry.style)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / src.name
    shutil.copyfile(src, target)
    return target


def make_corpus(manifest: Manifest, out_dir: Path, count: int) -> list[PoolItem]:
    """Generate the synthetic sample with bench/make_corpus.py; fields from its --manifest."""
    if count <= 0:
        return []
    listing = out_dir.parent / "corpus.manifest.jsonl"
    command = [
        sys.executable,
        str(ROOT / "bench" / "make_corpus.py"),
        str(out_dir),
        "--count",
        str(count),
        "--seed",
        str(manifest.corpus_seed),
        "--formats",
        ",".join(manifest.corpus_formats),
        "--manifest",
        str(listing),
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    items = []
    for line in listing.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        family = record["family"]
        if family not in manifest.corpus_families:
            raise ManifestError(f"corpus: make_corpus family {family!r} has no field in the manifest")
        items.append(
            PoolItem(
                key=f"corpus:{record['file']}",
                path=out_dir / record["file"],
                source="corpus",
                field=manifest.corpus_families[family],
                written_for=None,
            )
        )
    return items


def build_pool(manifest: Manifest, dev_dir: Path | None, work: Path, corpus_count: int) -> list[PoolItem]:
    """Lay every résumé out under ``work``/pool (subfolders per source) and return them."""
    pool = work / "pool"
    items = []
    for entry in manifest.resumes:
        src = source_path(entry, dev_dir, "resumes")
        if src is None:
            continue
        folder = {"dev": "dev", "repo": "examples", "own": "own"}[entry.source]
        path = materialise(entry, src, pool / folder)
        items.append(PoolItem(entry.key, path, entry.source, entry.field, entry.written_for))
    items.extend(make_corpus(manifest, pool / "corpus", corpus_count))
    return items


def posting_files(manifest: Manifest, dev_dir: Path | None, work: Path) -> list[tuple[Entry, Path]]:
    found = []
    for entry in manifest.postings:
        src = source_path(entry, dev_dir, "postings")
        if src is not None:
            found.append((entry, materialise(entry, src, work / "postings") if entry.render else src))
    return found


# ------------------------------------------------------------------------------------------
# The three rankings
# ------------------------------------------------------------------------------------------


def run_screen(
    jobmatch: list[str], pool: Path, posting: Path, out: Path, jobs: int, cache_dir: Path | None
) -> tuple[int, str]:
    """``jobmatch screen`` of the pool against one posting; its exit code and the end of stderr.
    Without ``cache_dir`` every résumé is parsed again (--no-cache)."""
    caching = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    command = [
        *jobmatch,
        "screen",
        str(pool),
        "--posting",
        str(posting),
        *caching,
        "--as-of",
        AS_OF,
        "--top",
        "100000",
        "--jobs",
        str(jobs),
        "-o",
        str(out),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    return completed.returncode, completed.stderr.strip()[-400:]


def posting_skills(jobmatch: list[str], posting: Path) -> set[str] | None:
    """The skill ids of the posting's requirements, minimum and preferred (None if unreadable)."""
    completed = subprocess.run(
        [*jobmatch, "extract", str(posting), "--format", "json"], capture_output=True, text=True
    )
    if completed.returncode != 0:
        return None
    data = json.loads(completed.stdout)
    return {
        skill
        for bucket in ("minimum", "preferred")
        for r in data.get(bucket, [])
        for skill in r.get("skills", [])
    }


def tfidf_scores(posting_texts: dict[str, str], resume_texts: list[str]) -> dict[str, list[float]]:
    """Cosine of each posting's TF-IDF vector with every résumé's (fitted on all the texts)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    names = list(posting_texts)
    vectorizer = TfidfVectorizer(sublinear_tf=True, stop_words="english")
    matrix = vectorizer.fit_transform([*resume_texts, *(posting_texts[n] for n in names)])
    resumes, postings = matrix[: len(resume_texts)], matrix[len(resume_texts) :]
    similarity = (postings @ resumes.T).toarray()  # rows are L2-normalised: the dot is the cosine
    return {name: [float(v) for v in similarity[row]] for row, name in enumerate(names)}


def relevance(items: Sequence[PoolItem], posting: Entry, dev_labels: str) -> list[bool]:
    wanted = {posting.field, *posting.also}
    labels = []
    for item in items:
        item_field = item.written_for if dev_labels == "written-for" and item.written_for else item.field
        labels.append(item_field in wanted)
    return labels


def top_keys(items: Sequence[PoolItem], scores: Sequence[float], count: int = K) -> list[str]:
    order = sorted(range(len(items)), key=lambda i: (-scores[i], items[i].key))
    return [f"{items[i].key} ({items[i].field}, {scores[i]:.3g})" for i in order[:count]]


def evaluate_posting(
    posting: Entry,
    posting_path: Path,
    items: Sequence[PoolItem],
    pool_dir: Path,
    work: Path,
    tfidf: list[float],
    resume_skills: dict[str, set[str]],
    args: argparse.Namespace,
    jobmatch: list[str],
) -> PostingResult:
    """Screen the pool against one posting and score the three rankings of it. ``resume_skills``
    collects each résumé's skill ids from the first report that has it (they do not depend on
    the posting)."""
    labels = relevance(items, posting, args.dev_labels)
    out = work / f"screen-{len(list(work.glob('screen-*.json')))}.json"
    started = time.perf_counter()
    cache_dir = work / "cache" if args.fresh_cache else None
    code, stderr = run_screen(jobmatch, pool_dir, posting_path, out, args.jobs, cache_dir)
    seconds = time.perf_counter() - started
    result = PostingResult(
        posting=posting.key,
        field=posting.field,
        relevant_fields=[posting.field, *posting.also],
        relevant=sum(labels),
        pool=len(items),
        skipped=0,
        seconds=round(seconds, 2),
        error=None,
    )
    by_path: dict[str, dict] = {}
    if code in (0, 4) and out.is_file():
        report = json.loads(out.read_text(encoding="utf-8"))
        by_path = {str(Path(r["resume"]["source"]).resolve()): r for r in report["results"]}
        result.skipped = len(report.get("skipped", []))
    else:
        result.error = f"jobmatch screen exited {code}: {stderr}"
    floor = -1.0  # a résumé jobmatch skipped (or a posting it refused) ranks below every score
    jobmatch_scores = []
    for item in items:
        row = by_path.get(str(item.path.resolve()))
        jobmatch_scores.append(float(row["score"]) if row else floor)
        if row and item.key not in resume_skills:
            resume_skills[item.key] = set(row["resume"].get("skills", []))
    wanted_skills = posting_skills(jobmatch, posting_path) or set()
    skill_scores = [jaccard(wanted_skills, resume_skills.get(item.key, set())) for item in items]
    for method, scores in (("jobmatch", jobmatch_scores), ("tfidf", tfidf), ("skills", skill_scores)):
        result.metrics[method] = Metrics(roc_auc(scores, labels), ndcg_at_k(scores, labels))
        result.top[method] = top_keys(items, scores)
    return result


# ------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def field_table(results: Sequence[PostingResult]) -> tuple[list[dict], dict]:
    """Per posting field: the mean of each metric over the field's postings; and the mean of
    those over the fields (every field weighs the same, however many postings it has)."""
    by_field: dict[str, list[PostingResult]] = defaultdict(list)
    for result in results:
        by_field[result.field].append(result)
    rows = []
    for name in sorted(by_field):
        group = by_field[name]
        row: dict = {
            "field": name,
            "postings": len(group),
            "relevant": round(_mean([r.relevant for r in group])),
        }
        for method in METHODS:
            row[f"{method}_auc"] = _mean([r.metrics[method].auc for r in group])
            row[f"{method}_ndcg"] = _mean([r.metrics[method].ndcg for r in group])
        rows.append(row)
    mean = {"field": "mean over fields", "postings": len(results), "relevant": None}
    for column in rows[0] if rows else []:
        if column.endswith(("_auc", "_ndcg")):
            mean[column] = _mean([row[column] for row in rows])
    return rows, mean


def compare(ours: float, theirs: float) -> str:
    """'yes' when jobmatch is ahead, 'tie' when equal as printed (both 1.000, say), else 'no'."""
    if round(ours, 3) == round(theirs, 3):
        return "tie"
    return "yes" if ours > theirs else "no"


def markdown_table(rows: Sequence[dict], mean: dict) -> str:
    lines = [
        "| posting field | postings | relevant | jobmatch AUC | TF-IDF AUC | skills AUC "
        "| jobmatch nDCG@10 | TF-IDF nDCG@10 | skills nDCG@10 | jobmatch beats TF-IDF |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for row in [*rows, mean]:
        wins = []
        for metric, label in (("auc", "AUC"), ("ndcg", "nDCG")):
            ours, theirs = row.get(f"jobmatch_{metric}"), row.get(f"tfidf_{metric}")
            if ours is not None and theirs is not None:
                wins.append(f"{label} {compare(ours, theirs)}")
        bold = row is mean
        cells = [
            f"**{row['field']}**" if bold else row["field"],
            str(row["postings"]),
            "" if row["relevant"] is None else str(row["relevant"]),
            *(_fmt(row[f"{m}_auc"]) for m in METHODS),
            *(_fmt(row[f"{m}_ndcg"]) for m in METHODS),
            ", ".join(wins),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def composition_table(items: Sequence[PoolItem]) -> str:
    counts: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        counts[item.field][item.source] += 1
    sources = ["dev", "repo", "own", "corpus"]
    lines = ["| résumé field | " + " | ".join(sources) + " | all |", "|---|" + "--:|" * (len(sources) + 1)]
    for name in sorted(counts, key=lambda f: (-sum(counts[f].values()), f)):
        cells = [str(counts[name][s] or "") for s in sources]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {sum(counts[name].values())} |")
    totals = [str(sum(counts[f][s] for f in counts)) for s in sources]
    lines.append("| **all** | " + " | ".join(totals) + f" | {len(items)} |")
    return "\n".join(lines)


def machine() -> dict:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "jobmatch", "data"], cwd=ROOT, capture_output=True, text=True
    )
    return {
        "commit": commit.stdout.strip() + ("+changes" if dirty.stdout.strip() else ""),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


# ------------------------------------------------------------------------------------------
# CLI
# ------------------------------------------------------------------------------------------


def dev_directory(shared: Path) -> Path | None:
    dev = shared / DEV_SUBDIR
    return dev if (dev / "postings").is_dir() and (dev / "resumes").is_dir() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path(os.environ.get("JOBMATCH_SHARED", ROOT.parent / "shared")),
        help="the shared folder holding data/verdicts-dev (default: ../shared)",
    )
    parser.add_argument(
        "--jobmatch", default=str(Path(sys.executable).with_name("jobmatch")), help="jobmatch command"
    )
    parser.add_argument("--jobs", type=int, default=2, help="--jobs for jobmatch screen (default 2)")
    parser.add_argument(
        "--corpus", type=int, help="synthetic résumés in the pool (default: the manifest's count)"
    )
    parser.add_argument(
        "--only", action="append", default=[], help="postings whose file contains this (repeatable)"
    )
    parser.add_argument(
        "--dev-labels",
        choices=("field", "written-for"),
        default="field",
        help="a dev résumé's field: the person's own work (default) or the posting it was written for",
    )
    parser.add_argument(
        "--work", type=Path, help="keep the pool and the screen reports here (default: a temp dir)"
    )
    parser.add_argument(
        "--fresh-cache",
        action="store_true",
        help="parse each résumé once per run: a new, empty --cache-dir in the work folder that the "
        "later postings re-use (faster; default: --no-cache for every posting)",
    )
    parser.add_argument("--json", type=Path, help="write every posting's figures and top ten here")
    args = parser.parse_args(argv)

    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("bench_ranking: scikit-learn is missing: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    jobmatch = [args.jobmatch] if shutil.which(args.jobmatch) else []
    if not jobmatch:
        print(f"bench_ranking: no jobmatch command at {args.jobmatch} (--jobmatch)", file=sys.stderr)
        return 2

    manifest = load_manifest()
    dev_dir = dev_directory(args.shared)
    if dev_dir is None:
        print(
            f"bench_ranking: {args.shared / DEV_SUBDIR} not found: skipping the verdicts-dev postings and "
            "résumés, using only data/examples, seeds/, bench/ranking/ and the synthetic corpus",
            file=sys.stderr,
        )
    problems = check_manifest(manifest, dev_dir)
    if problems:
        print("bench_ranking: bad manifest:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 2

    from jobmatch.loaders import load_document

    work = args.work or Path(tempfile.mkdtemp(prefix="jobmatch-ranking-"))
    if args.work and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus_count = manifest.corpus_count if args.corpus is None else args.corpus
        items = build_pool(manifest, dev_dir, work, corpus_count)
        postings = [
            (entry, path)
            for entry, path in posting_files(manifest, dev_dir, work)
            if not args.only or any(o in entry.file for o in args.only)
        ]
        print(f"pool: {len(items)} résumés; postings: {len(postings)}", file=sys.stderr)
        resume_texts = [load_document(item.path).text for item in items]
        posting_texts = {entry.key: load_document(path).text for entry, path in postings}
        tfidf = tfidf_scores(posting_texts, resume_texts)

        results: list[PostingResult] = []
        resume_skills: dict[str, set[str]] = {}
        for entry, path in postings:
            result = evaluate_posting(
                entry, path, items, work / "pool", work, tfidf[entry.key], resume_skills, args, jobmatch
            )
            results.append(result)
            m = result.metrics
            print(
                f"{entry.key}: {result.relevant} relevant; AUC jobmatch {_fmt(m['jobmatch'].auc)} "
                f"tf-idf {_fmt(m['tfidf'].auc)} skills {_fmt(m['skills'].auc)}; nDCG@10 "
                f"{_fmt(m['jobmatch'].ndcg)} / {_fmt(m['tfidf'].ndcg)} / {_fmt(m['skills'].ndcg)}"
                f" ({result.seconds:.1f}s){'; ' + result.error if result.error else ''}",
                file=sys.stderr,
            )
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)

    rows, mean = field_table(results)
    about = machine()
    print(f"\nRanking by posting field ({len(results)} postings, {len(items)} résumés)")
    print(markdown_table(rows, mean))
    for metric, label in (("auc", "ROC-AUC"), ("ndcg", "nDCG@10")):
        verdicts = Counter(
            compare(row[f"jobmatch_{metric}"], row[f"tfidf_{metric}"])
            for row in rows
            if row[f"jobmatch_{metric}"] is not None and row[f"tfidf_{metric}"] is not None
        )
        print(
            f"{label}: jobmatch ahead of TF-IDF in {verdicts['yes']} of {len(rows)} fields, "
            f"level in {verdicts['tie']}, behind in {verdicts['no']}"
        )
    print("\nPool composition")
    print(composition_table(items))
    print(f"\n{about}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "machine": about,
                    "as_of": AS_OF,
                    "dev_labels": args.dev_labels,
                    "shared": str(dev_dir) if dev_dir else None,
                    "pool": [{"key": i.key, "field": i.field, "written_for": i.written_for} for i in items],
                    "fields": rows,
                    "mean": mean,
                    "postings": [asdict(r) for r in results],
                },
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
