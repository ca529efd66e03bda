"""OpenID4VP 1.0 requests a desktop wallet can check offline: request objects by reference
(GET or POST) and by value, signed by a verifier named `decentralized_identifier:` with a
did:key or did:jwk (the signature checked before anything is shown), and answers as Data
Integrity presentations for `ldp_vc` and VP-JWTs for `jwt_vc_json`, each checked by the
verifier in the tests (tests/tiny_verifier.py, our own verifier) and by the JS peer's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backpack_app.credentials.vc_jwt import read_compact_jws
from backpack_app.crypto.holder import new_holder_key
from backpack_app.errors import ReceiveFailed
from tests.tiny_issuer import TinyIssuer

BOTH = ("ldp_vc", "jwt_vc_json")
PEER = os.environ.get("BACKPACK_JS_PEER")
needs_peer = pytest.mark.skipif(
    not (PEER and (Path(PEER) / "node_modules").is_dir() and shutil.which("node")),
    reason="set BACKPACK_JS_PEER to a set-up js-vc peer folder (and have node) to run",
)


def received(wallet, issuer) -> dict[str, str]:
    """Both credentials of an offer, stored: {format as stored: record id}."""
    receipt = wallet.receive_link(issuer.offer())
    return {wallet.credential(r.record_id).format: r.record_id for r in receipt.results}


@pytest.mark.parametrize(
    "how",
    [
        {"client": "did:key", "by_reference": True},
        {"client": "did:jwk", "by_reference": True},
        {"client": "did:key", "by_value": True},
        {"client": "did:jwk", "by_reference": True, "request_uri_method": "post"},
    ],
    ids=["did:key by reference", "did:jwk by reference", "did:key by value", "POST request_uri"],
)
def test_a_signed_request_is_checked_and_answered(wallet, how):
    with TinyIssuer() as issuer:
        records = received(wallet, issuer)
        asked = wallet.records_request(issuer.vp_link(signed=True, **how))
        assert asked.request.verifier_domain == issuer.client_id
        assert [m.id for m in asked.matches] == [records["vc-json"]]  # ldp_vc: not the JWT
        entry = wallet.answer_request(asked, [records["vc-json"]])
        [vp] = issuer.presented
    assert vp["proof"]["domain"] == issuer.client_id and entry.records == [records["vc-json"]]
    if how.get("request_uri_method") == "post":
        assert "POST /vp-request" in issuer.requests


def test_jwt_vc_json_is_answered_with_a_vp_jwt_beside_the_ldp_vc_presentation(wallet):
    with TinyIssuer() as issuer:
        records = received(wallet, issuer)
        asked = wallet.records_request(
            issuer.vp_link(signed=True, client="did:key", formats=BOTH, by_reference=True)
        )
        assert {m.id for m in asked.matches} == set(records.values())
        assert [a.format for a in asked.request.asked] == list(BOTH)
        wallet.answer_request(asked, list(records.values()))
        di, token = issuer.presented  # both checked by the verifier (our verifier inside it)
    header, claims = read_compact_jws(token)
    holder = wallet.learner().did
    assert header["kid"].startswith(holder + "#") and claims["iss"] == holder
    assert claims["aud"] == issuer.client_id and claims["nonce"] == di["proof"]["challenge"]
    [inner] = claims["vp"]["verifiableCredential"]
    assert inner == wallet.credential(records["vc-jwt"]).original.decode().strip()


def test_a_jwt_only_request_fits_only_the_jwt(wallet):
    with TinyIssuer() as issuer:
        records = received(wallet, issuer)
        asked = wallet.records_request(issuer.vp_link(formats=("jwt_vc_json",)))
        assert [m.id for m in asked.matches] == [records["vc-jwt"]]
        wallet.answer_request(asked, [records["vc-jwt"]])
        [token] = issuer.presented
    assert isinstance(token, str) and token.count(".") == 2


@pytest.mark.parametrize(
    ("how", "sentence"),
    [
        ({"tamper": True}, "not signed by the verifier it names"),
        ({"signer": "another key"}, "not signed by the verifier it names"),
        ({"typ": "JWT"}, "not typed as a request object"),
        ({"client": "did:jwk", "typ": "JWT"}, "not typed as a request object"),
        ({"client_id": "x509_san_dns:verifier.example"}, "certificate \\(x509_san_dns\\)"),
        ({"client_id": "x509_hash:Uvo3HtuIxuhC92rShpgqcT3YXwrqRxWEviRiA0OZszk"}, "x509_hash"),
        ({"client_id": "decentralized_identifier:did:web:verifier.example"}, "did:web"),
        ({"client_id": "verifier-registered-somewhere"}, "cannot check yet"),
        ({"exp": 1_000_000_000}, "has expired"),
    ],
)
def test_a_request_whose_signer_cannot_be_checked_sends_nothing(wallet, how, sentence):
    if how.get("signer"):
        how["signer"] = new_holder_key()
    options = {"client": "did:key", "by_reference": True, **how}
    with TinyIssuer() as issuer:
        received(wallet, issuer)
        with pytest.raises(ReceiveFailed, match=sentence):
            wallet.records_request(issuer.vp_link(signed=True, **options))
        assert issuer.presented == []


def test_a_request_object_naming_another_verifier_than_its_link_is_refused(wallet):
    with TinyIssuer() as issuer:
        link = issuer.vp_link(signed=True, client="did:key", by_reference=True)
        mine = issuer.client_id.split(":")[-1]
        forged = link.replace(mine, new_holder_key().did.split(":")[-1])
        assert forged != link
        with pytest.raises(ReceiveFailed, match="another verifier than its link"):
            wallet.records_request(forged)


def test_a_did_verifier_asking_unsigned_in_the_link_is_refused(wallet):
    with TinyIssuer() as issuer:
        client_id, _kid = issuer.verifier_client("did:key")
        with pytest.raises(ReceiveFailed, match="not signed"):
            wallet.records_request(issuer.vp_link(client_id=client_id))


@needs_peer
def test_the_js_peer_accepts_both_answers_and_refuses_another_nonce(wallet, tmp_path):
    with TinyIssuer() as issuer:
        records = received(wallet, issuer)
        link = issuer.vp_link(signed=True, client="did:jwk", formats=BOTH, by_reference=True)
        asked = wallet.records_request(link)
        wallet.answer_request(asked, list(records.values()))
        di, token = issuer.presented
    nonce, client_id = asked.request.challenge, issuer.client_id
    file = tmp_path / "vp.json"
    file.write_text(json.dumps(di))

    def di_peer(challenge: str) -> subprocess.CompletedProcess:
        script = Path(PEER) / "verify-presentation.mjs"
        argv = ["node", str(script), str(file), "--challenge", challenge, "--domain", client_id]
        return subprocess.run(argv, capture_output=True, text=True, timeout=120)

    script = (Path(__file__).parents[1] / "peers" / "verify_vp_jwt.mjs").read_text()

    def jwt_peer(nonce_given: str) -> subprocess.CompletedProcess:
        argv = ["node", "--input-type=module", "-e", script, token, nonce_given, client_id]
        return subprocess.run(argv, cwd=PEER, capture_output=True, text=True, timeout=120)

    assert di_peer(nonce).returncode == 0, di_peer(nonce).stdout
    assert di_peer("another-nonce").returncode != 0
    accepted = jwt_peer(nonce)
    assert accepted.returncode == 0 and "ok: 1 credential(s)" in accepted.stdout, accepted
    assert jwt_peer("another-nonce").returncode != 0


def test_cli_present_answers_a_signed_request(cli):
    assert cli("init", "--learner", "Ana Rivera").code == 0
    with TinyIssuer() as issuer:
        assert cli("receive", issuer.offer()).code == 0
        link = issuer.vp_link(signed=True, client="did:key", formats=BOTH, by_reference=True)
        sent = cli("present", link, "--send")
        assert sent.code == 0 and "Sent 2 records to" in sent.out, sent
        assert "Reading the request…" in sent.err and "Sending the signed presentation…" in sent.err
        assert len(issuer.presented) == 2


def test_cli_ctrl_c_while_reading_a_request_is_exit_1_and_nothing_sent(cli):
    import os
    import signal
    import threading
    import time

    assert cli("init", "--learner", "Ana Rivera").code == 0

    def ctrl_c_once_asked(issuer):
        for _ in range(300):
            if "GET /vp-request" in issuer.requests:
                os.kill(os.getpid(), signal.SIGINT)
                return
            time.sleep(0.05)

    with TinyIssuer("slow /vp-request", delay=3.0) as issuer:
        link = issuer.vp_link(signed=True, client="did:key", by_reference=True)
        watcher = threading.Thread(target=ctrl_c_once_asked, args=(issuer,))
        watcher.start()
        done = cli("present", link, "--send")
        watcher.join()
    assert done.code == 1 and "Stopped; nothing was sent." in done.err, done
    assert issuer.presented == [] and "request" not in cli("shares").out
