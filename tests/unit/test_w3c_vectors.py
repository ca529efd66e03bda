"""The W3C vc-di-eddsa test vectors for eddsa-rdfc-2022, reproduced with our own code: canonical
N-Quads and hashes byte for byte, the exact proofValue from the published secret key, and
verification of the published signed credential. Sources: tests/fixtures/vectors/README.md."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from backpack_app.credentials.did import (
    decode_multibase_base58,
    multikey_public,
    resolve_verification_method,
)
from backpack_app.credentials.linked_data import canonical_nquads
from backpack_app.credentials.proofs import (
    sign_eddsa_rdfc_2022,
    signing_input,
    verify_linked_data_proof,
    verify_linked_data_proofs,
)
from backpack_app.crypto.signatures import ed25519_signature_valid
from backpack_app.errors import InvalidProof

VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "vectors"
ED25519_SECRET = b"\x80\x26"  # multicodec ed25519-priv, as a varint
DID_KEY = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"


def load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def text(name: str) -> str:
    return (VECTORS / name).read_text(encoding="utf-8")


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


EXPECT = load("eddsa-rdfc-2022.expect.json")  # §B.1, verificationMethod a did:key
HTTPS = load("eddsa-rdfc-2022-https-vm.expect.json")  # TestVectors/, an https one
UNSIGNED = load("eddsa-rdfc-2022-unsigned.json")
OPTIONS = load("eddsa-rdfc-2022-proof-options.json")
SIGNED = load("eddsa-rdfc-2022-signed.json")
HTTPS_SIGNED = load("eddsa-rdfc-2022-https-vm-signed.json")


def secret_key() -> bytes:
    raw = decode_multibase_base58(EXPECT["keyPair"]["secretKeyMultibase"], what="secret key")
    assert raw[:2] == ED25519_SECRET and len(raw) == 34
    return raw[2:]


def public_key() -> bytes:
    algorithm, key = multikey_public(EXPECT["keyPair"]["publicKeyMultibase"], what="key")
    assert algorithm == "Ed25519"
    return key


def options_of(signed: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in signed["proof"].items() if k != "proofValue"}


# (1) canonical forms and hashes


def test_canonical_credential_matches_vector_byte_for_byte():
    ours = canonical_nquads(copy.deepcopy(UNSIGNED))
    assert ours == text("eddsa-rdfc-2022-unsigned.nq")
    assert sha256_hex(ours) == EXPECT["documentHashHex"]


def test_canonical_proof_options_match_vector_byte_for_byte():
    ours = canonical_nquads(copy.deepcopy(OPTIONS))
    assert ours == text("eddsa-rdfc-2022-proof-options.nq")
    assert sha256_hex(ours) == EXPECT["proofOptionsHashHex"]


def test_https_vector_proof_options_match_byte_for_byte():
    options = {**options_of(HTTPS_SIGNED), "@context": HTTPS_SIGNED["@context"]}
    ours = canonical_nquads(options)
    assert ours == text("eddsa-rdfc-2022-https-vm-proof-options.nq")
    assert sha256_hex(ours) == HTTPS["proofOptionsHashHex"]


@pytest.mark.parametrize(
    ("signed", "expect"), [(SIGNED, EXPECT), (HTTPS_SIGNED, HTTPS)], ids=["did-key", "https"]
)
def test_signing_input_is_the_vectors_combined_hash(signed, expect):
    """signing_input adds the credential's @context to the proof options itself."""
    data = signing_input(UNSIGNED, options_of(signed))
    assert data.hex() == expect["combinedHashHex"]
    assert data.hex() == expect["proofOptionsHashHex"] + expect["documentHashHex"]
    assert signing_input(signed, options_of(signed)) == data


# (2) signing reproduces the published proofValue


def test_key_pair_is_one_ed25519_key():
    derived = Ed25519PrivateKey.from_private_bytes(secret_key()).public_key()
    assert derived.public_bytes(Encoding.Raw, PublicFormat.Raw) == public_key()
    assert resolve_verification_method(OPTIONS["verificationMethod"]).key == public_key()


