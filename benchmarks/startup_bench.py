"""Start-up benchmark (issue 16): whole processes, as a user or a script starts them.

Side by side in one run, interleaved so that load from elsewhere hits all alike, each timed
`--runs` times (min / median / max): `backpack --version` and `--help`; `backpack verify
ONE.json` (a peer-signed OB 3.0 eddsa-rdfc-2022 credential) beside the JS peer's `verify.mjs`
on the same file; `backpack open SHARE.backpack --code` and `backpack list --json` on 10,000
records, each beside its key stretching (timed here with the same parameters, in the same
rounds); and the window's cold start to the unlock screen, on the machine as it is and with
every core kept busy. The JS peer is the folder BACKPACK_JS_PEER names, set up with its
setup.sh (README there), never inside the project.

Targets: --version, --help <= 0.15 s; verify <= 0.35 s and <= half the peer's; open and
list <= KDF + 0.3 s; window <= 0.5 s median, also when busy.
"""

from __future__ import annotations

import argparse
import base64
import compileall
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from backpack_app.crypto.kdf import KdfParams, KdfPolicy, stretch_passphrase
from backpack_app.crypto.sealing import code_key
from backpack_app.sharing.container import read_header
from backpack_app.store.header import unb64
from backpack_app.wallet import Backpack
from benchmarks.gui_bench import fill_ten_thousand
from tests.issuing import course_credential, new_school

ROOT = Path(__file__).resolve().parents[1]
ONE = ROOT / "tests" / "fixtures" / "peer" / "ob3-eddsa-0004.json"
PASSPHRASE = "benchmark passphrase"
FAST = KdfPolicy(floor=KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1), calibrate=False)


def say(text: str) -> None:
    print(text, flush=True)


