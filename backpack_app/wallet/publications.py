"""The façade's half about what issuers publish: status lists and did:web documents.

A mixin of `Backpack` (backpack.py), like `sharing.py`. Saved copies feed every
verification through `verify_context`; the only network use is `refresh_status` and
`refresh_did_web`, and after anything new is saved the stored credentials' reports are redone.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from backpack_app.credentials.added_contexts import check_added_context
from backpack_app.credentials.contexts import register_added_contexts
from backpack_app.credentials.did import KeyResolver
from backpack_app.credentials.did_web import parse_did_document
from backpack_app.credentials.refresh import (
    Fetch,
    fetch_did_document,
    fetch_status_list,
    references,
)
from backpack_app.credentials.registries import (
    IssuerRegistry,
    parse_dcc_registry,
    read_registry_file,
)
from backpack_app.credentials.status import StatusList, StatusLists, read_status_list
from backpack_app.credentials.verifier import VerifyContext
from backpack_app.domain.status import CachedDidDocument, Fetched
from backpack_app.errors import (
    CredentialProblem,
    FetchFailed,
    MalformedFile,
    UnresolvableKey,
    UserError,
)
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, published


def fetch_https(url: str) -> bytes:
    """GET an HTTPS address with the one HTTP client (loaded only when an online action runs)."""
    from backpack_app.online.http import fetch_https as fetch

    return fetch(url)


class PublicationActions:
    """Status list and did:web methods of the façade (`self` is the unlocked Backpack)."""

    _conn: Any
    _clock: Callable[[], datetime]

    # Also used, from Backpack: trust_list() and recheck_credentials().

    def verify_context(self, now: datetime | None = None) -> VerifyContext:
        """Everything verification uses from this backpack: trust list, saved publications and
        the contexts the user added."""
        register_added_contexts(
            {u: json.loads(d) for u, d in published.added_contexts(self._conn).items()}
        )
        keys = self._keys()
        lists = StatusLists(published.status_lists(self._conn))
        return VerifyContext(
            now=now or self._clock(),
            trust=self.trust_list(),
            keys=keys,
            status_lists=lists,
            schemas=True,
            registries=self.issuer_registries(),
        )

    def issuer_registries(self) -> tuple[IssuerRegistry, ...]:
        """The registries the user added, as snapshots, in the order they were added."""
        return tuple(
            parse_dcc_registry(data, name=name, source=source, as_of=as_of)
            for name, source, data, as_of in published.registries(self._conn)
        )

    def add_registry(
        self, source: str, *, name: str | None = None, fetch: Fetch | None = None
    ) -> IssuerRegistry:
        """Keep a snapshot of an issuer registry: a file's bytes (as of the date it states), or,
        for an https:// address, what it holds now (an online action the user asked for)."""
        online = source.startswith("https://")
        data = (fetch or fetch_https)(source) if online else read_registry_file(source)
        as_of = self._clock() if online else None
        registry = parse_dcc_registry(data, name=name or source, source=source, as_of=as_of)
        with database.transaction(self._conn):
            published.save_registry(
                self._conn,
                name=registry.name,
                source=source,
                document=data,
                sha256=registry.sha256,
                as_of=registry.as_of,
                added=self._clock(),
            )
        self.recheck_credentials()
        return registry

    def remove_registry(self, name: str) -> None:
        """Stop relying on the registry added as `name`; its issuers are unknown again unless
        another registry or the trust list names them."""
        with database.transaction(self._conn):
            if not published.delete_registry(self._conn, name):
                raise UserError(f"You added no issuer registry named {name}.")
        self.recheck_credentials()

    def _keys(self) -> KeyResolver:
        return KeyResolver.from_saved(published.did_documents(self._conn))

    def add_context(self, url: str, data: bytes) -> str:
        """Check a JSON-LD context and keep it for `url`; returns its sha256. Stored credentials
        are checked again (one that named it can now be checked offline)."""
        document, digest = check_added_context(url, data)
        with database.transaction(self._conn):
            published.save_context(
                self._conn, url=url, document=data, sha256=digest, added=self._clock()
            )
        register_added_contexts({url: document})
        self.recheck_credentials()
        return digest

    def import_status_list(self, data: bytes) -> StatusList:
        """Check a status list credential file and save it, as of the date the list states."""
        try:
            found = read_status_list(data, as_of=None, keys=self._keys())
        except UnresolvableKey as exc:
            raise MalformedFile(
                f"That status list was not saved: {exc} Save the issuer's DID document first."
            ) from exc
        except CredentialProblem as exc:
            raise MalformedFile(f"That status list was not saved: {exc}") from exc
        if found.as_of > self._clock() + timedelta(minutes=5):
            raise MalformedFile("That status list was not saved: it is dated in the future.")
        self._save_status_list(data, found)
        self.recheck_credentials()
        return found

    def _save_status_list(self, data: bytes, found: StatusList) -> None:
        with database.transaction(self._conn):
            published.save_status_list(
                self._conn, url=found.url, issuer=found.issuer, credential=data, as_of=found.as_of
            )

    def import_did_web(self, data: bytes) -> str:
        """Save a did:web document from a file; returns its DID."""
        try:
            did = parse_did_document(data)["id"]
        except CredentialProblem as exc:
            raise MalformedFile(f"That DID document was not saved: {exc}") from exc
        self._save_did_document(did, data)
        self.recheck_credentials()
        return did

    def _save_did_document(self, did: str, data: bytes) -> None:
        saved = CachedDidDocument(did=did, document=data, as_of=self._clock())
        with database.transaction(self._conn):
            published.save_did_document(self._conn, saved)

    def refresh_did_web(self, did: str, *, fetch: Fetch | None = None) -> Fetched:
        """Online: fetch one did:web document, check it names `did`, and save it."""
        outcome = self._fetch_did_web(did, fetch or fetch_https)
        if outcome.saved:
            self.recheck_credentials()
        return outcome

    def _fetch_did_web(self, did: str, fetch: Fetch) -> Fetched:
        try:
            url, data = fetch_did_document(did, fetch)
        except (CredentialProblem, FetchFailed) as exc:
            return Fetched(url=did, saved=False, detail=str(exc))
        self._save_did_document(did, data)
        return Fetched(url=url, saved=True, detail=f"saved the DID document of {did}.")

    def refresh_status(self, *, fetch: Fetch | None = None) -> list[Fetched]:
        """Online: fetch the did:web documents and status lists stored credentials point to."""
        fetch = fetch or fetch_https
        wanted = references(row.original for row in credential_rows.all_rows(self._conn))
        outcomes = [self._fetch_did_web(did, fetch) for did in sorted(wanted.did_webs)]
        keys = self._keys()
        for url in sorted(wanted.status_urls):
            now = self._clock()
            try:
                data, found = fetch_status_list(url, fetch, keys=keys, now=now)
            except (CredentialProblem, FetchFailed) as exc:
                outcomes.append(Fetched(url=url, saved=False, detail=str(exc)))
                continue
            self._save_status_list(data, found)
            outcomes.append(
                Fetched(url=url, saved=True, detail=f"saved the list of {found.issuer}.")
            )
        if any(o.saved for o in outcomes):
            self.recheck_credentials()
        return outcomes
