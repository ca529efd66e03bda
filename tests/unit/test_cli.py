"""The CLI contract: command names, outputs, exit codes, secret sources."""

from __future__ import annotations

import json
import re

import pytest

from backpack_app.cli.secrets_input import SecretSource
from tests.conftest import PASSPHRASE
from tests.helpers import tree_digest

RECOVERY_LINE = re.compile(r"^Recovery key: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", re.M)
GROUPED = re.compile(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}")


def init(cli, *extra):
    result = cli("init", "--learner", "Ana", *extra)
    assert result.code == 0, result
    return result


def test_init_prints_the_recovery_key_once_on_its_own_line(cli):
    result = init(cli)
    lines = RECOVERY_LINE.findall(result.out)
    assert len(lines) == 1
    rest = RECOVERY_LINE.sub("", result.out)
    assert not GROUPED.search(rest), "nothing else init prints may look like a recovery key"


def test_add_list_show_json_contract(cli, tmp_path):
    init(cli)
    essay = tmp_path / "essay.txt"
    essay.write_text("draft")
    ids = [
        cli(
            "add",
            "goal",
            "--title",
            "Read 20 books",
            "--target-date",
            "2026-06-01",
            "--status",
            "in_progress",
        ).out.strip(),
        cli(
            "add", "portfolio", "--title", "Essay", "--file", str(essay), "--reflection", "proud"
        ).out.strip(),
        cli(
            "add", "service", "--org", "Food Bank", "--hours", "12.5", "--date", "2025-05-01"
        ).out.strip(),
        cli("add", "activity", "--title", "Chess club", "--role", "Captain").out.strip(),
        cli("add", "employment", "--org", "Library", "--role", "Page", "--kind", "job").out.strip(),
        cli("add", "recognition", "--title", "Citizenship award").out.strip(),
        cli(
            "add", "milestone", "--title", "Take the SAT", "--target-date", "2026-03-01"
        ).out.strip(),
        cli(
            "add", "document", "--category", "supports", "--title", "IEP 2025", "--file", str(essay)
        ).out.strip(),
    ]
    assert all(re.fullmatch(r"rec-[0-9a-f]{12}", i) for i in ids), ids
    listed = json.loads(cli("list", "--json").out)
    assert [r["id"] for r in listed] == ids
    for row in listed:
        assert {
            "id",
            "learner",
            "category",
            "title",
            "provenance",
            "sensitivity",
            "created",
        } <= row.keys()
        assert row["learner"] == "Ana"
    by_title = {r["title"]: r for r in listed}
    assert by_title["Food Bank"]["category"] == "service"
    assert by_title["IEP 2025"]["provenance"] == "school_unsigned"
    assert by_title["IEP 2025"]["sensitivity"] == "restricted"
    assert by_title["Essay"]["provenance"] == "self_reported"
    shown = json.loads(cli("show", ids[6], "--json").out)
    assert shown["details"]["due_date"] == "2026-03-01"
    assert "self-reported" in cli("show", ids[0]).out
    only = json.loads(cli("list", "--category", "goal", "--json").out)
    assert [r["title"] for r in only] == ["Read 20 books"]


def test_edit_delete_and_attachment_export(cli, tmp_path):
    init(cli)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"first file")
    b.write_bytes(b"second file")
    rid = cli("add", "portfolio", "--title", "Art", "--file", str(a), "--file", str(b)).out.strip()
    out = tmp_path / "out.txt"
    several = cli("attachment", "export", rid, "--out", str(out))
    assert several.code == 2 and "--name" in several.err
    assert cli("attachment", "export", rid, "--name", "b.txt", "--out", str(out)).code == 0
    assert out.read_bytes() == b"second file"
    assert cli("edit", rid, "--title", "Art portfolio").code == 0
    assert json.loads(cli("show", rid, "--json").out)["title"] == "Art portfolio"
    gid = cli("add", "goal", "--title", "g").out.strip()
    assert cli("edit", gid, "--note", "halfway there").code == 0
    assert "halfway there" in cli("show", gid).out
    noted = cli("add", "goal", "--title", "n", "--note", "first step").out.strip()
    assert "first step" in cli("show", noted).out  # the add path keeps the note too
    assert cli("delete", rid).code == 0
    assert cli("show", rid).code == 2


