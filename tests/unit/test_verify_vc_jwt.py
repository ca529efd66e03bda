"""VC-JWT verification beyond the peer's fixtures: RS256, did:jwk, embedded keys, claims."""

from __future__ import annotations

import base64
import datetime as dt
import json

import pytest
from joserfc import jws
from joserfc.jwk import OKPKey, RSAKey

from backpack_app.credentials.verifier import VerifyContext, verify_bytes, verify_document
from backpack_app.domain.verification import Verdict
from tests.issuing import clr_credential, course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
# The tests sign with "EdDSA" as VC-JWT issuers do; joserfc warns about the RFC 9864 rename.
pytestmark = pytest.mark.filterwarnings("ignore::joserfc.errors.SecurityWarning")
VALID_FROM = int(dt.datetime(2025, 1, 15, tzinfo=dt.UTC).timestamp())


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(payload: dict, header: dict, key) -> str:
    return jws.serialize_compact(
        header, json.dumps(payload).encode(), key, algorithms=[header["alg"]]
    )


def did_jwk_credential(key) -> tuple[dict, str]:
    public = key.as_dict(private=False)
    did = "did:jwk:" + b64(json.dumps(public, separators=(",", ":")).encode())
    school = new_school()
    cred = course_credential(school)
    cred["issuer"]["id"] = did
    return cred, did


def verify_token_text(text: str):
    return verify_bytes(text.encode(), VerifyContext(now=NOW))


@pytest.fixture(scope="module")
def rsa_key():
    return RSAKey.generate_key(2048)


def test_rs256_with_did_jwk_issuer_verifies(rsa_key):
    cred, did = did_jwk_credential(rsa_key)
    header = {"alg": "RS256", "typ": "vc+jwt", "jwk": rsa_key.as_dict(private=False)}
    report = verify_token_text(token({**cred, "iss": did, "nbf": VALID_FROM}, header, rsa_key))
    assert report.valid, report.summary


def test_embedded_jwk_without_did_jwk_proves_nothing(rsa_key):
    school = new_school()
    cred = course_credential(school)
    header = {"alg": "RS256", "jwk": rsa_key.as_dict(private=False)}
    report = verify_token_text(token(cred, header, rsa_key))
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert "inside the file" in report.summary


def _ed_key(school):
    return OKPKey.import_key(
        {"kty": "OKP", "crv": "Ed25519", "x": b64(school.key.public), "d": b64(school.key.private)}
    )


def test_eddsa_kid_token_and_claim_consistency():
    school = new_school()
    cred = course_credential(school)
    header = {"alg": "EdDSA", "kid": school.method}
    good = token({**cred, "iss": school.did, "nbf": VALID_FROM}, header, _ed_key(school))
    assert verify_token_text(good).valid
    moved = token({**cred, "iss": school.did, "nbf": VALID_FROM + 86400}, header, _ed_key(school))
    assert verify_token_text(moved).verdict is Verdict.MALFORMED
    other_iss = token({**cred, "iss": "did:key:z6MkOther"}, header, _ed_key(school))
    assert verify_token_text(other_iss).verdict is Verdict.INVALID_SIGNATURE
    swapped = token(cred, {"alg": "EdDSA", "kid": school.method}, _ed_key(school))
    parts = swapped.split(".")
    parts[0] = b64(json.dumps({"alg": "ES256", "kid": school.method}).encode())
    assert verify_token_text(".".join(parts)).verdict is Verdict.INVALID_SIGNATURE
    unsigned = b64(json.dumps({"alg": "none"}).encode()) + "." + parts[1] + "."
    assert verify_token_text(unsigned).verdict is Verdict.INVALID_SIGNATURE


def test_vc_1_1_token_with_vc_claim():
    school = new_school()
    cred = course_credential(school)
    cred["@context"][0] = "https://www.w3.org/2018/credentials/v1"
    cred["issuanceDate"] = cred.pop("validFrom")
    header = {"alg": "EdDSA", "kid": school.method}
    text = token({"vc": cred, "iss": school.did, "nbf": VALID_FROM}, header, _ed_key(school))
    assert verify_token_text(text).valid


def test_enveloped_jwt_inside_a_clr():
    school = new_school()
    header = {"alg": "EdDSA", "kid": school.method}
    inner = token(course_credential(school), header, _ed_key(school))
    enveloped = {
        "@context": "https://www.w3.org/ns/credentials/v2",
        "id": f"data:application/vc+jwt,{inner}",
        "type": "EnvelopedVerifiableCredential",
    }
    clr = school.sign(clr_credential(school, [enveloped]))
    report = verify_document(clr, VerifyContext(now=NOW))
    assert report.valid and report.nested[0].valid
    tampered = inner[:-4] + ("AAAA" if not inner.endswith("AAAA") else "BBBB")
    enveloped["id"] = f"data:application/vc+jwt,{tampered}"
    bad = verify_document(school.sign(clr_credential(school, [enveloped])), VerifyContext(now=NOW))
    assert bad.verdict is Verdict.INVALID_SIGNATURE


def test_a_token_whose_jti_names_another_credential_is_refused(rsa_key):
    cred, did = did_jwk_credential(rsa_key)
    header = {"alg": "RS256", "typ": "vc+jwt", "jwk": rsa_key.as_dict(private=False)}
    claims = {"iss": did, "nbf": VALID_FROM}
    assert verify_token_text(token({**cred, **claims, "jti": cred["id"]}, header, rsa_key)).valid
    other = verify_token_text(token({**cred, **claims, "jti": "urn:uuid:other"}, header, rsa_key))
    assert not other.valid
    assert "different credential id" in " ".join(c.detail for c in other.checks)
