"""Verifying Data Integrity credentials: every verdict, each for its cause."""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
import uuid

import pytest
from pyld import jsonld

from backpack_app.credentials.contexts import load_document
from backpack_app.credentials.linked_data import WorkLimitExceeded, canonical_nquads
from backpack_app.credentials.verifier import VerifyContext, verify_bytes, verify_document
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.issuing import OB303, VC2, clr_credential, course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def school():
    return new_school()


@pytest.fixture(scope="module")
def signed(school):
    return school.sign(course_credential(school))


def verify(doc, *, now=NOW, trust=None):
    return verify_document(copy.deepcopy(doc), VerifyContext(now=now, trust=trust or TrustList()))


def test_genuine_credential_from_unknown_issuer_is_valid_with_a_warning(signed):
    report = verify(signed)
    assert report.verdict is Verdict.UNKNOWN_ISSUER and report.valid
    trust = report.check(CheckId.ISSUER_TRUST)
    assert trust.status is CheckStatus.WARNING
    assert 'calls itself "Lincoln High School"' in trust.detail
    assert report.check(CheckId.PROOF).status is CheckStatus.PASSED


def test_trusted_issuer_is_verified(signed, school):
    trust = TrustList.of([TrustedIssuer(id=school.did, name="Lincoln High School")])
    report = verify(signed, trust=trust)
    assert report.verdict is Verdict.VERIFIED
    assert report.summary.startswith("Verified: issued by Lincoln High School")


def _mutate(doc, change):
    doc = copy.deepcopy(doc)
    change(doc)
    return doc


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["credentialSubject"]["result"][0].update(value="A+"),
        lambda d: d.update(name="Calculus (Fall 2024)"),
        lambda d: d["issuer"].update(name="Harvard"),
        lambda d: d["proof"].update(proofPurpose="authentication"),
        lambda d: d["proof"].update(cryptosuite="ecdsa-rdfc-2019"),
        lambda d: d["proof"].update(created="2025-12-21T18:00:00Z"),
        lambda d: d["proof"].update(proofValue="z" + "1" * 86),
        lambda d: d["proof"].update(proofValue="not-multibase"),
        lambda d: d.pop("proof"),
    ],
    ids=[
        "result-changed",
        "name-changed",
        "issuer-name-changed",
        "wrong-purpose",
        "unsupported-suite",
        "proof-options-changed",
        "zero-signature",
        "bad-encoding",
        "no-proof",
    ],
)
def test_tampering_is_an_invalid_signature(signed, change):
    report = verify(_mutate(signed, change))
    assert report.verdict is Verdict.INVALID_SIGNATURE and not report.valid
    assert report.check(CheckId.PROOF).status is CheckStatus.FAILED


def test_key_not_controlled_by_the_issuer(school):
    impostor = new_school("Impostor")
    doc = course_credential(school)
    signed_by_other = impostor.sign(doc)  # issuer says school, key is impostor's
    report = verify(signed_by_other)
    assert report.verdict is Verdict.INVALID_SIGNATURE
    assert "does not belong to its issuer" in report.check(CheckId.PROOF).detail
    lying_vm = impostor.sign(doc, verification_method=school.method)  # claims school's key
    assert verify(lying_vm).verdict is Verdict.INVALID_SIGNATURE


def test_proof_moved_to_another_document(school, signed):
    other = course_credential(school, course="Biology")
    other["proof"] = copy.deepcopy(signed["proof"])
    assert verify(other).verdict is Verdict.INVALID_SIGNATURE


