"""Real-browser tests of the share page: headless Chromium from the distribution's packages
(`/usr/bin/chromium`, installed by .ci/run), driven by Playwright for Python, never Playwright's
own browsers. Every network route is intercepted and counted: the page may request nothing but
its own file. Skipped, with the reason, where there is no Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("BACKPACK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
VIEWER = ROOT / "viewer"
OPEN_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def _needs_chromium() -> None:
    """Every test here: skipped, with the reason, without Chromium or Playwright."""
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)")
    pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extras")


def launch(playwright):
    """The distribution's Chromium, headless, with nothing of its own reaching the network."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="in the dev extras")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_api.sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page in its own context, and every request it made other than loading its file."""

    page: object
    context: object
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.context.close()


def open_page(
    browser,
    path: Path,
    *,
    locale: str = "en-US",
    fragment: str = "",
    clock=None,
    viewport: dict | None = None,
):
    """Open `path` from a file:// URL with all network routes intercepted: its own file is
    served, anything else is refused and counted. `clock`: a datetime the page's clock starts at."""
    context = browser.new_context(
        locale=locale,
        viewport=viewport or {"width": 900, "height": 1000},
        service_workers="block",
    )
    url = path.resolve().as_uri()
    opened = Opened(page=context.new_page(), context=context, url=url)

    def route(handler_route) -> None:
        requested = handler_route.request.url
        if requested.split("#")[0] == url:
            handler_route.continue_()
            return
        opened.requests.append(requested)
        handler_route.abort()

    context.route("**/*", route)
    page = opened.page
    page.on(
        "request",
        lambda r: None if r.url.split("#")[0] == url else opened.requests.append(r.url),
    )
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    # A Content-Security-Policy violation or a failed load shows as a console error.
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    if clock is not None:
        page.clock.set_fixed_time(clock)  # Date is fixed, timers run as usual
    page.goto(url + fragment)
    return opened


def wait_settled(opened: Opened) -> str:
    """The page's state once it has opened the share or said why not: "open" or "error"."""
    app = opened.page.locator("#app")
    opened.page.wait_for_function(
        "() => ['open', 'error'].includes(document.getElementById('app').dataset.state)"
        " || document.querySelector('#code-error .error')",
        timeout=OPEN_TIMEOUT_MS,
    )
    return app.get_attribute("data-state")


@pytest.fixture(scope="session")
def test_viewer(tmp_path_factory) -> str:
    """The viewer built with its test hook (`window.__backpackEngine`), for the differential
    test; skipped where node and the viewer's packages are absent (`make viewer` installs them)."""
    node = shutil.which("node")
    if node is None or not (VIEWER / "node_modules").is_dir():
        pytest.skip("no node or viewer/node_modules (run `make viewer`)")
    out = tmp_path_factory.mktemp("viewer")
    subprocess.run(
        [node, "build.mjs", "--test-hooks"],
        cwd=VIEWER,
        env={**os.environ, "BACKPACK_VIEWER_OUT": str(out)},
        check=True,
        capture_output=True,
    )
    return (out / "viewer.js").read_text(encoding="utf-8")
