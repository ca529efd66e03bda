"""Opening a share: decrypt, then trust only what the holder signed, then check every record.

Fails closed. Any cryptographic failure (wrong key or code, an altered byte, a bad holder
signature) is the one ShareUnreadable; an expired share and one signed for someone else get
their own plain sentences, since those facts are signed and so can be told.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.credentials.did import issuer_id
from backpack_app.credentials.proofs import verify_linked_data_proof
from backpack_app.credentials.shapes import as_list, types_of
from backpack_app.credentials.vc_jwt import ENVELOPED_PREFIX as ENVELOPED_JWT_PREFIX
from backpack_app.credentials.vc_jwt import peek_credential
from backpack_app.credentials.verifier import (
    VerifyContext,
    malformed_report,
    verify_document,
    verify_token,
)
from backpack_app.crypto.kdf import KdfParams
from backpack_app.crypto.sealing import (
    ReceivingKey,
    key_digest,
    key_fingerprint,
    open_for_recipient,
)
from backpack_app.domain.verification import Report, Verdict
from backpack_app.errors import (
    CardNotShare,
    CredentialProblem,
    DecryptionFailed,
    MalformedFile,
    ShareExpired,
    ShareNotForYou,
    ShareUnreadable,
)
from backpack_app.sharing.code_key import CODE_DOMAIN_V1, code_domain, derive_code_key
from backpack_app.sharing.container import (
    MANIFEST_FORMAT,
    MANIFEST_VERSION,
    BundleHeader,
    FileEntry,
    open_bundle,
    read_header,
)
from backpack_app.sharing.included_status import from_manifest
from backpack_app.sharing.page import MAX_PAGE_SHARE_BYTES, is_page, share_from_page
from backpack_app.sharing.presentation import card_domain

# The contribution request's models and the QR reader load when a share carries one or is one.
if TYPE_CHECKING:
    from backpack_app.sharing.contribution import ContributionRequest

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"  # (sharing/qr.py's)

MAX_CREDENTIALS = 1_000
# Given each file of a share while it is checked: a writable file to keep a copy in, or None.
KeepFile = Callable[[FileEntry], BinaryIO | None]


@dataclass(frozen=True)
class ReceivedRecord:
    """One credential of a share with its verification report."""

    report: Report
    self_reported: bool
    title: str
    evidence: list[str] = field(default_factory=list)
    # The credential as signed (a VC-JWT's payload), for showing what it says; None if unreadable.
    document: dict[str, Any] | None = None
    # The family marked it restricted (supports, discipline, health): handle with care.
    restricted: bool = False
    # Carried as a VC-JWT (`document` is then its payload).
    enveloped: bool = False
    # Third-party attested (a tutor's note, a program's badge): who wrote it, by its own
    # signature (`third_party_author`); None for school and self-reported records.
    author: Author | None = None

    @property
    def provenance(self) -> str:
        """ "self_reported", "third_party_attested" or "issuer_signed" (a school's, or any
        other issuer's credential), decided from the signed credential (and the manifest)."""
        if self.self_reported:
            return "self_reported"
        return "third_party_attested" if self.author is not None else "issuer_signed"


@dataclass(frozen=True)
class Author:
    """Who wrote a third-party entry: the name and key its own signed credential gives."""

    name: str
    did: str

    @property
    def fingerprint(self) -> str:
        """The same form as a card's and a learner's fingerprint (of the DID's text)."""
        return key_fingerprint(self.did.encode("utf-8"))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "did": self.did,
            "fingerprint": self.fingerprint,
            "verified": True,
        }


@dataclass
class OpenedShare:
    share_id: str
    learner_name: str
    holder_did: str
    holder_fingerprint: str
    recipient_name: str
    purpose: str
    created: dt.datetime
    expires: dt.datetime
    mode: str
    records: list[ReceivedRecord]
    files: list[FileEntry]
    presentation: dict[str, Any]
    # What the family asks this recipient to write back (sharing/contribution.py), if anything.
    request: ContributionRequest | None = None

    @property
    def valid(self) -> bool:
        return all(r.report.valid for r in self.records)


def holder_fingerprint(did: str) -> str:
    """What a recipient compares with the family: the same form as a card's fingerprint."""
    return key_fingerprint(did.encode("utf-8"))


