"""School issuing benchmark: a sample district of N students (default 1,000, ~9 credentials
each), read, signed and written; reports credentials signed per second and peak memory.

`python -m benchmarks school [--students N] [--jobs J] [--proof eddsa-rdfc-2022|vc-jwt]
[--read-only] [--export DIR] [--peer N]`. `make bench` runs the default size only; the district-sized stretch run is
opt-in: `python -m benchmarks school --students 10000 --jobs 2` (target: under 10 minutes on 2
cores, memory bounded: workers write each student's files and send back only their paths).
Issue 6 asks for at least the JS peer's per-core rate (`node issue.mjs`, ~78 signed/s).

The sample is written by a child process, so the peak memory reported "after reading" is the
reader's own (issue 15: at most 200 MB for 10,000 students × 8 courses; `--read-only` stops
there, a cheap proxy for the long signing run). `python -m benchmarks.school_bench ...` runs it
without importing the other benchmarks (Qt's alone is ~60 MiB before any reading).

Issue 15's whole run, one setting per command (the sample written once, then reused):
`python -m benchmarks.school_bench --students 10000 --export /tmp/district --jobs 1 --peer 300`
and the same with `--jobs 2`. `--export DIR` writes the sample there when DIR does not exist
and reuses it when it does (so the children's peak is the workers' alone); `--peer N` then
times the JS peer's `node issue.mjs --count N --mix perf --no-negatives` (OB 3.0 and CLR 2.0,
eddsa-rdfc-2022) in `$BACKPACK_JS_PEER`, right after our run, and prints both rates.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from backpack_app.crypto.holder import new_holder_key
from backpack_app.domain.vocabulary import DATA_INTEGRITY, PROOFS
from backpack_app.school.batch import RunOptions, issue_export
from backpack_app.school.grading import load_grading
from backpack_app.school.issuing import Issuer
from backpack_app.school.oneroster import read_export
from backpack_app.school.sample import write_sample


def _peak_mib(who: int) -> float:
    kib = resource.getrusage(who).ru_maxrss
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024  # bytes on macOS


def _peer_rate(count: int) -> str:
    """The JS peer's own signing rate (its issue.mjs times only its signing), or why not."""
    peer = os.environ.get("BACKPACK_JS_PEER")
    if not peer:
        return "JS peer: not measured (set BACKPACK_JS_PEER to a set-up js-vc peer folder)"
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as out:
        command = ["node", "issue.mjs", "--out", out, "--count", str(count), "--mix", "perf"]
        done = subprocess.run(
            [*command, "--no-negatives"],
            cwd=peer,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"issued (\d+) positive credentials .* in ([\d.]+) s", done.stdout)
    if done.returncode != 0 or not found:
        return f"JS peer: issue.mjs failed ({(done.stderr or done.stdout).strip()[-200:]})"
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = sum(getattr(after, f) - getattr(cpu_before, f) for f in ("ru_utime", "ru_stime"))
    issued, seconds = int(found[1]), float(found[2])
    return (
        f"JS peer (issue.mjs --mix perf, one process): {issued} credentials in {seconds:.1f} s "
        f"= {issued / seconds:.0f} signed/s, {issued / cpu:.0f} per CPU second (node's whole "
        f"run, {cpu:.1f} CPU s, start-up and writing included)"
    )


def _cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (the workers)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks school")
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--proof", choices=PROOFS, default=DATA_INTEGRITY)
    parser.add_argument("--read-only", action="store_true", help="measure reading only")
    parser.add_argument(
        "--sign-first",
        type=int,
        metavar="N",
        help="read the whole export but sign only its first N students (the parent's peak "
        "with every record held, without the long signing run)",
    )
    parser.add_argument("--export", type=Path, help="write the sample here once, then reuse it")
    parser.add_argument("--peer", type=int, metavar="N", help="then time the JS peer on N")
    parser.add_argument("--write-sample", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv or [])
    if args.write_sample:
        write_sample(args.write_sample, args.students)
        return
    key = new_holder_key()
    issuer = Issuer("Lincoln High School", "https://lincoln-hs.example.org", key.did, key.private)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sample = args.export or root / "export"
        wrote_sample = not sample.exists()
        if wrote_sample:
            subprocess.run(  # in a process of its own: its memory is not the reader's
                [
                    sys.executable,
                    "-m",
                    "benchmarks.school_bench",
                    "--write-sample",
                    str(sample),
                    "--students",
                    str(args.students),
                ],
                check=True,
            )
        print(f"school: {_load()} at the start", flush=True)
        grading = load_grading(sample / "grading.toml")
        before = _peak_mib(resource.RUSAGE_SELF)  # the imports (all benchmarks' via __main__)
        started = time.perf_counter()
        export = read_export(sample, grading=grading)
        read_seconds = time.perf_counter() - started
        read_peak = _peak_mib(resource.RUSAGE_SELF)
        print(
            f"school: {args.students} students read in {read_seconds:.2f} s, peak memory "
            f"{read_peak:.0f} MiB after reading, {before:.0f} MiB before "
            f"({len(export.problems)} problems)",
            flush=True,
        )
        if args.read_only:
            return
        first = None
        if args.sign_first:
            first = {sid for sid in list(export.students)[: args.sign_first]}
        shown = -1

        def progress(done: int, total: int) -> None:
            nonlocal shown
            if total >= 5000 and done * 10 // total > shown:  # a line per tenth on long runs
                shown = done * 10 // total
                print(f"  {done}/{total} students", file=sys.stderr, flush=True)

        cpu_before = _cpu_seconds()
        summary = issue_export(
            export,
            issuer,
            root / "out",
            RunOptions(jobs=args.jobs, proof=args.proof, students=first),
            now=datetime.now(UTC),
            progress=progress,
        )
        cpu = _cpu_seconds() - cpu_before  # the workers' too: the pool has ended
    rate = summary.credentials / summary.seconds if summary.seconds else 0.0
    # On a shared machine the wall rate says as much about the others' load as about ours;
    # the rate per CPU second is comparable across runs and with the peer's.
    per_cpu = summary.credentials / cpu if cpu else 0.0
    print(
        f"school: {args.students} students, read {read_seconds:.2f} s; issued "
        f"{summary.credentials} credentials ({args.proof}) in {summary.seconds:.1f} s = "
        f"{rate:.0f} signed/s ({args.jobs} process(es)), {per_cpu:.0f} per CPU second "
        f"({cpu:.0f} CPU s); peak memory "
        f"{_peak_mib(resource.RUSAGE_SELF):.0f} MiB here, "
        f"{_peak_mib(resource.RUSAGE_CHILDREN):.0f} MiB in the largest child "
        f"({'the sample writer included' if wrote_sample else 'the workers'}); "
        f"{_load()} at the end",
        flush=True,
    )
    if args.peer:
        print(f"school: {_peer_rate(args.peer)}; {_load()}")


if __name__ == "__main__":
    main(sys.argv[1:])
