"""Receiving from a school's link against a real issuer on 127.0.0.1 (tests/tiny_issuer.py):
OpenID4VCI 1.0 and draft 13, by value and by reference, a transaction code, a VC-API exchange,
and every bad answer: each a sentence, nothing stored."""

from __future__ import annotations

import json
import threading
from urllib.parse import quote

import pytest

from backpack_app.domain.verification import Verdict
from backpack_app.errors import FetchFailed, ReceiveCancelled, ReceiveFailed
from backpack_app.online import Asks
from tests.tiny_issuer import TinyIssuer


def stored(wallet) -> int:
    return len(wallet.listed_records())


@pytest.mark.parametrize("mode", ["ok", "draft13"])
def test_an_offer_by_value_brings_every_credential_bound_to_the_learner(wallet, mode):
    with TinyIssuer(mode) as issuer:
        receipt = wallet.receive_link(issuer.offer())
    assert receipt.issuer_name == "Tiny Test School" and receipt.domain.startswith("127.0.0.1:")
    assert receipt.all_stored and len(receipt.results) == 2
    ana = wallet.learner()
    for result in receipt.results:
        # Genuine, from an issuer not in the trust list: kept, with that warning.
        assert result.report.verdict is Verdict.UNKNOWN_ISSUER
        assert result.learner == ana and result.record_id
        recipient = next(c for c in result.report.checks if c.id.value == "recipient")
        assert "key" in recipient.detail
        row = wallet.credential(result.record_id)
        if row.format == "vc-json":  # kept as received (a token is kept as its text)
            assert json.loads(row.original)["credentialSubject"]["id"] == ana.did
    assert {wallet.credential(r.record_id).format for r in receipt.results} == {"vc-json", "vc-jwt"}
    assert stored(wallet) == 2


def test_a_vc_1_1_jwt_names_its_holder_in_sub(wallet):
    with TinyIssuer("vc11") as issuer:
        receipt = wallet.receive_link(issuer.offer(["Course_jwt_vc_json"]))
    [result] = receipt.results
    assert receipt.all_stored, result.report.checks
    recipient = next(c for c in result.report.checks if c.id.value == "recipient")
    assert recipient.status.value == "passed" and "key" in recipient.detail


def test_an_offer_by_reference_and_a_transaction_code(wallet):
    typed = []

    def tx_code(code):
        typed.append(code.length)
        return "4821"

    with TinyIssuer(tx_code="4821") as issuer:
        receipt = wallet.receive_link(issuer.offer_by_reference(), asks=Asks(tx_code=tx_code))
        assert issuer.requests[0] == "GET /offer"
    assert receipt.all_stored and typed == [4]


def test_a_vc_api_exchange_answers_did_authentication(wallet):
    with TinyIssuer() as issuer:
        receipt = wallet.receive_link(issuer.exchange_link())
        assert issuer.requests == ["POST /exchanges/1", "POST /exchanges/1"]
    assert receipt.all_stored and len(receipt.results) == 1
    assert receipt.issuer_name == "Tiny Test School"


def test_an_interaction_url_says_which_exchange(wallet):
    with TinyIssuer() as issuer:
        receipt = wallet.receive_link(f"{issuer.base}/interact?iuv=1")
        assert issuer.requests[0] == "GET /interact?iuv=1"
    assert receipt.all_stored and len(receipt.results) == 1


def test_consent_comes_before_the_offer_is_spent_and_declining_sends_nothing(wallet):
    seen = []

    def decline(domain, name):
        seen.append((domain, name))
        raise ReceiveCancelled()

    with TinyIssuer() as issuer:
        with pytest.raises(ReceiveCancelled):
            wallet.receive_link(issuer.offer(), asks=Asks(confirm=decline))
        assert not any("token" in r for r in issuer.requests)
    assert seen == [(issuer.base.removeprefix("http://"), "Tiny Test School")]
    assert stored(wallet) == 0


def test_cancel_stops_the_receive(wallet):
    cancel = threading.Event()
    cancel.set()
    with TinyIssuer() as issuer, pytest.raises(ReceiveCancelled):
        wallet.receive_link(issuer.offer(), cancel=cancel)
    assert stored(wallet) == 0


