"""Screening on a Dask cluster: ``jobmatch screen SOURCE --engine dask [--scheduler ADDRESS]``.

The per-file work is :func:`jobmatch.batch.screen_one`, as in the local engine; Dask adds placement
and recovery. Files go out in batches, one task per batch, so scheduler overhead stays small. The
options reach each worker once, in a worker plugin that also starts the child process that reads
the files (:mod:`jobmatch.sandbox`: where the time limit can stop any file, and a crash costs only
that file); the scheduler replays the plugin on any worker that joins or restarts mid-run. Rows
come back as tasks finish. A task whose worker dies is re-run by Dask, and rows are de-duplicated
by path, so a re-run never gives a file a second row. If a task's workers keep dying, its files are
retried one at a time, and a file that still kills its worker becomes a skipped row.

Workers read the files themselves: SOURCE is a folder that every worker sees at the same path, or
an fsspec URL (``s3://``, ``gs://``, ``abfs://``, ``file://``). The client only lists it.
"""

from __future__ import annotations

import contextlib
import logging
import math
import queue
import threading
import uuid
from collections import deque
from collections.abc import Iterator
from pathlib import PurePosixPath
from types import TracebackType
from typing import TYPE_CHECKING

from jobmatch.batch import SYSTEM_FILES, ScreenOptions, ScreenRow, screen_one, skipped
from jobmatch.errors import JobmatchError
from jobmatch.sandbox import Sandbox, SandboxUnavailable

try:
    from distributed import WorkerPlugin
except ImportError:  # no dask extra: list_source works, DaskEngine says how to install it
    WorkerPlugin = object  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from distributed import Client, LocalCluster, Worker

INSTALL_HINT = "the dask engine needs the dask extra: pip install 'jobmatch[dask]'"
MAX_BATCH = 256  # files per task at most
TASKS_PER_THREAD = 8  # at least this many tasks per worker thread, so the last ones finish together
CONNECT_SECONDS = 10
WAIT_FOR_WORKERS_SECONDS = 60
_POLL_SECONDS = 0.05
WORKER_DIED = "the worker process died while reading this file"


class EngineError(JobmatchError):
    """The engine cannot run: no dask, no scheduler or workers, a task failing on the cluster."""


class SourceError(JobmatchError):
    """A SOURCE URL that cannot be listed."""


def require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise EngineError(INSTALL_HINT) from None


def is_url(source: str) -> bool:
    return "://" in source


