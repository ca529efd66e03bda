"""Baked badges: a credential carried inside a PNG or SVG image (OB 3.0 §5.3, OB 2.0 baking).

PNG: an iTXt chunk with keyword `openbadgecredential` (OB 3.0) or `openbadges` (OB 2.0; the
pre-2.0 legacy form put a URL in a tEXt chunk). SVG: one `<openbadges:credential>` element in
the OB 3.0 namespace (a JWS in its `verify` attribute, or JSON in its body) or one
`<openbadges:assertion>` in the OB 2.0 namespace (JSON in its body, else a JWS or URL in
`verify`). SVG is parsed with defusedxml; a DTD with an internal subset is refused, so no entity is expanded and
nothing external is fetched; scripts inside an SVG are plain elements to us and never run.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from xml.parsers import expat

from backpack_app.credentials import png_text
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.png_text import MAX_IMAGE_BYTES, MAX_TEXT_BYTES, is_png
from backpack_app.credentials.vc_jwt import looks_like_jwt
from backpack_app.errors import MalformedCredential

OB3_KEYWORD = "openbadgecredential"
OB2_KEYWORD = "openbadges"
OB3_SVG_NS = "https://purl.imsglobal.org/ob/v3p0"
OB2_SVG_NS = "http://openbadges.org"
SVG_NS = "http://www.w3.org/2000/svg"
_SVG_TAGS = {OB3_KEYWORD: "credential", OB2_KEYWORD: "assertion"}
_SVG_NAMESPACES = {OB3_KEYWORD: OB3_SVG_NS, OB2_KEYWORD: OB2_SVG_NS}
_STANDARD = {OB3_KEYWORD: "Open Badges 3.0", OB2_KEYWORD: "Open Badges 2.0"}


@dataclass(frozen=True)
class BakedCredential:
    """What an image carries: the credential's bytes (JSON, a JWS or a URL) and where from."""

    credential: bytes
    image_format: str  # "PNG" or "SVG"
    keyword: str  # OB3_KEYWORD or OB2_KEYWORD

    @property
    def standard(self) -> str:
        return _STANDARD[self.keyword]

    def describe(self) -> str:
        article = "an" if self.image_format == "SVG" else "a"
        return f"baked into {article} {self.image_format} image ({self.standard})"


def is_svg(data: bytes) -> bool:
    """True for text that starts like XML: the SVG reader decides whether it is a badge."""
    return data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"<"


def is_baked_image(data: bytes) -> bool:
    return is_png(data) or is_svg(data)


def _check_size(data: bytes, what: str) -> None:
    if len(data) > MAX_IMAGE_BYTES:
        raise MalformedCredential(
            f"The {what} is larger than the {MAX_IMAGE_BYTES // 2**20} MB a badge image may be."
        )


def _only_one(found: list) -> None:
    if not found:
        raise MalformedCredential("The image holds no Open Badges credential.")
    if len(found) > 1:
        raise MalformedCredential("The image holds two credentials in one image.")


def _extract_png(data: bytes) -> BakedCredential:
    found = png_text.text_chunks(data, {OB3_KEYWORD, OB2_KEYWORD})
    # OB 3.0 allows only iTXt; a tEXt "openbadges" chunk is the pre-2.0 form holding a URL.
    found = [c for c in found if c.chunk_type == "iTXt" or c.keyword == OB2_KEYWORD]
    _only_one(found)
    text = found[0].text.strip()
    return BakedCredential(text.encode("utf-8"), "PNG", found[0].keyword)


class _Prolog(Exception):
    """Raised to stop reading an SVG once its DOCTYPE (or its first element) is reached."""


def _has_internal_subset(data: bytes) -> bool:
    """Whether the SVG's DOCTYPE carries an internal subset (`[...]`, where entities live).
    Reading stops at the DOCTYPE or the first element, so nothing declared is processed."""
    parser = expat.ParserCreate()
    found: list[bool] = []

    def on_doctype(name: str, system_id: str, public_id: str, internal: int) -> None:
        found.append(bool(internal))
        raise _Prolog

    def on_element(name: str, attributes: dict) -> None:
        raise _Prolog

    parser.StartDoctypeDeclHandler = on_doctype
    parser.StartElementHandler = on_element
    with contextlib.suppress(_Prolog, expat.ExpatError):  # a bad file fails in the real parse
        parser.Parse(data, True)
    return bool(found and found[0])


def parse_svg(data: bytes):
    """The root element of an SVG. A plain DOCTYPE (`<!DOCTYPE svg PUBLIC ...>`, as drawing
    programs export) is allowed and never fetched; an internal subset, entities and external
    references are refused."""
    # Imported here: every verification asks `is_baked_image`, few read an SVG.
    import defusedxml
    import defusedxml.ElementTree as SafeET

    _check_size(data, "image")
    try:
        if _has_internal_subset(data):
            raise defusedxml.DTDForbidden("svg", None, None)
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise MalformedCredential(
            "The SVG declares a DTD or entities, which Backpack refuses to expand."
        ) from exc
    except (SafeET.ParseError, LookupError, ValueError) as exc:  # LookupError: unknown encoding
        raise MalformedCredential(f"It is not well-formed XML ({exc}).") from exc
    if root.tag not in (f"{{{SVG_NS}}}svg", "svg"):
        raise MalformedCredential("It is XML but not an SVG image.")
    return root


