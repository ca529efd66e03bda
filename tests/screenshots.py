"""Screenshots of the window with realistic demo data (run under Xvfb, not part of the suite).

xvfb-run -a -s "-screen 0 1280x900x24" .venv/bin/python -m tests.screenshots docs/screenshots
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backpack_app.domain.records import Category
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.ui import dialogs
from backpack_app.ui.app import MainWindow
from backpack_app.ui.tasks import wait_for_tasks
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import clr_credential, course_credential, new_school

PEER = Path(__file__).parent / "fixtures" / "peer"


def demo_backpack(home: Path) -> None:
    """A learner with a transcript from two schools, a badge, goals and service (demo keys)."""
    lincoln, riverside = new_school("Demo Lincoln High School"), new_school("Demo Riverside CC")
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        wallet.trust_issuers([TrustedIssuer(id=lincoln.did, name="Demo Lincoln High School")])
        courses = [
            lincoln.sign(course_credential(lincoln, course=c, grade=g))
            for c, g in (("Biology", "A-"), ("Chemistry", "B+"), ("World History", "A"))
        ]
        docs = [
            lincoln.sign(clr_credential(lincoln, courses)),
            riverside.sign(course_credential(riverside, course="Intro to Python", grade="A")),
            lincoln.sign(
                course_credential(lincoln, course="Keyboarding", valid_until="2025-06-01T00:00:00Z")
            ),
        ]
        for doc in docs:
            wallet.import_credentials(json.dumps(doc).encode())
        wallet.import_credentials(
            (PEER / "ob3-jwt-eddsa-0001.jwt").read_bytes(), learner="Ana Rivera"
        )
        wallet.add_record(Category.ATTENDANCE, title="Attendance 2024-25 (report from school)")
        wallet.add_record(Category.GOAL, title="Read 20 books", details={"status": "in_progress"})
        wallet.add_record(
            Category.SERVICE, title="Food Bank", details={"hours": 12.5, "supervisor": "Sra. Muñoz"}
        )


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    dialogs.answer = lambda kind, details: None
    with tempfile.TemporaryDirectory() as folder:
        os.environ["HOME"] = folder  # paths show as ~/..., as on a family's computer
        home = Path(folder) / "Backpack"
        demo_backpack(home)
        window = MainWindow(home, kdf=FAST)
        window.resize(1180, 780)
        window.show()
        steps = []

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / name))

        def after_unlock() -> None:
            wait_for_tasks()
            app.processEvents()
            view = window.main.official
            tree = view.tree
            group = view.model.index(0, 0)
            clr = view.model.index(0, 0, group)
            tree.expand(clr)
            tree.setCurrentIndex(view.model.index(1, 0, clr))
            shot("official-records.png")
            window.main.sidebar.setCurrentRow(2)
            shot("learner-profile.png")
            window.lock()
            shot("unlock.png")
            app.quit()

        def start() -> None:
            window.unlock.passphrase.setText("not it")
            window.unlock.unlock_requested.emit("not it")
            steps.append(1)

        def wrong_then_right() -> None:
            wait_for_tasks()
            app.processEvents()
            window.unlock.failed("That passphrase does not open this backpack. Try again.")
            shot("unlock-wrong-passphrase.png")
            window.unlock.passphrase.setText(PASSPHRASE)
            window.unlock.unlock_requested.emit(PASSPHRASE)
            QTimer.singleShot(3000, after_unlock)

        QTimer.singleShot(300, start)
        QTimer.singleShot(2500, wrong_then_right)
        app.exec()
        first = MainWindow(Path(folder) / "new", kdf=FAST)
        first.resize(900, 620)
        first.show()
        first.first_run.learner.setText("Ana Rivera")
        first.first_run.passphrase.setText("maple river lantern 42")
        app.processEvents()
        first.grab().save(str(out / "first-run.png"))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
