"""The one way the window runs work off the UI thread.

`Task(parent, fn).on_success(cb).on_error(cb).start()`. Work that touches the backpack runs on
one serial worker (SQLCipher connections are not for concurrent use); results come back to the
GUI thread by signal and are dropped if `parent` was destroyed meanwhile.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_SERIAL = QThreadPool()
_SERIAL.setMaxThreadCount(1)
_RUNNING: set[Task] = set()


class _Signals(QObject):
    finished = Signal(object, object)  # (result, error)


class _Activity(QObject):
    changed = Signal(int)  # how many tasks have started and not yet come back


_activity: _Activity | None = None


def activity() -> _Activity:
    """Says how much work is under way, for a busy indicator."""
    global _activity
    if _activity is None:
        _activity = _Activity()
    return _activity


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self._fn, self._signals = fn, signals

    def run(self) -> None:
        try:
            result, error = self._fn(), None
        except BaseException as exc:  # handed to the GUI thread, which decides what to say
            exc.__dict__.setdefault("formatted", traceback.format_exc())
            result, error = None, exc
        self._signals.finished.emit(result, error)


class Task:
    """A call of `fn` on the backpack worker, with callbacks on the GUI thread."""

    def __init__(self, parent: QObject, fn: Callable[[], Any]):
        self._parent, self._fn = parent, fn
        self._success: Callable[[Any], None] | None = None
        self._error: Callable[[BaseException], None] | None = None
        self._signals = _Signals()
        self._signals.finished.connect(self._finish)
        self._alive = True
        parent.destroyed.connect(self._forget)

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self._success = callback
        return self

    def on_error(self, callback: Callable[[BaseException], None]) -> Task:
        self._error = callback
        return self

    def start(self) -> Task:
        _RUNNING.add(self)
        activity().changed.emit(len(_RUNNING))
        _SERIAL.start(_Job(self._fn, self._signals))
        return self

    def _forget(self) -> None:
        self._alive = False

    def _finish(self, result: Any, error: BaseException | None) -> None:
        _RUNNING.discard(self)
        activity().changed.emit(len(_RUNNING))
        if not self._alive:
            return
        if error is None:
            if self._success:
                self._success(result)
        elif self._error:
            self._error(error)
        else:
            from backpack_app.ui.errors import show_error

            show_error(self._parent, error)


def drop_results(parent: QObject) -> None:
    """What the work `parent` has started so far comes back to nobody: the work itself still
    runs (the worker finishes it), but no callback shows its result. Locking the backpack uses
    this so no record arrives in a window that has just emptied itself."""
    for task in list(_RUNNING):
        if task._parent is parent:
            task._forget()


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until queued work is done (used when closing and by tests)."""
    return _SERIAL.waitForDone(timeout_ms)
