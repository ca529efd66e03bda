"""Test helper run as a subprocess: adds entries with files and syncs, forever; killed with
SIGKILL by tests/unit/test_sync_crash.py at a random moment (often inside a sync).

Usage: python -m tests.sync_crasher HOME SEED.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from backpack_app.domain.records import Category
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE


def main() -> None:
    home, seed = Path(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    scratch = Path(tempfile.mkdtemp())
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        n = 0
        while True:
            for _ in range(rng.randint(20, 200)):
                n += 1
                f = scratch / f"f{n}.bin"
                f.write_bytes(rng.randbytes(rng.randint(1, 300_000)))
                bp.add_record(Category.PORTFOLIO, title=f"crash-{seed}-{n}", files=[f])
            print("syncing", flush=True)
            bp.sync()
            print("synced", flush=True)


if __name__ == "__main__":
    main()
