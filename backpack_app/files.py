"""Crash-safe file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE_MODE = 0o600


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside `path` durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(target: Path) -> Path:
    """A unique hidden sibling of `target`, recognisable as unfinished by its prefix."""
    # os.urandom is what secrets.token_hex uses; importing `secrets` would slow every start-up.
    return target.with_name(f".tmp-{os.urandom(8).hex()}-{target.name}")


@contextlib.contextmanager
def atomic_writer(target: Path, *, durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a private file; on success it replaces `target` in one step, on error it vanishes.

    `durable=False` skips both fsyncs: for many files written in one run that `sync_tree`
    makes durable together at its end (an fsync per file costs milliseconds each)."""
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, target)
        if durable:
            fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(target: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `target` with `data` so a crash leaves either the old or the new file, whole."""
    with atomic_writer(target, durable=durable) as fh:
        fh.write(data)


def sync_tree(folder: Path) -> None:
    """Make every file written under `folder` durable: one `sync()` where the system has it
    (it waits for the write-back on Linux), otherwise an fsync per file and folder."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in [*folder.rglob("*"), folder]:
        if path.is_file():
            with open(path, "rb+") as fh:
                os.fsync(fh.fileno())
        else:
            with contextlib.suppress(OSError):  # not every system can fsync a folder
                fsync_dir(path)


def remove_stale_temps(folder: Path, *, older_than: float, now: float) -> int:
    """Delete unfinished temp files a crash left behind (once clearly abandoned); how many."""
    count = 0
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if (
            entry.name.startswith(".tmp-")
            and entry.is_file()
            and entry.stat().st_mtime < now - older_than
        ):
            entry.unlink(missing_ok=True)
            count += 1
    return count


def hold_while_open(fh: BinaryIO) -> None:
    """Mark a file as in use by this process until it is closed (or the process dies), so
    `remove_abandoned` leaves it alone. Advisory `flock`, where the system has it."""
    try:
        import fcntl
    except ImportError:  # Windows: a file another process holds open cannot be deleted anyway
        return
    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_abandoned(paths: list[Path], *, older_than: float) -> int:
    """Delete files a killed process left (none holds them, see `hold_while_open`); where
    the system cannot tell, only those older than `older_than` seconds. How many."""
    try:
        import fcntl
    except ImportError:
        fcntl = None  # type: ignore[assignment]
    count = 0
    for path in paths:
        try:
            with open(path, "rb") as fh:
                if fcntl is not None:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                elif path.stat().st_mtime > time.time() - older_than:
                    continue
                path.unlink()
                count += 1
        except OSError:  # held by a live process (BlockingIOError), or already gone
            continue
    return count
