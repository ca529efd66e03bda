"""Screenshots of the share page opened in headless Chromium (English, Spanish, a phone):

    .venv/bin/python -m tests.browser.screenshots docs/screenshots

Makes Ana's share of every kind of record (tests/tutor_share.py) as a page, opens it with its
code and writes share-page.png, share-page-es.png, share-page-phone.png and
share-page-wrong-code.png into the folder given; then a tutor's note and endorsement shared
onward (tests/onward_share.py): share-page-third-party.png and share-page-third-party-es.png."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from backpack_app.sharing.page import build_page
from tests.browser.conftest import launch
from tests.onward_share import make_onward
from tests.tutor_share import make_share

SHOTS = (
    # name, locale, viewport, code typed (None: the right one), first <details> opened
    ("share-page.png", "en-US", {"width": 1000, "height": 900}, None, True),
    ("share-page-es.png", "es-ES", {"width": 1000, "height": 900}, None, True),
    ("share-page-phone.png", "en-US", {"width": 390, "height": 844}, None, False),
    ("share-page-wrong-code.png", "en-US", {"width": 800, "height": 520}, "wrong", False),
)
ONWARD_SHOTS = (
    ("share-page-third-party.png", "en-US", {"width": 1000, "height": 900}, None, False),
    ("share-page-third-party-es.png", "es-ES", {"width": 1000, "height": 900}, None, False),
)


def _shoot(browser, page_file: Path, code: str, out: Path, shot: tuple) -> None:
    name, locale, viewport, typed, expand = shot
    context = browser.new_context(locale=locale, viewport=viewport)
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
    )
    page = context.new_page()
    page.goto(page_file.as_uri())
    if typed is not None:
        code = ("2" if code[0] != "2" else "3") + code[1:]
    page.locator("#code").fill(code)
    page.locator("#code").press("Enter")
    page.wait_for_function(
        "() => document.getElementById('app').dataset.state === 'open'"
        " || document.querySelector('[data-error]')",
        timeout=60_000,
    )
    if expand:
        page.locator("article.record details.checks").first.evaluate("d => d.open = true")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(out / name), full_page=typed is None)
    context.close()
    print(out / name)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        made = make_share(Path(folder))
        page_file = Path(folder) / "ana.html"
        page_file.write_bytes(build_page(made.path.read_bytes()))
        browser = launch(playwright)
        for shot in SHOTS:
            _shoot(browser, page_file, made.code, out, shot)
        # A tutor's note and endorsement the family shared onward with a program.
        onward = make_onward(Path(folder) / "onward")
        for shot in ONWARD_SHOTS:
            _shoot(browser, onward.page, onward.code, out, shot)
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
