"""Crash-safe file writes: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import secrets
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
    return target.with_name(f".tmp-{secrets.token_hex(8)}-{target.name}")


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a private file; on success it replaces `target` in one step, on error it vanishes."""
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` with `data` so a crash leaves either the old or the new file, whole."""
    with atomic_writer(target) as fh:
        fh.write(data)


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
