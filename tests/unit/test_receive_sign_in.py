"""The authorization code grant (an offer without a pre-authorized code): the learner signs in
at the school in the browser, the code comes back to a listener on 127.0.0.1 (RFC 8252), and is
traded with the PKCE verifier (S256). The "browser" here is an HTTP client that follows the
authorization server's redirect, against the real server of tests/tiny_authorization.py."""

from __future__ import annotations

import threading

import httpx
import pytest

from backpack_app.errors import ReceiveCancelled, ReceiveFailed
from backpack_app.online import Asks
from backpack_app.online.authorization import pkce_pair
from tests.tiny_issuer import TinyIssuer

opened: list[str] = []


def browser(url: str) -> None:
    """What the system's browser does, at once: open the page, follow it back to Backpack."""
    opened.append(url)
    threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()


def stored(wallet) -> int:
    return len(wallet.listed_records())


@pytest.mark.parametrize("mode", ["sign-in", "sign-in par"])
def test_a_sign_in_brings_every_offered_credential(wallet, mode):
    steps: list[tuple] = []
    asks = Asks(sign_in=browser, progress=lambda *step: steps.append(step))
    with TinyIssuer(mode) as issuer:
        from backpack_app.online import read_link

        preview = wallet.preview_link(read_link(wallet_link := issuer.offer()))
        assert preview.sign_in and preview.tx_code is None
        receipt = wallet.receive_link(wallet_link, asks=asks)
        assert issuer.signed_in == {}  # the code was used, once
    assert receipt.all_stored and len(receipt.results) == 2
    assert [s[0] for s in steps] == [
        "offer",
        "metadata",
        "sign-in",
        "token",
        "nonce",
        "credential",
        "nonce",
        "credential",
        "checking",
    ]
    assert ("credential", 2, 2) in steps
    if mode == "sign-in par":  # the browser carried only the pushed request's reference
        assert "request_uri=urn" in opened[-1] and "code_challenge" not in opened[-1]
    else:
        assert "code_challenge_method=S256" in opened[-1] and "state=" in opened[-1]


@pytest.mark.parametrize(
    ("mode", "sentence"),
    [
        ("sign-in other state", "does not belong to the sign-in Backpack started"),
        ("sign-in other server", "comes from another server"),
        ("sign-in denied", "without giving access \\(access_denied\\)"),
        ("sign-in plain", "PKCE with S256"),
    ],
)
def test_a_sign_in_that_goes_wrong_is_a_sentence_and_nothing_is_stored(wallet, mode, sentence):
    with TinyIssuer(mode) as issuer, pytest.raises(ReceiveFailed, match=sentence):
        wallet.receive_link(issuer.offer(), asks=Asks(sign_in=browser))
    assert stored(wallet) == 0
    assert not any("/credential" in r for r in issuer.requests)


def test_nobody_signing_in_runs_out_of_time(wallet):
    limits = {"sign_in_seconds": 0.6}
    with TinyIssuer("sign-in") as issuer, pytest.raises(ReceiveFailed, match="did not finish"):
        wallet.receive_link(issuer.offer(), asks=Asks(sign_in=lambda url: None), limits=limits)
    assert stored(wallet) == 0


def test_cancel_while_waiting_for_the_sign_in(wallet):
    cancel = threading.Event()
    asks = Asks(sign_in=lambda url: threading.Timer(0.3, cancel.set).start())
    with TinyIssuer("sign-in") as issuer, pytest.raises(ReceiveCancelled):
        wallet.receive_link(issuer.offer(), asks=asks, cancel=cancel)
    assert stored(wallet) == 0 and not any("/token" in r for r in issuer.requests)


def test_the_listener_answers_only_its_callback_and_then_closes():
    from backpack_app.online.loopback import Redirect

    with Redirect() as redirect:
        port_page = redirect.uri.rsplit("/", 1)[0]
        threading.Timer(0.1, httpx.get, args=(port_page + "/favicon.ico",)).start()
        threading.Timer(0.3, httpx.get, args=(redirect.uri + "?code=c&state=s",)).start()
        import time

        answer = redirect.wait(5, check=lambda: None, clock=time.monotonic)
    assert answer == {"code": "c", "state": "s"}
    with pytest.raises(httpx.ConnectError):
        httpx.get(redirect.uri)


def test_pkce_pairs_are_fresh_and_s256():
    import base64
    import hashlib

    verifier, challenge = pkce_pair()
    assert 43 <= len(verifier) <= 128 and pkce_pair()[0] != verifier
    digest = hashlib.sha256(verifier.encode()).digest()
    assert challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def test_cli_receive_opens_the_browser_and_says_each_step(cli, monkeypatch):
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", browser)  # no real browser on the test machine
    assert cli("init", "--learner", "Ana Rivera").code == 0
    with TinyIssuer("sign-in") as issuer:
        done = cli("receive", issuer.offer(["Course_ldp_vc"]))
    assert done.code == 0, done
    assert "Sign in at 127.0.0.1:" in done.err and "Waiting for you to sign in" in done.err
    assert "Receiving credential 1 of 1" in done.err


def test_cli_ctrl_c_while_waiting_for_the_sign_in(cli, monkeypatch):
    import os
    import signal
    import time
    import webbrowser

    shown: list[str] = []

    def press_ctrl_c_once_the_page_is_shown():
        for _ in range(300):
            if shown:
                time.sleep(0.3)  # the listener is waiting
                os.kill(os.getpid(), signal.SIGINT)
                return
            time.sleep(0.05)

    monkeypatch.setattr(webbrowser, "open", shown.append)  # a person who does not sign in
    assert cli("init", "--learner", "Ana Rivera").code == 0
    with TinyIssuer("sign-in") as issuer:
        watcher = threading.Thread(target=press_ctrl_c_once_the_page_is_shown)
        watcher.start()
        done = cli("receive", issuer.offer())
        watcher.join()
        assert not any("/token" in r for r in issuer.requests)
    assert done.code == 1 and "Stopped; nothing was received or stored." in done.err, done
    assert "rec-" not in cli("list").out
