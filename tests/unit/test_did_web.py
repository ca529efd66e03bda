"""did:web issuers, resolved only from saved copies of their DID documents."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from joserfc import jws
from joserfc.jwk import ECKey, OKPKey

from backpack_app.credentials.did import KeyResolver
from backpack_app.credentials.did_web import did_web_url, parse_did_document
from backpack_app.credentials.verifier import VerifyContext, verify_bytes, verify_document
from backpack_app.domain.status import CachedDidDocument
from backpack_app.domain.verification import CheckId, Verdict
from backpack_app.errors import MalformedCredential
from tests.issuing import course_credential, new_web_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
DID = "did:web:lincoln-hs.example.org"
pytestmark = pytest.mark.filterwarnings("ignore::joserfc.errors.SecurityWarning")


@pytest.fixture(scope="module")
def school():
    return new_web_school(DID)


def verify(doc, *documents):
    return verify_document(copy.deepcopy(doc), VerifyContext(now=NOW, keys=KeyResolver(documents)))


@pytest.mark.parametrize(
    ("did", "url"),
    [
        ("did:web:example.com", "https://example.com/.well-known/did.json"),
        ("did:web:example.com:path:to", "https://example.com/path/to/did.json"),
        ("did:web:example.com%3A8443", "https://example.com:8443/.well-known/did.json"),
        ("did:web:example.com%3A8443:u:ana", "https://example.com:8443/u/ana/did.json"),
    ],
)
def test_did_web_addresses(did, url):
    assert did_web_url(did) == url


@pytest.mark.parametrize(
    "did",
    [
        "did:key:z6Mk",
        "did:web:",
        "did:web:exa mple.com",
        "did:web:a.com:..",
        "did:web:a.com%2Fx",
        "did:web:127.0.0.1",
        "did:web:a.com%3A99999",
        "did:web:a.com#key-1",
    ],
)
def test_not_a_did_web_address(did):
    with pytest.raises(MalformedCredential):
        did_web_url(did)


@pytest.mark.parametrize("key_type", ["Multikey", "Ed25519VerificationKey2020", "JsonWebKey2020"])
def test_did_web_credential_verifies_from_a_saved_document(school, key_type):
    report = verify(school.sign(course_credential(school)), school.did_document(key_type=key_type))
    assert report.valid, report.summary
    assert f"{DID}#key-1" in report.check(CheckId.ISSUER_KEY).detail


def test_uncached_did_web_cannot_be_checked_offline(school):
    report = verify(school.sign(course_credential(school)))
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert "no copy of it is saved here" in report.check(CheckId.ISSUER_KEY).detail


def test_key_not_listed_for_assertion_is_an_invalid_signature(school):
    document = school.did_document(listed_for="authentication")
    report = verify(school.sign(course_credential(school)), document)
    assert report.verdict is Verdict.INVALID_SIGNATURE
    assert "assertionMethod" in report.check(CheckId.PROOF).detail


def test_key_controlled_by_another_party_is_refused(school):
    document = school.did_document()
    document["verificationMethod"][0]["controller"] = "did:web:mallory.example"
    report = verify(school.sign(course_credential(school)), document)
    assert report.verdict is Verdict.INVALID_SIGNATURE


def test_another_schools_key_in_the_document_does_not_verify(school):
    impostor = new_web_school(DID)
    report = verify(impostor.sign(course_credential(impostor)), school.did_document())
    assert report.verdict is Verdict.INVALID_SIGNATURE


def test_document_of_another_did_is_refused(school):
    data = json.dumps(school.did_document()).encode()
    with pytest.raises(MalformedCredential, match=r"not of did:web:other\.example"):
        parse_did_document(data, expected="did:web:other.example")
    saved = CachedDidDocument(did="did:web:other.example", document=data, as_of=NOW)
    other = new_web_school("did:web:other.example")
    ctx = VerifyContext(now=NOW, keys=KeyResolver.from_saved([saved]))
    report = verify_document(other.sign(course_credential(other)), ctx)
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE


@pytest.mark.parametrize("curve", ["Ed25519", "P-256"])
def test_vc_jwt_of_a_did_web_issuer(curve):
    key = OKPKey.generate_key("Ed25519") if curve == "Ed25519" else ECKey.generate_key("P-256")
    alg = "EdDSA" if curve == "Ed25519" else "ES256"
    school = new_web_school("did:web:lincoln-hs.example.org%3A8443:district")
    document = school.did_document(key_type="JsonWebKey2020")
    document["verificationMethod"][0]["publicKeyJwk"] = key.as_dict(private=False)
    credential = course_credential(school)
    header = {"alg": alg, "typ": "vc+jwt", "kid": f"{school.did}#key-1"}
    token = jws.serialize_compact(header, json.dumps(credential).encode(), key, algorithms=[alg])
    ctx = VerifyContext(now=NOW, keys=KeyResolver([document]))
    assert verify_bytes(token.encode(), ctx).valid
    assert verify_bytes(token.encode(), VerifyContext(now=NOW)).verdict is (
        Verdict.UNVERIFIABLE_OFFLINE
    )