def someone_elses_card(header: BundleHeader) -> NoReturn:
    """Refuse a card share this key cannot open, naming whose card it was made for (the
    header's hint, which is all there is to go on before decrypting)."""
    name = header.recipient.name.strip()
    if not name:
        raise ShareNotForYou(
            "This share was made for someone else's card, so it does not open here. "
            "Ask the family to share with your card, or with a code."
        )
    raise ShareNotForYou(
        f"This share was made for someone else's card: {name}'s (fingerprint "
        f"{header.recipient.fingerprint}). It opens only in the Backpack that holds that card; "
        "ask the family to share with your card, or with a code."
    )


def _unlocker(receiving: ReceivingKey | None, code: str | None, expected: dict[str, str]):
    """The bundle's content key; records in `expected["domain"]` whom it must be signed for."""

    def unlock(header: BundleHeader, version: int) -> bytes:
        if code is not None and not (header.mode == "card" and receiving is not None):
            if header.mode == "card":
                someone_elses_card(header)
            if header.code is None:
                raise DecryptionFailed("not a code share")
            params = KdfParams(
                memory_kib=header.code.memory_kib,
                iterations=header.code.iterations,
                lanes=header.code.lanes,
            )
            key = derive_code_key(code, version=version, salt_b64=header.code.salt, params=params)
            # Version 1 signed every code share for the same recipient (it could be re-encrypted).
            expected["domain"] = CODE_DOMAIN_V1 if version == 1 else code_domain(key)
            return key
        if receiving is None or header.card is None:
            raise DecryptionFailed("not a card share")
        hint = header.recipient.fingerprint
        if hint and hint != key_fingerprint(receiving.public):
            someone_elses_card(header)
        expected["domain"] = card_domain(key_digest(receiving.public))
        return open_for_recipient(header.card.jwe, receiving)

    return unlock


def _terms(presentation: Any, expected_domain: str, now: dt.datetime) -> dict[str, Any]:
    """Check the holder's proof and return the signed terms; fail closed."""
    if not isinstance(presentation, dict) or "VerifiablePresentation" not in types_of(presentation):
        raise ShareUnreadable()
    holder = presentation.get("holder")
    holder_did = holder.get("id") if isinstance(holder, dict) else holder
    proofs = as_list(presentation.get("proof"))
    vp_id = presentation.get("id")
    if not isinstance(holder_did, str) or len(proofs) != 1 or not isinstance(proofs[0], dict):
        raise ShareUnreadable()
    proof = proofs[0]
    share_id = vp_id[len("urn:uuid:") :] if isinstance(vp_id, str) else ""
    try:
        verify_linked_data_proof(
            copy.deepcopy(presentation),
            proof,
            purpose="authentication",
            controller=holder_did,
            challenge=share_id,
        )
        expires = parse_datetime(proof.get("expires"), "expiry")
        created = parse_datetime(proof.get("created"), "creation date")
    except CredentialProblem:
        raise ShareUnreadable() from None
    if proof.get("domain") != expected_domain:
        raise ShareNotForYou(
            "This share was made for someone else, so it is not shown here. "
            "Ask the family to share with you directly."
        )
    if now >= expires:
        raise ShareExpired(
            f"This share expired on {friendly_date(expires)}. Ask the family for a new one."
        )
    name = holder.get("name") if isinstance(holder, dict) else None
    return {
        "share_id": share_id,
        "holder_did": holder_did,
        "learner_name": name if isinstance(name, str) else "",
        "recipient_name": presentation.get("name") or "",
        "purpose": presentation.get("description") or "",
        "created": created,
        "expires": expires,
    }


