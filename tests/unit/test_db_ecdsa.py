"""Credentials signed by an independent implementation: Digital Bazaar's ECDSA cryptosuites
(tests/peers/db-ecdsa, recorded in tests/fixtures/db-ecdsa). The recorded verdicts always run;
signing a fresh set with node runs only when BACKPACK_DB_ECDSA=1 (issue #17)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backpack_app.credentials.verifier import VerifyContext, verify_bytes, verify_document
from backpack_app.domain.verification import Verdict
from tests.unit.test_cryptosuites import signed_by

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "db-ecdsa"
PEER = ROOT / "tests" / "peers" / "db-ecdsa"
NOW = dt.datetime(2026, 12, 31, tzinfo=dt.UTC)
EXPECTED = {
    "db-ecdsa-rdfc-2019-p256.json": Verdict.UNKNOWN_ISSUER,
    "db-ecdsa-rdfc-2019-p384.json": Verdict.UNKNOWN_ISSUER,
    "db-ecdsa-sd-2023-base.json": Verdict.UNSUPPORTED,
    "db-ecdsa-sd-2023-derived.json": Verdict.UNSUPPORTED,
}


def check(folder: Path) -> None:
    for name, verdict in EXPECTED.items():
        report = verify_bytes((folder / name).read_bytes(), VerifyContext(now=NOW))
        assert report.verdict is verdict, (name, report.summary)


def test_recorded_credentials_have_their_recorded_verdicts():
    check(FIXTURES)


@pytest.mark.parametrize("name", ["db-ecdsa-rdfc-2019-p256.json", "db-ecdsa-rdfc-2019-p384.json"])
def test_an_edit_to_an_independently_signed_credential_is_caught(name):
    doc = json.loads((FIXTURES / name).read_text())
    edited = copy.deepcopy(doc)
    edited["credentialSubject"]["result"][0]["value"] = "A+"
    assert verify_document(edited, VerifyContext(now=NOW)).verdict is Verdict.INVALID_SIGNATURE


@pytest.mark.skipif(os.environ.get("BACKPACK_DB_ECDSA") != "1", reason="set BACKPACK_DB_ECDSA=1")
def test_freshly_signed_credentials_have_the_same_verdicts(tmp_path):
    if shutil.which("node") is None or not (PEER / "node_modules").is_dir():
        pytest.skip("needs node and `npm ci` in tests/peers/db-ecdsa")
    subprocess.run(["node", "sign.mjs", str(tmp_path)], cwd=PEER, check=True, timeout=120)
    check(tmp_path)


@pytest.mark.skipif(os.environ.get("BACKPACK_DB_ECDSA") != "1", reason="set BACKPACK_DB_ECDSA=1")
def test_digital_bazaar_verifies_what_backpack_signs(tmp_path):
    if shutil.which("node") is None or not (PEER / "node_modules").is_dir():
        pytest.skip("needs node and `npm ci` in tests/peers/db-ecdsa")
    for n, curve in enumerate(["P-256", "P-384"] * 3):
        doc = signed_by("ecdsa-rdfc-2019", curve)
        (tmp_path / f"{n}.json").write_text(json.dumps(doc))
    done = subprocess.run(
        ["node", "verify.mjs", str(tmp_path)], cwd=PEER, capture_output=True, text=True, timeout=120
    )
    assert "6 verified, 0 failed" in done.stdout, done.stdout + done.stderr
