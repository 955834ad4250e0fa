"""A local SQLite cache of parsed résumés, keyed by content hash and versions.

Parsing (loading and NLP) is most of the cost of screening; re-screening the same folder
against another posting then only matches and scores. A corrupted, locked or unwritable cache
is rebuilt or bypassed with a warning, never fatal.

Rows are plain JSON of the result dataclasses (:mod:`jobmatch.codec`), never pickles: the cache
directory may be shared or restored from elsewhere, so what is read back is validated field by
field, and a row that does not fit is a miss with a warning. Nothing stored can run code.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from jobmatch.codec import CodecError, dumps, loads, shape
from jobmatch.models import Posting, Resume

CACHE_FILE = "resumes-v3.sqlite3"  # v2 held pickles: never opened again
Warn = Callable[[str], None]


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("jobmatch"))


def content_key(data: bytes, version: str) -> str:
    """The cache key of a file's bytes under a given jobmatch/taxonomy/options version."""
    return hashlib.sha256(data).hexdigest() + ":" + version + ":" + shape(Resume) + shape(Posting)


class ResumeCache:
    """Parsed résumés by key. Every failure degrades to a cache miss plus one warning."""

    def __init__(self, directory: Path | None, warn: Warn, create: bool = True) -> None:
        """``create=False`` (in workers): open only a cache the parent has already checked."""
        self.warn = warn
        self.hits = 0
        self.misses = 0
        self.connection: sqlite3.Connection | None = None
        if directory is None:
            return
        path = directory / CACHE_FILE
        if not create:
            try:
                self.connection = self._open(path) if path.exists() else None
            except sqlite3.Error as error:
                self.warn(f"cache disabled in this worker: {error}")
            return
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self.connection = self._open(path)
        except sqlite3.DatabaseError as error:
            self.warn(f"cache {path} is unusable ({error}); rebuilding it")
            try:
                path.unlink(missing_ok=True)
                self.connection = self._open(path)
            except (OSError, sqlite3.Error) as second:
                self.warn(f"cache disabled: {second}")
                self.connection = None
        except OSError as error:
            self.warn(f"cache disabled: cannot create {directory}: {error.strerror}")

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")  # a cache: a crash may lose entries, never data
        connection.execute("CREATE TABLE IF NOT EXISTS resumes (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("CREATE TABLE IF NOT EXISTS postings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("SELECT count(*) FROM resumes").fetchone()  # fails fast on a corrupt file
        return connection

    def get(self, key: str) -> Resume | None:
        if self.connection is None:
            self.misses += 1
            return None
        resume = None
        try:
            row = self.connection.execute("SELECT value FROM resumes WHERE key = ?", (key,)).fetchone()
            resume = loads(Resume, row[0]) if row else None
        except sqlite3.Error as error:
            self.warn(f"cache read failed ({error}); parsing instead")
        except (CodecError, TypeError, ValueError) as error:
            self.warn(f"ignored a cache entry that is not a valid parsed résumé ({error}); parsing instead")
        if isinstance(resume, Resume):
            self.hits += 1
            return resume
        self.misses += 1
        return None

    def get_posting(self, key: str) -> Posting | None:
        """An extracted posting (so a cached re-screen needs no spaCy at all)."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute("SELECT value FROM postings WHERE key = ?", (key,)).fetchone()
            return loads(Posting, row[0]) if row else None
        except sqlite3.Error:
            return None
        except (CodecError, TypeError, ValueError) as error:
            self.warn(
                f"ignored a cache entry that is not a valid extracted posting ({error}); reading it anew"
            )
            return None

    def put_posting(self, key: str, posting: Posting) -> None:
        if self.connection is None:
            return
        try:
            with self.connection:
                self.connection.execute(
                    "INSERT OR REPLACE INTO postings VALUES (?, ?)", (key, dumps(posting))
                )
        except sqlite3.Error as error:
            self.warn(f"cache write failed ({error}); continuing without caching")

    def put(self, key: str, resume: Resume) -> None:
        self.put_many([(key, resume)])

    def put_many(self, items: Iterable[tuple[str, Resume]]) -> None:
        if self.connection is None:
            return
        rows = [(key, dumps(resume)) for key, resume in items]
        if not rows:
            return
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO resumes VALUES (?, ?)", rows)
        except sqlite3.Error as error:
            self.warn(f"cache write failed ({error}); continuing without caching")
            self.close()

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None
