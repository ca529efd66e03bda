"""Test helper run as a subprocess: one computer adding and editing entries and syncing
through a folder another process syncs through at the same time.

Usage: python -m tests.sync_worker HOME NAME ROUNDS. Prints each command's exit code.
"""

from __future__ import annotations

import io
import sys

from backpack_app.cli.main import run
from tests.conftest import FAST, PASSPHRASE


def cli(home: str, *argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(
        ["--home", home, *argv],
        kdf=FAST,
        environ={"BACKPACK_PASSPHRASE": PASSPHRASE},
        stdout=out,
        stderr=err,
        interactive=False,
    )
    return code, out.getvalue() + err.getvalue()


def main() -> None:
    home, name, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    first = None
    for n in range(rounds):
        code, out = cli(home, "add", "service", "--org", f"{name} {n}", "--hours", str(n + 1))
        print("add", code, flush=True)
        first = first or out.strip()
        if n % 2:
            code, _ = cli(home, "edit", first, "--hours", str(100 + n))
            print("edit", code, flush=True)
        code, out = cli(home, "sync")
        print("sync", code, out.replace("\n", " | "), flush=True)


if __name__ == "__main__":
    main()
