"""`backpack school issue --proof vc-jwt`: VC-JWT files that our verifier, an independent JWS
check and a family's backpack all accept, and that fail once changed."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import pickle
import shutil
import subprocess
import warnings
from datetime import datetime
from pathlib import Path

import base58
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from joserfc import jws
from joserfc.errors import BadSignatureError, SecurityWarning
from joserfc.jwk import OKPKey

from backpack_app.credentials.vc_jwt import credential_of
from backpack_app.school import issuing
from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.grading import load_grading
from backpack_app.school.issuing import VC_JWT
from backpack_app.school.oneroster import read_export
from tests import school_helpers
from tests.school_helpers import (
    FIXTURE,
    FIXTURE_GRADING,
    FIXTURE_PASSPHRASE,
    NOW,
    SCHOOL_ENV,
    files_of,
    issue,
    issue_record,
    issuer_from_key_file,
    new_issuer,
    rows,
)

MULTIKEY_ED25519 = b"\xed\x01"
export_dir = school_helpers.export_dir  # the same export and key as the DI tests use
key_file = school_helpers.key_file


@pytest.fixture
def issued(cli, key_file, export_dir, tmp_path) -> Path:
    out = tmp_path / "out"
    result = issue(cli, key_file, export_dir, out, "--proof", "vc-jwt")
    assert result.code == 0, result
    assert "Issued 29 signed credentials for 3 students" in result.out
    return out


def b64json(part: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def public_key_of(did: str) -> bytes:
    raw = base58.b58decode(did.split(":")[-1][1:])
    assert raw[:2] == MULTIKEY_ED25519
    return raw[2:]


def test_every_credential_is_a_jwt_file_listed_in_the_manifest(issued):
    listed = rows(issued, "index")
    assert len(listed) == 29
    assert {Path(r["path"]).suffix for r in listed} == {".jwt"}
    assert {r["type"] for r in listed} == {"ClrCredential", "AchievementCredential"}
    index = json.loads((issued / "index.json").read_text())
    paths = [f["path"] for s in index["students"] for f in s["files"]]
    assert sorted(paths) == sorted(r["path"] for r in listed)
    assert sorted(str(p.relative_to(issued)) for p in issued.rglob("*.jwt")) == sorted(paths)
    assert not list(issued.rglob("*_term-*.json")) and not list(issued.rglob("clr.json"))


def test_header_claims_and_signature_pass_an_independent_jws_check(issued, key_file):
    """Checked with joserfc and cryptography directly, not through Backpack's verifier."""
    did = json.loads(key_file.read_text())["did"]
    public = public_key_of(did)
    jwk = OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": b64url(public)})
    for path in issued.rglob("*.jwt"):
        token = path.read_text().strip()
        header_part, payload_part, signature_part = token.split(".")
        # OB 3.0 §8.2 names the type of its tokens JWT (VC-JOSE-COSE would say vc+jwt)
        assert b64json(header_part) == {"alg": "EdDSA", "kid": f"{did}#{did[8:]}", "typ": "JWT"}
        # RFC 7515 §5.2 by hand: Ed25519 over ASCII(header "." payload).
        Ed25519PublicKey.from_public_bytes(public).verify(
            base64.urlsafe_b64decode(signature_part + "=="),
            f"{header_part}.{payload_part}".encode(),
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SecurityWarning)
            jws.deserialize_compact(token, jwk, algorithms=["EdDSA"])
        payload = b64json(payload_part)
        assert payload["@context"][0] == "https://www.w3.org/ns/credentials/v2"
        assert "vc" not in payload and "proof" not in payload  # VC 2.0: the payload is the VC
        assert payload["iss"] == payload["issuer"]["id"] == did
        assert payload["jti"] == payload["id"]
        valid_from = datetime.fromisoformat(payload["validFrom"].replace("Z", "+00:00"))
        assert payload["nbf"] == int(valid_from.timestamp())
        # OB 3.0 §8.2: sub is the subject's id (a urn:uuid per student and school here)
        assert payload["sub"] == payload["credentialSubject"]["id"]
        assert payload["sub"].startswith("urn:uuid:")
        tampered = token[:-8] + ("A" if token[-8] != "A" else "B") + token[-7:]
        with warnings.catch_warnings(), pytest.raises(BadSignatureError):
            warnings.simplefilter("ignore", SecurityWarning)
            jws.deserialize_compact(tampered, jwk, algorithms=["EdDSA"])


