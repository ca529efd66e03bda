"""The official records' transcript: school → term → courses (code, grade, credits), a CLR kept
as the document holding its courses, the GPA it signed labelled as one, and each course's scored
standards under it. Real signed credentials: the OneRoster fixture's issued files and ours."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from backpack_app.domain.trust import TrustedIssuer
from backpack_app.ui.models.official import load_official
from backpack_app.ui.models.official_tree import COLUMNS, OF_RECORD_ROLE, ROW_ROLE
from backpack_app.ui.views.official_records import OfficialRecordsView
from tests.issuing import course_credential, new_school

ISSUED = Path(__file__).parents[1] / "fixtures" / "oneroster" / "issued" / "stu-00001"
CODE, SCHOOL, TERM, GRADE, CREDITS = (COLUMNS.index(c) for c in COLUMNS[1:6])


def cells(model, index: QModelIndex) -> list[str]:
    return [model.index(index.row(), c, index.parent()).data() for c in range(model.columnCount())]


def labels(model, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def child(model, parent: QModelIndex, label: str) -> QModelIndex:
    (found,) = (
        model.index(r, 0, parent)
        for r in range(model.rowCount(parent))
        if model.index(r, 0, parent).data() == label
    )
    return found


def test_the_transcript_goes_school_term_course_with_the_clr_gpa_and_standards(qtbot, wallet):
    rosa = wallet.add_learner("Rosa Okafor").id
    for name in ("clr.json", "ENG-1010_term-fall-2024.json"):  # a CLR and a course it carries
        (result,) = wallet.import_credentials((ISSUED / name).read_bytes(), learner=rosa)
    assert result.outcome.value == "duplicate"  # one transcript, not two
    # Lincoln is trusted; Riverside is not, so its name is only what it calls itself.
    wallet.trust_issuers([TrustedIssuer(id=result.report.issuer_id, name="Lincoln High School")])
    wallet.recheck_credentials()
    other = new_school("Riverside Academy")
    wallet.import_credentials(
        json.dumps(
            other.sign(course_credential(other, course="Art", code="ART9", email="r@x.org"))
        ).encode(),
        learner=rosa,
    )
    view = OfficialRecordsView()
    qtbot.addWidget(view)
    view.set_rows(load_official(wallet, rosa))
    model = view.model
    assert model.headerData(CODE, Qt.Orientation.Horizontal) == "Code"

    transcript = child(model, QModelIndex(), "Courses and transcript")
    assert labels(model, transcript) == ["Lincoln High School", "calls itself “Riverside Academy”"]
    lincoln = child(model, transcript, "Lincoln High School")
    clr_title = "Lincoln High School course record (Fall 2024, Spring 2025)"
    assert labels(model, lincoln) == [clr_title]  # the course file it carries is not repeated

    clr = child(model, lincoln, clr_title)
    assert clr.data(ROW_ROLE).title == clr_title  # the signed document stays a record
    assert labels(model, clr) == [
        "Academic record at Lincoln High School",
        "Fall 2024",
        "Spring 2025",
    ]
    gpa = cells(model, child(model, clr, "Academic record at Lincoln High School"))
    assert gpa[GRADE] == "GPA 3.19"
    fall = child(model, clr, "Fall 2024")
    assert labels(model, fall) == ["English 9", "Studio Art", "Algebra I", "Biology"]
    assert cells(model, fall)[CREDITS] == "2"  # the term's credits, four half credits
    english = child(model, fall, "English 9")
    row = cells(model, english)
    assert (row[CODE], row[GRADE], row[CREDITS]) == ("ENG-1010", "B", "0.5")
    assert (row[SCHOOL], row[TERM]) == ("", "")  # the headings above say them

    # Each standard the course scored, with its alignment's code and the rubric level reached.
    standards = [cells(model, model.index(r, 0, english)) for r in range(model.rowCount(english))]
    assert [(s[0], s[CODE], s[GRADE]) for s in standards] == [
        (
            "Write arguments to support claims, using valid reasoning and evidence.",
            "W.9-10.1",
            "Proficient",
        ),
        (
            "Cite strong and thorough textual evidence to support analysis of a text.",
            "RI.9-10.1",
            "Proficient",
        ),
        (
            "Participate effectively in a range of collaborative discussions.",
            "SL.9-10.1",
            "Advanced",
        ),
    ]
    standard = model.index(0, 0, english)
    assert standard.data(ROW_ROLE) is None  # not a record of its own…
    assert standard.data(OF_RECORD_ROLE).title == "English 9"  # …but the course that scored it
    assert "Common Core" in standard.data(Qt.ItemDataRole.ToolTipRole)
    art = child(model, child(model, clr, "Fall 2024"), "Studio Art")
    assert [model.index(r, GRADE, art).data() for r in range(model.rowCount(art))] == [
        "Exceeds"
    ] * 3  # a text score where no rubric was used

    # Every record is listed once (standards are not records) and can be chosen.
    shown = [title for title, _pill in view.rows_shown()]
    assert len(shown) == 1 + 9 + 1 and shown.count("English 9") == 1
    view.select(english.data(ROW_ROLE).id)
    assert view.tree.currentIndex().data(ROW_ROLE).entry.code == "ENG-1010"
    assert "English 9" in view.detail.title.text()
    view.tree.setCurrentIndex(standard)  # a standard shows its course's checks
    assert "English 9" in view.detail.title.text()
    riverside = child(model, transcript, "calls itself “Riverside Academy”")
    art9 = child(model, child(model, riverside, "Fall 2024"), "Art")
    assert cells(model, art9)[CODE] == "ART9"


def test_terms_come_in_date_order_whatever_order_the_files_came_in(qtbot, wallet):
    """Observed: terms in different orders in Official records and the share dialog."""
    school = new_school()
    for course, term, day in (
        ("Chemistry", "Spring 2025", "2025-06-10T00:00:00Z"),
        ("Algebra I", "Fall 2024", "2024-12-20T00:00:00Z"),
        ("Physics", "Fall 2025", "2025-12-19T00:00:00Z"),
    ):
        doc = course_credential(school, course=course, term=term, valid_from=day)
        wallet.import_credentials(json.dumps(school.sign(doc)).encode())
    view = OfficialRecordsView()
    qtbot.addWidget(view)
    view.set_rows(load_official(wallet, wallet.learner().id))
    transcript = child(view.model, QModelIndex(), "Courses and transcript")
    lincoln = child(view.model, transcript, "calls itself “Lincoln High School”")
    assert labels(view.model, lincoln) == ["Fall 2024", "Spring 2025", "Fall 2025"]
