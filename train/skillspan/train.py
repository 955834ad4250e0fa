"""Train jobmatch's skill-span model on SkillSpan and assemble the shipped pipeline.

SkillSpan (Zhang et al., "SkillSpan: Hard and Soft Skill Extraction from English Job Postings",
NAACL 2022; MIT licence) annotates job-posting sentences with Knowledge spans (tools,
technologies, domains) and Skill spans (applied and soft skills). The two kinds overlap (about 5%
of Knowledge spans lie inside a Skill span), so each gets its own head: ``ner.cfg`` is trained
once per kind with ``spacy train`` (fixed seed, model chosen by exact span F1 on dev), and the
two NER components, each with its own CNN tok2vec, are put into one pipeline on
``spacy.blank("en")``'s tokenizer, the tokenizer jobmatch uses everywhere.

Sentences are re-tokenized the way jobmatch will see a posting line: SkillSpan's tokens joined
by single spaces, then spaCy's English tokenizer; SkillSpan's spans always end on a space, so
they stay exact.

    python train/skillspan/train.py --data ../shared/data/skillspan --install \
        --set-knowledge training.dropout=0.2 --set-knowledge training.max_steps=2250 \
        --set-skill training.max_steps=2500

(the command that made the shipped model) writes it to ``jobmatch/skillspan_model``
(``--install``) or ``--output``. Extra ``--set section.key=value`` settings override ``ner.cfg``
for both heads, ``--set-knowledge`` and ``--set-skill`` for one. The taxonomy feature
(``components.py``) reads the taxonomy of this checkout.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import components  # noqa: F401  (registers the taxonomy_tags factory)
import spacy
from spacy.tokens import DocBin

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHIPPED = ROOT / "jobmatch" / "skillspan_model"
KINDS = {"knowledge": "tags_knowledge", "skill": "tags_skill"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tag_spans(tokens: list[str], tags: list[str]) -> list[tuple[int, int]]:
    """Character spans of the BIO runs in ``tags``, in the text of ``tokens`` joined by spaces."""
    starts, position = [], 0
    for token in tokens:
        starts.append(position)
        position += len(token) + 1
    spans, begin = [], None
    for index, tag in enumerate([*tags, "O"]):
        if begin is not None and tag != "I":
            spans.append((starts[begin], starts[index - 1] + len(tokens[index - 1])))
            begin = None
        if tag == "B":
            begin = index
    return spans


def sentence_text(tokens: list[str]) -> str:
    return " ".join(tokens).replace("\n", " ")


def convert(records: list[dict], kind: str, path: Path) -> int:
    """Write ``records`` as a DocBin whose entities are the ``kind`` spans; returns their count."""
    nlp = spacy.blank("en")
    label = kind.upper()
    docs, count = DocBin(), 0
    for record in records:
        doc = nlp.make_doc(sentence_text(record["tokens"]))
        spans = []
        for start, end in tag_spans(record["tokens"], record[KINDS[kind]]):
            span = doc.char_span(start, end, label=label, alignment_mode="strict")
            if span is None:  # cannot happen: spaCy never joins tokens across a space
                raise ValueError(f"span {start}-{end} of {doc.text!r} is not on token boundaries")
            spans.append(span)
        doc.ents = spans
        count += len(spans)
        docs.add(doc)
    docs.to_disk(path)
    return count


def parse_settings(settings: list[str]) -> dict[str, object]:
    """``section.key=value`` strings as spaCy config overrides (values parsed as JSON when they are)."""
    overrides: dict[str, object] = {}
    for setting in settings:
        key, _, value = setting.partition("=")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    return overrides


def train_head(kind: str, config: Path, work: Path, overrides: dict[str, object]) -> Path:
    from spacy.cli.train import train

    output = work / kind
    overrides = {
        "paths.train": str(work / f"{kind}-train.spacy"),
        "paths.dev": str(work / f"{kind}-dev.spacy"),
        **overrides,
    }
    started = time.perf_counter()
    train(config, output, overrides=overrides)
    print(f"{kind}: trained in {time.perf_counter() - started:.0f} s")
    return output / "model-best"


def assemble(heads: dict[str, Path], destination: Path) -> None:
    """One pipeline: blank English tokenizer, then the ``knowledge`` and ``skill`` NER heads.

    Each head keeps its own tok2vec (it has no listener), so they can run one after the other;
    ``jobmatch.spanmodel`` moves the first head's entities aside before the second runs."""
    nlp = spacy.blank("en")
    taxonomy_feature = set()
    for kind, path in heads.items():
        head = spacy.load(path)
        nlp.add_pipe("ner", name=kind, source=head)
        taxonomy_feature.add("taxonomy_tags" in head.pipe_names)
    if len(taxonomy_feature) != 1:
        raise ValueError("both heads must be trained with the taxonomy feature, or neither")
    nlp.meta.update(
        {
            "name": "skillspan",
            "version": "1.0.0",
            "description": "Knowledge and Skill span heads, trained on SkillSpan (NAACL 2022, MIT)",
            "license": "MIT",
            "jobmatch": {"taxonomy_feature": taxonomy_feature.pop()},
            "sources": [
                {"name": "SkillSpan", "url": "https://github.com/kris927b/SkillSpan", "license": "MIT"}
            ],
        }
    )
    if destination.exists():
        shutil.rmtree(destination)
    nlp.to_disk(destination)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "skillspan")
    parser.add_argument("--config", type=Path, default=HERE / "ner.cfg")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "skillspan", help="training output")
    parser.add_argument("--kinds", nargs="+", choices=list(KINDS), default=list(KINDS))
    parser.add_argument("--set", action="append", default=[], help="config override for both heads")
    parser.add_argument("--set-knowledge", action="append", default=[])
    parser.add_argument("--set-skill", action="append", default=[])
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--install", action="store_true", help=f"write the model to {SHIPPED}")
    where.add_argument("--output", type=Path, help="write the assembled model here")
    args = parser.parse_args()

    started = time.perf_counter()
    args.work.mkdir(parents=True, exist_ok=True)
    splits = {split: read_jsonl(args.data / f"{split}.jsonl") for split in ("train", "dev")}
    heads = {}
    for kind in args.kinds:
        for split, records in splits.items():
            count = convert(records, kind, args.work / f"{kind}-{split}.spacy")
            print(f"{kind} {split}: {len(records)} sentences, {count} spans")
        own = args.set_knowledge if kind == "knowledge" else args.set_skill
        heads[kind] = train_head(kind, args.config, args.work, parse_settings([*args.set, *own]))
    for kind, path in heads.items():
        scores = json.loads((path / "meta.json").read_text(encoding="utf-8"))["performance"]
        print(
            f"{kind}: dev exact P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} F1 {scores['ents_f']:.3f}"
        )
    destination = SHIPPED if args.install else args.output
    if destination is not None:
        if set(heads) != set(KINDS):
            parser.error("assembling the model needs both heads (--kinds knowledge skill)")
        assemble(heads, destination)
        size = sum(f.stat().st_size for f in destination.rglob("*") if f.is_file())
        print(f"model written to {destination} ({size / 1e6:.1f} MB)")
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
