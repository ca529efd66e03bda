"""The files of an opened share, for its recipient: small ones kept in memory while it is shown
(for `previews.py` to draw pictures and a PDF's first page), any one saved out on request.

Nothing of a share is written to disk unless the recipient saves a file. A file too large to
keep in memory is saved by checking the share again and streaming only that file out: its
SHA-256 is checked on the way, and the copy is renamed into place only when it matched.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from backpack_app.files import atomic_write_bytes, atomic_writer
from backpack_app.sharing.container import FileEntry
from backpack_app.sharing.receive import KeepFile

KEEP_EACH = 16 * 1024 * 1024  # the largest file previews.py draws
MEMORY_BUDGET = 128 * 1024 * 1024  # all kept files together

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
