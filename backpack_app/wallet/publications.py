"""The façade's half about what is published online: what issuers publish (status lists and
did:web documents, saved copies), and the share pages the family publishes to object storage.

A mixin of `Backpack` (backpack.py), like `sharing.py`. Saved copies feed every
verification through `verify_context`; the network is used only by `refresh_status`,
`refresh_did_web` and `add_registry` (a URL), which fetch, and by `publish_share`,
`delete_published` and `cleanup_published`, which talk to the family's bucket
(docs/publishing.md). After anything new is saved the stored credentials' reports are redone.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpack_app.errors import (
    CredentialProblem,
    FetchFailed,
    MalformedFile,
    PublishFailed,
    ShareProblem,
    UnresolvableKey,
    UserError,
)
from backpack_app.ids import new_id
from backpack_app.sharing.page import MAX_PAGE_SHARE_BYTES  # (a light module; tests lower it)
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, published
from backpack_app.store import sharing as sharing_rows

# The share reader, the page builder, the verifier and the models load in the methods that
# use them (every command that opens the backpack imports this mixin); boto3 only when a page
# is published or deleted.
if TYPE_CHECKING:
    from backpack_app.credentials.did import KeyResolver
    from backpack_app.credentials.refresh import Fetch
    from backpack_app.credentials.registries import IssuerRegistry
    from backpack_app.credentials.status import StatusList
    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.domain.sharing import PageDeletion, Publication, ShareLogEntry
    from backpack_app.domain.status import Fetched
    from backpack_app.online.s3 import Storage
    from backpack_app.sharing.publishing import S3Target

MB = 1024 * 1024


def open_storage(bucket: str, *, endpoint: str | None, region: str | None) -> Storage:
    """A bucket, with the standard AWS credentials (boto3 loads here, for an online action)."""
    from backpack_app.online.s3 import Storage

    return Storage(bucket, endpoint=endpoint, region=region)


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
        from backpack_app.credentials.contexts import register_added_contexts
        from backpack_app.credentials.status import StatusLists
        from backpack_app.credentials.verifier import VerifyContext

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
        from backpack_app.credentials.registries import parse_dcc_registry

        return tuple(
            parse_dcc_registry(data, name=name, source=source, as_of=as_of)
            for name, source, data, as_of in published.registries(self._conn)
        )

    def add_registry(
        self, source: str, *, name: str | None = None, fetch: Fetch | None = None
    ) -> IssuerRegistry:
        """Keep a snapshot of an issuer registry: a file's bytes (as of the date it states), or,
        for an https:// address, what it holds now (an online action the user asked for)."""
        from backpack_app.credentials.registries import parse_dcc_registry, read_registry_file

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
        from backpack_app.credentials.did import KeyResolver

        return KeyResolver.from_saved(published.did_documents(self._conn))

    def add_context(self, url: str, data: bytes) -> str:
        """Check a JSON-LD context and keep it for `url`; returns its sha256. Stored credentials
        are checked again (one that named it can now be checked offline)."""
        from backpack_app.credentials.added_contexts import check_added_context
        from backpack_app.credentials.contexts import register_added_contexts

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
        from backpack_app.credentials.status import read_status_list

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
        from backpack_app.credentials.did_web import parse_did_document

        try:
            did = parse_did_document(data)["id"]
        except CredentialProblem as exc:
            raise MalformedFile(f"That DID document was not saved: {exc}") from exc
        self._save_did_document(did, data)
        self.recheck_credentials()
        return did

    def _save_did_document(self, did: str, data: bytes) -> None:
        from backpack_app.domain.status import CachedDidDocument

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
        from backpack_app.credentials.refresh import fetch_did_document
        from backpack_app.domain.status import Fetched

        try:
            url, data = fetch_did_document(did, fetch)
        except (CredentialProblem, FetchFailed) as exc:
            return Fetched(url=did, saved=False, detail=str(exc))
        self._save_did_document(did, data)
        return Fetched(url=url, saved=True, detail=f"saved the DID document of {did}.")

    def refresh_status(self, *, fetch: Fetch | None = None) -> list[Fetched]:
        """Online: fetch the did:web documents and status lists stored credentials point to."""
        from backpack_app.credentials.refresh import fetch_status_list, references
        from backpack_app.domain.status import Fetched

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

    # --- share pages published to object storage ------------------------------------------
    def publish_share(
        self,
        share_file: Path,
        target: S3Target,
        *,
        endpoint: str | None = None,
        region: str | None = None,
        code: str | None = None,
    ) -> Publication:
        """Online: put the page of a code share this backpack made in `target` under a fresh
        unguessable name, with a link that stops working when the share expires, and log it.
        `code` (a bearer link) is only checked here: it is never stored or uploaded."""
        from backpack_app.credentials.dates import friendly_date
        from backpack_app.domain.sharing import Publication
        from backpack_app.sharing.page import build_page
        from backpack_app.sharing.publishing import link_plan

        entry = self._publishable(share_file)
        size = share_file.stat().st_size
        if size > MAX_PAGE_SHARE_BYTES:
            raise PublishFailed(
                f"This share is {size // MB} MB, too large for a page a browser opens (at "
                f"most {MAX_PAGE_SHARE_BYTES // MB} MB): share fewer files, or send the "
                ".backpack file itself."
            )
        if code is not None:
            self._check_code(share_file, code)
        page = build_page(share_file.read_bytes())
        storage = open_storage(target.bucket, endpoint=endpoint, region=region)
        key = target.new_key()
        version = storage.put_page(key, page)
        try:
            now = self._clock()
            plan = link_plan(now, entry.expires)
            if now >= entry.expires:
                raise PublishFailed("This share expired while it was being published.")
            lifecycle = "not_needed"
            if plan.kind == "presigned":
                link = storage.presigned_link(key, plan.seconds)
            else:
                link = storage.object_link(key)
                if not storage.readable_by_anyone(key):
                    raise PublishFailed(
                        f"The bucket {target.bucket} does not let anyone read its pages without "
                        "a signed link, and a signed link lasts at most 7 days while this share "
                        f"lasts until {friendly_date(entry.expires)}: make the folder readable by "
                        "anyone (docs/publishing.md), or publish a share that expires within 7 "
                        "days. Nothing was left in the bucket."
                    )
                lifecycle = storage.add_lifecycle_rule(key, plan.lifecycle_days)
            publication = Publication(
                id=new_id("pub"),
                share_id=entry.id,
                bucket=target.bucket,
                key=key,
                version_id=version,
                endpoint=endpoint,
                region=storage.region,
                link=link,
                link_kind=plan.kind,
                expires=entry.expires,
                published=now,
                lifecycle=lifecycle,
                with_code=code is not None,
            )
            with database.transaction(self._conn):
                sharing_rows.insert_publication(self._conn, publication)
        except BaseException:
            with contextlib.suppress(Exception):
                storage.delete(key, version)
            raise
        return publication

    def _publishable(self, share_file: Path) -> ShareLogEntry:
        """The log entry of a code share this backpack made that is still open, or why not."""
        from backpack_app.credentials.dates import friendly_date
        from backpack_app.sharing.container import read_header

        try:
            with open(share_file, "rb") as fh:
                header = read_header(fh)[0]
        except ShareProblem:
            raise PublishFailed(f"{share_file.name} is damaged: it cannot be published.") from None
        if header.mode != "code":
            raise PublishFailed(
                "This share was made for a person's card and opens only in their Backpack; a "
                "page is for a share made with a code (backpack share --code)."
            )
        entry = next((e for e in sharing_rows.shares(self._conn) if e.id == header.share_id), None)
        if entry is None:
            raise PublishFailed(
                "This share is not in this backpack's share log: only a share made here can be "
                "published from here."
            )
        if entry.revoked is not None:
            raise PublishFailed("This share was revoked; make a new one to publish.")
        if self._clock() >= entry.expires:
            raise PublishFailed(
                f"This share expired on {friendly_date(entry.expires)}; make a new one to publish."
            )
        return entry

    def _check_code(self, share_file: Path, code: str) -> None:
        """A bearer link must open: the code is checked by opening the share with it."""
        from backpack_app.credentials.verifier import VerifyContext
        from backpack_app.sharing.receive import open_share

        try:
            open_share(share_file, ctx=VerifyContext(now=self._clock()), code=code)
        except ShareProblem:
            raise PublishFailed(
                "That code does not open this share, so a link carrying it would not open the "
                "page; check the code (nothing was published)."
            ) from None

    def delete_published(self, share_id: str) -> list[PageDeletion]:
        """Online: delete every page of one share still in its bucket (a real revocation)."""
        return self._delete_pages(
            p for p in sharing_rows.publications(self._conn, share_id=share_id) if p.live
        )

    def pages_to_clean(self) -> list[Publication]:
        """Published pages still in their buckets whose share has expired or was revoked."""
        now = self._clock()
        return [
            p
            for entry in sharing_rows.shares(self._conn)
            for p in entry.publications
            if p.live and (entry.revoked is not None or now >= p.expires)
        ]

    def cleanup_published(
        self, *, progress: Callable[[int, int], None] | None = None
    ) -> list[PageDeletion]:
        """Online: delete the pages of expired and revoked shares (`progress(done, total)`)."""
        return self._delete_pages(self.pages_to_clean(), progress=progress)

    def _delete_pages(
        self,
        pages: Iterable[Publication],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[PageDeletion]:
        from backpack_app.domain.sharing import PageDeletion

        todo, outcomes = list(pages), []
        buckets: dict[tuple[str, str | None, str], Storage | PublishFailed] = {}
        for done, page in enumerate(todo):
            if progress is not None:
                progress(done, len(todo))
            where = (page.bucket, page.endpoint, page.region)
            if where not in buckets:
                try:
                    buckets[where] = open_storage(
                        page.bucket, endpoint=page.endpoint, region=page.region
                    )
                except PublishFailed as exc:
                    buckets[where] = exc
            storage = buckets[where]
            try:
                if isinstance(storage, PublishFailed):
                    raise storage
                storage.delete(page.key, page.version_id)
            except PublishFailed as exc:
                outcomes.append(PageDeletion(page, deleted=False, detail=str(exc)))
                continue
            with database.transaction(self._conn):
                sharing_rows.mark_publication_deleted(
                    self._conn, page.id, when=self._clock().isoformat()
                )
            outcomes.append(PageDeletion(page, deleted=True))
        if progress is not None:
            progress(len(todo), len(todo))
        return outcomes
