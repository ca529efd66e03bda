"""The files that make up one backpack folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    home: Path

    @property
    def header(self) -> Path:
        return self.home / "vault.header"

    @property
    def database(self) -> Path:
        return self.home / "records.db"

    @property
    def attachments(self) -> Path:
        return self.home / "attachments"

    def exists(self) -> bool:
        """A backpack is there when its header is."""
        return self.header.is_file()
