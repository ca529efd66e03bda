"""Screenshots of Overview → On track in English and Spanish (run under Xvfb, not in the suite).

QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" \\
    .venv/bin/python -m tests.on_track_screens docs/screenshots
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea

from backpack_app.domain.state_tests import read_score_report
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.domain.vocabulary import Category
from backpack_app.ui import dialogs
from backpack_app.ui.app import MainWindow
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.on_track_data import fill
from tests.screenshots import settle, shot

SCORE_REPORT = (
    "Student Name,School Year,Test Name,Content Area,Scale Score,Performance Level\n"
    "Ana Rivera,2023-24,SBAC,Mathematics,2502,Level 3 - Standard Met\n"
    "Ana Rivera,2023-24,SBAC,English Language Arts,2581,Level 4 - Standard Exceeded\n"
)


def _to_the_end(app, view) -> None:
    """Scroll the On track cards to the last (the 9th-grade rule)."""
    bar = view.findChild(QScrollArea).verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(app, 5)


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
            clr = (issued / "clr.json").read_bytes()
            # the family trusts the school that signed the transcript too...
            issuer = json.loads(clr)["issuer"]
            wallet.trust_issuers([TrustedIssuer(id=issuer["id"], name=issuer["name"])])
            wallet.import_credentials(clr, learner=ana)
            # ...and added a letter about attendance from a paper: shown as not counted
            wallet.add_state_scores(  # and entered last year's state test results
                read_score_report(SCORE_REPORT.encode()), learner=ana
            )
            wallet.add_record(
                Category.ATTENDANCE,
                title="Attendance letter",
                learner=ana,
                date=dt.date(2025, 3, 3),
                details={"term": "Spring 2025"},
            )
        window = MainWindow(home, kdf=FAST)
        window.resize(1180, 900)
        window.show()
        window.unlock.unlock_requested.emit(PASSPHRASE)
        settle(app, 60)
        main = window.main
        main.sidebar.setCurrentRow(0)
        main.overview.setCurrentWidget(main.on_track)
        shot(app, window, out / "on-track.png")
        _to_the_end(app, main.on_track)
        shot(app, window, out / "on-track-ninth-grade.png")
        main.overview.setCurrentWidget(main.standards)
        shot(app, window, out / "standards-by-term.png")
        main.overview.setCurrentIndex(0)  # the Summary counts them, self-reported
        shot(app, window, out / "overview-state-tests.png")
        main.sidebar.setCurrentRow(1)  # Official records: the state tests, self-reported
        shot(app, window, out / "state-tests-official.png")
        window.add_state_test()
        shot(app, window.state_test_dialog, out / "state-test-dialog.png")
        window.state_test_dialog.reject()
        window.set_language("es")
        settle(app, 60)
        window.main.sidebar.setCurrentRow(0)
        window.main.overview.setCurrentWidget(window.main.on_track)
        shot(app, window, out / "on-track-es.png")
        _to_the_end(app, window.main.on_track)
        shot(app, window, out / "on-track-ninth-grade-es.png")
        window.add_state_test()
        shot(app, window.state_test_dialog, out / "state-test-dialog-es.png")
        window.state_test_dialog.reject()
        window.set_language("en")
        window.lock()
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
