"""A tutor reads what was shared: the transcript, standards, goals, service, portfolio and files,
in the core model, in `backpack open`'s text and in its JSON; without a backpack of their own."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from backpack_app.credentials.verifier import VerifyContext
from backpack_app.domain.records import Category
from backpack_app.errors import ShareNotForYou
from backpack_app.previews import preview_picture
from backpack_app.sharing.contents import parse_narrative, share_contents
from backpack_app.sharing.receive import open_share
from backpack_app.sharing.shared_files import SharedFiles
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.tutor_share import LEVEL, make_share


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    return make_share(tmp_path_factory.mktemp("share"))


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_the_model_holds_every_kind_of_record(shared, tmp_path):
    files = SharedFiles()
    opened = open_share(
        shared.path, ctx=VerifyContext(now=now()), code=shared.code, keep_file=files.keep
    )
    contents = share_contents(opened)
    (school,) = contents.schools
    assert school.name == "Lincoln High School"
    assert [g.grade for g in school.gpa] == ["3.6"] and school.gpa[0].is_gpa
    # Terms in date order although the CLR lists Spring first; the course given twice is once.
    assert [t.name for t in school.terms] == ["Fall 2024", "Spring 2025"]
    (english,) = school.terms[0].lines
    assert (english.code, english.grade, english.credits) == ("ENG9", "B+", 0.5)
    assert [(s.code, s.level) for s in english.standards] == [("W.9-10.1", LEVEL)]
    assert school.credits == 1.0 and [o.title for o in school.other] == ["Robotics Club"]
    by_kind = {e.category: e for e in contents.profile}
    goal = by_kind[Category.GOAL]
    assert dict(goal.fields)["target_date"] == "2026-06-01"
    assert goal.notes == [("2025-10-01", "Halfway there")]
    assert goal.description == "Mostly science fiction"
    assert dict(by_kind[Category.SERVICE].fields)["hours"] == "12.5"
    portfolio = by_kind[Category.PORTFOLIO]
    assert dict(portfolio.fields)["reflection"].endswith(
        "trusses spread a load.\nNext time: steel."
    )
    assert {f.name for f in portfolio.files} == {"bridge.png", "essay.pdf"}
    # Pictures and a PDF's first page preview; any file saves out, byte for byte.
    png, pdf = sorted(portfolio.files, key=lambda f: f.name)
    assert (
        preview_picture(files.data(png.sha256), png.media_type)
        == (shared.path.parent / "bridge.png").read_bytes()
    )
    assert preview_picture(files.data(pdf.sha256), pdf.media_type).startswith(b"\x89PNG")
    files.save(pdf, tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes().startswith(b"%PDF")


def test_a_file_not_kept_in_memory_is_saved_by_opening_the_share_again(shared, tmp_path):
    files = SharedFiles(each=0)  # nothing fits
    ctx = VerifyContext(now=now())
    opened = open_share(shared.path, ctx=ctx, code=shared.code, keep_file=files.keep)
    pdf = next(f for f in opened.files if f.name == "essay.pdf")
    assert files.data(pdf.sha256) is None
    files.save(
        pdf,
        tmp_path / "again.pdf",
        lambda keep: open_share(shared.path, ctx=ctx, code=shared.code, keep_file=keep),
    )
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["again.pdf"]  # no temporary file left


def test_narrative_lines_continue_and_unknown_keys_stay_text():
    fields, notes = parse_narrative(
        "- reflection: first\n- not a key: still the reflection\n- hours: 3\n- progress 2025-01-02: ok"
    )
    assert fields == [("reflection", "first\n- not a key: still the reflection"), ("hours", "3")]
    assert notes == [("2025-01-02", "ok")]


def test_cli_open_prints_the_content_and_json_carries_it(cli, shared, tmp_path):
    nobody = tmp_path / "no-backpack"
    # No backpack: no passphrase is asked for (the fixture's passphrase source is empty).
    shown = cli("open", str(shared.path), "--code", shared.code, home_dir=nobody, passphrase=None)
    assert shown.code == 0, shown
    for text in (
        "Fall 2024",
        "ENG9 English 9, grade B+, 0.5 credits",
        "GPA 3.6",
        "standard W.9-10.1: Write arguments to support claims - Proficient",
        "Target date: 2026-06-01",
        "Status: in progress",
        "Note 2025-10-01: Halfway there",
        "Hours: 12.5",
        "Next time: steel.",
        "file essay.pdf",
        "Learner profile (self-reported by the learner",
    ):
        assert text in shown.out, text
    assert shown.out.index("Fall 2024") < shown.out.index("Spring 2025")
    data = json.loads(
        cli(
            "open",
            "--json",
            str(shared.path),
            "--code",
            shared.code,
            home_dir=nobody,
            passphrase=None,
        ).out
    )
    contents = data["contents"]
    assert contents["transcript"][0]["gpa"][0]["grade"] == "3.6"
    assert contents["transcript"][0]["terms"][0]["courses"][0]["standards"][0]["level"] == LEVEL
    goal = next(p for p in contents["profile"] if p["category"] == "goal")
    assert goal["details"]["target_date"] == "2026-06-01" and goal["self_reported"]
    assert not nobody.exists()  # opening created nothing


def test_without_a_backpack_a_code_share_asks_for_its_code_not_a_passphrase(cli, shared, tmp_path):
    nobody = tmp_path / "no-backpack"
    asked = cli("open", str(shared.path), home_dir=nobody, passphrase=None)
    assert asked.code == 2 and "code" in asked.err and "passphrase" not in asked.err
    code_file = tmp_path / "code.txt"
    code_file.write_text("0" * 20)
    code_file.chmod(0o600)
    wrong = cli(
        "open", str(shared.path), "--code-file", str(code_file), home_dir=nobody, passphrase=None
    )
    assert wrong.code == 1 and wrong.err.startswith("backpack: Wrong code - ")


def test_a_card_share_names_whose_card_it_was_made_for(cli, tmp_path):
    lopez, _ = Backpack.create(tmp_path / "lopez", PASSPHRASE, kdf=FAST)
    other, _ = Backpack.create(tmp_path / "other", PASSPHRASE, kdf=FAST)
    with lopez, other:
        share = make_share(tmp_path, to_card=lopez.my_card("Ms. López")[0])
        assert share_contents(lopez.open_share(share.path)).profile
        with pytest.raises(ShareNotForYou, match=r"Ms\. López's"):
            other.open_share(share.path)
    refused = cli("open", str(share.path), home_dir=tmp_path / "nobody", passphrase=None)
    assert refused.code == 1 and "made for someone else's card: Ms. López's" in refused.err
    coded = cli("open", str(share.path), "--code", "X" * 20, home_dir=tmp_path / "nobody")
    assert coded.code == 1 and "Ms. López's" in coded.err


def test_cli_saves_the_files_only_once_the_share_checks_out(cli, shared, tmp_path):
    nobody, folder = tmp_path / "no-backpack", tmp_path / "files"
    saved = cli(
        "open",
        str(shared.path),
        "--code",
        shared.code,
        "--files",
        str(folder),
        home_dir=nobody,
        passphrase=None,
    )
    assert saved.code == 0, saved
    assert sorted(p.name for p in folder.iterdir()) == ["bridge.png", "essay.pdf"]
    assert (folder / "bridge.png").read_bytes() == (shared.path.parent / "bridge.png").read_bytes()
    # A damaged share leaves no folder and no partial file behind.
    damaged = tmp_path / "damaged.backpack"
    data = bytearray(shared.path.read_bytes())
    data[-40] ^= 1
    damaged.write_bytes(bytes(data))
    refused = cli(
        "open",
        str(damaged),
        "--code",
        shared.code,
        "--files",
        str(tmp_path / "none"),
        home_dir=nobody,
        passphrase=None,
    )
    assert refused.code == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.backpack", "files"]
    again = cli("open", str(shared.path), "--code", shared.code, "--files", str(folder))
    assert again.code == 2 and "not an empty folder" in again.err


def test_a_senders_file_name_is_never_a_path():
    from backpack_app.sharing.shared_files import _safe_name

    taken: set[str] = set()
    names = ["../../etc/passwd", "a\\b.txt", "..", "", "Essay.pdf", "essay.pdf", "essay.pdf"]
    assert [_safe_name(n, taken) for n in names] == [
        "passwd",
        "b.txt",
        "file",
        "file (2)",
        "Essay.pdf",
        "essay (2).pdf",
        "essay (3).pdf",
    ]


def test_a_share_made_before_the_kind_tag_still_reads_by_its_details():
    """The committed v1 bundle carries no `tag`: its service entry is known by its hours."""
    from tests.unit.test_bundle_fixtures import BUNDLES, RECIPIENT, ctx

    opened = open_share(BUNDLES / "bundle_v1_card.backpack", ctx=ctx(), receiving=RECIPIENT)
    contents = share_contents(opened)
    (food_bank,) = contents.profile
    assert food_bank.category is Category.SERVICE and dict(food_bank.fields)["hours"]
    assert any(t.lines for s in contents.schools for t in s.terms)


def test_an_unreadable_record_is_still_listed_with_its_check(shared):
    import dataclasses

    from backpack_app.credentials.verifier import malformed_report
    from backpack_app.domain.verification import Verdict
    from backpack_app.sharing.receive import ReceivedRecord

    opened = open_share(shared.path, ctx=VerifyContext(now=now()), code=shared.code)
    broken = ReceivedRecord(
        report=malformed_report("An entry in it is not a credential.", file=None),
        self_reported=False,
        title="(unreadable)",
    )
    contents = share_contents(dataclasses.replace(opened, records=[*opened.records, broken]))
    (line,) = [ln for s in contents.schools for ln in s.other if ln.title == "(unreadable)"]
    assert line.verdict is Verdict.MALFORMED and "not a credential" in line.summary
