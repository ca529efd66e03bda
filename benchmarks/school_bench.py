"""School issuing benchmark: a sample district of N students (default 1,000, ~8 courses each),
read, signed (eddsa-rdfc-2022) and written; reports credentials signed per second.

`python -m benchmarks school --students N --jobs J`. Issue 6 asks for at least the JS peer's per-core rate.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from backpack_app.crypto.holder import new_holder_key
from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.issuing import Issuer
from backpack_app.school.oneroster import read_export
from backpack_app.school.sample import write_sample


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks school")
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv or [])
    key = new_holder_key()
    issuer = Issuer("Lincoln High School", "https://lincoln-hs.example.org", key.did, key.private)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_sample(root / "export", args.students)
        started = time.perf_counter()
        export = read_export(root / "export")
        read_seconds = time.perf_counter() - started
        summary = issue_export(
            export, issuer, root / "out", RunOptions(jobs=args.jobs), now=datetime.now(UTC)
        )
    rate = summary.credentials / summary.seconds if summary.seconds else 0.0
    print(
        f"school: {args.students} students, read {read_seconds:.2f} s; issued "
        f"{summary.credentials} credentials in {summary.seconds:.1f} s = {rate:.0f} signed/s ({args.jobs} process(es))"
    )


if __name__ == "__main__":
    main()
