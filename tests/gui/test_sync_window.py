"""The window merges a syncing backpack's other computers on unlock, and stops at lock."""

from __future__ import annotations

from backpack_app.domain.records import Category
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock
from tests.sync_helpers import join


def test_unlock_merges_what_another_computer_added(qtbot, tmp_path):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.sync_setup(tmp_path / "shared")
    with join(tmp_path / "shared", tmp_path / "laptop") as laptop:
        laptop.add_record(Category.SERVICE, title="Added on the laptop", details={"hours": 2})
        laptop.sync()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=30_000)
    assert window.last_sync.changed == 1, window.last_sync
    assert window._sync_timer.isActive()
    qtbot.waitUntil(  # the overview lists the latest entries
        lambda: "Added on the laptop" in window.main.overview_text.text(), timeout=20_000
    )
    status = window.main.settings.sync_status.text()
    assert "with 2 computers" in status and "shared" in status, status
    assert window.main.settings.sync_now.isVisibleTo(window.main.settings)
    window.main.settings.sync_now.click()  # nothing new: says so again, nothing breaks
    qtbot.waitUntil(lambda: window.last_sync.changed == 0, timeout=20_000)
    window.lock()
    assert not window._sync_timer.isActive()


def test_a_backpack_that_does_not_sync_is_left_alone(qtbot, tmp_path):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.main.learner_box.count() == 1, timeout=20_000)
    qtbot.wait(200)
    assert window.last_sync is None and not window._sync_timer.isActive()
    assert "on this computer only" in window.main.settings.sync_status.text()
    assert not window.main.settings.sync_now.isVisibleTo(window.main.settings)


def test_a_closed_window_keeps_no_timer_running(qtbot, tmp_path):
    # Observed: the idle lock of a window closed minutes earlier fired and crashed the process.
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    wallet.close()
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.wallet is not None, timeout=20_000)
    assert window.auto_lock._timer.isActive()
    window.close()
    assert not window.auto_lock._timer.isActive()
    assert window._sync_timer is None or not window._sync_timer.isActive()


def test_the_window_works_on_while_a_sync_reads_the_folder(qtbot, tmp_path):
    """A sync reads the shared folder beside the worker (its own connection): the window's
    own work on the backpack does not wait for it; the merge then runs on the worker."""
    import threading

    from backpack_app.ui.tasks import Task

    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.sync_setup(tmp_path / "shared")
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=30_000)
    with join(tmp_path / "shared", tmp_path / "laptop") as laptop:
        laptop.add_record(Category.SERVICE, title="Added on the laptop", details={"hours": 2})
        laptop.sync()
    opened, release = threading.Event(), threading.Event()
    reading = window.wallet.sync_prepare

    def slow_reading(**kw):
        opened.set()
        release.wait(30)  # a large folder on a slow drive
        return reading(**kw)

    window.wallet.sync_prepare = slow_reading
    window.last_sync = None
    window.main.settings.sync_now.click()
    qtbot.waitUntil(opened.is_set, timeout=10_000)
    answered = []
    Task(window, lambda: len(window.wallet.list_records())).on_success(answered.append).start()
    qtbot.waitUntil(lambda: answered != [], timeout=10_000)  # not behind the reading
    assert window.last_sync is None
    release.set()
    qtbot.waitUntil(lambda: window.last_sync is not None, timeout=30_000)
    assert window.last_sync.changed == 1 and window.last_sync.problems == [], window.last_sync
    qtbot.waitUntil(
        lambda: "Added on the laptop" in window.main.overview_text.text(), timeout=20_000
    )
