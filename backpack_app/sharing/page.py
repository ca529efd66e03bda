"""The page any browser opens: one HTML file holding a code share and the viewer that opens it.

The page is self-contained: the encrypted share sits base64-encoded in one fixed element
(`<script type="application/vnd.backpack-share" id="share">`, never executed) and the viewer
(`resources/viewer/viewer.js`, built from `viewer/` by `make viewer`) is inlined. Its own
Content-Security-Policy allows only that inline script (by hash), WebAssembly for Argon2id, and
`data:`/`blob:` pictures and downloads: the page can fetch nothing.
"""

from __future__ import annotations

import base64
import hashlib
import html

from backpack_app.errors import MalformedFile
from backpack_app.paths import resource_path

# A browser holds the whole page, the decoded share and the decrypted files in memory at once.
MAX_PAGE_SHARE_BYTES = 100 * 1024 * 1024
SHARE_MEDIA_TYPE = "application/vnd.backpack-share"

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<meta name="generator" content="Backpack">
<title>{title}</title>
</head>
<body>
<noscript>This shared record opens in a web browser with JavaScript turned on.</noscript>
<main id="app"></main>
<script type="{media_type}" id="share">{share}</script>
<script>{viewer}</script>
</body>
</html>
"""


def viewer_script() -> str:
    """The built viewer, as committed (resources/viewer/viewer.js)."""
    return resource_path("viewer", "viewer.js").read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """Only the inlined viewer runs; it may compile WebAssembly and nothing may be fetched."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}' 'wasm-unsafe-eval'; "
        "style-src 'unsafe-inline'; img-src data: blob:; "
        "base-uri 'none'; form-action 'none'"
    )


def build_page(bundle: bytes, *, title: str = "A shared record") -> bytes:
    """The page for one `.backpack` code share (its bytes exactly as written)."""
    if len(bundle) > MAX_PAGE_SHARE_BYTES:
        raise MalformedFile(
            f"This share is {len(bundle) // (1024 * 1024)} MB: a page can hold at most "
            f"{MAX_PAGE_SHARE_BYTES // (1024 * 1024)} MB. Share fewer files, or send the "
            ".backpack file instead."
        )
    script = viewer_script().replace("</script", "<\\/script")
    page = _TEMPLATE.format(
        csp=content_security_policy(script),
        title=html.escape(title),
        media_type=SHARE_MEDIA_TYPE,
        share=base64.b64encode(bundle).decode("ascii"),
        viewer=script,
    )
    return page.encode("utf-8")
