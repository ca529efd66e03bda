"""Screen readers and keyboards: every input has a name, and Tab goes through a screen in the
order it reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from backpack_app.domain.records import CATEGORIES, Section
from backpack_app.ui.views.profile_editor import EntryEditor
from backpack_app.ui.views.share_dialog import ShareDialog
from tests.gui.test_window_flows import make_window, unlock

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _labelled(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget for label in root.findChildren(QLabel))


def unnamed(root: QWidget) -> list[str]:
    """Inputs and buttons a screen reader could only call by their type."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box speaks for its parent
        if isinstance(widget, QAbstractButton):
            if not (widget.text().strip("▾ ") or widget.accessibleName()):
                missing.append(f"{type(widget).__name__} without text")
        elif isinstance(widget, INPUTS) and not (
            widget.accessibleName() or _labelled(widget, root)
        ):
            hint = getattr(widget, "placeholderText", lambda: "")()
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {hint!r}")
    return missing


def tab_order(start: QWidget, count: int) -> list[QWidget]:
    """The widgets focus visits pressing Tab `count` times from `start`."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = [QApplication.focusWidget()]
    for _ in range(count):
        QApplication.focusWidget().focusNextPrevChild(True)
        QApplication.processEvents()
        seen.append(QApplication.focusWidget())
    return seen


def test_first_run_and_unlock_name_every_input_and_tab_in_reading_order(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "new")
    first = window.first_run
    assert unnamed(first) == []
    order = tab_order(first.learner, 3)
    assert order == [first.learner, first.passphrase, first.confirm, first.create]


def test_every_page_dialog_and_editor_names_its_inputs(qtbot, tmp_path, answers):
    from backpack_app.demo import make_demo_backpack
    from tests.conftest import FAST, PASSPHRASE

    home = tmp_path / "demo"
    make_demo_backpack(home, PASSPHRASE, kdf=FAST)
    window = make_window(qtbot, home)
    assert unnamed(window.unlock) == []
    unlock(qtbot, window)
    main = window.main
    qtbot.waitUntil(lambda: main.official.model.rowCount() > 0, timeout=30_000)
    problems = {}
    for page in range(main.sidebar.count()):
        main.sidebar.setCurrentRow(page)
        problems[main.sidebar.item(page).text()] = unnamed(main)
    records = window.wallet.list_records()
    share = ShareDialog(records, window.wallet.contacts(), window)
    qtbot.addWidget(share)
    share.show()
    problems["share dialog"] = unnamed(share)
    for category, info in CATEGORIES.items():
        if info.section is Section.PROFILE:
            editor = EntryEditor(category, None, window)
            qtbot.addWidget(editor)
            editor.show()
            problems[category.value] = unnamed(editor)
            editor.discard()
    assert {k: v for k, v in problems.items() if v} == {}