def _record(item: Any, holder_did: str, ctx: VerifyContext) -> ReceivedRecord:
    if isinstance(item, dict) and "EnvelopedVerifiableCredential" in types_of(item):
        envelope = item.get("id")
        if isinstance(envelope, str) and envelope.startswith(ENVELOPED_JWT_PREFIX):
            token = envelope[len(ENVELOPED_JWT_PREFIX) :]
            report = verify_token(token, ctx)
            try:
                payload: dict[str, Any] | None = peek_credential(token)
            except CredentialProblem:
                payload = None
        else:
            report = malformed_report("An enveloped credential in it is not a VC-JWT.", file=None)
            payload = None
        return ReceivedRecord(
            report=report,
            self_reported=False,
            title=_title(report, payload),
            document=payload,
            enveloped=True,
        )
    if not isinstance(item, dict):
        report = malformed_report("An entry in it is not a credential.", file=None)
        return ReceivedRecord(report=report, self_reported=False, title="(unreadable)")
    report = verify_document(copy.deepcopy(item), ctx)
    try:
        # Structural, never a flag a sender could set: the learner's own key issued it.
        self_reported = issuer_id(item) == holder_did
    except CredentialProblem:
        self_reported = False
    evidence = [
        e["id"][len("urn:sha256:") :]
        for e in as_list(item.get("evidence"))
        if isinstance(e, dict)
        and isinstance(e.get("id"), str)
        and e["id"].startswith("urn:sha256:")
    ]
    return ReceivedRecord(
        report=report,
        self_reported=self_reported,
        title=_title(report, item),
        evidence=evidence,
        document=item,
    )


# A third-party entry's signature, dates and status check out; its issuer may or may not be
# in the reader's trust list (a tutor's key rarely is).
CHECKED = frozenset({Verdict.VERIFIED, Verdict.UNKNOWN_ISSUER})
PROVIDER_DIDS = ("did:key:", "did:web:")


def third_party_author(records: list[ReceivedRecord], index: int, holder_did: str) -> Author | None:
    """Who wrote the share's record at `index`, which the family's manifest lists as third-party
    attested; None unless the signed credential itself bears that out. Never decided from the
    manifest's mark alone:

    - its own proof, dates and status check out (a reader's trust list aside);
    - it is a credential as the provider signed it (not an enveloped JWT), issued by a did:key
      or did:web other than the learner's holder key (which the share's own proof is by);
    - an `AchievementCredential`/`OpenBadgeCredential` is about this learner: its subject `id`
      is the share's holder DID; an `EndorsementCredential` endorses a credential this share
      carries (its subject `id` is that credential's `id`).

    The name is the issuer's `name` in the signed credential."""
    record = records[index]
    item, report = record.document, record.report
    if record.self_reported or not isinstance(item, dict) or report.verdict not in CHECKED:
        return None
    if record.enveloped:
        return None
    try:
        issuer = issuer_id(item)
    except CredentialProblem:
        return None
    if issuer == holder_did or issuer != report.issuer_id or not issuer.startswith(PROVIDER_DIDS):
        return None
    subjects = as_list(item.get("credentialSubject"))
    subject = subjects[0] if len(subjects) == 1 and isinstance(subjects[0], dict) else {}
    kinds = set(types_of(item))
    if "EndorsementCredential" in kinds:
        others = {
            r.document.get("id")
            for n, r in enumerate(records)
            if n != index and isinstance(r.document, dict)
        }
        if not isinstance(subject.get("id"), str) or subject["id"] not in others:
            return None
    elif not kinds & {"AchievementCredential", "OpenBadgeCredential"} or (
        subject.get("id") != holder_did
    ):
        return None
    named = item.get("issuer")
    name = named.get("name") if isinstance(named, dict) else None
    name = " ".join(name.split())[:200] if isinstance(name, str) else ""
    return Author(name=name, did=issuer)


def _title(report: Report, item: dict[str, Any] | None) -> str:
    if item is not None:
        subject = as_list(item.get("credentialSubject"))
        achievement = (
            subject[0].get("achievement") if subject and isinstance(subject[0], dict) else None
        )
        for name in (
            achievement.get("name") if isinstance(achievement, dict) else None,
            item.get("name"),
        ):
            if isinstance(name, str) and name.strip():
                return name.strip()[:300]
    return report.credential_id or "(untitled credential)"


MAX_IMAGE_BYTES = 32 * 1024 * 1024
# The page's share in base64 (4/3 of it) with room for the viewer and the HTML around it.
MAX_PAGE_FILE_BYTES = MAX_PAGE_SHARE_BYTES * 4 // 3 + 8 * 1024 * 1024


