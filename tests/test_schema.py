"""The JSON Schema of ``score --format json``: real reports validate against it, it is strict,
and it cannot change without a ``SCHEMA_VERSION`` bump."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import AS_OF, EXAMPLES
from typer.testing import Result

from jobmatch.schema import schema_fingerprint, score_schema
from jobmatch.score import SCHEMA_VERSION

# SHA-256 of the canonical JSON of the schema (jobmatch.schema.schema_fingerprint), per
# SCHEMA_VERSION. When test_schema_changes_need_a_version_bump fails: if the change to the
# report is intended, bump SCHEMA_VERSION in jobmatch/score.py and add the new line here.
RECORDED_FINGERPRINTS = {
    "1.0": "61f0584397b900be4ced87e8a4e9cb0c0bf29bc50e9e9ed68eef3b3a6535c863",
    "1.1": "dae5f5d3fc8a28fe0b0a15adb0e6cea1cac417ea4152e6c2b3f704ffaab8db46",
    "1.2": "6a3c175c144bece29caea62dacaeb4c5ea59df3ef195d3257b2ba8971d9299b6",
    "1.3": "3ded26ca829b53189bb1567e3d715475180e8fd5ced69d6bb5bf3ef4d6109b56",
    "1.4": "4a2c93071d7e4c5f04c24e089bcc76db4f9f0eaa221ef6c5ec3f499868a117c9",
    "1.5": "e7a8f779bdb353f3677e3d746aab0b22d6c21d22d6cdf8a6bde09372bc654ff8",
}

EXAMPLE_RESUMES = sorted(p for p in EXAMPLES.iterdir() if p.is_file() and p.suffix != ".yaml")
OTHER_POSTINGS = sorted((EXAMPLES / "postings").iterdir())


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = score_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator: jsonschema.protocols.Validator, document: dict[str, Any]) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_there_are_examples_to_validate() -> None:
    assert len(EXAMPLE_RESUMES) == 7
    assert len(OTHER_POSTINGS) >= 2


@pytest.mark.parametrize("resume", EXAMPLE_RESUMES, ids=lambda p: p.name)
def test_real_reports_validate(
    run_json: Callable[..., dict], validator: jsonschema.protocols.Validator, resume: Path
) -> None:
    document = run_json("score", resume, "--format", "json", "--as-of", AS_OF)
    assert errors(validator, document) == []
    assert document["schema_version"] == SCHEMA_VERSION
    redacted = run_json("score", resume, "--format", "json", "--as-of", AS_OF, "--redact")
    assert errors(validator, redacted) == []


@pytest.mark.parametrize("posting", OTHER_POSTINGS, ids=lambda p: p.name)
def test_reports_against_other_postings_validate(
    run_json: Callable[..., dict], validator: jsonschema.protocols.Validator, posting: Path
) -> None:
    for resume in EXAMPLE_RESUMES:
        document = run_json("score", resume, "--posting", posting, "--format", "json", "--as-of", AS_OF)
        assert errors(validator, document) == [], resume.name


def test_the_schema_is_strict_and_rejects_drift(
    run_json: Callable[..., dict], validator: jsonschema.protocols.Validator
) -> None:
    document = run_json("score", EXAMPLE_RESUMES[0], "--format", "json", "--as-of", AS_OF)
    extra = copy.deepcopy(document)
    extra["requirements"][0]["weight"] = 1.0
    assert any("weight" in e for e in errors(validator, extra))
    missing = copy.deepcopy(document)
    del missing["resume"]["total_years"]
    assert any("total_years" in e for e in errors(validator, missing))
    other_version = {**document, "schema_version": "0.9"}
    assert errors(validator, other_version)
    bad_verdict = copy.deepcopy(document)
    bad_verdict["requirements"][0]["verdict"] = "maybe"
    assert errors(validator, bad_verdict)


def objects(schema: Any) -> Iterator[dict[str, Any]]:
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            yield schema
        for value in schema.values():
            yield from objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from objects(value)


def test_every_object_forbids_unknown_properties() -> None:
    schema = score_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    found = list(objects(schema))
    assert len(found) >= 8
    for item in found:
        assert item["additionalProperties"] is False, item
        assert set(item["required"]) == set(item["properties"]), item


def test_schema_command_prints_the_schema(run: Callable[..., Result]) -> None:
    result = run("schema")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == score_schema()
    assert result.stderr == ""


def test_schema_changes_need_a_version_bump() -> None:
    fingerprint = schema_fingerprint()
    recorded = RECORDED_FINGERPRINTS.get(SCHEMA_VERSION)
    assert recorded is not None, (
        f"SCHEMA_VERSION {SCHEMA_VERSION} has no recorded schema fingerprint: add "
        f'"{SCHEMA_VERSION}": "{fingerprint}" to RECORDED_FINGERPRINTS in {__file__}'
    )
    assert fingerprint == recorded, (
        f"The JSON schema of `score --format json` changed, but SCHEMA_VERSION is still "
        f"{SCHEMA_VERSION}. Bump SCHEMA_VERSION in jobmatch/score.py (programs reading the report "
        f"rely on it) and run this test again: it prints the fingerprint line to add to "
        f"RECORDED_FINGERPRINTS in {__file__}."
    )
    assert len(set(RECORDED_FINGERPRINTS.values())) == len(RECORDED_FINGERPRINTS)


def test_the_fingerprint_is_canonical() -> None:
    schema = score_schema()
    reordered = dict(reversed(list(schema.items())))
    assert schema_fingerprint(reordered) == schema_fingerprint(schema)
    changed = copy.deepcopy(schema)
    changed["properties"]["score"]["maximum"] = 1000
    assert schema_fingerprint(changed) != schema_fingerprint(schema)
