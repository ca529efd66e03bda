"""The status lists a family includes in a share: the saved copies of the lists its credentials
name, so a recipient (the app, or the page any browser opens) checks revocation as of when the
family last fetched them, with no network. Outside the holder's signature, but each list is
signed by its issuer and checked as such; an older copy can only make news older, which the
recipient is told ("as of" its date)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from backpack_app.credentials.dates import parse_datetime
from backpack_app.credentials.vc_jwt import looks_like_jwt, peek_credential
from backpack_app.domain.status import CachedStatusList
from backpack_app.errors import CredentialProblem
from backpack_app.sharing.presentation import iso

MAX_INCLUDED_LISTS = 100


def _searchable(original: bytes) -> str:
    """A credential's text, a VC-JWT's payload decoded, where list addresses are looked for."""
    text = original.decode("utf-8", "replace")
    if looks_like_jwt(original):
        try:
            return text + json.dumps(peek_credential(text.strip()))
        except CredentialProblem:
            return text
    return text


def lists_named(
    saved: Iterable[CachedStatusList], credentials: Iterable[bytes]
) -> list[CachedStatusList]:
    """The saved lists whose address one of the credentials names (those inside a CLR too)."""
    texts = [_searchable(c) for c in credentials]
    return [s for s in saved if any(f'"{s.url}"' in t for t in texts)][:MAX_INCLUDED_LISTS]


def manifest_entries(lists: Sequence[CachedStatusList]) -> list[dict[str, Any]]:
    """`{"url", "credential" (the list as JSON, or a VC-JWT string), "as_of"}` for each."""
    entries = []
    for saved in lists:
        text = saved.credential.decode("utf-8", "replace").strip()
        try:
            credential: Any = json.loads(text)
        except ValueError:
            credential = text
        entries.append(
            {
                "url": saved.url,
                "credential": credential,
                "as_of": iso(saved.as_of) if saved.as_of else None,
            }
        )
    return entries


def from_manifest(manifest: dict[str, Any]) -> list[CachedStatusList]:
    """The lists a share includes; an entry not in that form is left out (never an error: the
    credentials that name its address then say revocation was not checked)."""
    entries = manifest.get("status_lists")
    found = []
    for entry in entries[:MAX_INCLUDED_LISTS] if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            continue
        credential = entry.get("credential")
        if isinstance(credential, dict):
            data = json.dumps(credential, ensure_ascii=False).encode("utf-8")
        elif isinstance(credential, str):
            data = credential.encode("utf-8")
        else:
            continue
        as_of: dt.datetime | None = None
        if entry.get("as_of") is not None:
            try:
                as_of = parse_datetime(entry.get("as_of"), "date of a status list")
            except CredentialProblem:
                continue
        found.append(CachedStatusList(url=entry["url"], credential=data, as_of=as_of))
    return found
