"""The learned skill-span model: Knowledge and Skill spans in posting requirement lines.

A small spaCy pipeline shipped in the package (``jobmatch/skillspan_model``), trained by
``train/skillspan/train.py`` on SkillSpan (Zhang et al., NAACL 2022; MIT licence). It finds
what the taxonomy does not know: *knowledge* spans (tools, products, methods, domains: "Bluebeam
Revu", "property law") and *skill* spans (applied and soft skills, often a clause: "work in a
team"). It runs on posting lines only, never on résumés: a résumé screen would pay its cost per
file. Loaded on first use, once per process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from jobmatch.errors import DataError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from jobmatch.models import SkillMention

SpanLabel = Literal["knowledge", "skill"]
HEADS: tuple[SpanLabel, ...] = ("knowledge", "skill")  # span kinds, each from one or more NER heads
MAX_LINE_CHARS = 1_000  # a requirement line is far shorter; the rest of a longer one is not read
MODEL_DIR = Path(__file__).resolve().parent / "skillspan_model"


@dataclass(frozen=True)
class ModelSpan:
    """A span the model found: character offsets into its line, the text, knowledge or skill."""

    start: int
    end: int
    text: str
    label: SpanLabel


@cache
def load_span_model() -> Language:
    """The shipped pipeline, loaded once per process (about 19 MB, read from the package only).

    It shares jobmatch's pipeline's vocabulary and tokenizer (``make_doc``), the ones it was
    trained with, instead of building its own: the English tokenizer's special cases cost more
    to load than the heads."""
    import spacy
    from spacy.util import registry

    from jobmatch.pipeline import get_pipeline

    if not (MODEL_DIR / "meta.json").is_file():
        raise DataError(str(MODEL_DIR), "", "the skill-span model is missing; reinstall jobmatch")
    registry.tokenizers.register("jobmatch.no_tokenizer.v1", func=_no_tokenizer)
    nlp = spacy.load(
        MODEL_DIR,
        vocab=get_pipeline().vocab,
        exclude=["tokenizer", "vocab"],
        config={"nlp": {"tokenizer": {"@tokenizers": "jobmatch.no_tokenizer.v1"}}},
    )
    missing = [head for head in HEADS if not head_names(nlp, head)]
    if missing:
        raise DataError(str(MODEL_DIR), "", f"the skill-span model has no {', '.join(missing)} component")
    return nlp


def _no_tokenizer() -> Callable[[Language], Callable[[str], Doc]]:
    """The model's own tokenizer slot: never used (docs come from jobmatch's pipeline)."""

    def create(nlp: Language) -> Callable[[str], Doc]:
        from jobmatch.pipeline import make_doc

        return make_doc

    return create


def predict_spans(
    lines: Sequence[str],
    mentions: Sequence[Sequence[SkillMention]] | None = None,
    batch_size: int = 64,
) -> list[tuple[ModelSpan, ...]]:
    """Knowledge and skill spans of each line, in order of start, offsets into that line.

    Only the first ``MAX_LINE_CHARS`` characters of a line are read. The model reads the
    taxonomy's mentions in a line as a feature: pass ``mentions`` (one list per line, offsets
    into the line, as :func:`jobmatch.pipeline.find_skills_per_line` gives them) when they are
    at hand, or they are found again."""
    return list(iter_spans(lines, mentions, batch_size))


def iter_spans(
    lines: Iterable[str],
    mentions: Iterable[Sequence[SkillMention]] | None = None,
    batch_size: int = 64,
) -> Iterator[tuple[ModelSpan, ...]]:
    """:func:`predict_spans` as a stream, ``batch_size`` lines at a time (for ``skills --per-line``
    on a long input, whose first lines are written before the last are read)."""
    nlp = load_span_model()
    texts = iter(lines)
    known = iter(mentions) if mentions is not None else None
    while batch := list(islice(texts, batch_size)):
        yield from _predict_batch(nlp, batch, None if known is None else list(islice(known, len(batch))))


def _predict_batch(
    nlp: Language, lines: list[str], mentions: list[Sequence[SkillMention]] | None
) -> list[tuple[ModelSpan, ...]]:
    """The heads write entities one after the other, so each head's are moved aside before the
    next runs (a NER keeps entities already set)."""
    from jobmatch.pipeline import make_doc

    docs = [make_doc(line[:MAX_LINE_CHARS]) for line in lines]
    feature = nlp.meta.get("jobmatch", {}).get("taxonomy_feature")
    if feature:
        if mentions is None:
            from jobmatch.pipeline import find_skills_per_line

            mentions = list(find_skills_per_line([doc.text for doc in docs]))
        for doc, line_mentions in zip(docs, mentions, strict=True):
            tag_taxonomy_mentions(doc, line_mentions, categories=feature == "categories")
    found: list[list[ModelSpan]] = [[] for _ in docs]
    for label in HEADS:
        votes: list[list[ModelSpan]] = [[] for _ in docs]
        for head in head_names(nlp, label):
            for line_votes, head_spans in zip(votes, _head_spans(nlp, head, label, docs), strict=True):
                line_votes.extend(head_spans)
        for spans, line_votes in zip(found, votes, strict=True):
            spans.extend(combine_votes(line_votes))
    return [tuple(sorted(spans, key=lambda s: (s.start, s.end, s.label))) for spans in found]


def _head_spans(nlp: Language, head: str, label: SpanLabel, docs: list[Doc]) -> Iterator[list[ModelSpan]]:
    """One head's spans in each doc, trimmed; the doc's entities are cleared for the next head."""
    for doc in nlp.get_pipe(head).pipe(docs, batch_size=len(docs)):
        spans = []
        for entity in doc.ents:
            trimmed = _trim(entity)
            if trimmed is None:
                continue
            for part in _split_alternatives(trimmed) if label == "knowledge" else [trimmed]:
                spans.append(ModelSpan(part.start_char, part.end_char, part.text, label))
        doc.ents = ()
        yield spans


def head_names(nlp: Language, label: SpanLabel) -> list[str]:
    """The pipeline's components for ``label``: ``knowledge``, then ``knowledge_1`` ... when the
    model is an ensemble of heads (other seeds or other training data)."""
    return [name for name in nlp.pipe_names if name == label or name.startswith(f"{label}_")]


def combine_votes(spans: Sequence[ModelSpan]) -> list[ModelSpan]:
    """One set of spans from the spans of several heads (with one head, its own spans): every
    span any head found, the ones more heads agree on first, then the longer ones, dropping a
    span that overlaps one already kept. The union wins over a majority vote on SkillSpan dev:
    the heads' errors are mostly spans they miss, not spans they invent."""
    counts: dict[tuple[int, int], int] = {}
    by_offsets: dict[tuple[int, int], ModelSpan] = {}
    for span in spans:
        key = (span.start, span.end)
        counts[key] = counts.get(key, 0) + 1
        by_offsets[key] = span
    kept: list[ModelSpan] = []
    for key in sorted(counts, key=lambda k: (-counts[k], k[0] - k[1], k[0])):
        if not any(key[0] < other.end and other.start < key[1] for other in kept):
            kept.append(by_offsets[key])
    return kept


