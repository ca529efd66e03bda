"""The page any browser opens: one HTML file holding a code share and the viewer that opens it.

The page is self-contained: the encrypted share sits base64-encoded in one fixed element
(`<script type="application/vnd.backpack-share" id="share">`, never executed), followed by an
end marker (`<div id="share-end">`) by which the viewer tells a file cut short from a damaged
one. The viewer (`resources/viewer/viewer.js`, built from `viewer/` by `make viewer`) and its
styles (`viewer.css`) are inlined in the head. The page's own Content-Security-Policy allows
only that script and that style (each by its hash), WebAssembly for Argon2id, and `data:`/
`blob:` pictures: the page can fetch nothing, and it sends nothing anywhere.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import re

from backpack_app.errors import MalformedFile
from backpack_app.paths import resource_path

# A browser holds the whole page, the decoded share and the decrypted files in memory at once.
MAX_PAGE_SHARE_BYTES = 100 * 1024 * 1024
SHARE_MEDIA_TYPE = "application/vnd.backpack-share"
# What a page may weigh besides its share (the budget): the viewer, its styles, the HTML.
MAX_PAGE_OVERHEAD_BYTES = 400 * 1024

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
<style>{style}</style>
<script>{viewer}</script>
</head>
<body>
<main id="app"><p>This shared record opens in a web browser with JavaScript turned on. If this
message stays, the file may be incomplete: ask for it again.</p></main>
<script type="{media_type}" id="share">{share}</script>
<div id="share-end" hidden></div>
</body>
</html>
"""
_SHARE_ELEMENT = re.compile(
    rb'<script type="' + SHARE_MEDIA_TYPE.encode() + rb'" id="share">([^<]*)(</script>)?'
)
_END_MARKER = b'<div id="share-end" hidden></div>'


def viewer_script() -> str:
    """The built viewer, as committed (resources/viewer/viewer.js)."""
    return resource_path("viewer", "viewer.js").read_text(encoding="utf-8")


def viewer_style() -> str:
    """The viewer's styles, as committed (resources/viewer/viewer.css)."""
    return resource_path("viewer", "viewer.css").read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(script: str, style: str) -> str:
    """Only the inlined viewer runs and only its styles apply; it may compile WebAssembly, and
    nothing may be fetched, framed, posted or based elsewhere."""
    directives = [
        "default-src 'none'",
        f"script-src 'sha256-{_digest(script)}' 'wasm-unsafe-eval'",
        f"style-src 'sha256-{_digest(style)}'",
        "img-src data: blob:",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return "; ".join(directives)


def too_large_sentence(size: int) -> str:
    return (
        f"This share is {size / (1024 * 1024):.0f} MB: a page any browser can open holds at "
        f"most {MAX_PAGE_SHARE_BYTES // (1024 * 1024)} MB. Share fewer files, or send the "
        ".backpack file instead."
    )


def build_page(
    bundle: bytes, *, title: str = "A shared record", viewer: str | None = None
) -> bytes:
    """The page for one `.backpack` code share (its bytes exactly as written). `viewer` is
    another build of the viewer (tests only)."""
    if len(bundle) > MAX_PAGE_SHARE_BYTES:
        raise MalformedFile(too_large_sentence(len(bundle)))
    script = (viewer if viewer is not None else viewer_script()).replace("</script", "<\\/script")
    style = viewer_style().replace("</style", "<\\/style")
    page = _TEMPLATE.format(
        csp=content_security_policy(script, style),
        title=html.escape(title),
        style=style,
        media_type=SHARE_MEDIA_TYPE,
        share=base64.b64encode(bundle).decode("ascii"),
        viewer=script,
    )
    return page.encode("utf-8")


def is_page(head: bytes) -> bool:
    """Whether a file's first bytes look like an HTML page (a share page, perhaps)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def share_from_page(page: bytes) -> bytes:
    """The `.backpack` bytes a share page holds, exactly as they were written."""
    found = _SHARE_ELEMENT.search(page)
    if found is None:
        raise MalformedFile("This page holds no Backpack share.")
    if found.group(2) is None or _END_MARKER not in page[found.end() :]:
        raise MalformedFile(
            "This page is incomplete: the file was cut short. Ask the family to send it again."
        )
    try:
        return base64.b64decode(b"".join(found.group(1).split()), validate=True)
    except (binascii.Error, ValueError):
        raise MalformedFile(
            "This page was damaged or edited after it was made. Ask the family to send it again."
        ) from None
