"""Verifiable Presentations: one report per file, one nested report per credential inside."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from joserfc import jws
from joserfc.jwk import OKPKey

from backpack_app.credentials.presentation import MAX_PRESENTED
from backpack_app.credentials.verifier import VerifyContext, verify_bytes
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.issuing import VC2, clr_credential, course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
pytestmark = pytest.mark.filterwarnings("ignore::joserfc.errors.SecurityWarning")


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def ed_key(party) -> OKPKey:
    return OKPKey.import_key(
        {"kty": "OKP", "crv": "Ed25519", "x": b64(party.key.public), "d": b64(party.key.private)}
    )


def jwt(payload: dict, party) -> str:
    header = {"alg": "EdDSA", "kid": party.method}
    return jws.serialize_compact(
        header, json.dumps(payload).encode(), ed_key(party), algorithms=["EdDSA"]
    )


@pytest.fixture(scope="module")
def school():
    return new_school()


@pytest.fixture(scope="module")
def holder():
    return new_school("Ana Rivera")  # any party with a did:key can present


@pytest.fixture(scope="module")
def credentials(school):
    return [school.sign(course_credential(school, course=c)) for c in ("Algebra I", "Biology")]


def presentation(items: list, holder=None) -> dict:
    vp = {"@context": [VC2], "type": ["VerifiablePresentation"], "verifiableCredential": items}
    if holder is not None:
        vp["holder"] = holder.did
    return vp


def verify(value, school=None):
    trust = TrustList.of([TrustedIssuer(id=school.did, name=school.name)]) if school else None
    data = value if isinstance(value, str) else json.dumps(value)
    return verify_bytes(data.encode(), VerifyContext(now=NOW, trust=trust or TrustList()))


def test_unsigned_presentation_reports_each_credential(school, credentials):
    report = verify(presentation(credentials), school)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert [n.verdict for n in report.nested] == [Verdict.VERIFIED, Verdict.VERIFIED]
    assert report.check(CheckId.PROOF).status is CheckStatus.NOT_CHECKED
    assert report.check(CheckId.NESTED).detail == "2 of the 2 credentials in it verify."
    assert verify(presentation(credentials)).verdict is Verdict.UNKNOWN_ISSUER


def test_one_tampered_credential_makes_the_presentation_invalid(credentials):
    tampered = copy.deepcopy(credentials[1])
    tampered["credentialSubject"]["result"][0]["value"] = "A+"
    report = verify(presentation([credentials[0], tampered]))
    assert report.verdict is Verdict.INVALID_SIGNATURE and not report.valid
    assert [n.valid for n in report.nested] == [True, False]
    assert report.summary.startswith("A credential in this presentation did not verify")


def test_holder_signed_presentation(school, holder, credentials):
    vp = holder.sign(presentation(credentials, holder), purpose="authentication")
    report = verify(vp, school)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert report.check(CheckId.PROOF).status is CheckStatus.PASSED
    assert report.issuer_id == holder.did
    changed = {**vp, "holder": new_school().did}
    assert verify(changed, school).verdict is Verdict.INVALID_SIGNATURE


def test_holder_proof_must_be_for_authentication(school, holder, credentials):
    vp = holder.sign(presentation(credentials, holder))  # assertionMethod
    report = verify(vp, school)
    assert report.verdict is Verdict.INVALID_SIGNATURE
    assert "authentication" in report.check(CheckId.PROOF).detail


def test_vc_jwt_enveloped_and_clr_items(school, credentials):
    token = jwt(course_credential(school, course="Chemistry"), school)
    enveloped = {
        "@context": VC2,
        "id": f"data:application/vc+jwt,{jwt(course_credential(school), school)}",
        "type": "EnvelopedVerifiableCredential",
    }
    clr = school.sign(clr_credential(school, credentials))
    report = verify(presentation([token, enveloped, clr]), school)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert len(report.nested) == 3 and len(report.nested[2].nested) == 2


def test_vp_jwt(school, holder, credentials):
    payload = {**presentation(credentials, holder), "iss": holder.did}
    report = verify(jwt(payload, holder), school)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert "holder" in report.check(CheckId.ISSUER_KEY).detail
    forged = jwt({**payload, "iss": holder.did}, new_school())
    assert verify(forged, school).verdict is Verdict.INVALID_SIGNATURE


def test_vc_1_1_vp_jwt_with_vp_claim(school, holder):
    token = jwt(course_credential(school), school)
    inner = {
        "@context": ["https://www.w3.org/2018/credentials/v1"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [token],
    }
    report = verify(jwt({"iss": holder.did, "vp": inner}, holder), school)
    assert report.verdict is Verdict.VERIFIED, report.summary


@pytest.mark.parametrize(
    ("items", "why"),
    [([], "no credentials"), ([{}] * (MAX_PRESENTED + 1), "more than 1000")],
    ids=["empty", "too-many"],
)
def test_presentation_bounds(items, why):
    report = verify(presentation(items))
    assert report.verdict is Verdict.MALFORMED and why in report.summary


def test_verify_command_prints_nested_reports(cli, tmp_path, credentials):
    path = tmp_path / "vp.json"
    path.write_text(json.dumps(presentation(credentials)))
    result = cli("verify", "--json", "--at", NOW.isoformat(), str(path), passphrase=None)
    (report,) = json.loads(result.out)
    assert report["valid"] and len(report["nested"]) == 2


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
VP_KEYS = st.sampled_from(["holder", "proof", "verifiableCredential", "type", "@context", "id"])
OB2_KEYS = st.sampled_from(
    ["recipient", "badge", "verification", "issuedOn", "expires", "revoked", "type", "id"]
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(VP_KEYS, JSON_VALUES, max_size=4), st.booleans())
def test_any_presentation_shape_gives_a_report_never_an_exception(changes, as_jwt):
    vp = {**presentation([{}]), **changes}
    data = jwt(vp, new_school()) if as_jwt else json.dumps(vp)
    assert verify(data).verdict in Verdict


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(OB2_KEYS, JSON_VALUES, max_size=4))
def test_any_ob2_shape_gives_a_report_never_an_exception(changes):
    doc = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "recipient": {"identity": "a@example.org", "type": "email"},
        "badge": {"issuer": {"id": "https://example.org/i"}},
        "verification": {"type": "signed", "creator": "https://example.org/k"},
        "issuedOn": "2025-01-01T00:00:00Z",
        **changes,
    }
    assert verify(json.dumps(doc)).verdict in Verdict
