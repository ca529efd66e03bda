"""Verify one credential offline and explain the result as a report of named checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.credentials.did import KeyResolver, issuer_id, issuer_name
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.pictures import credential_in_picture, is_picture
from backpack_app.credentials.proofs import verify_linked_data_proofs
from backpack_app.credentials.shapes import as_list, check_shape, types_of, vc_version
from backpack_app.credentials.status import StatusLists, check_status
from backpack_app.credentials.vc_jwt import (
    ENVELOPED_PREFIX,
    looks_like_jwt,
    peek_credential,
    read_compact_jws,
    verify_vc_jwt,
)
from backpack_app.domain.trust import TrustList
from backpack_app.domain.verification import (
    Check,
    CheckId,
    CheckStatus,
    Report,
    Verdict,
)
from backpack_app.errors import CredentialProblem, InvalidProof, MalformedCredential

if TYPE_CHECKING:
    from backpack_app.credentials.ob2 import Ob2Key

CLOCK_SKEW = dt.timedelta(minutes=5)
ENVELOPED_JWT_PREFIX = ENVELOPED_PREFIX
MAX_NESTED = 500


@dataclass
class VerifyContext:
    """What a verification depends on besides the credential: the time, the trust list, and
    saved copies of what issuers publish online (did:web documents, status lists)."""

    now: dt.datetime
    trust: TrustList = field(default_factory=TrustList)
    keys: KeyResolver = field(default_factory=KeyResolver)
    status_lists: StatusLists = field(default_factory=StatusLists)
    # Saved copies of Open Badges 2.0 issuer keys (CryptographicKey), given by the user.
    ob2_keys: tuple[Ob2Key, ...] = ()


class _Checks:
    def __init__(self) -> None:
        self.items: list[Check] = []

    def add(self, check_id: CheckId, status: CheckStatus, detail: str) -> None:
        self.items.append(Check(id=check_id, status=status, detail=detail))


def malformed_report(reason: str, *, file: str | None) -> Report:
    return Report(
        file=file,
        verdict=Verdict.MALFORMED,
        summary=f"This is not a credential Backpack can read: {reason}",
        checks=[Check(id=CheckId.FORMAT, status=CheckStatus.FAILED, detail=reason)],
    )


def verify_bytes(data: bytes, ctx: VerifyContext, *, file: str | None = None) -> Report:
    """Verify a credential file's bytes; every problem becomes a report, never an exception."""
    if is_picture(data):
        return verify_picture(data, ctx, file=file)
    return _verify_text(data, ctx, file=file)


def verify_picture(data: bytes, ctx: VerifyContext, *, file: str | None = None) -> Report:
    """Verify the credential baked into a badge image or held by a QR code in a picture; its
    format check says it came from there."""
    try:
        baked = credential_in_picture(data)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    report = _verify_text(baked.credential, ctx, file=file)
    checks = [
        c.model_copy(update={"detail": f"{c.detail} It was {baked.describe()}."})
        if c.id is CheckId.FORMAT
        else c
        for c in report.checks
    ]
    return report.model_copy(update={"checks": checks})


def _verify_text(data: bytes, ctx: VerifyContext, *, file: str | None) -> Report:
    # These formats build on this module's checks, so they are imported here, not at the top.
    from backpack_app.credentials import ob2, presentation

    if looks_like_jwt(data):
        try:
            token = data.decode("ascii").strip()
            _, payload = read_compact_jws(token)
        except UnicodeDecodeError:
            return malformed_report("It is not a readable token.", file=file)
        except MalformedCredential as exc:
            return malformed_report(str(exc), file=file)
        if ob2.is_ob2(payload):
            return ob2.verify_ob2_token(token, ctx, file=file)
        if presentation.presentation_in(payload) is not None:
            return presentation.verify_presentation(payload, ctx, file=file, token=token)
        return verify_token(token, ctx, file=file)
    if data.strip().startswith((b"https://", b"http://")):
        return ob2.hosted_url_report(data.strip().decode("utf-8", "replace"), file=file)
    try:
        document = parse_json(data)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    if ob2.is_ob2(document):
        return ob2.verify_ob2(document, ctx, file=file)
    if presentation.presentation_in(document) is not None:
        return presentation.verify_presentation(document, ctx, file=file)
    return verify_document(document, ctx, file=file)


def verify_token(
    token: str, ctx: VerifyContext, *, file: str | None = None, nested_level: int = 0
) -> Report:
    """Verify a VC-JWT: the same checks as any credential, with the JWS as its proof."""
    try:
        credential = peek_credential(token)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    return verify_document(
        credential,
        ctx,
        file=file,
        nested_level=nested_level,
        proof=lambda: verify_vc_jwt(token, keys=ctx.keys)[1],
    )


