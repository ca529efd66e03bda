"""Sharing to a person from the share dialog: "Add a person…" reads their card there and
chooses them; the file is named after the learner and the recipient, and after saving the
dialog says plainly what to do next. Observed: only "Anyone I give a share code to" when no
contact existed (adding one was at the bottom of Settings), and a file named by a UUID."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from backpack_app.domain.records import Category
from backpack_app.domain.sharing import end_of_school_year
from backpack_app.ui.views.expiry import ExpiryField
from tests.gui.test_family import _tutor_card
from tests.gui.test_window_flows import ana_window


def test_add_a_person_from_the_share_dialog_and_read_the_next_steps(qtbot, tmp_path, answers):
    seen, replies = answers
    card, _png, fingerprint = _tutor_card(tmp_path, name="Ms. Lee")
    window = ana_window(qtbot, tmp_path)
    window.wallet.add_record(Category.GOAL, title="Read 20 books")
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    dialog = window.share_dialog
    assert dialog.recipient.count() == 1  # only a code, until a person is added
    replies["open_files"], replies["confirm"] = [card], True
    dialog.add_person.click()
    qtbot.waitUntil(lambda: dialog.recipient.currentData() == "Ms. Lee", timeout=20_000)
    assert dialog.recipient.currentText() == f"Ms. Lee  ({fingerprint})"
    next(iter(dialog.items.values())).setCheckState(0, Qt.CheckState.Checked)
    replies["save_file"] = tmp_path / "ana-rivera-for-ms-lee.backpack"
    dialog.make.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.result.text(), timeout=30_000)
    (asked,) = [d for kind, d in seen if kind == "save_file"]
    assert asked["suggested"] == "ana-rivera-for-ms-lee.backpack"  # not a UUID
    assert (
        "Send ana-rivera-for-ms-lee.backpack to Ms. Lee by email or USB; they open it in Backpack"
        in dialog.result.text()
    )


def test_expiry_presets_and_a_typed_year(qtbot):
    """Observed: typed years did not take in the share's date (the field's minimum refused
    the year on its way); presets for the usual spans."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDateTimeEdit

    today = dt.date(2026, 12, 3)
    field = ExpiryField(today)
    qtbot.addWidget(field)
    days = {}
    for i in range(field.presets.count() - 1):
        field.presets.setCurrentIndex(i)
        days[field.presets.itemText(i)] = field.day()
    assert days == {
        "1 week": dt.date(2026, 12, 10),
        "2 weeks": dt.date(2026, 12, 17),
        "1 month": dt.date(2027, 1, 2),
        "End of the school year": dt.date(2027, 6, 30),
    }
    assert end_of_school_year(dt.date(2026, 3, 1)) == dt.date(2026, 6, 30)
    field.presets.setCurrentIndex(2)  # 2027-01-02; the user wants Christmas Day, typed
    field.show()
    field.edit.setFocus()
    for section, typed in (("Year", "2026"), ("Month", "12"), ("Day", "25")):
        field.edit.setSelectedSection(getattr(QDateTimeEdit.Section, f"{section}Section"))
        QTest.keyClicks(field.edit, typed)  # 2026-01-02 on the way: before "tomorrow"
    assert field.day() == dt.date(2026, 12, 25)
    assert field.presets.currentData() == "custom" and field.problem() == ""


def test_a_card_that_cannot_be_read_is_said_in_the_share_dialog(qtbot, tmp_path, answers):
    _seen, replies = answers
    window = ana_window(qtbot, tmp_path)
    window.wallet.add_record(Category.GOAL, title="Read 20 books")
    window.start_share()
    qtbot.waitUntil(lambda: window.share_dialog is not None, timeout=20_000)
    dialog = window.share_dialog
    damaged = tmp_path / "lee.card"
    damaged.write_bytes(b"not a card at all")
    replies["open_files"] = [damaged]
    dialog.add_person.click()  # the sentence is shown where the person was asked for
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert dialog.recipient.count() == 1 and window.wallet.contacts() == []
