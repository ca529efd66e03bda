"""Crash consistency: kill -9 a writer at random moments; every acknowledged record survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12


def run_and_kill(home: Path, seed: int, after: float) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_writer", str(home), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acknowledged: list[str] = []
    reader = threading.Thread(
        target=lambda: acknowledged.extend(line.strip() for line in proc.stdout if line.strip())
    )
    reader.start()
    time.sleep(after)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join()
    err = proc.stderr.read()
    assert "Traceback" not in err, err
    return acknowledged


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_acknowledged_record(home, tmp_path):
    Backpack.create(home, PASSPHRASE, kdf=FAST)[0].close()
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        bp.add_learner("Ana")
    rng = random.Random(20261122)
    acknowledged: list[str] = []
    for round_no in range(ROUNDS):
        acknowledged += run_and_kill(home, round_no, after=rng.uniform(0.6, 2.0))
        # After every kill the backpack opens and holds everything acknowledged so far.
        with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
            ids = {r.id for r in bp.list_records()}
            missing = set(acknowledged) - ids
            assert not missing, f"round {round_no}: lost {sorted(missing)[:3]}"
    assert len(acknowledged) > ROUNDS, "the writer should have acknowledged records"
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        assert bp._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for summary in bp.list_records():
            record = bp.get_record(summary.id)
            for ref in record.attachments:
                assert sum(len(c) for c in bp.attachments.iter_plaintext(ref)) == ref.size
        # Nothing half-written is visible: orphans (if any) are only unreferenced files.
        referenced = set(bp._attachment_ids())
        stray = {p.name for p in (home / "attachments").iterdir()} - referenced
        assert all(len(name) == 64 or name.startswith(".tmp-") for name in stray)
    # A header rewrite cut short may leave a temp file; the real header is whole (it opened).
    leftovers = [p.name for p in home.iterdir() if p.name.startswith(".tmp-")]
    assert all(name.endswith("vault.header") for name in leftovers)
