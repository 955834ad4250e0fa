"""Scoring configuration: defaults from ``data/scoring.yaml``, overridden by a user's YAML file."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from jobmatch.errors import DataError
from jobmatch.resources import load_data, read_user_yaml

VERDICTS = ("met", "partial", "missing", "unassessed")
# Settings that are shares (a credit of 1.2 would score "meets 1 of 7" at 100); the rest are
# non-negative; every number finite (YAML's .nan and .inf are numbers to it).
AT_MOST_ONE = {
    "missing_minimum_factor",
    "years_partial_ratio",
    "credit",
    "gist_met",
    "role_missing_factor",
    "role_share",
}
LIST_SETTINGS = {
    "same_kind_categories": "skill categories",
    "alternative_kind_words": "words",
    "alternative_kinds": "skill ids",
    "suite_kinds": "skill ids",
}
KINDS = ("skill", "experience", "education", "credential", "language", "domain", "soft", "condition", "other")


@dataclass(frozen=True)
class ScoringConfig:
    minimum_weight: float
    preferred_weight: float
    missing_minimum_factor: float
    credit: dict[str, float]
    kind_weights: dict[str, float]
    years_partial_ratio: float
    equivalent_years_for_bachelor: float
    equivalent_years_per_level: float
    concept_met: float
    concept_partial: float
    fuzzy_cutoff: float
    fuzzy_min_length: int
    same_kind_categories: tuple[str, ...] = ()
    gist_met: float = 0.66
    alternative_kind_words: tuple[str, ...] = ()
    alternative_kinds: tuple[str, ...] = ()
    # kinds of business suite (ERP, CRM): another suite of the kind partly stands in for a suite's
    # module ("Oracle EBS" for "SAP FI")
    suite_kinds: tuple[str, ...] = ()
    role_share: float = 0.0
    role_missing_factor: float = 1.0


def _validate(data: Any, file: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise DataError(file, "top level", "expected a mapping of settings")
    known = {f.name for f in fields(ScoringConfig)}
    for key, value in data.items():
        if key not in known:
            raise DataError(file, key, f"unknown setting (known: {', '.join(sorted(known))})")
        if key in LIST_SETTINGS:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise DataError(file, key, f"expected a list of {LIST_SETTINGS[key]}")
        elif key == "credit":
            _check_mapping(value, VERDICTS, file, key)
        elif key == "kind_weights":
            _check_mapping(value, KINDS, file, key)
        else:
            _check_number(value, file, key, key in AT_MOST_ONE)
    return data


def _check_number(value: Any, file: str, where: str, share: bool) -> None:
    expected = "a number from 0 to 1" if share else "a non-negative number"
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or value < 0
        or (share and value > 1)
    ):
        raise DataError(file, where, f"expected {expected}, got {_shown(value)}")


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_mapping(value: Any, allowed: tuple[str, ...], file: str, key: str) -> None:
    if not isinstance(value, dict):
        raise DataError(file, key, "expected a mapping")
    for name, number in value.items():
        if name not in allowed:
            raise DataError(file, f"{key}.{name}", f"unknown key (allowed: {', '.join(allowed)})")
        _check_number(number, file, f"{key}.{name}", key in AT_MOST_ONE)


def load_config(path: Path | None = None) -> ScoringConfig:
    """Defaults, with the settings of ``path`` (if given) laid over them."""
    settings = dict(_validate(load_data("scoring.yaml"), "scoring.yaml"))
    if path is not None:
        user = _validate(read_user_yaml(path) or {}, str(path))
        for key, value in user.items():
            settings[key] = {**settings[key], **value} if isinstance(value, dict) else value
    for key in LIST_SETTINGS:
        settings[key] = tuple(settings.get(key, ()))
    return ScoringConfig(**settings)