def test_the_clr_holds_each_credential_as_json_with_its_own_proof(issued, export_dir):
    """CLR 2.0's verifiableCredential holds AchievementCredential objects (its JSON Schema
    refuses a string or an EnvelopedVerifiableCredential): each is the very credential of the
    token file beside it, with its own Data Integrity proof."""
    stated_gpa = {sid for sid, r in read_export(export_dir).students.items() if r.gpa is not None}
    for folder in (p for p in issued.iterdir() if p.is_dir()):
        clr = b64json((folder / "clr.jwt").read_text().split(".")[1])
        assert clr["type"] == ["VerifiableCredential", "ClrCredential"]
        inner = clr["credentialSubject"]["verifiableCredential"]
        assert {i["proof"]["cryptosuite"] for i in inner} == {"eddsa-rdfc-2022"}
        unproved = [{k: v for k, v in i.items() if k != "proof"} for i in inner]
        held = sorted(json.dumps(i, sort_keys=True) for i in unproved)
        beside = sorted(
            json.dumps(credential_of(b64json(p.read_text().split(".")[1])), sort_keys=True)
            for p in folder.glob("*.jwt")
            if p.name != "clr.jwt"
        )
        assert held == beside
        record = folder / "academic-record.jwt"
        assert record.exists() == (folder.name in stated_gpa)
        assert len(inner) == 8 + record.exists()


def test_they_verify_and_a_family_files_them_under_the_right_learner(
    cli, key_file, export_dir, issued, tmp_path
):
    trust = tmp_path / "trust.json"
    assert cli("school", "trust-entry", "--key", str(key_file), "--out", str(trust)).code == 0
    files = sorted(str(p) for p in (issued / "stu-00002").iterdir())
    checked = cli("verify", "--json", "--trust", str(trust), *files)
    assert checked.code == 0, checked
    reports = json.loads(checked.out)
    assert len(reports) == 9 and {r["verdict"] for r in reports} == {"verified"}
    [clr_report] = [r for r in reports if r["file"].endswith("clr.jwt")]
    assert len(clr_report["nested"]) == 8
    assert {n["verdict"] for n in clr_report["nested"]} == {"verified"}
    users = {u["sourcedId"]: u for u in rows(export_dir, "users")}
    assert cli("init").code == 0
    assert cli("learner", "add", "First", "--email", users["stu-00001"]["email"]).code == 0
    assert cli("learner", "add", "Second", "--sis-id", "stu-00002").code == 0
    assert cli("trust", "add", str(trust)).code == 0
    imported = cli("import", "--json", str(issued / "stu-00002" / "clr.jwt"))
    assert imported.code == 0, imported
    [entry] = json.loads(imported.out)
    assert (entry["outcome"], entry["learner"], entry["verdict"]) == (
        "imported",
        "Second",
        "verified",
    )
    assert len(entry["records_inside"]) == 8
    first = cli("import", "--json", str(issued / "stu-00001" / "MATH-1010_term-fall-2024.jwt"))
    assert first.code == 0, first
    [entry] = json.loads(first.out)
    assert (entry["outcome"], entry["learner"]) == ("imported", "First")
    second = json.loads(cli("list", "--learner", "Second", "--json").out)
    assert len(second) == 9 and {r["category"] for r in second} == {"transcript"}
    first_records = json.loads(cli("list", "--learner", "First", "--json").out)
    assert [r["category"] for r in first_records] == ["transcript"]


def test_a_tampered_jwt_is_rejected(cli, issued):
    course = next((issued / "stu-00001").glob("*_term-*.jwt"))
    header, payload, signature = course.read_text().strip().split(".")
    claims = b64json(payload)
    claims["credentialSubject"]["result"][0]["value"] = "A+"
    forged = f"{header}.{b64url(json.dumps(claims).encode())}.{signature}"
    course.write_text(forged)
    checked = cli("verify", "--json", str(course))
    assert checked.code == 1
    assert json.loads(checked.out)[0]["verdict"] == "invalid_signature"
    clr_path = issued / "stu-00001" / "clr.jwt"
    header, payload, signature = clr_path.read_text().strip().split(".")
    clr = b64json(payload)
    clr["credentialSubject"]["verifiableCredential"][0]["credentialSubject"]["result"][0][
        "value"
    ] = "A+"
    clr_path.write_text(f"{header}.{b64url(json.dumps(clr).encode())}.{signature}")
    assert cli("verify", str(clr_path)).code == 1


