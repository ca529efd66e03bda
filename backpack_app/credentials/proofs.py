"""Linked-data proofs: DataIntegrityProof eddsa-rdfc-2022 and Ed25519Signature2020 (verify only).

Both sign SHA-256(canonical proof options) || SHA-256(canonical document without the proof),
the proof options carrying the document's @context (W3C vc-di-eddsa §3.3; the 2020 suite the
same way, by jsonld-signatures' convention).
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

import base58

from backpack_app.credentials.did import (
    OFFLINE,
    KeyResolver,
    PublicKey,
    decode_multibase_base58,
)
from backpack_app.crypto.signatures import ed25519_sign, ed25519_signature_valid
from backpack_app.errors import InvalidProof

SUITES = {("DataIntegrityProof", "eddsa-rdfc-2022"), ("Ed25519Signature2020", None)}


@functools.lru_cache(maxsize=256)
def _options_digest(options_json: str) -> bytes:
    # A run signs thousands of credentials with the same proof options (same context, method
    # and time), so their canonical hash is remembered; errors are not (lru_cache skips them).
    from backpack_app.credentials.linked_data import canonical_nquads

    return hashlib.sha256(canonical_nquads(json.loads(options_json)).encode()).digest()


def signing_input(document: dict[str, Any], proof: dict[str, Any]) -> bytes:
    """SHA-256 of the canonical proof options, then of the canonical unsigned document."""
    # pyld loads with the first proof checked or made, not with every module that may check
    # one (opening a backpack to list its records imports the verifier, and uses none of it).
    from backpack_app.credentials.linked_data import canonical_nquads

    unsigned = {k: v for k, v in document.items() if k != "proof"}
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in unsigned:
        options["@context"] = unsigned["@context"]
    return (
        _options_digest(json.dumps(options, sort_keys=True))
        + hashlib.sha256(canonical_nquads(unsigned).encode()).digest()
    )


def sign_eddsa_rdfc_2022(
    document: dict[str, Any],
    *,
    private_key: bytes,
    verification_method: str,
    created: str,
    purpose: str = "assertionMethod",
    challenge: str | None = None,
    domain: str | None = None,
    expires: str | None = None,
) -> dict[str, Any]:
    """A copy of `document` with a DataIntegrityProof (eddsa-rdfc-2022) added."""
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": purpose,
    }
    if challenge is not None:
        proof["challenge"] = challenge
    if domain is not None:
        proof["domain"] = domain
    if expires is not None:
        proof["expires"] = expires
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    signature = ed25519_sign(private_key, signing_input(unsigned, proof))
    proof["proofValue"] = "z" + base58.b58encode(signature).decode("ascii")
    return {**unsigned, "proof": proof}


def proofs_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    proof = document.get("proof")
    if proof is None:
        raise InvalidProof("It carries no signature.")
    proofs = proof if isinstance(proof, list) else [proof]
    if not proofs or not all(isinstance(p, dict) for p in proofs):
        raise InvalidProof("Its signature block is not in a form Backpack understands.")
    return proofs


def verify_linked_data_proof(
    document: dict[str, Any],
    proof: dict[str, Any],
    *,
    purpose: str,
    controller: str,
    challenge: str | None = None,
    domain: str | None = None,
    keys: KeyResolver = OFFLINE,
) -> PublicKey:
    """Check one proof on `document`; returns the key that made it, or raises InvalidProof."""
    suite = (proof.get("type"), proof.get("cryptosuite"))
    if suite not in SUITES:
        name = proof.get("cryptosuite") or proof.get("type")
        raise InvalidProof(f"It is signed with {name!r}, a method Backpack does not accept.")
    if proof.get("proofPurpose") != purpose:
        raise InvalidProof(
            f"Its signature was made for {proof.get('proofPurpose')!r}, not for {purpose!r}."
        )
    if challenge is not None and proof.get("challenge") != challenge:
        raise InvalidProof("Its signature was made for another exchange (challenge differs).")
    if domain is not None and proof.get("domain") != domain:
        raise InvalidProof("Its signature was made for another recipient (domain differs).")
    key = keys.resolve(proof.get("verificationMethod", ""), purpose=purpose)
    if key.controller != controller:
        raise InvalidProof("It was signed with a key that does not belong to its issuer.")
    if key.algorithm != "Ed25519":
        raise InvalidProof("Its signature uses a key type this signature method does not allow.")
    signature = decode_multibase_base58(proof.get("proofValue", ""), what="signature")
    if not ed25519_signature_valid(key.key, signing_input(document, proof), signature):
        raise InvalidProof(
            "The signature does not match the content: it was changed after "
            "signing, or signed by another key."
        )
    return key


def verify_linked_data_proofs(
    document: dict[str, Any], issuer: str, *, keys: KeyResolver = OFFLINE
) -> str:
    """Check every proof of a credential as its issuer's assertion; returns the last key's id."""
    method = ""
    for proof in proofs_of(document):
        method = verify_linked_data_proof(
            document, proof, purpose="assertionMethod", controller=issuer, keys=keys
        ).method_id
    return method
