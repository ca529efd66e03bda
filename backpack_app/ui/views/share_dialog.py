"""Making a share: choose records (restricted ones need a second yes), a recipient (a saved
contact or a share code), a purpose and an expiry, and the outputs."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from backpack_app.domain.vocabulary import Category, Sensitivity
from backpack_app.ui import dialogs
from backpack_app.ui.terms import kind_words, sensitivity_words
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


class ShareDialog(QDialog):
    """Emits `share_requested(ShareRequest)`; `made(result)` shows the share id and any code."""

    share_requested = Signal(object)

    def __init__(self, records: list[RecordSummary], contacts: list[Any], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share records"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>1. Choose records</b> (restricted ones are marked ⚠)")))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Sensitivity")])
        self.tree.setAccessibleName(self.tr("Records to share"))
        # Items are made unattached and added a group at a time: one insertion per group rather
        # than one per record keeps a dialog of 10,000 records quick to open.
        groups: dict[Category, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self._sensitivity: dict[str, Sensitivity] = {}
        markers = {s: sensitivity_words(s) for s in Sensitivity}
        flags = QTreeWidgetItem().flags() | Qt.ItemFlag.ItemIsUserCheckable  # Qt enums are slow
        unchecked = Qt.CheckState.Unchecked
        for r in records:
            if r.category not in groups:
                group = QTreeWidgetItem([kind_words(r.category)])
                group.setFlags(flags | Qt.ItemFlag.ItemIsAutoTristate)
                group.setCheckState(0, unchecked)
                groups[r.category] = (group, [])
            item = QTreeWidgetItem([r.title, markers[r.sensitivity]])
            item.setFlags(flags)
            item.setCheckState(0, unchecked)
            groups[r.category][1].append(item)
            self.items[r.id] = item
            self._sensitivity[r.id] = r.sensitivity
        for group, children in groups.values():
            group.addChildren(children)
        self.tree.addTopLevelItems([group for group, _ in groups.values()])
        self.tree.expandAll()
        self.tree.header().setResizeContentsPrecision(100)  # fit the first rows, not all
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree, 1)
        form = QFormLayout()
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for contact in contacts:
            self.recipient.addItem(f"{contact.name}  ({contact.fingerprint})", contact.name)
        self.recipient.addItem(self.tr("Anyone I give a share code to"), CODE_CHOICE)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("e.g. Tutoring in chemistry"))
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        from backpack_app.domain.sharing import DEFAULT_EXPIRY, MAX_EXPIRY

        today = QDate.currentDate()
        self.expires.setMinimumDate(today.addDays(1))
        # The share ends at the end of the chosen day (UTC), within the core's longest expiry.
        self.expires.setMaximumDate(today.addDays(MAX_EXPIRY.days - 1))
        self.expires.setDate(today.addDays(DEFAULT_EXPIRY.days))
        self.expires.setAccessibleName(self.tr("Open until"))
        self.want_qr = QCheckBox(self.tr("Also a QR code (PNG)"))
        self.want_pdf = QCheckBox(self.tr("Also a printable PDF (not encrypted unless restricted)"))
        form.addRow(self.tr("2. Share with"), self.recipient)
        form.addRow(self.tr("3. Purpose"), self.purpose)
        form.addRow(self.tr("Opens until"), self.expires)
        form.addRow(self.tr("4. Outputs"), self.want_qr)
        form.addRow("", self.want_pdf)
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

    def chosen(self) -> list[str]:
        return [
            rid for rid, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked
        ]

    def _submit(self) -> None:
        ids = self.chosen()
        if not ids:
            self.error.setText(self.tr("Choose at least one record."))
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
            "share.backpack",
            self.tr("Backpack shares (*.backpack)"),
        )
        if out is None:
            return
        choice = self.recipient.currentData()
        day = self.expires.date()
        self.error.clear()
        self.make.setEnabled(False)
        self.share_requested.emit(
            ShareRequest(
                record_ids=ids,
                include_restricted=bool(restricted),
                to=None if choice == CODE_CHOICE else choice,
                code=choice == CODE_CHOICE,
                purpose=self.purpose.text().strip(),
                expires=dt.datetime(day.year(), day.month(), day.day(), 23, 59, 59, tzinfo=dt.UTC),
                out=out,
                qr=out.with_suffix(".png") if self.want_qr.isChecked() else None,
                pdf=out.with_suffix(".pdf") if self.want_pdf.isChecked() else None,
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
        lines = [
            self.tr("Share {share} saved: {files}").format(
                share=share_id, files=", ".join(html.escape(Path(o).name) for o in outputs)
            )
        ]
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
