"""A credential a picture carries: baked into a badge image (PNG or SVG, Open Badges baking) or
printed in it as a QR code (a VC-JWT or a small JSON credential, as some issuers hand out)."""

from __future__ import annotations

from dataclasses import dataclass

from backpack_app.credentials.baking import extract_baked_credential, is_baked_image
from backpack_app.credentials.png_text import is_png
from backpack_app.credentials.qr_codes import is_raster_image, read_qr_text
from backpack_app.errors import MalformedCredential, MalformedFile

MAX_QR_TEXT = 8_000  # a QR code holds at most 2,953 bytes; anything longer is not one
BACKPACK_QR_PREFIXES = ("BP1:", "BP1R:", "BPC1:")


@dataclass(frozen=True)
class PicturedCredential:
    credential: bytes
    how: str  # "baked into a PNG image (Open Badges 3.0)", "in a QR code"
    baked: bool

    def describe(self) -> str:
        return self.how


def is_picture(data: bytes) -> bool:
    return is_baked_image(data) or is_raster_image(data)


def credential_in_picture(data: bytes) -> PicturedCredential:
    """The credential a picture carries; MalformedCredential when it carries none."""
    if is_baked_image(data):
        try:
            baked = extract_baked_credential(data)
            return PicturedCredential(baked.credential, baked.describe(), baked=True)
        except MalformedCredential as no_badge:
            text = _qr_text(data) if is_png(data) else None
            if text is None:
                raise no_badge from None
            return _credential_in_qr(text)
    text = _qr_text(data)
    if text is None:
        raise MalformedCredential(
            "The picture holds neither a baked badge nor one readable QR code."
        )
    return _credential_in_qr(text)


def _qr_text(data: bytes) -> str | None:
    try:
        return read_qr_text(data).strip()
    except MalformedFile:
        return None


def _credential_in_qr(text: str) -> PicturedCredential:
    if text.startswith(BACKPACK_QR_PREFIXES):
        raise MalformedCredential(
            "This QR code is a Backpack share or card, not a credential: open it in Received."
        )
    if len(text) > MAX_QR_TEXT or not text:
        raise MalformedCredential("The QR code does not hold a credential.")
    return PicturedCredential(text.encode("utf-8"), "read from a QR code in the picture", False)
