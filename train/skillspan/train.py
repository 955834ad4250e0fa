"""Train jobmatch's skill-span model on SkillSpan and assemble the shipped pipeline.

SkillSpan (Zhang et al., "SkillSpan: Hard and Soft Skill Extraction from English Job Postings",
NAACL 2022; MIT licence) annotates job-posting sentences with Knowledge spans (tools,
technologies, domains) and Skill spans (applied and soft skills). The two kinds overlap (about 5%
of Knowledge spans lie inside a Skill span), so each gets its own head(s): ``ner.cfg`` is trained
once per head with ``spacy train`` (fixed seed, model chosen by exact span F1 on dev), and the
NER components, each with its own CNN tok2vec, are put into one pipeline on
``spacy.blank("en")``'s tokenizer, the tokenizer jobmatch uses everywhere.

Sentences are re-tokenized the way jobmatch will see a posting line: SkillSpan's tokens joined
by single spaces, then spaCy's English tokenizer; SkillSpan's spans always end on a space, so
they stay exact.

    python train/skillspan/train.py --data ../shared/data/skillspan --install \
        --knowledge-heads plain augmented \
        --set-knowledge training.dropout=0.2 --set-knowledge training.max_steps=2250 \
        --set-skill training.max_steps=2500

(the command that made the shipped model: two knowledge heads, one of them learning from
taxonomy-swapped copies too, and a skill head) writes it to ``jobmatch/skillspan_model``
(``--install``) or ``--output``. Extra ``--set section.key=value`` settings override ``ner.cfg``
for both heads, ``--set-knowledge`` and ``--set-skill`` for one. The taxonomy feature
(``components.py``) reads the taxonomy of this checkout.
"""

from __future__ import annotations

import argparse
import json
import random
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


