"""QR codes for shares and cards (written with `qrcode`, read back with `zxing-cpp`).

A QR of a share never holds a share code (only the QR of a bearer link, which `publish
--include-code` makes when asked, does; docs/publishing.md). A share small enough travels whole: `BP1:` + base45(zlib(file));
otherwise the QR is a reference, `BP1R:<share id>:<SHA-256 of the file>`, that tells a recipient
which `.backpack` file to open. A card travels as `BPC1:` + base45(the card file).
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import base45

from backpack_app.credentials.qr_codes import read_qr_text
from backpack_app.errors import MalformedFile

if TYPE_CHECKING:  # qrcode and Pillow load when a code is drawn, not with every share opened
    from PIL import Image

SHARE_PREFIX = "BP1:"
REFERENCE_PREFIX = "BP1R:"
CARD_PREFIX = "BPC1:"
MAX_INLINE_CHARS = 1_500  # what a phone camera reads comfortably at error correction M
MAX_INFLATED_BYTES = 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def share_payload(bundle: bytes, *, share_id: str) -> str:
    """The share itself when it fits one comfortable QR, else a reference to its file."""
    if len(bundle) > 4 * MAX_INLINE_CHARS:  # encrypted bytes do not shrink that much
        return f"{REFERENCE_PREFIX}{share_id}:{hashlib.sha256(bundle).hexdigest()}"
    inline = SHARE_PREFIX + base45.b45encode(zlib.compress(bundle, 9)).decode("ascii")
    if len(inline) <= MAX_INLINE_CHARS:
        return inline
    return f"{REFERENCE_PREFIX}{share_id}:{hashlib.sha256(bundle).hexdigest()}"


def card_payload(card: bytes) -> str:
    return CARD_PREFIX + base45.b45encode(card).decode("ascii")


def qr_image(payload: str) -> Image.Image:
    """`payload` as a QR image at error correction M (base45 keeps the compact alphanumeric mode)."""
    import qrcode
    import qrcode.exceptions
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=8, border=4)
    code.add_data(payload)
    try:
        code.make(fit=True)
    except (ValueError, qrcode.exceptions.DataOverflowError):
        raise MalformedFile("That is too much for one QR code.") from None
    return code.make_image(fill_color="black", back_color="white").get_image()


def write_qr(payload: str, target: Path) -> None:
    qr_image(payload).save(str(target), format="PNG")


def read_qr(path: Path) -> str:
    """The text of the one QR code in an image file, or MalformedFile."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MalformedFile(f"Cannot read {path.name} ({exc.strerror}).") from None
    return read_qr_text(data, name=path.name)


@dataclass(frozen=True)
class QrContent:
    kind: str  # "share", "reference" or "card"
    data: bytes = b""
    share_id: str = ""
    sha256: str = ""


def parse_payload(text: str) -> QrContent:
    """What a Backpack QR code holds; MalformedFile for anything else."""
    try:
        if text.startswith(SHARE_PREFIX):
            inflater = zlib.decompressobj()
            packed = base45.b45decode(text[len(SHARE_PREFIX) :])
            data = inflater.decompress(packed, MAX_INFLATED_BYTES)
            if inflater.unconsumed_tail or not inflater.eof:
                raise MalformedFile("The share in this QR code is larger than a QR share may be.")
            return QrContent(kind="share", data=data)
        if text.startswith(CARD_PREFIX):
            return QrContent(kind="card", data=base45.b45decode(text[len(CARD_PREFIX) :]))
        if text.startswith(REFERENCE_PREFIX):
            share_id, _, digest = text[len(REFERENCE_PREFIX) :].partition(":")
            return QrContent(kind="reference", share_id=share_id[:100], sha256=digest[:64])
    except (ValueError, zlib.error):
        raise MalformedFile("This QR code is damaged or not one Backpack made.") from None
    raise MalformedFile("This QR code is not one Backpack made.")
