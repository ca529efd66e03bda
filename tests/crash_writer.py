"""Test helper run as a subprocess: writes to a backpack forever, printing each acknowledged id.

Usage: python -m tests.crash_writer HOME SEED. Killed with SIGKILL by tests/unit/test_crash.py.
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
            n += 1
            roll = rng.random()
            if roll < 0.1:
                # Re-wrap the master key (same passphrase, new salt): exercises header replacement.
                bp.change_passphrase(PASSPHRASE)
                continue
            files = []
            if roll < 0.4:
                f = scratch / f"f{n}.bin"
                f.write_bytes(rng.randbytes(rng.randint(1, 3_000_000)))
                files.append(f)
            rec = bp.add_record(Category.PORTFOLIO, title=f"crash-{seed}-{n}", files=files)
            print(rec.id, flush=True)


if __name__ == "__main__":
    main()
