"""Answering a verifier's request for records (VC-API QueryByExample) against a verifier on
127.0.0.1 that checks the presentation for real (tests/tiny_issuer.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backpack_app.domain.records import Category
from backpack_app.errors import ReceiveFailed, UserError
from tests.tiny_issuer import TinyIssuer


def received(wallet, issuer) -> list[str]:
    return [r.record_id for r in wallet.receive_link(issuer.offer(["Course_ldp_vc"])).results]


def test_a_request_shows_what_fits_and_sends_only_what_was_chosen(wallet):
    with TinyIssuer() as issuer:
        [course] = received(wallet, issuer)
        goal = wallet.add_record(Category.GOAL, title="Read 20 books").id
        asked = wallet.records_request(issuer.records_link)
        assert [m.id for m in asked.matches] == [course]  # the goal is no AchievementCredential
        assert asked.request.asked[0].reason == "Admissions wants your course records."
        assert issuer.presented == []  # asking what is wanted sends nothing
        entry = wallet.answer_request(asked, [course])
        [vp] = issuer.presented
    assert vp["holder"] == wallet.learner().did and len(vp["verifiableCredential"]) == 1
    assert vp["proof"]["domain"] == issuer.base
    assert entry.mode == "request" and entry.records == [course]
    assert entry.status(now=entry.created).value == "sent"  # not "expired": it was posted
    assert entry.recipient == issuer.base.removeprefix("http://")
    assert [s.id for s in wallet.shares()] == [entry.id]
    with pytest.raises(UserError, match="fit the request"):
        wallet.answer_request(asked, [goal])


def test_a_link_that_offers_rather_than_asks_says_so(wallet):
    with TinyIssuer() as issuer, pytest.raises(ReceiveFailed, match="does not ask for records"):
        wallet.records_request(issuer.exchange_link())


@pytest.fixture
def learner(cli):
    assert cli("init", "--learner", "Ana Rivera").code == 0


def test_cli_present_shows_then_sends_with_send(cli, learner):
    with TinyIssuer() as issuer:
        assert cli("receive", issuer.offer(["Course_ldp_vc"])).code == 0
        shown = cli("present", issuer.records_link)
        assert shown.code == 0 and "Admissions wants your course records." in shown.out
        assert "Nothing was sent" in shown.out and issuer.presented == []
        as_json = json.loads(cli("present", issuer.records_link, "--json").out)
        assert len(as_json["matches"]) == 1
        sent = cli("present", issuer.records_link, "--send")
        assert sent.code == 0 and "Sent 1 record to" in sent.out, sent
        assert len(issuer.presented) == 1
    assert "request" in cli("shares").out or cli("shares").code == 0


def test_cli_receive_of_a_request_link_points_to_present(cli, learner):
    with TinyIssuer() as issuer:
        done = cli("receive", issuer.records_link)
    assert done.code == 1 and "backpack present" in done.err


@pytest.mark.skipif(
    not (os.environ.get("BACKPACK_JS_PEER") and shutil.which("node")),
    reason="set BACKPACK_JS_PEER to a set-up js-vc peer folder (and have node) to run",
)
def test_the_js_peer_accepts_the_presentation_and_refuses_another_challenge(wallet, tmp_path):
    with TinyIssuer() as issuer:
        [course] = received(wallet, issuer)
        wallet.answer_request(wallet.records_request(issuer.records_link), [course])
        [vp] = issuer.presented
    file = tmp_path / "vp.json"
    file.write_text(json.dumps(vp))
    script = Path(os.environ["BACKPACK_JS_PEER"]) / "verify-presentation.mjs"

    def peer(challenge: str) -> int:
        argv = ["node", str(script), str(file), "--challenge", challenge, "--domain", issuer.base]
        return subprocess.run(argv, capture_output=True, text=True, timeout=120).returncode

    assert peer(vp["proof"]["challenge"]) == 0
    assert peer("another-challenge") != 0


# --- OpenID4VP 1.0 -------------------------------------------------------------------------


@pytest.mark.parametrize("by_reference", [False, True])
def test_an_openid4vp_request_is_answered_with_direct_post(wallet, by_reference):
    with TinyIssuer() as issuer:
        [course] = received(wallet, issuer)
        asked = wallet.records_request(issuer.vp_link(by_reference=by_reference))
        assert [m.id for m in asked.matches] == [course]
        assert asked.request.asked[0].types == ("VerifiableCredential", "AchievementCredential")
        assert issuer.presented == []
        entry = wallet.answer_request(asked, [course])
        [vp] = issuer.presented
    assert vp["proof"]["challenge"] == asked.request.challenge
    assert entry.recipient == issuer.base.removeprefix("http://")


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"signed": True}, "by an address but comes signed"),
        ({"client_id": "x509_san_dns:verifier.example"}, "with a certificate \\(x509_san_dns\\)"),
        ({"response_mode": "fragment"}, "does not send"),
        ({"response_uri": "http://verifier.example/cb"}, "not an HTTPS address"),
        ({"dcql_query": '{"credentials": [{"id": "m", "format": "mso_mdoc"}]}'}, "ldp_vc"),
    ],
)
def test_an_openid4vp_request_backpack_cannot_answer_sends_nothing(wallet, changes, sentence):
    with TinyIssuer() as issuer:
        signed = changes.pop("signed", False)
        link = issuer.vp_link(by_reference=signed, signed=signed, **changes)
        with pytest.raises(ReceiveFailed, match=sentence):
            wallet.records_request(link)
        assert issuer.presented == []


def test_cli_receive_of_an_openid4vp_link_points_to_present(cli, learner):
    with TinyIssuer() as issuer:
        done = cli("receive", issuer.vp_link())
    assert done.code == 1 and "backpack present" in done.err
