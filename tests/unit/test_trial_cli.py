"""What a family and a tutor met trying the command line: a card share opened with a code left
in the environment, sentences about code shares, labels of where records come from, a
reply's fingerprint, and hostile JSON (real vaults, real crypto)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backpack_app.credentials.parsing import parse_json
from backpack_app.errors import MalformedCredential
from tests.issuing import course_credential, new_school


@pytest.fixture
def people(cli, tmp_path):
    """A family (Ana Rivera, with a service entry) that saved Ms. Lopez's card, and the tutor's
    own backpack: (tutor home, the service record's id)."""
    tutor = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("init", home_dir=tutor).code == 0
    card = tmp_path / "lopez.card"
    made = cli("card", "export", "--name", "Ms. Lopez", "--out", str(card), home_dir=tutor)
    assert made.code == 0
    assert cli("contact", "add", str(card)).code == 0
    service = cli("add", "service", "--org", "Food Bank", "--hours", "12").out.strip()
    return tutor, service


def _share(cli, out: Path, *how: str, records: str) -> str:
    made = cli(
        "share",
        *how,
        "--records",
        records,
        "--out",
        str(out),
        "--ask-for-contribution",
        "progress notes",
    )
    assert made.code == 0, made.err
    return made.out


def _reply(cli, share: Path, out: Path, tutor: Path, *extra: str, env=None):
    return cli(
        "reply",
        str(share),
        "--kind",
        "note",
        "--title",
        "Spring tutoring",
        "--text",
        "Ana is making progress.",
        "--name",
        "Ms. Lopez",
        "--out",
        str(out),
        *extra,
        home_dir=tutor,
        env=env,
    )


def test_a_card_share_opens_and_is_answered_with_a_code_left_in_the_environment(
    cli, tmp_path, people
):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    stale = {"BACKPACK_SHARE_CODE": "4N4D-18JP-AKBF-RC9S-H53K"}  # from another share
    opened = cli("open", str(share), "--save", home_dir=tutor, env=stale)
    assert opened.code == 0, opened.err
    assert "Food Bank" in opened.out and "someone else's card" not in opened.err
    assert cli("received", "open", opened.out.split()[1], home_dir=tutor).code == 0
    replied = _reply(cli, share, tmp_path / "r.backpack", tutor, env=stale)
    assert replied.code == 0, replied.err
    assert cli("open", str(tmp_path / "r.backpack"), "--save").code == 0


def test_code_share_sentences_name_whoever_has_the_code_in_lower_case(cli, tmp_path, people):
    _, service = people
    share = tmp_path / "s.backpack"
    said = _share(cli, share, "--code", "--code-file", str(tmp_path / "code.txt"), records=service)
    assert "Shared 1 record of Ana Rivera with whoever has the code, until" in said
    assert "It asks whoever has the code to write back" in said
    assert "Whoever" not in said
    opened = cli(
        "open", str(share), "--code-file", str(tmp_path / "code.txt"), home_dir=tmp_path / "none"
    )
    assert opened.code == 0, opened.err
    assert "records, for whoever has the code" in opened.out.splitlines()[0]


def test_records_say_where_they_come_from_in_the_same_words_everywhere(cli, tmp_path, people):
    tutor, service = people
    school = new_school()
    credential = tmp_path / "algebra.json"
    credential.write_text(json.dumps(school.sign(course_credential(school))))
    assert cli("trust", "add", school.did, "--name", "Lincoln High School").code == 0
    assert cli("import", str(credential), "--learner", "Ana Rivera").code == 0
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    assert _reply(cli, share, tmp_path / "r.backpack", tutor).code == 0
    filed = cli("open", str(tmp_path / "r.backpack"), "--save")
    assert filed.code == 0 and "third-party attested" in filed.out
    text = cli("list").out
    assert "Algebra I  - school-signed" in text
    assert "Food Bank  - self-reported" in text
    assert "Spring tutoring  - third-party attested by Ms. Lopez [private]" in text
    assert "Ana Rivera  " in text
    note = next(line.split()[0] for line in text.splitlines() if "Spring tutoring" in line)
    shown = cli("show", note).out
    assert "third-party attested" in shown
    assert "written by Ms. Lopez" in shown and "school: Ms. Lopez" not in shown
    course = next(line.split()[0] for line in text.splitlines() if "Algebra I" in line)
    shown = cli("show", course).out
    assert "Verified: issued by Lincoln High School" in shown
    assert shown.count("Verified") == 1, shown
    imported = cli("import", str(credential), "--learner", "Ana Rivera")  # said once, not twice
    assert "already here" in imported.out and "Verified. Verified" not in imported.out
    assert "Verified: issued by Lincoln High School" in imported.out


def test_a_long_learner_name_is_never_cut_short_in_the_list(cli):
    assert cli("init", "--learner", "Ana Rivera Montoya (demo)").code == 0
    assert cli("add", "goal", "--title", "Read 20 books").code == 0
    assert "Ana Rivera Montoya (demo)  goal" in cli("list").out


def test_the_tutor_is_told_the_fingerprint_the_family_will_see(cli, tmp_path, people):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    replied = _reply(cli, share, tmp_path / "r.backpack", tutor)
    assert replied.code == 0, replied.err
    opened = cli("open", str(tmp_path / "r.backpack"), "--json")
    seen = json.loads(opened.out)["author"]["fingerprint"]
    assert f"Your key's fingerprint, as the family will see it: {seen}." in replied.out


def test_a_reply_written_for_another_family_says_so_and_keeps_nothing(cli, tmp_path, people):
    tutor, _ = people
    other = tmp_path / "other-family"
    assert cli("init", "--learner", "Ben Ortiz", home_dir=other).code == 0
    assert cli("contact", "add", str(tmp_path / "lopez.card"), home_dir=other).code == 0
    goal = cli("add", "goal", "--title", "Swim", home_dir=other).out.strip()
    made = cli(
        "share",
        "--to",
        "Ms. Lopez",
        "--records",
        goal,
        "--out",
        str(tmp_path / "ben.backpack"),
        "--ask-for-contribution",
        "notes",
        home_dir=other,
    )
    assert made.code == 0
    assert _reply(cli, tmp_path / "ben.backpack", tmp_path / "r.backpack", tutor).code == 0
    before = cli("list", "--json").out, cli("replies", "--json").out
    opened = cli("open", str(tmp_path / "r.backpack"), "--save")
    assert opened.code == 1 and "Traceback" not in opened.err
    assert (
        opened.err.count("\n") == 1 and "card" in opened.err and "not this backpack's" in opened.err
    )
    assert (cli("list", "--json").out, cli("replies", "--json").out) == before


@pytest.mark.parametrize("data", [b'{"a": ' + b"9" * 5000 + b"}", b"[" + b"1" * 4400 + b"]"])
def test_a_number_too_long_is_a_malformed_file_not_a_crash(cli, tmp_path, data):
    with pytest.raises(MalformedCredential, match="a number too long"):
        parse_json(data)
    path = tmp_path / "long.json"
    path.write_bytes(data)
    checked = cli("verify", str(path), home_dir=tmp_path / "none")
    assert checked.code == 1 and "a number too long to read" in checked.out
    assert cli("init", "--learner", "Ana").code == 0
    imported = cli("import", str(path))
    assert imported.code == 1 and "a number too long to read" in imported.out
    keyed = cli("verify", str(path), "--ob2-key", str(path), home_dir=tmp_path / "none")
    assert keyed.code == 2 and "neither a PEM key nor a CryptographicKey" in keyed.err


def test_add_and_reply_help_say_what_each_option_takes(capsys):
    from backpack_app.cli.parser import build_parser

    for argv, options in (
        (["add", "service", "--help"], ("--learner NAME ", "--sensitivity", "--hours HOURS ")),
        (["reply", "--help"], ("--kind", "--title TEXT ", "--out REPLY.backpack")),
    ):
        with pytest.raises(SystemExit):
            build_parser().parse_args(argv)
        lines = capsys.readouterr().out.splitlines()
        assert not any("FIELD_" in line for line in lines)
        for option in options:  # each has its help, on its line or the next
            at = next(i for i, x in enumerate(lines) if x.strip().startswith(option))
            help_text = lines[at].strip()[len(option) :].strip() or lines[at + 1].strip()
            assert help_text and not help_text.startswith("-"), (option, lines[at])


def test_a_reply_refuses_negative_hours(cli, tmp_path, people):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    replied = _reply(cli, share, tmp_path / "r.backpack", tutor, "--hours", "-3")
    assert replied.code == 2 and "--hours is a number of hours" in replied.err
    assert not (tmp_path / "r.backpack").exists()


def test_a_reply_says_its_files_what_it_endorses_and_where_it_was_filed(cli, tmp_path, people):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    log = tmp_path / "log.txt"
    log.write_text("session log")
    note = _reply(cli, share, tmp_path / "n.backpack", tutor, "--file", str(log))
    assert note.code == 0, note.err
    looked = cli("open", str(tmp_path / "n.backpack"))
    assert "File: log.txt (11 bytes)" in looked.out and "--save to file it" in looked.out
    data = json.loads(cli("open", str(tmp_path / "n.backpack"), "--json").out)
    assert data["files"] == [{"name": "log.txt", "size": 11}] and data["saved"] is None
    filed = cli("open", str(tmp_path / "n.backpack"), "--save")
    record = filed.out.split(" as ")[-1].split(",")[0]
    again = cli("open", str(tmp_path / "n.backpack"))
    assert f"Already filed under Ana Rivera as {record}, third-party attested." in again.out
    assert json.loads(cli("open", str(tmp_path / "n.backpack"), "--json").out)["saved"] == record
    endorsed = cli(
        "reply",
        str(share),
        "--kind",
        "endorsement",
        "--endorses",
        "1",
        "--title",
        "Saw it",
        "--text",
        "Ana ran the food drive.",
        "--name",
        "Ms. Lopez",
        "--out",
        str(tmp_path / "e.backpack"),
        home_dir=tutor,
    )
    assert endorsed.code == 0, endorsed.err
    assert f"It endorses Food Bank ({service})." in cli("open", str(tmp_path / "e.backpack")).out


def test_a_cut_short_printout_gets_one_sentence_and_nothing_else(tmp_path, people, cli):
    import subprocess
    import sys

    _, service = people
    printout, code = tmp_path / "print.pdf", tmp_path / "code.txt"
    made = cli(
        "share",
        "--code",
        "--records",
        service,
        "--pdf",
        str(printout),
        "--out",
        str(tmp_path / "s.backpack"),
        "--code-file",
        str(code),
    )
    assert made.code == 0, made.err
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(printout.read_bytes()[: printout.stat().st_size // 2])
    # In a process of its own: pypdf's warnings reach stderr only where no logging is set up.
    argv = ["--home", str(tmp_path / "none"), "open", str(cut), "--code-file", str(code)]
    run = subprocess.run(
        [sys.executable, "-m", "backpack_app", *argv],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2, run
    assert run.stderr.count("\n") == 1 and "is not a PDF Backpack can read" in run.stderr


def test_output_cut_off_by_its_reader_says_nothing_more(tmp_path):
    """`backpack verify ... | head -1`: the reader goes, and no "system refused" follows."""
    import subprocess
    import sys

    bad = tmp_path / "bad.json"
    bad.write_text("hello")
    child = subprocess.Popen(
        [sys.executable, "-m", "backpack_app", "verify", *[str(bad)] * 200],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # before it writes a line
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 1
    assert err == "", err


def test_counts_are_said_in_words_not_with_brackets(cli, tmp_path, people):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    assert "1 record  until" in cli("shares").out
    assert cli("open", str(share), "--save", home_dir=tutor).code == 0
    for n in (1, 2):
        assert _reply(cli, share, tmp_path / f"r{n}.backpack", tutor).code == 0
        said = "1 reply written" if n == 1 else "2 replies written"
        assert said in cli("received", home_dir=tutor).out


def test_a_file_imported_for_a_chosen_learner_is_already_here_the_second_time(cli, tmp_path):
    from tests.issuing import clr_credential

    school = new_school()
    # A learner the credentials do not name (no school email or id given): filed by --learner.
    assert cli("init", "--learner", "Sam Student").code == 0
    course = school.sign(course_credential(school, course="Studio Art", code="ART101"))
    files = {"art.json": course, "clr.json": school.sign(clr_credential(school, [course]))}
    for name, document in files.items():
        (tmp_path / name).write_text(json.dumps(document))
    paths = [str(tmp_path / name) for name in files]
    first = cli("import", *paths, "--learner", "Sam Student")
    assert first.code == 0, first.out
    again = cli("import", *paths)
    assert again.code == 0, again.out
    assert again.out.count("already here as rec-") == 2 and "say whose it is" not in again.out
    assert "It was filed for Sam Student before, as you chose then." in again.out


def test_a_filed_reply_says_whom_it_is_about_not_that_no_backpack_was_opened(cli, tmp_path, people):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    assert _reply(cli, share, tmp_path / "r.backpack", tutor).code == 0
    filed = cli("open", str(tmp_path / "r.backpack"), "--save")
    record = filed.out.split(" as ")[-1].split(",")[0]
    tutors_key = json.loads((tmp_path / "lopez.card").read_text())["did"]
    for trusted in (False, True):  # as filed, and after trusting the tutor checks all again
        shown = cli("show", record).out
        assert "passed: recipient: It answers your request about Ana Rivera." in shown
        assert "no backpack was opened" not in shown
        assert ("Issued by Ms. Lopez, which is in your trust list" in shown) is trusted
        assert cli("trust", "add", tutors_key, "--name", "Ms. Lopez").code == 0


def test_counts_in_the_school_summary_and_restore_are_said_in_words(cli, tmp_path):
    from backpack_app.school.batch import Summary

    one = Summary(
        students=1, credentials=1, without_results=["s"], withheld={"t": ["x"]}, skipped_rows=1
    ).line()
    assert "Issued 1 signed credential for 1 student (" in one
    assert "; 1 student without results" in one and "1 student's CLR withheld" in one
    assert one.endswith("; 1 problem reported.")
    many = Summary(students=3, credentials=29).line()
    assert "Issued 29 signed credentials for 3 students" in many
    assert "0 students without results" in many and many.endswith("0 problems reported.")
    assert cli("init", "--learner", "Ana").code == 0
    assert cli("add", "goal", "--title", "Read").code == 0
    assert cli("backup", str(tmp_path / "b.bpk")).code == 0
    restored = cli("restore", str(tmp_path / "b.bpk"), home_dir=tmp_path / "again")
    assert restored.code == 0 and "Restored 1 record into" in restored.out


def test_a_request_on_its_own_offers_nothing_to_endorse_and_a_reply_is_not_replied_to(
    cli, tmp_path, people
):
    tutor, _ = people
    request = tmp_path / "ask.backpack"
    asked = cli(
        "request-contribution", "--to", "Ms. Lopez", "--ask", "A badge", "--out", str(request)
    )
    assert asked.code == 0, asked.err
    opened = cli("open", str(request), home_dir=tutor)
    assert opened.code == 0, opened.err
    assert "Answer with 'backpack reply'. It shares no record." in opened.out
    assert "--endorses" not in opened.out
    assert _reply(cli, request, tmp_path / "r.backpack", tutor).code == 0
    again = _reply(cli, tmp_path / "r.backpack", tmp_path / "r2.backpack", tutor)
    assert again.code == 2 and "is a reply written to a family, not their share" in again.err
    assert not (tmp_path / "r2.backpack").exists()


def test_a_share_given_to_import_or_verify_is_sent_to_open(cli, tmp_path, people):
    _, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    before = cli("list", "--json").out
    for argv in (["import", str(share)], ["verify", str(share)]):
        said = cli(*argv)
        assert said.code == 2 and said.err.count("\n") == 1, said
        assert "is a Backpack share (or a reply to one), not a credential: open it" in said.err
    assert cli("list", "--json").out == before
    from backpack_app.cli.credential_commands import SHARE_MAGIC
    from backpack_app.sharing.container import MAGIC

    assert SHARE_MAGIC == MAGIC


def test_a_record_a_tutor_signed_cannot_be_edited(cli, tmp_path, people):
    tutor, service = people
    share = tmp_path / "s.backpack"
    _share(cli, share, "--to", "Ms. Lopez", records=service)
    assert _reply(cli, share, tmp_path / "r.backpack", tutor).code == 0
    filed = cli("open", str(tmp_path / "r.backpack"), "--save")
    record = filed.out.split(" as ")[-1].split(",")[0]
    before = cli("show", record, "--json").out
    edited = cli("edit", record, "--title", "Something else")
    assert edited.code == 2 and "it stays as they wrote it" in edited.err
    assert cli("show", record, "--json").out == before
    assert cli("edit", service, "--hours", "13").code == 0  # the family's own: still editable
