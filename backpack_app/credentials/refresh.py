"""The one explicit online action: fetch what issuers publish (status lists, did:web documents).

Nothing else in Backpack opens a network connection. Fetches are HTTPS only (redirects too),
bounded in size and time, and everything fetched is checked before it is saved.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ssl
import urllib.error
import urllib.request
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

MAX_FETCH_BYTES = 8 * 1024 * 1024
TIMEOUT_SECONDS = 20
Fetch = Callable[[str], bytes]


class _HttpsOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not newurl.startswith("https://"):
            raise FetchFailed("it redirects away from HTTPS.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_https(url: str, *, tls: ssl.SSLContext | None = None) -> bytes:
    """GET `url` over HTTPS, at most MAX_FETCH_BYTES within TIMEOUT_SECONDS; FetchFailed else.

    `tls` defaults to the system's certificate checks (tests pass one trusting a local server).
    """
    if not url.startswith("https://"):
        raise FetchFailed("it is not an HTTPS address, so it was not fetched.")
    https = urllib.request.HTTPSHandler(context=tls or ssl.create_default_context())
    opener = urllib.request.build_opener(https, _HttpsOnlyRedirects)
    request = urllib.request.Request(  # noqa: S310 (the scheme is checked above: HTTPS only)
        url, headers={"Accept": "application/json, application/ld+json, application/vc+jwt"}
    )
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            data = response.read(MAX_FETCH_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise FetchFailed(f"the server answered {exc.code} {exc.reason}.") from exc
    except urllib.error.URLError as exc:
        raise FetchFailed(f"it could not be reached ({exc.reason}).") from exc
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchFailed(f"it could not be fetched ({exc}).") from exc
    if len(data) > MAX_FETCH_BYTES:
        raise FetchFailed(f"it is larger than {MAX_FETCH_BYTES // 2**20} MB.")
    return data


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
