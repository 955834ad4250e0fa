"""The spaCy pipeline: unchanged tokens with the faster tokenizer rules, skills with context."""

from __future__ import annotations

import spacy
from conftest import EXAMPLES, POSTINGS

from jobmatch.loaders import load_document
from jobmatch.pipeline import (
    ambiguous_patterns,
    concept_patterns,
    fast_tokenizer_rules,
    find_skills,
    get_pipeline,
    skill_patterns,
)
from jobmatch.taxonomy import load_taxonomy


def test_dropping_whitespace_special_cases_keeps_tokens_identical() -> None:
    reference, fast = spacy.blank("en"), spacy.blank("en")
    fast_tokenizer_rules(fast)
    assert len(fast.tokenizer.rules) < len(reference.tokenizer.rules)
    texts = [
        load_document(p).text
        for p in sorted(EXAMPLES.iterdir()) + sorted(POSTINGS.iterdir())
        if p.suffix in {".txt", ".md", ".html", ".pdf", ".docx", ".json"}
    ]
    texts.append("C/C++ and\n\nNode.js\t\t(k8s)  \n  CI/CD — e.g. AWS/GCP; R&D; go-to-market")
    for text in texts:
        assert [t.text for t in fast(text)] == [t.text for t in reference(text)]


def test_the_tokenizer_cache_has_room_for_the_taxonomy_and_the_resumes() -> None:
    """spaCy stops caching chunks once its cache is full (10,000 by default); building the phrase
    matchers tokenizes every alias, so a cache that only just holds them leaves every résumé
    uncached (NLP time x1.6 in a screen). BENCHMARKS.md "Screening" has the measured effect."""
    taxonomy = load_taxonomy()
    patterns = [*skill_patterns(taxonomy), *ambiguous_patterns(taxonomy), *concept_patterns(taxonomy)]
    chunks = {chunk for p in patterns if isinstance(p["pattern"], str) for chunk in p["pattern"].split()}
    assert len(chunks) > 10_000  # the reason: more than spaCy's default holds
    assert get_pipeline().tokenizer.max_cache_size >= len(chunks) + 100_000  # and a run's own words


def skills_of(text: str) -> list[str]:
    return [m.skill for m in find_skills(text)]


def test_symbols_and_aliases_map_to_canonical_ids() -> None:
    assert skills_of("C/C++, C#, .NET, Node.js, CI/CD, k8s and Golang") == [
        "c",
        "cpp",
        "csharp",
        "dotnet",
        "nodejs",
        "ci-cd",
        "kubernetes",
        "go",
    ]


def test_ambiguous_short_names_need_context() -> None:
    assert skills_of("We go to market fast; our R&D team will go over the plan.") == []
    assert skills_of("Our go-to-market team") == []
    assert skills_of("Languages: Go, Rust, Python") == ["go", "rust", "python"]
    assert skills_of("Experience writing services in Go") == ["go"]
    assert skills_of("Fluent in R and SQL") == ["r", "sql"]
    assert skills_of("Swift delivery and a spark of curiosity") == []


def test_offsets_point_at_the_mention() -> None:
    text = "Built pipelines with Apache Kafka and Spark."
    for mention in find_skills(text):
        assert text[mention.start : mention.end] == mention.text
    assert {m.skill for m in find_skills(text)} >= {"kafka", "spark"}


def test_labelled_lines_and_names_near_other_skills() -> None:
    assert skills_of("LANGUAGES: Polish (native), English (C1), German (B1)") == [
        "polish",
        "english",
        "german",
    ]
    assert skills_of("Built ETL jobs in Spark") == ["etl", "spark"]
    assert skills_of("Spark of genius in Python") == ["python"]  # the first word of a line proves nothing
