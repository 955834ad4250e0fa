"""A child process that screens files in its main thread, for engines whose work runs in threads.

The per-file time limit is SIGALRM, which only a process's main thread receives, and a call into
C code (PDFium, a regular expression on a huge line) is stopped by nothing in its own thread.
Dask runs tasks in worker threads, so each such thread hands its files, one at a time, to a
:class:`Sandbox`: a child (``python -m jobmatch.sandbox``) that runs
:func:`jobmatch.batch.screen_one` under the limit, and that the thread kills when it has not
answered a few seconds after the limit, or finds dead; either way only that file is skipped.

Messages are pickled frames over the child's stdin/stdout. Both ends are this program: the
child only ever unpickles what its parent sent, and the parent what its own child made.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from typing import IO, Any

from jobmatch.batch import ScreenOptions, ScreenRow, skipped
from jobmatch.isolate import GRACE_SECONDS, timeout_reason

START_SECONDS = 120.0  # importing spaCy and building the pipeline, on a slow, busy machine
DIED = "the process reading this file died"
_HEADER = struct.Struct("!Q")


class SandboxUnavailable(OSError):
    """No child process could be started (a process limit, no memory): the caller reads the
    file itself."""


def _send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:  # an unbuffered pipe may take part of it at a time
        view = view[stream.write(view) or 0 :]
    stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _receive(stream: IO[bytes]) -> Any:
    (size,) = _HEADER.unpack(_read_exactly(stream, _HEADER.size))
    return pickle.loads(_read_exactly(stream, size))  # noqa: S301 (the other end of our own pipe)


class Sandbox:
    """One child process; started on first use and again after it is killed or dies."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._ready = False  # the child has said its pipeline is built
        self._options: ScreenOptions | None = None  # the options the child has

    def screen(self, path: str, options: ScreenOptions) -> ScreenRow:
        """``path``'s row, or a skipped row when the child overran the limit or died."""
        try:
            process = self._process or self.start()
            if not self._ready:
                if not self._wait(START_SECONDS) or _receive(process.stdout) != "ready":  # type: ignore[arg-type]
                    raise EOFError
                self._ready = True
        except (OSError, EOFError, pickle.UnpicklingError) as error:
            self.close()
            raise SandboxUnavailable(f"the reader process did not start: {error}") from None
        try:
            if options is not self._options:
                _send(process.stdin, ("options", options))  # type: ignore[arg-type]
                self._options = options
            _send(process.stdin, ("file", path))  # type: ignore[arg-type]
            limit = options.timeout + GRACE_SECONDS if options.timeout > 0 else None
            if not self._wait(limit):
                self.close()
                return skipped(path, timeout_reason(options.timeout))
            return _receive(process.stdout)  # type: ignore[arg-type]
        except (EOFError, OSError, pickle.UnpicklingError):
            self.close()
            return skipped(path, DIED)

    def start(self) -> subprocess.Popen[bytes]:
        """Start the child (it builds its pipeline while the caller goes on) unless it runs."""
        if self._process is not None:
            return self._process
        process = subprocess.Popen(
            [sys.executable, "-m", "jobmatch.sandbox"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,  # select() must see every byte that has come: no read-ahead buffer
        )
        self._process, self._ready, self._options = process, False, None
        return process

    def _wait(self, seconds: float | None) -> bool:
        """True when the child has something to say (or has died) within ``seconds``."""
        assert self._process is not None and self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], seconds)
        return bool(ready)

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()


PARENT_CHECK_SECONDS = 0.5


def _exit_with_parent() -> None:
    """End this process when the worker that started it is gone. A closed stdin says so only
    between files; a file read without a time limit (``--timeout 0``) could run on for minutes
    after ``jobmatch`` was stopped (SIGTERM, SIGHUP), re-parented to init."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def main() -> None:
    """The child: build the pipeline, say so, then screen each file it is sent."""
    from jobmatch.batch import screen_one
    from jobmatch.pipeline import get_pipeline
    from jobmatch.taxonomy import load_taxonomy

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _exit_with_parent()
    requests, answers = sys.stdin.buffer, os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not corrupt the frames
    load_taxonomy()
    get_pipeline()
    _send(answers, "ready")
    options: ScreenOptions | None = None
    while True:
        try:
            kind, value = _receive(requests)
        except EOFError:
            return  # the parent is gone
        if kind == "options":
            options = value
        else:
            assert options is not None
            _send(answers, screen_one(value, options))
    # (No PR_SET_PDEATHSIG here: it fires when the *thread* that started this process ends, and
    # Dask's threads come and go. When the worker process ends, stdin ends, and so does this.)


if __name__ == "__main__":
    main()
