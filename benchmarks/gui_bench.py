"""Window benchmarks (Qt offscreen): cold start to the unlock screen, unlock to a main window of
10,000 records, searching and paging through them, and the longest stall of the event loop while
200 credentials are imported.

Targets (issue 5): cold start <= 0.6 s; unlock <= KDF + 0.3 s; no visible stall while searching
and scrolling (under 0.1 s); stall <= 200 ms while importing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from backpack_app.crypto.kdf import DEFAULT_POLICY
from backpack_app.domain.records import Category, Provenance, Record, Sensitivity
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.store import database, header, records
from backpack_app.wallet import Backpack
from tests.issuing import clr_credential, course_credential, new_school

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


def fill_ten_thousand(wallet: Backpack) -> None:
    """10,000 records of one learner, as a long school career would leave them: 500 transcripts
    (a signed CLR holding nine signed courses: 5,000 official records, about 30 MB signed) and
    5,000 goals the learner wrote. One CLR is verified and imported for real; the other 499 are
    copies of its stored rows under new ids (signing 5,000 credentials would take minutes)."""
    wallet.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
    learner = wallet.learners()[0]
    school = new_school()
    wallet.trust_issuers([TrustedIssuer(id=school.did, name=school.name)])
    courses = [
        school.sign(course_credential(school, course=f"Course {i}", code=f"C{i}", grade="A"))
        for i in range(9)
    ]
    clr = school.sign(clr_credential(school, courses))
    wallet.import_credentials(json.dumps(clr).encode(), learner=learner.id)
    conn = wallet._conn
    template = conn.execute(
        "SELECT r.id, c.parent_record_id FROM records r JOIN credentials c ON c.record_id = r.id "
        "ORDER BY c.parent_record_id IS NOT NULL, r.created, r.id"  # the CLR before its courses
    ).fetchall()
    with database.transaction(conn):
        for copy in range(1, 500):
            for rid, parent in template:
                conn.execute(
                    "INSERT INTO records SELECT ?||id, learner_id, category, title, description, "
                    "date, provenance, sensitivity, created, updated, details "
                    "FROM records WHERE id = ?",
                    (f"{copy}-", rid),
                )
                conn.execute(
                    "INSERT INTO credentials (record_id, parent_record_id, verdict, "
                    "verified_at, format, sha256, credential_id, issuer_id, report, original) "
                    "SELECT ?||record_id, ?, verdict, verified_at, format, sha256, "
                    "credential_id, issuer_id, report, original FROM credentials "
                    "WHERE record_id = ?",
                    (f"{copy}-", f"{copy}-{parent}" if parent else None, rid),
                )
        now = wallet._clock()
        for i in range(5_000):
            records.insert(
                conn,
                Record(
                    id=f"goal-{i:06d}",
                    learner_id=learner.id,
                    category=Category.GOAL,
                    title=f"Goal {i}",
                    provenance=Provenance.SELF_REPORTED,
                    sensitivity=Sensitivity.NORMAL,
                    created=now,
                    updated=now,
                    details={},
                ),
            )
    (total,) = conn.execute("SELECT count(*) FROM records").fetchone()
    assert total == 10_000, total


class StallMeter:
    """The longest time the event loop went without running a 5 ms timer, in seconds."""

    def __enter__(self) -> StallMeter:
        self.longest = 0.0
        self._clock, self._ticker = QElapsedTimer(), QTimer()
        self._ticker.timeout.connect(self._tick)
        self._clock.start()
        self._ticker.start(5)
        return self

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart() / 1000)

    def __exit__(self, *_exc) -> None:
        self._tick()
        self._ticker.stop()


def filtering_and_scrolling(app: QApplication, window) -> None:
    """Search the 10,000 records (typed, then Enter) and empty the search field, then page
    through both long lists, repainting each page as the screen would."""
    main = window.main
    for text, profile_rows in (("goal 49", 111), ("", 5_000)):
        with StallMeter() as stalls:
            start = time.perf_counter()
            main.search.setText(text)  # an emptied field shows everything again by itself
            if text:
                main.search.returnPressed.emit()
            _wait(app, lambda n=profile_rows: main.profile.rowCount() == n)
            took = time.perf_counter() - start
        what = f"search {text!r}" if text else "clear the search"
        print(
            f"  {what + ' (10,000 records)':<42} {took:>8.3f} s  "
            f"(longest stall {stalls.longest:.3f} s)"
        )
    tree = main.official.tree
    tree.expandAll()  # 500 transcripts open: 5,000 rows
    app.processEvents()
    for name, page, view in (
        ("official records (5,000 rows)", 1, tree),
        ("learner profile (5,000 rows)", 2, main.profile.table),
    ):
        main.sidebar.setCurrentRow(page)
        app.processEvents()
        bar, frames = view.verticalScrollBar(), []
        while True:
            start = time.perf_counter()
            view.viewport().repaint()
            frames.append(time.perf_counter() - start)
            if bar.value() >= bar.maximum():
                break
            bar.setValue(bar.value() + bar.pageStep())
            app.processEvents()
        print(
            f"  {'page through ' + name:<42} {len(frames):>6} pages  "
            f"(slowest repaint {max(frames) * 1000:.1f} ms, median "
            f"{sorted(frames)[len(frames) // 2] * 1000:.1f} ms)"
        )
    main.sidebar.setCurrentRow(1)
    with StallMeter() as stalls:
        start = time.perf_counter()
        window.start_share()
        _wait(app, lambda: window.share_dialog is not None and window.share_dialog.isVisible())
        took = time.perf_counter() - start
    print(
        f"  {'open the share dialog (10,000 records)':<42} {took:>8.3f} s  "
        f"(longest stall {stalls.longest:.3f} s)"
    )
    window.share_dialog.reject()


def _filled(window) -> bool:
    """Unlocked, with both long lists in their views."""
    return (
        window.wallet is not None
        and window.main.profile.rowCount() == 5_000
        and window.main.official.model.rowCount() > 0
    )


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
        fill_ten_thousand(wallet)
        wallet.close()
        print("Window (Qt offscreen):")
        print(
            f"  {'cold start to the unlock screen':<42} {cold_start(home):>8.3f} s  (target <= 0.6)"
        )
        # Key stretching takes 0.5-1.0 s here from run to run (other work shares the 2 cores), so
        # the KDF of each unlock is timed inside that unlock, and the window's part is the rest
        # (the main view is built on the GUI thread during the KDF, which runs without the GIL).
        # Each unlock starts once the start-up imports are done, as they are while a passphrase
        # is typed.
        kdf_times: list[float] = []
        stretch = header.stretch_passphrase

        def timed_stretch(*args):
            start = time.perf_counter()
            try:
                return stretch(*args)
            finally:
                kdf_times.append(time.perf_counter() - start)

        header.stretch_passphrase = timed_stretch
        unlocks, windows = [], []
        for _ in range(3):  # each a new window, as after starting the app
            window = MainWindow(home, kdf=DEFAULT_POLICY)
            window.show()
            app.processEvents()
            wait_for_tasks()  # the start-up imports, done while the user types
            app.processEvents()
            start = time.perf_counter()
            window.unlock.passphrase.setText(PASSPHRASE)
            window.unlock.unlock_requested.emit(PASSPHRASE)
            _wait(app, lambda w=window: _filled(w))
            window.repaint()  # and drawn once, as the user first sees it
            took = time.perf_counter() - start
            unlocks.append((took - kdf_times[-1], took, kdf_times[-1]))
            windows.append(window)
        header.stretch_passphrase = stretch
        for w in windows[:-1]:
            w.lock()
            w.close()
        wait_for_tasks()
        part, took, kdf = sorted(unlocks)[1]
        print(
            f"  {'unlock to main window, 10,000 records':<42} {took:>8.3f} s  "
            f"(KDF {kdf:.3f} s, window {part:.3f} s; target <= KDF + 0.3)"
        )
        print("    window part of each unlock: " + ", ".join(f"{u[0]:.3f}" for u in unlocks))
        window = windows[-1]
        window.resize(1280, 900)
        filtering_and_scrolling(app, window)
        school = new_school()
        paths = []
        for i in range(200):
            path = Path(folder) / f"c{i}.json"
            path.write_text(json.dumps(school.sign(course_credential(school, course=f"C{i}"))))
            paths.append(path)
        with StallMeter() as stalls:
            start = time.perf_counter()
            window.import_paths(paths)
            _wait(app, lambda: window.import_dialog is not None)
            took = time.perf_counter() - start
        print(f"  {'import 200 credentials (on the worker)':<42} {took:>8.3f} s")
        print(
            f"  {'longest event-loop stall meanwhile':<42} {stalls.longest:>8.3f} s  "
            "(target <= 0.2)"
        )
        window.close()
        wait_for_tasks()
        window.deleteLater()  # before the interpreter finalizes (see ui/app.py: run_app)
        app.processEvents()
