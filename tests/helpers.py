"""Small helpers shared by tests: hashing a folder, finding plaintext in files."""

from __future__ import annotations

import hashlib
from pathlib import Path


def tree_digest(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file below `folder`."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_containing(folder: Path, marker: bytes) -> list[Path]:
    """Files below `folder` whose bytes contain `marker` (also as UTF-16, as SQLite may store)."""
    needles = [marker, marker.decode().encode("utf-16-le")]
    return [
        p for p in folder.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)
    ]
