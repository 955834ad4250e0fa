"""The JSON Schema (draft 2020-12) of the ``score --format json`` document.

It is part of jobmatch's CI contract: programs reading the report can validate it, and
``schema_version`` is a ``const`` of :data:`jobmatch.score.SCHEMA_VERSION`. The schema is strict
(no unknown properties), so any change to :func:`jobmatch.render.result_dict` shows up here and
in the fingerprint test, which insists on a version bump.
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

DRAFT = "https://json-schema.org/draft/2020-12/schema"
VERDICTS = ["met", "partial", "missing", "unassessed"]
BUCKETS = ["minimum", "preferred"]
KINDS = ["skill", "experience", "education", "domain", "soft", "other"]
POSITION_KINDS = ["job", "internship", "education", "project", "other"]
RESUME_FORMATS = ["text", "markdown", "html", "pdf", "docx", "json-resume"]


def _object(properties: dict[str, Any], description: str = "") -> dict[str, Any]:
    """A strict object: every listed property required, nothing else allowed."""
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


def _array(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items}


STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
COUNT = {"type": "integer", "minimum": 0}
STRINGS = _array(STRING)
DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


def score_schema() -> dict[str, Any]:
    """The schema as a dict (printed by ``jobmatch schema``)."""
    from jobmatch.score import SCHEMA_VERSION

    evidence = _object(
        {"text": STRING, "section": STRING, "line": COUNT},
        "A résumé line quoted as evidence, with its section and line number.",
    )
    tally = _object({"met": COUNT, "partial": COUNT, "missing": COUNT, "unassessed": COUNT, "total": COUNT})
    area_fit = _object({"name": STRING, "score": {"type": "number", "minimum": 0}, "matched": STRINGS})
    requirement = _object(
        {
            "id": {"type": "string", "pattern": "^(min|pref)-[0-9]+$"},
            "bucket": {"enum": BUCKETS},
            "text": STRING,
            "kinds": {**_array({"enum": KINDS}), "minItems": 1},
            "verdict": {"enum": VERDICTS},
            "confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "reason": STRING,
            "evidence": _array(evidence),
            "matched": STRINGS,
            "missing": STRINGS,
            "searched_for": STRINGS,
            "suggestion": STRING,
            "areas": _array(area_fit),
        },
        "One posting requirement with its verdict, the reason and the evidence.",
    )
    month = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}
    position = _object(
        {
            "title": STRING,
            "start": month,
            "end": {"anyOf": [month, {"const": "present"}]},
            "months": COUNT,
            "kind": {"enum": POSITION_KINDS},
        }
    )
    education = _object({"level": NULLABLE_STRING, "fields": STRINGS, "text": STRING})
    resume = _object(
        {
            "source": STRING,
            "format": {"enum": RESUME_FORMATS},
            "name": {**NULLABLE_STRING, "description": "null when unknown or with --redact"},
            "as_of": DATE,
            "total_years": {"type": "number", "minimum": 0},
            "positions": _array(position),
            "education": _array(education),
            "skills": {**STRINGS, "uniqueItems": True},
        }
    )
    best_area = _object(
        {
            "name": STRING,
            "score": {"type": "number", "minimum": 0},
            "matched": STRINGS,
            "evidence": _array(evidence),
        }
    )
    document = _object(
        {
            "schema_version": {"const": SCHEMA_VERSION},
            "jobmatch_version": STRING,
            "taxonomy_version": STRING,
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "meets_minimum": {"type": "boolean"},
            "summary": STRING,
            "minimum": tally,
            "preferred": tally,
            "posting": _object({"source": STRING, "title": STRING}),
            "resume": resume,
            "requirements": _array(requirement),
            "best_areas": _array(best_area),
        }
    )
    return copy.deepcopy(
        {  # the constants above are shared; callers may mutate the result
            "$schema": DRAFT,
            "$id": f"urn:jobmatch:score-report:{SCHEMA_VERSION}",
            "title": "jobmatch score report",
            "description": "The output of `jobmatch score --format json`.",
            **document,
        }
    )


def schema_json(schema: dict[str, Any] | None = None) -> str:
    return json.dumps(schema or score_schema(), indent=2, ensure_ascii=False)


def schema_fingerprint(schema: dict[str, Any] | None = None) -> str:
    """SHA-256 of the schema's canonical JSON (sorted keys, no whitespace)."""
    canonical = json.dumps(schema or score_schema(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
