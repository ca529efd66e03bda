"""Verification benchmark: 1,000 peer-signed credentials (850 OB 3.0 + 150 CLR 2.0, eddsa-rdfc-2022).

Prints credentials/second for Backpack in one process (in the library, as the peer times itself)
and for the whole `backpack verify` process (start-up included), beside the JS peer's
`verify.mjs` on the same folder (its own timing, and its whole process), with the ratios.

The folder is made at run time, never committed: by the JS peer (`issue.mjs --mix perf`) when
node and the peer's folder (`shared/peers/js-vc`, beside the project) are there, otherwise by
the tests' own signer, so the benchmark always runs. Targets (issue: fast offline verification):
whole process >= 4x the peer's whole process, one process >= 2.5x the peer.

`--ecdsa`: 1,000 ECDSA credentials signed by Backpack (ecdsa-rdfc-2019 and ecdsa-jcs-2019, P-256
and P-384), beside Digital Bazaar's verifiers in tests/peers/db-ecdsa (after its `npm ci`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from backpack_app.credentials.batch import available_cores
from backpack_app.credentials.verifier import VerifyContext, verify_bytes

PEER = Path(__file__).resolve().parents[2] / "shared" / "peers" / "js-vc"
ROOT = Path(__file__).resolve().parents[1]
COUNT, CLR_SHARE = 1000, 0.15
SEED = "backpack-bench-1"
WHOLE_TARGET, SINGLE_TARGET = 4.0, 2.5


def say(text: str) -> None:
    print(text, flush=True)


def row(name: str, per_second: float, note: str = "") -> None:
    say(f"{name:<52} {per_second:>9.1f} cred/s  {note}")


def node_available() -> str | None:
    if not PEER.is_dir():
        say(f"JS peer not found beside the project ({PEER.name} in shared/peers): skipping it.")
        return None
    if shutil.which("node") is None:
        say("node is not installed: skipping the JS peer.")
        return None
    return shutil.which("node")


def setup_peer(scratch: Path) -> Path | None:
    """A working copy of the peer with its pinned packages, or None if that fails; the one
    BACKPACK_JS_PEER names when it is set up already (as the start-up benchmark uses)."""
    ready = os.environ.get("BACKPACK_JS_PEER")
    if ready and (Path(ready) / "node_modules").is_dir() and shutil.which("node"):
        return Path(ready)
    if node_available() is None:
        return None
    peer = scratch / "js-vc"
    shutil.copytree(PEER, peer, ignore=shutil.ignore_patterns("node_modules"))
    say("setting up the JS peer (npm ci from its lock file, self-test) ...")
    done = subprocess.run(["bash", "setup.sh"], cwd=peer, capture_output=True, text=True)
    if done.returncode != 0:
        say(f"JS peer setup failed, skipping it:\n{done.stdout[-800:]}{done.stderr[-800:]}")
        return None
    return peer


def issue_with_peer(peer: Path, out: Path) -> bool:
    say(f"issuing {COUNT} credentials with the JS peer (--mix perf) ...")
    done = subprocess.run(
        [
            "node",
            "issue.mjs",
            "--out",
            str(out),
            "--count",
            str(COUNT),
            "--mix",
            "perf",
            "--no-negatives",
            "--seed",
            SEED,
        ],
        cwd=peer,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        say(f"JS peer could not issue: {done.stderr[-800:]}")
    return done.returncode == 0


def issue_synthetic(out: Path) -> None:
    """The same mix signed by the tests' own signer (when the peer cannot be used)."""
    sys.path.insert(0, str(ROOT))
    from tests.issuing import clr_credential, course_credential, new_school

    say(f"issuing {COUNT} credentials with Backpack's own test signer ...")
    out.mkdir(parents=True, exist_ok=True)
    school = new_school()
    clrs = int(COUNT * CLR_SHARE)
    for i in range(COUNT):
        course = school.sign(course_credential(school, course=f"Course {i % 37}"))
        if i < clrs:
            inner = [school.sign(course_credential(school, course=f"Unit {j}")) for j in range(4)]
            doc, name = school.sign(clr_credential(school, inner)), f"clr2-{i:04d}.json"
        else:
            doc, name = course, f"ob3-{i:04d}.json"
        (out / name).write_text(json.dumps(doc), encoding="utf-8")


ECDSA_MIX = (
    ("ecdsa-rdfc-2019", "P-256"),
    ("ecdsa-rdfc-2019", "P-384"),
    ("ecdsa-jcs-2019", "P-256"),
    ("ecdsa-jcs-2019", "P-384"),
)


def issue_ecdsa(out: Path) -> None:
    """1,000 OB 3.0 course credentials, a quarter in each ECDSA suite and curve (did:key)."""
    sys.path.insert(0, str(ROOT))
    from tests.unit.test_cryptosuites import signed_by

    say(f"issuing {COUNT} ECDSA credentials (P-256/P-384, rdfc/jcs) with Backpack's signer ...")
    out.mkdir(parents=True, exist_ok=True)
    for i in range(COUNT):
        suite, curve = ECDSA_MIX[i % len(ECDSA_MIX)]
        name = f"{suite}-{curve}-{i:04d}.json"
        (out / name).write_text(json.dumps(signed_by(suite, curve)), encoding="utf-8")


