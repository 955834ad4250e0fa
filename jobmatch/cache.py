"""A local SQLite cache of parsed résumés, keyed by content hash and versions.

Parsing (loading and NLP) is most of the cost of screening; re-screening the same folder
against another posting then only matches and scores. A corrupted, locked or unwritable cache
is rebuilt or bypassed with a warning, never fatal.

Rows are plain JSON of the result dataclasses (:mod:`jobmatch.codec`), never pickles: the cache
directory may be shared or restored from elsewhere, so what is read back is validated field by
field, and a row that does not fit is a miss with a warning. Nothing stored can run code.

Files that could not be read are remembered too (the reason, by content key), so a rerun gives
the same skipped row at once instead of paying the time limit again. A cache whose file turns out
damaged while in use is marked, and rebuilt at the start of the next run.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from jobmatch.codec import MAX_ROW_BYTES, CodecError, dumps, loads, shape
from jobmatch.models import Posting, Resume
from jobmatch.safe_text import printable

CACHE_FILE = "resumes-v3.sqlite3"  # v2 held pickles: never opened again
DAMAGED_MARK = CACHE_FILE + ".damaged"  # written by a process that met a malformed page
MAX_REASON_CHARS = 500
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
        # messages quote SQLite's error text, which can quote a planted row: never raw
        self.warn: Warn = lambda message: warn(printable(message, one_line=False))
        self.hits = 0
        self.misses = 0
        self.connection: sqlite3.Connection | None = None
        self.directory = directory
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
            if (directory / DAMAGED_MARK).exists():
                self._check_damaged(path)
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

    def _check_damaged(self, path: Path) -> None:
        """A run before this one met a malformed page: check the whole file, and start afresh
        when it is damaged (its rows are only a cache)."""
        (path.parent / DAMAGED_MARK).unlink(missing_ok=True)
        try:
            with sqlite3.connect(path, timeout=10) as connection:
                verdict = connection.execute("PRAGMA quick_check(1)").fetchone()
            if verdict and verdict[0] == "ok":
                return
            problem = verdict[0] if verdict else "no answer"
        except sqlite3.DatabaseError as error:
            problem = str(error)
        self.warn(f"cache {path} is damaged ({' '.join(problem.split())}); rebuilding it")
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)

    def _read_failed(self, error: sqlite3.Error, what: str) -> None:
        """A read or write that failed: a malformed page marks the file for a rebuild and ends
        the cache's use in this process (one warning, not one per file)."""
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
            self.warn(
                f"cache is damaged ({error}); it is not used for the rest of this run and rebuilt on the next"
            )
            if self.directory is not None:
                with contextlib.suppress(OSError):
                    (self.directory / DAMAGED_MARK).touch()
            self.close()
        else:
            self.warn(
                f"cache {what} failed ({error}); {'parsing instead' if what == 'read' else 'continuing'}"
            )

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        connection = sqlite3.connect(path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")  # a cache: a crash may lose entries, never data
        connection.execute("CREATE TABLE IF NOT EXISTS resumes (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("CREATE TABLE IF NOT EXISTS postings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS failures (key TEXT PRIMARY KEY, reason TEXT NOT NULL, timeout REAL)"
        )
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
            self._read_failed(error, "read")
        except (CodecError, TypeError, ValueError) as error:
            self.warn(f"ignored a cache entry that is not a valid parsed résumé ({error}); parsing instead")
        if isinstance(resume, Resume):
            self.hits += 1
            return resume
        self.misses += 1
        return None

    def get_failure(self, key: str, timeout: float) -> str | None:
        """Why this content could not be read before, if it could not; a time-out counts only
        when the limit now is no longer than it was then."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute(
                "SELECT reason, timeout FROM failures WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as error:
            self._read_failed(error, "read")
            return None
        if row is None:
            return None
        reason, limit = row
        if (
            not isinstance(reason, str)
            or len(reason) > MAX_REASON_CHARS
            or not isinstance(limit, (float, int, type(None)))
        ):
            self.warn("ignored a cache entry that is not a valid failure reason; reading the file anew")
            return None
        if limit is not None and (timeout <= 0 or timeout > limit):
            return None  # it timed out under a shorter limit: try again with this one
        return reason

    def put_failure(self, key: str, reason: str, timeout: float | None = None) -> None:
        if self.connection is None:
            return
        try:
            with self.connection:
                self.connection.execute(
                    "INSERT OR REPLACE INTO failures VALUES (?, ?, ?)",
                    (key, reason[:MAX_REASON_CHARS], timeout),
                )
        except sqlite3.Error as error:
            self._read_failed(error, "write")

    def get_posting(self, key: str) -> Posting | None:
        """An extracted posting (so a cached re-screen needs no spaCy at all)."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute("SELECT value FROM postings WHERE key = ?", (key,)).fetchone()
            return loads(Posting, row[0]) if row else None
        except sqlite3.Error as error:
            self._read_failed(error, "read")
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
        self.put_rows([(key, dumps(resume))])

    def put_row(self, key: str, text: str) -> None:
        """A résumé already turned into its row (``codec.dumps``), so it is not encoded twice."""
        self.put_rows([(key, text)])

    def put_rows(self, items: Iterable[tuple[str, str]]) -> None:
        if self.connection is None:
            return
        rows = [(key, text) for key, text in items if len(text) <= MAX_ROW_BYTES]  # unreadable back
        if not rows:
            return
        try:
            with self.connection:
                self.connection.executemany("INSERT OR REPLACE INTO resumes VALUES (?, ?)", rows)
                self.connection.executemany("DELETE FROM failures WHERE key = ?", [(key,) for key, _ in rows])
        except sqlite3.Error as error:
            self._read_failed(error, "write")
            self.close()

    def close(self) -> None:
        if self.connection is not None:
            try:
                self.connection.close()
            finally:
                self.connection = None
