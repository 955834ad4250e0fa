"""Batch screening: score every résumé in a folder against one posting.

The per-file work is a pure function, :func:`screen_one` (a path in, a small row out), so the
executor can change: a local process pool here, Dask in :mod:`jobmatch.engines`. Each worker
builds the spaCy pipeline once. A file that cannot be read, or that takes longer than the time
limit, becomes a skipped row with the reason; it never stops the batch.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import stat
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from jobmatch.config import ScoringConfig
from jobmatch.errors import InputError
from jobmatch.files import not_regular_reason, read_start, stat_error_reason, too_big
from jobmatch.isolate import FileTimeout, on_alarm, timeout_reason
from jobmatch.loaders import (
    MAX_FILE_BYTES,
    OWN_OUTPUT_SUFFIXES,
    OWN_REPORT,
    READ_SUFFIXES,
    is_own_report,
    unsupported_reason,
)
from jobmatch.match import MISSING, PARTIAL
from jobmatch.models import MINIMUM, Posting, Resume
from jobmatch.score import MatchResult

if TYPE_CHECKING:
    from jobmatch.cache import ResumeCache

STAGES = ("load", "nlp", "match", "score", "render")
SCORED, SKIPPED = "scored", "skipped"


@dataclass(frozen=True)
class ScreenOptions:
    """Everything a worker needs besides the file: sent once per worker, not per task."""

    posting: Posting
    config: ScoringConfig
    as_of: dt.date
    redact: bool = False
    max_bytes: int = MAX_FILE_BYTES
    timeout: float = 30.0
    cache_dir: str | None = None  # parsed résumés are cached here, by each worker
    cache_version: str = ""  # part of every cache key: jobmatch, taxonomy and option versions
    reports: bool = True  # render each résumé's JSON report (only .json/.html outputs need them)


@dataclass(frozen=True)
class ScreenRow:
    """One file's outcome. ``report`` is the ``score --format json`` document, compact."""

    path: str
    status: str  # scored | skipped
    reason: str = ""
    score: int | None = None
    meets_minimum: bool | None = None
    minimum_met: int = 0
    minimum_total: int = 0
    minimum_partial: int = 0  # partly met: not missing, so ``meets_minimum`` may still hold
    minimum_unassessed: int = 0
    name: str | None = None
    verdicts: tuple[tuple[str, str], ...] = ()  # (requirement id, verdict)
    top_gaps: tuple[str, ...] = ()
    report: str = ""
    identity: tuple[str, ...] = ()  # hashes of the e-mail, phone and words (Resume.identity)
    duplicates: tuple[str, ...] = ()  # other files of the same person (set by :func:`rank`)
    warnings: tuple[str, ...] = ()  # the résumé's own warnings ("appears to be in French ...")
    timings: tuple[tuple[str, float], ...] = field(default=(), compare=False)
    parsed: bool = field(default=False, compare=False)  # parsed now (not from the cache)
    cached: bool = field(default=False, compare=False)  # the parsed résumé came from the cache
    unnamed: bool = field(default=False, compare=False)  # --redact found no name to hide

    @property
    def own_report(self) -> bool:
        """A report jobmatch wrote into the folder (a rerun's shortlist): listed as skipped, but
        not a file that failed, so it alone does not make the run exit 4."""
        return self.status == SKIPPED and self.reason == OWN_REPORT


# Files a folder holds that are never a résumé and never meant as one: left out quietly.
SYSTEM_FILES = frozenset(("thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"))


def find_files(folder: Path, pattern: str | None = None) -> list[Path]:
    """Every file :func:`walk_folder` finds under ``folder``, sorted."""
    return walk_folder(folder, pattern)[0]


