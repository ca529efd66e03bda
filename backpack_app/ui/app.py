"""Start the desktop app. Until the desktop-app issue lands: one calm window pointing to the CLI."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from backpack_app import __version__


class MainWindow(QMainWindow):
    """The main window; for now it says what Backpack is and where to start."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Backpack")
        self.resize(640, 400)
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel("<h1>Backpack</h1>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "Your learner's record, encrypted on this computer.<br><br>"
            "The windows for unlocking, browsing and sharing are being built. Until then, "
            "everything works from the command line: run <code>backpack --help</code>."
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        version = QLabel(f"Version {__version__}")
        version.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(version)
        self.setCentralWidget(body)


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Backpack")
    window = MainWindow()
    window.show()
    return app.exec()