def ecdsa_peer() -> Path | None:
    """Digital Bazaar's ECDSA/JCS verifiers (tests/peers/db-ecdsa, after its `npm ci`): the
    JS peer for the ECDSA mix, since the js-vc peer verifies EdDSA suites only."""
    peer = ROOT / "tests" / "peers" / "db-ecdsa"
    if shutil.which("node") is None or not (peer / "node_modules").is_dir():
        say("no ECDSA JS peer (run `npm ci` in tests/peers/db-ecdsa to compare with it)")
        return None
    return peer


def credential_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.name != "manifest.json")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peer_run(peer: Path, folder: Path, count: int) -> tuple[float, float]:
    """The peer's own cred/s (process start excluded) and its whole process's cred/s."""
    start = time.perf_counter()
    done = subprocess.run(
        ["node", "verify.mjs", str(folder), "--quiet"], cwd=peer, capture_output=True, text=True
    )
    whole = count / (time.perf_counter() - start)
    found = re.search(r"=>\s*([\d.]+)\s*credentials/s", done.stdout)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"the peer's verify.mjs failed:\n{done.stdout[-800:]}")
    return float(found.group(1)), whole


def library_run(files: list[Path]):
    """One process, in the library: JSON parsing and verification of files already read."""
    data = [p.read_bytes() for p in files]
    ctx = VerifyContext(now=dt.datetime.now(dt.UTC))
    verify_bytes(data[0], ctx)  # the first call loads and processes the shipped contexts

    def run() -> None:
        for blob in data:
            report = verify_bytes(blob, ctx)
            if not report.valid:
                raise RuntimeError(f"benchmark credential did not verify: {report.summary}")

    return lambda: len(data) / timed(run)


def cli_run(files: list[Path]):
    """The whole `backpack verify` process, start-up included."""
    command = [sys.executable, "-m", "backpack_app", "verify", *map(str, files)]

    def run() -> None:
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise RuntimeError(f"backpack verify failed:\n{done.stdout[-800:]}{done.stderr[-800:]}")

    return lambda: len(files) / timed(run)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks verify")
    parser.add_argument("--runs", type=int, default=3, help="repetitions; medians are printed")
    parser.add_argument("--folder", type=Path, help="verify this folder instead of issuing one")
    parser.add_argument(
        "--ecdsa",
        action="store_true",
        help="a 1,000-credential ECDSA mix, signed by Backpack; the peer is Digital Bazaar's "
        "ECDSA/JCS verifiers in tests/peers/db-ecdsa",
    )
    args = parser.parse_args(argv)
    say(f"Backpack verification benchmark ({available_cores()} cores, {args.runs} runs each)")
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        peer = ecdsa_peer() if args.ecdsa else setup_peer(scratch)
        folder = args.folder or scratch / "credentials"
        if args.ecdsa and args.folder is None:
            issue_ecdsa(folder)
        elif args.folder is None and not (peer and issue_with_peer(peer, folder)):
            issue_synthetic(folder)
        files = credential_files(folder)
        say(f"{len(files)} credentials in the folder")
        # Runs are interleaved so that load from elsewhere on the machine hits all alike.
        library, cli = library_run(files), cli_run(files)
        numbers: dict[str, list[float]] = {"one": [], "whole": [], "peer": [], "peer whole": []}
        for n in range(args.runs):
            numbers["one"].append(library())
            numbers["whole"].append(cli())
            if peer is not None:
                own, peer_whole = peer_run(peer, folder, len(files))
                numbers["peer"].append(own)
                numbers["peer whole"].append(peer_whole)
            say(f"  run {n + 1}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in numbers.items() if v))
        single, whole = (statistics.median(numbers[k]) for k in ("one", "whole"))
        say(f"medians of {args.runs} runs:")
        row("Backpack, one process (in the library)", single)
        row("Backpack, whole `backpack verify` process", whole, "(start-up included)")
        if peer is None:
            say("no JS peer numbers to compare with")
            return
        peer_own, peer_whole = (statistics.median(numbers[k]) for k in ("peer", "peer whole"))
        row("JS peer verify.mjs, its own timing", peer_own, "(process start excluded)")
        row("JS peer verify.mjs, whole node process", peer_whole)

        def verdict(ratio: float, target: float) -> str:
            return f"{ratio:.2f}x  (target {target}x: {'met' if ratio >= target else 'NOT MET'})"

        def paired(ours: str, theirs: str) -> str:
            # Each run's ratio compares numbers taken moments apart, under the same load.
            ratios = [a / b for a, b in zip(numbers[ours], numbers[theirs], strict=True)]
            return f"per run {', '.join(f'{r:.2f}' for r in ratios)}; median {statistics.median(ratios):.2f}x"

        say(f"whole process vs peer's whole process  {verdict(whole / peer_whole, WHOLE_TARGET)}")
        say(f"  {paired('whole', 'peer whole')}")
        say(f"one process vs peer's own timing       {verdict(single / peer_own, SINGLE_TARGET)}")
        say(f"  {paired('one', 'peer')}")
        say(f"whole process vs peer's own timing     {whole / peer_own:.2f}x")


if __name__ == "__main__":
    main()
