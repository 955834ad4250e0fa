"""Per-file limits for work on files nobody vouches for: a time limit that also stops a regular
expression, and a forked child that can be killed when a call into C code never returns.

``screen``'s workers run each file under :func:`time_limit` in their main thread (SIGALRM; the
``re`` module checks for signals while it matches). ``score`` reads its two files in a child
process (:func:`call_in_child`): the same limit inside it, and SIGKILL from the parent if the
child is still busy a few seconds later, so no input can hang or crash the command itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import threading
import time
from collections.abc import Callable, Iterator

from jobmatch.errors import DataError, InputError, JobmatchError

GRACE_SECONDS = 5.0  # past the limit, a child that has not answered is stuck in C code: killed


class FileTimeout(Exception):
    """The per-file time limit ran out."""


def timeout_reason(seconds: float) -> str:
    return f"took longer than the {seconds:g} s limit per file"


def on_alarm(signum: int, frame: object) -> None:
    raise FileTimeout


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`FileTimeout` in this thread after ``seconds`` (0: no limit). SIGALRM only
    reaches the main thread; elsewhere (or without setitimer) this does nothing."""
    usable = (
        seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def call_in_child(work: Callable[[], str], source: str, timeout: float) -> str:
    """``work()``'s text, computed in a forked child under ``timeout`` seconds.

    Failures come back as the exceptions the CLI maps to exit codes: :class:`InputError` (naming
    ``source``) for an unreadable file, a time-out, deep nesting, exhausted memory or a crashed
    child; :class:`DataError`/:class:`JobmatchError` as raised. Without ``os.fork`` the work runs
    here, under :func:`time_limit`."""
    if not hasattr(os, "fork"):
        return outcome_of(run_limited(work, timeout), source, timeout)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe, never return into the caller's code
        os.close(reader)
        try:
            answer = json.dumps(run_limited(work, timeout)).encode("utf-8", "surrogatepass")
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(answer)
        finally:
            os._exit(0)
    os.close(writer)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout + GRACE_SECONDS if timeout > 0 else None
    try:
        while True:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([reader], [], [], wait)
            if not ready:
                os.kill(pid, signal.SIGKILL)
                raise InputError(source, timeout_reason(timeout))
            chunk = os.read(reader, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(reader)
        _, status = os.waitpid(pid, 0)
    if not chunks:
        ended = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"status {status}"
        raise InputError(source, f"the process reading this file died ({ended})")
    return outcome_of(json.loads(b"".join(chunks).decode("utf-8", "surrogatepass")), source, timeout)


def run_limited(work: Callable[[], str], timeout: float) -> dict[str, str]:
    """``work()`` as {"text"} or {"kind", "reason"} (plain data: it crosses a pipe)."""
    try:
        with time_limit(timeout):
            return {"text": work()}
    except InputError as error:
        return {"kind": "input", "source": error.source, "reason": error.reason}
    except FileTimeout:
        return {"kind": "file", "reason": timeout_reason(timeout)}
    except DataError as error:
        return {"kind": "data", "file": error.file, "where": error.where, "reason": error.reason}
    except JobmatchError as error:
        return {"kind": "usage", "reason": str(error)}
    except RecursionError:
        return {"kind": "file", "reason": "document too deeply nested"}
    except MemoryError:
        return {"kind": "file", "reason": "ran out of memory reading this file"}
    except Exception as error:  # a parser bug: one line naming the file, not a traceback
        return {"kind": "file", "reason": f"internal error ({type(error).__name__}: {error})"}


def outcome_of(answer: dict[str, str], source: str, timeout: float) -> str:
    kind = answer.get("kind")
    if kind is None:
        return answer["text"]
    if kind == "input":
        raise InputError(answer["source"], answer["reason"])
    if kind == "data":
        raise DataError(answer["file"], answer["where"], answer["reason"])
    if kind == "usage":
        raise JobmatchError(answer["reason"])
    raise InputError(source, answer["reason"])
