"""Screenshots of Overview → On track in English and Spanish (run under Xvfb, not in the suite).

QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" \\
    .venv/bin/python -m tests.on_track_screens docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from backpack_app.ui import dialogs
from backpack_app.ui.app import MainWindow
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.on_track_data import fill
from tests.screenshots import settle, shot


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    dialogs.answer = lambda kind, details: None
    with tempfile.TemporaryDirectory() as scratch:
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, scratch)  # English at start
        home = Path(scratch) / "bp"
        wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
        issued = Path(__file__).parent / "fixtures" / "oneroster" / "issued" / "stu-00001"
        with wallet:
            ana = wallet.add_learner("Ana Rivera").id
            fill(wallet, ana)
            wallet.import_credentials((issued / "clr.json").read_bytes(), learner=ana)
        window = MainWindow(home, kdf=FAST)
        window.resize(1180, 900)
        window.show()
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 60)
        main = window.main
        main.sidebar.setCurrentRow(0)
        main.overview.setCurrentWidget(main.on_track)
        shot(app, window, out / "on-track.png")
        main.overview.setCurrentWidget(main.standards)
        shot(app, window, out / "standards-by-term.png")
        window.set_language("es")
        settle(app, 60)
        window.main.sidebar.setCurrentRow(0)
        window.main.overview.setCurrentWidget(window.main.on_track)
        shot(app, window, out / "on-track-es.png")
        window.set_language("en")
        window.lock()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
