"""Pictures of a Learner Profile file for its preview: an image as it is, a PDF's first page.

The file is the learner's own (attached from their disk), decrypted into memory only. A PDF's
page is drawn by PDFium (pypdfium2) into a bitmap of bounded size, whatever size the page
claims, and handed back as PNG bytes; a PDF that cannot be drawn (damaged, encrypted, empty)
simply has no preview.
"""

from __future__ import annotations

import io

PREVIEW_MAX_BYTES = 16 * 1024 * 1024
PREVIEW_MAX_SIDE = 1000  # pixels on the longer side of a drawn page
PDF_TYPES = {"application/pdf"}


def can_preview(media_type: str, size: int) -> bool:
    """Whether a file of this type and size gets a picture."""
    if size > PREVIEW_MAX_BYTES:
        return False
    return media_type.startswith("image/") or media_type in PDF_TYPES


def preview_picture(data: bytes, media_type: str) -> bytes | None:
    """Bytes of a picture the window can show (PNG for a PDF), or None when there is none.
    The caller has read at most PREVIEW_MAX_BYTES (`can_preview`)."""
    if media_type.startswith("image/"):
        return data
    if media_type in PDF_TYPES:
        return pdf_first_page_png(data)
    return None


def pdf_first_page_png(data: bytes, *, max_side: int = PREVIEW_MAX_SIDE) -> bytes | None:
    """The first page of a PDF drawn as PNG, at most `max_side` pixels on its longer side."""
    import pypdfium2  # imported here: only previews need PDFium

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError:
        return None
    try:
        if len(document) == 0:
            return None
        page = document[0]
        try:
            width, height = page.get_size()  # in points (1/72 inch)
            if not (width > 0 and height > 0):
                return None
            scale = min(max_side / max(width, height), 2.0)
            bitmap = page.render(scale=scale)
            try:
                out = io.BytesIO()
                bitmap.to_pil().convert("RGB").save(out, format="PNG")
                return out.getvalue()
            finally:
                bitmap.close()
        finally:
            page.close()
    except pypdfium2.PdfiumError:
        return None
    finally:
        document.close()
