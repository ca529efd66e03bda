"""The share page in a real browser, for a program the family shared a tutor's note and
endorsement with: each is shown as third-party attested, written by the tutor, with the tutor's
own key, as `backpack open --json` says (English and Spanish)."""

from __future__ import annotations

import io
import json

import pytest

from backpack_app.cli.main import run
from tests.browser.conftest import open_page, wait_settled
from tests.onward_share import ENDORSEMENT, GOAL, NOTE, make_onward


@pytest.fixture(scope="module")
def onward(tmp_path_factory):
    folder = tmp_path_factory.mktemp("onward-page")
    made = make_onward(folder)
    code_file = folder / "code.txt"
    code_file.write_text(made.code)
    out, err = io.StringIO(), io.StringIO()
    argv = ["--home", str(folder / "nobody"), "open", str(made.page), "--code-file"]
    run([*argv, str(code_file), "--json"], environ={}, stdout=out, stderr=err, interactive=False)
    assert "Traceback" not in err.getvalue()
    return made, json.loads(out.getvalue())


def _records(opened) -> dict[str, dict]:
    return {
        r["title"]: r
        for r in opened.page.eval_on_selector_all(
            "article.record",
            """els => els.map(e => ({
                title: e.querySelector('h3').innerText,
                provenance: e.dataset.provenance,
                did: e.dataset.authorDid || null,
                text: e.innerText,
            }))""",
        )
    }


@pytest.mark.parametrize(
    ("locale", "label", "written"),
    [
        ("en-US", "Third-party attested", "written by Ms. Lopez"),
        ("es-ES", "Avalado por un tercero", "escrito por Ms. Lopez"),
    ],
)
def test_the_page_says_who_wrote_each_entry(browser, onward, locale, label, written):
    made, said = onward
    opened = open_page(browser, made.page, locale=locale, fragment=f"#code={made.code}")
    try:
        assert wait_settled(opened) == "open", opened.errors
        records = _records(opened)
        assert set(records) == {NOTE, ENDORSEMENT, GOAL}
        cli = {r["title"]: r for r in said["records"]}
        for title in (NOTE, ENDORSEMENT):
            shown = records[title]
            assert shown["provenance"] == cli[title]["provenance"] == "third_party_attested"
            assert shown["did"] == cli[title]["author"]["did"] == made.tutor_did
            assert label in shown["text"] and written in shown["text"]
            assert made.tutor_did in shown["text"]
            assert cli[title]["author"]["fingerprint"] in shown["text"]
        # What they wrote, the hours, and the record endorsed (by its title in the share).
        assert "Ana works steadily on fractions." in records[NOTE]["text"]
        assert "6.5" in records[NOTE]["text"]
        assert "She read every one of them with me." in records[ENDORSEMENT]["text"]
        assert GOAL in records[ENDORSEMENT]["text"]
        assert records[GOAL]["provenance"] == "self_reported" and records[GOAL]["did"] is None
        assert opened.requests == [] and opened.errors == []
    finally:
        opened.close()
