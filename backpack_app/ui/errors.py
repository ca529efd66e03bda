"""The one place where the window turns an exception into words for the user (in the
window's language: the core's English sentences are translated by `terms.core_words`)."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backpack_app.errors import BackpackError, CorruptBackpack
from backpack_app.ui import dialogs
from backpack_app.ui.terms import core_words


def user_message(error: BaseException) -> str | None:
    """The sentence for an error the user can act on, or None for a bug."""
    if isinstance(error, CorruptBackpack):
        return QCoreApplication.translate(
            "Backpack", "{problem} Restore it from a backup if you have one."
        ).format(problem=core_words(str(error)))
    if isinstance(error, BackpackError):
        return core_words(str(error))
    if isinstance(error, OSError):
        if error.filename:
            return QCoreApplication.translate(
                "Backpack", "The system refused: {reason} ({file})."
            ).format(reason=error.strerror, file=error.filename)
        return QCoreApplication.translate("Backpack", "The system refused: {reason}.").format(
            reason=error.strerror
        )
    return None


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A plain sentence for known problems; a crash dialog with copyable details otherwise."""
    text = user_message(error)
    if text is not None:
        dialogs.problem(parent, text)
        return
    details = getattr(error, "formatted", None) or "".join(
        traceback.format_exception(type(error), error, error.__traceback__)
    )
    dialogs.problem(
        parent,
        QCoreApplication.translate(
            "Backpack",
            "Backpack hit a problem it did not expect. Nothing you saved is lost; "
            "the details below help fix it.",
        ),
        details=details,
    )


def inline_message(parent: QWidget | None, error: BaseException, fallback: str) -> str:
    """The sentence to show inline next to what failed; a bug also opens the crash dialog."""
    text = user_message(error)
    if text is None:
        show_error(parent, error)
        return fallback
    return text


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def crash_hook(parent: QWidget, previous: ExceptHook) -> ExceptHook:
    """A `sys.excepthook` for what nothing caught on the GUI thread (a slot, a timer): the
    crash dialog opens, with its details to copy, after `previous` (which prints them)."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        previous(kind, error, tb)
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            return
        error.__dict__.setdefault("formatted", "".join(traceback.format_exception(kind, error, tb)))
        show_error(parent, error)

    return hook
