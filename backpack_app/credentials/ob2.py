"""Open Badges 2.0 assertions (legacy import): hosted ones and signed (JWS) ones, offline.

A hosted badge is checked by fetching its own URL, so offline it stays unverifiable. A signed
badge is a compact JWS whose payload is the assertion; its key is a CryptographicKey hosted at
`verification.creator`, so it is checked only when the user supplies a saved copy of that key.
OB 2.0 verification needs no JSON-LD processing, so none is done.
"""

from __future__ import annotations

import json
from typing import Any

from backpack_app.credentials.checks import (
    Checks,
    Ob2Key,
    VerifyContext,
    malformed_report,
    record_period,
    record_proof,
    record_trust,
    summary,
    worst,
)
from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.credentials.shapes import as_list, types_of
from backpack_app.credentials.vc_jwt import check_algorithm, check_compact_jws, read_compact_jws
from backpack_app.domain.verification import CheckId, CheckStatus, Report, Verdict
from backpack_app.errors import InvalidProof, MalformedCredential, UnresolvableKey, UserError

OB2_CONTEXT = "https://w3id.org/openbadges/v2"
# The JOSE key class of each accepted algorithm (joserfc is imported only to check a signature).
KEY_TYPE_FOR_ALG = {"RS256": "RSAKey", "ES256": "ECKey", "EdDSA": "OKPKey"}
HOSTED = {"hosted", "HostedBadge"}
SIGNED = {"signed", "SignedBadge"}
MAX_KEY_FILE_BYTES = 64 * 1024
__all__ = ["Ob2Key", "is_ob2", "parse_ob2_key", "verify_ob2", "verify_ob2_token"]
REVOCATION_UNCHECKED = "Revocation not checked (the issuer publishes it online)."
HOSTED_REASON = (
    "This badge is checked by visiting its issuer's website; Backpack does not go online "
    "to do that."
)


def parse_ob2_key(data: bytes) -> Ob2Key:
    """A CryptographicKey JSON (publicKeyPem, id, owner) or a bare PEM public key."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise UserError("The key file is far larger than a public key.")
    text = data.decode("utf-8", errors="replace").strip()
    if text.startswith("-----BEGIN"):
        return Ob2Key(pem=text)
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, a number too long, too deep
        raise UserError("The key file is neither a PEM key nor a CryptographicKey.") from None
    pem = value.get("publicKeyPem") if isinstance(value, dict) else None
    if not isinstance(pem, str):
        raise UserError("The key file has no publicKeyPem.")
    ids = {k: value.get(k) for k in ("id", "owner")}
    return Ob2Key(pem=pem, **{k: v if isinstance(v, str) else None for k, v in ids.items()})


def is_ob2(document: Any) -> bool:
    """True for a JSON object in the Open Badges 2.0 context."""
    return isinstance(document, dict) and OB2_CONTEXT in as_list(document.get("@context"))


def _check_shape(document: dict[str, Any]) -> str:
    """The verification type ('hosted' or 'signed'); MalformedCredential for a bad assertion."""
    if "Assertion" not in types_of(document):
        raise MalformedCredential("Its type is not an Open Badges 2.0 Assertion.")
    recipient = document.get("recipient")
    if not isinstance(recipient, dict) or not isinstance(recipient.get("identity"), str):
        raise MalformedCredential("It does not name its recipient (recipient.identity).")
    if not isinstance(document.get("badge"), str | dict):
        raise MalformedCredential("It does not say which badge it awards (badge).")
    verification = document.get("verification")
    kind = verification.get("type") if isinstance(verification, dict) else None
    if kind not in HOSTED | SIGNED:
        raise MalformedCredential("Its verification type is neither hosted nor signed.")
    if not isinstance(document.get("issuedOn"), str):
        raise MalformedCredential("It has no issuedOn date.")
    return "hosted" if kind in HOSTED else "signed"


def _issuer(document: dict[str, Any]) -> tuple[str | None, str | None]:
    badge = document.get("badge")
    issuer = badge.get("issuer") if isinstance(badge, dict) else None
    if isinstance(issuer, str):
        return issuer, None
    if isinstance(issuer, dict):
        name = issuer.get("name")
        issuer_id = issuer.get("id")
        return (
            issuer_id if isinstance(issuer_id, str) else None,
            name if isinstance(name, str) else None,
        )
    return None, None


def _choose_key(creator: Any, keys: tuple[Ob2Key, ...]) -> Ob2Key | None:
    named = [k for k in keys if k.id is not None and k.id == creator]
    unnamed = [k for k in keys if k.id is None]
    return named[0] if named else (unnamed[0] if len(unnamed) == 1 else None)


def _check_signature(
    token: str, document: dict[str, Any], issuer: str | None, keys: tuple[Ob2Key, ...]
) -> str:
    """Check the JWS against a supplied key; returns the key's description or raises."""
    header, _ = read_compact_jws(token)
    check_algorithm(header, KEY_TYPE_FOR_ALG)
    alg = header["alg"]
    creator = document["verification"].get("creator")
    key = _choose_key(creator, keys)
    if key is None:
        raise UnresolvableKey(
            f"The issuer's key is published at {creator or 'its website'}, and Backpack does "
            "not go online to fetch it; give a saved copy with --ob2-key to check the signature."
        )
    if key.owner and issuer and key.owner != issuer:
        raise InvalidProof("It was signed with a key that does not belong to its issuer.")
    from joserfc import jwk as jose_keys
    from joserfc.errors import JoseError

    try:
        jwk = getattr(jose_keys, KEY_TYPE_FOR_ALG[alg]).import_key(key.pem)
    except (JoseError, ValueError, TypeError) as exc:
        raise InvalidProof(f"The supplied key is not a key for {alg}.") from exc
    check_compact_jws(token, jwk, alg)
    return key.id or "the key you supplied"


