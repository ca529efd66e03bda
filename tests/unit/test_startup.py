"""The command line starts light: each command imports only what it uses (issue 16).

`backpack --version` and `--help` read no more than the parser's own modules; `verify` loads
the verifier but not the PDF renderer, the school tool, the backpack's store or Qt. Each case
runs a fresh interpreter, as a user's command does, and lists the modules it ended with.
The rule this keeps: a command's module imports heavy libraries inside its handler
(docs/architecture.md, "Adding a command").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PEER_CREDENTIAL = ROOT / "tests" / "fixtures" / "peer" / "ob3-eddsa-0004.json"
# Heavy libraries and the parts of Backpack that load them: no command that does not use
# them may load them, and none of them is needed to print the version or the help.
NEVER_FOR_VERIFY = (
    "reportlab",
    "PySide6",
    "backpack_app.school",
    "sqlcipher3",
    "joserfc",
    "PIL",
    "pypdf",
    "qrcode",
    "zxingcpp",
    "backpack_app.wallet",
    "backpack_app.store",
    "backpack_app.sharing",
    "backpack_app.ui",
    "boto3",
)
# jsonschema: only `verify --schemas` (and the window, and import) check the official schemas.
VERIFY_FORBIDS = (
    *NEVER_FOR_VERIFY,
    "multiprocessing",
    "jsonschema",
    "backpack_app.credentials.importing",
)
PARSER_ONLY_FORBIDS = (
    *NEVER_FOR_VERIFY,
    "pyld",
    "pydantic",
    "cryptography",
    "lxml",
    "backpack_app.credentials",
)
CHILD = """
import json, sys
from backpack_app.main import main
code = main(sys.argv[1:])
print("MODULES " + json.dumps(sorted(sys.modules)))
sys.exit(code)
"""


# What listing a backpack's records does without (it opens the wallet, which can verify,
# share and print, and uses none of that).
LISTING_FORBIDS = (
    "pyld",
    "lxml",
    "reportlab",
    "PySide6",
    "backpack_app.school",
    "joserfc",
    "PIL",
    "pypdf",
    "qrcode",
    "zxingcpp",
    "backpack_app.ui",
    "boto3",  # only publishing and deleting published pages talk to a bucket
)
WINDOW_CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from backpack_app.ui.app import MainWindow
app = QApplication(sys.argv)
window = MainWindow()
window.show()
print("MODULES " + json.dumps(sorted(sys.modules)))
"""
# What the window's first screen (create or unlock) is built without: the rest loads on the
# worker while the passphrase is typed (ui/app.py: _warm_up).
FIRST_SCREEN_FORBIDS = (
    "pydantic",
    "pyld",
    "sqlcipher3",
    "cryptography",
    "reportlab",
    "joserfc",
    "backpack_app.wallet",
    "backpack_app.credentials",
    "backpack_app.domain.records",
)


def modules_after(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, set[str]]:
    """Exit code, output, and the modules loaded by `backpack ARGV` in a fresh interpreter."""
    env = {**{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *argv], capture_output=True, text=True, env=env, cwd=ROOT
    )
    out, _, listed = done.stdout.rpartition("MODULES ")
    return done.returncode, out, set(json.loads(listed))


def loaded(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        m for m in modules if m in forbidden or m.startswith(tuple(f"{f}." for f in forbidden))
    )


@pytest.mark.parametrize(
    "argv", [["--version"], ["--help"], ["verify", "--help"], ["publish", "--help"]]
)
def test_version_and_help_import_only_the_parser(argv):
    code, out, modules = modules_after(*argv)
    assert code == 0
    assert out.startswith("Backpack " if argv == ["--version"] else "usage: backpack")
    assert loaded(modules, PARSER_ONLY_FORBIDS) == []
    assert "importlib.metadata" not in modules  # the version is a constant


def test_version_is_the_package_metadata_s():
    from importlib.metadata import version

    from backpack_app import __version__

    code, out, _ = modules_after("--version")
    assert (code, out.strip()) == (0, f"Backpack {__version__}")
    assert version("backpack-app") == __version__


def test_verify_loads_the_verifier_and_nothing_else_heavy():
    code, out, modules = modules_after("verify", str(PEER_CREDENTIAL))
    assert code == 0 and "Verified" in out
    assert {"pyld", "backpack_app.credentials.verifier"} <= modules
    assert loaded(modules, VERIFY_FORBIDS) == []


def test_listing_a_backpack_loads_neither_pyld_nor_the_printout(tmp_path):
    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    home = tmp_path / "backpack"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    wallet.add_learner("Ana Rivera")
    wallet.close()
    code, out, modules = modules_after(
        "--home", str(home), "list", "--json", env={"BACKPACK_PASSPHRASE": PASSPHRASE}
    )
    assert (code, json.loads(out)) == (0, [])
    assert loaded(modules, LISTING_FORBIDS) == []


def test_the_check_catches_a_heavy_import(tmp_path):
    """The test above can fail: a parser that imports the school package is caught."""
    code, _, modules = modules_after("school", "--help")
    assert code == 0 and loaded(modules, PARSER_ONLY_FORBIDS) == []
    code, _, modules = modules_after("school", "sample", "--students", "1", "--out", str(tmp_path))
    assert code == 0 and "backpack_app.school" in loaded(modules, PARSER_ONLY_FORBIDS)


def test_the_window_s_first_screen_loads_no_model_nor_crypto(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKPACK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_CHILD], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stdout.rpartition("MODULES ")[2]))
    assert "backpack_app.ui.views.unlock" in modules
    assert loaded(modules, FIRST_SCREEN_FORBIDS) == []