EDGE_TOKENS = frozenset({",", ";", ":", "and", "or", "of", "with", "in", "for", "to", "the", "a", "an"})


def _trim(span: Span) -> Span | None:
    """The span without a separator or joining word at either edge ("Epic;", "Epic or"): the
    model learned a few from sentences whose gold tokens kept their punctuation. Other
    punctuation stays: it is part of ".NET", "C#" and "(AWS)"."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in EDGE_TOKENS:
        start += 1
    while end > start and doc[end - 1].lower_ in EDGE_TOKENS:
        end -= 1
    return doc[start:end] if end > start else None


def _split_alternatives(span: Span) -> list[Span]:
    """One-word names joined by a spaced slash are separate knowledge spans ("C / C++",
    "Kubernetes / OpenShift"), as SkillSpan's annotators mark them; a slash with a longer name
    on either side stays inside one span ("CI / CD pipelines", "Database design / management"),
    and so does an unspaced one ("TCP/IP", one word in SkillSpan's text)."""
    tokens = list(span)
    slashes = [t for t in tokens[1::2] if t.text == "/" and t.whitespace_ and t.nbor(-1).whitespace_]
    if len(tokens) < 3 or len(tokens) % 2 == 0 or len(slashes) != len(tokens) // 2:
        return [span]
    return [span.doc[t.i : t.i + 1] for t in tokens[0::2]]


TAXONOMY_FIRST, TAXONOMY_INSIDE = "TAXB", "TAXI"


def tag_taxonomy_mentions(doc: Doc, mentions: Iterable[SkillMention], categories: bool = False) -> Doc:
    """Mark the tokens of taxonomy mentions in ``token.tag_`` (first token TAXB, others TAXI), a
    feature the model's embeddings read: what the taxonomy knows, the model need not learn
    from SkillSpan alone. With ``categories`` the tag also names the skill's category
    ("TAXB-language"): a language is nearly always a Knowledge span, a business skill far less
    often. ``mentions`` come from jobmatch's pipeline on the same text."""
    first, inside = TAXONOMY_FIRST, TAXONOMY_INSIDE
    length = len(doc.text)  # once: Doc.text joins every token, and a line can hold many mentions
    for mention in mentions:
        if categories:
            category = _skill_category(mention.skill)
            first, inside = f"{TAXONOMY_FIRST}-{category}", f"{TAXONOMY_INSIDE}-{category}"
        if mention.end > length:  # past the characters the model reads
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            token.tag_ = first if token.i == span.start else inside
    return doc


def _skill_category(skill_id: str) -> str:
    from jobmatch.taxonomy import load_taxonomy

    skill = load_taxonomy().skills.get(skill_id)
    return skill.category if skill is not None else "other"
