"""Planning an import: find the credentials in a file, verify each, decide whose it is.

Nothing here writes: the façade stores a plan in one transaction, so a refused file changes
nothing. What is stored as a credential's original is exactly what can later be shared: the
file's own bytes, a JWT's token, or (for credentials inside a presentation or a CLR) the
credential's JSON, whose Data Integrity signature survives re-serialisation.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from backpack_app.credentials.mapping import MappedRecord, map_credential, map_ob2
from backpack_app.credentials.ob2 import is_ob2, verify_ob2, verify_ob2_token
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.pictures import credential_in_picture, is_picture
from backpack_app.credentials.presentation import presentation_in
from backpack_app.credentials.recipient import Match, matching_learners, names_learner
from backpack_app.credentials.shapes import as_list, types_of
from backpack_app.credentials.vc_jwt import ENVELOPED_PREFIX as ENVELOPED_JWT_PREFIX
from backpack_app.credentials.vc_jwt import looks_like_jwt, peek_credential, read_compact_jws
from backpack_app.credentials.verifier import (
    VerifyContext,
    malformed_report,
    verify_document,
    verify_token,
)
from backpack_app.domain.learners import Learner
from backpack_app.domain.verification import Check, CheckId, CheckStatus, Report, Verdict
from backpack_app.errors import MalformedCredential

MAX_IN_PRESENTATION = 1_000
# Verdicts that mean "this is not the school's record": nothing of such a file is stored.
REFUSED = {Verdict.MALFORMED, Verdict.INVALID_SIGNATURE}


class Format(StrEnum):
    JSON = "vc-json"  # a credential with an embedded (Data Integrity) proof
    JWT = "vc-jwt"  # a compact JWS whose payload is the credential
    OB2 = "ob2-json"  # an Open Badges 2.0 assertion (hosted: checked on the issuer's website)
    OB2_JWS = "ob2-jws"  # a signed Open Badges 2.0 assertion


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass
class Found:
    """One credential found in a file, with the bytes to keep and how it was signed."""

    original: bytes
    format: Format
    document: dict[str, Any] | None = None
    token: str | None = None
    problem: str | None = None
    image: bytes | None = None  # the badge image it was baked into, kept beside it
    image_name: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.original).hexdigest()


@dataclass
class PlannedRecord:
    """A record to store for one credential (a CLR brings one per credential inside it)."""

    found: Found
    report: Report
    mapped: MappedRecord
    children: list[PlannedRecord] = field(default_factory=list)


@dataclass
class ImportResult:
    """What happened to one credential of an imported file."""

    file: str | None
    outcome: Outcome
    report: Report
    message: str
    learner: Learner | None = None
    record_id: str | None = None
    child_record_ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # the learners here it names
    name_given: str = ""  # the learner's name as the credential writes it, if it does

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "outcome": self.outcome.value,
            "valid": self.report.valid,
            "verdict": self.report.verdict.value,
            "summary": self.report.summary,
            "message": self.message,
            "learner": self.learner.name if self.learner else None,
            "record": self.record_id,
            "records_inside": self.child_record_ids,
            "names": self.names,
            "name_given": self.name_given or None,
            "report": self.report.to_json(),
        }


def _dump(item: dict[str, Any]) -> bytes:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _found_item(item: Any) -> Found:
    """A credential as it sits inside a presentation or a CLR."""
    if isinstance(item, dict) and "EnvelopedVerifiableCredential" in types_of(item):
        envelope = item.get("id")
        if isinstance(envelope, str) and envelope.startswith(ENVELOPED_JWT_PREFIX):
            item = envelope[len(ENVELOPED_JWT_PREFIX) :]
    if isinstance(item, str):
        found = Found(original=item.encode("ascii", "replace"), format=Format.JWT, token=item)
        try:
            found.document = peek_credential(item)
        except MalformedCredential as exc:
            found.problem = str(exc)
        return found
    if isinstance(item, dict):
        return Found(original=_dump(item), format=Format.JSON, document=item)
    return Found(original=b"", format=Format.JSON, problem="An entry in it is not a credential.")


def credentials_in(data: bytes) -> list[Found]:
    """The credentials a file holds: itself, each one of a Verifiable Presentation, the one
    baked into a badge image (which is kept too) or the one a QR code in a picture holds."""
    if is_picture(data):
        pictured = credential_in_picture(data)
        found = credentials_in(pictured.credential)
        if pictured.baked:
            for item in found:
                item.image = data
                item.image_name = "badge.png" if data.startswith(b"\x89PNG") else "badge.svg"
        return found
    if looks_like_jwt(data):
        try:
            token = data.decode("ascii").strip()
        except UnicodeDecodeError:
            raise MalformedCredential("It is not a readable token.") from None
        _, payload = read_compact_jws(token)
        if is_ob2(payload):
            return [
                Found(original=token.encode(), format=Format.OB2_JWS, document=payload, token=token)
            ]
        if presentation_in(payload) is not None:
            return _presentation_items(payload)
        return [_found_item(token)]
    if data.strip().startswith((b"https://", b"http://")):
        raise MalformedCredential(
            "It only points to a badge on its issuer's website, which Backpack does not visit."
        )
    document = parse_json(data)
    if is_ob2(document):
        return [Found(original=data, format=Format.OB2, document=document)]
    if isinstance(document, dict) and "VerifiablePresentation" in types_of(document):
        return _presentation_items(document)
    if not isinstance(document, dict):
        raise MalformedCredential("It is not a JSON object.")
    return [Found(original=data, format=Format.JSON, document=document)]


def _presentation_items(document: dict[str, Any]) -> list[Found]:
    items = as_list(document.get("verifiableCredential"))
    if not items:
        raise MalformedCredential("This presentation holds no credentials.")
    if len(items) > MAX_IN_PRESENTATION:
        raise MalformedCredential(
            f"This presentation holds more than {MAX_IN_PRESENTATION} credentials."
        )
    return [_found_item(item) for item in items]


def verify_found(found: Found, ctx: VerifyContext, *, file: str | None) -> Report:
    if found.problem is not None or found.document is None:
        return malformed_report(found.problem or "It is not a credential.", file=file)
    if found.format is Format.OB2:
        return verify_ob2(found.document, ctx, file=file)
    if found.format is Format.OB2_JWS:
        return verify_ob2_token(found.token or "", ctx, file=file)
    if found.token is not None:
        return verify_token(found.token, ctx, file=file)
    return verify_document(found.document, ctx, file=file)


def plan_record(found: Found, report: Report) -> PlannedRecord:
    """Map a verified credential (and, for a CLR, each credential inside it) to records."""
    assert found.document is not None
    mapper = map_ob2 if found.format in (Format.OB2, Format.OB2_JWS) else map_credential
    planned = PlannedRecord(
        found=found,
        report=report,
        mapped=mapper(found.document, issuer=report.issuer_id or ""),
    )
    if "ClrCredential" in types_of(found.document):
        subject = as_list(found.document.get("credentialSubject"))[0]
        for item, inner in zip(
            as_list(subject.get("verifiableCredential")), report.nested, strict=True
        ):
            child = _found_item(item)
            if child.document is not None:
                planned.children.append(
                    PlannedRecord(
                        found=child,
                        report=inner,
                        mapped=map_credential(child.document, issuer=inner.issuer_id or ""),
                    )
                )
    return planned


def _recipient(status: CheckStatus, detail: str) -> Check:
    return Check(id=CheckId.RECIPIENT, status=status, detail=detail)


def _named(learner: Learner, how: str) -> Check:
    return _recipient(CheckStatus.PASSED, f"It names {learner.name} (by {how}).")


def choose_learner(
    document: dict[str, Any],
    learners: list[Learner],
    chosen: Learner | None,
    *,
    force: bool = False,
) -> tuple[Learner | None, Check, list[Match]]:
    """The learner a credential belongs to, the recipient check that says why, and every
    learner here it names. A credential that names another learner is not filed for the
    chosen one unless `force` says so (a sibling's course under the wrong child)."""
    matches: list[Match] = matching_learners(document, learners)
    if chosen is not None:
        how = next((m.by for m in matches if m.learner.id == chosen.id), None)
        if how:
            return chosen, _named(chosen, how), matches
        if matches and not force:
            names = ", ".join(m.learner.name for m in matches)
            detail = f"It names {names}, not {chosen.name}; it was not filed for {chosen.name}."
            return None, _recipient(CheckStatus.FAILED, detail), matches
        return (
            chosen,
            _recipient(
                CheckStatus.WARNING,
                f"It does not name {chosen.name} by any email, SIS id or key this backpack "
                "knows; it was filed for them because you chose so.",
            ),
            matches,
        )
    if len(matches) == 1:
        return matches[0].learner, _named(matches[0].learner, matches[0].by), matches
    if matches:
        names = ", ".join(m.learner.name for m in matches)
        detail = f"It names more than one learner here ({names}); say whose it is with --learner."
    else:
        detail = (
            "It does not name any learner in this backpack by email, SIS id or key; "
            "say whose it is with --learner."
        )
    return None, _recipient(CheckStatus.FAILED, detail), matches


def inside_check(document: dict[str, Any], owner: Learner) -> Check:
    """The recipient check of a credential inside a CLR: filed with the CLR that holds it."""
    how = names_learner(document, owner)
    if how:
        return _named(owner, how)
    return _recipient(
        CheckStatus.NOT_CHECKED,
        "It names its learner only through the learner record that holds it.",
    )


def with_check(report: Report, check: Check) -> Report:
    """The report with its check of the same id replaced (reports are immutable values)."""
    checks = [check if c.id is check.id else c for c in report.checks]
    return report.model_copy(update={"checks": checks})


def recheck(
    row_original: bytes, row_format: str, ctx: VerifyContext
) -> tuple[Report, dict[bytes, Report]]:
    """Verify a stored credential again (the trust list or the time may have changed). Also
    returns, for a CLR, the report of each credential inside it by the bytes it was stored with
    (as `plan_record` stores them), so those are not verified a second time."""
    if row_format in (Format.OB2.value, Format.OB2_JWS.value):
        try:
            return verify_found(credentials_in(row_original)[0], ctx, file=None), {}
        except MalformedCredential as exc:
            return malformed_report(str(exc), file=None), {}
    if row_format == Format.JWT.value:
        found = _found_item(row_original.decode("ascii", "replace"))
    else:
        try:
            document = parse_json(row_original)
        except MalformedCredential as exc:
            return malformed_report(str(exc), file=None), {}
        found = _found_item(document)
    report = verify_found(found, ctx, file=None)
    inside: dict[bytes, Report] = {}
    if report.nested and found.document is not None:
        subject = as_list(found.document.get("credentialSubject"))[0]
        items = as_list(subject.get("verifiableCredential"))
        if len(items) == len(report.nested):
            inside = {_found_item(i).original: r for i, r in zip(items, report.nested, strict=True)}
    return report, inside
