"""The W3C cryptosuites beyond eddsa-rdfc-2022: the published vc-di-ecdsa / vc-di-eddsa test
vectors (ecdsa-rdfc-2019 and ecdsa-jcs-2019 on P-256 and P-384, eddsa-jcs-2022, proof sets and
chains), credentials signed here with each suite, did:jwk and P-384 did:key issuers, VC-JWT
ES384, and a clean `unsupported` for what Backpack does not implement.
Sources of the vectors: tests/fixtures/vectors/README.md."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import base58
import pytest
from joserfc import jws
from joserfc.jwk import ECKey

from backpack_app.credentials.did import (
    MULTIKEY_PREFIXES,
    KeyResolver,
    resolve_verification_method,
)
from backpack_app.credentials.proofs import (
    sign_data_integrity,
    signing_input,
    verify_linked_data_proof,
)
from backpack_app.credentials.verifier import VerifyContext, verify_bytes, verify_document
from backpack_app.crypto.ecdsa import ec_point_from_jwk, ecdsa_generate
from backpack_app.crypto.holder import new_holder_key
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from backpack_app.errors import InvalidProof
from tests.issuing import course_credential, new_school

VECTORS = Path(__file__).resolve().parents[1] / "fixtures" / "vectors"
NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
# The combined hashes the specs publish (TestVectors/*/combinedHash*.txt) for each signed vector.
VECTOR_HASHES = {
    "ecdsa-rdfc-2019-p256-signed.json": "3a8a522f689025727fb9d1f0fa99a618da023e8494ac74f51015d009"
    "d35abc2e517744132ae165a5349155bef0bb0cf2258fff99dfe1dbd914b938d775a36017",
    "ecdsa-jcs-2019-p384-signed.json": "83e5057817abb0c6872eafeaba1a9e53893c58eeb7414fb6d8aa3fa8"
    "c7917f7ad4792890b257c598baa17f4fbe6d183c3e0be671cc1881035d463158c80921973dab3534d4f8dfacf4"
    "ff2725a4115eb718e49d66de0e90e7365cd6062abf2259",
    "eddsa-jcs-2022-signed.json": "66ab154f5c2890a140cb8388a22a160454f80575f6eae09e5a097cabe539a1"
    "db59b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19",
}
SIGNED_VECTORS = [
    "ecdsa-rdfc-2019-p256-signed.json",
    "ecdsa-rdfc-2019-p384-signed.json",
    "ecdsa-jcs-2019-p256-signed.json",
    "ecdsa-jcs-2019-p384-signed.json",
    "eddsa-jcs-2022-signed.json",
]


def load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def check(doc: dict[str, Any], proof: dict[str, Any], proofs: list[Any] | None = None):
    signer = proof["verificationMethod"].partition("#")[0]  # the vectors' issuer is not the key
    return verify_linked_data_proof(
        doc, proof, purpose="assertionMethod", controller=signer, proofs=proofs
    )


# (1) the published vectors


@pytest.mark.parametrize("name", SIGNED_VECTORS)
def test_published_vector_verifies(name):
    doc = load(name)
    key = check(doc, doc["proof"])
    assert key.algorithm == (
        "P-384" if "p384" in name else "P-256" if "ecdsa" in name else "Ed25519"
    )


@pytest.mark.parametrize("name", sorted(VECTOR_HASHES))
def test_signed_bytes_are_the_published_combined_hash(name):
    doc = load(name)
    algorithm = "P-384" if "p384" in name else "P-256"
    assert signing_input(doc, doc["proof"], algorithm=algorithm).hex() == VECTOR_HASHES[name]


@pytest.mark.parametrize("name", SIGNED_VECTORS)
@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["credentialSubject"].update(alumniOf="Another School"),
        lambda d: d["proof"].update(created="2023-02-25T23:36:38Z"),
        lambda d: d.update(validFrom="2022-01-01T00:00:00Z"),
    ],
    ids=["subject", "proof-options", "date"],
)
def test_published_vector_tampered_is_refused(name, change):
    doc = copy.deepcopy(load(name))
    change(doc)
    with pytest.raises(InvalidProof, match="does not match"):
        check(doc, doc["proof"])


def test_jcs_proof_context_must_start_the_document_context():
    doc = load("ecdsa-jcs-2019-p256-signed.json")
    doc["proof"]["@context"] = ["https://www.w3.org/ns/credentials/examples/v2"]
    with pytest.raises(InvalidProof, match="other vocabularies"):
        check(doc, doc["proof"])


@pytest.mark.parametrize("name", ["proof-set-signed.json", "proof-chain-signed.json"])
def test_proof_sets_and_chains_verify_every_proof(name):
    doc = load(name)
    proofs = doc["proof"]
    assert len({check(doc, p, proofs).method_id for p in proofs}) == len(proofs)


def test_chain_without_its_previous_proof_is_refused():
    doc = load("proof-chain-signed.json")
    proofs = [
        p for p in doc["proof"] if p.get("id") != "urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544"
    ]
    with pytest.raises(InvalidProof, match="not there"):
        check({**doc, "proof": proofs}, proofs[-2], proofs)


def test_chain_proof_does_not_verify_over_other_previous_proofs():
    doc = load("proof-chain-signed.json")
    proofs = copy.deepcopy(doc["proof"])
    proofs[0]["created"] = "2024-01-01T00:00:00Z"  # the first link changed after the chain
    with pytest.raises(InvalidProof, match="does not match"):
        check({**doc, "proof": proofs}, proofs[2], proofs)


def test_selective_disclosure_is_unsupported_not_tampered():
    report = verify_document(load("ecdsa-sd-2023-derived.json"), VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNSUPPORTED and not report.valid
    assert "ecdsa-sd-2023 (selective disclosure), which Backpack cannot check" in report.summary
    assert report.check(CheckId.PROOF).status is CheckStatus.NOT_CHECKED


def test_unknown_suite_is_unsupported_everywhere():
    school = new_school()
    doc = school.sign(course_credential(school))
    doc["proof"]["cryptosuite"] = "bbs-2023"
    report = verify_bytes(json.dumps(doc).encode(), VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNSUPPORTED
    assert report.to_json()["verdict"] == "unsupported"
    assert report.summary == (
        "This record cannot be checked here: It is signed with bbs-2023 (selective disclosure), "
        "which Backpack cannot check."
    )


@pytest.mark.parametrize("field", ["type", "cryptosuite"])
def test_a_suite_named_as_a_list_is_unsupported_not_a_crash(field):
    # Observed by the share page's differential test: `backpack verify` raised TypeError here.
    school = new_school()
    doc = school.sign(course_credential(school))
    doc["proof"][field] = [doc["proof"][field]]
    report = verify_bytes(json.dumps(doc).encode(), VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNSUPPORTED
    assert "in a form Backpack cannot check" in report.summary


# (2) credentials signed here with each suite, through the whole verifier


def did_key(algorithm: str, point: bytes) -> str:
    prefix = next(p for p, (a, _) in MULTIKEY_PREFIXES.items() if a == algorithm)
    return "did:key:z" + base58.b58encode(prefix + point).decode()


def issuer_key(algorithm: str) -> tuple[bytes, str]:
    if algorithm == "Ed25519":
        key = new_holder_key()
        return key.private, key.did
    private, point = ecdsa_generate(algorithm)
    return private, did_key(algorithm, point)


def signed_by(suite: str, algorithm: str, **extra: Any) -> dict[str, Any]:
    private, did = issuer_key(algorithm)
    doc = course_credential(new_school())
    doc["issuer"]["id"] = did
    return sign_data_integrity(
        doc,
        cryptosuite=suite,
        algorithm=algorithm,
        private_key=private,
        verification_method=f"{did}#{did.split(':')[-1]}",
        created="2025-12-20T18:00:00Z",
        extra=extra or None,
    )


OWN = [
    ("ecdsa-rdfc-2019", "P-256"),
    ("ecdsa-rdfc-2019", "P-384"),
    ("ecdsa-jcs-2019", "P-256"),
    ("ecdsa-jcs-2019", "P-384"),
    ("eddsa-jcs-2022", "Ed25519"),
    ("eddsa-rdfc-2022", "Ed25519"),
]


@pytest.mark.parametrize(("suite", "algorithm"), OWN)
def test_own_signed_credential_verifies_and_tampering_is_caught(suite, algorithm):
    doc = signed_by(suite, algorithm)
    report = verify_bytes(json.dumps(doc).encode(), VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
    assert resolve_verification_method(doc["proof"]["verificationMethod"]).algorithm == algorithm
    doc["credentialSubject"]["result"][0]["value"] = "A+"
    assert verify_document(doc, VerifyContext(now=NOW)).verdict is Verdict.INVALID_SIGNATURE


def test_ecdsa_suite_refuses_an_ed25519_key():
    doc = signed_by("eddsa-jcs-2022", "Ed25519")
    doc["proof"]["cryptosuite"] = "ecdsa-jcs-2019"
    report = verify_document(doc, VerifyContext(now=NOW))
    assert report.verdict is Verdict.INVALID_SIGNATURE
    assert "key type" in report.check(CheckId.PROOF).detail


def test_issuer_proof_chain_verifies_and_needs_its_first_link():
    algorithm = "P-256"
    private, did = issuer_key(algorithm)
    doc = course_credential(new_school())
    doc["issuer"]["id"] = did
    method = f"{did}#{did.split(':')[-1]}"
    common = {"algorithm": algorithm, "private_key": private, "verification_method": method}
    first = sign_data_integrity(
        doc,
        cryptosuite="ecdsa-rdfc-2019",
        created="2025-12-20T18:00:00Z",
        extra={"id": "urn:uuid:first"},
        **common,
    )
    chained = sign_data_integrity(
        first,
        cryptosuite="ecdsa-jcs-2019",
        created="2025-12-21T18:00:00Z",
        extra={"previousProof": "urn:uuid:first"},
        **common,
    )
    assert verify_document(chained, VerifyContext(now=NOW)).verdict is Verdict.UNKNOWN_ISSUER
    chained["proof"][0]["id"] = "urn:uuid:other"
    report = verify_document(chained, VerifyContext(now=NOW))
    assert report.verdict is Verdict.INVALID_SIGNATURE


# (3) did:jwk issuers and VC-JWT ES384


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwk_did(key: ECKey) -> str:
    public = key.as_dict(private=False)
    return "did:jwk:" + b64(json.dumps(public, separators=(",", ":")).encode())


def test_did_jwk_p384_issuer_of_a_data_integrity_credential():
    key = ECKey.generate_key("P-384")
    did = jwk_did(key)
    scalar = base64.urlsafe_b64decode(key.as_dict(private=True)["d"] + "==")
    doc = course_credential(new_school())
    doc["issuer"]["id"] = did
    signed = sign_data_integrity(
        doc,
        cryptosuite="ecdsa-rdfc-2019",
        algorithm="P-384",
        private_key=scalar,
        verification_method=f"{did}#0",
        created="2025-12-20T18:00:00Z",
    )
    report = verify_document(signed, VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
    assert f"{did}#0" in report.check(CheckId.ISSUER_KEY).detail


@pytest.mark.parametrize("typ", ["JWT", "vc+jwt"])
@pytest.mark.parametrize("named_by", ["did:key", "did:jwk"])
def test_vc_jwt_es384(typ, named_by):
    key = ECKey.generate_key("P-384")
    public = key.as_dict(private=False)
    if named_by == "did:jwk":
        did, kid = jwk_did(key), jwk_did(key) + "#0"
    else:
        x, y = (base64.urlsafe_b64decode(public[c] + "==") for c in "xy")
        did = did_key("P-384", ec_point_from_jwk("P-384", x, y))
        kid = f"{did}#{did.split(':')[-1]}"
    doc = course_credential(new_school())
    doc["issuer"]["id"] = did
    header = {"alg": "ES384", "kid": kid, "typ": typ}
    token = jws.serialize_compact(header, json.dumps(doc).encode(), key, algorithms=["ES384"])
    report = verify_bytes(token.encode(), VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
    forged = jws.serialize_compact(
        {**header, "alg": "ES256"},
        json.dumps(doc).encode(),
        ECKey.generate_key("P-256"),
        algorithms=["ES256"],
    )
    assert (
        verify_bytes(forged.encode(), VerifyContext(now=NOW)).verdict is Verdict.INVALID_SIGNATURE
    )


def test_vc_jwt_unknown_algorithm_is_unsupported_and_none_is_invalid():
    doc = course_credential(new_school())
    body = b64(json.dumps(doc).encode())
    for alg, verdict in (("ES512", Verdict.UNSUPPORTED), ("none", Verdict.INVALID_SIGNATURE)):
        header = b64(json.dumps({"alg": alg, "kid": doc["issuer"]["id"]}).encode())
        report = verify_bytes(f"{header}.{body}.c2ln".encode(), VerifyContext(now=NOW))
        assert report.verdict is verdict, report.summary


def test_cli_says_unsupported_in_words_and_json(cli, tmp_path):
    path = tmp_path / "sd.json"
    path.write_bytes((VECTORS / "ecdsa-sd-2023-derived.json").read_bytes())
    words = cli("verify", "--at", NOW.isoformat(), str(path), passphrase=None)
    assert words.code == 1 and "Signed in a way Backpack cannot check" in words.out
    data = cli("verify", "--json", "--at", NOW.isoformat(), str(path), passphrase=None)
    assert json.loads(data.out)[0]["verdict"] == "unsupported"


def test_did_web_p384_key_from_a_saved_document():
    key = ECKey.generate_key("P-384")
    did = "did:web:registrar.example.edu"
    document = {
        "@context": ["https://www.w3.org/ns/did/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": f"{did}#key-1",
                "type": "JsonWebKey2020",
                "controller": did,
                "publicKeyJwk": key.as_dict(private=False),
            }
        ],
        "assertionMethod": [f"{did}#key-1"],
    }
    doc = course_credential(new_school())
    doc["issuer"]["id"] = did
    signed = sign_data_integrity(
        doc,
        cryptosuite="ecdsa-jcs-2019",
        algorithm="P-384",
        private_key=base64.urlsafe_b64decode(key.as_dict(private=True)["d"] + "=="),
        verification_method=f"{did}#key-1",
        created="2025-12-20T18:00:00Z",
    )
    offline = verify_document(signed, VerifyContext(now=NOW))
    assert offline.verdict is Verdict.UNVERIFIABLE_OFFLINE
    saved = VerifyContext(now=NOW, keys=KeyResolver([document]))
    assert verify_document(signed, saved).verdict is Verdict.UNKNOWN_ISSUER