def tag_runs(tags: list[str]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the BIO runs in ``tags``."""
    runs, begin = [], None
    for index, tag in enumerate([*tags, "O"]):
        if begin is not None and tag != "I":
            runs.append((begin, index))
            begin = None
        if tag == "B":
            begin = index
    return runs


def replacement_names() -> dict[str, list[str]]:
    """Names to swap in, by taxonomy category (``""``: every skill): each skill's name and aliases."""
    from jobmatch.taxonomy import load_taxonomy

    names: dict[str, list[str]] = {"": []}
    for skill in load_taxonomy().skills.values():
        for name in dict.fromkeys((skill.name, *skill.plain_aliases)):
            names.setdefault(skill.category, []).append(name)
            names[""].append(name)
    return names


def augment(records: list[dict], copies: int, seed: int) -> list[dict]:
    """``copies`` more of each sentence that has Knowledge spans, every span swapped for another
    name: a taxonomy skill of the same category when the taxonomy names the span, otherwise (half
    the time each) another Knowledge string of the train split or any taxonomy skill. The model
    then learns the contexts that make a Knowledge span, not only the names SkillSpan's
    annotators happened to see. Only the train split is augmented."""
    from jobmatch.pipeline import find_skills_per_line
    from jobmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    names = replacement_names()
    seen_strings = sorted(
        {" ".join(r["tokens"][a:b]) for r in records for a, b in tag_runs(r["tags_knowledge"])}
    )
    rng = random.Random(seed)
    texts = [sentence_text(record["tokens"]) for record in records]
    augmented = []
    for record, mentions in zip(records, find_skills_per_line(texts), strict=True):
        runs = tag_runs(record["tags_knowledge"])
        if not runs:
            continue
        starts, position = [], 0
        for token in record["tokens"]:
            starts.append(position)
            position += len(token) + 1
        categories = {
            (m.start, m.end): taxonomy.skills[m.skill].category
            for m in mentions
            if m.skill in taxonomy.skills
        }
        for _ in range(copies):
            tokens, tags, position = [], [], 0
            for begin, end in runs:
                tokens += record["tokens"][position:begin]
                tags += ["O"] * (begin - position)
                span = (starts[begin], starts[end - 1] + len(record["tokens"][end - 1]))
                if span in categories:
                    name = rng.choice(names[categories[span]])
                elif rng.random() < 0.5:
                    name = rng.choice(seen_strings)
                else:
                    name = rng.choice(names[""])
                words = name.split()
                tokens += words
                tags += ["B"] + ["I"] * (len(words) - 1)
                position = end
            tokens += record["tokens"][position:]
            tags += ["O"] * (len(record["tokens"]) - position)
            augmented.append({"tokens": tokens, "tags_knowledge": tags, "source": record["source"]})
    return augmented


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


def train_head(name: str, config: Path, work: Path, kind: str, overrides: dict[str, object]) -> Path:
    """Train one head with ``spacy train`` into ``work/name``; returns its best model on dev."""
    from spacy.cli.train import train

    output = work / name
    overrides = {
        "paths.train": str(work / f"{kind}-train.spacy"),
        "paths.dev": str(work / f"{kind}-dev.spacy"),
        **overrides,
    }
    started = time.perf_counter()
    train(config, output, overrides=overrides)
    print(f"{name}: trained in {time.perf_counter() - started:.0f} s")
    return output / "model-best"


def assemble(heads: dict[str, Path], destination: Path) -> None:
    """One pipeline: blank English tokenizer, then the ``knowledge`` head(s) (``knowledge``,
    ``knowledge_1`` ... for an ensemble) and the ``skill`` head.

    Each head keeps its own tok2vec (it has no listener), so they can run one after the other;
    ``jobmatch.spanmodel`` moves each head's entities aside before the next runs and combines the
    knowledge heads' spans."""
    nlp = spacy.blank("en")
    taxonomy_feature: set[bool | str] = set()
    for name, path in heads.items():
        head = spacy.load(path)
        nlp.add_pipe("ner", name=name, source=head)
        if "taxonomy_tags" not in head.pipe_names:
            taxonomy_feature.add(False)
        elif head.config["components"]["taxonomy_tags"].get("categories"):
            taxonomy_feature.add("categories")
        else:
            taxonomy_feature.add(True)
    if len(taxonomy_feature) != 1:
        raise ValueError("both heads must be trained with the same taxonomy feature, or neither")
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
    parser.add_argument(
        "--knowledge-heads",
        nargs="+",
        choices=["plain", "augmented"],
        default=["plain"],
        help="one knowledge head per entry: 'plain' learns from the train split, 'augmented' from it "
        "and --augment swapped copies; a variant named again gets the next seed (system.seed + 1 ...), "
        "so 'plain augmented' is the two single-head runs put together (jobmatch takes the union of "
        "the heads' spans)",
    )
    parser.add_argument(
        "--augment",
        type=int,
        default=2,
        metavar="N",
        help="swapped copies of each train sentence with Knowledge spans, for augmented heads",
    )
    parser.add_argument("--augment-seed", type=int, default=0, help="seed of the augmentation")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--install", action="store_true", help=f"write the model to {SHIPPED}")
    where.add_argument("--output", type=Path, help="write the assembled model here")
    args = parser.parse_args()

    started = time.perf_counter()
    args.work.mkdir(parents=True, exist_ok=True)
    splits = {split: read_jsonl(args.data / f"{split}.jsonl") for split in ("train", "dev")}
    heads = {}
    for kind in args.kinds:
        variants = args.knowledge_heads if kind == "knowledge" else ["plain"]
        for split, records in splits.items():
            count = convert(records, kind, args.work / f"{kind}-{split}.spacy")
            print(f"{kind} {split}: {len(records)} sentences, {count} spans")
        if "augmented" in variants:
            records = splits["train"] + augment(splits["train"], args.augment, args.augment_seed)
            count = convert(records, kind, args.work / f"{kind}-augmented-train.spacy")
            print(f"{kind} train, augmented: {len(records)} sentences, {count} spans")
        own = args.set_knowledge if kind == "knowledge" else args.set_skill
        settings = parse_settings([*args.set, *own])
        for index, variant in enumerate(variants):
            name = f"{kind}_{index}" if index else kind
            head_settings = {
                **settings,
                "system.seed": int(settings.get("system.seed", 0)) + variants[:index].count(variant),
                "paths.train": str(
                    args.work / f"{kind}{'-augmented' if variant == 'augmented' else ''}-train.spacy"
                ),
            }
            heads[name] = train_head(name, args.config, args.work, kind, head_settings)
    for name, path in heads.items():
        scores = json.loads((path / "meta.json").read_text(encoding="utf-8"))["performance"]
        print(
            f"{name}: dev exact P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} F1 {scores['ents_f']:.3f}"
        )
    destination = SHIPPED if args.install else args.output
    if destination is not None:
        if {name.partition("_")[0] for name in heads} != set(KINDS):
            parser.error("assembling the model needs both heads (--kinds knowledge skill)")
        assemble(heads, destination)
        size = sum(f.stat().st_size for f in destination.rglob("*") if f.is_file())
        print(f"model written to {destination} ({size / 1e6:.1f} MB)")
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
