"""Providers contribute back: a family's contribution request inside a share, and a provider's
reply (docs/bundle-format.md, "Contribution requests and replies").

A reply is a `.backpack` container sealed to the family's card (header `kind` `"reply"`). Its
manifest names the request it answers and holds a presentation the provider's own did:key signs
(challenge: the request's secret nonce, domain: the family's card key), carrying one Open
Badges 3.0 credential the same key issued: an `AchievementCredential` about the learner's DID,
or an `EndorsementCredential` of a credential the family shared.

A reply that opens and whose signatures check out, but that the family's request does not
vouch for (another learner, a key not asked, late, or endorsing nothing shared), is "kept
apart": `OpenedReply.apart` names why, and the family decides (docs/bundle-format.md).
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
    UnresolvableKey,
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
KINDS = ("note", "narrative", "achievement", "endorsement")
# OB 3.0 allows extension achievement and result types with an `ext:` prefix; a note or a
# narrative is one, and a narrative's strengths and challenges are results of their own.
NOTE_TYPE = "ext:BackpackProgressNote"
NARRATIVE_TYPE = "ext:BackpackNarrative"
HOURS_RESULT_TYPE = "ext:BackpackHours"
SECTIONS = {  # a narrative's sections: (result id suffix, name, result type)
    "strengths": ("#strengths", "Strengths", "ext:BackpackStrengths"),
    "challenges": ("#challenges", "Challenges", "ext:BackpackChallenges"),
}
MAX_SECTION = 5_000
# Why a reply is kept apart, each the end of "This reply ...".
APART = {
    "name_of_contact": "gives the name of your contact {name}, but is not signed with the key on "
    "{name}'s card (anyone who saw your share could write one)",
    "other_key": "is signed by a key you did not ask (not the one on the card of the person "
    "you asked; anyone who saw your share could write one)",
    "other_learner": "is about another learner than the one you shared",
    "not_shared": "endorses a record you never shared with this person",
    "late": "came after your request expired on {expired}",
}
PROVIDER_CRITERIA = "Written and signed by the provider named as issuer, at the family's request."


class ReplyRefused(ShareProblem):
    """A reply that is not kept at all: it answers no request of this backpack, lacks the
    request's secret, or holds a credential that does not check out."""


class ReplyUnreadable(ShareUnreadable):
    """A reply that does not open with this backpack's card (another backpack's, or damaged):
    ShareUnreadable with a sentence about a reply (`reply_unreadable`)."""

    def __init__(self, message: str) -> None:
        ShareProblem.__init__(self, message)


def reply_unreadable(hint: RecipientHint | None, mine: str) -> ReplyUnreadable:
    """Why a reply did not open, from the card its header says it was sealed for (a hint,
    never trusted for more) and this backpack's card's fingerprint `mine`."""
    if hint is None:
        message = (
            "This reply did not open with this backpack's card: it was sealed for another "
            "backpack, or damaged on the way."
        )
    elif hint.fingerprint == mine:
        message = (
            "This reply is damaged: it did not open with this backpack's card, which it was "
            "sealed for; ask the writer to send it again."
        )
    else:
        message = (
            f"This reply was sealed for {hint.name}'s card (fingerprint {hint.fingerprint}), "
            "not this backpack's: open it in the backpack that asked for it."
        )
    return ReplyUnreadable(message)


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
    kind: Literal["note", "narrative", "achievement", "endorsement"]
    title: str
    text: str
    hours: float | None = None
    endorses: str | None = None  # the endorsed credential's id (an endorsement)
    files: Sequence[FileEntry] = ()
    strengths: str | None = None  # a narrative's sections
    challenges: str | None = None

    def sections(self) -> dict[str, str]:
        found = {"strengths": self.strengths, "challenges": self.challenges}
        return {name: text for name, text in found.items() if text}


def narrative_markdown(text: str, sections: dict[str, str]) -> str:
    """The narrative as any Open Badges viewer shows it: the text, then a Markdown heading
    and paragraph for each section."""
    parts = [text]
    for name, body in sections.items():
        parts.append(f"## {SECTIONS[name][1]}\n\n{body}")
    return "\n\n".join(parts)


# The fragment of the one key in a did:web document the school tools write
# (school/did_web_document.py), which a program answering families signs with.
ORG_KEY_FRAGMENT = "key-1"


