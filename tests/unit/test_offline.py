"""Offline by construction: only online/http.py (HTTP) and online/s3.py (object storage) may use
a network library (and online/loopback.py listen on 127.0.0.1 for a sign-in's answer), only the
façade's online halves (publications.py, receiving.py, answering.py) import the online package,
and only the online actions the user asks for (refresh-status, did-web refresh, receive, present,
publish, shares revoke of a published share, shares cleanup) reach them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "backpack_app"
NETWORK = (
    "urllib.request",
    "urllib.error",
    "http",
    "socket",
    "ssl",
    "requests",
    "httpx",
    "aiohttp",
    "boto3",
    "botocore",
    "s3transfer",
)
CLIENT = "backpack_app/online/http.py"
STORAGE = "backpack_app/online/s3.py"
# The listener a sign-in's browser comes back to (127.0.0.1 only, one callback, RFC 8252).
LOOPBACK = "backpack_app/online/loopback.py"
ONLINE = "backpack_app.online"
ONLINE_ENTRY_POINTS = {
    "backpack_app/wallet/publications.py",
    "backpack_app/wallet/receiving.py",
    "backpack_app/wallet/answering.py",
}
# The receive commands read the link (offline) and say what to ask the user (Asks) themselves,
# so a link that cannot be used fails before the passphrase; they fetch nothing themselves.
LINK_READERS = {"backpack_app/cli/receive_commands.py", "backpack_app/ui/link_actions.py"}


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def uses_network(name: str) -> bool:
    return any(name == lib or name.startswith(lib + ".") for lib in NETWORK)


def test_only_the_one_client_imports_a_network_library():
    offenders = {
        path.relative_to(PACKAGE.parent).as_posix(): sorted(filter(uses_network, imported(path)))
        for path in PACKAGE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {
        CLIENT: ["httpx", "ssl"],
        STORAGE: ["boto3", "botocore", "botocore.config", "botocore.exceptions"],
        LOOPBACK: ["http.server"],
    }


def test_only_the_facades_online_halves_import_the_online_package():
    importers = {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*.py")
        if not path.is_relative_to(PACKAGE / "online")
        and any(name == ONLINE or name.startswith(ONLINE + ".") for name in imported(path))
    }
    assert importers == ONLINE_ENTRY_POINTS | LINK_READERS


def test_the_fetch_is_called_only_by_the_two_online_methods():
    tree = ast.parse((PACKAGE / "wallet" / "publications.py").read_text(encoding="utf-8"))
    callers = {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Name) and node.id == "fetch_https"
    }
    # add_registry fetches only an https:// source the user names (`trust registry add URL`).
    assert callers == {"refresh_did_web", "refresh_status", "add_registry"}


def callers_of(*methods: str) -> set[str]:
    callers = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in methods:
                callers.add(path.relative_to(PACKAGE.parent).as_posix())
    return callers


def test_the_online_methods_are_reached_only_from_the_commands_that_ask_for_them():
    assert callers_of("refresh_status", "refresh_did_web", "add_registry") == {
        "backpack_app/cli/status_commands.py",  # refresh-status, did-web refresh
        "backpack_app/cli/credential_commands.py",  # trust registry add FILE-or-URL
        # Settings, "Add a registry from a web address…" (asks "Go online?" first)
        "backpack_app/ui/registry_actions.py",
    }
    # backpack receive, and the window's "Add from a link…" (which asks before each step)
    assert callers_of("receive_link") == {
        "backpack_app/cli/receive_commands.py",
        "backpack_app/ui/link_actions.py",
    }
    assert callers_of("preview_link") == {"backpack_app/ui/link_actions.py"}
    # backpack publish; shares revoke and cleanup, and the Shares view's revoke and cleanup
    assert callers_of("publish_share") == {"backpack_app/cli/publish_commands.py"}
    assert callers_of("delete_published", "cleanup_published") == {
        "backpack_app/cli/publish_commands.py",
        "backpack_app/ui/share_actions.py",
    }
    # backpack present (shows the request; sends only with --send), and the window's dialog
    assert callers_of("records_request", "answer_request") == {
        "backpack_app/cli/receive_commands.py",
        "backpack_app/ui/link_actions.py",
    }


def test_the_online_package_is_not_loaded_with_the_facade():
    # Nothing online is imported until an online action runs (start-up stays light).
    code = "import sys, backpack_app.wallet; print('httpx' in sys.modules, 'boto3' in sys.modules)"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "False False"


def test_the_bucket_is_opened_only_by_the_publishing_methods():
    tree = ast.parse((PACKAGE / "wallet" / "publications.py").read_text(encoding="utf-8"))
    callers = {
        function.name
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.Name) and node.id == "open_storage"
    }
    assert callers == {"publish_share", "_delete_pages"}