def test_wrong_passphrase_exits_2_with_one_sentence_and_changes_nothing(cli, home):
    init(cli)
    cli("add", "goal", "--title", "g")
    before = tree_digest(home)
    for argv in (["list"], ["add", "goal", "--title", "h"], ["passwd"], ["backup", "x.bpk"]):
        result = cli(
            *argv,
            passphrase="wrong passphrase!",
            env={"BACKPACK_NEW_PASSPHRASE": "another passphrase"},
        )
        assert result.code == 2, result
        assert result.err.strip() == "backpack: That passphrase does not open this backpack."
        assert "Traceback" not in result.err
    assert tree_digest(home) == before


@pytest.mark.parametrize(
    "argv",
    [
        ["add", "goal"],
        ["add", "service", "--hours", "-3", "--org", "x"],
        ["add", "goal", "--title", "t", "--target-date", "next week"],
        ["show", "rec-nothing"],
        ["add", "goal", "--title", "t", "--learner", "Nobody"],
        ["frobnicate"],
        ["add", "portfolio", "--title", "t", "--file", "/no/such/file"],
    ],
)
def test_user_errors_exit_2_without_traceback(cli, argv):
    init(cli)
    result = cli(*argv)
    assert result.code == 2, result
    assert "Traceback" not in result.err and result.err.strip()


def test_no_passphrase_source_and_no_terminal_exits_2(cli):
    init(cli)
    result = cli("list", passphrase=None)
    assert result.code == 2
    assert "BACKPACK_PASSPHRASE" in result.err


def test_passphrase_env_is_removed_after_reading():
    env = {"BACKPACK_PASSPHRASE": "x" * 10, "OTHER": "1"}
    source = SecretSource(environ=env, interactive=False)
    assert "BACKPACK_PASSPHRASE" not in env and env == {"OTHER": "1"}
    assert source.passphrase() == "x" * 10


def test_passphrase_file_and_warning_when_others_can_read(cli, tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o644)
    result = cli("--passphrase-file", str(secret), "init", passphrase=None)
    assert result.code == 0 and "other users" in result.err
    secret.chmod(0o600)
    quiet = cli("list", "--passphrase-file", str(secret), passphrase=None)
    assert quiet.code == 0 and quiet.err == ""


def test_passwd_recover_and_rotate(cli, tmp_path):
    first = RECOVERY_LINE.search(init(cli).out).group(1)
    cli("add", "goal", "--title", "kept")
    assert cli("passwd", env={"BACKPACK_NEW_PASSPHRASE": "second passphrase"}).code == 0
    assert cli("list", passphrase="second passphrase").code == 0
    # recover never unlocks with BACKPACK_PASSPHRASE; it needs the recovery key.
    refused = cli(
        "recover",
        passphrase="second passphrase",
        env={"BACKPACK_NEW_PASSPHRASE": "third passphrase"},
    )
    assert refused.code == 2
    keyfile = tmp_path / "rk.txt"
    keyfile.write_text(first)
    keyfile.chmod(0o600)
    recovered = cli(
        "recover",
        "--recovery-key-file",
        str(keyfile),
        passphrase=None,
        env={"BACKPACK_NEW_PASSPHRASE": "third passphrase"},
    )
    assert recovered.code == 0, recovered
    second = RECOVERY_LINE.search(recovered.out).group(1)
    assert second != first
    assert "kept" in cli("list", passphrase="third passphrase").out
    # the first recovery key no longer works
    assert (
        cli(
            "recover",
            passphrase=None,
            env={"BACKPACK_RECOVERY_KEY": first, "BACKPACK_NEW_PASSPHRASE": "x" * 12},
        ).code
        == 2
    )
    rotated = cli("recovery-key", "rotate", passphrase="third passphrase")
    third = RECOVERY_LINE.search(rotated.out).group(1)
    assert third not in (first, second)


def test_learner_commands(cli):
    init(cli)
    assert (
        cli(
            "learner",
            "add",
            "Ben",
            "--born",
            "2012-05-01",
            "--email",
            "ben@example.org",
            "--sis-id",
            "S-2",
        ).code
        == 0
    )
    learners = json.loads(cli("learner", "list", "--json").out)
    assert [lr["name"] for lr in learners] == ["Ana", "Ben"]
    assert learners[1]["emails"] == ["ben@example.org"] and learners[1]["sis_ids"] == ["S-2"]
    assert cli("add", "goal", "--title", "whose?").code == 2
    assert cli("add", "goal", "--title", "Ben's", "--learner", "Ben").code == 0


def test_home_option_goes_before_every_command(cli, tmp_path):
    other = tmp_path / "elsewhere"
    assert cli("init", home_dir=other).code == 0
    assert (other / "vault.header").is_file()