def _svg_elements(root) -> list[tuple[str, object]]:
    wanted = {f"{{{ns}}}{_SVG_TAGS[kw]}": kw for kw, ns in _SVG_NAMESPACES.items()}
    return [(wanted[el.tag], el) for el in root.iter() if el.tag in wanted]


def _extract_svg(data: bytes) -> BakedCredential:
    found = _svg_elements(parse_svg(data))
    _only_one(found)
    keyword, element = found[0]
    body = (element.text or "").strip()
    verify = (element.get("verify") or "").strip()
    # OB 3.0: `verify` holds a JWS, else the body holds JSON. OB 2.0: a body is the assertion
    # (and `verify` its URL); without a body, `verify` holds a JWS or the hosted URL.
    text = (verify or body) if keyword == OB3_KEYWORD else (body or verify)
    if not text:
        raise MalformedCredential("The image's Open Badges element is empty.")
    if len(text) > MAX_TEXT_BYTES:
        raise MalformedCredential("The credential in the image is larger than a credential may be.")
    return BakedCredential(text.encode("utf-8"), "SVG", keyword)


def extract_baked_credential(data: bytes) -> BakedCredential:
    """The one credential baked into a PNG or SVG image; MalformedCredential for anything else."""
    if is_png(data):
        return _extract_png(data)
    if is_svg(data):
        return _extract_svg(data)
    raise MalformedCredential("It is neither a PNG nor an SVG image.")


def _check_bakeable(credential_text: str, keyword: str) -> None:
    if keyword not in _STANDARD:
        raise ValueError(f"unknown baking keyword {keyword!r}")
    if not credential_text.strip() or len(credential_text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise MalformedCredential("The credential is empty or larger than a credential may be.")


def bake_png(image: bytes, credential_text: str, *, keyword: str = OB3_KEYWORD) -> bytes:
    """A copy of a PNG carrying `credential_text` (JSON or a compact JWS) in an iTXt chunk."""
    _check_bakeable(credential_text, keyword)
    if png_text.text_chunks(image, {OB3_KEYWORD, OB2_KEYWORD}):
        raise MalformedCredential("The image already holds a credential.")
    return png_text.insert_itxt(image, keyword, credential_text)


def _end_of_root_start_tag(text: str) -> int:
    """Index just past the root element's start tag (the SVG was already parsed safely)."""
    pos = 0
    while True:
        pos = text.index("<", pos)
        if text.startswith("<?", pos):
            pos = text.index("?>", pos) + 2
        elif text.startswith("<!--", pos):
            pos = text.index("-->", pos) + 3
        elif text.startswith("<!", pos):  # a DOCTYPE (one without an internal subset)
            pos = _past_tag(text, pos)
        else:
            return _past_tag(text, pos)


def _past_tag(text: str, pos: int) -> int:
    """Index just past the `>` closing the tag at `pos` (quoted values may hold `>`)."""
    quote = ""
    for index in range(pos, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == ">":
            return index + 1
    raise MalformedCredential("The SVG's root element is not closed.")


def _cdata(text: str) -> str:
    # "]]>" cannot stand inside one CDATA section: split it across two.
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _assertion_url(assertion_json: str) -> str | None:
    """OB 2.0 SVG baking puts a hosted assertion's URL (its id) in `verify` beside the JSON."""
    try:
        assertion_id = parse_json(assertion_json.encode("utf-8")).get("id")
    except (MalformedCredential, AttributeError):
        return None
    is_url = isinstance(assertion_id, str) and assertion_id.startswith(("https://", "http://"))
    return assertion_id if is_url else None


def bake_svg(image: bytes, credential_text: str, *, keyword: str = OB3_KEYWORD) -> bytes:
    """A copy of an SVG carrying `credential_text` in one Open Badges element after <svg>."""
    _check_bakeable(credential_text, keyword)
    if _svg_elements(parse_svg(image)):
        raise MalformedCredential("The image already holds a credential.")
    try:
        text = image.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedCredential("Only UTF-8 SVG images can be baked.") from exc
    end = _end_of_root_start_tag(text)
    if text[end - 2 : end] == "/>":
        raise MalformedCredential("The SVG image is empty.")

    # (here: xml.sax.saxutils loads urllib.request, which a command that only reads badges
    # should not pay for)
    from xml.sax.saxutils import quoteattr

    tag = f"openbadges:{_SVG_TAGS[keyword]}"
    # The namespace is declared on the element itself, so the <svg> tag is left untouched.
    attrs = f" xmlns:openbadges={quoteattr(_SVG_NAMESPACES[keyword])}"
    credential_text = credential_text.strip()
    if looks_like_jwt(credential_text.encode("utf-8")):
        element = f"<{tag}{attrs} verify={quoteattr(credential_text)}></{tag}>"
    else:
        url = _assertion_url(credential_text) if keyword == OB2_KEYWORD else None
        attrs += f" verify={quoteattr(url)}" if url else ""
        element = f"<{tag}{attrs}>{_cdata(credential_text)}</{tag}>"
    return (text[:end] + "\n" + element + text[end:]).encode("utf-8")
