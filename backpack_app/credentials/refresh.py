"""What issuers publish (status lists, did:web documents): which addresses stored credentials
name, and checking what was fetched from them before it is saved. The fetching itself is
`online/http.py: fetch_https`, passed in as `fetch` (tests pass a local one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from backpack_app.credentials.did import KeyResolver
from backpack_app.credentials.did_web import PREFIX, did_web_url, parse_did_document
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.shapes import as_list
from backpack_app.credentials.status import KINDS, StatusList, read_status_list
from backpack_app.credentials.vc_jwt import looks_like_jwt, peek_credential
from backpack_app.errors import CredentialProblem, FetchFailed

Fetch = Callable[[str], bytes]


@dataclass
class References:
    """What stored credentials point to online: status list addresses and did:web issuers."""

    status_urls: set[str] = field(default_factory=set)
    did_webs: set[str] = field(default_factory=set)

    def add(self, credential: Any) -> None:
        if isinstance(credential, str):  # a VC-JWT inside a CLR
            credential = _peek(credential.encode())
        if not isinstance(credential, dict):
            return
        issuer = credential.get("issuer")
        issuer = issuer.get("id") if isinstance(issuer, dict) else issuer
        if isinstance(issuer, str) and issuer.startswith(PREFIX):
            self.did_webs.add(issuer)
        for entry in as_list(credential.get("credentialStatus")):
            if not isinstance(entry, dict) or entry.get("type") not in KINDS:
                continue
            url = entry.get("statusListCredential")
            if isinstance(url, str):
                self.status_urls.add(url)
        for subject in as_list(credential.get("credentialSubject")):
            if isinstance(subject, dict):
                for inner in as_list(subject.get("verifiableCredential")):
                    inner_id = inner.get("id") if isinstance(inner, dict) else None
                    if isinstance(inner_id, str) and inner_id.startswith("data:"):
                        inner = inner_id.partition(",")[2]
                    self.add(inner)


def _peek(data: bytes) -> Any:
    try:
        return peek_credential(data.decode("ascii")) if looks_like_jwt(data) else parse_json(data)
    except (CredentialProblem, UnicodeDecodeError):
        return None


def references(originals: Iterable[bytes]) -> References:
    found = References()
    for data in originals:
        found.add(_peek(data))
    return found


def fetch_did_document(did: str, fetch: Fetch) -> tuple[str, bytes]:
    """(address, bytes) of a did:web's document, fetched and checked to be that DID's."""
    url = did_web_url(did)
    data = fetch(url)
    parse_did_document(data, expected=did)
    return url, data


def fetch_status_list(
    url: str, fetch: Fetch, *, keys: KeyResolver, now: dt.datetime
) -> tuple[bytes, StatusList]:
    """The list published at `url`, fetched and checked; it is current as of `now`."""
    if not url.startswith("https://"):
        raise FetchFailed("it is not an HTTPS address, so it was not fetched.")
    data = fetch(url)
    return data, read_status_list(data, url=url, as_of=now, keys=keys)
