"""The W3C Data Integrity cryptosuites Backpack checks, and how each turns a document and its
proof options into the bytes that were signed.

eddsa-rdfc-2022 and Ed25519Signature2020 (vc-di-eddsa), ecdsa-rdfc-2019 on P-256 and P-384
(vc-di-ecdsa) canonicalize with RDFC-1.0; eddsa-jcs-2022 and ecdsa-jcs-2019 with JCS (RFC 8785,
the `rfc8785` library). Each signs hash(canonical proof options) || hash(canonical document),
the hash being SHA-384 for a P-384 key and SHA-256 otherwise; for a P-384 key RDFC-1.0 itself
runs with SHA-384 too (vc-di-ecdsa: "a hash algorithm that has an appropriate security level
for the curve"), which changes the order of blank nodes, so credentials with unnamed parts
(most OB 3.0 ones) verify only that way.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

import rfc8785

from backpack_app.credentials.did import PublicKey
from backpack_app.crypto.ecdsa import ecdsa_signature_valid
from backpack_app.crypto.signatures import ed25519_signature_valid
from backpack_app.errors import InvalidProof, MalformedCredential, UnsupportedProof

Canonical = Literal["rdfc", "jcs"]


@dataclass(frozen=True)
class Suite:
    name: str
    canonical: Canonical
    algorithms: frozenset[str]  # the key types the suite allows


_EDDSA, _ECDSA = frozenset({"Ed25519"}), frozenset({"P-256", "P-384"})
SUITES = {
    ("DataIntegrityProof", "eddsa-rdfc-2022"): Suite("eddsa-rdfc-2022", "rdfc", _EDDSA),
    ("Ed25519Signature2020", None): Suite("Ed25519Signature2020", "rdfc", _EDDSA),
    ("DataIntegrityProof", "eddsa-jcs-2022"): Suite("eddsa-jcs-2022", "jcs", _EDDSA),
    ("DataIntegrityProof", "ecdsa-rdfc-2019"): Suite("ecdsa-rdfc-2019", "rdfc", _ECDSA),
    ("DataIntegrityProof", "ecdsa-jcs-2019"): Suite("ecdsa-jcs-2019", "jcs", _ECDSA),
}
# Suites whose proofs are derived for each disclosure; checking them is not implemented.
SELECTIVE_DISCLOSURE = {"ecdsa-sd-2023", "bbs-2023"}


def suite_of(proof: dict[str, Any]) -> Suite:
    """The suite a proof names; UnsupportedProof for one Backpack does not implement."""
    kind, cryptosuite = proof.get("type"), proof.get("cryptosuite")
    if not all(value is None or isinstance(value, str) for value in (kind, cryptosuite)):
        # A list (or object) where a name belongs: no suite is named that way.
        raise UnsupportedProof(
            "Its signature names how it was made in a form Backpack cannot check."
        )
    suite = SUITES.get((kind, cryptosuite))
    if suite is not None:
        return suite
    name = proof.get("cryptosuite") or proof.get("type")
    if not isinstance(name, str) or not name:
        raise InvalidProof("Its signature does not say how it was made.")
    if name in SELECTIVE_DISCLOSURE:
        raise UnsupportedProof(
            f"It is signed with {name} (selective disclosure), which Backpack cannot check."
        )
    raise UnsupportedProof(f"It is signed with {name[:80]}, which Backpack cannot check.")


def hash_name(algorithm: str) -> str:
    return "sha384" if algorithm == "P-384" else "sha256"


@functools.lru_cache(maxsize=256)
def _rdfc_options_digest(options_json: str, hash_: str) -> bytes:
    # A run checks thousands of credentials with the same proof options (same context, method
    # and time), so their canonical hash is remembered; errors are not (lru_cache skips them).
    from backpack_app.credentials.linked_data import canonical_nquads

    nquads = canonical_nquads(json.loads(options_json), hash_=hash_)
    return hashlib.new(hash_, nquads.encode()).digest()


def _jcs(value: Any) -> bytes:
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, ValueError, TypeError) as exc:
        raise MalformedCredential("It holds a value JSON canonicalization cannot write.") from exc


def hashed_input(
    unsecured: dict[str, Any],
    proof: dict[str, Any],
    *,
    canonical: Canonical = "rdfc",
    hash_: str = "sha256",
) -> bytes:
    """hash(canonical proof options) || hash(canonical `unsecured` document)."""
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if canonical == "jcs":
        # JCS suites sign the proof options as they are (the signer copies the document's
        # @context into the proof itself); only RDFC gives them the document's context.
        unsecured = _jcs_context(unsecured, options)
        return (
            hashlib.new(hash_, _jcs(options)).digest()
            + hashlib.new(hash_, _jcs(unsecured)).digest()
        )
    if "@context" in unsecured:
        options["@context"] = unsecured["@context"]
    # pyld loads with the first proof checked or made, not with every module that may check
    # one (opening a backpack to list its records imports the verifier, and uses none of it).
    from backpack_app.credentials.linked_data import canonical_nquads

    return (
        _rdfc_options_digest(json.dumps(options, sort_keys=True), hash_)
        + hashlib.new(hash_, canonical_nquads(unsecured, hash_=hash_).encode()).digest()
    )


def _jcs_context(unsecured: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    """A JCS proof may carry the document's @context; the document must start with it, and
    that context is the one signed (vc-di-eddsa / vc-di-ecdsa, Verify Proof, JCS suites)."""
    if "@context" not in options:
        return unsecured
    stated = options["@context"] if isinstance(options["@context"], list) else [options["@context"]]
    current = unsecured.get("@context")
    current = current if isinstance(current, list) else [current]
    if current[: len(stated)] != stated:
        raise InvalidProof("Its signature was made for other vocabularies than it now uses.")
    return {**unsecured, "@context": options["@context"]}


def signature_valid(key: PublicKey, message: bytes, signature: bytes) -> bool:
    """Whether `signature` over `message` was made by `key` (Ed25519, P-256 or P-384)."""
    if key.algorithm == "Ed25519":
        return ed25519_signature_valid(key.key, message, signature)
    return ecdsa_signature_valid(key.algorithm, key.key, message, signature)