@dataclass(frozen=True)
class Provider:
    key: HolderKey
    name: str
    # A program's did:web organisation key (`backpack school init`, `school did-web`): the
    # reply is signed as that DID, whose published document lists `key`; else as key's did:key.
    did_web: str | None = None

    @property
    def did(self) -> str:
        return self.did_web or self.key.did

    @property
    def method(self) -> str:
        return f"{self.did_web}#{ORG_KEY_FRAGMENT}" if self.did_web else _method(self.key.did)


def contribution_credential(
    item: Contribution, *, learner_did: str, provider: Provider, now: dt.datetime
) -> dict[str, Any]:
    """The unsigned OB 3.0 credential of a contribution, issued by the provider."""
    issuer = {"id": provider.did, "type": ["Profile"], "name": provider.name}
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
            "achievementType": ACHIEVEMENT_TYPES[item.kind],
        }
        subject: dict[str, Any] = {
            "type": ["AchievementSubject"],
            "id": learner_did,
            "achievement": achievement,
        }
        if item.kind in ("note", "narrative"):
            subject["narrative"] = narrative_markdown(item.text, item.sections())
        results = []
        if item.hours is not None:
            results = [(("#hours", "Hours attended", HOURS_RESULT_TYPE), f"{item.hours:g}")]
        results += [(SECTIONS[name], body) for name, body in item.sections().items()]
        if results:
            achievement["resultDescription"] = [
                {
                    "id": f"{achievement['id']}{suffix}",
                    "type": ["ResultDescription"],
                    "name": name,
                    "resultType": result_type,
                }
                for (suffix, name, result_type), _ in results
            ]
            subject["result"] = [
                {
                    "type": ["Result"],
                    "resultDescription": f"{achievement['id']}{suffix}",
                    "value": value,
                }
                for (suffix, _, _), value in results
            ]
        credential["type"] = ["VerifiableCredential", "AchievementCredential"]
        credential["credentialSubject"] = subject
    if item.files:
        credential["evidence"] = [
            {"id": f"urn:sha256:{f.sha256}", "type": ["Evidence"], "name": f.name}
            for f in item.files
        ]
    return credential


ACHIEVEMENT_TYPES = {"note": NOTE_TYPE, "narrative": NARRATIVE_TYPE, "achievement": "Achievement"}


def _method(did: str) -> str:
    return f"{did}#{did.split(':')[-1]}"


