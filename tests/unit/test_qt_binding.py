"""The Qt binding installed must not corrupt the interpreter: PySide6 6.12.0 returned True from
`SignalInstance.emit()` without a reference of its own, so every emit from Python took one from
True and a session crashed ("deallocating True") after a few hundred of them (Python 3.11, where
True is not yet immortal)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    said = Signal(int)


def test_emitting_a_signal_leaves_the_interpreters_true_alone():
    emitter = _Emitter()
    heard: list[int] = []
    emitter.said.connect(heard.append)
    before = sys.getrefcount(True)
    for n in range(100):
        emitter.said.emit(n)
    assert heard == list(range(100))
    assert sys.getrefcount(True) >= before - 5  # a few may come and go; 100 lost is the bug
