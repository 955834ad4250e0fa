"""The learned skill-span model: shipped in the package, loaded offline, spans on posting lines."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

import jobmatch
from jobmatch.pipeline import find_skills_per_line, make_doc
from jobmatch.spanmodel import (
    MAX_LINE_CHARS,
    MODEL_DIR,
    ModelSpan,
    _split_alternatives,
    combine_votes,
    head_names,
    load_span_model,
    predict_spans,
)

REQUIREMENT_LINES = {
    "nursing": "Charting experience in Epic; BLS and ACLS certification required",
    "accounting": "Experience with NetSuite and month-end close, including account reconciliations",
    "software": "Strong experience building REST APIs in Python with PostgreSQL and Docker",
    "construction": "Proficiency with AutoCAD and Revit required",
}


def knowledge_texts(spans: tuple[ModelSpan, ...]) -> list[str]:
    return [span.text for span in spans if span.label == "knowledge"]


def test_the_model_ships_inside_the_package_and_loads_without_network(monkeypatch) -> None:
    assert MODEL_DIR.parent == Path(jobmatch.__file__).resolve().parent
    size = sum(path.stat().st_size for path in MODEL_DIR.rglob("*") if path.is_file())
    assert 0 < size < 20_000_000

    def no_network(*args, **kwargs):
        raise AssertionError("the skill-span model tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    load_span_model.cache_clear()
    nlp = load_span_model()
    assert {"knowledge", "skill"} <= set(nlp.pipe_names)
    assert load_span_model() is nlp  # loaded once per process


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("nursing", "Epic"),
        ("accounting", "NetSuite"),
        ("software", "PostgreSQL"),
        ("construction", "AutoCAD"),
    ],
)
def test_knowledge_spans_cover_the_tools_a_line_names(field: str, expected: str) -> None:
    (spans,) = predict_spans([REQUIREMENT_LINES[field]])
    assert any(expected in text for text in knowledge_texts(spans)), spans


def test_skill_spans_find_applied_skills() -> None:
    lines = [
        "Ability to communicate effectively with patients, families and the care team",
        "You will design and implement scalable backend services",
    ]
    for line, spans in zip(lines, predict_spans(lines), strict=True):
        skills = [span for span in spans if span.label == "skill"]
        assert skills, (line, spans)


def test_offsets_point_into_each_line_and_lines_stay_in_order() -> None:
    lines = list(REQUIREMENT_LINES.values())
    predicted = predict_spans(lines * 3)
    assert len(predicted) == len(lines) * 3
    assert predicted[: len(lines)] == predicted[len(lines) : 2 * len(lines)]
    for line, spans in zip(lines * 3, predicted, strict=True):
        for span in spans:
            assert line[span.start : span.end] == span.text
            assert span.label in {"knowledge", "skill"}


def test_an_empty_line_and_a_very_long_line() -> None:
    long_line = "Experience with Kubernetes and Terraform, " * 750  # 31,500 characters
    assert len(long_line) > 30_000
    empty, long = predict_spans(["", long_line])
    assert empty == ()
    assert long and all(span.end <= MAX_LINE_CHARS for span in long)


def test_skills_per_line_adds_model_spans_and_keeps_mentions(run) -> None:
    lines = [*REQUIREMENT_LINES.values(), "", "Go, Java and C/C++"]
    result = run("skills", "-", "--per-line", input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [set(record) for record in records] == [{"line", "mentions", "spans"}] * len(lines)
    expected_mentions = [
        [{"start": m.start, "end": m.end, "text": m.text, "skill": m.skill} for m in mentions]
        for mentions in find_skills_per_line(lines)
    ]
    assert [record["mentions"] for record in records] == expected_mentions
    expected_spans = [
        [{"start": s.start, "end": s.end, "text": s.text, "label": s.label} for s in spans]
        for spans in predict_spans(lines)
    ]
    assert [record["spans"] for record in records] == expected_spans
    assert any("NetSuite" in span["text"] for span in records[1]["spans"] if span["label"] == "knowledge")
    assert records[4]["spans"] == []

    without = run("skills", "-", "--per-line", "--no-model", input="\n".join(lines) + "\n")
    assert without.exit_code == 0
    assert [json.loads(line) for line in without.stdout.splitlines()] == [
        {"line": record["line"], "mentions": record["mentions"]} for record in records
    ]


def test_skills_table_lists_model_spans(run) -> None:
    result = run(
        "skills", "-", "--per-line", "--format", "table", input=REQUIREMENT_LINES["accounting"] + "\n"
    )
    assert result.exit_code == 0, result.stderr
    assert "skill-span model" in result.stdout and "NetSuite" in result.stdout


def test_a_very_long_line_through_the_cli(run) -> None:
    long_line = "Proficiency in Excel and SAP. " * 1_000
    result = run("skills", "-", "--per-line", input=long_line + "\n\n")
    assert result.exit_code == 0, result.stderr
    first, empty = (json.loads(line) for line in result.stdout.splitlines())
    assert first["spans"] and all(span["end"] <= MAX_LINE_CHARS for span in first["spans"])
    assert empty == {"line": 1, "mentions": [], "spans": []}


def test_knowledge_heads_of_an_ensemble_are_combined_as_a_union() -> None:
    """Spans both heads found come first, then the longer of two overlapping ones; a span only one
    head found is kept (the heads mostly miss spans rather than invent them)."""
    line = "Experience with Java Spring and SQL Server; Jira a plus"

    def span(text: str) -> ModelSpan:
        start = line.index(text)
        return ModelSpan(start, start + len(text), text, "knowledge")

    plain = [span("Java Spring"), span("SQL Server")]
    augmented = [span("Java"), span("SQL Server"), span("Jira")]
    combined = combine_votes([*plain, *augmented])
    assert sorted(s.text for s in combined) == ["Java Spring", "Jira", "SQL Server"]
    assert combine_votes(plain) == plain  # one head: its own spans
    nlp = load_span_model()
    assert head_names(nlp, "knowledge")[0] == "knowledge"
    assert head_names(nlp, "skill") == ["skill"]


def test_one_word_alternatives_joined_by_a_spaced_slash_are_split() -> None:
    doc = make_doc("C / C++ , Kubernetes / OpenShift / Rancher , CI / CD pipelines , TCP/IP")
    assert [s.text for s in _split_alternatives(doc[0:3])] == ["C", "C++"]
    assert [s.text for s in _split_alternatives(doc[4:9])] == ["Kubernetes", "OpenShift", "Rancher"]
    assert [s.text for s in _split_alternatives(doc[10:14])] == ["CI / CD pipelines"]
    assert [s.text for s in _split_alternatives(doc[15:18])] == ["TCP/IP"]
