"""The one way the window runs work off the UI thread.

`Task(parent, fn).on_success(cb).on_error(cb).start()`. Work that touches the backpack runs on
one serial worker (SQLCipher connections are not for concurrent use); results come back to the
GUI thread by signal and are dropped if `parent` was destroyed meanwhile. `beside=True` runs on
a second thread instead, for work that opens a connection of its own and only reads (a sync
reading the shared folder), so the window's own work does not queue behind it.

Every result travels through one long-lived QObject made on the GUI thread. A Task is a plain
Python object: a QObject per task would become garbage in a cycle with its task, and Python may
collect such garbage on the worker thread, destroying a GUI-thread object there (a crash).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_SERIAL = QThreadPool()
_SERIAL.setMaxThreadCount(1)
_BESIDE = QThreadPool()
_BESIDE.setMaxThreadCount(1)
_RUNNING: set[Task] = set()


class _Hub(QObject):
    finished = Signal(object, object, object)  # (task, result, error)
    changed = Signal(int)  # how many tasks have started and not yet come back


_hub: _Hub | None = None


def _the_hub() -> _Hub:
    """Made on first use, which is on the GUI thread (a Task is made there)."""
    global _hub
    if _hub is None:
        _hub = _Hub()
        _hub.finished.connect(lambda task, result, error: task._finish(result, error))
    return _hub


def activity() -> _Hub:
    """Says how much work is under way (`changed(count)`), for a busy indicator."""
    return _the_hub()


class _Job(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self._task = task

    def run(self) -> None:
        try:
            result, error = self._task._fn(), None
        except BaseException as exc:  # handed to the GUI thread, which decides what to say
            exc.__dict__.setdefault("formatted", traceback.format_exc())
            result, error = None, exc
        hub, task = _the_hub(), self._task
        self._task = None  # the worker keeps nothing of it
        hub.finished.emit(task, result, error)


class Task:
    """A call of `fn` on the backpack worker, with callbacks on the GUI thread."""

    def __init__(self, parent: QObject, fn: Callable[[], Any], *, beside: bool = False):
        self._parent, self._fn, self._beside = parent, fn, beside
        self._success: Callable[[Any], None] | None = None
        self._error: Callable[[BaseException], None] | None = None
        self._alive = True
        _the_hub()

    def on_success(self, callback: Callable[[Any], None]) -> Task:
        self._success = callback
        return self

    def on_error(self, callback: Callable[[BaseException], None]) -> Task:
        self._error = callback
        return self

    def start(self) -> Task:
        _RUNNING.add(self)
        activity().changed.emit(len(_RUNNING))
        (_BESIDE if self._beside else _SERIAL).start(_Job(self))
        return self

    def _forget(self) -> None:
        self._alive = False

    def _finish(self, result: Any, error: BaseException | None) -> None:
        _RUNNING.discard(self)
        activity().changed.emit(len(_RUNNING))
        success, failure = self._success, self._error
        self._fn = self._success = self._error = None  # nothing held once it is done
        if not self._alive or not shiboken6.isValid(self._parent):
            return
        if error is None:
            if success:
                success(result)
        elif failure:
            failure(error)
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
    return _BESIDE.waitForDone(timeout_ms) and _SERIAL.waitForDone(timeout_ms)
