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
KINDS = ["skill", "experience", "education", "credential", "language", "domain", "soft", "condition", "other"]
# the checkers' part kinds (jobmatch.match.verdicts.PartVerdict.kind)
PART_KINDS = [
    "skill",
    "term",
    "language",
    "credential",
    "competency",
    "concept",
    "group",
    "years",
    "degree",
    "area",
    "knowledge",
    "region",
    "scale",
]
POSITION_KINDS = ["job", "internship", "education", "project", "other"]
RESUME_FORMATS = ["text", "markdown", "html", "pdf", "docx", "json-resume"]
EDUCATION_STATUSES = ["completed", "expected", "in_progress"]
CREDENTIAL_STATES = ["held", "expired", "in_progress", "booked", "eligible", "planned"]
LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "native"]


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
NUMBER = {"type": "number", "minimum": 0}
NULLABLE_NUMBER = {"type": ["number", "null"], "minimum": 0}
LINE = {"type": "integer", "minimum": 1}
NULLABLE_LINE = {"type": ["integer", "null"], "minimum": 1}
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
    part = _object(
        {
            "kind": {"enum": PART_KINDS},
            "verdict": {"enum": VERDICTS},
            "reason": STRING,
            "evidence": _array(evidence),
            "matched": STRINGS,
            "missing": STRINGS,
            "gap": STRING,
        },
        "What one checker found for one part of the requirement (a skill, a group, the years ...).",
    )
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
            "gap": {**STRING, "description": "what is missing, in a few words; empty when met"},
            "parts": _array(part),
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
    facts = _object(
        {
            "experience": _object(
                {
                    "years": {
                        **NULLABLE_NUMBER,
                        "description": "null when unknown (no dated job, no stated figure)",
                    },
                    "method": {
                        "enum": [
                            "dated jobs",
                            "dated jobs, over stated total",
                            "stated total",
                            "stated total, over dated jobs",
                            "unknown",
                        ]
                    },
                    "evidence": {"anyOf": [_object({"text": STRING, "line": LINE}), {"type": "null"}]},
                    "dated_years": NULLABLE_NUMBER,
                    "stated_years": NULLABLE_NUMBER,
                    "jobs": COUNT,
                },
                "Total professional years, how they were read and from which line.",
            ),
            "stated_years": _array(
                _object(
                    {
                        "years": NUMBER,
                        "phrase": STRING,
                        "text": STRING,
                        "line": LINE,
                        "labelled_total": {"type": "boolean"},
                        "fields": STRINGS,
                    }
                )
            ),
            "positions": _array(
                _object(
                    {
                        "title": STRING,
                        "start": month,
                        "end": {"anyOf": [month, {"const": "present"}]},
                        "months": COUNT,
                        "kind": {"enum": POSITION_KINDS},
                        "fields": STRINGS,
                        "method": {"enum": ["dated line", "table", "bullet"]},
                        "line": LINE,
                    }
                )
            ),
            "degrees": _array(
                _object(
                    {
                        "level": {
                            "enum": ["secondary", "diploma", "associate", "bachelor", "master", "phd", None]
                        },
                        "degree": STRING,
                        "fields": STRINGS,
                        "status": {"enum": EDUCATION_STATUSES},
                        "year": {"type": ["integer", "null"]},
                        "text": STRING,
                        "line": LINE,
                        "section": STRING,
                    }
                )
            ),
            "skill_years": _array(
                _object(
                    {
                        "term": STRING,
                        "skill": NULLABLE_STRING,
                        "years": NUMBER,
                        "less_than": {
                            "type": "boolean",
                            "description": "true: under `years` ('Less than 1 year')",
                        },
                        "text": STRING,
                        "line": LINE,
                        "method": {"enum": ["skills block", "skills list", "skills table"]},
                    }
                )
            ),
            "languages": _array(
                _object(
                    {
                        "language": STRING,
                        "name": STRING,
                        "level": {"enum": [*LANGUAGE_LEVELS, None]},
                        "text": STRING,
                        "line": NULLABLE_LINE,
                        "method": STRING,
                    }
                )
            ),
            "credentials": _array(
                _object(
                    {
                        "name": STRING,
                        "state": {"enum": CREDENTIAL_STATES},
                        "date": NULLABLE_STRING,
                        "expires": NULLABLE_STRING,
                        "cue": NULLABLE_STRING,
                        "text": STRING,
                        "line": LINE,
                    }
                )
            ),
            "written_in": _object(
                {
                    "language": NULLABLE_STRING,
                    "name": STRING,
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                }
            ),
            "name": {**NULLABLE_STRING, "description": "null: no name found, or --redact"},
            "warnings": STRINGS,
        },
        "What was read from the résumé: each fact with the line it came from and how it was read.",
    )
    best_area = _object(
        {
            "name": STRING,
            "score": {"type": "number", "minimum": 0},
            "matched": STRINGS,
            "evidence": _array(evidence),
        }
    )
    role = _object(
        {
            "title": STRING,
            "fields": STRINGS,
            "verdict": {"enum": ["met", "partial", "missing"]},
            "reason": STRING,
            "evidence": _array(evidence),
        },
        "The posting's role (the fields of work its title names) against the candidate's jobs: met "
        "by a recent job in that field, partly by an older one or one in a close field. It is a fixed "
        "share of the minimum requirements' credit (data/scoring.yaml: role_share, role_missing_factor).",
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
            "facts": facts,
            "requirements": _array(requirement),
            "best_areas": _array(best_area),
            "role": {
                "anyOf": [role, {"type": "null"}],
                "description": "null: the posting's title names no known field of work, or the résumé "
                "has no dated job; nothing was counted for or against the candidate",
            },
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