@pytest.mark.parametrize(
    ("signed", "expect"), [(SIGNED, EXPECT), (HTTPS_SIGNED, HTTPS)], ids=["did-key", "https"]
)
def test_signing_reproduces_the_published_proof_value(signed, expect):
    proof = signed["proof"]
    ours = sign_eddsa_rdfc_2022(
        copy.deepcopy(UNSIGNED),
        private_key=secret_key(),
        verification_method=proof["verificationMethod"],
        created=proof["created"],
        purpose=proof["proofPurpose"],
    )
    assert ours["proof"]["proofValue"] == expect["proofValue"]
    assert (
        decode_multibase_base58(expect["proofValue"], what="signature").hex()
        == (expect["signatureHex"])
    )
    assert ours == signed


# (3) the published signed credentials verify


def test_signed_vector_verifies_through_the_did_key_resolver():
    key = verify_linked_data_proof(
        SIGNED, SIGNED["proof"], purpose="assertionMethod", controller=DID_KEY
    )
    assert key.key == public_key()
    assert key.method_id == SIGNED["proof"]["verificationMethod"]


def test_vector_issuer_is_not_its_keys_controller():
    """The vector's issuer (an https URL) does not control its did:key, so Backpack's
    issuer-bound check refuses it: the signature is right, the issuer binding is not there."""
    assert SIGNED["issuer"] != DID_KEY
    with pytest.raises(InvalidProof, match="does not belong to its issuer"):
        verify_linked_data_proofs(SIGNED, SIGNED["issuer"])


def test_https_vector_verifies_with_the_published_public_key():
    """An https verificationMethod cannot be resolved offline; check with the vector's key."""
    proof = HTTPS_SIGNED["proof"]
    signature = decode_multibase_base58(proof["proofValue"], what="signature")
    data = signing_input(HTTPS_SIGNED, options_of(HTTPS_SIGNED))
    assert ed25519_signature_valid(public_key(), data, signature)


# (4) one changed character breaks the signature


def _tampered_cases() -> list[Any]:
    def subject(d: dict[str, Any]) -> None:
        d["credentialSubject"]["alumniOf"] = "The School of Exampler"

    def name(d: dict[str, Any]) -> None:
        d["name"] = "Alumni Credentia1"

    def valid_from(d: dict[str, Any]) -> None:
        d["validFrom"] = "2023-01-01T00:00:01Z"

    def created(d: dict[str, Any]) -> None:
        d["proof"]["created"] = "2023-02-24T23:36:39Z"

    return [
        pytest.param(subject, id="alumniOf"),
        pytest.param(name, id="name"),
        pytest.param(valid_from, id="validFrom"),
        pytest.param(created, id="proof-created"),
    ]


@pytest.mark.parametrize("change", _tampered_cases())
def test_one_changed_character_fails_verification(change):
    doc = copy.deepcopy(SIGNED)
    change(doc)
    with pytest.raises(InvalidProof, match="does not match the content"):
        verify_linked_data_proof(doc, doc["proof"], purpose="assertionMethod", controller=DID_KEY)


@pytest.mark.parametrize("change", _tampered_cases())
def test_one_changed_character_fails_the_https_vector(change):
    doc = copy.deepcopy(HTTPS_SIGNED)
    change(doc)
    signature = decode_multibase_base58(doc["proof"]["proofValue"], what="signature")
    assert not ed25519_signature_valid(public_key(), signing_input(doc, options_of(doc)), signature)


def test_one_changed_character_of_the_proof_value_fails():
    doc = copy.deepcopy(SIGNED)
    value = doc["proof"]["proofValue"]
    doc["proof"]["proofValue"] = value[:-1] + ("f" if value[-1] != "f" else "g")
    with pytest.raises(InvalidProof):
        verify_linked_data_proof(doc, doc["proof"], purpose="assertionMethod", controller=DID_KEY)
