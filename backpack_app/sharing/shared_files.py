"""The files of an opened share, for its recipient: small ones kept in memory while it is shown
(for `previews.py` to draw pictures and a PDF's first page), any one saved out on request.

Nothing of a share is written to disk unless the recipient saves a file. A file too large to
keep in memory is saved by checking the share again and streaming only that file out: its
SHA-256 is checked on the way, and the copy is renamed into place only when it matched.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from backpack_app.errors import UserError
from backpack_app.files import atomic_write_bytes, atomic_writer
from backpack_app.sharing.container import FileEntry
from backpack_app.sharing.receive import KeepFile

KEEP_EACH = 16 * 1024 * 1024  # the largest file previews.py draws
MEMORY_BUDGET = 128 * 1024 * 1024  # all kept files together

T = TypeVar("T")
# Opens the share again (re-checking it) handing each file to the given KeepFile.
Reopen = Callable[[KeepFile], object]


class SharedFiles:
    """Pass `keep` as the `keep_file` of opening a share; then ask for files by SHA-256."""

    def __init__(self, *, each: int = KEEP_EACH, budget: int = MEMORY_BUDGET) -> None:
        self._each, self._left = each, budget
        self._kept: dict[str, io.BytesIO] = {}

    def keep(self, entry: FileEntry) -> BinaryIO | None:
        """Keep this file in memory when it is small enough and the budget allows."""
        if entry.size > self._each or entry.size > self._left or entry.sha256 in self._kept:
            return None
        self._left -= entry.size
        self._kept[entry.sha256] = io.BytesIO()
        return self._kept[entry.sha256]

    def data(self, sha256: str) -> bytes | None:
        kept = self._kept.get(sha256)
        return kept.getvalue() if kept is not None else None

    def save(self, entry: FileEntry, target: Path, reopen: Reopen | None = None) -> None:
        """Write the file to `target` (atomically): from memory, else by opening the share again."""
        data = self.data(entry.sha256)
        if data is not None:
            atomic_write_bytes(target, data)
            return
        assert reopen is not None, "a file not kept in memory is saved by opening again"
        # The writer renames into place only when the share checked out to its last byte.
        with atomic_writer(target) as out:
            reopen(lambda found: out if found.sha256 == entry.sha256 else None)


def _safe_name(name: str, taken: set[str]) -> str:
    """The sender's label as a plain file name (never a path), not one already used."""
    base = name.replace("\\", "/").split("/")[-1].replace("\0", "").strip()
    if base in ("", ".", ".."):
        base = "file"
    stem, dot, ext = base.rpartition(".")
    if not stem:
        stem, dot, ext = base, "", ""
    candidate, n = base, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem} ({n}){dot}{ext}"
    taken.add(candidate.casefold())
    return candidate


def open_into_folder(folder: Path, open_with: Callable[[KeepFile], T]) -> tuple[T, list[str]]:
    """Open a share with its files streamed into `folder` (new or empty) under their names.
    They are written beside it first; `folder` holds them only once the whole share checked
    out, so a share that fails leaves nothing behind."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(f"{folder} is not an empty folder: give a new or empty one for the files.")
    parent = folder.parent if str(folder.parent) else Path(".")
    staging = Path(tempfile.mkdtemp(prefix=f".tmp-{folder.name}-", dir=parent))
    taken: set[str] = set()
    names: list[str] = []
    current: list[BinaryIO] = []

    def keep(entry: FileEntry) -> BinaryIO:
        for fh in current:  # files come one after another: one open at a time
            fh.close()
        current.clear()
        names.append(_safe_name(entry.name, taken))
        current.append(open(staging / names[-1], "xb"))  # noqa: SIM115 - closed above or below
        return current[0]

    try:
        try:
            result = open_with(keep)
        finally:
            for fh in current:
                fh.close()
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return result, names
