"""Reading files from disk that nobody vouches for: regular files only, never more than a limit.

A FIFO blocks a reader for ever, ``/dev/zero`` never ends, and ``st_size`` is 0 for both, so a
size check before ``read_bytes()`` protects nothing. Every file jobmatch reads (résumés,
postings, user YAML) goes through :func:`read_regular_file`, which refuses anything that is not
a regular file and reads at most the limit plus one byte.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from jobmatch.errors import InputError


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words for a skipped row."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def not_regular_reason(mode: int) -> str:
    return f"not a regular file: {kind_of(mode)}" if not stat.S_ISDIR(mode) else "is a folder, not a file"


def stat_error_reason(path: str | Path, error: OSError) -> str:
    """A skipped row's reason for a path that cannot be looked at (dangling or looping link...)."""
    import errno

    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if error.errno == errno.ENOENT and os.path.islink(path):
        return "broken symbolic link (its target does not exist)"
    if error.errno == errno.ENOENT:
        return "no such file"
    return f"cannot read: {error.strerror or error}"


MB = 1_000_000  # what "10 MB" means in --max-size, in these messages and in the README: decimal


def too_big(size: int, max_bytes: int) -> str:
    """Why a file is refused for its size, in the limit's unit; a size that would round to the
    limit ("10.0 MB, over the 10 MB limit") is given in bytes instead."""
    import math

    limit_mb = max_bytes / MB
    decimals = max(1, 1 - math.floor(math.log10(limit_mb)))  # 10 MB: 10.5; 0.05 MB: 0.055
    limit = f"{limit_mb:g} MB"
    if round(size / MB, decimals) <= limit_mb:
        return f"file is {size:,} bytes, over the {limit} ({max_bytes:,}-byte) limit"
    return f"file is {size / MB:.{decimals}f} MB, over the {limit} limit"


def read_regular_file(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes``; else InputError.

    Opened without blocking (a FIFO swapped in after the check cannot hang the open), checked
    again on the open descriptor, and read with a bound (a file that grows is still capped)."""
    descriptor, info = _open_regular(path)
    try:
        if info.st_size > max_bytes:
            raise InputError(path, too_big(info.st_size, max_bytes))
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(descriptor, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    if total > max_bytes:
        raise InputError(path, too_big(total, max_bytes))
    return b"".join(chunks)


def _open_regular(path: str | Path) -> tuple[int, os.stat_result]:
    """A descriptor of ``path`` opened for reading, and its status, if it is a regular file;
    else InputError.
    Opened without blocking and checked again on the descriptor (a FIFO swapped in between)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(path, stat_error_reason(path, error)) from None
    if not stat.S_ISREG(mode):
        raise InputError(path, not_regular_reason(mode))
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise InputError(path, stat_error_reason(path, error)) from None
    try:
        info = os.fstat(descriptor)
    except OSError as error:
        os.close(descriptor)
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        raise InputError(path, not_regular_reason(info.st_mode))
    return descriptor, info


def read_start(path: str | Path, count: int) -> bytes:
    """The first ``count`` bytes (at most) of the regular file ``path``; else InputError. For
    telling what a file is by how it starts, whatever its size."""
    descriptor, _ = _open_regular(path)
    try:
        return os.read(descriptor, count)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
