"""Verifiable Presentations (JSON or VP-JWT): one report, with a nested report per credential.

A presentation is valid only when every credential inside is. Its own holder signature
(proofPurpose `authentication`, or the JWS of a VP-JWT) is checked when present; a
presentation without one is still read, and says that nothing tied it to a holder.
"""

from __future__ import annotations

from typing import Any

from backpack_app.credentials.checks import (
    Checks,
    VerifyContext,
    malformed_report,
    record_proof,
    worst,
)
from backpack_app.credentials.document import verify_nested_item
from backpack_app.credentials.proofs import proofs_of, verify_linked_data_proof
from backpack_app.credentials.shapes import as_list, types_of, vc_version
from backpack_app.credentials.vc_jwt import (
    ALGORITHM_FOR_KEY,
    _key_from_kid,  # the same kid -> key rule as a VC-JWT, with the holder as controller
    check_algorithm,
    check_compact_jws,
    read_compact_jws,
)
from backpack_app.domain.verification import CheckId, CheckStatus, Report, Verdict
from backpack_app.errors import InvalidProof, MalformedCredential

MAX_PRESENTED = 1_000
PRESENTATION = "VerifiablePresentation"


def presentation_in(value: Any) -> dict[str, Any] | None:
    """The presentation a JSON document or a VP-JWT payload is (VC 2.0) or holds (`vp`, VC 1.1)."""
    if not isinstance(value, dict):
        return None
    if PRESENTATION in types_of(value):
        return value
    inner = value.get("vp")
    return inner if isinstance(inner, dict) and PRESENTATION in types_of(inner) else None


def _holder(presentation: dict[str, Any], payload: dict[str, Any] | None) -> str | None:
    holder = presentation.get("holder")
    holder = holder.get("id") if isinstance(holder, dict) else holder
    if holder is None and payload is not None:
        holder = payload.get("iss")
    if holder is not None and not isinstance(holder, str):
        raise MalformedCredential("Its holder is not an identifier.")
    if payload is not None and "iss" in payload and payload["iss"] != holder:
        raise InvalidProof("Its token names a different holder than its content.")
    return holder


def _linked_data_holder_proof(presentation: dict[str, Any], holder: str | None) -> str:
    method = ""
    proofs = proofs_of(presentation)
    for proof in proofs:
        signer = holder or str(proof.get("verificationMethod", "")).partition("#")[0]
        method = verify_linked_data_proof(
            presentation, proof, purpose="authentication", controller=signer, proofs=proofs
        ).method_id
    return method


def _jws_holder_proof(token: str, holder: str | None) -> str:
    header, _ = read_compact_jws(token)
    check_algorithm(header, ALGORITHM_FOR_KEY.values())
    alg = header["alg"]
    kid = header.get("kid")
    signer = holder or (kid.partition("#")[0] if isinstance(kid, str) else "")
    algorithm, key = _key_from_kid(kid, signer)
    if ALGORITHM_FOR_KEY[algorithm] != alg:
        raise InvalidProof(f"Its token claims {alg!r}, which does not fit its {algorithm} key.")
    check_compact_jws(token, key, alg)
    return str(kid)


def _items(presentation: dict[str, Any]) -> list[Any]:
    vc_version(presentation)  # a presentation starts with the VC context too
    items = as_list(presentation.get("verifiableCredential"))
    if not items:
        raise MalformedCredential("This presentation holds no credentials.")
    if len(items) > MAX_PRESENTED:
        raise MalformedCredential(f"This presentation holds more than {MAX_PRESENTED} credentials.")
    return items


def verify_presentation(
    value: Any, ctx: VerifyContext, *, file: str | None = None, token: str | None = None
) -> Report:
    """Verify a presentation (`token`: the VP-JWT it came in) and every credential inside it."""
    presentation = presentation_in(value)
    payload = value if token is not None and isinstance(value, dict) else None
    checks = Checks()
    try:
        if presentation is None:
            raise MalformedCredential("It is not a Verifiable Presentation.")
        items = _items(presentation)
        checks.add(
            CheckId.FORMAT,
            CheckStatus.PASSED,
            f"It is a well-formed Verifiable Presentation of {_count(len(items))}.",
        )
        holder = _holder(presentation, payload)
        verdicts = _holder_proof(presentation, holder, token, checks)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    except InvalidProof as exc:  # the token and its content disagree
        checks.add(CheckId.PROOF, CheckStatus.FAILED, str(exc))
        verdicts, holder = [Verdict.INVALID_SIGNATURE], None
    nested = [verify_nested_item(item, ctx, 0) for item in items]
    bad = sum(1 for r in nested if not r.valid)
    checks.add(
        CheckId.NESTED,
        CheckStatus.FAILED if bad else CheckStatus.PASSED,
        f"{len(nested) - bad} of the {_count(len(nested))} in it verify.",
    )
    verdict = worst([*verdicts, *(r.verdict for r in nested)])
    return Report(
        file=file,
        verdict=verdict,
        summary=_summary(verdicts, nested, checks),
        checks=checks.items,
        credential_id=presentation.get("id") if isinstance(presentation.get("id"), str) else None,
        credential_types=types_of(presentation),
        issuer_id=holder,
        nested=nested,
    )


def _holder_proof(
    presentation: dict[str, Any], holder: str | None, token: str | None, checks: Checks
) -> list[Verdict]:
    if token is not None:
        return record_proof(checks, lambda: _jws_holder_proof(token, holder), whose="holder")
    if presentation.get("proof") is None:
        reason = (
            "The presentation carries no holder signature, so nothing ties it to who "
            "presented it; each credential inside is checked on its own."
        )
        checks.add(CheckId.PROOF, CheckStatus.NOT_CHECKED, reason)
        checks.add(CheckId.ISSUER_KEY, CheckStatus.NOT_CHECKED, reason)
        return []
    return record_proof(
        checks, lambda: _linked_data_holder_proof(presentation, holder), whose="holder"
    )


def _summary(own: list[Verdict], nested: list[Report], checks: Checks) -> str:
    proof = checks.detail(CheckId.PROOF)
    order = list(Verdict).index
    inside = min(nested, key=lambda r: order(r.verdict))
    if order(inside.verdict) < order(worst(own)):
        # the verdict is a credential's inside, so the sentence must be about that one
        return f"A credential in this presentation did not verify: {inside.summary}"
    if Verdict.INVALID_SIGNATURE in own:
        return f"Do not rely on this presentation: its holder signature failed. {proof}"
    if Verdict.UNSUPPORTED in own:
        return f"This presentation cannot be checked here: {proof}"
    if Verdict.UNVERIFIABLE_OFFLINE in own:
        reason = checks.offline_reason or checks.detail(CheckId.ISSUER_KEY)
        return f"This presentation cannot be checked offline: {reason}"
    failing = next((r for r in nested if not r.valid), None)
    if failing:
        return f"A credential in this presentation did not verify: {failing.summary}"
    if any(r.verdict is Verdict.UNKNOWN_ISSUER for r in nested):
        return (
            "Every credential in this presentation is genuine, but not every issuer is in "
            "your trust list."
        )
    return f"Verified: every credential in this presentation checks out ({_count(len(nested))})."


def _count(n: int) -> str:
    return f"{n} credential" + ("" if n == 1 else "s")
