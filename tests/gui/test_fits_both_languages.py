"""Layouts fit both languages: at the default size no button's text is cut, in English or in
Spanish (observed: first-run buttons cut off in Spanish), and Qt's own words (file dialogs,
"Close") are Spanish too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget

from backpack_app.domain.records import Category
from backpack_app.ui.i18n import install_language
from backpack_app.ui.settings import LANGUAGE
from backpack_app.ui.tasks import wait_for_tasks
from backpack_app.ui.views.import_results import ImportResultsDialog
from backpack_app.ui.views.learner_dialog import LearnerDialog
from backpack_app.ui.views.profile_editor import EntryEditor
from tests.gui.test_window_flows import ana_window, make_window


@pytest.fixture(params=["en", "es"])
def language(request):
    LANGUAGE.set(request.param)  # what the window installs when it opens
    assert install_language(request.param)
    yield request.param
    install_language("en")


def cut_buttons(top: QWidget) -> list[str]:
    """Buttons shown narrower than their text needs (Qt then cuts the text)."""
    top.adjustSize() if top.isWindow() and top.width() < 50 else None
    QCoreApplication.processEvents()
    return [
        f"{b.text()!r}: {b.width()} < {b.sizeHint().width()}"
        for b in top.findChildren(QAbstractButton)
        if b.isVisibleTo(top) and b.text() and b.width() < b.sizeHint().width()
    ]


def test_no_button_is_cut_at_the_default_size(qtbot, tmp_path, answers, language):
    first = make_window(qtbot, tmp_path / "new")  # first run
    spanish = first.first_run.create.text() != "Create backpack"
    assert spanish == (language == "es")
    assert cut_buttons(first) == []
    window = ana_window(qtbot, tmp_path)
    window.wallet.add_record(Category.GOAL, title="Read 20 books")
    main = window.main
    for row in range(main.sidebar.count()):
        main.sidebar.setCurrentRow(row)
        assert cut_buttons(window) == [], main.sidebar.item(row).text()
    dialogs = [LearnerDialog(window), ImportResultsDialog([], window)]
    dialogs += [EntryEditor(c, None, window) for c in (Category.GOAL, Category.SUPPORTS)]
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    dialogs.append(window.share_dialog)
    for dialog in dialogs:
        dialog.show()
        assert cut_buttons(dialog) == [], type(dialog).__name__
        dialog.hide()
    wait_for_tasks()


def test_qt_own_words_are_spanish(qtbot, language):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    close = box.button(QDialogButtonBox.StandardButton.Close).text()
    assert close == {"en": "Close", "es": "Cerrar"}[language]
    opened = QCoreApplication.translate("QFileDialog", "Open")
    assert opened == {"en": "Open", "es": "Abrir"}[language]