def backpack_command() -> list[str]:
    """The `backpack` script installed beside this Python, as a user runs it."""
    script = Path(sys.executable).with_name("backpack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "backpack_app"]


def peer_folder() -> Path | None:
    folder = os.environ.get("BACKPACK_JS_PEER")
    if not folder or not (Path(folder) / "node_modules").is_dir() or not shutil.which("node"):
        say(
            "JS peer: peer not set up (set BACKPACK_JS_PEER to a copy of shared/peers/js-vc "
            "set up with its setup.sh, outside the project)"
        )
        return None
    return Path(folder)


def timed_process(argv: list[str], *, env: dict[str, str], cwd: Path, ok=(0,)) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode not in ok:
        raise RuntimeError(f"{argv} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return took


def make_share(root: Path) -> tuple[Path, str, Callable[[], object]]:
    """A code share of a few signed records, with the calibrated code stretching a family's
    share gets; and a function that stretches its code once."""
    family, _ = Backpack.create(root / "family", PASSPHRASE, kdf=FAST)
    with family:
        family.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        school = new_school()
        for i in range(5):
            doc = school.sign(course_credential(school, course=f"Course {i}"))
            family.import_credentials(json.dumps(doc).encode())
        out = root / "SHARE.backpack"
        made, _ = family.share(out, code=True, preset="transcript")
    with out.open("rb") as fh:
        header = read_header(fh)[0].code
    params = KdfParams(
        memory_kib=header.memory_kib, iterations=header.iterations, lanes=header.lanes
    )
    salt = base64.urlsafe_b64decode(header.salt)
    return out, made.code, lambda: code_key(made.code, salt=salt, params=params)


def make_ten_thousand(home: Path) -> Callable[[], object]:
    """A calibrated backpack of 10,000 records; and a function that stretches its passphrase."""
    wallet, _ = Backpack.create(home, PASSPHRASE)
    fill_ten_thousand(wallet)
    params, salt = wallet.kdf_params, unb64(wallet._header.body.kdf.salt)
    wallet.close()
    return lambda: stretch_passphrase(PASSPHRASE, salt, params)


class Busy:
    """Every core kept busy by a spinning process (started and stopped here), as on a machine
    where other work runs."""

    def __enter__(self) -> Busy:
        spin = [sys.executable, "-c", "while True: pass"]
        self.procs = [subprocess.Popen(spin) for _ in range(os.cpu_count() or 2)]
        time.sleep(0.3)
        return self

    def __exit__(self, *_exc) -> None:
        for proc in self.procs:
            proc.kill()
            proc.wait()


def window_start(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from starting `backpack` (no arguments) to its unlock screen shown, as the app
    reports it when BACKPACK_EXIT_AFTER_SHOW is set."""
    started = time.time()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True)
    found = re.search(r"window shown at ([\d.]+)", done.stdout)
    if found is None:
        raise RuntimeError(f"the window did not start:\n{done.stdout}{done.stderr}")
    return float(found.group(1)) - started


def spread(values: list[float]) -> str:
    return f"{min(values):6.3f} {statistics.median(values):6.3f} {max(values):6.3f}"


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def backpack_cases(
    bp: list[str], env: dict[str, str], scratch: Path, share: Path, code: str, home: Path
) -> dict[str, Callable[[], float]]:
    one = str(scratch / "one" / "ONE.json")
    listing = {**env, "BACKPACK_HOME": str(home), "BACKPACK_PASSPHRASE": PASSPHRASE}
    return {
        "--version": lambda: timed_process([*bp, "--version"], env=env, cwd=scratch),
        "--help": lambda: timed_process([*bp, "--help"], env=env, cwd=scratch),
        "verify ONE.json": lambda: timed_process(
            [*bp, "verify", one], env=env, cwd=scratch, ok=(0, 1)
        ),
        "open SHARE --code": lambda: timed_process(
            [*bp, "open", str(share), "--code", code], env=env, cwd=scratch
        ),
        "list --json (10,000)": lambda: timed_process(
            [*bp, "list", "--json"], env=listing, cwd=scratch
        ),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks startup")
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each (default 7)")
    parser.add_argument("--no-window", action="store_true", help="skip the window's start")
    parser.add_argument(
        "--baseline",
        type=Path,
        metavar="DIR",
        help="a copy of an earlier Backpack's tree, timed beside this one (first on PYTHONPATH)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        say(f"Start-up benchmark ({os.cpu_count()} cores, {args.runs} runs each; seconds)")
        compiled(ROOT / "backpack_app", args.baseline)
        peer = peer_folder()
        (scratch / "one").mkdir()
        shutil.copy(ONE, scratch / "one" / "ONE.json")
        say("making a code share and a backpack of 10,000 records ...")
        share, code, stretch_code = make_share(scratch)
        home = scratch / "big"
        stretch_key = make_ten_thousand(home)
        env = {**os.environ, "BACKPACK_HOME": str(scratch / "no-backpack")}
        env.pop("QT_QPA_PLATFORM", None)
        cases = backpack_cases(backpack_command(), env, scratch, share, code, home)
        cases[CODE_KDF] = lambda: timed_call(stretch_code)
        cases[KEY_KDF] = lambda: timed_call(stretch_key)
        if peer is not None:
            cases[PEER] = lambda: timed_process(
                ["node", "verify.mjs", str(scratch / "one"), "--quiet"], env=env, cwd=peer
            )
        if args.baseline:
            # (each process runs in the scratch folder, so the tree on PYTHONPATH comes first)
            before = {**env, "PYTHONPATH": str(args.baseline.resolve())}
            old = backpack_cases(backpack_command(), before, scratch, share, code, home)
            cases.update({f"before: {name}": case for name, case in old.items()})
        numbers: dict[str, list[float]] = {name: [] for name in cases}
        for case in cases.values():  # once, untimed: files into the page cache
            case()
        for _ in range(args.runs):
            for name, case in cases.items():
                numbers[name].append(case())
        report(numbers, "")
        if args.baseline:
            say("the same, with the baseline's code:")
            report(numbers, "before: ")
        if not args.no_window:
            trees = {"": {}}
            if args.baseline:
                trees["before: "] = {"PYTHONPATH": str(args.baseline.resolve())}
            window(home, args.runs, trees)


def compiled(*trees: Path | None) -> None:
    """Byte-compile the trees timed, as installing a package does: with PYTHONDONTWRITEBYTECODE
    set (some shells and CI set it) and no __pycache__, every process would compile Backpack's
    modules from source, which a user's never does."""
    for tree in trees:
        if tree is not None:
            compileall.compile_dir(str(tree), quiet=1, workers=1)


CODE_KDF, KEY_KDF = "  its code stretching", "  its passphrase stretching"
PEER = "JS peer verify.mjs ONE.json"


def timed_call(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def report(numbers: dict[str, list[float]], prefix: str) -> None:
    say(f"{'whole process':<32} {'min':>6} {'median':>6} {'max':>6}   target")
    med = {name: statistics.median(values) for name, values in numbers.items()}
    for name in ("--version", "--help"):
        ok = med[prefix + name] <= 0.15
        say(f"{name:<32} {spread(numbers[prefix + name])}   <= 0.15: {verdict(ok)}")
    verify = numbers[prefix + "verify ONE.json"]
    ok = statistics.median(verify) <= 0.35
    say(f"{'verify ONE.json':<32} {spread(verify)}   <= 0.35: {verdict(ok)}")
    if PEER in numbers:
        ratios = [a / b for a, b in zip(verify, numbers[PEER], strict=True)]
        say(f"{PEER:<32} {spread(numbers[PEER])}")
        say(
            f"{'  ours / peer, per run':<32} {spread(ratios)}   <= 0.5: "
            f"{verdict(statistics.median(ratios) <= 0.5)}"
        )
    for name, kdf in (("open SHARE --code", CODE_KDF), ("list --json (10,000)", KEY_KDF)):
        total = numbers[prefix + name]
        beyond = [a - b for a, b in zip(total, numbers[kdf], strict=True)]
        say(f"{name:<32} {spread(total)}")
        say(f"{kdf:<32} {spread(numbers[kdf])}")
        say(
            f"{'  beyond the stretching':<32} {spread(beyond)}   <= 0.3: "
            f"{verdict(statistics.median(beyond) <= 0.3)}"
        )


def window(home: Path, runs: int, trees: dict[str, dict[str, str]]) -> None:
    """The window's cold start for each tree (name prefix: extra environment), the trees
    alternating start by start, on the machine as it is and then with every core busy."""
    argv, cwd = backpack_command(), home.parent

    def start(extra: dict[str, str]) -> float:
        env = {**os.environ, "BACKPACK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}
        env["BACKPACK_EXIT_AFTER_SHOW"] = "1"
        return window_start(argv, env, cwd)

    for extra in trees.values():
        start(extra)  # untimed: files into the page cache
    quiet: dict[str, list[float]] = {prefix: [] for prefix in trees}
    busy: dict[str, list[float]] = {prefix: [] for prefix in trees}
    for _ in range(runs):
        for prefix, extra in trees.items():
            quiet[prefix].append(start(extra))
    with Busy():
        for _ in range(runs):
            for prefix, extra in trees.items():
                busy[prefix].append(start(extra))
    for prefix in trees:
        for name, values in (
            ("window to unlock screen", quiet[prefix]),
            ("  with every core busy", busy[prefix]),
        ):
            med = statistics.median(values)
            say(f"{prefix + name:<32} {spread(values)}   <= 0.5: {verdict(med <= 0.5)}")