def verify_document(
    document: Any,
    ctx: VerifyContext,
    *,
    file: str | None = None,
    nested_level: int = 0,
    proof: Callable[[], str] | None = None,
) -> Report:
    """Verify a parsed credential; `proof` checks its signature (default: linked-data proofs)."""
    try:
        check_shape(document)
        issuer = issuer_id(document)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    checks = _Checks()
    checks.add(
        CheckId.FORMAT,
        CheckStatus.PASSED,
        "It is a well-formed "
        + ("CLR 2.0" if "ClrCredential" in types_of(document) else "verifiable")
        + " credential.",
    )
    name = issuer_name(document)
    try:
        verdicts = record_proof(
            checks,
            proof or (lambda: verify_linked_data_proofs(document, issuer, keys=ctx.keys)),
            keys=ctx.keys,
        )
    except CredentialProblem as exc:
        return malformed_report(str(exc), file=file)
    trusted = ctx.trust.get(issuer)
    shown_name = trusted.name if trusted else (f'calls itself "{name}"' if name else issuer)
    verdicts += record_trust(checks, issuer, name, ctx.trust)
    try:
        verdicts.extend(_check_validity(document, ctx, checks))
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    status = check_status(document, issuer, ctx.status_lists, keys=ctx.keys, now=ctx.now)
    checks.add(CheckId.STATUS, status.status, status.detail)
    if status.verdict is not None:
        verdicts.append(status.verdict)
    checks.add(
        CheckId.RECIPIENT,
        CheckStatus.NOT_CHECKED,
        "Not compared with a learner (no backpack was opened).",
    )
    try:
        nested = _verify_nested(document, ctx, checks, nested_level)
    except CredentialProblem as exc:  # a CLR inside a CLR, or too many credentials
        checks.add(CheckId.NESTED, CheckStatus.FAILED, str(exc))
        verdicts.append(Verdict(exc.verdict))
        nested = []
    endorsements = _verify_endorsements(document, ctx, checks, nested_level)
    own = min(verdicts, default=Verdict.VERIFIED, key=list(Verdict).index)
    # A CLR whose own checks pass takes the verdict of the first record inside that fails.
    failing = next((n for n in nested if not n.valid), None) if own.valid else None
    verdict = failing.verdict if failing else own
    summary = (
        f"A record inside this CLR did not verify: {failing.summary}"
        if failing
        else _summary(own, shown_name, checks)
    )
    return Report(
        file=file,
        verdict=verdict,
        summary=summary,
        checks=checks.items,
        credential_id=document.get("id") if isinstance(document.get("id"), str) else None,
        credential_types=types_of(document),
        issuer_id=issuer,
        issuer_name=name,
        nested=nested,
        endorsements=endorsements,
    )


def _verify_endorsements(
    document: dict, ctx: VerifyContext, checks: _Checks, level: int
) -> list[Report]:
    from backpack_app.credentials.endorsements import ENDORSEMENT_LEVEL, check_endorsements

    def one(item: Any) -> Report:
        if isinstance(item, dict):
            return verify_document(item, ctx, nested_level=ENDORSEMENT_LEVEL)
        return malformed_report("An endorsement in it is not a credential.", file=None)

    reports, check = check_endorsements(document, one, level=level)
    if check is not None:
        checks.add(*check)
    return reports


def _check_validity(document: dict, ctx: VerifyContext, checks: _Checks) -> list[Verdict]:
    version = vc_version(document)
    start_name, end_name = (
        ("validFrom", "validUntil") if version == 2 else ("issuanceDate", "expirationDate")
    )
    start = parse_datetime(document.get(start_name), start_name)
    end = document.get(end_name)
    until = parse_datetime(end, end_name) if end is not None else None
    return record_period(checks, start, until, now=ctx.now)


def record_period(
    checks: _Checks, start: dt.datetime, until: dt.datetime | None, *, now: dt.datetime
) -> list[Verdict]:
    """Record whether `now` falls between `start` and `until` (with a little clock skew)."""
    if now + CLOCK_SKEW < start:
        checks.add(
            CheckId.VALIDITY, CheckStatus.FAILED, f"It is not valid until {friendly_date(start)}."
        )
        return [Verdict.NOT_YET_VALID]
    if until is not None and now - CLOCK_SKEW > until:
        checks.add(CheckId.VALIDITY, CheckStatus.FAILED, f"It expired on {friendly_date(until)}.")
        return [Verdict.EXPIRED]
    span = f"valid from {friendly_date(start)}" + (
        f" until {friendly_date(until)}" if until else ", with no end date"
    )
    checks.add(CheckId.VALIDITY, CheckStatus.PASSED, f"It is {span}.")
    return []


