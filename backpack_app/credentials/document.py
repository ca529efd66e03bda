"""Verify one parsed credential (JSON with Data Integrity proofs, or a VC-JWT's content): its
format, signature, issuer, dates, status, the records inside a CLR and its endorsements."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from backpack_app.credentials.checks import (
    Checks,
    VerifyContext,
    malformed_report,
    record_period,
    record_proof,
    record_trust,
    summary,
    worst,
)
from backpack_app.credentials.dates import parse_datetime
from backpack_app.credentials.did import issuer_id, issuer_name
from backpack_app.credentials.endorsements import ENDORSEMENT_LEVEL, check_endorsements
from backpack_app.credentials.proofs import verify_linked_data_proofs
from backpack_app.credentials.same_nodes import conflicting_nodes, repeated_nodes, stated_name
from backpack_app.credentials.shapes import (
    as_list,
    check_shape,
    conformance_notes,
    types_of,
    vc_version,
)
from backpack_app.credentials.status import check_status
from backpack_app.credentials.vc_jwt import ENVELOPED_PREFIX, peek_credential, verify_vc_jwt
from backpack_app.domain.verification import CheckId, CheckStatus, Report, Verdict
from backpack_app.errors import CredentialProblem, InvalidProof, MalformedCredential

MAX_NESTED = 500


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
    checks = Checks()
    checks.add(
        CheckId.FORMAT,
        CheckStatus.PASSED,
        "It is a well-formed "
        + ("CLR 2.0" if "ClrCredential" in types_of(document) else "verifiable")
        + " credential.",
    )
    notes = conformance_notes(document)
    if notes:
        checks.add(
            CheckId.CONFORMANCE,
            CheckStatus.WARNING,
            f"It does not fully follow the Open Badges 3.0 specification: {'; '.join(notes)}.",
        )
    repeated = repeated_nodes(document)
    conflicts = conflicting_nodes(repeated)
    if conflicts:
        checks.add(
            CheckId.CONSISTENCY,
            CheckStatus.WARNING,
            f"It states the same part ({', '.join(conflicts)}) twice with different content; "
            "both were signed, and Backpack shows them together.",
        )
    # The issuer's name as signed: a copy of its profile elsewhere may state it (RDF merges them).
    name = issuer_name(document) or stated_name(issuer, repeated)
    if ctx.schemas and nested_level == 0:  # a CLR's schema covers the records inside it
        # jsonschema loads only when schemas are checked (the window, import, verify --schemas).
        from backpack_app.credentials.schemas import schema_finding

        finding = schema_finding(types_of(document), document)
        if finding is not None:
            checks.add(
                CheckId.SCHEMA,
                CheckStatus.PASSED if finding[0] else CheckStatus.WARNING,
                finding[1],
            )
    try:
        verdicts = record_proof(
            checks,
            proof or (lambda: verify_linked_data_proofs(document, issuer, keys=ctx.keys)),
            keys=ctx.keys,
        )
    except CredentialProblem as exc:
        return malformed_report(str(exc), file=file)
    shown_name = ctx.issuer_words(issuer, name)
    verdicts += record_trust(checks, issuer, name, ctx.trust, ctx.registries)
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
    own = worst(verdicts)
    # A CLR whose own checks pass takes the verdict of the first record inside that fails.
    failing = next((n for n in nested if not n.valid), None) if own.valid else None
    verdict = failing.verdict if failing else own
    sentence = (
        f"A record inside this CLR did not verify: {failing.summary}"
        if failing
        else summary(own, shown_name, checks)
    )
    return Report(
        file=file,
        verdict=verdict,
        summary=sentence,
        checks=checks.items,
        credential_id=document.get("id") if isinstance(document.get("id"), str) else None,
        credential_types=types_of(document),
        issuer_id=issuer,
        issuer_name=name,
        nested=nested,
        endorsements=endorsements,
    )


def _verify_endorsements(
    document: dict, ctx: VerifyContext, checks: Checks, level: int
) -> list[Report]:
    def one(item: Any) -> Report:
        if isinstance(item, dict):
            return verify_document(item, ctx, nested_level=ENDORSEMENT_LEVEL)
        return malformed_report("An endorsement in it is not a credential.", file=None)

    reports, check = check_endorsements(document, one, level=level)
    if check is not None:
        checks.add(*check)
    return reports


def _check_validity(document: dict, ctx: VerifyContext, checks: Checks) -> list[Verdict]:
    version = vc_version(document)
    start_name, end_name = (
        ("validFrom", "validUntil") if version == 2 else ("issuanceDate", "expirationDate")
    )
    begin = document.get(start_name)
    start = parse_datetime(begin, start_name) if begin is not None else None
    end = document.get(end_name)
    until = parse_datetime(end, end_name) if end is not None else None
    return record_period(checks, start, until, now=ctx.now)


def _verify_nested(document: dict, ctx: VerifyContext, checks: Checks, level: int) -> list[Report]:
    if "ClrCredential" not in types_of(document):
        return []
    subject = as_list(document.get("credentialSubject"))[0]
    inner = as_list(subject.get("verifiableCredential"))
    if level > 0 or len(inner) > MAX_NESTED:
        raise InvalidProof("This CLR nests too many credentials.")
    reports = [verify_nested_item(item, ctx, level + 1) for item in inner]
    bad = sum(1 for r in reports if not r.valid)
    checks.add(
        CheckId.NESTED,
        CheckStatus.FAILED if bad else CheckStatus.PASSED,
        f"{len(reports) - bad} of the {len(reports)} records inside it verify.",
    )
    return reports


def verify_nested_item(item: Any, ctx: VerifyContext, level: int) -> Report:
    """A credential inside a CLR: JSON with a proof, a VC-JWT, or an enveloped VC-JWT."""
    if isinstance(item, dict) and "EnvelopedVerifiableCredential" in types_of(item):
        envelope = item.get("id")
        if isinstance(envelope, str) and envelope.startswith(ENVELOPED_PREFIX):
            return verify_token(envelope[len(ENVELOPED_PREFIX) :], ctx, nested_level=level)
        return malformed_report("An enveloped credential inside it is not a VC-JWT.", file=None)
    if isinstance(item, str):
        return verify_token(item, ctx, nested_level=level)
    return verify_document(item, ctx, nested_level=level)
