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