def test_a_clr_signed_by_the_school_around_a_forged_course_is_rejected(cli, key_file, issued):
    """Each course inside is checked on its own: the outer signature does not vouch for it."""
    issuer = issuer_from_key_file(key_file, SCHOOL_ENV["BACKPACK_SCHOOL_PASSPHRASE"])
    clr_path = issued / "stu-00003" / "clr.jwt"
    clr = credential_of(b64json(clr_path.read_text().split(".")[1]))
    clr["credentialSubject"]["verifiableCredential"][2]["credentialSubject"]["creditsEarned"] = 9
    clr_path.write_text(issuer.sign_jwt(clr))
    checked = cli("verify", "--json", str(clr_path))
    assert checked.code == 1, checked
    [report] = json.loads(checked.out)
    assert report["verdict"] == "invalid_signature"
    assert [n["verdict"] for n in report["nested"]].count("invalid_signature") == 1


def test_an_issuer_makes_its_jose_key_once_and_a_pickled_copy_signs_the_same(
    export_dir, monkeypatch
):
    """A student's tokens share one key import; a spawned worker's copy makes its own key."""
    made = []
    real = issuing.signing_key
    monkeypatch.setattr(issuing, "signing_key", lambda private: made.append(1) or real(private))
    issuer = new_issuer()
    record = read_export(export_dir).issuable()[0]

    def tokens(signer: issuing.Issuer):
        courses, clr = issue_record(signer, record, proof=VC_JWT)
        return [*courses, clr]

    first = tokens(issuer)
    assert len(first) == 9 and len(made) == 1
    assert tokens(issuer) == first and len(made) == 1
    copy = pickle.loads(pickle.dumps(issuer))  # as the job travels to a spawned worker
    assert copy == issuer and tokens(copy) == first and len(made) == 2


# --- the committed fixture, and the peer's recorded verdict on it ---------------------------------

ISSUED_JWT = FIXTURE / "issued-vc-jwt"


def test_issuing_the_fixture_as_vc_jwt_again_gives_the_same_bytes(tmp_path):
    issue_export(
        read_export(FIXTURE / "export", grading=load_grading(FIXTURE_GRADING)),
        issuer_from_key_file(FIXTURE / "school.key", FIXTURE_PASSPHRASE),
        tmp_path / "out",
        RunOptions(proof=VC_JWT),
        now=NOW,
        salt=lambda: "fixture-salt-01",
    )
    assert files_of(tmp_path / "out") == files_of(ISSUED_JWT)


def test_the_peer_verified_these_exact_jwt_bytes():
    recorded = json.loads((FIXTURE / "peer-verdict-vc-jwt.json").read_text())
    tokens = sorted(ISSUED_JWT.glob("*/*.jwt"))
    assert [r["file"] for r in recorded["results"]] == [
        str(p.relative_to(ISSUED_JWT)) for p in tokens
    ]
    for entry, path in zip(recorded["results"], tokens, strict=True):
        assert entry["verdict"] == "valid"
        assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.skipif(
    not (os.environ.get("BACKPACK_JS_PEER") and shutil.which("node")),
    reason="set BACKPACK_JS_PEER to a set-up js-vc peer folder (and have node) to run",
)
def test_the_peer_accepts_a_fresh_run_and_refuses_a_forged_token(issued, tmp_path):
    peer = Path(os.environ["BACKPACK_JS_PEER"])
    folder = tmp_path / "for-peer"
    for student in (p for p in issued.iterdir() if p.is_dir()):
        shutil.copytree(student, folder / student.name)
    header, payload, signature = (folder / "stu-00001" / "clr.jwt").read_text().split(".")
    claims = b64json(payload)
    claims["name"] = "Forged"
    (folder / "forged.jwt").write_text(
        f"{header}.{b64url(json.dumps(claims).encode())}.{signature}"
    )
    verdicts = tmp_path / "verdicts.json"
    subprocess.run(
        ["node", str(peer / "verify.mjs"), str(folder), "--quiet", "--json", str(verdicts)],
        capture_output=True,
        timeout=120,
        cwd=peer,
        check=False,
    )
    results = {r["file"]: r["verdict"] for r in json.loads(verdicts.read_text())["results"]}
    assert len(results) == 30 and results.pop("forged.jwt") == "invalid"
    assert set(results.values()) == {"valid"}
