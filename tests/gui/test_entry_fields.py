"""Every add path keeps every field: each kind of entry is added in the window with every field
filled (title, description, date, each details field, a goal's note, attached files) and the
stored record is read back. Observed: a new goal's note was dropped on the add path."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QPlainTextEdit

from backpack_app.domain.records import CATEGORIES, Category, Section
from backpack_app.ui.tasks import wait_for_tasks
from backpack_app.ui.views.profile_editor import OptionalDate
from tests.gui.test_window_flows import ana_window

PROFILE = [c for c, i in CATEGORIES.items() if i.section is Section.PROFILE]
OFFICIAL = [c for c, i in CATEGORIES.items() if i.section is Section.OFFICIAL]


def fill(editor, tmp_path, replies) -> dict:
    """Type a distinct value into every field of the editor; return what each should store."""
    expected: dict = {}
    editor.title.setText("A title")
    editor.description.setPlainText("A description")
    editor.date.enabled.setChecked(True)
    editor.date.edit.setDate(QDate(2026, 2, 3))
    for n, (name, widget) in enumerate(editor.fields.items()):
        if isinstance(widget, QLineEdit):
            widget.setText(f"{name} words")
            expected[name] = f"{name} words"
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(f"{name} long words")
            expected[name] = f"{name} long words"
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(7.5 + n)
            expected[name] = 7.5 + n
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.count() - 1)
            expected[name] = widget.currentData()
        elif isinstance(widget, OptionalDate):
            widget.enabled.setChecked(True)
            widget.edit.setDate(QDate(2026, 5, 1 + n))
            expected[name] = dt.date(2026, 5, 1 + n)
        else:  # a new kind of widget must be taught to this test
            raise AssertionError(f"{name}: {type(widget).__name__}")
    if editor.note is not None:
        editor.note.setText("Started with the library list")
    if hasattr(editor, "file_list"):
        paper = tmp_path / "paper.pdf"
        paper.write_bytes(b"%PDF-1.4 not really")
        replies["open_files"] = [paper]
        editor._attach()
    return expected


@pytest.mark.parametrize("category", PROFILE + OFFICIAL, ids=lambda c: c.value)
def test_adding_an_entry_keeps_every_field(qtbot, tmp_path, answers, category):
    _seen, replies = answers
    window = ana_window(qtbot, tmp_path)
    if category in PROFILE:
        window.main.profile.add_actions[category].trigger()
    else:  # an official document the school handed over, added in Official records
        window.main.official.documents.add_actions[category].trigger()
    editor = window.editor
    expected = fill(editor, tmp_path, replies)
    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=20_000)
    wait_for_tasks()
    (summary,) = window.wallet.list_records(categories=[category])
    record = window.wallet.get_record(summary.id)
    assert (record.title, record.description, record.date) == (
        "A title",
        "A description",
        dt.date(2026, 2, 3),
    )
    stored = record.details.model_dump(mode="python")
    for name, value in expected.items():
        assert stored[name] == value, name
    if category is Category.GOAL:
        assert [n.text for n in record.details.progress_notes] == ["Started with the library list"]
    if hasattr(editor, "file_list"):
        assert [a.name for a in record.attachments] == ["paper.pdf"]
    assert record.sensitivity is CATEGORIES[category].sensitivity
    if category in (Category.GOAL, Category.MILESTONE):  # observed: no target date in the list
        due = expected.get("target_date") or expected.get("due_date")
        page = window.main.profile
        qtbot.waitUntil(lambda: page.rowCount() == 1, timeout=20_000)
        assert page.table.model().index(0, 3).data() == f"by {due.isoformat()}"


def test_a_restricted_document_added_elsewhere_is_marked_previewed_and_saved(
    qtbot, tmp_path, answers
):
    """Observed: an IEP added by the CLI showed as "From school, unsigned" with no preview and
    no way to save its file."""
    from tests.unit.test_previews import make_pdf

    _seen, replies = answers
    iep = tmp_path / "iep.pdf"
    iep.write_bytes(make_pdf(1))
    window = ana_window(qtbot, tmp_path)
    window.wallet.add_record(Category.SUPPORTS, title="IEP 2026", files=[iep])
    window._refresh_current()
    official = window.main.official
    qtbot.waitUntil(lambda: ("IEP 2026", "From school, unsigned") in official.rows_shown())
    heading = official.model.index(0, 0).data()
    assert "restricted" in heading and "IEP/504" in heading
    official.select(next(r.id for r in window.wallet.list_records(categories=[Category.SUPPORTS])))
    assert "Restricted" in official.detail.summary.text()
    assert "iep.pdf" in official.detail.summary.text()
    qtbot.waitUntil(
        lambda: (
            official.detail.preview.pixmap() is not None
            and not official.detail.preview.pixmap().isNull()
        ),
        timeout=20_000,
    )
    bar = official.documents
    assert bar.edit.isEnabled() and bar.save_file.isEnabled()
    replies["save_file"] = tmp_path / "copy.pdf"
    bar.save_file.click()
    qtbot.waitUntil(lambda: (tmp_path / "copy.pdf").exists(), timeout=20_000)
    assert (tmp_path / "copy.pdf").read_bytes() == iep.read_bytes()


def test_a_year_typed_into_an_empty_date_takes(qtbot):
    """Observed: typed years in date fields did not take (the field was off until its box
    was ticked)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDateTimeEdit

    field = OptionalDate(None)
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None
    field.edit.setFocus()
    field.edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    QTest.keyClicks(field.edit, "2031")
    assert field.value() is not None and field.value().year == 2031
