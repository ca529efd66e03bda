"""Previews of Learner Profile files: a PDF's first page drawn small; bad PDFs have none."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from backpack_app.domain.records import Category
from backpack_app.previews import PREVIEW_MAX_SIDE, pdf_first_page_png, preview_picture
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE


def make_pdf(pages: int = 2, size: tuple[float, float] = A4) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=size)
    for number in range(pages):
        drawing.setFillColorRGB(0.1, 0.3, 0.8)
        drawing.rect(0, 0, size[0] / 2, size[1] / 2, fill=1)  # a blue lower-left quarter
        drawing.drawString(72, size[1] - 72, f"Science fair poster, page {number + 1}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def picture(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def test_a_pdf_preview_is_its_first_page_drawn_within_bounds():
    png = pdf_first_page_png(make_pdf())
    assert png is not None and png.startswith(b"\x89PNG")
    image = picture(png)
    assert max(image.size) == PREVIEW_MAX_SIDE
    assert abs(image.size[0] / image.size[1] - A4[0] / A4[1]) < 0.01  # the page's shape
    width, height = image.size
    assert image.convert("RGB").getpixel((width // 4, height * 3 // 4))[2] > 150  # drawn blue
    assert image.convert("RGB").getpixel((width * 3 // 4, height // 4)) == (255, 255, 255)


def test_a_page_that_claims_to_be_huge_is_still_drawn_small():
    png = pdf_first_page_png(make_pdf(1, size=(14_400, 14_400)))  # the largest a PDF allows
    assert png is not None
    assert max(picture(png).size) <= PREVIEW_MAX_SIDE


def test_damaged_truncated_and_fake_pdfs_have_no_preview():
    good = make_pdf()
    assert pdf_first_page_png(b"%PDF-1.7\nnot really a pdf") is None
    cut = pdf_first_page_png(good[: len(good) // 3])  # PDFium may recover a page or refuse
    assert cut is None or cut.startswith(b"\x89PNG")
    assert pdf_first_page_png(b"") is None
    assert preview_picture(b"\x00" * 100, "application/pdf") is None
    assert preview_picture(b"plain text", "text/plain") is None


def test_an_encrypted_pdf_has_no_preview():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf())).pages:
        writer.add_page(page)
    writer.encrypt("secret-password")
    out = io.BytesIO()
    writer.write(out)
    assert pdf_first_page_png(out.getvalue()) is None


def test_the_wallet_previews_an_entrys_pdf_from_its_encrypted_store(tmp_path):
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(make_pdf())
    notes = tmp_path / "notes.txt"
    notes.write_text("draft")
    wallet, _ = Backpack.create(tmp_path / "bp", PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana")
        record = wallet.add_record(Category.PORTFOLIO, title="Poster", files=[notes, pdf])
        name, png = wallet.preview(record.id)
        assert name == "poster.pdf" and png is not None and png.startswith(b"\x89PNG")
        only_text = wallet.add_record(Category.PORTFOLIO, title="Notes", files=[notes])
        assert wallet.preview(only_text.id) == ("notes.txt", None)
