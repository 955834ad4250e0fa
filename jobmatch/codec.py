"""Frozen result dataclasses to and from plain JSON, validated field by field on the way back.

The résumé cache stores parsed résumés and postings as JSON made by :func:`dumps`, never as
pickles: a row planted in a shared cache directory must not be able to run code. :func:`loads`
rebuilds the dataclass from its type hints and rejects anything that does not fit them (unknown
or missing keys, wrong types, NaN, oversized rows), so a bad row is a cache miss, not an object.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import types
import typing
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
MAX_ROW_BYTES = 16 * 1024 * 1024  # a parsed résumé is a few KB; the loaders cap text at ~10 MB


class CodecError(ValueError):
    """A stored row that does not describe the expected dataclass."""


def dumps(value: Any) -> str:
    """Compact JSON of a (nested) frozen dataclass (what ``dataclasses.asdict`` gives): json's C
    encoder walks it, asking :func:`_fields` for each dataclass, so no copy is built (``screen``
    pays this for every résumé)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_fields)


def _fields(value: Any) -> dict[str, Any]:
    """A dataclass as its fields, in field order: its own ``__dict__`` when that holds exactly
    them (a frozen dataclass sets them in order), else a dict built from them."""
    names = _field_names(type(value))
    if names is None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    own = getattr(value, "__dict__", None)
    if own is not None and tuple(own) == names:
        return own
    return {name: getattr(value, name) for name in names}


@cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(field.name for field in dataclasses.fields(kind))


def _reject_constant(name: str) -> Any:
    raise CodecError(f"{name} is not a valid value")


def loads(cls: type[T], text: str | bytes) -> T:
    """Rebuild ``cls`` from :func:`dumps` output; raises :class:`CodecError` for anything else."""
    if isinstance(text, bytes):
        if len(text) > MAX_ROW_BYTES:
            raise CodecError(f"row of {len(text)} bytes is over the {MAX_ROW_BYTES}-byte limit")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise CodecError(f"not UTF-8 ({error.reason})") from None
    if not isinstance(text, str):
        raise CodecError(f"expected text, got {type(text).__name__}")
    if len(text) > MAX_ROW_BYTES:
        raise CodecError(f"row of {len(text)} characters is over the limit")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, RecursionError) as error:
        raise CodecError(f"not JSON ({error})") from None
    return build(cls, data, cls.__name__)


def build(cls: Any, data: Any, where: str) -> Any:
    """``data`` (parsed JSON) as an instance of the type ``cls``, checked all the way down."""
    origin = typing.get_origin(cls)
    if cls is Any:
        raise CodecError(f"{where}: untyped field")
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(cls)
        if data is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return build(option, data, where)
            except CodecError as error:
                errors.append(str(error))
        raise CodecError(errors[0] if errors else f"{where}: no type fits")
    if origin is tuple:
        args = typing.get_args(cls)
        if not isinstance(data, list):
            raise CodecError(f"{where}: expected a list, got {type(data).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(build(args[0], item, f"{where}[{i}]") for i, item in enumerate(data))
        if len(args) != len(data):
            raise CodecError(f"{where}: expected {len(args)} items, got {len(data)}")
        return tuple(
            build(arg, item, f"{where}[{i}]") for i, (arg, item) in enumerate(zip(args, data, strict=True))
        )
    if origin is dict:
        key_type, value_type = typing.get_args(cls)
        if not isinstance(data, dict):
            raise CodecError(f"{where}: expected a mapping")
        return {
            build(key_type, key, f"{where} key"): build(value_type, value, f"{where}[{key!r}]")
            for key, value in data.items()
        }
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise CodecError(f"{where}: expected an object for {cls.__name__}")
        hints = _hints(cls)
        unknown = set(data) - set(hints)
        if unknown:
            raise CodecError(f"{where}: unknown field {sorted(unknown)[0]!r}")
        values = {}
        for field in dataclasses.fields(cls):
            if not field.init:
                continue
            if field.name not in data:
                raise CodecError(f"{where}: missing field {field.name!r}")
            values[field.name] = build(hints[field.name], data[field.name], f"{where}.{field.name}")
        return cls(**values)
    if cls is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise CodecError(f"{where}: expected a number")
        if not math.isfinite(data):
            raise CodecError(f"{where}: not a finite number")
        return float(data)
    if cls is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise CodecError(f"{where}: expected an integer")
        return data
    if cls is bool:
        if not isinstance(data, bool):
            raise CodecError(f"{where}: expected true or false")
        return data
    if cls is str:
        if not isinstance(data, str):
            raise CodecError(f"{where}: expected a string")
        return data
    raise CodecError(f"{where}: cannot rebuild a {cls!r}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def shape(cls: type) -> str:
    """A short hash of a dataclass's structure (field names and types, nested): part of every
    cache key, so a row written by a build with other fields is never even looked at."""
    digest = hashlib.sha256()

    def walk(kind: Any, seen: set[Any]) -> None:
        digest.update(repr(kind).encode())
        if dataclasses.is_dataclass(kind) and kind not in seen:
            seen.add(kind)
            for name, hint in _hints(kind).items():
                digest.update(name.encode())
                walk(hint, seen)
        for arg in typing.get_args(kind):
            walk(arg, seen)

    walk(cls, set())
    return digest.hexdigest()[:12]
