"""Receiving from the independent issuer (../shared/peers/issuer: OpenWallet Foundation
OpenID4VCI libraries, Digital Bazaar signing). Runs when BACKPACK_ISSUER_PEER names a copy of it
where `npm ci` has been run (.ci/run sets that up); skipped otherwise."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from backpack_app.domain.verification import Verdict
from backpack_app.errors import FetchFailed
from backpack_app.online import Asks

PEER = os.environ.get("BACKPACK_ISSUER_PEER")
pytestmark = pytest.mark.skipif(
    not PEER or not (Path(PEER) / "node_modules").is_dir() or not shutil.which("node"),
    reason="BACKPACK_ISSUER_PEER does not name a set-up copy of the test issuer",
)
ISSUER_DID = "did:key:z6MkjeNvCpHYZp4sJ1Z725k75MFBoGzBAwpSv7EddYyRquiV"


@pytest.fixture
def peer():
    """`peer(variant, *options)` starts the issuer and returns its JSON line; killed after."""
    started: list[subprocess.Popen] = []

    def start(variant: str, *options: str) -> dict:
        process = subprocess.Popen(
            [
                "node",
                "server.mjs",
                "--port",
                "0",
                "--variant",
                variant,
                "--lifetime",
                "120",
                *options,
            ],
            cwd=PEER,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        started.append(process)
        return json.loads(process.stdout.readline())

    yield start
    for process in started:
        process.terminate()
        process.wait(10)


def kept(receipt, count: int) -> None:
    assert receipt.all_stored and len(receipt.results) == count, receipt.results
    for result in receipt.results:
        assert result.report.verdict is Verdict.UNKNOWN_ISSUER
        assert result.report.issuer_id == ISSUER_DID


def test_offers_by_reference_and_by_value_and_both_wallet_links(wallet, peer):
    info = peer("default")
    kept(wallet.receive_link(info["offer"]), 2)
    kept(wallet.receive_link(info["offer_by_value"]), 2)
    kept(wallet.receive_link(info["lcw_link"]), 1)
    info = peer("default")
    kept(wallet.receive_link(info["dccrequest_link"]), 1)
    assert len(wallet.listed_records()) == 6


@pytest.mark.parametrize(("variant", "count"), [("draft13", 2), ("jwt", 1)])
def test_draft_13_and_jwt_only_offers(wallet, peer, variant, count):
    receipt = wallet.receive_link(peer(variant)["offer"])
    kept(receipt, count)
    assert receipt.issuer_name == "Peer Test Academy"


def test_a_transaction_code(wallet, peer):
    info = peer("tx-code")
    receipt = wallet.receive_link(info["offer"], asks=Asks(tx_code=lambda code: info["tx_code"]))
    kept(receipt, 2)


def test_a_bad_signature_is_refused_and_nothing_is_stored(wallet, peer):
    info = peer("bad-signature")
    for link in (info["offer"], info["lcw_link"]):
        receipt = wallet.receive_link(link)
        assert receipt.results and not receipt.all_stored
        assert {r.report.verdict for r in receipt.results} == {Verdict.INVALID_SIGNATURE}
    assert wallet.listed_records() == []


def test_a_slow_issuer_runs_into_the_limit(wallet, peer):
    info = peer("slow", "--slow-ms", "1500")
    with pytest.raises(FetchFailed, match="did not answer in time"):
        wallet.receive_link(info["offer"], limits={"request_seconds": 0.5})
    assert wallet.listed_records() == []


def test_the_command_line_against_the_peer(cli, peer):
    assert cli("init", "--learner", "Ana Rivera").code == 0
    info = peer("tx-code")
    done = cli("receive", info["offer"], env={"BACKPACK_TX_CODE": info["tx_code"]})
    assert done.code == 0, done
    assert "Peer Test Academy (127.0.0.1:" in done.out
