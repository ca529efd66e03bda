"""Credentials signed by an independent implementation: Digital Bazaar's ECDSA and JCS
cryptosuites (tests/peers/db-ecdsa, recorded in tests/fixtures/db-ecdsa). The recorded verdicts always run;
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
    "db-ecdsa-jcs-2019-p256.json": Verdict.UNKNOWN_ISSUER,
    "db-ecdsa-jcs-2019-p384.json": Verdict.UNKNOWN_ISSUER,
    "db-eddsa-jcs-2022.json": Verdict.UNKNOWN_ISSUER,
    "db-ecdsa-sd-2023-base.json": Verdict.UNSUPPORTED,
    "db-ecdsa-sd-2023-derived.json": Verdict.UNSUPPORTED,
}


def check(folder: Path) -> None:
    for name, verdict in EXPECTED.items():
        report = verify_bytes((folder / name).read_bytes(), VerifyContext(now=NOW))
        assert report.verdict is verdict, (name, report.summary)


def test_recorded_credentials_have_their_recorded_verdicts():
    check(FIXTURES)


GENUINE = [name for name, verdict in EXPECTED.items() if verdict is Verdict.UNKNOWN_ISSUER]


@pytest.mark.parametrize("name", GENUINE)
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
    for n, (suite, curve) in enumerate(BACKPACK_SIGNED * 2):
        doc = signed_by(suite, curve)
        (tmp_path / f"{n}.json").write_text(json.dumps(doc))
    done = subprocess.run(
        ["node", "verify.mjs", str(tmp_path)], cwd=PEER, capture_output=True, text=True, timeout=120
    )
    assert "10 verified, 0 failed" in done.stdout, done.stdout + done.stderr


# Backpack first hashed a JCS proof's options with the document's @context without writing it
# into the proof: self-consistent, but Digital Bazaar's verifier (and the spec's Verify Proof)
# hash the proof as written, and refused all three. The JCS proof now carries the context.
BACKPACK_SIGNED = [
    ("ecdsa-rdfc-2019", "P-256"),
    ("ecdsa-rdfc-2019", "P-384"),
    ("ecdsa-jcs-2019", "P-256"),
    ("ecdsa-jcs-2019", "P-384"),
    ("eddsa-jcs-2022", "Ed25519"),
]


@pytest.mark.parametrize("suite", ["ecdsa-jcs-2019", "eddsa-jcs-2022"])
def test_a_jcs_proof_backpack_makes_carries_the_documents_context(suite):
    doc = signed_by(suite, "Ed25519" if suite.startswith("eddsa") else "P-256")
    assert doc["proof"]["@context"] == doc["@context"]
    without = copy.deepcopy(doc)
    del without["proof"]["@context"]  # the signed proof options change: no longer the same
    assert verify_document(without, VerifyContext(now=NOW)).verdict is Verdict.INVALID_SIGNATURE
