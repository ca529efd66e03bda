"""QR codes in pictures: the one code's text (read with zxing-cpp), for credentials printed as
a QR code (a VC-JWT, or a small JSON credential) and for Backpack's own shares and cards."""

from __future__ import annotations

import io
import struct

from backpack_app.errors import MalformedFile

MAX_IMAGE_PIXELS = 40_000_000
# Pictures a phone or a scanner makes: PNG, JPEG, GIF, BMP, WebP.
RASTER_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


def is_raster_image(data: bytes) -> bool:
    return data.startswith(RASTER_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def read_qr_text(data: bytes, *, name: str = "The image") -> str:
    """The text of the one QR code in an image's bytes, or MalformedFile."""
    # Imported here: every verification asks `is_raster_image`, few read a picture.
    import zxingcpp
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
        raise MalformedFile(f"{name} is not an image Backpack can read.") from None
    except (SyntaxError, EOFError, IndexError, struct.error):  # Pillow on a damaged file
        raise MalformedFile(f"{name} is not an image Backpack can read.") from None
    texts = {b.text for b in found if b.valid}
    if len(texts) != 1:
        raise MalformedFile(f"{name} does not hold exactly one readable QR code.")
    return texts.pop()
