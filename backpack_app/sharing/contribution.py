"""Providers contribute back: a family's contribution request inside a share, and a provider's
reply (docs/bundle-format.md, "Contribution requests and replies").

A reply is a `.backpack` container sealed to the family's card (header `kind` `"reply"`). Its
manifest names the request it answers and holds a presentation the provider's own did:key signs
(challenge: the request's secret nonce, domain: the family's card key), carrying one Open
Badges 3.0 credential the same key issued: an `AchievementCredential` about the learner's DID,
or an `EndorsementCredential` of a credential the family shared.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.credentials.did import issuer_id
from backpack_app.credentials.proofs import sign_eddsa_rdfc_2022, verify_linked_data_proof
from backpack_app.credentials.shapes import as_list, types_of
from backpack_app.credentials.verifier import VerifyContext, verify_document
from backpack_app.crypto.holder import HolderKey
from backpack_app.crypto.sealing import (
    ReceivingKey,
    key_digest,
    key_fingerprint,
    new_content_key,
    open_for_recipient,
    seal_for_recipient,
)
from backpack_app.domain.verification import Report
from backpack_app.errors import (
    CredentialProblem,
    DecryptionFailed,
    MalformedFile,
    ShareProblem,
    ShareUnreadable,
)
from backpack_app.sharing.cards import Card
from backpack_app.sharing.container import (
    BundleHeader,
    CardKey,
    FileEntry,
    FileSource,
    RecipientHint,
    open_bundle,
    write_bundle,
)
from backpack_app.sharing.presentation import OB3, VC2, card_domain, iso

REPLY_FORMAT = "backpack-reply"
REPLY_VERSION = 1
KINDS = ("note", "achievement", "endorsement")
# OB 3.0 allows extension achievement types with an `ext:` prefix; a note or narrative is one.
NOTE_TYPE = "ext:BackpackProgressNote"
HOURS_RESULT_TYPE = "ext:BackpackHours"
PROVIDER_CRITERIA = "Written and signed by the provider named as issuer, at the family's request."


class ReplyRefused(ShareProblem):
    """A reply that is not filed: for another learner, unasked, late, or naming nothing shared."""


class ReplyFromOtherKey(ReplyRefused):
    """Signed by another key than the asked contact's: filed only if the family accepts it."""


class _Strict(BaseModel):
    # defer_build: each model's validator is made when first used, not on import (opening a
    # share that asks for no contribution does not pay for them)
    model_config = ConfigDict(defer_build=True, extra="forbid", frozen=True)


class RequestCard(_Strict):
    """The family's card, as a card file says it (checked as one before a reply is sealed)."""

    version: int
    name: str = Field(min_length=1, max_length=200)
    x25519: str = Field(max_length=100)
    did: str | None = Field(default=None, max_length=200)


class ContributionRequest(_Strict):
    """What a share's manifest carries under `contribution_request`."""

    id: str = Field(max_length=100)
    ask: str = Field(max_length=1_000)
    until: str = Field(max_length=64)
    learner_did: str = Field(max_length=300)
    learner_name: str = Field(max_length=300)
    card: RequestCard
    nonce: str = Field(min_length=16, max_length=100)


def parse_request(manifest: dict[str, Any]) -> ContributionRequest | None:
    """A share's contribution request, None when it asks for none."""
    raw = manifest.get("contribution_request")
    if raw is None:
        return None
    try:
        return ContributionRequest.model_validate(raw)
    except ValidationError:
        raise MalformedFile("This share's request for a contribution is damaged.") from None


