"""Making a share: the credentials of the chosen records, the signed presentation, the bundle."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backpack_app.credentials.vc_jwt import enveloped
from backpack_app.crypto.kdf import SALT_BYTES
from backpack_app.crypto.keys import random_bytes
from backpack_app.crypto.sealing import (
    key_digest,
    key_fingerprint,
    new_content_key,
    new_share_code,
    seal_for_recipient,
)
from backpack_app.domain.records import AttachmentRef, Provenance, Record
from backpack_app.domain.status import CachedStatusList
from backpack_app.domain.vocabulary import Sensitivity
from backpack_app.sharing.code_key import CODE_PARAMS_V2, code_domain, derive_code_key, salt_text
from backpack_app.sharing.container import (
    MANIFEST_FORMAT,
    MANIFEST_VERSION,
    VERSION,
    BundleHeader,
    CardKey,
    CodeKey,
    FileEntry,
    FileSource,
    RecipientHint,
    write_bundle,
)
from backpack_app.sharing.included_status import manifest_entries
from backpack_app.sharing.presentation import (
    ShareTerms,
    card_domain,
    iso,
    self_issued_credential,
    sign_presentation,
    sign_self_issued,
)
from backpack_app.store.credentials import CredentialRow

# Records whose original is not a Verifiable Credential (Open Badges 2.0): the learner's key
# states them, and the original travels as a file the statement names by its SHA-256.
NOT_VERIFIABLE_CREDENTIALS = {"ob2-json", "ob2-jws"}


@dataclass(frozen=True)
class ShareItem:
    """A chosen record and, when a school signed it, its stored credential."""

    record: Record
    credential: CredentialRow | None


@dataclass(frozen=True)
class Recipient:
    """Who a share is for: a contact's key, or (key None) whoever holds the share code."""

    name: str
    public: bytes | None


@dataclass(frozen=True)
class Holder:
    did: str
    private: bytes
    name: str


def presentation_credentials(
    items: Sequence[ShareItem], holder: Holder, *, now: dt.datetime
) -> tuple[list[Any], list[AttachmentRef]]:
    """School credentials exactly as signed; everything else issued by the learner's own key."""
    credentials: list[Any] = []
    files: dict[str, AttachmentRef] = {}
    for item in items:
        row = item.credential
        if row is not None and row.format == "vc-jwt":
            credentials.append(enveloped(row.original.decode("ascii")))
        elif row is not None and row.format not in NOT_VERIFIABLE_CREDENTIALS:
            credentials.append(json.loads(row.original))
        else:
            unsigned = self_issued_credential(
                item.record, holder_did=holder.did, learner_name=holder.name, issued=now
            )
            credentials.append(
                sign_self_issued(
                    unsigned, holder_did=holder.did, holder_private=holder.private, created=now
                )
            )
        # Every record's files travel: a portfolio's work, a badge image, an OB 2.0 assertion.
        for ref in item.record.attachments:
            files.setdefault(ref.sha256, ref)
    return credentials, list(files.values())


@dataclass(frozen=True)
class MadeShare:
    share_id: str
    code: str | None
    fingerprint: str | None
    pdf_protected: bool = False
    pdf_password: str | None = None  # set only when one was generated or given


def make_bundle(
    target: Path,
    items: Sequence[ShareItem],
    *,
    holder: Holder,
    recipient: Recipient,
    share_id: str,
    purpose: str,
    now: dt.datetime,
    expires: dt.datetime,
    chunks_of: Callable[[AttachmentRef], Iterator[bytes]],
    status_lists: Sequence[CachedStatusList] = (),
    contribution_request: dict[str, Any] | None = None,
) -> MadeShare:
    """Sign the presentation, encrypt it with its files for the recipient, write the bundle
    (with the saved copies of the status lists its credentials name, `status_lists`)."""
    content_key, code = new_content_key(), None
    hint_fingerprint = key_fingerprint(recipient.public) if recipient.public else ""
    header_fields: dict[str, Any] = {}
    if recipient.public is not None:
        domain = card_domain(key_digest(recipient.public))
        header_fields["card"] = CardKey(jwe=seal_for_recipient(content_key, recipient.public))
    else:
        code, params = new_share_code(), CODE_PARAMS_V2
        salt = salt_text(random_bytes(SALT_BYTES))
        content_key = derive_code_key(code, version=VERSION, salt_b64=salt, params=params)
        # The presentation is signed for this key: re-encrypted under another code, it is refused.
        domain = code_domain(content_key)
        header_fields["code"] = CodeKey(
            salt=salt,
            memory_kib=params.memory_kib,
            iterations=params.iterations,
            lanes=params.lanes,
        )
    credentials, refs = presentation_credentials(items, holder, now=now)
    terms = ShareTerms(
        share_id=share_id,
        learner_name=holder.name,
        holder_did=holder.did,
        recipient_name=recipient.name,
        purpose=purpose,
        created=now,
        expires=expires,
        domain=domain,
    )
    presentation = sign_presentation(credentials, terms, holder_private=holder.private)
    entries = [
        FileEntry(sha256=r.sha256, name=r.name, media_type=r.media_type, size=r.size) for r in refs
    ]
    header = BundleHeader(
        share_id=share_id,
        mode="card" if recipient.public is not None else "code",
        recipient=RecipientHint(name=recipient.name, fingerprint=hint_fingerprint),
        expires=iso(expires),
        **header_fields,
    )
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "presentation": presentation,
        "files": [e.to_json() for e in entries],
    }
    if status_lists:
        manifest["status_lists"] = manifest_entries(status_lists)
    # Which records the family marked restricted (supports, discipline, health), by their place
    # in `verifiableCredential`, so a reader marks them (handle with care); older readers ignore it.
    restricted = [
        i for i, item in enumerate(items) if item.record.sensitivity is Sensitivity.RESTRICTED
    ]
    if restricted:
        manifest["restricted"] = restricted
    # Which are third-party attested (a provider's reply the family filed): a reader labels
    # them so only when the signed credential bears it out (`receive.third_party_author`).
    written = [
        i
        for i, item in enumerate(items)
        if item.record.provenance is Provenance.THIRD_PARTY_ATTESTED and item.credential is not None
    ]
    if written:
        manifest["third_party"] = written
    if contribution_request is not None:  # readers that know nothing of it ignore it
        manifest["contribution_request"] = contribution_request
    sources = [
        FileSource(entry=e, chunks=lambda ref=ref: chunks_of(ref))
        for e, ref in zip(entries, refs, strict=True)
    ]
    write_bundle(target, header, content_key, manifest=manifest, files=sources)
    return MadeShare(share_id=share_id, code=code, fingerprint=hint_fingerprint or None)
