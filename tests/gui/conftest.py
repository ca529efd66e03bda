"""GUI test setup: settings in a temporary folder, dialogs answered by the test, work drained."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSettings

from backpack_app.ui import dialogs
from backpack_app.ui.tasks import wait_for_tasks


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread():
    """Garbage a test leaves (windows, models) is collected here, on the GUI thread, rather
    than whenever the next test's worker happens to trigger a collection."""
    yield
    wait_for_tasks()
    gc.collect()


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qt")
    )
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))


@pytest.fixture
def answers():
    """Record every dialog the window would show; answer them from `replies` by kind."""
    seen: list[tuple[str, dict]] = []
    replies: dict[str, object] = {}

    def answer(kind, details):
        seen.append((kind, details))
        return replies.get(kind)

    dialogs.answer = answer
    yield seen, replies
    dialogs.answer = None
    wait_for_tasks()
