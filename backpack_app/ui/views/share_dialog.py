"""Making a share: choose records (restricted ones need a second yes), a recipient (a saved
contact or a share code), a purpose and an expiry, and the outputs."""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from backpack_app.domain.vocabulary import Sensitivity
from backpack_app.ui import dialogs
from backpack_app.ui.models.official import OfficialRow
from backpack_app.ui.views.expiry import ExpiryField
from backpack_app.ui.views.share_tree import ShareTree
from backpack_app.ui.views.widgets import error_label

if TYPE_CHECKING:  # the models load after the first screen (see ui/app.py: _warm_up)
    from backpack_app.domain.records import RecordSummary

CODE_CHOICE = "__code__"
QR_SIDE = 240  # pixels of the QR shown in the dialog


@dataclass
class ShareRequest:
    """What the dialog asks the façade to make."""

    record_ids: list[str]
    include_restricted: bool
    to: str | None
    code: bool
    purpose: str
    expires: dt.datetime
    out: Path
    qr: Path | None
    pdf: Path | None
    html: Path | None = None  # a page any browser can open (code shares only)
    ask: str = ""  # asks the recipient to write back (a note, a badge), when not empty


class ShareDialog(QDialog):
    """Emits `share_requested(ShareRequest)`; `made(result)` shows the share id and any code."""

    share_requested = Signal(object)
    add_person_requested = Signal()  # the window reads a card, then calls `add_contact`

    def __init__(
        self,
        records: list[RecordSummary],
        contacts: list[Any],
        parent=None,
        official: list[OfficialRow] | None = None,
        learner: str = "",
    ) -> None:
        super().__init__(parent)
        self.learner = learner
        self.setWindowTitle(self.tr("Share records"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>1. Choose records</b> (restricted ones are marked ⚠)")))
        self.tree = ShareTree()
        self.tree.setAccessibleName(self.tr("Records to share"))
        self.tree.fill(records, official)
        self.items = self.tree.items
        self._sensitivity = self.tree.sensitivity
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for contact in contacts:
            self.recipient.addItem(f"{contact.name}  ({contact.fingerprint})", contact.name)
        self.recipient.addItem(self.tr("Anyone I give a share code to"), CODE_CHOICE)
        self.add_person = QPushButton(self.tr("Add a person…"))
        self.add_person.setToolTip(
            self.tr("Save someone's card (the file or QR picture they exported) to share with them")
        )
        self.add_person.clicked.connect(self.add_person_requested.emit)
        to_row = QHBoxLayout()
        to_row.addWidget(self.recipient, 1)
        to_row.addWidget(self.add_person)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. Tutoring in chemistry"))
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.ask = QLineEdit()
        self.ask.setPlaceholderText(self.tr("optional, e.g. progress notes for spring"))
        self.ask.setAccessibleName(self.tr("Ask them to write back"))
        self.expiry = ExpiryField()
        self.expires = self.expiry.edit
        self.want_pdf = QCheckBox(self.tr("Also a printable PDF (not encrypted unless restricted)"))
        form.addRow(self.tr("2. Share with"), to_row)
        form.addRow(self.tr("3. Purpose"), self.purpose)
        form.addRow(self.tr("Ask them to write back"), self.ask)
        form.addRow(self.tr("Opens until"), self.expiry)
        self.want_page = QCheckBox(self.tr("A page any browser can open (with a share code)"))
        self.want_page.setToolTip(
            self.tr(
                "One .html file that opens in any web browser, on a computer or a phone, with the "
                "code: the recipient needs no app and no internet"
            )
        )
        self.recipient.currentIndexChanged.connect(self._page_choice)
        self._page_choice()
        form.addRow(self.tr("4. Outputs"), self.want_pdf)
        form.addRow("", self.want_page)
        layout.addLayout(form)
        self.error = error_label(self.tr("Problem with this share"))
        layout.addWidget(self.error)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("The share that was made"))
        layout.addWidget(self.result)
        self.copy_code = QPushButton(self.tr("Copy the code"))
        self.copy_code.setVisible(False)
        self._code, self._clear_after_s = "", 30
        self.copy_code.clicked.connect(
            lambda: dialogs.copy_for_a_while(self._code, self._clear_after_s)
        )
        layout.addWidget(self.copy_code)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("The share's QR code"))
        self.qr.setVisible(False)
        layout.addWidget(self.qr)
        self.open_pdf = QPushButton(self.tr("Open the PDF"))
        self.open_pdf.setVisible(False)
        self._pdf: Path | None = None
        self.open_pdf.clicked.connect(lambda: dialogs.open_file(self._pdf) if self._pdf else None)
        layout.addWidget(self.open_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make = QPushButton(self.tr("Save share…"))
        self.make.setDefault(True)
        buttons.addButton(self.make, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.make.clicked.connect(self._submit)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def _page_choice(self) -> None:
        """A page opens with a code: offered only for a share code."""
        code = self.recipient.currentData() == CODE_CHOICE
        self.want_page.setEnabled(code)
        if not code:
            self.want_page.setChecked(False)

    def chosen(self) -> list[str]:
        return self.tree.chosen()

    def add_contact(self, contact: Any) -> None:
        """A person saved from their card while the dialog is open: offered and chosen."""
        at = self.recipient.findData(contact.name)
        if at < 0:
            at = self.recipient.findData(CODE_CHOICE)
            self.recipient.insertItem(at, f"{contact.name}  ({contact.fingerprint})", contact.name)
        self.recipient.setCurrentIndex(at)

    def _recipient_words(self) -> str:
        choice = self.recipient.currentData()
        return "" if choice == CODE_CHOICE else str(choice)

    def suggested_name(self) -> str:
        """The learner and the recipient, not a share id: "ana-rivera-for-ms-lee.backpack"."""
        to = self._recipient_words()
        words = f"{self.learner} for {to}" if to else f"{self.learner} share"
        slug = re.sub(r"[^\w]+", "-", words.casefold()).strip("-_")
        return f"{slug or 'share'}.backpack"

    def _submit(self) -> None:
        ids = self.chosen()
        if not ids:
            self.error.setText(self.tr("Choose at least one record."))
            return
        if self.expiry.problem():
            self.error.setText(self.expiry.problem())
            return
        restricted = [i for i in ids if self._sensitivity[i] is Sensitivity.RESTRICTED]
        if restricted and not dialogs.confirm(
            self,
            self.tr("Share restricted records?"),
            self.tr(
                "{count} of the chosen records are restricted (special-education "
                "supports, discipline or health). Share them with this recipient?"
            ).format(count=len(restricted)),
        ):
            return
        out = dialogs.ask_save_file(
            self,
            self.tr("Save the share"),
            self.suggested_name(),
            self.tr("Backpack shares (*.backpack)"),
        )
        if out is None:
            return
        choice = self.recipient.currentData()
        day = self.expiry.day()
        self.error.clear()
        self.make.setEnabled(False)
        self.share_requested.emit(
            ShareRequest(
                record_ids=ids,
                include_restricted=bool(restricted),
                to=None if choice == CODE_CHOICE else choice,
                code=choice == CODE_CHOICE,
                purpose=self.purpose.text().strip(),
                expires=dt.datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=dt.UTC),
                out=out,
                # Written only when the whole share fits in it (never a reference to a file).
                qr=out.with_suffix(".png"),
                pdf=out.with_suffix(".pdf") if self.want_pdf.isChecked() else None,
                html=out.with_suffix(".html")
                if self.want_page.isChecked() and self.want_page.isEnabled()
                else None,
                ask=self.ask.text().strip(),
            )
        )

    def failed(self, text: str) -> None:
        self.error.setText(text)
        self.make.setEnabled(True)

    def made(
        self, share_id: str, code: str | None, outputs: list[str], *, clear_after_s: int
    ) -> None:
        """Show what was written; a share code is shown this once, with a copy button."""
        self.make.setEnabled(True)
        saved = Path(outputs[0]).name
        to = self._recipient_words()
        steps = (
            self.tr(
                "Send {file} to {person} by email or USB; they open it in Backpack. Only their "
                "backpack can open it."
            ).format(file=html.escape(saved), person=html.escape(to))
            if to
            else self.tr(
                "Send {file} by email or USB, and give the code another way; whoever has both "
                "opens it in Backpack."
            ).format(file=html.escape(saved))
        )
        lines = [
            "<b>" + self.tr("Saved.") + "</b> " + steps,
            "<br><small>"
            + self.tr("Share {share}; files: {files}").format(
                share=share_id, files=", ".join(html.escape(Path(o).name) for o in outputs)
            )
            + "</small>",
        ]
        page = next((Path(o) for o in outputs if o.endswith(".html")), None)
        if page is not None:
            lines.append(
                "<br>"
                + self.tr(
                    "Or send {page}: it opens in any web browser, on a computer or a phone, with "
                    "the code; no app is needed."
                ).format(page=html.escape(page.name))
            )
        if code:
            lines.append(
                "<br>"
                + self.tr(
                    "<b>Code: {code}</b><br>Give it by another way than the file (say it aloud). "
                    "It is not shown again."
                ).format(code=code)
            )
        self._code, self._clear_after_s = code or "", clear_after_s
        self.copy_code.setVisible(bool(code))
        self.result.setText("".join(lines))
        picture = next((Path(o) for o in outputs if o.endswith(".png")), None)
        pixmap = QPixmap(str(picture)) if picture else QPixmap()
        self.qr.setVisible(not pixmap.isNull())
        if not pixmap.isNull():  # the QR on screen, to be scanned from it
            self.qr.setPixmap(
                pixmap.scaled(
                    QR_SIDE,
                    QR_SIDE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,  # sharp modules scan best
                )
            )
        self._pdf = next((Path(o) for o in outputs if o.endswith(".pdf")), None)
        self.open_pdf.setVisible(self._pdf is not None)