def share_source(path: Path, *, pdf_password: str | None = None) -> Path | BinaryIO:
    """A share as given: a `.backpack` file, a printout carrying one, a share page (the
    `.backpack` bytes it holds) or a QR image."""
    with open(path, "rb") as fh:
        head = fh.read(64)
    if is_page(head):
        if path.stat().st_size > MAX_PAGE_FILE_BYTES:
            raise MalformedFile(f"{path.name} is far larger than a share page.")
        return io.BytesIO(share_from_page(path.read_bytes()))
    head = head[:8]
    if head.startswith(b"%PDF-"):
        from backpack_app.sharing.pdf import bundle_from_pdf  # pypdf: printouts only

        return io.BytesIO(bundle_from_pdf(path, password=pdf_password))
    if head != PNG_MAGIC:
        return path
    if path.stat().st_size > MAX_IMAGE_BYTES:
        raise MalformedFile(f"{path.name} is far larger than a QR code image.")
    from backpack_app.sharing.qr import parse_payload, read_qr

    content = parse_payload(read_qr(path))
    if content.kind == "reference":
        raise MalformedFile(
            f"This QR code stands for the share {content.share_id}, which is too large for a QR "
            "code: open the .backpack file the family sent instead."
        )
    if content.kind == "card":
        raise CardNotShare("This QR code is a card; save it with 'backpack contact add'.")
    return io.BytesIO(content.data)


def share_header(path: Path, *, pdf_password: str | None = None) -> BundleHeader:
    """The file's header: mode, recipient, expiry (hints: nothing is decided on them)."""
    source = share_source(path, pdf_password=pdf_password)
    if isinstance(source, Path):
        with open(source, "rb") as fh:
            return read_header(fh)[0]
    return read_header(source)[0]


def share_mode(path: Path, *, pdf_password: str | None = None) -> str:
    """ "card" or "code", from the file's header (a hint: nothing is decided on it)."""
    return share_header(path, pdf_password=pdf_password).mode


def open_share(
    source: Path | BinaryIO,
    *,
    ctx: VerifyContext,
    receiving: ReceivingKey | None = None,
    code: str | None = None,
    keep_file: KeepFile | None = None,
) -> OpenedShare:
    """Decrypt a bundle with this backpack's key (or a code), then check everything in it.
    `keep_file` may return a writable file for each of its files, to keep a copy."""
    expected: dict[str, str] = {}
    contents = open_bundle(source, _unlocker(receiving, code, expected), keep_file=keep_file)
    manifest = contents.manifest
    if contents.header.kind == "reply":
        raise MalformedFile(
            "This file is a provider's reply, not a share: open it in the family's Backpack."
        )
    if manifest.get("format") != MANIFEST_FORMAT or manifest.get("version") != MANIFEST_VERSION:
        raise MalformedFile("This share's contents are in a format this Backpack does not know.")
    presentation = manifest.get("presentation")
    terms = _terms(presentation, expected["domain"], ctx.now)
    included = from_manifest(manifest)
    if included:
        ctx = dataclasses.replace(ctx, status_lists=ctx.status_lists.with_fallback(included))
    items = as_list(presentation.get("verifiableCredential"))
    if len(items) > MAX_CREDENTIALS:
        raise MalformedFile(f"This share holds more than {MAX_CREDENTIALS} credentials.")
    marked = _places(manifest.get("restricted"))
    records = [
        dataclasses.replace(_record(item, terms["holder_did"], ctx), restricted=i in marked)
        for i, item in enumerate(items)
    ]
    # The places the family lists as third-party attested: each borne out by its credential.
    written = _places(manifest.get("third_party"))
    records = [
        dataclasses.replace(r, author=third_party_author(records, i, terms["holder_did"]))
        if i in written
        else r
        for i, r in enumerate(records)
    ]
    present = {f.sha256 for f in contents.files}
    if any(digest not in present for r in records for digest in r.evidence):
        raise ShareUnreadable()
    return OpenedShare(
        holder_fingerprint=holder_fingerprint(terms["holder_did"]),
        mode=contents.header.mode,
        records=records,
        files=contents.files,
        presentation=presentation,
        request=_request(manifest, terms["holder_did"]),
        **terms,
    )


def _places(listed: Any) -> set[int]:
    """A manifest's list of places in `verifiableCredential` (anything else in it ignored)."""
    return {i for i in listed if type(i) is int} if isinstance(listed, list) else set()


def _request(manifest: dict[str, Any], holder_did: str) -> ContributionRequest | None:
    if manifest.get("contribution_request") is None:
        return None
    from backpack_app.sharing.contribution import parse_request

    request = parse_request(manifest)
    if request is not None and request.learner_did != holder_did:
        raise MalformedFile("This share's request for a contribution names another learner.")
    return request
