"""`backpack state-test`: a family's state score report (CSV) or one result typed in with the
report attached, stored as unsigned Assessment records; a bad file stores nothing."""

from __future__ import annotations

import json

import pytest

from backpack_app.domain.state_tests import read_score_report
from backpack_app.errors import UserError

REPORT = (
    "Student Name,Student ID,School Year,Test Name,Content Area,Scale Score,Performance Level\n"
    "Ana Rivera,S-1001,2023-24,SBAC,Mathematics,2502,Level 3 - Standard Met\n"
    "Ana Rivera,S-1001,2023-24,SBAC,English Language Arts,2581,Level 4 - Standard Exceeded\n"
    "Ana Rivera,S-1001,2024-25,SBAC,Mathematics,2540,Level 3 - Standard Met\n"
)


def test_the_report_is_read_by_its_usual_column_names():
    found = read_score_report(REPORT.encode())
    first = found[0]
    assert (first.subject, first.year, first.scale_score) == (
        "Mathematics",
        "2023-24",
        "2502",
    )
    assert found[1].level == "Level 4 - Standard Exceeded"
    assert found[2].title == "SBAC: Mathematics (2024-25)"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Name,Score\nAna,3\n", "needs the columns"),
        (
            "Subject,School Year,Scale Score\nMath,2024-25,lots\n",
            "^Line 2 of the score report: the scale score 'lots' is not a number.$",
        ),
        ("Subject,School Year,Scale Score\n,2024-25,2500\n", "subject and school year"),
        ("Subject,School Year,Scale Score\n", "has no results"),
    ],
)
def test_a_bad_report_is_one_sentence(text, words):
    with pytest.raises(UserError, match=words):
        read_score_report(text.encode())
    with pytest.raises(UserError, match="not UTF-8"):
        read_score_report(b"Subject,School Year\n\xff\xfe,1\n")


def test_import_and_add_store_unsigned_assessments_with_the_files(cli, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    csv_file = tmp_path / "report.csv"
    csv_file.write_text(REPORT, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 a score report")
    run = cli("state-test", "import", str(csv_file), "--file", str(pdf))
    assert run.code == 0, run
    assert "Added 3 state test results (self-reported" in run.out
    added = cli(
        "state-test",
        "add",
        "--subject",
        "Science",
        "--year",
        "2024-25",
        "--level",
        "Proficient",
        "--file",
        str(pdf),
    )
    assert added.code == 0, added
    assert "Added 1 state test result (self-reported" in added.out  # (counted(): no "1 ...s")
    listed = json.loads(cli("list", "--category", "assessment", "--json").out)
    assert len(listed) == 4
    assert {r["provenance"] for r in listed} == {"school_unsigned"}
    assert {r["attachments"] for r in listed} == {2, 1}
    shown = json.loads(cli("show", listed[0]["id"], "--json").out)
    assert shown["details"]["achievement_type"] == "State assessment"


def test_a_bad_report_stores_nothing(cli, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(REPORT + "Ana,S-1001,2024-25,SBAC,Science,oops,Level 2\n", encoding="utf-8")
    run = cli("state-test", "import", str(bad))
    assert run.code == 2 and "Line 5 of the score report: the scale score 'oops'" in run.err
    assert "Traceback" not in run.err
    assert json.loads(cli("list", "--json").out) == []
    missing = cli("state-test", "add", "--subject", "Math", "--year", "2024-25")
    assert missing.code == 2 and "scale score or a proficiency level" in missing.err


def test_the_list_and_a_records_page_say_self_reported(cli, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    report = tmp_path / "report.csv"
    report.write_text(REPORT, encoding="utf-8")
    assert cli("state-test", "import", str(report)).code == 0
    listed = cli("list").out
    assert listed.count("self-reported (entered by the family from a score report)") == 3
    listed_json = json.loads(cli("list", "--json").out)
    assert [r.get("self_reported") for r in listed_json] == [True] * 3
    assert "from school" not in listed and "unsigned" not in listed
    first = listed_json[0]["id"]
    shown = cli("show", first).out
    assert "self-reported (entered by the family" in shown and "from school" not in shown
    assert json.loads(cli("show", first, "--json").out)["provenance"] == "school_unsigned"
    found = {i["id"]: i for i in json.loads(cli("on-track", "--json").out)}
    assert all(first not in i["records"] for i in found.values())  # never the school's
    assert (
        "3 state test results you entered from score reports are self-reported: none of "
        "these indicators counts them." in cli("on-track").out
    )


def test_a_shared_result_and_its_printed_copy_say_self_reported(tmp_path, wallet):
    """A share holds it self-issued by the learner's key (the recipient's Backpack opens it as
    self-reported); the printed copy marks it so."""
    from pypdf import PdfReader

    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    learner = wallet.learner("Ana Rivera").id
    [added] = wallet.add_state_scores(read_score_report(REPORT.encode())[:1], learner=learner)
    reader, _ = Backpack.create(tmp_path / "reader", PASSPHRASE, kdf=FAST)
    with reader:
        wallet.add_contact(reader.my_card("Ms. Park")[0])
        wallet.share(
            tmp_path / "s.backpack", to="Ms. Park", record_ids=[added.id], pdf=tmp_path / "s.pdf"
        )
        [shared] = reader.open_share(tmp_path / "s.backpack").records
        assert shared.self_reported
    pages = PdfReader(tmp_path / "s.pdf").pages
    printed = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert "self-reported (entered by the family from a score report)" in printed
    assert "score 2502" in printed
