"""Secrets on the clipboard, marked so clipboard managers and histories leave them out."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

_NO = bytes(4)  # a DWORD 0, as Windows reads these formats
# Each platform's convention for "do not keep this": KDE's Klipper (and others on Linux),
# Windows' clipboard history and cloud clipboard, and the nspasteboard.org types on macOS.
SECRET_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": _NO,
    "CanIncludeInClipboardHistory": _NO,
    "CanUploadToCloudClipboard": _NO,
    "org.nspasteboard.ConcealedType": b"",
    "application/x-nspasteboard-concealed-type": b"",
}


def secret_mime_data(text: str) -> QMimeData:
    """The text, with every platform's hint that it is a secret."""
    data = QMimeData()
    data.setText(text)
    for kind, value in SECRET_HINTS.items():
        data.setData(kind, value)
    return data
