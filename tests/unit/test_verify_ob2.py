"""Open Badges 2.0 assertions: hosted ones stay unverifiable offline, signed ones need their key."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json

import pytest
from joserfc import jws
from joserfc.jwk import ECKey, RSAKey

from backpack_app.credentials.baking import OB2_KEYWORD, bake_png, bake_svg
from backpack_app.credentials.ob2 import HOSTED_REASON, Ob2Key, parse_ob2_key
from backpack_app.credentials.verifier import VerifyContext, verify_bytes
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from backpack_app.errors import UserError
from tests.images import SVG, tiny_png

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)
ISSUER = "https://badges.example.org/issuer"
KEY_ID = "https://badges.example.org/keys/1"


def assertion(kind: str = "SignedBadge", **changes) -> dict:
    doc = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "urn:uuid:5a1e4c1e-7d3a-4a4e-9b8e-2f1f3f0e5b11",
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": "deadsea",
            "identity": "sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5",
        },
        "badge": {
            "id": "https://badges.example.org/badges/robotics",
            "type": "BadgeClass",
            "name": "Robotics Club",
            "issuer": {"id": ISSUER, "type": "Profile", "name": "Lincoln Robotics"},
        },
        "verification": {"type": kind, "creator": KEY_ID},
        "issuedOn": "2025-05-01T12:00:00Z",
    }
    doc.update(changes)
    return doc


@pytest.fixture(scope="module")
def rsa():
    return RSAKey.generate_key(2048)


def key_of(private, **extra) -> Ob2Key:
    return Ob2Key(pem=private.as_pem(private=False).decode(), **extra)


def sign(doc: dict, key, alg: str = "RS256") -> str:
    return jws.serialize_compact({"alg": alg}, json.dumps(doc).encode(), key, algorithms=[alg])


def verify(data: str | bytes, *keys: Ob2Key, now=NOW, trusted: bool = False):
    trust = TrustList.of([TrustedIssuer(id=ISSUER, name="Lincoln Robotics")]) if trusted else None
    ctx = VerifyContext(now=now, trust=trust or TrustList(), ob2_keys=keys)
    return verify_bytes(data.encode() if isinstance(data, str) else data, ctx)


def test_hosted_assertion_is_unverifiable_offline_with_its_reason():
    report = verify(json.dumps(assertion("HostedBadge")))
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE and not report.valid
    assert report.check(CheckId.FORMAT).status is CheckStatus.PASSED
    assert report.check(CheckId.PROOF).detail == HOSTED_REASON
    assert HOSTED_REASON in report.summary
    assert report.check(CheckId.VALIDITY).status is CheckStatus.PASSED
    assert report.check(CheckId.STATUS).status is CheckStatus.NOT_CHECKED
    assert report.issuer_id == ISSUER and report.issuer_name == "Lincoln Robotics"


def test_expired_hosted_assertion_reports_its_dates():
    # Its dates are checkable offline, so they decide before the hosted signature (issue #17).
    report = verify(json.dumps(assertion("hosted", expires="2025-12-31T00:00:00Z")))
    assert report.verdict is Verdict.EXPIRED
    assert report.check(CheckId.VALIDITY).status is CheckStatus.FAILED
    assert "expired" in report.check(CheckId.VALIDITY).detail
    assert report.summary.startswith("This record is not current: It expired on")


def test_hosted_assertion_dates_decide_first():
    future = verify(json.dumps(assertion("hosted", issuedOn="2027-01-01T00:00:00Z")))
    assert future.verdict is Verdict.NOT_YET_VALID
    backwards = verify(
        json.dumps(
            assertion("hosted", issuedOn="2025-06-01T00:00:00Z", expires="2025-01-01T00:00:00Z")
        )
    )
    assert backwards.verdict is Verdict.MALFORMED
    assert "before it was issued" in backwards.summary
    current = verify(json.dumps(assertion("hosted")))
    assert current.verdict is Verdict.UNVERIFIABLE_OFFLINE


def test_signed_badge_says_revocation_unchecked_on_its_verdict_line(rsa, cli, tmp_path):
    token = sign(assertion(), rsa)
    report = verify(token, key_of(rsa))
    assert report.verdict is Verdict.UNKNOWN_ISSUER
    assert report.summary.endswith("Revocation not checked (the issuer publishes it online).")
    badge, key_file = tmp_path / "badge.jws", tmp_path / "key.pem"
    badge.write_text(token)
    key_file.write_bytes(rsa.as_pem(private=False))
    out = cli(
        "verify", "--at", NOW.isoformat(), "--ob2-key", str(key_file), str(badge), passphrase=None
    ).out
    line = next(x for x in out.splitlines() if "Verified" in x)
    assert "revocation not checked (the issuer publishes it online)" in line.lower()


def test_signed_assertion_with_its_key_verifies(rsa):
    token = sign(assertion(), rsa)
    report = verify(token, key_of(rsa, id=KEY_ID, owner=ISSUER), trusted=True)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert verify(token, key_of(rsa)).verdict is Verdict.UNKNOWN_ISSUER


def test_signed_es256_assertion_verifies():
    key = ECKey.generate_key("P-256")
    assert verify(sign(assertion(), key, "ES256"), key_of(key)).valid


def test_signed_assertion_without_its_key_is_unverifiable_offline(rsa):
    report = verify(sign(assertion(), rsa))
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert KEY_ID in report.check(CheckId.ISSUER_KEY).detail
    assert "--ob2-key" in report.summary


def part(value: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def tamper(token: str) -> str:
    header, _, signature = token.split(".")
    doc = json.loads(jws.extract_compact(token.encode()).payload)
    doc["badge"]["name"] = "Varsity Robotics"
    return ".".join([header, part(doc), signature])


def test_tampered_signed_assertion_is_an_invalid_signature(rsa):
    report = verify(tamper(sign(assertion(), rsa)), key_of(rsa))
    assert report.verdict is Verdict.INVALID_SIGNATURE


def test_signed_by_another_key_is_an_invalid_signature(rsa):
    other = RSAKey.generate_key(2048)
    assert verify(sign(assertion(), other), key_of(rsa)).verdict is Verdict.INVALID_SIGNATURE


def test_key_of_another_owner_is_refused(rsa):
    report = verify(sign(assertion(), rsa), key_of(rsa, owner="https://elsewhere.example"))
    assert report.verdict is Verdict.INVALID_SIGNATURE
    assert "does not belong" in report.check(CheckId.PROOF).detail


@pytest.mark.parametrize(
    ("alg", "verdict"),
    [("none", Verdict.INVALID_SIGNATURE), ("HS256", Verdict.UNSUPPORTED)],
)
def test_unaccepted_algorithms_are_refused(rsa, alg, verdict):
    # `none` is no signature at all; HS256 is one Backpack cannot check (never "tampered").
    token = f"{part({'alg': alg})}.{part(assertion())}.c2ln"
    report = verify(token, key_of(rsa))
    assert report.verdict is verdict and not report.valid
    assert alg in report.check(CheckId.PROOF).detail


def test_signed_assertion_as_bare_json_cannot_be_checked():
    report = verify(json.dumps(assertion()))
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert "signed copy" in report.check(CheckId.PROOF).detail


def test_revoked_assertion_says_so(rsa):
    report = verify(sign(assertion(revoked=True), rsa), key_of(rsa))
    assert report.verdict is Verdict.REVOKED


def test_not_yet_valid(rsa):
    report = verify(sign(assertion(issuedOn="2027-01-01T00:00:00Z"), rsa), key_of(rsa))
    assert report.verdict is Verdict.NOT_YET_VALID


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"type": "BadgeClass"}, "Assertion"),
        ({"recipient": "ana@example.org"}, "recipient"),
        ({"badge": 5}, "badge"),
        ({"verification": {"type": "magic"}}, "verification"),
        ({"issuedOn": None}, "issuedOn"),
        ({"issuedOn": "yesterday"}, "issuedOn"),
    ],
)
def test_malformed_assertions(change, why):
    doc = copy.deepcopy(assertion("hosted"))
    doc.update(change)
    report = verify(json.dumps(doc))
    assert report.verdict is Verdict.MALFORMED and why in report.summary


def test_badge_given_by_url_leaves_the_issuer_unknown():
    report = verify(json.dumps(assertion("hosted", badge="https://badges.example.org/b/1")))
    assert report.issuer_id is None
    assert "web address" in report.check(CheckId.ISSUER_TRUST).detail


def test_baked_ob2_png_and_svg(rsa):
    token = sign(assertion(), rsa)
    for baked in (
        bake_png(tiny_png(), token, keyword=OB2_KEYWORD),
        bake_svg(SVG, token, keyword=OB2_KEYWORD),
    ):
        report = verify(baked, key_of(rsa))
        assert report.verdict is Verdict.UNKNOWN_ISSUER, report.summary
        assert "(Open Badges 2.0)" in report.check(CheckId.FORMAT).detail


def test_baked_ob2_url_is_a_hosted_badge():
    report = verify(bake_png(tiny_png(), "https://badges.example.org/a/1", keyword=OB2_KEYWORD))
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert report.credential_id == "https://badges.example.org/a/1"


def test_key_files(rsa):
    pem = rsa.as_pem(private=False)
    assert parse_ob2_key(pem).pem.startswith("-----BEGIN PUBLIC KEY-----")
    cryptographic_key = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "CryptographicKey",
        "id": KEY_ID,
        "owner": ISSUER,
        "publicKeyPem": pem.decode(),
    }
    parsed = parse_ob2_key(json.dumps(cryptographic_key).encode())
    assert (parsed.id, parsed.owner) == (KEY_ID, ISSUER)
    for bad in (b"{}", b"not a key", b"x" * 70_000):
        with pytest.raises(UserError):
            parse_ob2_key(bad)


def test_verify_command_with_ob2_key(cli, tmp_path, rsa):
    badge, key_file = tmp_path / "badge.jws", tmp_path / "key.pem"
    badge.write_text(sign(assertion(), rsa))
    key_file.write_bytes(rsa.as_pem(private=False))
    without = cli("verify", "--json", "--at", NOW.isoformat(), str(badge), passphrase=None)
    assert json.loads(without.out)[0]["verdict"] == "unverifiable_offline"
    with_key = cli(
        "verify",
        "--json",
        "--at",
        NOW.isoformat(),
        "--ob2-key",
        str(key_file),
        str(badge),
        passphrase=None,
    )
    assert with_key.code == 0 and json.loads(with_key.out)[0]["verdict"] == "unknown_issuer"
    missing = cli("verify", "--ob2-key", str(tmp_path / "nope.pem"), str(badge), passphrase=None)
    assert missing.code == 2 and "Traceback" not in missing.err


def test_baked_ob2_svg_of_a_hosted_assertion_names_its_url():
    url = "https://badges.example.org/a/7"
    baked = bake_svg(SVG, json.dumps(assertion("hosted", id=url)), keyword=OB2_KEYWORD)
    assert f'verify="{url}"'.encode() in baked
    report = verify(baked)
    assert report.verdict is Verdict.UNVERIFIABLE_OFFLINE and report.credential_id == url
