"""`backpack sync` on the command line, and two real processes syncing through one folder
while both edit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_setup_join_sync_devices_remove(cli, tmp_path):
    folder = tmp_path / "shared"
    b_home = tmp_path / "b"
    assert cli("init", "--learner", "Ana").code == 0
    assert cli("add", "service", "--org", "Food bank", "--hours", "3").code == 0
    not_yet = cli("sync")
    assert not_yet.code == 2 and "does not sync yet" in not_yet.err
    setup = cli("sync", "setup", str(folder))
    assert setup.code == 0 and "now syncs through" in setup.out, setup
    again = cli("sync", "setup", str(folder))
    assert again.code == 2 and "already syncs" in again.err
    joined = cli("sync", "join", str(folder), home_dir=b_home)
    assert joined.code == 0 and "(1 record)" in joined.out, joined
    refused = cli("sync", "join", str(folder), home_dir=b_home)
    assert refused.code == 2 and "already a backpack" in refused.err
    wrong = cli("sync", "join", str(folder), home_dir=tmp_path / "c", passphrase="wrong one!!")
    assert wrong.code == 2 and "does not open" in wrong.err and not (tmp_path / "c").exists()
    nothing = cli("sync", "join", str(tmp_path / "empty"), home_dir=tmp_path / "d")
    assert nothing.code == 2 and "no backpack to join" in nothing.err
    # A folder holding another backpack's logs too: refused, and nothing is left half-made.
    other = tmp_path / "other"
    cli("init", "--learner", "Bo", home_dir=other)
    cli("sync", "setup", str(tmp_path / "other-shared"), home_dir=other)
    mixed = tmp_path / "mixed"
    shutil.copytree(folder, mixed)
    for log in (tmp_path / "other-shared").glob("*.bplog"):
        shutil.copyfile(log, mixed / log.name)
    refused = cli("sync", "join", str(mixed), home_dir=tmp_path / "e")
    assert refused.code == 2 and "another backpack" in refused.err
    assert not (tmp_path / "e").exists()
    assert cli("add", "goal", "--title", "Learn Spanish", home_dir=b_home).code == 0
    synced = cli("sync", home_dir=b_home)
    assert synced.code == 0 and synced.out.startswith("Synced: sent"), synced
    assert cli("sync").code == 0
    listed = json.loads(cli("list", "--json").out)
    assert sorted(r["title"] for r in listed) == ["Food bank", "Learn Spanish"]
    # An edit on each computer: the later is kept, the other is shown as an earlier value.
    food = next(r["id"] for r in listed if r["title"] == "Food bank")
    assert cli("edit", food, "--hours", "4", home_dir=b_home).code == 0
    assert cli("edit", food, "--hours", "6").code == 0
    cli("sync", home_dir=b_home)
    both = cli("sync")
    assert "changed on two computers" in both.out, both
    cli("sync", home_dir=b_home)
    shown = cli("show", food, home_dir=b_home)
    assert "hours: 6.0" in shown.out and "hours: 4.0 (until replaced" in shown.out, shown.out
    history = json.loads(cli("show", food, "--json").out)["history"]
    assert [h["value"] for h in history if h["field"] == "hours"] == [3.0, 4.0]
    devices = json.loads(cli("sync", "devices", "--json").out)
    assert len(devices) == 2 and sum(d["this"] for d in devices) == 1
    text = cli("sync", "devices").out
    assert "(this computer)" in text and "Last synced here" in text
    other = next(d["id"] for d in devices if not d["this"])
    assert len(list(folder.glob("*.bplog"))) == 2
    removed = cli("sync", "remove-device", other)
    assert removed.code == 0 and "Removed" in removed.out
    assert len(list(folder.glob("*.bplog"))) == 1  # its log went, what it wrote carried
    assert len(list(folder.glob("*.bpkey"))) == 1
    assert sorted(r["title"] for r in json.loads(cli("list", "--json").out)) == [
        "Food bank",
        "Learn Spanish",
    ]
    unknown = cli("sync", "remove-device", "dev-nobody")
    assert unknown.code == 2 and "No computer" in unknown.err
    stopped = cli("sync", home_dir=b_home)
    assert stopped.code == 2 and "removed from syncing" in stopped.err
    assert "new, empty backpack folder" in stopped.err and stopped.err.count("\n") == 1


def test_a_missing_folder_is_one_sentence_and_nothing_changes(cli, tmp_path, home):
    cli("init", "--learner", "Ana")
    folder = tmp_path / "usb-stick"
    assert cli("sync", "setup", str(folder)).code == 0
    cli("add", "goal", "--title", "Learn Spanish")
    folder.rename(tmp_path / "unplugged")
    before = (home / "records.db").stat().st_size
    result = cli("sync")
    assert result.code == 2 and "is not there (is its drive connected?)" in result.err
    assert "Traceback" not in result.err and (home / "records.db").stat().st_size == before
    (tmp_path / "unplugged").rename(folder)
    again = cli("sync")
    assert again.code == 0 and "sent" in again.out


def test_a_foreign_log_is_one_sentence_and_exit_1(cli, tmp_path):
    cli("init", "--learner", "Ana")
    cli("sync", "setup", str(tmp_path / "shared"))
    other = tmp_path / "other"
    cli("init", "--learner", "Bo", home_dir=other)
    cli("sync", "setup", str(tmp_path / "other-shared"), home_dir=other)
    for log in (tmp_path / "other-shared").glob("*.bplog"):
        (tmp_path / "shared" / log.name).write_bytes(log.read_bytes())
    result = cli("sync")
    assert result.code == 1 and "belongs to another backpack" in result.err
    assert "Traceback" not in result.err


def test_two_processes_sync_through_one_folder_while_editing(cli, tmp_path):
    folder = tmp_path / "shared"
    a_home, b_home = tmp_path / "a", tmp_path / "b"
    cli("init", "--learner", "Ana", home_dir=a_home)
    assert cli("sync", "setup", str(folder), home_dir=a_home).code == 0
    assert cli("sync", "join", str(folder), home_dir=b_home).code == 0
    rounds = 4
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.sync_worker", str(home), name, str(rounds)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for home, name in ((a_home, "laptop"), (b_home, "desktop"))
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        codes = [int(line.split()[1]) for line in out.splitlines()]
        assert len(codes) >= 2 * rounds and set(codes) <= {0, 1}, out  # 1: a log mid-write
        assert "Traceback" not in err
    for _ in range(2):
        for home in (a_home, b_home):
            assert cli("sync", home_dir=home).code == 0
    lists = [json.loads(cli("list", "--json", home_dir=h).out) for h in (a_home, b_home)]
    assert lists[0] == lists[1]
    titles = sorted(r["title"] for r in lists[0])
    assert titles == sorted(f"{who} {n}" for who in ("laptop", "desktop") for n in range(rounds))
    assert cli("check", home_dir=a_home).code == 0 and cli("check", home_dir=b_home).code == 0


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_join_with_nothing_readable_makes_nothing(cli, tmp_path):
    from backpack_app.store.sync_log import HEADER_BYTES

    cli("init", "--learner", "Ana")
    cli("add", "goal", "--title", "Learn Spanish")
    folder = tmp_path / "shared"
    assert cli("sync", "setup", str(folder)).code == 0
    for damage, said in (
        (lambda d: d[: HEADER_BYTES + 10], "have not finished copying"),  # still copying
        (
            lambda d: (
                d[: HEADER_BYTES + 40] + bytes([d[HEADER_BYTES + 40] ^ 1]) + d[HEADER_BYTES + 41 :]
            ),
            "could not be read",
        ),
        (lambda d: d[:HEADER_BYTES], "holds no changes to join from yet"),
    ):
        broken = tmp_path / f"broken-{said[:8]}"
        shutil.copytree(folder, broken)
        for log in broken.glob("*.bplog"):
            log.write_bytes(damage(log.read_bytes()))
        before = _listing(broken)
        for home in (tmp_path / f"new-{said[:8]}", tmp_path / f"empty-{said[:8]}"):
            if "empty" in home.name:
                home.mkdir()
            joined = cli("sync", "join", str(broken), home_dir=home)
            assert joined.code == 2 and said in joined.err, joined
            assert joined.err.count("\n") == 1 and "Traceback" not in joined.err
            assert not home.exists() or list(home.iterdir()) == []
            assert _listing(broken) == before  # nothing written to the shared folder either


def test_a_join_with_damaged_files_is_made_and_says_so_in_one_line(cli, tmp_path):
    cli("init", "--learner", "Ana")
    for n in range(3):
        essay = tmp_path / f"essay{n}.txt"
        essay.write_text(f"essay number {n} " * 100)
        assert cli("add", "portfolio", "--title", f"Essay {n}", "--file", str(essay)).code == 0
    cli("add", "goal", "--title", "Learn Spanish")
    folder = tmp_path / "shared"
    assert cli("sync", "setup", str(folder)).code == 0
    blobs = sorted(folder.glob("*.bpblob"))
    assert len(blobs) == 3
    for blob in blobs:
        data = bytearray(blob.read_bytes())
        data[len(data) // 2] ^= 1
        blob.write_bytes(bytes(data))
    b_home = tmp_path / "b"
    joined = cli("sync", "join", str(folder), home_dir=b_home)
    assert joined.code == 1 and (b_home / "records.db").exists(), joined
    problems = [line for line in joined.err.splitlines() if line.startswith("backpack:")]
    assert len(problems) == 1 and "3 attached files" in problems[0], joined.err
    assert "Learn Spanish" in cli("list", home_dir=b_home).out


def test_earlier_values_name_the_computer_and_say_none_for_empty(cli, tmp_path):
    import platform

    cli("init", "--learner", "Ana")
    cli("add", "goal", "--title", "Learn Spanish")
    goal = json.loads(cli("list", "--json").out)[0]["id"]
    assert cli("sync", "setup", str(tmp_path / "shared")).code == 0
    assert cli("edit", goal, "--note", "started the course").code == 0
    assert cli("sync").code == 0
    shown = cli("show", goal).out
    assert "progress notes: (none) (until replaced" in shown, shown
    assert "progress notes: []" not in shown and "dev-" not in shown
    assert f"by {platform.node()}" in shown
    history = json.loads(cli("show", goal, "--json").out)["history"]
    assert history[0]["by"].startswith("dev-") and history[0]["computer"] == platform.node()


def test_progress_lines_are_whole_and_each_shown_phase_ends_at_its_total():
    import io

    from backpack_app.cli.sync_commands import _Progress

    now = [0.0]
    err = io.StringIO()
    progress = _Progress(err, clock=lambda: now[0])
    progress("reading", 0, 5)  # too little to show
    now[0] = 2.0
    progress("writing", 0, 753)
    now[0] = 2.5
    progress("writing", 500, 753)  # within a second of the last line
    progress("copying files", 0, 300)  # the core moved on without saying 753 of 753
    now[0] = 4.0
    progress("copying files", 100, 300)
    progress.finish()
    assert err.getvalue() == (
        "Writing this computer's changes: 0 of 753\n"
        "Writing this computer's changes: 753 of 753\n"
        "Copying attached files to the folder: 100 of 300\n"
        "Copying attached files to the folder: 300 of 300\n"
    )


def test_computers_of_one_name_are_told_apart_the_same_everywhere_and_renamed(cli, tmp_path):
    folder = tmp_path / "shared"
    homes = {"a": tmp_path / "a", "b": tmp_path / "b", "c": tmp_path / "c"}
    cli("init", "--learner", "Ana", home_dir=homes["a"])
    assert cli("sync", "setup", str(folder), "--name", "vm", home_dir=homes["a"]).code == 0
    for who in ("b", "c"):
        joined = cli("sync", "join", str(folder), "--name", "  vm ", home_dir=homes[who])
        assert joined.code == 0, joined
    for home in homes.values():
        cli("sync", home_dir=home)

    def names(home):
        return {
            d["id"]: d["name"]
            for d in json.loads(cli("sync", "devices", "--json", home_dir=home).out)
        }

    seen = [names(h) for h in homes.values()]
    assert seen[0] == seen[1] == seen[2], seen
    assert sorted(seen[0].values()) == ["vm", "vm (2)", "vm (3)"]
    a_devices = json.loads(cli("sync", "devices", "--json", home_dir=homes["a"]).out)
    assert next(d["name"] for d in a_devices if d["this"]) == "vm"  # the first to join
    renamed = cli("sync", "rename", "Family desktop", home_dir=homes["c"])
    assert renamed.code == 0 and "now called Family desktop" in renamed.out, renamed
    cli("sync", home_dir=homes["a"])
    assert sorted(names(homes["a"]).values()) == ["Family desktop", "vm", "vm (2)"]
    assert "Family desktop" in cli("sync", "devices", home_dir=homes["a"]).out
    bad = cli("sync", "rename", "x" * 61, home_dir=homes["b"])
    assert bad.code == 2 and "1 to 60 characters" in bad.err
    refused = cli("sync", "join", str(folder), "--name", "", home_dir=tmp_path / "d")
    assert refused.code == 2 and not (tmp_path / "d").exists()