def record_proof(
    checks: _Checks,
    proof: Callable[[], str],
    *,
    whose: Literal["issuer", "holder"] = "issuer",
    keys: KeyResolver | None = None,
) -> list[Verdict]:
    """Run a signature check and record its outcome; a malformed credential propagates."""
    try:
        key = proof()
    except CredentialProblem as exc:
        verdict = Verdict(exc.verdict)
        if verdict is Verdict.MALFORMED:
            raise
        if verdict is Verdict.UNVERIFIABLE_OFFLINE:
            checks.add(
                CheckId.PROOF,
                CheckStatus.NOT_CHECKED,
                "The signature could not be checked without the issuer's key."
                if whose == "issuer"
                else "The signature could not be checked without the holder's key.",
            )
            checks.add(CheckId.ISSUER_KEY, CheckStatus.NOT_CHECKED, str(exc))
        else:
            checks.add(CheckId.PROOF, CheckStatus.FAILED, str(exc))
            checks.add(
                CheckId.ISSUER_KEY,
                CheckStatus.NOT_CHECKED,
                "Not checked, because the signature failed.",
            )
        return [verdict]
    checks.add(
        CheckId.PROOF,
        CheckStatus.PASSED,
        "The signature matches the content: nothing was changed after signing.",
    )
    note = keys.source_note(key) if keys else ""
    checks.add(
        CheckId.ISSUER_KEY,
        CheckStatus.PASSED,
        f"Signed with the issuer's own key ({key}).{note}"
        if whose == "issuer"
        else f"Signed with the holder's own key ({key}).{note}",
    )
    return []


def record_trust(
    checks: _Checks, issuer: str | None, name: str | None, trust: TrustList
) -> list[Verdict]:
    """Record whether the issuer is in the user's trust list."""
    trusted = trust.get(issuer) if issuer else None
    if trusted:
        checks.add(
            CheckId.ISSUER_TRUST,
            CheckStatus.PASSED,
            f"Issued by {trusted.name}, which is in your trust list.",
        )
        return []
    if issuer is None:
        detail = "Its issuer is named only through a web address, which is not fetched offline."
    else:
        who = (
            f'The issuer {issuer} calls itself "{name}", but it' if name else f"The issuer {issuer}"
        )
        detail = f"{who} is not in your trust list."
    checks.add(CheckId.ISSUER_TRUST, CheckStatus.WARNING, detail)
    return [Verdict.UNKNOWN_ISSUER]


def _verify_nested(document: dict, ctx: VerifyContext, checks: _Checks, level: int) -> list[Report]:
    if "ClrCredential" not in types_of(document):
        return []
    subject = as_list(document.get("credentialSubject"))[0]
    inner = as_list(subject.get("verifiableCredential"))
    if level > 0 or len(inner) > MAX_NESTED:
        raise InvalidProof("This CLR nests too many credentials.")
    reports = [_verify_nested_item(item, ctx, level + 1) for item in inner]
    bad = sum(1 for r in reports if not r.valid)
    checks.add(
        CheckId.NESTED,
        CheckStatus.FAILED if bad else CheckStatus.PASSED,
        f"{len(reports) - bad} of the {len(reports)} records inside it verify.",
    )
    return reports


def _verify_nested_item(item: Any, ctx: VerifyContext, level: int) -> Report:
    """A credential inside a CLR: JSON with a proof, a VC-JWT, or an enveloped VC-JWT."""
    if isinstance(item, dict) and "EnvelopedVerifiableCredential" in types_of(item):
        envelope = item.get("id")
        if isinstance(envelope, str) and envelope.startswith(ENVELOPED_JWT_PREFIX):
            return verify_token(envelope[len(ENVELOPED_JWT_PREFIX) :], ctx, nested_level=level)
        return malformed_report("An enveloped credential inside it is not a VC-JWT.", file=None)
    if isinstance(item, str):
        return verify_token(item, ctx, nested_level=level)
    return verify_document(item, ctx, nested_level=level)


def _summary(verdict: Verdict, who: str, checks: _Checks) -> str:
    def detail(check_id: CheckId) -> str:
        return next((c.detail for c in checks.items if c.id is check_id), "")

    if verdict is Verdict.VERIFIED:
        return f"Verified: issued by {who} and unchanged since."
    if verdict is Verdict.UNKNOWN_ISSUER:
        return f"The signature is genuine, but the issuer ({who}) is not in your trust list."
    if verdict is Verdict.INVALID_SIGNATURE:
        reason = detail(CheckId.PROOF)
        return f"Do not rely on this record: {reason[0].lower()}{reason[1:]}"
    if verdict is Verdict.UNVERIFIABLE_OFFLINE:
        return f"This record cannot be checked offline: {detail(CheckId.ISSUER_KEY)}"
    if verdict is Verdict.REVOKED:
        return detail(CheckId.STATUS)
    return f"This record is not current: {detail(CheckId.VALIDITY)}"
