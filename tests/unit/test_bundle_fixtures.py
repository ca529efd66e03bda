"""Bundles of released format versions keep opening; the exported presentation is standard."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backpack_app.credentials.proofs import verify_linked_data_proof
from backpack_app.credentials.verifier import VerifyContext, verify_document, verify_token
from backpack_app.crypto.sealing import ReceivingKey
from backpack_app.errors import ShareExpired
from backpack_app.sharing.receive import open_share

BUNDLES = Path(__file__).resolve().parents[1] / "fixtures" / "bundles"
MANIFEST = json.loads((BUNDLES / "manifest.json").read_text(encoding="utf-8"))
CREATED = dt.datetime.fromisoformat(MANIFEST["created"])
RECIPIENT = ReceivingKey(
    private=bytes.fromhex(MANIFEST["recipient_private_hex"]),
    public=bytes.fromhex(MANIFEST["recipient_public_hex"]),
)


def ctx(days: int = 1) -> VerifyContext:
    return VerifyContext(now=CREATED + dt.timedelta(days=days))


def test_v1_card_bundle_opens_with_the_recipient_key():
    opened = open_share(BUNDLES / "bundle_v1_card.backpack", ctx=ctx(), receiving=RECIPIENT)
    assert opened.valid and opened.share_id == MANIFEST["card_share_id"]
    assert sorted(r.title for r in opened.records) == MANIFEST["titles"]
    assert [r.title for r in opened.records if r.self_reported] == ["Food Bank"]
    assert opened.presentation == json.loads(
        (BUNDLES / "presentation_v1.json").read_text(encoding="utf-8")
    )


def test_v1_code_bundle_opens_with_its_code_and_then_expires():
    path = BUNDLES / "bundle_v1_code.backpack"
    assert open_share(path, ctx=ctx(), code=MANIFEST["code"]).valid
    with pytest.raises(ShareExpired):
        open_share(path, ctx=ctx(days=31), code=MANIFEST["code"])


def test_v2_code_bundle_opens_and_its_key_follows_the_documented_steps():
    """Also the test vector for another implementation (docs/bundle-format.md)."""
    import base64
    import hashlib

    from backpack_app.crypto.kdf import KdfParams
    from backpack_app.crypto.sealing import code_key

    v2 = json.loads((BUNDLES / "manifest_v2.json").read_text(encoding="utf-8"))
    path = BUNDLES / "bundle_v2_code.backpack"
    assert path.read_bytes()[8:10] == b"\x00\x02"
    when = VerifyContext(now=dt.datetime.fromisoformat(v2["created"]) + dt.timedelta(days=1))
    opened = open_share(path, ctx=when, code=v2["code"])
    assert opened.valid and opened.share_id == v2["share_id"]
    assert opened.presentation["proof"]["domain"] == v2["domain"]
    settings = v2["argon2id"]
    key = code_key(
        v2["code"].lower().replace("-", " "),  # typed loosely: normalized first
        salt=base64.urlsafe_b64decode(v2["salt"]),
        params=KdfParams(settings["memory_kib"], settings["iterations"], settings["lanes"]),
    )
    assert key.hex() == v2["content_key_hex"]
    binding = hashlib.sha256(b"backpack code share binding\0" + key).hexdigest()
    assert v2["domain"] == "urn:backpack:code:" + binding


def test_exported_presentation_checks_with_our_own_verifier():
    vp = json.loads((BUNDLES / "presentation_v1.json").read_text(encoding="utf-8"))
    verify_linked_data_proof(
        copy.deepcopy(vp),
        vp["proof"],
        purpose="authentication",
        controller=vp["holder"]["id"],
        challenge=MANIFEST["card_share_id"],
        domain=MANIFEST["domain"],
    )
    for item in vp["verifiableCredential"]:
        if item["type"] == "EnvelopedVerifiableCredential":
            report = verify_token(item["id"].split(",", 1)[1], ctx())
        else:
            report = verify_document(copy.deepcopy(item), ctx())
        assert report.valid, report.summary
    peer = json.loads((BUNDLES / "presentation_v1.peer.json").read_text(encoding="utf-8"))
    assert peer["ok"] and peer["challenge"] == MANIFEST["card_share_id"]
    assert len(peer["credentials"]) == len(vp["verifiableCredential"])


@pytest.mark.skipif(
    not (os.environ.get("BACKPACK_JS_PEER") and shutil.which("node")),
    reason="set BACKPACK_JS_PEER to a set-up js-vc peer folder (and have node) to run",
)
def test_peer_accepts_the_exported_presentation():
    peer = Path(os.environ["BACKPACK_JS_PEER"])
    result = subprocess.run(
        [
            "node",
            str(peer / "verify-presentation.mjs"),
            str(BUNDLES / "presentation_v1.json"),
            "--challenge",
            MANIFEST["card_share_id"],
            "--domain",
            MANIFEST["domain"],
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=peer,
    )
    assert result.returncode == 0, result.stdout + result.stderr