@pytest.mark.parametrize(
    ("mode", "sentence"),
    [
        ("other issuer", "names another issuer"),
        ("malformed token", "The token endpoint sent an answer Backpack cannot use"),
        ("huge token", "larger than 8 MB"),
        ("malformed credential", "The credential endpoint sent an answer Backpack cannot use"),
        ("huge credential", "larger than 8 MB"),
        ("gzip", "compressed answer"),
    ],
)
def test_a_bad_answer_is_one_sentence_and_nothing_is_stored(wallet, mode, sentence):
    with TinyIssuer(mode) as issuer, pytest.raises((ReceiveFailed, FetchFailed), match=sentence):
        wallet.receive_link(issuer.offer())
    assert stored(wallet) == 0


@pytest.mark.parametrize(
    "path", ["/.well-known/openid-credential-issuer", "/token", "/nonce", "/credential"]
)
def test_a_stall_at_any_step_is_a_sentence_within_the_limits(wallet, path):
    limits = {"request_seconds": 0.3, "action_seconds": 5}
    too_slow = pytest.raises(FetchFailed, match="did not answer in time")
    with TinyIssuer(f"slow {path}", delay=1.0) as issuer, too_slow:
        wallet.receive_link(issuer.offer(), limits=limits)
    assert stored(wallet) == 0


def test_the_whole_receive_has_one_deadline(wallet):
    # Each step answers within its own limit, but together they pass the action's.
    limits = {"request_seconds": 1.0, "action_seconds": 0.5}
    too_slow = pytest.raises(FetchFailed, match="did not answer in time")
    with TinyIssuer("slow /token", delay=0.6) as issuer, too_slow:
        wallet.receive_link(issuer.offer(), limits=limits)


@pytest.mark.parametrize(
    ("mode", "verdict", "detail"),
    [
        ("tampered", Verdict.INVALID_SIGNATURE, "changed after signing"),
        ("other holder", Verdict.UNKNOWN_ISSUER, "bound to another holder"),
    ],
)
def test_a_credential_that_fails_is_refused_and_not_stored(wallet, mode, verdict, detail):
    with TinyIssuer(mode) as issuer:
        receipt = wallet.receive_link(issuer.offer(["Course_ldp_vc"]))
    [result] = receipt.results
    assert result.outcome.value == "refused" and not receipt.all_stored
    assert result.report.verdict is verdict
    assert any(detail in c.detail for c in result.report.checks)
    assert stored(wallet) == 0


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def learner(cli):
    assert cli("init", "--learner", "Ana Rivera").code == 0


def test_cli_receive_says_who_and_exits_0_for_an_untrusted_but_genuine_issuer(cli, learner):
    with TinyIssuer() as issuer:
        done = cli("receive", issuer.offer(), "--learner", "Ana Rivera")
    assert done.code == 0, done
    assert "Tiny Test School (127.0.0.1:" in done.out and "imported as rec-" in done.out
    assert "not in your trust list" in done.out
    assert "Receiving from Tiny Test School at 127.0.0.1:" in done.err


def test_cli_receive_json_and_a_transaction_code_from_the_environment(cli, learner):
    with TinyIssuer(tx_code="0042") as issuer:
        done = cli("receive", issuer.offer(), "--json", env={"BACKPACK_TX_CODE": "0042"})
    assert done.code == 0, done
    receipt = json.loads(done.out)
    assert receipt["issuer"]["name"] == "Tiny Test School"
    assert [r["outcome"] for r in receipt["results"]] == ["imported", "imported"]


def test_cli_receive_reads_an_internet_shortcut(cli, learner, tmp_path):
    with TinyIssuer() as issuer:
        shortcut = tmp_path / "offer.url"
        shortcut.write_text(f"[InternetShortcut]\nURL={issuer.offer()}\n")
        done = cli("receive", str(shortcut))
    assert done.code == 0, done


def test_cli_receive_reads_a_qr_code_picture(cli, learner, tmp_path):
    import qrcode

    with TinyIssuer() as issuer:
        picture = tmp_path / "offer.png"
        qrcode.make(issuer.exchange_link()).save(picture)
        done = cli("receive", str(picture))
    assert done.code == 0, done