def walk_folder(folder: Path, pattern: str | None = None) -> tuple[list[Path], list[ScreenRow]]:
    """Every entry under ``folder`` that is not a folder, sorted, and a skipped row for each
    subfolder that cannot be listed. Each entry found is a row: files of a format jobmatch does
    not read are kept (:func:`screen` lists them as skipped, with what to do about them), and so
    are FIFOs, devices and dangling or looping links (their skipped row says what they are).
    Hidden entries, Office lock files (``~$cv.docx``) and system files (Thumbs.db) are left out;
    links to folders are not followed. Iterative, so a folder 10,000 deep is no problem;
    ``pattern`` matches the path relative to ``folder`` from the right, as in
    :meth:`pathlib.PurePath.match` (``*.pdf`` at any depth)."""
    files: list[Path] = []
    unreadable: list[ScreenRow] = []
    pending = [folder]
    while pending:
        directory = pending.pop()
        try:
            with os.scandir(directory) as scan:
                entries = list(scan)
        except OSError as error:
            if directory == folder:
                raise
            unreadable.append(skipped(str(directory), f"cannot list this folder: {error.strerror or error}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                pending.append(path)
            elif _left_out(entry.name):
                continue
            elif pattern is None or path.relative_to(folder).match(pattern):
                files.append(path)
    return sorted(files), sorted(unreadable, key=lambda row: row.path)


def _left_out(name: str) -> bool:
    """Hidden files, Office lock files and system files: never a row of a screening run."""
    return name.startswith((".", "~$")) or name.lower() in SYSTEM_FILES


def screened_file(path: Path, folder: Path, pattern: str | None = None) -> bool:
    """Whether :func:`walk_folder` of ``folder`` lists the existing file ``path`` (an output
    file named inside the folder being screened, say): below it, in no hidden folder, not left
    out, matching ``pattern``."""
    try:  # the name itself is not resolved: a link in the folder is a file of the folder
        relative = (path.absolute().parent.resolve() / path.name).relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
    if not relative.parts or any(part.startswith(".") for part in relative.parts):
        return False
    return path.is_file() and not _left_out(relative.name) and (pattern is None or relative.match(pattern))


def skipped(path: str, reason: str) -> ScreenRow:
    return ScreenRow(path=path, status=SKIPPED, reason=reason)


def _written_by_jobmatch(path: Path) -> bool:
    """Whether a file of a format jobmatch writes but does not read (.csv, .xml ...) is one of
    its own outputs, by its first bytes."""
    if path.suffix.lower() not in OWN_OUTPUT_SUFFIXES:
        return False
    try:
        return is_own_report(read_start(path, 4096))
    except InputError:
        return False


def row_from_result(path: str, result: MatchResult, report: str, timings: dict[str, float]) -> ScreenRow:
    from jobmatch.render import gap_text

    gaps = [r for r in result.results if r.requirement.bucket == MINIMUM and r.verdict in (MISSING, PARTIAL)]
    gaps.sort(key=lambda r: r.verdict != MISSING)
    top_gaps = [gap_text(r) for r in gaps[:3]]
    if result.role is not None and result.role.verdict == MISSING:  # not in the role: said after them
        top_gaps.append(f"no job in {' or '.join(result.role.fields)}")
    return ScreenRow(
        path=path,
        status=SCORED,
        score=result.score,
        meets_minimum=result.meets_minimum,
        minimum_met=result.minimum.met,
        minimum_total=result.minimum.total,
        minimum_partial=result.minimum.partial,
        minimum_unassessed=result.minimum.unassessed,
        name=result.resume.contact.name,
        verdicts=tuple((r.requirement.id, r.verdict) for r in result.results),
        top_gaps=tuple(top_gaps),
        identity=result.resume.identity,
        warnings=result.resume.warnings,
        report=report,
        timings=tuple(timings.items()),
    )


def score_profile(path: str, resume: Resume, options: ScreenOptions, timings: dict[str, float]) -> ScreenRow:
    """Match, score and render an already-parsed résumé (the warm-cache path)."""
    from jobmatch.match import match_requirements
    from jobmatch.render import result_dict
    from jobmatch.score import score_results
    from jobmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    started = time.perf_counter()
    results, areas, role = match_requirements(options.posting, resume, taxonomy, options.config)
    timings["match"] = time.perf_counter() - started
    started = time.perf_counter()
    result = score_results(results, options.posting, resume, options.config, areas, role)
    timings["score"] = time.perf_counter() - started
    started = time.perf_counter()
    report = (
        json.dumps(result_dict(result), ensure_ascii=False, separators=(",", ":")) if options.reports else ""
    )
    timings["render"] = time.perf_counter() - started
    row = row_from_result(path, result, report, timings)
    return replace(row, unnamed=True) if options.redact and no_name_redacted(resume) else row


def no_name_redacted(resume: Resume) -> bool:
    """A résumé read with --redact in which no candidate name was detected, so none was hidden
    (a name written in lower case, say): its text may still name the candidate."""
    return not any("[name]" in line.text for line in resume.lines)


def parse_file(path: str, options: ScreenOptions, timings: dict[str, float]) -> Resume:
    """Load and parse a résumé. Its source is the file's name as shown (undecodable bytes
    escaped), which reports can always write."""
    from jobmatch.loaders import load_document
    from jobmatch.resume import extract_resume

    started = time.perf_counter()
    document = load_document(path, max_bytes=options.max_bytes)
    timings["load"] = time.perf_counter() - started
    started = time.perf_counter()
    resume = extract_resume(document, as_of=options.as_of, redact=options.redact)
    timings["nlp"] = time.perf_counter() - started
    return resume


def cache_row(path: str, resume: Resume) -> str:
    """The parsed résumé as its cache row. One the codec could not read back (a hostile list) is
    a skipped file, not a giant cache row nor a crash, with or without a cache (same rows)."""
    from jobmatch.codec import MAX_ROW_BYTES, dumps

    text = dumps(resume)
    if len(text) > MAX_ROW_BYTES:
        raise InputError(path, f"what was read from it is too big ({len(text):,} characters)")
    return text


def _warn(message: str) -> None:
    from jobmatch.safe_text import printable

    # a worker's warning can quote a file name or SQLite's text of a planted cache row
    print(f"jobmatch: warning: {printable(message, one_line=False)}", file=sys.stderr)


_worker_caches: dict[tuple[int, str], ResumeCache | None] = {}  # by process: never share one across fork


def worker_cache(options: ScreenOptions) -> ResumeCache | None:
    """This process's connection to the résumé cache (opened once; None when disabled)."""
    if options.cache_dir is None:
        return None
    key = (os.getpid(), options.cache_dir)  # a connection must not cross a fork (SQLite's rule)
    if key not in _worker_caches:
        from jobmatch.cache import ResumeCache

        cache = ResumeCache(Path(options.cache_dir), _warn, create=False)
        _worker_caches[key] = cache if cache.connection is not None else None
    return _worker_caches[key]


def screen_one(path: str, options: ScreenOptions) -> ScreenRow:
    """The per-file work: a cached profile or a fresh parse, then match and score.

    Never raises for a bad file. Only the small row leaves the worker; a parsed résumé goes to
    the cache (when there is one), never back to the caller."""
    timings: dict[str, float] = {}
    use_alarm = options.timeout > 0 and hasattr(signal, "setitimer") and _in_main_thread()
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, options.timeout)
    cache = key = None
    try:
        if "://" not in path:
            cache = worker_cache(options)
        if cache is not None:
            from jobmatch.files import read_regular_file

            key = cache_key(read_regular_file(path, options.max_bytes), path, options)
            reason = cache.get_failure(key, options.timeout)
            if reason is not None:  # this content failed before: the same outcome, without the 30 s
                return replace(skipped(path, reason), cached=True)
            resume = cache.get(key)
            if resume is not None:
                # the same bytes may sit under another name: the row and report carry this file's own
                resume = replace(resume, source=_source_name(path, options))
                return replace(score_profile(path, resume, options, timings), cached=True)
        resume = parse_file(path, options, timings)
        text = cache_row(path, resume)
        row = replace(score_profile(path, resume, options, timings), parsed=True)
        if cache is not None and key is not None:
            cache.put_row(key, text)
        return row
    except InputError as error:
        return _failed(path, error.reason, cache, key)
    except FileTimeout:
        reason = timeout_reason(options.timeout)
        return _failed(path, reason, cache, key, options.timeout)
    except RecursionError:
        return _failed(path, "document too deeply nested", cache, key)
    except MemoryError:
        return _failed(path, "ran out of memory reading this file", cache, key)
    except Exception as error:  # a parser bug must not stop the batch; report it as the reason
        return _failed(path, f"internal error ({type(error).__name__}: {error})", cache, key)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _failed(
    path: str, reason: str, cache: ResumeCache | None, key: str | None, timeout: float | None = None
) -> ScreenRow:
    """A skipped row, remembered in the cache (when there is one) so that a rerun gives the same
    row at once instead of paying the time limit again; a time-out only under the same limit."""
    if cache is not None and key is not None:
        cache.put_failure(key, reason, timeout)
    return skipped(path, reason)


def cache_key(data: bytes, path: str, options: ScreenOptions) -> str:
    """The file's content hash under this jobmatch/taxonomy/options version."""
    from jobmatch.cache import content_key

    # the suffix decides how the bytes are read (a PDF's bytes named .docx are not a DOCX)
    return content_key(data, f"{options.cache_version}:{Path(path).suffix.lower()}")


def _source_name(path: str, options: ScreenOptions) -> str:
    """What a freshly parsed résumé of ``path`` would carry as its source."""
    from jobmatch.safe_text import display_name

    if options.redact:
        from jobmatch.resume import pseudonym

        return pseudonym(display_name(path))
    return display_name(path)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


# --- the local executor ----------------------------------------------------------------------

_worker_options: ScreenOptions | None = None


def _init_worker(options: ScreenOptions) -> None:
    """Runs once in each worker process. The spaCy pipeline is built on the first file that needs
    parsing (once per process; a forked worker inherits the parent's); a fully cached re-screen
    never builds it."""
    global _worker_options
    _worker_options = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # and a closed terminal; it then stops the workers
    # the parent's SIGTERM handler (inherited through fork) would raise in the worker and print a
    # traceback when the parent stops it: a worker told to stop just stops
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent()


def die_with_parent() -> None:
    """Linux: this process gets SIGKILL when the process that started it ends, however it ends
    (``kill -9`` included), so no worker is left behind reading a file for nobody."""
    if sys.platform.startswith("linux"):
        import contextlib
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _work(paths: list[str]) -> list[ScreenRow]:
    assert _worker_options is not None
    return [screen_one(path, _worker_options) for path in paths]


CRASHED = "the worker process died reading this file (a crash in a native library)"


class _Workers:
    """``count`` forked worker processes; replaced when one dies (a native crash in a PDF
    library, say), after which the files it may have held are retried one at a time so that only
    the file that kills a worker is skipped."""

    def __init__(self, count: int, options: ScreenOptions) -> None:
        import multiprocessing

        self.count, self.options = count, options
        self.context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.count, mp_context=self.context, initializer=_init_worker, initargs=(self.options,)
        )

    def submit(self, paths: list[str]) -> Future:
        return self.executor.submit(_work, paths)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def retry_alone(self, paths: list[str]) -> Iterator[ScreenRow]:
        for path in paths:
            try:
                yield from self.submit([path]).result()
            except BrokenProcessPool:
                self.restart()
                yield skipped(path, CRASHED)

    def close(self, cancel: bool = False) -> None:
        """Wait for the workers to finish; with ``cancel`` (Ctrl-C, an error) stop them at once
        rather than after the file each is reading, which may take up to the time limit."""
        if cancel:
            self._terminate()
        self.executor.shutdown(wait=True, cancel_futures=cancel)

    def _terminate(self) -> None:
        executor = self.executor
        if hasattr(executor, "terminate_workers"):  # Python 3.14+
            executor.terminate_workers()
            return
        # Before 3.14 there is no public way. A worker killed while it sends a result leaves half
        # a message in the pipe, and the executor's thread would wait for the rest for ever: with
        # every worker gone, closing this process's end of the pipe gives it end-of-file instead.
        processes = list(dict(getattr(executor, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(5)
        writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
        if processes and writer is not None:
            writer.close()


CHUNK_FILES = 16  # files per task sent to a worker, at most


def _chunks(paths: list[str], jobs: int) -> Iterator[list[str]]:
    """``paths`` in chunks of up to CHUNK_FILES, each an eighth of a process's share of what is left,
    so they shrink toward the end: the last chunks a worker holds are a file or two, not the 64 files
    of its four full ones (which this process waited out idle at the end of a run, ~0.3 s of 23)."""
    start = 0
    while start < len(paths):
        size = max(1, min(CHUNK_FILES, (len(paths) - start) // (jobs * 8)))
        yield paths[start : start + size]
        start += size


def run_local(paths: list[str], options: ScreenOptions, jobs: int) -> Iterator[ScreenRow]:
    """Rows as they finish (order not kept; callers sort), from ``jobs`` processes: this one and
    ``jobs - 1`` forked workers. This process screens files too, between collecting the workers'
    rows: it holds the pipeline anyway, and one process fewer holding it saves ~150 MB. (A native
    crash while this process reads a file would end the run; in a worker it costs one file.)"""
    chunks = deque(_chunks(paths, jobs))
    if jobs <= 1 or len(chunks) <= 1:
        for path in paths:
            yield screen_one(path, options)
        return
    workers = _Workers(min(jobs - 1, len(chunks)), options)
    pending: dict[Future, list[str]] = {}  # the chunks the workers have
    try:
        while chunks or pending:
            lost: list[str] = []
            broken = False
            while chunks and len(pending) < 4 * workers.count:  # keep every worker busy
                chunk = chunks.popleft()
                try:
                    pending[workers.submit(chunk)] = chunk
                except BrokenProcessPool:  # a worker died since the last look
                    chunks.appendleft(chunk)
                    wait(pending, timeout=5)  # every pending chunk now ends, broken
                    broken = True
                    break
                except OSError as error:  # no processes to be had (a process limit, no memory)
                    chunks.appendleft(chunk)
                    workers.close(cancel=True)
                    _warn(f"cannot start worker processes ({error.strerror or error}); screening in this one")
                    for path in [p for c in pending.values() for p in c] + [p for c in chunks for p in c]:
                        yield screen_one(path, options)
                    return
            for future in [f for f in pending if f.done()]:
                chunk = pending.pop(future)
                if isinstance(future.exception(), BrokenProcessPool):
                    lost += chunk
                else:
                    yield from future.result()
            if lost or broken:  # a worker died: every chunk it shared the pool with is lost too
                lost += [path for chunk in pending.values() for path in chunk]
                pending.clear()
                workers.restart()
                yield from workers.retry_alone(lost)
            elif chunks:
                for path in chunks.popleft():  # this process's share
                    yield screen_one(path, options)
            elif pending:
                wait(pending, timeout=0.05, return_when=FIRST_COMPLETED)
        workers.close()
    except BaseException:
        workers.close(cancel=True)
        raise


# --- the whole batch ------------------------------------------------------------------------


@dataclass
class ScreenStats:
    files: int = 0
    scored: int = 0
    skipped: int = 0
    seconds: float = 0.0
    jobs: int = 1
    stage_seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    cache_hits: int = 0
    cache_misses: int = 0
    parsed: int = 0
    interrupted: bool = False  # stopped by Ctrl-C: ``files`` were found, fewer were screened
    own_reports: int = 0  # of the skipped: reports jobmatch wrote into the folder earlier

    @property
    def failed(self) -> int:
        """Skipped files that are not jobmatch's own reports: these make the run exit 4."""
        return self.skipped - self.own_reports

    def add(self, row: ScreenRow) -> None:
        if row.status == SCORED:
            self.scored += 1
        else:
            self.skipped += 1
            self.own_reports += row.own_report
        self.parsed += row.parsed
        self.cache_hits += row.cached
        self.cache_misses += row.parsed and not row.cached
        for stage, seconds in row.timings:
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def as_dict(self) -> dict:
        return {
            "files": self.files,
            "scored": self.scored,
            "skipped": self.skipped,
            "own_reports": self.own_reports,
            "seconds": round(self.seconds, 3),
            "files_per_second": round((self.scored + self.skipped) / self.seconds, 1)
            if self.seconds
            else None,
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
            "cache": {"hits": self.cache_hits, "misses": self.cache_misses},
            "parsed": self.parsed,
            "jobs": self.jobs,
            "interrupted": self.interrupted,
        }


Executor = Callable[[list[str], ScreenOptions], Iterable[ScreenRow]]


def rank(rows: Iterable[ScreenRow]) -> tuple[list[ScreenRow], list[ScreenRow]]:
    """Scored rows best first (ties by path), and skipped rows by path. Deterministic."""
    rows = flag_duplicates(list(rows))
    scored = sorted((r for r in rows if r.status == SCORED), key=lambda r: (-(r.score or 0), r.path))
    skipped_rows = sorted((r for r in rows if r.status == SKIPPED), key=lambda r: r.path)
    return scored, skipped_rows


def flag_duplicates(rows: list[ScreenRow]) -> list[ScreenRow]:
    """Mark files of one person (the same e-mail, phone or words: a PDF and a DOCX of one résumé)
    with the paths of the others."""
    groups: dict[str, list[str]] = {}
    for row in rows:
        for key in row.identity:
            groups.setdefault(key, []).append(row.path)
    others: dict[str, set[str]] = {}
    for paths in groups.values():
        for path in paths:
            others.setdefault(path, set()).update(p for p in paths if p != path)
    return [
        replace(row, duplicates=tuple(sorted(others.get(row.path, ())))) if others.get(row.path) else row
        for row in rows
    ]


class ReportSpool:
    """Each scored row's JSON report, kept in a temporary file rather than in memory, so a run
    over 100,000 files holds only small rows (a report is ~9 KB, a row without it ~0.5 KB)."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by __exit__)
        self.where: dict[str, tuple[int, int]] = {}

    def keep(self, row: ScreenRow) -> ScreenRow:
        if not row.report:
            return row
        data = row.report.encode("utf-8")
        offset = self.file.seek(0, os.SEEK_END)
        self.file.write(data)
        self.where[row.path] = (offset, len(data))
        return replace(row, report="")

    def report(self, row: ScreenRow) -> str:
        if row.report:
            return row.report
        offset, length = self.where[row.path]
        self.file.seek(offset)
        return self.file.read(length).decode("utf-8")

    def __enter__(self) -> ReportSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()


def screen(
    paths: list[Path] | list[str],
    options: ScreenOptions,
    executor: Executor,
    on_row: Callable[[ScreenRow], None] | None = None,
    spool: ReportSpool | None = None,
    unlisted: Iterable[ScreenRow] = (),
) -> tuple[list[ScreenRow], ScreenStats]:
    """Screen ``paths`` with ``executor``; files over the size limit are skipped up front, and
    ``unlisted`` (folders that could not be listed) are skipped rows from the start.

    With a ``spool``, reports are moved out of the rows into it as they arrive."""
    unlisted = list(unlisted)
    stats = ScreenStats(files=len(paths) + len(unlisted))
    started = time.perf_counter()
    rows: list[ScreenRow] = []
    to_screen: list[str] = []

    def record(row: ScreenRow) -> None:
        if spool is not None:
            row = spool.keep(row)
        rows.append(row)
        stats.add(row)
        if on_row is not None:
            on_row(row)

    for row in unlisted:
        record(row)
    for path in paths:
        name = str(path)
        if isinstance(path, str):  # a URL: the executor reads it; nothing to stat here
            suffix = Path(name.split("?", 1)[0]).suffix.lower()
            if suffix in READ_SUFFIXES:
                to_screen.append(name)
            else:  # a .doc, an image ...: said why, never opened
                record(skipped(name, unsupported_reason(suffix)))
            continue
        try:
            info = path.stat()
        except OSError as error:  # a dangling or looping link: said so, whatever its name
            record(skipped(name, stat_error_reason(path, error)))
            continue
        if path.suffix.lower() not in READ_SUFFIXES:  # an image, a .pages ...: never parsed
            regular = stat.S_ISREG(info.st_mode)  # a FIFO named .doc is said to be a FIFO
            if not regular:
                reason = not_regular_reason(info.st_mode)
            elif _written_by_jobmatch(path):  # a shortlist.csv of an earlier run, say
                reason = OWN_REPORT
            else:
                reason = unsupported_reason(path.suffix)
            record(skipped(name, reason))
            continue
        if info.st_size > options.max_bytes:
            record(skipped(name, too_big(info.st_size, options.max_bytes)))
            continue
        to_screen.append(name)
    try:
        for row in executor(to_screen, options):
            record(row)
    finally:
        stats.seconds = time.perf_counter() - started
    return rows, stats