def nonces_match(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


# --- the provider: writing a reply -------------------------------------------------------------
@dataclass(frozen=True)
class Contribution:
    kind: Literal["note", "achievement", "endorsement"]
    title: str
    text: str
    hours: float | None = None
    endorses: str | None = None  # the endorsed credential's id (an endorsement)
    files: Sequence[FileEntry] = ()


@dataclass(frozen=True)
class Provider:
    key: HolderKey
    name: str


def contribution_credential(
    item: Contribution, *, learner_did: str, provider: Provider, now: dt.datetime
) -> dict[str, Any]:
    """The unsigned OB 3.0 credential of a contribution, issued by the provider."""
    issuer = {"id": provider.key.did, "type": ["Profile"], "name": provider.name}
    credential: dict[str, Any] = {
        "@context": [VC2, OB3],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "name": item.title,
        "issuer": issuer,
        "validFrom": iso(now),
    }
    if item.kind == "endorsement":
        credential["type"] = ["VerifiableCredential", "EndorsementCredential"]
        credential["credentialSubject"] = {
            "id": item.endorses,
            "type": ["EndorsementSubject"],
            "endorsementComment": item.text,
        }
    else:
        achievement: dict[str, Any] = {
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": ["Achievement"],
            "name": item.title,
            "description": item.text if item.kind == "achievement" else item.title,
            "criteria": {"narrative": PROVIDER_CRITERIA},
            "achievementType": NOTE_TYPE if item.kind == "note" else "Achievement",
        }
        subject: dict[str, Any] = {
            "type": ["AchievementSubject"],
            "id": learner_did,
            "achievement": achievement,
        }
        if item.kind == "note":
            subject["narrative"] = item.text
        if item.hours is not None:
            described = f"{achievement['id']}#hours"
            achievement["resultDescription"] = [
                {
                    "id": described,
                    "type": ["ResultDescription"],
                    "name": "Hours attended",
                    "resultType": HOURS_RESULT_TYPE,
                }
            ]
            subject["result"] = [
                {"type": ["Result"], "resultDescription": described, "value": f"{item.hours:g}"}
            ]
        credential["type"] = ["VerifiableCredential", "AchievementCredential"]
        credential["credentialSubject"] = subject
    if item.files:
        credential["evidence"] = [
            {"id": f"urn:sha256:{f.sha256}", "type": ["Evidence"], "name": f.name}
            for f in item.files
        ]
    return credential


def _method(did: str) -> str:
    return f"{did}#{did.split(':')[-1]}"


def sign_contribution(
    credential: dict[str, Any], key: HolderKey, *, now: dt.datetime
) -> dict[str, Any]:
    return sign_eddsa_rdfc_2022(
        credential, private_key=key.private, verification_method=_method(key.did), created=iso(now)
    )


def write_reply(
    target: Path,
    signed: dict[str, Any],
    *,
    request: ContributionRequest,
    family: Card,
    provider: Provider,
    now: dt.datetime,
    files: Sequence[FileSource] = (),
) -> str:
    """Sign the reply's presentation and seal it, with its files, to the family's card."""
    reply_id = str(uuid.uuid4())
    vp: dict[str, Any] = {
        "@context": [VC2],
        "id": f"urn:uuid:{reply_id}",
        "type": ["VerifiablePresentation"],
        "name": family.name,
        "holder": {"id": provider.key.did, "name": provider.name},
        "verifiableCredential": [signed],
    }
    presentation = sign_eddsa_rdfc_2022(
        vp,
        private_key=provider.key.private,
        verification_method=_method(provider.key.did),
        created=iso(now),
        purpose="authentication",
        challenge=request.nonce,
        domain=card_domain(key_digest(family.public)),
    )
    content_key = new_content_key()
    header = BundleHeader(
        share_id=reply_id,
        mode="card",
        kind="reply",
        recipient=RecipientHint(name=family.name, fingerprint=key_fingerprint(family.public)),
        expires=request.until,
        card=CardKey(jwe=seal_for_recipient(content_key, family.public)),
    )
    manifest = {
        "format": REPLY_FORMAT,
        "version": REPLY_VERSION,
        "request": request.id,
        "presentation": presentation,
        "files": [f.entry.to_json() for f in files],
    }
    write_bundle(target, header, content_key, manifest=manifest, files=files)
    return reply_id


def file_source(path: Path, media_type: str = "application/octet-stream") -> FileSource:
    """A file on disk to put in a reply (its digest read now; checked again while written)."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(chunk)
            size += len(chunk)
    entry = FileEntry(
        sha256=digest.hexdigest(), name=path.name[:255], media_type=media_type, size=size
    )

    def chunks() -> Iterator[bytes]:
        with open(path, "rb") as fh:
            yield from iter(lambda: fh.read(1024 * 1024), b"")

    return FileSource(entry=entry, chunks=chunks)


# --- the family: opening a reply ---------------------------------------------------------------
@dataclass(frozen=True)
class StoredRequest:
    """The family's own copy of a request: only what it says decides about a reply."""

    id: str
    share_id: str
    learner_id: str
    learner_did: str
    ask: str
    nonce: str
    signer: str | None
    shared: dict[str, str]  # shared credential id -> the family's record id
    expires: dt.datetime


@dataclass
class OpenedReply:
    reply_id: str
    request: StoredRequest
    author_did: str
    author_name: str
    kind: str
    title: str
    text: str
    hours: float | None
    endorsed_record: str | None
    credential: dict[str, Any]
    report: Report
    files: list[FileEntry] = field(default_factory=list)

    @property
    def author_fingerprint(self) -> str:
        return key_fingerprint(self.author_did.encode("utf-8"))


def _text(value: Any, limit: int) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _hours(subject: dict[str, Any]) -> float | None:
    for result in as_list(subject.get("result")):
        if isinstance(result, dict) and str(result.get("resultDescription", "")).endswith("#hours"):
            try:
                return float(result.get("value"))
            except (TypeError, ValueError):
                return None
    return None


def open_reply(
    source: Path | BinaryIO,
    *,
    receiving: ReceivingKey,
    request_of: Callable[[str], StoredRequest | None],
    ctx: VerifyContext,
    keep_file: Callable[[FileEntry], BinaryIO | None] | None = None,
    accept_other_key: bool = False,
) -> OpenedReply:
    """Decrypt a reply with this backpack's card key and check it against the family's own
    request; anything it cannot vouch for is ReplyRefused (one sentence) or ShareUnreadable.
    `accept_other_key`: the family says a signer other than the one asked is theirs."""

    def unlock(header: BundleHeader, version: int) -> bytes:
        if header.card is None or header.kind != "reply":
            raise DecryptionFailed("not a reply")
        return open_for_recipient(header.card.jwe, receiving)

    contents = open_bundle(source, unlock, keep_file=keep_file)
    manifest = contents.manifest
    if manifest.get("format") != REPLY_FORMAT or manifest.get("version") != REPLY_VERSION:
        raise MalformedFile("This reply is in a format this Backpack does not know.")
    request = request_of(str(manifest.get("request", ""))[:100])
    if request is None:
        raise ReplyRefused(
            "This reply answers no request for a contribution this Backpack made, so it was "
            "not kept."
        )
    presentation = manifest.get("presentation")
    author = _check_presentation(presentation, request, receiving)
    items = as_list(presentation.get("verifiableCredential"))
    if len(items) != 1 or not isinstance(items[0], dict):
        raise ShareUnreadable()
    credential = items[0]
    if ctx.now >= request.expires:
        raise ReplyRefused(
            f"This reply came after your request expired on {friendly_date(request.expires)}, "
            "so it was not kept. Ask again if you still want it."
        )
    if request.signer is not None and author != request.signer and not accept_other_key:
        raise ReplyFromOtherKey(
            "This reply is signed by a key you did not ask (not the one on the card of the "
            "person you asked), so it was not kept. Anyone who saw the share could write one; "
            "if they told you they changed keys, open it again accepting the new key."
        )
    try:
        if issuer_id(credential) != author:
            raise ShareUnreadable()
    except CredentialProblem:
        raise ShareUnreadable() from None
    report = verify_document(copy.deepcopy(credential), ctx)
    if not report.valid:
        raise ReplyRefused(f"The credential in this reply does not check out: {report.summary}")
    evidence = {
        e["id"][len("urn:sha256:") :]
        for e in as_list(credential.get("evidence"))
        if isinstance(e, dict) and str(e.get("id", "")).startswith("urn:sha256:")
    }
    if evidence - {f.sha256 for f in contents.files}:
        raise ShareUnreadable()
    return _described(credential, request, author, report, contents, presentation)


def _check_presentation(presentation: Any, request: StoredRequest, receiving: ReceivingKey) -> str:
    """The author's DID once the presentation's proof checks out for this request and card."""
    if not isinstance(presentation, dict) or "VerifiablePresentation" not in types_of(presentation):
        raise ShareUnreadable()
    holder = presentation.get("holder")
    author = holder.get("id") if isinstance(holder, dict) else holder
    proofs = as_list(presentation.get("proof"))
    if not isinstance(author, str) or len(proofs) != 1 or not isinstance(proofs[0], dict):
        raise ShareUnreadable()
    proof = proofs[0]
    if not nonces_match(str(proof.get("challenge", "")), request.nonce):
        raise ReplyRefused(
            "This reply does not answer your request (it lacks the secret only your share "
            "carried), so it was not kept."
        )
    if proof.get("domain") != card_domain(key_digest(receiving.public)):
        raise ShareUnreadable()
    try:
        verify_linked_data_proof(
            copy.deepcopy(presentation),
            proof,
            purpose="authentication",
            controller=author,
            challenge=request.nonce,
        )
        parse_datetime(proof.get("created"), "creation date")
    except CredentialProblem:
        raise ShareUnreadable() from None
    return author


def _described(
    credential: dict[str, Any],
    request: StoredRequest,
    author: str,
    report: Report,
    contents: Any,
    presentation: dict[str, Any],
) -> OpenedReply:
    subject = as_list(credential.get("credentialSubject"))
    subject = subject[0] if subject and isinstance(subject[0], dict) else {}
    issuer = credential.get("issuer")
    author_name = _text(issuer.get("name") if isinstance(issuer, dict) else "", 200)
    endorsed, hours = None, None
    kinds = set(types_of(credential))
    if "EndorsementCredential" in kinds:
        endorsed = request.shared.get(str(subject.get("id", "")))
        if endorsed is None:
            raise ReplyRefused(
                "This reply endorses a record you never shared with this person, so it was "
                "not kept."
            )
        kind, text = "endorsement", _text(subject.get("endorsementComment"), 50_000)
    elif kinds & {"AchievementCredential", "OpenBadgeCredential"}:
        if subject.get("id") != request.learner_did:
            raise ReplyRefused(
                "This reply is about another learner than the one you shared, so it was not kept."
            )
        achievement = subject.get("achievement")
        achievement = achievement if isinstance(achievement, dict) else {}
        note = achievement.get("achievementType") == NOTE_TYPE
        kind = "note" if note else "achievement"
        text = _text(subject.get("narrative") if note else achievement.get("description"), 50_000)
        hours = _hours(subject)
    else:
        raise ReplyRefused("This reply holds a kind of credential Backpack does not file.")
    return OpenedReply(
        reply_id=str(presentation.get("id", ""))[len("urn:uuid:") :][:100],
        request=request,
        author_did=author,
        author_name=author_name or "(no name given)",
        kind=kind,
        title=_text(credential.get("name"), 500) or "(untitled)",
        text=text,
        hours=hours,
        endorsed_record=endorsed,
        credential=credential,
        report=report,
        files=list(contents.files),
    )


def request_manifest(request: ContributionRequest) -> dict[str, Any]:
    return json.loads(request.model_dump_json(exclude_none=True))
