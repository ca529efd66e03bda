"""Credentials as real issuers write them (issue #17, each observed): VC 2.0 without validFrom,
an OB 3.0 subject named by neither id nor identifier, a DCC v1 credential, unknown contexts,
key ids that are not web addresses, and summaries that agree with their verdicts."""

from __future__ import annotations

import copy
import datetime as dt
import json

import base58

from backpack_app.credentials.proofs import signing_input
from backpack_app.credentials.verifier import VerifyContext, verify_bytes, verify_document
from backpack_app.crypto.signatures import ed25519_sign
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.issuing import course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
VC1 = "https://www.w3.org/2018/credentials/v1"
ED2020 = "https://w3id.org/security/suites/ed25519-2020/v1"
DCC = "https://w3id.org/dcc/v1"


def verify(doc):
    return verify_document(doc, VerifyContext(now=NOW))


def test_vc2_credential_without_valid_from_verifies_with_an_ob3_conformance_warning():
    school = new_school()
    doc = course_credential(school)
    del doc["validFrom"]
    report = verify(school.sign(doc))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
    conformance = report.check(CheckId.CONFORMANCE)
    assert conformance.status is CheckStatus.WARNING and "validFrom" in conformance.detail
    assert (
        report.check(CheckId.VALIDITY).detail == "It is valid with no start date, with no end date."
    )


def test_plain_vc2_without_valid_from_has_no_conformance_note():
    school = new_school()
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": school.did,
        "credentialSubject": {"id": "did:example:ana"},
    }
    report = verify(school.sign(doc))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
    assert report.check(CheckId.CONFORMANCE) is None


def test_ob3_subject_without_id_or_identifier_verifies_with_a_warning():
    school = new_school()
    doc = course_credential(school)
    del doc["credentialSubject"]["identifier"]
    report = verify(school.sign(doc))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
    detail = report.check(CheckId.CONFORMANCE).detail
    assert "neither an id nor an identifier" in detail and "B.1.3" in detail
    # the verdict is still decided by the signature: an edit is caught
    signed = school.sign(doc)
    signed["credentialSubject"]["achievement"]["name"] = "Calculus"
    assert verify(signed).verdict is Verdict.INVALID_SIGNATURE


def sign_2020(doc, school):
    proof = {
        "type": "Ed25519Signature2020",
        "created": "2025-12-20T18:00:00Z",
        "verificationMethod": school.method,
        "proofPurpose": "assertionMethod",
    }
    value = ed25519_sign(school.key.private, signing_input(doc, proof))
    return {**doc, "proof": {**proof, "proofValue": "z" + base58.b58encode(value).decode()}}


def test_dcc_v1_credential_verifies_offline():
    """Shaped as the DCC's VC 1.1 credentials are: the dcc/v1 context, Ed25519Signature2020."""
    school = new_school("Digital Credentials University")
    doc = {
        "@context": [VC1, ED2020, DCC],
        "id": "urn:uuid:2fe91f0f-4c64-48c8-bfc8-7132f75776fe",
        "type": ["VerifiableCredential", "LearningCredential"],
        "issuer": {"type": "Issuer", "id": school.did, "name": school.name},
        "issuanceDate": "2025-01-15T00:00:00Z",
        "credentialSubject": {
            "type": "Person",
            "name": "Ana Rivera",
            "hasCredential": {
                "type": ["EducationalOccupationalCredential"],
                "name": "Introduction to Robotics",
            },
        },
    }
    report = verify(sign_2020(doc, school))
    assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary


def test_unknown_context_names_it_and_is_unverifiable_offline():
    school = new_school()
    signed = copy.deepcopy(school.sign(course_credential(school)))
    signed["@context"].append("https://contexts.example.org/extras/v1")
    report = verify(signed)
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert "https://contexts.example.org/extras/v1" in report.summary
    assert "key" not in report.summary  # the vocabulary is the reason, not the issuer's key


def test_urn_key_id_is_not_called_a_web_address():
    school = new_school()
    signed = school.sign(course_credential(school), verification_method="urn:uuid:key-1")
    report = verify(signed)
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert "web address" not in report.summary
    assert "urn:uuid:key-1" in report.summary


def test_presentation_summary_agrees_with_its_verdict():
    school = new_school()
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [school.sign(course_credential(school)), 42],
        "proof": {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-rdfc-2022",
            "verificationMethod": "urn:uuid:holder-key",
            "proofPurpose": "authentication",
            "proofValue": "z1111",
        },
    }
    report = verify_bytes(json.dumps(presentation).encode(), VerifyContext(now=NOW))
    assert report.verdict is Verdict.MALFORMED
    assert "cannot be checked offline" not in report.summary
    assert report.summary.startswith("A credential in this presentation did not verify")
