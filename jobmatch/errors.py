"""Domain errors. The CLI maps them to exit codes at the boundary; the library only raises."""

from __future__ import annotations

from pathlib import Path


class JobmatchError(Exception):
    """Base class for every error jobmatch raises on purpose."""


class InputError(JobmatchError):
    """A file that cannot be read as a posting or résumé (exit code 3 in the CLI)."""

    def __init__(self, source: str | Path, reason: str) -> None:
        self.source = str(source)
        self.reason = reason
        super().__init__(f"{self.source}: {reason}")


class DataError(JobmatchError):
    """A rule or vocabulary file under data/ (or a user config) is invalid."""

    def __init__(self, file: str, where: str, reason: str) -> None:
        self.file = file
        self.where = where
        self.reason = reason
        location = f"{file}: {where}" if where else file
        super().__init__(f"{location}: {reason}")