def _validity(document: dict[str, Any], ctx: VerifyContext, checks: Checks) -> list[Verdict]:
    issued = parse_datetime(document.get("issuedOn"), "issuedOn")
    end = document.get("expires")
    expires = parse_datetime(end, "expires") if end is not None else None
    if expires is not None and expires < issued:
        raise MalformedCredential(
            f"It expires ({friendly_date(expires)}) before it was issued ({friendly_date(issued)})."
        )
    return record_period(checks, issued, expires, now=ctx.now)


def verify_ob2(
    document: Any, ctx: VerifyContext, *, file: str | None = None, token: str | None = None
) -> Report:
    """Verify an OB 2.0 assertion (from `token` when it came as a signed JWS)."""
    try:
        kind = _check_shape(document)
        checks = Checks()
        checks.add(
            CheckId.FORMAT,
            CheckStatus.PASSED,
            f"It is a well-formed Open Badges 2.0 assertion ({kind}).",
        )
        issuer, name = _issuer(document)
        verdicts = _proof(document, kind, token, issuer, ctx, checks)
        verdicts += record_trust(checks, issuer, name, ctx.trust, ctx.registries)
        dated = _validity(document, ctx, checks)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    if dated:  # its dates are checkable offline, so they decide before what is not
        verdicts = [v for v in verdicts if v is not Verdict.UNVERIFIABLE_OFFLINE]
    verdicts += dated
    if document.get("revoked") is True:
        checks.add(CheckId.STATUS, CheckStatus.FAILED, "The assertion itself says it is revoked.")
        verdicts.append(Verdict.REVOKED)
    else:
        checks.add(
            CheckId.STATUS,
            CheckStatus.NOT_CHECKED,
            "Open Badges 2.0 revocation is published on the issuer's website, which "
            "Backpack does not visit, so revocation was not checked.",
        )
    checks.add(
        CheckId.RECIPIENT,
        CheckStatus.NOT_CHECKED,
        "Not compared with a learner (no backpack was opened).",
    )
    verdict = worst(verdicts)
    sentence = summary(verdict, ctx.issuer_words(issuer, name), checks)
    if verdict.valid and document.get("revoked") is not True:
        sentence += f" {REVOCATION_UNCHECKED}"
    return Report(
        file=file,
        verdict=verdict,
        summary=sentence,
        checks=checks.items,
        credential_id=document.get("id") if isinstance(document.get("id"), str) else None,
        credential_types=types_of(document),
        issuer_id=issuer,
        issuer_name=name,
    )


def _proof(
    document: dict[str, Any],
    kind: str,
    token: str | None,
    issuer: str | None,
    ctx: VerifyContext,
    checks: Checks,
) -> list[Verdict]:
    if kind == "hosted" or token is None:
        reason = (
            HOSTED_REASON
            if kind == "hosted"
            else "This badge is signed, but this file holds only its content, not the signed copy."
        )
        checks.add(CheckId.PROOF, CheckStatus.NOT_CHECKED, reason)
        checks.add(CheckId.ISSUER_KEY, CheckStatus.NOT_CHECKED, reason)
        return [Verdict.UNVERIFIABLE_OFFLINE]
    return record_proof(checks, lambda: _check_signature(token, document, issuer, ctx.ob2_keys))


def verify_ob2_token(token: str, ctx: VerifyContext, *, file: str | None = None) -> Report:
    """Verify a signed OB 2.0 badge: a compact JWS whose payload is the assertion."""
    try:
        _, payload = read_compact_jws(token)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    return verify_ob2(payload, ctx, file=file, token=token.strip())


def hosted_url_report(url: str, *, file: str | None = None) -> Report:
    """A badge image holding only the web address of a hosted OB 2.0 assertion."""
    checks = Checks()
    checks.add(
        CheckId.FORMAT,
        CheckStatus.PASSED,
        f"It holds the web address of an Open Badges 2.0 badge ({url[:200]}).",
    )
    checks.add(CheckId.PROOF, CheckStatus.NOT_CHECKED, HOSTED_REASON)
    checks.add(CheckId.ISSUER_KEY, CheckStatus.NOT_CHECKED, HOSTED_REASON)
    return Report(
        file=file,
        verdict=Verdict.UNVERIFIABLE_OFFLINE,
        summary=f"This record cannot be checked offline: {HOSTED_REASON}",
        checks=checks.items,
        credential_id=url[:2000],
    )
