"""Data Integrity proofs: checking one proof, proof sets and proof chains (`previousProof`),
and signing (eddsa-rdfc-2022 for Backpack's own keys; any suite for tests).

The suites themselves (what bytes each signs) are in `cryptosuites.py`.
"""

from __future__ import annotations

from typing import Any

import base58

from backpack_app.credentials.cryptosuites import (
    hash_name,
    hashed_input,
    signature_valid,
    suite_of,
)
from backpack_app.credentials.did import (
    OFFLINE,
    KeyResolver,
    PublicKey,
    decode_multibase_base58,
)
from backpack_app.credentials.shapes import as_list
from backpack_app.crypto.ecdsa import ecdsa_sign
from backpack_app.crypto.signatures import ed25519_sign
from backpack_app.errors import InvalidProof


def signing_input(
    document: dict[str, Any], proof: dict[str, Any], *, algorithm: str = "Ed25519"
) -> bytes:
    """What `proof` signs on `document` (its own proof left out) under the proof's suite."""
    suite = suite_of(proof)
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    return hashed_input(unsigned, proof, canonical=suite.canonical, hash_=hash_name(algorithm))


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


def sign_data_integrity(
    document: dict[str, Any],
    *,
    cryptosuite: str,
    algorithm: str,
    private_key: bytes,
    verification_method: str,
    created: str,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """`document` with one more DataIntegrityProof (`extra`: e.g. an id or previousProof); an
    existing proof is kept, and the new one covers the proofs its previousProof names."""
    proof: dict[str, Any] = {
        "type": "DataIntegrityProof",
        "cryptosuite": cryptosuite,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": "assertionMethod",
        **(extra or {}),
    }
    existing = as_list(document.get("proof"))
    unsecured = _unsecured(document, proof, existing)
    suite = suite_of(proof)
    if suite.canonical == "jcs" and "@context" in document:
        # vc-di-eddsa / vc-di-ecdsa, Create Proof (JCS suites): the proof carries the context.
        proof["@context"] = document["@context"]
    data = hashed_input(unsecured, proof, canonical=suite.canonical, hash_=hash_name(algorithm))
    signature = (
        ed25519_sign(private_key, data)
        if algorithm == "Ed25519"
        else ecdsa_sign(algorithm, private_key, data)
    )
    proof["proofValue"] = "z" + base58.b58encode(signature).decode("ascii")
    proofs = [*existing, proof]
    return {**document, "proof": proofs[0] if len(proofs) == 1 else proofs}


def _unsecured(
    document: dict[str, Any], proof: dict[str, Any], proofs: list[Any]
) -> dict[str, Any]:
    """The document a proof signed: without proofs, or, in a chain, with the proofs its
    `previousProof` names (Data Integrity §4.3: each of them must be present)."""
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    previous = proof.get("previousProof")
    if previous is None:
        return unsigned
    wanted = as_list(previous)
    if not all(isinstance(w, str) for w in wanted):
        raise InvalidProof("Its signature names earlier signatures in a form Backpack cannot read.")
    matching = [p for w in wanted for p in proofs if isinstance(p, dict) and p.get("id") == w]
    if len(matching) != len(wanted):
        raise InvalidProof("Its signature builds on another signature that is not there.")
    return {**unsigned, "proof": matching}


def verify_linked_data_proof(
    document: dict[str, Any],
    proof: dict[str, Any],
    *,
    purpose: str,
    controller: str,
    challenge: str | None = None,
    domain: str | None = None,
    keys: KeyResolver = OFFLINE,
    proofs: list[Any] | None = None,
) -> PublicKey:
    """Check one proof on `document` (`proofs`: the whole set, for a chain); returns the key
    that made it, or raises InvalidProof / UnsupportedProof."""
    suite = suite_of(proof)
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
    if key.algorithm not in suite.algorithms:
        raise InvalidProof("Its signature uses a key type this signature method does not allow.")
    signature = decode_multibase_base58(proof.get("proofValue", ""), what="signature")
    unsecured = _unsecured(document, proof, proofs if proofs is not None else [])
    data = hashed_input(unsecured, proof, canonical=suite.canonical, hash_=hash_name(key.algorithm))
    if not signature_valid(key, data, signature):
        raise InvalidProof(
            "The signature does not match the content: it was changed after "
            "signing, or signed by another key."
        )
    return key


def verify_linked_data_proofs(
    document: dict[str, Any], issuer: str, *, keys: KeyResolver = OFFLINE
) -> str:
    """Check every proof of a credential (a proof set, or a chain through `previousProof`) as
    its issuer's assertion; returns the last key's id."""
    method = ""
    proofs = proofs_of(document)
    for proof in proofs:
        method = verify_linked_data_proof(
            document, proof, purpose="assertionMethod", controller=issuer, keys=keys, proofs=proofs
        ).method_id
    return method