@pytest.mark.parametrize(
    ("link", "sentence"),
    [
        ("openid-credential-offer://?credential_offer=%7Bnot-json", "offer is malformed"),
        ("mailto:someone@example.org", "does not know this kind of link"),
        (
            "openid-credential-offer://?credential_offer_uri=" + quote("http://example.org/o"),
            "not an HTTPS address",
        ),
        ("openid4vp://?client_id=x", "names no address to answer to"),
    ],
)
def test_cli_a_link_that_cannot_be_used_is_exit_1_without_a_request(cli, learner, link, sentence):
    done = cli("receive", link)
    assert done.code == 1 and sentence in done.err and "Traceback" not in done.err, done
    assert "Nothing was stored." in done.err


@pytest.mark.parametrize("mode", ["tampered", "other holder", "other issuer", "huge token"])
def test_cli_a_bad_issuer_is_exit_1_and_nothing_stored(cli, learner, mode):
    with TinyIssuer(mode) as issuer:
        done = cli("receive", issuer.offer(["Course_ldp_vc"]))
    assert done.code == 1 and "Traceback" not in done.err + done.out, done
    assert cli("list").out.strip() == "" or "rec-" not in cli("list").out


def test_cli_bad_options_are_exit_2(cli, learner):
    with TinyIssuer() as issuer:
        assert cli("receive", issuer.offer(), "--learner", "Nobody").code == 2
        # A code the issuer wants, no terminal and no BACKPACK_TX_CODE: a missing option.
    with TinyIssuer(tx_code="1234") as issuer:
        done = cli("receive", issuer.offer())
    assert done.code == 2 and "BACKPACK_TX_CODE" in done.err
    assert cli("receive").code == 2


# --- the client's own rules ------------------------------------------------------------------


def test_a_website_cannot_send_backpack_to_this_computer():
    from backpack_app.online.http import Session

    with Session() as session:
        session._went_out = True  # as after a request to a school's website
        with pytest.raises(FetchFailed, match="is on this computer"):
            session.get("http://127.0.0.1:9/token")
        with pytest.raises(FetchFailed, match="is on this computer"):
            session.get("https://localhost:9/token")


def test_typing_a_code_does_not_count_against_the_deadline(wallet):
    import time

    def slow_typist(code):
        time.sleep(2.5)
        return "1357"

    limits = {"request_seconds": 2.0, "action_seconds": 2.0}
    with TinyIssuer(tx_code="1357") as issuer:
        receipt = wallet.receive_link(issuer.offer(), asks=Asks(tx_code=slow_typist), limits=limits)
    assert receipt.all_stored


# --- progress and stopping -------------------------------------------------------------------


def test_a_stop_while_checking_stores_nothing(wallet):
    cancel = threading.Event()

    def progress(step, number=0, total=0):
        if step == "checking":
            cancel.set()  # as Ctrl+C or Cancel does once everything has come

    with TinyIssuer() as issuer, pytest.raises(ReceiveCancelled):
        wallet.receive_link(issuer.offer(), asks=Asks(progress=progress), cancel=cancel)
    assert stored(wallet) == 0


def test_cli_receive_says_each_step_on_stderr_and_nothing_with_json(cli, learner):
    with TinyIssuer() as issuer:
        done = cli("receive", issuer.offer())
        quiet = cli("receive", issuer.offer(), "--json")
    assert done.code == 0, done
    lines = done.err.splitlines()
    expected = [
        "Fetching the offer…",
        "Reading what the issuer says about itself…",
        "Asking for access to the offered records…",
        "Getting a fresh one-time code (nonce) to sign…",
        "Receiving credential 1 of 2…",
        "Getting a fresh one-time code (nonce) to sign…",
        "Receiving credential 2 of 2…",
        "Checking what came, on this computer…",
    ]
    assert [line for line in lines if line in expected] == expected
    assert quiet.code == 0 and not any(line in expected for line in quiet.err.splitlines())


def test_cli_ctrl_c_stops_the_receive_with_exit_1_and_nothing_stored(cli, learner):
    import os
    import signal
    import time

    def press_ctrl_c_once_the_credential_is_asked_for(issuer):
        for _ in range(300):
            if any("/credential" in r for r in issuer.requests):
                os.kill(os.getpid(), signal.SIGINT)
                return
            time.sleep(0.05)

    handler = signal.getsignal(signal.SIGINT)
    with TinyIssuer("slow /credential", delay=3.0) as issuer:
        watcher = threading.Thread(
            target=press_ctrl_c_once_the_credential_is_asked_for, args=(issuer,)
        )
        watcher.start()
        started = time.monotonic()
        done = cli("receive", issuer.offer(["Course_ldp_vc"]))
        watcher.join()
    assert done.code == 1 and "Stopped; nothing was received or stored." in done.err, done
    assert "Traceback" not in done.err and time.monotonic() - started < 2.9
    assert "rec-" not in cli("list").out
    assert signal.getsignal(signal.SIGINT) is handler  # put back