def list_source(source: str, pattern: str | None = None) -> list[str]:
    """Files under an fsspec URL as full URLs, sorted, hidden files and folders skipped (files of
    a format jobmatch does not read are kept: the batch lists them as skipped).

    The URL counterpart of :func:`jobmatch.batch.find_files`; ``pattern`` matches as in it.
    """
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise SourceError(f"{source}: reading URLs needs fsspec: pip install 'jobmatch[dask]'") from None
    try:
        fs, root = url_to_fs(source)
        if not fs.isdir(root):
            raise SourceError(f"{source}: no such folder")
        found = fs.find(root)
    except (ImportError, ValueError) as error:  # no backend installed for the protocol, or unknown
        raise SourceError(f"{source}: {error}") from None
    except OSError as error:
        raise SourceError(f"{source}: cannot list: {error}") from None
    prefix = root.rstrip("/") + "/"
    urls = []
    for path in found:
        relative = PurePosixPath(path[len(prefix) :] if path.startswith(prefix) else path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if relative.name.startswith("~$") or relative.name.lower() in SYSTEM_FILES:
            continue
        if pattern and not relative.match(pattern):
            continue
        urls.append(fs.unstrip_protocol(path))
    return sorted(urls)


def batch_size_for(files: int, threads: int, largest: int = MAX_BATCH) -> int:
    """Small enough that every worker thread gets several tasks, large enough that the scheduler's
    few milliseconds per task stay far below the work (tens of milliseconds per file)."""
    return max(1, min(largest, math.ceil(files / (TASKS_PER_THREAD * max(threads, 1)))))


# --- the per-file time limit in worker threads ---------------------------------------------------

_SANDBOXES: queue.SimpleQueue[Sandbox] = queue.SimpleQueue()  # idle ones, in each worker process


def screen_file(path: str, options: ScreenOptions) -> ScreenRow:
    """:func:`screen_one`'s row, worked out where the per-file time limit can stop it.

    The local engine runs files in its processes' main threads, where SIGALRM stops Python code
    and regular expressions. Dask runs tasks in worker threads, which no signal reaches and no
    exception interrupts inside C code, so each file goes to a child process of this worker
    (:class:`~jobmatch.sandbox.Sandbox`) that has the same limit, and is killed a few seconds
    after it if it has not answered: a file stuck in C code is given up, not waited for."""
    if threading.current_thread() is threading.main_thread():
        return screen_one(path, options)
    try:
        sandbox = _SANDBOXES.get_nowait()
    except queue.Empty:
        sandbox = Sandbox()
    try:
        return sandbox.screen(path, options)
    except SandboxUnavailable:
        return screen_one(path, options)  # no time limit in this thread, but a row
    finally:
        _SANDBOXES.put(sandbox)


def _close_sandboxes() -> None:
    while True:
        try:
            _SANDBOXES.get_nowait().close()
        except queue.Empty:
            return


# --- the worker side -----------------------------------------------------------------------------

_RUNS: dict[str, ScreenOptions] = {}  # run id → options, in each worker process


class ScreenPlugin(WorkerPlugin):
    """Gives a worker one run's options and starts the process that reads its files (which builds
    the spaCy pipeline, once per worker process)."""

    def __init__(self, run_id: str, options: ScreenOptions) -> None:
        self.run_id = run_id
        self.options = options

    def setup(self, worker: Worker) -> None:
        _RUNS[self.run_id] = self.options
        _start_sandbox()  # it builds its pipeline while the worker goes on; the first file waits

    def teardown(self, worker: Worker) -> None:
        _RUNS.pop(self.run_id, None)
        if not _RUNS:
            _close_sandboxes()


def _start_sandbox() -> None:
    if _SANDBOXES.empty():
        sandbox = Sandbox()
        with contextlib.suppress(OSError):  # no process to be had: the first file tries again
            sandbox.start()
        _SANDBOXES.put(sandbox)


def screen_batch(run_id: str, paths: list[str]) -> list[ScreenRow]:
    """One task: screen a batch of files with the run's options, as set by :class:`ScreenPlugin`."""
    options = _RUNS.get(run_id)
    if options is None:
        raise EngineError(f"screening run {run_id} is not set up on this worker")
    return [screen_file(path, options) for path in paths]


# --- the client side -----------------------------------------------------------------------------


class DaskEngine:
    """An executor for :func:`jobmatch.batch.screen` that runs on a Dask cluster.

    With ``scheduler`` (``tcp://HOST:PORT``) it connects to a running cluster; without one it
    starts a LocalCluster on loopback with ``workers`` single-threaded worker processes (default:
    one per core) and shuts it down on close. It yields rows; parsed résumés stay on the
    workers, so nothing is written to the résumé cache.
    """

    task = staticmethod(screen_batch)  # what each task runs (tests swap in one that kills workers)

    def __init__(
        self, scheduler: str | None = None, workers: int | None = None, batch_size: int | None = None
    ) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.batch_size = batch_size
        self._client: Client | None = None
        self._cluster: LocalCluster | None = None

    def __enter__(self) -> DaskEngine:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    @property
    def client(self) -> Client:
        if self._client is None:
            raise EngineError("the dask engine is not started")
        return self._client

    @property
    def threads(self) -> int:
        """Worker threads in the cluster now."""
        return sum(self.client.nthreads().values())

    def describe(self) -> str:
        where = self.scheduler or "a local cluster"
        workers = len(self.client.nthreads())
        return f"dask: {where}, {workers} worker(s), {self.threads} thread(s)"

    def start(self) -> None:
        require_dask()
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout=CONNECT_SECONDS)
            except (OSError, TimeoutError, ValueError) as error:
                raise EngineError(f"cannot reach the Dask scheduler at {self.scheduler}: {error}") from None
        else:
            # Loopback only; the scheduler's HTTP endpoints on a free port (None still tries 8787).
            try:
                self._cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    scheduler_port=0,
                    dashboard_address="127.0.0.1:0",
                    silence_logs=logging.CRITICAL,  # a worker's heartbeat failing at shutdown is noise
                )
                self._client = Client(self._cluster)
            except (OSError, RuntimeError, TimeoutError, ValueError) as error:  # no loopback, no processes
                self.close()
                raise EngineError(f"cannot start a local Dask cluster: {error}") from None
        try:
            self._client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS_SECONDS)
        except TimeoutError:
            self.close()
            raise EngineError(
                f"no Dask worker joined {self.scheduler} within "
                f"{WAIT_FOR_WORKERS_SECONDS} s; start some with: dask worker "
                f"{self.scheduler} --nthreads 1"
            ) from None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __call__(self, paths: list[str], options: ScreenOptions) -> Iterator[ScreenRow]:
        """Rows in the order their tasks finish; exactly one per path."""
        if not paths:
            return
        from distributed import KilledWorker, as_completed

        client = self.client
        run_id = uuid.uuid4().hex
        plugin_name = f"jobmatch-screen-{run_id}"
        client.register_plugin(ScreenPlugin(run_id, options), name=plugin_name)
        size = self.batch_size or batch_size_for(len(paths), self.threads)
        pending: dict[str, tuple[object, list[str], bool]] = {}  # key → (future, files, suspect?)
        finished = as_completed(with_results=True, raise_errors=False)
        # Files of tasks whose workers kept dying. They run one file per task and one task at a
        # time: a worker that dies then can only have been killed by that file, because a task
        # that was merely queued on the same worker is marked as failed too.
        suspects: deque[str] = deque()

        def submit(batch: list[str], suspect: bool = False) -> None:
            future = client.submit(self.task, run_id, batch, pure=False)
            pending[future.key] = (future, batch, suspect)
            finished.add(future)

        def submit_next_suspect() -> None:
            if suspects and not any(suspect for _, _, suspect in pending.values()):
                submit([suspects.popleft()], suspect=True)

        seen: set[str] = set()
        try:
            for start in range(0, len(paths), size):
                submit(paths[start : start + size])
            for future, result in finished:
                _, batch, was_suspect = pending.pop(future.key)
                if future.status == "finished":
                    for row in result:
                        if row.path not in seen:
                            seen.add(row.path)
                            yield row
                else:
                    # An error comes as (type, exception, traceback), a cancellation as itself.
                    error = result[1] if isinstance(result, tuple) else result
                    if not isinstance(error, KilledWorker):
                        raise EngineError(
                            f"a screening task failed on the cluster: {type(error).__name__}: {error}"
                        )
                    if was_suspect:
                        seen.add(batch[0])
                        yield skipped(batch[0], WORKER_DIED)
                    else:
                        suspects.extend(batch)
                submit_next_suspect()
            for path in paths:  # never expected; a row per file is the contract, so keep it
                if path not in seen:
                    seen.add(path)
                    yield skipped(path, "no result came back from the cluster")
        finally:
            if pending:
                client.cancel([future for future, _, _ in pending.values()])
            finished.clear()
            with contextlib.suppress(Exception):  # the cluster is gone: nothing left to clean
                client.unregister_worker_plugin(plugin_name)
