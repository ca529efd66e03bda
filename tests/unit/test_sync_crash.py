"""A computer killed (SIGKILL) while syncing: its log may end in half a record. The other
computer merges up to the last whole record; the killed one cuts the half record at its next
sync; both end with the same, undamaged backpack."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.sync_helpers import content, join

ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_during_sync_never_corrupts(tmp_path, wallet):
    folder = tmp_path / "shared"
    wallet.sync_setup(folder)
    home = wallet.layout.home
    wallet.close()
    other = join(folder, tmp_path / "b")
    rng = random.Random(20)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for seed in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync_crasher", str(home), str(seed)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the first sync has begun
        assert line == b"syncing\n", proc.stderr.read() if proc.stderr else line
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        other.sync()  # reads whatever the killed one left, up to its last whole record
        assert other.check() == []
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        assert bp.check() == []
        first = bp.sync()
        assert first.problems == []
        other_report = other.sync()
        assert other_report.problems == [], other_report
        bp.sync()
        assert content(bp) == content(other)
        assert bp.check() == [] and other.check() == []
    other.close()