def sign_contribution(
    credential: dict[str, Any], key: HolderKey, *, now: dt.datetime, method: str | None = None
) -> dict[str, Any]:
    """Sign as the key's did:key, or as `method` (a did:web organisation key's method)."""
    return sign_eddsa_rdfc_2022(
        credential,
        private_key=key.private,
        verification_method=method or _method(key.did),
        created=iso(now),
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
        "holder": {"id": provider.did, "name": provider.name},
        "verifiableCredential": [signed],
    }
    presentation = sign_eddsa_rdfc_2022(
        vp,
        private_key=provider.key.private,
        verification_method=provider.method,
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
    strengths: str | None = None
    challenges: str | None = None
    # Why the family's request does not vouch for it (APART's keys), and those of them the
    # family has not accepted: it is filed only when `apart` is empty.
    reasons: list[str] = field(default_factory=list)
    apart: list[str] = field(default_factory=list)
    # The saved contact whose name the writer gives while another key signs ("name_of_contact").
    named_contact: str | None = None

    @property
    def author_fingerprint(self) -> str:
        return key_fingerprint(self.author_did.encode("utf-8"))

    @property
    def apart_reason(self) -> str:
        """Why it is kept apart, in one sentence ("" when it is not)."""
        if not self.apart:
            return ""
        expired = friendly_date(self.request.expires)
        name = self.named_contact or self.author_name
        said = [APART[r].format(expired=expired, name=name) for r in self.reasons]
        joined = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
        return f"This reply {joined}."


def _text(value: Any, limit: int) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""


def _results(subject: dict[str, Any]) -> dict[str, Any]:
    """The subject's results by the suffix of the description they name (`#hours`...)."""
    found = {}
    for result in as_list(subject.get("result")):
        if isinstance(result, dict):
            _, mark, suffix = str(result.get("resultDescription", "")).rpartition("#")
            if mark:
                found.setdefault(f"#{suffix}", result.get("value"))
    return found


def hours_of(subject: dict[str, Any]) -> float | None:
    """The hours a provider's achievement subject states (its `#hours` result), if any."""
    return _hours(_results(subject))


def _hours(results: dict[str, Any]) -> float | None:
    try:
        return float(results["#hours"]) if "#hours" in results else None
    except (TypeError, ValueError):
        return None


def open_reply(
    source: Path | BinaryIO,
    *,
    receiving: ReceivingKey,
    request_of: Callable[[str], StoredRequest | None],
    ctx: VerifyContext,
    keep_file: Callable[[FileEntry], BinaryIO | None] | None = None,
    accept: frozenset[str] = frozenset(),
    contacts: Sequence[tuple[str, str | None]] = (),
) -> OpenedReply:
    """Decrypt a reply with this backpack's card key and check it against the family's own
    request. One that does not open, answer the request or check out is ReplyRefused (one
    sentence) or ShareUnreadable; one the request does not vouch for comes back with
    `apart` saying why, leaving out the reasons in `accept` (the family said yes to them).
    `contacts`: the family's saved contacts, (name, signing did or None): a reply giving one's
    name but signed by another key than their card's is kept apart ("name_of_contact")."""

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
    author = _check_presentation(presentation, request, receiving, ctx)
    items = as_list(presentation.get("verifiableCredential"))
    if len(items) != 1 or not isinstance(items[0], dict):
        raise ShareUnreadable()
    credential = items[0]
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
    opened = _described(credential, request, author, report, contents, presentation)
    if not str(presentation.get("id", "")).startswith("urn:uuid:") or not opened.reply_id:
        raise ShareUnreadable()  # every reply is named (kept apart under that name)
    if request.signer is not None and author != request.signer:
        opened.reasons.insert(0, "other_key")
    named = impersonated(opened.author_name, author, contacts)
    # (the contact the request asked by card: "other_key" says so already)
    if named is not None and named[1] != request.signer:
        opened.named_contact = named[0]
        opened.reasons.insert(0, "name_of_contact")
    if ctx.now >= request.expires:
        opened.reasons.append("late")
    opened.apart = [reason for reason in opened.reasons if reason not in accept]
    return opened


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def impersonated(
    name: str, author: str, contacts: Sequence[tuple[str, str | None]]
) -> tuple[str, str] | None:
    """The saved contact (name, signing did) whose name, case and spaces aside, the writer
    gives when the key on that contact's card is not the one that signed; else None. A version
    1 card carries no signing key, so it names no key to differ from."""
    named = [(saved, did) for saved, did in contacts if did and _same_name(saved, name)]
    if any(did == author for _, did in named):
        return None
    return named[0] if named else None  # type: ignore[return-value]


def _check_presentation(
    presentation: Any, request: StoredRequest, receiving: ReceivingKey, ctx: VerifyContext
) -> str:
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
            keys=ctx.keys,  # a did:web organisation key: from its saved document
        )
        parse_datetime(proof.get("created"), "creation date")
    except UnresolvableKey:
        raise ReplyRefused(
            f"This reply is signed with an organisation's key published on the web ({author}), "
            "and no copy of its DID document is saved here, so it was not kept. Save the "
            "document the program gives you with 'backpack did-web import FILE' (or fetch it "
            f"with 'backpack did-web refresh {author}'), then open the reply again."
        ) from None
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
    endorsed, hours, reasons = None, None, []
    sections: dict[str, str] = {}
    kinds = set(types_of(credential))
    if "EndorsementCredential" in kinds:
        endorsed = request.shared.get(str(subject.get("id", "")))
        if endorsed is None:
            reasons.append("not_shared")
        kind, text = "endorsement", _text(subject.get("endorsementComment"), 50_000)
    elif kinds & {"AchievementCredential", "OpenBadgeCredential"}:
        if subject.get("id") != request.learner_did:
            reasons.append("other_learner")
        achievement = subject.get("achievement")
        achievement = achievement if isinstance(achievement, dict) else {}
        written = {NOTE_TYPE: "note", NARRATIVE_TYPE: "narrative"}
        kind = written.get(achievement.get("achievementType"), "achievement")
        results = _results(subject)
        for name, (suffix, _, _) in SECTIONS.items():
            body = _text(results.get(suffix), MAX_SECTION) if kind == "narrative" else ""
            if body:
                sections[name] = body
        text = _text(subject.get("narrative"), 50_000)
        tail = narrative_markdown("", sections) if sections else ""
        if tail and text.endswith(tail):  # the sections are shown as results of their own
            text = text[: -len(tail)].strip()
        if kind == "achievement":
            text = _text(achievement.get("description"), 50_000)
        hours = _hours(results)
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
        strengths=sections.get("strengths"),
        challenges=sections.get("challenges"),
        reasons=reasons,
    )


def request_manifest(request: ContributionRequest) -> dict[str, Any]:
    return json.loads(request.model_dump_json(exclude_none=True))
