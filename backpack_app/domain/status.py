"""Saved copies of what an issuer publishes online: status lists and did:web documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CachedStatusList:
    """A status list credential as saved; `as_of` None means "as of the date the list states"."""

    url: str
    credential: bytes
    as_of: dt.datetime | None = None


@dataclass(frozen=True)
class CachedDidDocument:
    """A did:web document as saved, and when."""

    did: str
    document: bytes
    as_of: dt.datetime


@dataclass(frozen=True)
class Fetched:
    """One address an online refresh tried, and what came of it, in a sentence."""

    url: str
    saved: bool
    detail: str
