"""The desktop integration files agree with each other and with the shipped icons."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / "backpack.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_shares_of_the_declared_type():
    entry = desktop_entry()
    mime = ET.parse(LINUX / "backpack-mime.xml").getroot().find(f"{MIME_NS}mime-type")
    kinds = entry["MimeType"].rstrip(";").split(";")
    assert kinds[0] == mime.get("type") == "application/x-backpack-share"
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.backpack"
    # One file or URL: main() opens a lone .backpack argument (or its file:// URL) or a link.
    assert entry["Exec"].endswith(" %u")
    assert entry["Icon"] == "backpack"


def test_the_desktop_entry_handles_the_links_main_opens_in_the_window():
    from backpack_app.main import LINK_SCHEMES

    kinds = desktop_entry()["MimeType"].rstrip(";").split(";")[1:]
    assert kinds == [f"x-scheme-handler/{s.removesuffix('://')}" for s in LINK_SCHEMES]


def test_the_icon_is_shipped_at_every_standard_size():
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ROOT / "resources" / "icons" / f"backpack-{size}.png") as image:
            assert image.size == (size, size)
    assert (ROOT / "resources" / "icons" / "backpack.svg").read_text().startswith("<svg")


def test_resources_are_found_from_a_checkout_that_was_never_installed(monkeypatch):
    import sys

    from backpack_app.paths import resource_path

    monkeypatch.setitem(sys.modules, "backpack_app.resources", None)  # as without the install
    contexts = resource_path("contexts")
    assert contexts == Path(__file__).resolve().parents[2] / "resources" / "contexts"
    assert contexts.is_dir() and any(contexts.iterdir())


def test_the_package_ships_qts_own_catalogue_for_each_language():
    """Qt's own words (file dialogs, "Close") in Spanish need qtbase_es.qm in the bundle: the
    spec copies it beside the app's catalogue, where ui.i18n.qt_catalogue looks first."""
    import PySide6

    spec = (ROOT / "packaging" / "backpack.spec").read_text()
    assert 'f"qtbase_{code}.qm"' in spec and '(f"{DEST}/i18n/{qtbase.name}"' in spec
    translations = Path(PySide6.__file__).parent / "Qt" / "translations"
    for catalogue in (ROOT / "resources" / "i18n").glob("backpack_*.ts"):
        code = catalogue.stem.removeprefix("backpack_")
        assert (translations / f"qtbase_{code}.qm").exists(), code


def _imports(path: Path, name: str) -> set[str]:
    """Every module `path` imports, at its top or inside a function, as PyInstaller reads it."""
    import ast

    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _source(name: str) -> Path | None:
    path = ROOT / Path(*name.split("."))
    for candidate in (path / "__init__.py", path.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def test_the_bundle_reaches_every_module_and_what_receiving_needs():
    """Without building it: from the bundle's entry and the spec's hidden imports, follow every
    import (inside functions too, as PyInstaller does; not `import_module` with a computed
    name, as PyInstaller does not). Every backpack_app module must be reached, the CLI's
    lazily loaded command modules included, and so must httpx and the standard modules a
    receive needs (http.server for a sign-in's loopback listener, webbrowser)."""
    import re

    spec = (ROOT / "packaging" / "backpack.spec").read_text()
    hidden = spec[spec.index("hiddenimports=[") : spec.index("hookspath=")]
    named = re.findall(r'"(backpack_app[\w.]*)"', hidden)
    assert "*LAZY_COMMANDS" in hidden and r"""re.findall(r'lazy\("(\w+)"', COMMANDS)""" in spec
    commands = (ROOT / "backpack_app" / "cli" / "commands.py").read_text()
    lazy = {f"backpack_app.cli.{m}" for m in re.findall(r'lazy\("(\w+)"', commands)}
    assert "backpack_app.cli.receive_commands" in lazy
    entry = _imports(ROOT / "packaging" / "backpack_entry.py", "backpack_entry")
    todo, reached, outside = [*entry, *named, *lazy], set(), set()
    while todo:
        parts = todo.pop().split(".")
        for end in range(1, len(parts) + 1):
            name = ".".join(parts[:end])
            if name in reached or name in outside:
                continue
            source = _source(name) if parts[0] == "backpack_app" else None
            if source is None:
                outside.add(name)
                continue
            reached.add(name)
            todo.extend(_imports(source, name))
    modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "backpack_app").rglob("*.py")
    }
    # A module nothing imports yet (work in progress) cannot be reached in the app either.
    named_anywhere = {n for m in modules for n in _imports(_source(m), m)} | lazy  # type: ignore[arg-type]
    orphans = {m for m in modules if m not in named_anywhere}
    assert sorted(modules - reached - orphans - {"backpack_app.__main__"}) == []
    assert (
        "backpack_app.cli.receive_commands" in reached and "backpack_app.online.loopback" in reached
    )
    assert {"httpx", "http.server", "webbrowser", "joserfc"} <= outside
