"""Find and validate the YAML rule files shipped in the package (``jobmatch.data``).

Every rule family is read through :func:`check_keys`, so a typo in a data file fails loudly
with the file and the entry named, instead of silently matching nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from jobmatch.errors import DataError


def _installed_folder(package: str, folder: str) -> Path:
    """``data/`` and ``seeds/`` are installed as ``jobmatch.data`` and ``jobmatch.seeds``. When the
    package is imported from a source checkout that shadows the installed one (``python -m pytest``
    from the project folder puts it first on sys.path), they are the checkout's own folders."""
    try:
        return Path(str(resources.files(package)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / folder


def data_dir() -> Path:
    """The ``data/`` folder of rule and vocabulary files."""
    return _installed_folder("jobmatch.data", "data")


def seeds_dir() -> Path:
    return _installed_folder("jobmatch.seeds", "seeds")


def default_posting() -> Path:
    """The bundled example posting, used when ``--posting`` is omitted."""
    postings = sorted(p for p in seeds_dir().iterdir() if p.suffix in {".txt", ".md"})
    if not postings:
        raise DataError(str(seeds_dir()), "", "no bundled posting found")
    return postings[0]


# libyaml's C loader when PyYAML was built with it: the taxonomy loads several times faster.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)  # noqa: S506 (safe loader)
    except yaml.YAMLError as error:
        raise DataError(path.name, "", f"not valid YAML: {error}") from None
    except OSError as error:
        raise DataError(str(path), "", f"cannot read: {error.strerror}") from None


MAX_USER_YAML_BYTES = 1_000_000  # 1 MB (decimal, as every size jobmatch states): a config is a few KB


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing aliases: 458 bytes of nested aliases expand to gigabytes
    as soon as anything walks or prints the result ("billion laughs")."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed in this file", mark
            )
        return super().compose_node(parent, index)


def parse_user_yaml(text: str, source: str) -> Any:
    """A YAML file a user gave (a config, expectations): no aliases, no tags beyond the safe ones."""
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:  # one line: the YAML message quotes the line under a caret
        raise DataError(source, "", "not valid YAML: " + " ".join(str(error).split())) from None
    except RecursionError:
        raise DataError(source, "", "not valid YAML: nested too deeply") from None
    except ValueError as error:  # int() refuses over 4,300 digits: "gate_factor: 999...9"
        reason = " ".join(str(error).split(";")[0].split())[:200]
        raise DataError(source, "", f"a value that cannot be read ({reason})") from None


def read_user_yaml(path: Path) -> Any:
    """:func:`parse_user_yaml` of a regular file of at most MAX_USER_YAML_BYTES in UTF-8."""
    from jobmatch.errors import InputError
    from jobmatch.files import read_regular_file

    try:
        data = read_regular_file(path, MAX_USER_YAML_BYTES)
    except InputError as error:
        raise DataError(str(path), "", error.reason) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(str(path), "", f"not UTF-8 text (undecodable byte at offset {error.start})") from None
    return parse_user_yaml(text, str(path))


@cache
def rules_version() -> str:
    """A content hash of the rule files (``data/*.yaml``) and of the package's code, so a parse
    cached by ``screen`` expires when either changes, even within one release (a rule edited in
    ``data/`` reads résumés differently). Read once per run: about 21 MB with the model, 18 ms measured."""
    import hashlib

    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    model = sorted(p for p in (package / "skillspan_model").glob("*") if p.is_file())  # reads postings
    for path in (*sorted(data_dir().glob("*.yaml")), *sorted(package.rglob("*.py")), *model):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@cache
def load_data(name: str) -> Any:
    """Parsed YAML of ``data/<name>``; cached for the life of the process."""
    return read_yaml(data_dir() / name)


def check_keys(
    entry: Any,
    *,
    file: str,
    where: str,
    required: Iterable[str] = (),
    optional: Iterable[str] = (),
) -> Mapping[str, Any]:
    """Reject a mapping with unknown or missing keys, naming the file and entry."""
    if not isinstance(entry, Mapping):
        raise DataError(file, where, f"expected a mapping, got {type(entry).__name__}")
    required = tuple(required)
    allowed = set(required) | set(optional)
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise DataError(file, where, f"unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")
    missing = [key for key in required if key not in entry]
    if missing:
        raise DataError(file, where, f"missing required key {missing[0]!r}")
    return entry


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first (so "C++" wins over "C")."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def trie_alternation(phrases: Iterable[str]) -> str:
    """The same alternation as :func:`alternation` (longest phrase first), shaped as a trie:
    ``data(?: engineer(?:ing)?)?``. Python's ``re`` tries every branch of a flat alternation at
    every position; a trie dispatches on the first character, which makes a vocabulary of a
    thousand phrases run on every résumé line an order of magnitude faster. Give the phrases in
    lower case and compile with ``re.IGNORECASE`` when case must not matter."""
    trie: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def string_list(value: Any, *, file: str, where: str) -> tuple[str, ...]:
    """A YAML list of non-empty strings (or a single string) as a tuple."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(file, where, "expected a list of non-empty strings")
    return tuple(value)
