"""Offline by construction: only credentials/refresh.py may use a network library, and only the
two online commands the user asks for (refresh-status, did-web refresh) reach it."""

from __future__ import annotations

import ast
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
)
FETCHER = "backpack_app.credentials.refresh"
ONLINE_ENTRY_POINTS = {"backpack_app/wallet/publications.py"}


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


def test_only_the_fetcher_imports_a_network_library():
    offenders = {
        str(path.relative_to(PACKAGE.parent)): sorted(filter(uses_network, imported(path)))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE.parent).as_posix() != "backpack_app/credentials/refresh.py"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_only_the_facades_online_methods_import_the_fetcher():
    importers = {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*.py")
        if FETCHER in imported(path)
    }
    assert importers == ONLINE_ENTRY_POINTS


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


def test_the_online_methods_are_reached_only_from_the_commands_that_ask_for_them():
    callers = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in (
                "refresh_status",
                "refresh_did_web",
                "add_registry",
            ):
                callers.add(path.relative_to(PACKAGE.parent).as_posix())
    assert callers == {
        "backpack_app/cli/status_commands.py",  # refresh-status, did-web refresh
        "backpack_app/cli/credential_commands.py",  # trust registry add FILE-or-URL
    }
