"""The installed package must hold every module the source tree has.

CI installs jobmatch non-editable; a subpackage missing from pyproject's `packages` list imports fine
from the checkout (tests run there) and fails only in the installed command.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _declared_packages() -> set[str]:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def _source_packages() -> set[str]:
    found = set()
    for init in (ROOT / "jobmatch").rglob("__init__.py"):
        parts = init.parent.relative_to(ROOT).parts
        found.add(".".join(parts))
    return found


def test_every_source_package_is_declared_for_installation() -> None:
    missing = _source_packages() - _declared_packages()
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_every_declared_code_package_exists() -> None:
    mapped = {"jobmatch.data", "jobmatch.seeds"}  # data directories mapped by package-dir
    stale = _declared_packages() - mapped - _source_packages()
    assert not stale, f"declared in pyproject.toml but absent from jobmatch/: {sorted(stale)}"
