"""Receiving benchmark: a whole receive (the link read, every request, each credential checked
and stored) against the tiny issuer of the tests and, when BACKPACK_ISSUER_PEER names a set-up
copy of the independent issuer, against it; plus one OpenID4VP answer to a signed request.

Target (issue 18): a whole receive well within its 45 s limit; the median is printed.
`python -m benchmarks receive [--runs N]`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from backpack_app.crypto.kdf import KdfParams, KdfPolicy
from backpack_app.online import Asks
from backpack_app.wallet import Backpack
from tests.tiny_issuer import TinyIssuer

FAST = KdfPolicy(floor=KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1), calibrate=False)
LIMIT_SECONDS = 45.0


def _browser(url: str) -> None:
    import httpx

    threading.Thread(target=httpx.get, args=(url,), kwargs={"follow_redirects": True}).start()


def _timed(runs: int, once: Callable[[Backpack], None]) -> list[float]:
    seconds = []
    with tempfile.TemporaryDirectory() as root:
        for run in range(runs):
            wallet, _ = Backpack.create(Path(root) / f"bp{run}", "benchmark passphrase", kdf=FAST)
            with wallet:
                wallet.add_learner("Ana Rivera")
                started = time.perf_counter()
                once(wallet)
                seconds.append(time.perf_counter() - started)
    return seconds


def _say(what: str, seconds: list[float]) -> None:
    median = statistics.median(seconds)
    verdict = "ok" if max(seconds) < LIMIT_SECONDS else "OVER"
    print(f"  {what:<64} median {median:6.2f} s  max {max(seconds):6.2f} s  {verdict}")


def _tiny(runs: int) -> None:
    def offer(wallet: Backpack) -> None:
        with TinyIssuer() as issuer:
            assert wallet.receive_link(issuer.offer_by_reference()).all_stored

    def sign_in(wallet: Backpack) -> None:
        with TinyIssuer("sign-in") as issuer:
            assert wallet.receive_link(issuer.offer(), asks=Asks(sign_in=_browser)).all_stored

    def present(wallet: Backpack) -> None:
        with TinyIssuer() as issuer:
            ids = [r.record_id for r in wallet.receive_link(issuer.offer()).results]
            link = issuer.vp_link(
                signed=True, client="did:key", by_reference=True, formats=("ldp_vc", "jwt_vc_json")
            )
            started = time.perf_counter()
            wallet.answer_request(wallet.records_request(link), ids)
            present.seconds.append(time.perf_counter() - started)  # type: ignore[attr-defined]

    present.seconds = []  # type: ignore[attr-defined]
    _say("tiny issuer: offer by reference, 2 credentials", _timed(runs, offer))
    _say("tiny issuer: sign-in (PKCE, loopback), 2 credentials", _timed(runs, sign_in))
    _timed(runs, present)
    _say("OpenID4VP: signed request, ldp_vc + jwt_vc_json answered", present.seconds)  # type: ignore[attr-defined]


def _peer(runs: int, folder: str) -> None:
    server = subprocess.Popen(
        ["node", "server.mjs", "--port", "0", "--variant", "default", "--lifetime", "300"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        base = json.loads(server.stdout.readline())["base"]  # type: ignore[union-attr]

        def session() -> dict:
            import httpx

            return httpx.post(f"{base}/test/session", content=b"", timeout=15).json()

        def offer(wallet: Backpack) -> None:
            assert wallet.receive_link(session()["offer"]).all_stored

        def exchange(wallet: Backpack) -> None:
            assert wallet.receive_link(session()["lcw_link"]).all_stored

        _say("peer issuer: OpenID4VCI 1.0 offer by reference, 2 credentials", _timed(runs, offer))
        _say(
            "peer issuer: VC-API exchange (DIDAuthentication), 1 credential", _timed(runs, exchange)
        )
    finally:
        server.terminate()
        server.wait(10)


def main(argv: list[str] | None = None) -> None:
    argv = argv or []
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    print(f"receive: a whole receive, {runs} runs each (limit {LIMIT_SECONDS:g} s)")
    _tiny(runs)
    folder = os.environ.get("BACKPACK_ISSUER_PEER")
    if folder and (Path(folder) / "node_modules").is_dir():
        _peer(runs, folder)
    else:
        print("  peer issuer: skipped (set BACKPACK_ISSUER_PEER to a set-up copy)")
