"""Overview → On track: each indicator on its own card with its rule, trend, what is missing and
the records behind it one click away; the grade level; Spanish; and never part of a share."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from backpack_app.domain import on_track
from backpack_app.ui.i18n import install_language
from backpack_app.ui.on_track_words import SENTENCES
from backpack_app.ui.views.on_track_view import OnTrackView
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock
from tests.on_track_data import NOW, fill


@pytest.fixture
def ana(wallet):
    learner = wallet.learner("Ana Rivera").id  # the fixture's learner
    fill(wallet, learner)
    return learner


@pytest.fixture
def spanish_restored():
    yield
    install_language("en")


def texts(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = [w.text() for w in widget.findChildren(QLabel)]
    found += [w.text() for w in widget.findChildren(QAbstractButton)]
    return "\n".join(found)


def test_each_indicator_on_its_own_card_with_rule_trend_and_sources(qtbot, wallet, ana):
    view = OnTrackView()
    qtbot.addWidget(view)
    view.show_records(wallet.on_track_records(ana), today=NOW.date())
    assert [c.indicator.id for c in view.cards] == list(on_track.INDICATORS)
    attendance = view.card("attendance")
    assert attendance.status.text() == "Off track"  # Spring 2025: 3 of 4 days
    shown = texts(attendance)
    assert "Rule: Chronic absence" in shown
    assert "Fall 2024: On track" in shown and "Spring 2025: Off track" in shown
    assert "Add a goal…" in shown and attendance.goal.isVisibleTo(view)
    assert "score" not in texts(view).replace("no overall score", "")  # never a single score
    assert view.card("course_grades").status.text() == "Off track"  # Algebra I: F
    gpa = view.card("gpa")
    assert gpa.status.text() == "Missing data" and "Missing: No GPA signed" in texts(gpa)
    ninth = view.card("ninth_grade_on_track")  # 9th grade, as the school's Ed-Fi record says
    assert ninth.status.text() == "Worth watching"  # one term so far: 2 credits, one F
    assert "Grade level 9 as stated by the school's signed records for 2024-25." in texts(ninth)
    view.grade.setCurrentIndex(view.grade.findData(10))  # the family's word does not override
    ninth = view.card("ninth_grade_on_track")
    assert ninth.status.text() == "Worth watching"
    assert "You gave grade 10; the school's signed records say grade 9" in texts(ninth)
    wanted = []
    view.record_requested.connect(wanted.append)
    actions = attendance.sources.menu().actions()
    assert len(actions) == 2 and "Attendance summary" in actions[0].text()
    actions[0].trigger()
    assert wanted == [attendance.indicator.records[0]]


def test_in_spanish(qtbot, wallet, ana, spanish_restored):
    assert install_language("es")
    view = OnTrackView()
    qtbot.addWidget(view)
    view.show_records(wallet.on_track_records(ana), today=NOW.date())
    shown = texts(view)
    assert "Fuera de camino" in shown or "Fuera de" in shown
    assert "Chronic absence" not in shown and "Regla:" in shown
    for sentence in ("There is no GPA signed by the school.", "No GPA signed by the school."):
        assert sentence not in shown


def test_the_window_shows_the_tab_and_opens_a_source_record(qtbot, tmp_path, answers):
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with wallet:
        learner = wallet.add_learner("Ana Rivera").id
        fill(wallet, learner)
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    main = window.main
    qtbot.waitUntil(lambda: len(main.on_track.cards) == 5, timeout=20_000)
    main.sidebar.setCurrentRow(0)
    main.overview.setCurrentWidget(main.on_track)
    card = main.on_track.card("course_grades")
    assert card.status.text() == "Off track"
    record = card.indicator.records[0]
    card.sources.menu().actions()[0].trigger()
    assert main.sidebar.currentRow() == 1
    assert main.official.tree.currentIndex().isValid()
    title = window.wallet.get_record(record).title
    assert main.official.tree.currentIndex().siblingAtColumn(0).data() == title
    # the grade level the family picks is kept with the learner (self-reported)
    main.on_track.grade.setCurrentIndex(main.on_track.grade.findData(10))
    qtbot.waitUntil(lambda: window.wallet.learner(learner).grade_level == 10, timeout=10_000)


def test_nothing_from_it_is_in_a_share_by_default(wallet, ana):
    """The view is computed, never stored, so no share can hold it; the behaviour summary it
    reads is restricted: no category or preset takes it, only its id with include_restricted;
    attendance (private) stays out of presets."""
    import pytest as _pytest

    from backpack_app.domain.records import Category
    from backpack_app.errors import UserError
    from backpack_app.sharing.selection import PRESETS, choose

    listed = wallet.list_records(learner=ana)
    assert {r.category for r in listed} == {
        Category.ATTENDANCE,
        Category.DISCIPLINE,
        Category.TRANSCRIPT,
    }  # nothing derived was stored
    for preset in PRESETS:
        try:
            chosen = choose(listed, preset=preset)
        except UserError:
            continue
        assert {r.category for r in chosen} <= {Category.TRANSCRIPT}
    with _pytest.raises(UserError):
        choose(listed, category=Category.DISCIPLINE)
    discipline = next(r for r in listed if r.category is Category.DISCIPLINE)
    with _pytest.raises(UserError):
        choose(listed, ids=[discipline.id])
    assert choose(listed, ids=[discipline.id], include_restricted=True) == [discipline]


def test_every_domain_sentence_is_marked_for_translation():
    source = Path(on_track.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    docs = {
        ast.get_docstring(n, clean=False)
        for n in ast.walk(tree)
        if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef)
    }
    words = {
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and n.value[:1].isupper() | n.value.startswith("{") | n.value.islower()
        and " " in n.value.strip()
        and n.value not in docs
        and "\\b" not in n.value
        and "(?" not in n.value
    }
    results = {"Days enrolled", "Days present", "Discipline incidents", "grade point"}
    results |= {"Grade level"}
    results |= {"In-school suspensions", "Out-of-school suspensions", "earth science", "(no term)"}
    assert words - results - set(SENTENCES) == set()


def test_it_fits_in_the_window_key_only_by_keyboard_too(qtbot, wallet, ana):
    view = OnTrackView()
    qtbot.addWidget(view)
    view.show_records(wallet.on_track_records(ana), today=NOW.date())
    view.grade.setFocus()
    qtbot.keyClick(view.grade, Qt.Key.Key_Down)
    assert view.grade.currentData() == 6


def test_standards_by_term_table(qtbot, wallet, spanish_restored):
    from backpack_app.ui.views.on_track_view import StandardsView

    issued = Path(__file__).parents[1] / "fixtures" / "oneroster" / "issued" / "stu-00001"
    rosa = wallet.add_learner("Rosa Okafor").id
    wallet.import_credentials((issued / "clr.json").read_bytes(), learner=rosa)
    view = StandardsView()
    qtbot.addWidget(view)
    view.show_records(wallet.on_track_records(rosa))
    header = [view.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert header == ["Standard", "Fall 2024", "Spring 2025"]
    rows = {row[0].split(":")[0]: row[1:] for row in view.cells()}
    assert rows["W.9-10.1"] == ["Proficient", ""]
    held = wallet.on_track_records(rosa)
    untrusted = StandardsView()  # with the stored checks: its school is not trusted
    qtbot.addWidget(untrusted)
    untrusted.show_records(held, wallet.on_track_checks(held))
    assert untrusted.table.rowCount() == 0
    assert rows["HSG-CO.C.10"] == ["", "Advanced"]
    assert install_language("es")
    spanish = StandardsView()
    qtbot.addWidget(spanish)
    spanish.show_records(wallet.on_track_records(rosa))
    assert spanish.table.horizontalHeaderItem(0).text() == "Estándar"


def test_an_untrusted_schools_records_are_listed_as_not_counted(qtbot, wallet):
    learner = wallet.learner("Ana Rivera").id
    fill(wallet, learner, trusted=False)
    view = OnTrackView()
    qtbot.addWidget(view)
    held = wallet.on_track_records(learner)
    view.show_records(held, wallet.on_track_checks(held))
    attendance = view.card("attendance")
    assert attendance.status.text() == "Missing data" and not attendance.indicator.records
    shown = texts(attendance)
    assert (
        "Not counted: Attendance summary (Fall 2024); Attendance summary (Spring 2025), "
        "because its issuer (Lincoln High School) is not in your trust list." in shown
    )  # one sentence per reason
    menu = [a.text() for a in attendance.sources.menu().actions()]
    assert menu == [
        "Not counted",
        "Attendance summary (Fall 2024)",
        "Attendance summary (Spring 2025)",
    ]


def test_without_a_grade_level_the_next_step_names_the_box(qtbot, spanish_restored):
    view = OnTrackView()
    qtbot.addWidget(view)
    view.show_records([])
    assert (
        "Next: Choose the learner's grade level in the “Grade level” box above (kept with the "
        "learner, self-reported)." in texts(view.card("ninth_grade_on_track"))
    )
    chosen = []
    view.grade_level_chosen.connect(chosen.append)
    view.show_records([], grade_level=9)  # the kept one: shown, not chosen again
    assert view.grade.currentData() == 9 and chosen == []
    assert "Say the learner's grade level" not in texts(view)
    view.grade.setCurrentIndex(view.grade.findData(None))
    assert chosen == [None]
    assert install_language("es")
    spanish = OnTrackView()
    qtbot.addWidget(spanish)
    spanish.show_records([])
    assert "Elija el grado del estudiante en la casilla" in texts(spanish)
