"""Window benchmarks (Qt offscreen): cold start to the unlock screen, unlock to a main window of
10,000 records, and the longest stall of the event loop while 200 credentials are imported.

Targets (issue 5): cold start <= 0.6 s; unlock <= KDF + 0.3 s; stall <= 200 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from backpack_app.crypto.kdf import DEFAULT_POLICY, stretch_passphrase
from backpack_app.domain.records import Category
from backpack_app.store import database, records
from backpack_app.wallet import Backpack
from tests.issuing import course_credential, new_school

PASSPHRASE = "benchmark passphrase"
CHILD = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from backpack_app.ui.app import MainWindow
app = QApplication(sys.argv)
w = MainWindow()
w.show()
app.processEvents()
print(time.time())
"""


def cold_start(home: Path) -> float:
    env = {**os.environ, "BACKPACK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(3):
        started = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True)
        times.append(float(out.stdout.strip().splitlines()[-1]) - started)
    return sorted(times)[1]


def _wait(app: QApplication, done) -> None:
    while not done():
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    from backpack_app.ui import dialogs
    from backpack_app.ui.app import MainWindow
    from backpack_app.ui.tasks import wait_for_tasks

    app = QApplication.instance() or QApplication(sys.argv)
    dialogs.answer = lambda kind, details: None
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "bp"
        wallet, _ = Backpack.create(home, PASSPHRASE)  # calibrated, as the app makes it
        wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        learner = wallet.learners()[0]
        now = wallet._clock()
        from backpack_app.domain.records import Provenance, Record, Sensitivity

        with database.transaction(wallet._conn):
            for i in range(10_000):
                category = Category.GOAL if i % 2 else Category.ATTENDANCE
                records.insert(
                    wallet._conn,
                    Record(
                        id=f"rec-{i:06d}",
                        learner_id=learner.id,
                        category=category,
                        title=f"Record {i}",
                        provenance=Provenance.SELF_REPORTED
                        if i % 2
                        else Provenance.SCHOOL_UNSIGNED,
                        sensitivity=Sensitivity.NORMAL,
                        created=now,
                        updated=now,
                        details={},
                    ),
                )
        params = wallet.kdf_params
        wallet.close()
        print("Window (Qt offscreen):")
        print(
            f"  {'cold start to the unlock screen':<42} {cold_start(home):>8.3f} s  (target <= 0.6)"
        )
        # Key stretching varies from run to run here (other work shares the 2 cores): each figure
        # is the median of three, and the window's own part is what remains after the KDF.
        kdfs, unlocks = [], []
        window = MainWindow(home, kdf=DEFAULT_POLICY)
        window.show()
        for _ in range(3):
            start = time.perf_counter()
            stretch_passphrase(PASSPHRASE, b"\0" * 16, params)
            kdfs.append(time.perf_counter() - start)
            start = time.perf_counter()
            window.unlock.passphrase.setText(PASSPHRASE)
            window.unlock.unlock_requested.emit(PASSPHRASE)
            _wait(
                app, lambda: window.wallet is not None and window.main.profile.rowCount() == 5_000
            )
            unlocks.append(time.perf_counter() - start)
            window.lock()
            wait_for_tasks()
        kdf, took = statistics.median(kdfs), statistics.median(unlocks)
        print(
            f"  {'unlock to main window, 10,000 records':<42} {took:>8.3f} s  "
            f"(KDF {kdf:.3f} s, window {took - kdf:.3f} s; target <= KDF + 0.3)"
        )
        window.unlock.passphrase.setText(PASSPHRASE)
        window.unlock.unlock_requested.emit(PASSPHRASE)
        _wait(app, lambda: window.wallet is not None and window.main.profile.rowCount() == 5_000)
        school = new_school()
        paths = []
        for i in range(200):
            path = Path(folder) / f"c{i}.json"
            path.write_text(json.dumps(school.sign(course_credential(school, course=f"C{i}"))))
            paths.append(path)
        longest, timer, ticker = 0, QElapsedTimer(), QTimer()
        timer.start()

        def tick() -> None:
            nonlocal longest
            longest = max(longest, timer.restart())

        ticker.timeout.connect(tick)
        ticker.start(5)
        start = time.perf_counter()
        window.import_paths(paths)
        _wait(app, lambda: window.import_dialog is not None)
        took = time.perf_counter() - start
        ticker.stop()
        print(f"  {'import 200 credentials (on the worker)':<42} {took:>8.3f} s")
        print(
            f"  {'longest event-loop stall meanwhile':<42} {longest / 1000:>8.3f} s  (target <= 0.2)"
        )
        window.close()
        wait_for_tasks()
        window.deleteLater()  # before the interpreter finalizes (see ui/app.py: run_app)
        app.processEvents()
