"""Reports, checks and trust entries are plain values (issue 16): what the pydantic models
did that the code relies on still holds: JSON, copies, immutability, pickling to batch
workers, and a trust entry from outside refused when it is not {id, name}."""

from __future__ import annotations

import pickle

import pytest

from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import Check, CheckId, CheckStatus, Report, Verdict


def a_report() -> Report:
    checks = [
        Check(id=CheckId.FORMAT, status=CheckStatus.PASSED, detail="Well formed."),
        Check(id="proof", status="failed", detail="Changed after signing."),
    ]
    inner = Report(verdict=Verdict.VERIFIED, summary="Inside.", checks=checks[:1])
    return Report(
        file="a.json",
        verdict="invalid_signature",
        summary="Tampered.",
        checks=checks,
        credential_id="urn:uuid:1",
        credential_types=("VerifiableCredential", "OpenBadgeCredential"),
        issuer_id="did:key:z6Mk",
        nested=[inner],
    )


def test_report_json_is_the_contract():
    assert a_report().to_json() == {
        "file": "a.json",
        "valid": False,
        "verdict": "invalid_signature",
        "summary": "Tampered.",
        "checks": [
            {"id": "format", "status": "passed", "detail": "Well formed."},
            {"id": "proof", "status": "failed", "detail": "Changed after signing."},
        ],
        "id": "urn:uuid:1",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "did:key:z6Mk", "name": None},
        "nested": [
            {
                "file": None,
                "valid": True,
                "verdict": "verified",
                "summary": "Inside.",
                "checks": [{"id": "format", "status": "passed", "detail": "Well formed."}],
                "id": None,
                "type": [],
                "issuer": {"id": None, "name": None},
            }
        ],
    }


def test_values_are_immutable_copied_and_pickled():
    report = a_report()
    assert report.check(CheckId.PROOF).status is CheckStatus.FAILED
    with pytest.raises(AttributeError):
        report.summary = "changed"  # type: ignore[misc]
    renamed = report.model_copy(update={"file": "b.json"})
    assert (renamed.file, report.file, renamed.checks) == ("b.json", "a.json", report.checks)
    assert pickle.loads(pickle.dumps(report)) == report
    stored = report.checks[1].to_json()
    assert Check.model_validate(stored) == report.checks[1]
    with pytest.raises(ValueError):
        Check.model_validate({"id": "proof", "status": "maybe", "detail": "x"})
    with pytest.raises(TypeError):
        Report(verdict="verified", summary="s", checks=[], credential_types="VerifiableCredential")


def test_a_trust_entry_from_outside_is_checked():
    entry = TrustedIssuer.model_validate({"id": "did:key:z6Mk", "name": "Lincoln", "extra": 1})
    assert entry == TrustedIssuer(id="did:key:z6Mk", name="Lincoln")
    assert TrustList.of([entry]).get("did:key:z6Mk") is entry
    assert pickle.loads(pickle.dumps(TrustList.of([entry]))) == TrustList.of([entry])
    assert entry.model_copy(update={"name": "Lincoln HS"}).name == "Lincoln HS"
    for bad in ({"id": "did:key:z6Mk"}, {"id": 7, "name": "x"}, {"id": "d", "name": ""}, [1]):
        with pytest.raises(ValueError):
            TrustedIssuer.model_validate(bad)
    with pytest.raises(ValueError):
        TrustedIssuer(id="did:key:z6Mk", name="x" * 301)
