"""Skill-mention extraction eval on SkillSpan (Zhang et al., NAACL 2022), Knowledge spans.

Runs ``jobmatch skills --per-line`` on every sentence of a split (tokens joined by spaces)
and scores the predicted character spans against the gold Knowledge spans:
  exact   - a prediction is right when its start and end equal a gold span's
  overlap - a prediction is right when it shares a token with a gold span (and a gold span
            is found when a prediction overlaps it)
for the `tech` and `house` sources separately and together. A baseline dictionary of the
train split's Knowledge strings (case-insensitive, longest match first) is scored the same way.

    python bench/eval_skills.py [--data ../shared/data/skillspan] [--split dev] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

Span = tuple[int, int]


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def char_offsets(tokens: list[str]) -> list[Span]:
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + 1
    return offsets


def gold_spans(record: dict) -> list[Span]:
    offsets = char_offsets(record["tokens"])
    spans, start = [], None
    tags = record["tags_knowledge"] + ["O"]
    for index, tag in enumerate(tags):
        if start is not None and tag != "I":
            spans.append((offsets[start][0], offsets[index - 1][1]))
            start = None
        if tag == "B":
            start = index
    return spans


def predict_with_cli(texts: list[str], command: list[str]) -> list[list[Span]]:
    started = time.perf_counter()
    completed = subprocess.run(
        [*command, "skills", "--per-line", "-"],
        input="\n".join(texts) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - started
    records = [json.loads(line) for line in completed.stdout.splitlines()]
    assert len(records) == len(texts), f"{len(records)} outputs for {len(texts)} lines"
    print(f"jobmatch skills --per-line: {len(texts)} lines in {elapsed:.1f}s", file=sys.stderr)
    return [[(m["start"], m["end"]) for m in record["mentions"]] for record in records]


def dictionary_baseline(train: list[dict], records: list[dict]) -> list[list[Span]]:
    """Longest-first, case-insensitive token match of the train split's Knowledge strings,
    keeping only strings tagged as Knowledge in at least half of their train occurrences
    (without that filter, entries such as "data" or "design" swamp the precision)."""
    tagged: dict[tuple[str, ...], int] = {}
    for record in train:
        tokens = [t.lower() for t in record["tokens"]]
        offsets = char_offsets(record["tokens"])
        for start, end in gold_spans(record):
            entry = tuple(tokens[i] for i, (a, b) in enumerate(offsets) if a >= start and b <= end)
            tagged[entry] = tagged.get(entry, 0) + 1
    seen = dict.fromkeys(tagged, 0)
    longest = max(len(e) for e in tagged)
    for record in train:
        tokens = [t.lower() for t in record["tokens"]]
        for size in range(1, longest + 1):
            for index in range(len(tokens) - size + 1):
                gram = tuple(tokens[index : index + size])
                if gram in seen:
                    seen[gram] += 1
    entries = {e for e, count in tagged.items() if count * 2 >= seen[e]}
    predictions = []
    for record in records:
        tokens = [t.lower() for t in record["tokens"]]
        offsets = char_offsets(record["tokens"])
        spans, index = [], 0
        while index < len(tokens):
            for size in range(min(longest, len(tokens) - index), 0, -1):
                if tuple(tokens[index : index + size]) in entries:
                    spans.append((offsets[index][0], offsets[index + size - 1][1]))
                    index += size
                    break
            else:
                index += 1
        predictions.append(spans)
    return predictions


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def score(records: list[dict], predictions: list[list[Span]]) -> dict[str, dict]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record, predicted in zip(records, predictions, strict=True):
        gold = gold_spans(record)
        for source in (record["source"], "all"):
            c = counts[source]
            c["gold"] += len(gold)
            c["pred"] += len(predicted)
            exact = set(gold) & set(predicted)
            c["exact"] += len(exact)
            c["overlap_pred"] += sum(any(overlaps(p, g) for g in gold) for p in predicted)
            c["overlap_gold"] += sum(any(overlaps(g, p) for p in predicted) for g in gold)
    return {
        source: {
            "gold": c["gold"],
            "predicted": c["pred"],
            "exact": prf(c["exact"], c["pred"], c["exact"], c["gold"]),
            "overlap": prf(c["overlap_pred"], c["pred"], c["overlap_gold"], c["gold"]),
        }
        for source, c in sorted(counts.items())
    }


def print_table(title: str, results: dict[str, dict]) -> None:
    print(f"\n{title}")
    print(
        f"{'source':<7} {'gold':>5} {'pred':>5}  {'exact P':>7} {'R':>5} {'F1':>5}  "
        f"{'overlap P':>9} {'R':>5} {'F1':>5}"
    )
    for source, r in results.items():
        e, o = r["exact"], r["overlap"]
        print(
            f"{source:<7} {r['gold']:>5} {r['predicted']:>5}  {e['precision']:>7.3f} {e['recall']:>5.3f} "
            f"{e['f1']:>5.3f}  {o['precision']:>9.3f} {o['recall']:>5.3f} {o['f1']:>5.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    default_data = Path(__file__).resolve().parents[2] / "shared" / "data" / "skillspan"
    parser.add_argument("--data", type=Path, default=default_data)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument(
        "--jobmatch",
        default=shutil.which("jobmatch") or "jobmatch",
        help="the jobmatch executable to evaluate",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    records = load(args.data / f"{args.split}.jsonl")
    train = load(args.data / "train.jsonl")
    texts = [" ".join(r["tokens"]).replace("\n", " ") for r in records]
    results = {
        "jobmatch": score(records, predict_with_cli(texts, [args.jobmatch])),
        "baseline_train_dictionary": score(records, dictionary_baseline(train, records)),
    }
    print_table(f"jobmatch skills on SkillSpan {args.split} (Knowledge spans)", results["jobmatch"])
    print_table(
        "baseline: dictionary of train Knowledge strings (tagged in >= half their occurrences)",
        results["baseline_train_dictionary"],
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