def test_validity_window_uses_the_given_time(school):
    doc = school.sign(
        course_credential(
            school, valid_from="2025-01-15T00:00:00Z", valid_until="2025-12-31T00:00:00Z"
        )
    )
    assert verify(doc, now=dt.datetime(2025, 6, 1, tzinfo=dt.UTC)).valid
    expired = verify(doc, now=dt.datetime(2026, 3, 12, tzinfo=dt.UTC))
    assert expired.verdict is Verdict.EXPIRED and "31 December 2025" in expired.summary
    early = verify(doc, now=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    assert early.verdict is Verdict.NOT_YET_VALID and "15 January 2025" in early.summary


def test_undefined_term_is_malformed(school):
    doc = course_credential(school)
    doc["credentialSubject"]["achievement"]["favouriteColour"] = "blue"
    report = verify(
        school.sign(course_credential(school)) | {"credentialSubject": doc["credentialSubject"]}
    )
    assert report.verdict is Verdict.MALFORMED
    assert "favouriteColour" in report.summary or "not defined" in report.summary


def test_unknown_context_cannot_be_checked_offline_and_is_never_fetched(signed):
    doc = _mutate(signed, lambda d: d["@context"].append("https://evil.example/ctx.jsonld"))
    report = verify(doc)
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE and not report.valid
    assert report.summary == (
        "This record cannot be checked offline: It uses the vocabulary "
        "https://evil.example/ctx.jsonld, which Backpack does not know, so it cannot be checked."
    )
    assert report.check(CheckId.PROOF).status is CheckStatus.NOT_CHECKED


def test_did_web_issuer_cannot_be_checked_offline(school, signed):
    doc = _mutate(
        signed,
        lambda d: (
            d["issuer"].update(id="did:web:lincoln.example.org"),
            d["proof"].update(verificationMethod="did:web:lincoln.example.org#key-1"),
        ),
    )
    report = verify(doc)
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE and not report.valid
    assert "did:web:lincoln.example.org" in report.summary


def test_clr_is_valid_only_if_every_nested_credential_is(school):
    courses = [school.sign(course_credential(school, course=c)) for c in ("Algebra I", "Biology")]
    clr = school.sign(clr_credential(school, courses))
    report = verify(clr)
    assert report.valid and len(report.nested) == 2
    assert all(n.valid for n in report.nested)
    bad_inner = copy.deepcopy(courses)
    bad_inner[1]["credentialSubject"]["result"][0]["value"] = "A+"
    resigned = school.sign(clr_credential(school, bad_inner))  # outer proof fine, inner not
    report = verify(resigned)
    assert not report.valid and report.verdict is Verdict.INVALID_SIGNATURE
    assert report.nested[1].verdict is Verdict.INVALID_SIGNATURE
    assert report.check(CheckId.NESTED).status is CheckStatus.FAILED


def test_crafted_blank_node_graph_is_refused_by_the_work_bound():
    # 8 fully connected blank nodes: RDFC-1.0 explores every permutation.
    nodes = [{"@id": f"_:n{i}"} for i in range(8)]
    for node in nodes:
        node["https://example.org/p"] = [
            {"@id": other["@id"]} for other in nodes if other is not node
        ]
    start = time.monotonic()
    with pytest.raises(WorkLimitExceeded):
        canonical_nquads({"@graph": nodes}, seconds=0.5)
    assert time.monotonic() - start < 5


def test_canonical_nquads_are_byte_identical_to_plain_pyld(signed, school):
    docs = [signed, school.sign(clr_credential(school, [signed]))]
    for doc in docs:
        unsigned = {k: v for k, v in doc.items() if k != "proof"}
        plain = jsonld.normalize(
            copy.deepcopy(unsigned),
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": load_document,
            },
        )
        assert canonical_nquads(unsigned) == plain


def test_loader_documents_are_not_mutated_by_processing(signed):
    before = json.dumps(load_document(OB303)["document"], sort_keys=True)
    verify(signed)
    assert json.dumps(load_document(OB303)["document"], sort_keys=True) == before
    assert load_document(VC2)["tag"] == "static"


def test_verify_bytes_reports_per_file(signed):
    report = verify_bytes(json.dumps(signed).encode(), VerifyContext(now=NOW), file="a.json")
    assert report.file == "a.json" and report.valid


def test_crafted_graph_is_refused_by_the_work_budget_not_the_clock():
    """The budget of hashing steps refuses it (the same way every time) long before the
    deadline; ordinary credentials need a few hundred steps."""
    nodes = [{"@id": f"_:n{i}"} for i in range(8)]
    for node in nodes:
        node["https://example.org/p"] = [{"@id": o["@id"]} for o in nodes if o is not node]
    with pytest.raises(WorkLimitExceeded, match="too much work"):
        canonical_nquads({"@graph": nodes}, seconds=120)


def _endorsement(endorser, endorsed_id: str, comment: str = "Rigorous course.") -> dict:
    return endorser.sign(
        {
            "@context": [VC2, OB303],
            "id": f"urn:uuid:{uuid.uuid4()}",
            "type": ["VerifiableCredential", "EndorsementCredential"],
            "name": "Endorsement",
            "issuer": {"id": endorser.did, "type": ["Profile"], "name": endorser.name},
            "validFrom": "2025-02-01T00:00:00Z",
            "credentialSubject": {
                "id": endorsed_id,
                "type": ["EndorsementSubject"],
                "endorsementComment": comment,
            },
        }
    )


def test_endorsements_are_verified_each_on_its_own(school):
    board = new_school("State Board of Education")
    doc = course_credential(school)
    achievement = doc["credentialSubject"]["achievement"]
    good = _endorsement(board, achievement["id"])
    forged = _endorsement(board, achievement["id"])
    forged["credentialSubject"]["endorsementComment"] = "Changed after signing."
    achievement["endorsement"] = [good]
    report = verify(school.sign(doc))
    check = report.check(CheckId.ENDORSEMENTS)
    assert check.status is CheckStatus.PASSED and "State Board of Education" in check.detail
    assert [e.verdict for e in report.endorsements] == [Verdict.UNKNOWN_ISSUER]
    assert report.to_json()["endorsements"][0]["issuer"]["name"] == "State Board of Education"
    # A forged endorsement is flagged; the school's own record is still what it is.
    achievement["endorsement"] = [good, forged]
    report = verify(school.sign(doc))
    assert report.valid and report.check(CheckId.ENDORSEMENTS).status is CheckStatus.WARNING
    assert "1 of the 2 endorsements do not verify" in report.check(CheckId.ENDORSEMENTS).detail


def test_a_clr_inside_a_clr_is_a_report_not_a_crash(school):
    inner = school.sign(clr_credential(school, [school.sign(course_credential(school))]))
    outer = school.sign(clr_credential(school, [inner]))
    report = verify(outer)
    assert not report.valid and report.check(CheckId.NESTED).status is CheckStatus.FAILED
