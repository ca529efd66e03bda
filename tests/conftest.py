"""Shared test setup: Qt offscreen before PySide6 loads, fast (in-bounds) key stretching."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
from pathlib import Path

import pytest

from backpack_app.cli.main import run
from backpack_app.crypto.kdf import KdfParams, KdfPolicy
from backpack_app.wallet import Backpack

# Fixtures of a local S3-compatible server (s3_server, bucket, aws_env) for publishing tests.
pytest_plugins = ["tests.s3_server"]

# The cheapest parameters any file may carry (64 MiB, 2 passes): tests pass them explicitly;
# the shipped app has no switch that selects them.
FAST = KdfPolicy(floor=KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1), calibrate=False)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def fast_kdf() -> KdfPolicy:
    return FAST


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "backpack"


@pytest.fixture
def wallet(home: Path):
    bp, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    bp.add_learner("Ana Rivera", emails=["ana.rivera@example.org"], sis_ids=["S-1001"])
    yield bp
    bp.close()


class CliResult:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult({self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def cli(home: Path):
    """Run the real CLI in-process against `home` with fast parameters and given secrets."""

    def invoke(
        *argv: str,
        passphrase: str | None = PASSPHRASE,
        env: dict | None = None,
        home_dir: Path | None = None,
    ) -> CliResult:
        environ = dict(env or {})
        if passphrase is not None:
            environ.setdefault("BACKPACK_PASSPHRASE", passphrase)
        out, err = io.StringIO(), io.StringIO()
        code = run(
            ["--home", str(home_dir or home), *argv],
            kdf=FAST,
            environ=environ,
            stdout=out,
            stderr=err,
            interactive=False,
        )
        return CliResult(code, out.getvalue(), err.getvalue())

    return invoke
