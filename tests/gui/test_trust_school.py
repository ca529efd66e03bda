"""Trusting the school from the trust file it hands out (`backpack school trust-entry`), from
the import results and from Settings: the question names the school and the file, never a
bare DID; a file for another key trusts nothing. Observed: "Trust did:key:z6Mkv… only if you
know it is the school's", and no way to load the school's trust file in the window."""

from __future__ import annotations

import json

from backpack_app.credentials.demo_school import course_credential, new_school
from backpack_app.ui.tasks import wait_for_tasks
from tests.gui.test_window_flows import ana_window


def _entry(tmp_path, name, school, file):
    """A trust entry as `backpack school trust-entry` writes it."""
    path = tmp_path / file
    entry = {"name": name, "did": school.did, "url": "https://lincoln.example.org"}
    path.write_text(json.dumps(entry, indent=2) + "\n")
    return path


def test_the_school_is_trusted_from_its_trust_file(qtbot, tmp_path, answers):
    seen, replies = answers
    school, impostor = new_school(), new_school("Lincoln High School")
    course = tmp_path / "algebra.json"
    doc = course_credential(school, course="Algebra I", email="ana@lincoln.edu")
    course.write_text(json.dumps(school.sign(doc)))
    window = ana_window(qtbot, tmp_path)
    wait_for_tasks()
    window.wallet.update_learner(
        window.wallet.learner("Ana Rivera").model_copy(update={"emails": ["ana@lincoln.edu"]})
    )
    window.import_paths([course])
    qtbot.waitUntil(lambda: window.import_dialog is not None, timeout=30_000)
    view = window.main.official
    qtbot.waitUntil(lambda: "Algebra I" in dict(view.rows_shown()), timeout=20_000)
    assert dict(view.rows_shown())["Algebra I"] == "⚠ Issuer not in your trust list"
    # A trust file for another key (an impostor's, same name) trusts nothing.
    replies["action"] = 0
    replies["open_files"] = [_entry(tmp_path, "Lincoln High School", impostor, "other.json")]
    window.import_dialog.trust_button.click()
    qtbot.waitUntil(lambda: any(k == "problem" for k, _ in seen), timeout=20_000)
    problem = next(d["text"] for k, d in seen if k == "problem")
    assert "other.json" in problem and "Nothing was trusted" in problem
    wait_for_tasks()
    assert not window.wallet.trust_list().issuers
    # The school's own file: the question names the school, the file and its website.
    replies["open_files"] = [_entry(tmp_path, "Lincoln High School", school, "lincoln.json")]
    replies["confirm"] = True
    window.import_dialog.trust_button.click()
    qtbot.waitUntil(
        lambda: dict(view.rows_shown()).get("Algebra I") == "✔ Verified", timeout=30_000
    )
    questions = [d["text"] for k, d in seen if k in ("action", "confirm")]
    assert "“Lincoln High School”" in questions[0]
    assert "Lincoln High School" in questions[-1] and "lincoln.json" in questions[-1]
    assert "lincoln.example.org" in questions[-1]
    assert not any("did:" in q for q in questions)  # never a bare DID as the question
    table = window.main.settings.trusted
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=20_000)
    cells = [table.rows.data(table.rows.index(0, c)) for c in range(3)]
    assert cells == ["Lincoln High School", "https://lincoln.example.org", school.did]


def test_settings_loads_a_trust_file(qtbot, tmp_path, answers):
    _seen, replies = answers
    window = ana_window(qtbot, tmp_path)
    replies["open_files"] = [_entry(tmp_path, "Roosevelt Middle", new_school(), "rms.json")]
    replies["confirm"] = True
    window.main.settings.trust_file.click()
    qtbot.waitUntil(lambda: window.main.settings.trusted.rowCount() == 1, timeout=20_000)
    wait_for_tasks()
    assert [i.name for i in window.wallet.trust_list().issuers.values()] == ["Roosevelt Middle"]