# --- the issue's "Bad input" list, each case not covered above ------------------------------


@pytest.mark.parametrize(
    ("mode", "sentence"),
    [
        ("malformed metadata", "sent an answer Backpack cannot use \\(credential_endpoint"),
        ("http endpoint", "credential endpoint cannot be used: .* not an HTTPS address"),
    ],
)
def test_unusable_metadata_is_a_sentence_before_the_offer_is_spent(wallet, mode, sentence):
    with TinyIssuer(mode) as issuer, pytest.raises(ReceiveFailed, match=sentence):
        wallet.receive_link(issuer.offer())
    assert stored(wallet) == 0


def test_a_malformed_offer_behind_its_address_is_a_sentence(wallet):
    with TinyIssuer("malformed offer") as issuer:
        with pytest.raises(ReceiveFailed, match="offer is malformed"):
            wallet.receive_link(issuer.offer_by_reference())
        assert issuer.requests == ["GET /offer"]
    assert stored(wallet) == 0


def test_redirects_are_bounded(wallet):
    with TinyIssuer() as issuer:
        link = "openid-credential-offer://?credential_offer_uri=" + quote(f"{issuer.base}/loop")
        with pytest.raises(FetchFailed, match="redirects too many times"):
            wallet.receive_link(link)
        assert len(issuer.requests) == 6  # the first request and five redirects


def test_a_credential_answer_trickling_in_runs_into_the_limit(wallet):
    limits = {"request_seconds": 1.0, "action_seconds": 10}
    too_slow = pytest.raises(FetchFailed, match="did not answer in time")
    with TinyIssuer("trickle") as issuer, too_slow:
        wallet.receive_link(issuer.offer(["Course_ldp_vc"]), limits=limits)
    assert stored(wallet) == 0


def test_something_that_is_no_credential_is_refused(wallet):
    with TinyIssuer("not a credential") as issuer:
        receipt = wallet.receive_link(issuer.offer(["Course_ldp_vc"]))
    [result] = receipt.results
    assert result.outcome.value == "refused" and result.report.verdict is Verdict.MALFORMED
    assert stored(wallet) == 0


@pytest.mark.parametrize(
    ("mode", "verdict", "detail"),
    [
        ("tampered", Verdict.INVALID_SIGNATURE, "changed after signing"),
        ("other holder", Verdict.UNKNOWN_ISSUER, "bound to another holder"),
    ],
)
@pytest.mark.parametrize("how", ["jwt_vc_json", "vc-api"])
def test_a_jwt_or_exchanged_credential_that_fails_is_refused(wallet, mode, verdict, detail, how):
    with TinyIssuer(mode) as issuer:
        link = issuer.exchange_link() if how == "vc-api" else issuer.offer(["Course_jwt_vc_json"])
        receipt = wallet.receive_link(link)
    [result] = receipt.results
    assert result.outcome.value == "refused" and result.report.verdict is verdict
    assert any(detail in c.detail for c in result.report.checks), result.report.checks
    assert stored(wallet) == 0


@pytest.mark.parametrize(
    "mode", ["malformed metadata", "not a credential", "malformed credential", "huge credential"]
)
def test_cli_bad_answers_are_exit_1_with_a_sentence(cli, learner, mode):
    with TinyIssuer(mode) as issuer:
        done = cli("receive", issuer.offer(["Course_ldp_vc"]))
    assert done.code == 1 and "Traceback" not in done.err + done.out, done
    assert done.err.strip().splitlines()[-1].startswith("backpack: ") or "not imported" in done.out
    assert "rec-" not in cli("list").out


def test_https_still_has_trusted_roots_where_the_system_names_none():
    import ssl

    from backpack_app.online.http import default_tls

    nowhere = ssl.DefaultVerifyPaths(None, None, "", "", "", "")  # as a frozen app on macOS
    context = default_tls(nowhere)
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 50  # certifi's Mozilla list
