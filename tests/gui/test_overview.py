"""The Overview: counts, service hours, readiness, goals due, latest records."""

from __future__ import annotations

import json

from backpack_app.domain.records import Category
from backpack_app.ui.models.overview import build_overview, overview_html
from tests.issuing import course_credential, new_school


def test_overview_adds_up_a_learners_record(wallet):
    school = new_school()
    wallet.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
    wallet.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12.5})
    wallet.add_record(Category.SERVICE, title="Library", details={"hours": 3})
    wallet.add_record(Category.MILESTONE, title="SAT", details={"status": "done"})
    wallet.add_record(Category.MILESTONE, title="FAFSA")
    wallet.add_record(Category.GOAL, title="Read <20> books", details={"target_date": "2026-06-01"})
    wallet.add_record(
        Category.GOAL,
        title="Done goal",
        details={"target_date": "2026-01-01", "status": "achieved"},
    )
    view = build_overview(wallet.profile_figures())
    assert view.service_hours == 15.5
    assert (view.milestones_done, view.milestones) == (1, 2)
    assert view.goals_due == [("Read <20> books", "2026-06-01")]
    assert view.signed == 1 and view.verified == 0  # the issuer is not trusted yet
    assert view.latest[0] == ("Done goal", "Goals · self-reported")  # labelled as written
    html = overview_html("Ana <b>", view)
    assert "Read &lt;20&gt; books" in html and "Ana &lt;b&gt;" in html and "15.5" in html


def test_overview_in_plain_words_with_the_signed_gpa(wallet):
    """Observed: "9 signed records" beside "Courses and transcript: 18", "readiness 0 of 0
    milestones", and no GPA."""
    from pathlib import Path

    issued = Path(__file__).parents[1] / "fixtures" / "oneroster" / "issued" / "stu-00001"
    rosa = wallet.add_learner("Rosa Okafor").id
    for name in ("clr.json", "ENG-1010_term-fall-2024.json"):  # the course is in the CLR too
        wallet.import_credentials((issued / name).read_bytes(), learner=rosa)
    view = build_overview(wallet.profile_figures(rosa))
    assert view.counts == {"Courses and transcript": view.signed}  # one count, both places
    assert view.signed == 9  # 8 courses and the diploma program; not the CLR, not twice
    assert [(g["gpa"], g["school"]) for g in view.gpas] == [("3.19", "Lincoln High School")]
    assert view.credits == 4.0  # as the signed courses state them
    html = overview_html("Rosa", view)
    assert "GPA <b>3.19</b>, as signed by Lincoln High School" in html
    assert "not in your trust list" in html
    assert "<b>4</b> credits" in html
    assert "0 of 0" not in html and "hours of community service" not in html  # empty: hidden


def test_recovery_sheet_holds_the_key(tmp_path, answers):
    from pypdf import PdfReader

    from backpack_app.ui import dialogs

    seen, replies = answers
    replies["save_file"] = tmp_path / "sheet.pdf"
    key = "K7QF-2M9D-AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
    assert dialogs.save_recovery_sheet(None, key, "~/Backpack") == tmp_path / "sheet.pdf"
    assert ("open_file", {"path": tmp_path / "sheet.pdf"}) in seen  # opened to be printed
    text = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text().replace("\n", "")
    assert key in text and "recover" in text


def test_clr_program_lines_come_from_its_achievements_and_associations():
    from pathlib import Path

    from backpack_app.ui.views.official_records import _program_lines

    raw = (Path(__file__).parents[1] / "fixtures" / "peer" / "clr2-eddsa-0006.json").read_text()
    lines = _program_lines(raw)
    assert lines[0] == "Program part: <b>Fall 2025 academic term</b> (AssociateDegree)"
    assert lines[-1].endswith("links between the program and the records inside")
    assert _program_lines("{not json") == [] and _program_lines('{"type": "x"}') == []
    hostile = (
        '{"type": ["ClrCredential"], "credentialSubject": {"achievement": [{"name": "<script>"}]}}'
    )
    assert "&lt;script&gt;" in _program_lines(hostile)[0]
