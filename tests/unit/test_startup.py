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
# pydantic: a report, its checks and a trust list are plain values (importing pydantic and
# building its models took longer than checking the credential).
VERIFY_FORBIDS = (
    *NEVER_FOR_VERIFY,
    "multiprocessing",
    "jsonschema",
    "pydantic",
    # pyld without its remote document loaders and HTML parser (credentials/pyld_light.py), the
    # badge reader without urllib, the key-stretching module not at all.
    "asyncio",
    "lxml.etree",
    "urllib.request",
    "http.client",
    "backpack_app.crypto.kdf",
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
PRINTOUT_AND_MORE = (
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
LISTING_FORBIDS = (
    "pyld",
    "lxml",
    *PRINTOUT_AND_MORE,
    # The rows come from the backpack's own encrypted database as plain values
    # (domain/summaries.py) and the header is read without models (store/header.py): no
    # pydantic, nor what building a model loads (importlib.metadata), nor the models.
    "pydantic",
    "importlib.metadata",
    "backpack_app.domain.records",
    "backpack_app.domain.details",
    "backpack_app.domain.learners",
    "backpack_app.domain.sharing",
    # The façade's mixins load their machinery in the methods that use it.
    "backpack_app.credentials.verifier",
    "backpack_app.credentials.importing",
    "backpack_app.sharing.compose",
    "backpack_app.sharing.receive",
    "backpack_app.sharing.contribution",
    "backpack_app.sharing.container",
    "backpack_app.crypto.holder",
    "tarfile",  # backups only
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
    "backpack_app.ui.views.profile_editor",  # the entry editor: opened from the main view
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
    from backpack_app.domain.vocabulary import Category
    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    home = tmp_path / "backpack"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    wallet.add_learner("Ana Rivera")
    goal = wallet.add_record(Category.GOAL, title="Read 20 books")
    wallet.close()
    code, out, modules = modules_after(
        "--home", str(home), "list", "--json", env={"BACKPACK_PASSPHRASE": PASSPHRASE}
    )
    assert code == 0 and [r["id"] for r in json.loads(out)] == [goal.id]
    assert {"backpack_app.wallet", "backpack_app.store.records", "sqlcipher3"} <= modules
    assert loaded(modules, LISTING_FORBIDS) == []
    code, out, modules = modules_after(
        "--home", str(home), "list", env={"BACKPACK_PASSPHRASE": PASSPHRASE}
    )
    assert code == 0 and "Read 20 books" in out
    assert loaded(modules, LISTING_FORBIDS) == []


# What opening a code share on a computer without a backpack does without: the store, the
# share writer, the backpack, and pyld's loaders and HTML parser.
OPEN_FORBIDS = (
    *PRINTOUT_AND_MORE,
    "sqlcipher3",
    "backpack_app.store.credentials",
    "backpack_app.sharing.compose",
    "backpack_app.wallet",
    "asyncio",
    "lxml.etree",
    # `open` reads a date without the batch verifier's command module (cli/moments.py), and
    # writes no QR code
    "backpack_app.cli.credential_commands",
    "backpack_app.cli.status_commands",
    "backpack_app.credentials.batch",
    "qrcode",
    # The share's header and list of files are read without pydantic (domain/strict.py), the
    # models, the contribution request's reader and the QR reader load only when needed.
    "pydantic",
    "importlib.metadata",
    "backpack_app.domain.records",
    "backpack_app.domain.details",
    "backpack_app.sharing.contribution",
    "backpack_app.sharing.qr",
)


def test_opening_a_code_share_loads_neither_the_store_nor_the_share_writer(tmp_path):
    from tests.issuing import family_code_share

    share, share_code = family_code_share(tmp_path)
    code, out, modules = modules_after(
        "open",
        str(share),
        env={"BACKPACK_HOME": str(tmp_path / "none"), "BACKPACK_SHARE_CODE": share_code},
    )
    assert code == 0 and "Ana Rivera" in out
    assert "backpack_app.sharing.receive" in modules
    assert loaded(modules, OPEN_FORBIDS) == []


STRETCH_CHILD = """
import json, sys
from backpack_app.crypto import kdf
from backpack_app.sharing.code_key import stretch_code_ahead
stretch_code_ahead(sys.argv[1], sys.argv[2])
print("AHEAD " + json.dumps(len(kdf._ahead)))
print("MODULES " + json.dumps(sorted(sys.modules)))
"""


def test_a_code_share_s_stretching_starts_before_pydantic_loads(tmp_path):
    """`open SHARE --code` starts the code's key stretching on another core first; reading
    the header's salt and settings for it (sharing/container_layout.py) loads no model
    library, so the stretching runs while pydantic and the reader load."""
    from tests.issuing import family_code_share

    _, code = family_code_share(tmp_path)
    for path, started in ((tmp_path / "SHARE.backpack", 1), (tmp_path / "none", 0)):
        done = subprocess.run(
            [sys.executable, "-c", STRETCH_CHILD, code, str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stderr
        ahead = int(done.stdout.split("AHEAD ")[1].split()[0])
        modules = set(json.loads(done.stdout.rpartition("MODULES ")[2]))
        assert ahead == started
        assert loaded(modules, ("pydantic", "backpack_app.sharing.container")) == []


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


def test_the_lazy_grammar_declares_every_command_when_used(capsys):
    """Subcommands' arguments are declared when the command is used (cli/parser.py): every
    command, at every level, is there and answers --help; a parse gives the declared values."""
    import argparse

    from backpack_app.cli.parser import _replay, build_parser

    def walk(parser: argparse.ArgumentParser, path: list[str]):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if name in action._pending:  # declare it, as using it would
                        _replay(*action._pending.pop(name), sub)
                    yield [*path, name]
                    yield from walk(sub, [*path, name])

    paths = list(walk(build_parser(), []))
    assert len(paths) >= 60 and ["trust", "registry", "add"] in paths
    for path in paths:
        with pytest.raises(SystemExit) as done:
            build_parser().parse_args([*path, "--help"])
        assert done.value.code == 0
        assert capsys.readouterr().out.startswith(f"usage: backpack {' '.join(path)}")
    args = build_parser().parse_args(["verify", "ONE.json", "--status", "a", "--status", "b"])
    assert (args.files, args.status, args.json) == (["ONE.json"], [Path("a"), Path("b")], False)
