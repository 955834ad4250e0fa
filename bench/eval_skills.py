"""Skill-span extraction eval on SkillSpan (Zhang et al., NAACL 2022; MIT licence): Knowledge
and Skill spans.

Runs ``jobmatch skills --per-line`` on every sentence of a split (tokens joined by spaces) and
scores the predicted character spans against the gold spans of each kind:
  exact   - a prediction is right when its start and end equal a gold span's
  overlap - a prediction is right when it shares a token with a gold span (and a gold span
            is found when a prediction overlaps it): token-overlap P/R/F1
for the `tech` and `house` sources separately and together.

Knowledge is scored for the taxonomy mentions (``mentions``), the model's knowledge spans
(``spans`` labelled "knowledge"), and two ways of combining them: their union, and the model's
spans plus the taxonomy mentions that overlap none of them ("model first"). Skill is scored for
the model's skill spans, beside the taxonomy mentions taken as skills (what jobmatch had before the
model). A baseline dictionary of the train split's Knowledge strings (case-insensitive, longest
match first) is scored the same way.

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


def gold_spans(record: dict, kind: str = "knowledge") -> list[Span]:
    offsets = char_offsets(record["tokens"])
    spans, start = [], None
    tags = record[f"tags_{kind}"] + ["O"]
    for index, tag in enumerate(tags):
        if start is not None and tag != "I":
            spans.append((offsets[start][0], offsets[index - 1][1]))
            start = None
        if tag == "B":
            start = index
    return spans


def predict_with_cli(texts: list[str], command: list[str]) -> list[dict]:
    """One ``skills --per-line`` record per text: ``mentions`` and (from the model) ``spans``."""
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
    return records


def mention_spans(records: list[dict]) -> list[list[Span]]:
    return [[(m["start"], m["end"]) for m in record["mentions"]] for record in records]


def model_spans(records: list[dict], label: str) -> list[list[Span]]:
    return [
        [(s["start"], s["end"]) for s in record.get("spans", []) if s["label"] == label] for record in records
    ]


def union(first: list[list[Span]], second: list[list[Span]]) -> list[list[Span]]:
    return [sorted(set(a) | set(b)) for a, b in zip(first, second, strict=True)]


def model_first(model: list[list[Span]], taxonomy: list[list[Span]]) -> list[list[Span]]:
    """The model's spans, plus the taxonomy's where the model found nothing overlapping."""
    return [
        sorted(m + [t for t in tax if not any(overlaps(t, s) for s in m)])
        for m, tax in zip(model, taxonomy, strict=True)
    ]


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


def score(records: list[dict], predictions: list[list[Span]], kind: str = "knowledge") -> dict[str, dict]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record, predicted in zip(records, predictions, strict=True):
        gold = gold_spans(record, kind)
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


def print_table(title: str, results: dict[str, dict[str, dict]]) -> None:
    """One row per system and source: ``results`` maps a system's name to its scores by source."""
    print(f"\n{title}")
    print(
        f"{'system':<22} {'source':<7} {'gold':>5} {'pred':>5}  {'exact P':>7} {'R':>5} {'F1':>5}  "
        f"{'overlap P':>9} {'R':>5} {'F1':>5}"
    )
    for system, by_source in results.items():
        for source, r in by_source.items():
            e, o = r["exact"], r["overlap"]
            print(
                f"{system:<22} {source:<7} {r['gold']:>5} {r['predicted']:>5}  "
                f"{e['precision']:>7.3f} {e['recall']:>5.3f} {e['f1']:>5.3f}  "
                f"{o['precision']:>9.3f} {o['recall']:>5.3f} {o['f1']:>5.3f}"
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
    predicted = predict_with_cli(texts, [args.jobmatch])
    taxonomy, knowledge = mention_spans(predicted), model_spans(predicted, "knowledge")
    results = {
        "knowledge": {
            "model first": score(records, model_first(knowledge, taxonomy)),
            "model": score(records, knowledge),
            "union": score(records, union(knowledge, taxonomy)),
            "taxonomy": score(records, taxonomy),
            "train dictionary": score(records, dictionary_baseline(train, records)),
        },
        "skill": {
            "model": score(records, model_spans(predicted, "skill"), "skill"),
            "taxonomy": score(records, taxonomy, "skill"),
        },
    }
    print_table(f"Knowledge spans, SkillSpan {args.split}", results["knowledge"])
    print_table(f"Skill spans, SkillSpan {args.split}", results["skill"])
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
