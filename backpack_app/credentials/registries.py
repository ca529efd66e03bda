"""Issuer registries, offline: snapshots of lists of known issuers a user chose to rely on.

Format read: the DCC's ("dcc-legacy", as its verifier-core and the DCC community/sandbox/member
registries publish it), a JSON object
    {"meta": {"created": DATE, "updated": DATE}, "registry": {DID: {"name", "location", "url"}}}.
A snapshot keeps the bytes, their sha256 and an "as of" date: when it was fetched, or, for a
file, the date the registry states (`updated`, else `created`): an old file cannot pass for
today's list. Nothing is trusted by default; an issuer listed in a registry the user added is
shown as "listed in REGISTRY (as of DATE)".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.errors import CredentialProblem, UserError

MAX_REGISTRY_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 100_000


@dataclass(frozen=True)
class IssuerRegistry:
    """A checked snapshot: its name, where it came from, its hash, date and entries (DID: name)."""

    name: str
    source: str
    sha256: str
    as_of: dt.datetime
    entries: Mapping[str, str] = field(default_factory=dict)

    def listing(self) -> str:
        return f"{self.name} (as of {friendly_date(self.as_of)})"


def parse_dcc_registry(
    data: bytes, *, name: str, source: str, as_of: dt.datetime | None
) -> IssuerRegistry:
    """A DCC-format registry as a snapshot; UserError saying why it cannot be read."""
    if len(data) > MAX_REGISTRY_BYTES:
        raise UserError("That registry is far larger than any issuer registry.")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise UserError("That registry is not JSON.") from None
    listed = document.get("registry") if isinstance(document, dict) else None
    if not isinstance(listed, dict) or not listed:
        raise UserError("That file is not an issuer registry in the DCC format (no registry).")
    if len(listed) > MAX_ENTRIES:
        raise UserError(f"That registry lists more than {MAX_ENTRIES:,} issuers.")
    entries = {
        did: entry["name"].strip()[:200]
        for did, entry in listed.items()
        if did.startswith("did:") and isinstance(entry, dict) and isinstance(entry.get("name"), str)
    }
    if not entries:
        raise UserError("That registry names no issuer by a DID.")
    return IssuerRegistry(
        name=name,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
        as_of=as_of or _stated_date(document),
        entries=entries,
    )


def read_registry_file(path: str) -> bytes:
    """A registry file the user named, within the size any registry may have."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_REGISTRY_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Cannot read {path} ({exc.strerror}).") from None
    if len(data) > MAX_REGISTRY_BYTES:
        raise UserError("That registry is far larger than any issuer registry.")
    return data


def _stated_date(document: dict) -> dt.datetime:
    meta = document.get("meta") if isinstance(document.get("meta"), dict) else {}
    stated = meta.get("updated") or meta.get("created")
    try:
        return parse_datetime(stated, "updated")
    except CredentialProblem:
        raise UserError("That registry does not say when it was made (meta.updated).") from None


def listed_in(registries: tuple[IssuerRegistry, ...], issuer: str) -> tuple[IssuerRegistry, str]:
    """The first registry (in the order the user added them) listing `issuer`, and its name
    there; KeyError when none does."""
    for registry in registries:
        if issuer in registry.entries:
            return registry, registry.entries[issuer]
    raise KeyError(issuer)
