"""Credentials printed as a QR code: a picture (PNG or a JPEG photo) of a VC-JWT imports and
verifies like the token itself; other QR codes and plain pictures are refused plainly."""

from __future__ import annotations

import io
import json

import pytest
import qrcode
from joserfc import jws
from joserfc.jwk import OKPKey
from PIL import Image

from backpack_app.credentials.importing import Outcome
from backpack_app.credentials.verifier import VerifyContext, verify_bytes
from backpack_app.domain.verification import CheckId, Verdict
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import course_credential, new_school

pytestmark = pytest.mark.filterwarnings("ignore::joserfc.errors.SecurityWarning")


def vc_jwt(school) -> str:
    credential = course_credential(school, grade="A")
    credential.pop("credentialSchema", None)
    key = OKPKey.import_key(
        {
            "kty": "OKP",
            "crv": "Ed25519",
            "d": _b64(school.key.private),
            "x": _b64(school.key.public),
        }
    )
    header = {"alg": "EdDSA", "typ": "vc+jwt", "kid": school.method}
    payload = {**credential, "iss": school.did, "sub": credential["credentialSubject"].get("id")}
    return jws.serialize_compact(header, json.dumps(payload).encode(), key, algorithms=["EdDSA"])


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def qr_picture(text: str, fmt: str = "PNG") -> bytes:
    image = qrcode.make(text, error_correction=qrcode.constants.ERROR_CORRECT_L).convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, quality=90)
    return out.getvalue()


@pytest.fixture(scope="module")
def school():
    return new_school("Lincoln High School")


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_qr_code_of_a_vc_jwt_verifies_like_the_token(school, fmt):
    token = vc_jwt(school)
    assert len(token) < 2_900  # it fits in one QR code
    direct = verify_bytes(token.encode(), VerifyContext(now=_now()))
    pictured = verify_bytes(qr_picture(token, fmt), VerifyContext(now=_now()))
    assert direct.verdict is Verdict.UNKNOWN_ISSUER, direct.summary
    assert pictured.verdict is direct.verdict
    assert "QR code" in pictured.check(CheckId.FORMAT).detail


def test_a_tampered_token_in_a_qr_code_is_rejected(school):
    head, payload, signature = vc_jwt(school).split(".")
    forged = f"{head}.{payload[:-4]}AAAA.{signature}"
    report = verify_bytes(qr_picture(forged), VerifyContext(now=_now()))
    assert not report.valid


def test_importing_a_qr_picture_files_the_record(tmp_path, school):
    wallet, _ = Backpack.create(tmp_path / "bp", PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        (result,) = wallet.import_credentials(
            qr_picture(vc_jwt(school), "JPEG"), file="photo.jpg", learner="Ana Rivera"
        )
        assert result.outcome is Outcome.IMPORTED, result.report.summary
        (record,) = wallet.list_records()
        assert record.title == "Algebra I"


def test_pictures_without_a_credential_are_refused_with_a_reason(tmp_path):
    plain = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(plain, format="PNG")
    share_qr = qr_picture("BP1:6BFOXN*TS0BB")
    words = qr_picture("hello")
    context = VerifyContext(now=_now())
    assert "Open Badges" in verify_bytes(plain.getvalue(), context).summary
    assert "Received" in verify_bytes(share_qr, context).summary
    assert verify_bytes(words, context).verdict is Verdict.MALFORMED
    wallet, _ = Backpack.create(tmp_path / "bp", PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        (result,) = wallet.import_credentials(share_qr, file="share.png")
        assert result.outcome is Outcome.REFUSED
        assert wallet.list_records() == []


def _now():
    import datetime as dt

    return dt.datetime(2026, 1, 10, tzinfo=dt.UTC)


def test_a_damaged_picture_is_refused_not_raised():
    """Pillow raises SyntaxError on some broken PNGs; the QR fallback turns it into a verdict."""
    from backpack_app.credentials.baking import bake_png
    from tests.images import tiny_png

    baked = bake_png(tiny_png(), '{"a": 1}')
    for at in range(8, len(baked)):
        for value in (0, 1, 0x81, 0xFF):
            damaged = baked[:at] + bytes([value]) + baked[at + 1 :]
            assert verify_bytes(damaged, VerifyContext(now=_now())).verdict is Verdict.MALFORMED
