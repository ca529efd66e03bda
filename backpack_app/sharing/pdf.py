"""The printable copy of a share (reportlab), with the encrypted bundle attached (pypdf).

The PDF is plaintext unless given a password (then AES-256). Its pages carry the share's QR
reference, never a share code; its attachment is the `.backpack` file, so `backpack open
report.pdf` checks the printed copy's source. Fonts are embedded (DejaVu Sans) so names with
accents print as written.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from backpack_app.domain.records import CATEGORIES, Provenance, Record
from backpack_app.domain.state_tests import SELF_REPORTED_LABEL
from backpack_app.domain.verification import VERDICT_WORDS, CheckId, CheckStatus, Report, Verdict
from backpack_app.domain.vocabulary import entered_by_family
from backpack_app.errors import MalformedFile, PdfPasswordNeeded
from backpack_app.files import atomic_write_bytes
from backpack_app.paths import resource_path
from backpack_app.sharing.qr import qr_image

BUNDLE_NAME = "share.backpack"
MAX_PDF_BYTES = 1024 * 1024 * 1024
_FONTS_READY: list[bool] = []


def _fonts() -> None:
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("DejaVu", str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(
            TTFont("DejaVu-Bold", str(resource_path("fonts", "DejaVuSans-Bold.ttf")))
        )
        _FONTS_READY.append(True)


@dataclass(frozen=True)
class PdfRecord:
    """One line of the printed copy."""

    title: str
    kind: str  # category label
    detail: str  # grade, dates, hours...
    issuer: str  # who signed it ("" for self-reported)
    verdict: str  # "Verified", "Verified, but the issuer is not in your trust list", ...


@dataclass(frozen=True)
class PdfShare:
    share_id: str
    learner: str
    recipient: str
    purpose: str
    created: dt.datetime
    expires: dt.datetime
    holder_fingerprint: str
    school_records: Sequence[PdfRecord]
    profile_records: Sequence[PdfRecord]
    third_party_records: Sequence[PdfRecord] = ()  # tutors' notes, programs' badges


def _detail(record: Record) -> str:
    d = record.details.model_dump(mode="json")
    parts = [
        f"{label} {d[key]}"
        for key, label in (
            ("grade", "grade"),
            ("credits", "credits"),
            ("score", "score"),
            ("term", ""),
            ("code", ""),
            ("hours", "hours"),
            ("role", ""),
            ("status", ""),
            ("start_date", "from"),
            ("end_date", "to"),
            ("target_date", "by"),
        )
        if d.get(key) not in (None, "", [])
    ]
    if record.date:
        parts.append(record.date.isoformat())
    return ", ".join(p.strip().replace("_", " ") for p in parts)


def record_line(record: Record, report: Report | None, *, prefix: str = "") -> PdfRecord:
    """A record as the printed copy shows it (`report` None for self-reported entries)."""
    issuer = ""
    if report is not None:
        name = report.issuer_name
        trusted = report.check(CheckId.ISSUER_TRUST)
        issuer = (
            trusted.detail.removeprefix("Issued by ").split(", which")[0]
            if trusted is not None and trusted.status is CheckStatus.PASSED
            else (f'calls itself "{name}"' if name else report.issuer_id or "")
        )
    verdict = VERDICT_WORDS[report.verdict] if report is not None else ""
    if report is not None and record.provenance is Provenance.THIRD_PARTY_ATTESTED:
        # A tutor's or program's reply: who wrote it, and the key it is signed with (cut into
        # pieces a narrow column can wrap).
        did = report.issuer_id or ""
        key = " ".join(did[i : i + 20] for i in range(0, len(did), 20))
        issuer = f"written by {name or 'a provider'} (third-party attested), key {key}"
        if report.verdict in (Verdict.VERIFIED, Verdict.UNKNOWN_ISSUER):
            verdict = "Signature verified (the writer's own key)"
    kind = CATEGORIES[record.category].label
    if entered_by_family(record.category, record.provenance):
        kind += " - " + SELF_REPORTED_LABEL
    return PdfRecord(
        title=prefix + record.title,
        kind=kind,
        detail=_detail(record),
        issuer=issuer,
        verdict=verdict,
    )


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="DejaVu", fontSize=10, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "h1": ParagraphStyle("h1", parent=base, fontName="DejaVu-Bold", fontSize=18, leading=22),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName="DejaVu-Bold", fontSize=13, leading=17, spaceBefore=10
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11),
    }


def _day(moment: dt.datetime) -> str:
    return f"{moment.day} {moment.strftime('%B %Y')}"


def _table(
    rows: Sequence[PdfRecord],
    st: dict[str, ParagraphStyle],
    *,
    signed: bool,
    by: str = "Signed by",
) -> Table:
    head = ["Record", "Details", by, "Check"] if signed else ["Entry", "Details"]
    data = [[Paragraph(f"<b>{h}</b>", st["cell"]) for h in head]]
    for r in rows:
        cells = [f"{escape(r.title)}<br/><font size=7>{escape(r.kind)}</font>", escape(r.detail)]
        if signed:
            cells += [escape(r.issuer), escape(r.verdict)]
        data.append([Paragraph(c, st["cell"]) for c in cells])
    widths = [55 * mm, 45 * mm, 40 * mm, 40 * mm] if signed else [80 * mm, 100 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def render_pdf(share: PdfShare, *, qr_text: str, encrypted: bool) -> bytes:
    """The printable pages (no attachment, no encryption yet)."""
    _fonts()
    st = _styles()
    qr = ImageReader(qr_image(qr_text))
    notice = (
        "This printed copy is protected by a password."
        if encrypted
        else "This printed copy is NOT encrypted: anyone holding it can read it."
    )

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.drawImage(qr, LETTER[0] - 38 * mm, 12 * mm, 26 * mm, 26 * mm)
        canvas.setFont("DejaVu", 7)
        canvas.drawString(18 * mm, 22 * mm, f"Backpack share {share.share_id} - page {doc.page}")
        canvas.drawString(18 * mm, 18 * mm, notice)
        canvas.drawString(
            18 * mm, 14 * mm, "The QR code names the share file; open that file to check it."
        )
        canvas.restoreState()

    story = [
        Paragraph(f"Records of {escape(share.learner)}", st["h1"]),
        Spacer(1, 4 * mm),
        Paragraph(f"Shared with <b>{escape(share.recipient)}</b>", st["body"]),
        Paragraph(f"Purpose: {escape(share.purpose) or '(not given)'}", st["body"]),
        Paragraph(
            f"Made {_day(share.created)}; the share opens until <b>{_day(share.expires)}</b>.",
            st["body"],
        ),
        Paragraph(f"Share id {share.share_id}", st["small"]),
        Paragraph(
            f"Signed by the learner's key, fingerprint {share.holder_fingerprint}.", st["small"]
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            f"{notice} The attached file share.backpack is the encrypted, signed original; "
            "open it in Backpack to check every signature.",
            st["small"],
        ),
    ]
    if share.school_records:
        story += [
            Paragraph("Official records, signed by their schools", st["h2"]),
            Paragraph(
                "Each was checked when this copy was made; the check is shown as Backpack "
                "reported it.",
                st["small"],
            ),
            Spacer(1, 2 * mm),
            _table(share.school_records, st, signed=True),
        ]
    if share.third_party_records:
        story += [
            Paragraph("Written by others - third-party attested", st["h2"]),
            Paragraph(
                "Each was written and signed by the person named, with their own key (shown), "
                "and checked when this copy was made. No school vouches for these entries.",
                st["small"],
            ),
            Spacer(1, 2 * mm),
            _table(share.third_party_records, st, signed=True, by="Written by"),
        ]
    if share.profile_records:
        story += [
            Paragraph("Learner Profile - self-reported by the learner", st["h2"]),
            Paragraph(
                "Written by the learner or family. No school signed these entries.", st["small"]
            ),
            Spacer(1, 2 * mm),
            _table(share.profile_records, st, signed=False),
        ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=42 * mm,
        title=f"Records of {share.learner}",
        author="Backpack",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def write_share_pdf(
    target: Path, share: PdfShare, *, bundle: bytes, qr_text: str, password: str | None
) -> None:
    """The printable copy with the bundle attached; AES-256 when a password is given."""
    writer = PdfWriter(
        clone_from=io.BytesIO(render_pdf(share, qr_text=qr_text, encrypted=bool(password)))
    )
    writer.add_attachment(BUNDLE_NAME, bundle)
    if password:
        writer.encrypt(password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    atomic_write_bytes(target, out.getvalue())


# pypdf logs what it repairs in a damaged PDF ("EOF marker not found"); with no handler of its
# own Python would print that on stderr beside the one sentence Backpack says about the file.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def bundle_from_pdf(path: Path, *, password: str | None = None) -> bytes:
    """The `.backpack` file attached to a printed copy, or MalformedFile."""
    if path.stat().st_size > MAX_PDF_BYTES:
        raise MalformedFile(f"{path.name} is far larger than a Backpack printout.")
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(password or ""):
            raise PdfPasswordNeeded("This printout is password-protected; give the password.")
        attached = reader.attachments.get(BUNDLE_NAME) or []
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise MalformedFile(f"{path.name} is not a PDF Backpack can read ({exc}).") from None
    if len(attached) != 1:
        raise MalformedFile(f"{path.name} does not carry a Backpack share.")
    return attached[0]


def _two_lines(key: str) -> str:
    groups = escape(key).split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "-<br/>" + "-".join(groups[half:])


def recovery_sheet_pdf(recovery_key: str, *, folder: str, made: dt.datetime) -> bytes:
    """A one-page sheet to print and keep apart from the computer: the recovery key and what
    it is for. Only ever written where the user chooses; it is as secret as the key."""
    _fonts()
    st = _styles()
    key_style = ParagraphStyle(
        "key", parent=st["body"], fontName="DejaVu-Bold", fontSize=20, leading=28
    )
    story = [
        Paragraph("Backpack recovery key", st["h1"]),
        Spacer(1, 8 * mm),
        Paragraph(_two_lines(recovery_key), key_style),
        Spacer(1, 8 * mm),
        Paragraph(
            "This key opens the backpack if its passphrase is forgotten: in Backpack, choose "
            '"Forgot the passphrase? Use the recovery key" (or run <i>backpack recover</i>). '
            "Keep this sheet somewhere safe and apart from the computer; anyone holding it and "
            "the backpack's files can read the records.",
            st["body"],
        ),
        Spacer(1, 4 * mm),
        Paragraph(f"Backpack folder: {escape(folder)}", st["small"]),
        Paragraph(
            f"Made {_day(made)}. A newer key replaces this one when it is issued.", st["small"]
        ),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=25 * mm,
        title="Backpack recovery key",
        author="Backpack",
    ).build(story)
    return buffer.getvalue()
