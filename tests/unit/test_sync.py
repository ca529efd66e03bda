"""Sync through a shared folder on real SQLCipher vaults (docs/sync.md): join, merge, conflicts
and history, attachments, credentials, damaged and foreign logs, no plaintext in the folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backpack_app.domain.records import Category
from backpack_app.domain.sync_merge import HISTORY_KEEP
from backpack_app.domain.trust import TrustedIssuer
from backpack_app.errors import UserError, WrongPassphrase
from backpack_app.store import sync_log
from backpack_app.store.database import MIGRATIONS, connect, transaction
from backpack_app.store.sync_rows import GENERIC, LOCAL_ONLY
from backpack_app.store.sync_schema import DIRTY_SOURCES
from backpack_app.wallet import Backpack
from backpack_app.wallet.backpack import utc_now
from tests.conftest import FAST, PASSPHRASE
from tests.helpers import files_containing
from tests.issuing import clr_credential, course_credential, new_school
from tests.sync_helpers import content, copy_folder, join, own_log_name


@pytest.fixture(scope="module")
def school():
    return new_school()


@pytest.fixture(scope="module")
def signed(school):
    """Three signed course credentials for Ana, then a CLR holding the first two (in other
    bytes than their own files); signing is slow: once per module."""
    courses = [
        school.sign(course_credential(school, course=t, grade=g, code=c))
        for t, g, c in (
            ("Algebra I", "A", "M1"),
            ("Biology", "B+", "B1"),
            ("Chemistry", "A-", "C1"),
        )
    ]
    clr = school.sign(clr_credential(school, courses[:2]))
    return [json.dumps(doc).encode() for doc in (*courses, clr)]


def two(tmp_path: Path, wallet: Backpack) -> tuple[Backpack, Backpack, Path]:
    folder = tmp_path / "shared"
    wallet.sync_setup(folder)
    return wallet, join(folder, tmp_path / "b"), folder


def test_join_makes_the_same_backpack_and_files_come_along(tmp_path, wallet):
    doc = tmp_path / "essay.pdf"
    doc.write_bytes(b"%PDF-1.4 an essay " * 5000)
    rec = wallet.add_record(Category.PORTFOLIO, title="Essay", files=[doc])
    a, b, _ = two(tmp_path, wallet)
    with b:
        assert content(b) == content(a)
        out = tmp_path / "out.pdf"
        b.export_attachment(rec.id, out)
        assert out.read_bytes() == doc.read_bytes()
        assert b.check() == []
        assert [d.this for d in b.sync_devices()].count(True) == 1
        assert len(b.sync_devices()) == 2


def test_offline_edits_on_both_keep_the_later_and_the_other_in_history(tmp_path, wallet):
    rec = wallet.add_record(Category.SERVICE, title="Food bank", details={"hours": 3})
    a, b, _ = two(tmp_path, wallet)
    with b:
        b.edit_record(rec.id, changes={"title": "Food bank (laptop)"})
        a.edit_record(rec.id, changes={"title": "Food bank (desktop)"}, details={"hours": 5})
        b.sync()
        report = a.sync()
        assert report.kept_in_history == 1
        b.sync()
        assert content(a) == content(b)
        merged = b.get_record(rec.id)
        assert (merged.title, merged.details.hours) == ("Food bank (desktop)", 5)
        titles = [h.value for h in a.sync_history(rec.id) if h.field == "title"]
        assert titles == ["Food bank", "Food bank (laptop)"]
        assert [h.value for h in b.sync_history(rec.id) if h.field == "title"] == titles


def test_edits_of_different_fields_are_both_kept(tmp_path, wallet):
    rec = wallet.add_record(Category.SERVICE, title="Library", details={"hours": 2})
    a, b, _ = two(tmp_path, wallet)
    with b:
        b.edit_record(rec.id, changes={"title": "City library"})
        a.edit_record(rec.id, details={"hours": 7})
        for bp in (a, b, a):
            bp.sync()
        assert (a.get_record(rec.id).title, a.get_record(rec.id).details.hours) == (
            "City library",
            7,
        )
        assert content(a) == content(b)


def test_a_deletion_stays_deleted(tmp_path, wallet):
    rec = wallet.add_record(Category.SERVICE, title="Food bank", details={"hours": 3})
    a, b, _ = two(tmp_path, wallet)
    with b:
        a.delete_record(rec.id)
        b.edit_record(rec.id, changes={"title": "Edited later, offline"})
        for bp in (a, b, a, b):
            bp.sync()
        assert a.list_records() == b.list_records() == []


def test_the_same_credential_imported_on_both_is_one_record(tmp_path, wallet, signed):
    a, b, _ = two(tmp_path, wallet)
    with b:
        a.import_credentials(signed[0])
        b.import_credentials(signed[0])
        b.import_credentials(signed[1])
        for bp in (a, b, a):
            bp.sync()
        assert content(a) == content(b)
        titles = sorted(r.title for r in a.list_records())
        assert titles == ["Algebra I", "Biology"]
        rid = next(r.id for r in b.list_records() if r.title == "Biology")
        assert a.credential(rid).original == signed[1]
        # Deleted on one, it stays deleted; imported again later, it comes back.
        a.delete_record(rid)
        a.sync()
        b.sync()
        assert [r.title for r in b.list_records()] == ["Algebra I"]
        b.import_credentials(signed[1])
        b.sync()
        a.sync()
        assert content(a) == content(b) and len(a.list_records()) == 2


def test_a_new_passphrase_reaches_the_other_computer(tmp_path, wallet):
    a, b, _ = two(tmp_path, wallet)
    b.close()
    a.change_passphrase("a brand new family passphrase")
    a.sync()
    with Backpack.open(tmp_path / "b", PASSPHRASE, kdf=FAST) as b:
        b.sync()
    with pytest.raises(WrongPassphrase):
        Backpack.open(tmp_path / "b", PASSPHRASE, kdf=FAST)
    with Backpack.open(tmp_path / "b", "a brand new family passphrase", kdf=FAST) as b:
        assert content(b) == content(a)


def test_join_with_the_recovery_key(tmp_path, home):
    bp, recovery = Backpack.create(home, PASSPHRASE, kdf=FAST)
    with bp:
        bp.add_learner("Ana")
        bp.sync_setup(tmp_path / "shared")
        other, _ = Backpack.sync_join(
            tmp_path / "shared", tmp_path / "b", recovery_key=recovery, kdf=FAST, clock=utc_now
        )
        with other:
            assert content(other) == content(bp)
    with pytest.raises(WrongPassphrase):
        Backpack.sync_join(
            tmp_path / "shared", tmp_path / "c", passphrase="not it at all", kdf=FAST, clock=utc_now
        )
    assert not (tmp_path / "c").exists()


def test_removed_device_is_marked_and_stops(tmp_path, wallet):
    a, b, _ = two(tmp_path, wallet)
    with b:
        b_id = next(d.id for d in b.sync_devices() if d.this)
        a.sync()
        a.sync_remove_device(b_id[:10])
        assert next(d for d in a.sync_devices() if d.id == b_id).removed
        with pytest.raises(UserError, match="removed"):
            b.sync()
        with pytest.raises(UserError, match="this computer"):
            a.sync_remove_device(next(d.id for d in a.sync_devices() if d.this))


# --- damaged, cut and foreign logs ---------------------------------------------------------
def _three_batches(a: Backpack) -> None:
    for n in range(3):
        a.add_record(Category.SERVICE, title=f"Batch {n}", details={"hours": n + 1})
        a.sync()


def test_cut_log_is_read_to_its_last_whole_record_then_completed(tmp_path, wallet):
    a, b, folder = two(tmp_path, wallet)
    with b:
        b_folder = tmp_path / "b-folder"
        shutil.copytree(folder, b_folder)
        b._conn.execute("UPDATE sync_meta SET value = ? WHERE name = 'folder'", (str(b_folder),))
        _three_batches(a)
        copy_folder(folder, b_folder, keep={own_log_name(b)}, cut=0.8)  # mid-record
        report = b.sync()
        assert any("middle of a change" in p for p in report.problems)
        seen = [r.title for r in b.list_records()]
        assert 0 < len(seen) < 3
        copy_folder(folder, b_folder, keep={own_log_name(b)})
        assert b.sync().problems == []
        assert content(a) == content(b) and b.check() == []


@pytest.mark.parametrize("where", [0.3, 0.6, 0.95])
def test_flipped_byte_stops_at_the_damage_and_the_vault_stays_whole(tmp_path, wallet, where):
    a, b, folder = two(tmp_path, wallet)
    with b:
        before = content(b)
        log = folder / own_log_name(a)
        read_already = log.stat().st_size  # b merged this much when it joined
        _three_batches(a)
        data = bytearray(log.read_bytes())
        data[read_already + int((len(data) - read_already) * where)] ^= 0x40
        log.write_bytes(bytes(data))
        report = b.sync()
        assert any("damaged" in p for p in report.problems)
        assert b.check() == []
        after = content(b)
        assert len(after["records"]) < 3 + len(before["records"])
        assert b.sync().problems  # said again, never read past the damage
        # A computer joining now reads the log up to the damage too.
        c = join(folder, tmp_path / "c")
        with c:
            assert content(c)["records"] == after["records"]


def test_a_log_of_another_backpack_is_refused(tmp_path, wallet):
    _a, b, folder = two(tmp_path, wallet)
    with b:
        stranger, _ = Backpack.create(tmp_path / "stranger", PASSPHRASE, kdf=FAST)
        with stranger:
            stranger.add_learner("Someone Else")
            stranger.add_record(Category.SERVICE, title="Not ours")
            stranger.sync_setup(tmp_path / "other-folder")
            foreign = tmp_path / "other-folder" / own_log_name(stranger)
        shutil.copyfile(foreign, folder / foreign.name)
        before = content(b)
        report = b.sync()
        assert any("belongs to another backpack" in p for p in report.problems)
        assert content(b) == before
        with pytest.raises(UserError, match="another backpack"):
            stranger2, _ = Backpack.create(tmp_path / "s2", PASSPHRASE, kdf=FAST)
            with stranger2:
                stranger2.sync_setup(folder)


def test_read_log_bounds(tmp_path, wallet):
    keys = sync_log.SyncKeys(b"k" * 32)
    path = tmp_path / "x.bplog"
    path.write_bytes(b"not a log at all")
    with pytest.raises(sync_log.MalformedFile):
        sync_log.read_log(path, keys)
    log_id = sync_log.new_log_id()
    sync_log.create_log(tmp_path, keys, log_id)
    real = sync_log.log_path(tmp_path, log_id)
    end = sync_log.append_batches(real, keys, sync_log.LogPosition(), [{"writes": [1]}] * 3)
    assert len(sync_log.read_log(real, keys).batches) == 3
    with open(real, "ab") as fh:  # a record claiming 4 GB
        fh.write(b"\xff\xff\xff\xff" + b"x" * 40)
    read = sync_log.read_log(real, keys)
    assert (len(read.batches), read.problem, read.end) == (3, "damaged", end)
    # Appending cuts what follows the last good record.
    sync_log.append_batches(real, keys, end, [{"writes": [2]}])
    assert len(sync_log.read_log(real, keys).batches) == 4


# --- nothing readable in the folder -------------------------------------------------------
def test_no_plaintext_in_the_folder(tmp_path, wallet):
    marker = "ZQXMARK"
    doc = tmp_path / "notes.txt"
    doc.write_text(f"{marker} attached file {marker}")
    for n in range(1000):
        wallet.add_record(
            Category.ACTIVITY,
            title=f"{marker}-title-{n}",
            description=f"{marker} description {n}",
            files=[doc] if n % 250 == 0 else [],
        )
    wallet.add_learner(f"{marker} Learner")
    folder = tmp_path / "shared"
    wallet.sync_setup(folder)
    assert files_containing(folder, marker.encode()) == []
    assert files_containing(folder, b"Ana Rivera") == []
    names = re.compile(r"^([0-9a-f]{32}\.(bplog|bpkey)|[0-9a-f]{40}\.bpblob)$")
    assert all(names.match(p.name) for p in folder.iterdir())


def test_sizes_do_not_tell_titles(tmp_path):
    sizes = []
    for n, title in enumerate(["Chess", "Advanced Placement Calculus BC, with a long essay"]):
        bp, _ = Backpack.create(tmp_path / f"h{n}", PASSPHRASE, kdf=FAST)
        with bp:
            bp.add_learner("Ana Rivera")
            bp.add_record(Category.ACTIVITY, title=title)
            bp.sync_setup(tmp_path / f"f{n}")
            sizes.append(sorted(p.stat().st_size for p in (tmp_path / f"f{n}").iterdir()))
    assert sizes[0] == sizes[1]


def test_blobs_are_padded_and_read_back_whole(tmp_path):
    keys = sync_log.SyncKeys(b"k" * 32)
    sizes = set()
    for n in (0, 1, 700, 1000, 5000, 70_000, 200_000):
        data = bytes(range(256)) * (n // 256) + b"x" * (n % 256)
        sha = hashlib.sha256(data).hexdigest()
        chunks = [data[i : i + 4096] for i in range(0, len(data), 4096)]
        sync_log.put_blob(tmp_path, keys, sha, len(data), chunks)
        assert b"".join(sync_log.open_blob(tmp_path, keys, sha)) == data
        sizes.add(sync_log.blob_path(tmp_path, keys, sha).stat().st_size)
    assert len(sizes) == 5  # 0, 1, 700 and 1000 bytes: one size


def test_every_table_is_synced_or_said_to_stay_local(tmp_path):
    conn = connect(tmp_path / "db", b"k" * 32, create=True)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    covered = set(DIRTY_SOURCES) | LOCAL_ONLY
    assert tables - covered == set(), "a new table: add it to sync_schema and sync_rows"
    assert set(GENERIC) | {"records", "attachments", "credentials"} == set(DIRTY_SOURCES)
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert len(triggers) == 3 * len(DIRTY_SOURCES)
    assert len(MIGRATIONS) >= 8
    conn.close()


# --- random work on three computers, exchanged in random orders and partial states --------
step = st.tuples(
    st.sampled_from(
        ["add", "edit", "delete", "import", "attach", "sync", "copy", "copy", "compact", "remove"]
    ),
    st.integers(0, 2),
    st.integers(0, 2),
    st.integers(0, 99),
    st.sampled_from([1.0, 1.0, 0.5, 0.2]),
)


@settings(
    max_examples=int(os.environ.get("BACKPACK_SYNC_EXAMPLES", "6")),  # more for a longer run
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=4, max_size=16))
def test_three_computers_converge(tmp_path_factory, signed, steps):
    root = tmp_path_factory.mktemp("three")
    a, _ = Backpack.create(root / "a", PASSPHRASE, kdf=FAST)
    a.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
    a.add_record(Category.SERVICE, title="start", details={"hours": 1})
    folders = [root / f"f{n}" for n in range(3)]
    a.sync_setup(folders[0])
    devices = [a]
    for n in (1, 2):
        shutil.copytree(folders[0], folders[n])
        devices.append(join(folders[n], root / f"d{n}"))
    added, deleted = set(), set()
    removed: set[int] = set()  # computers removed: what they did may not be merged
    stopped: set[int] = set()  # and those told so
    touched: dict[int, set[str]] = {0: set(), 1: set(), 2: set()}  # titles each added/deleted
    try:
        for kind, di, x, n, cut in steps:
            dev = devices[di]
            if di in stopped:
                continue
            mine = [r for r in dev.list_records() if r.provenance.value == "self_reported"]
            if kind == "add":
                title = f"entry {di}-{n}-{len(added)}"
                dev.add_record(Category.SERVICE, title=title, details={"hours": n})
                added.add(title)
                touched[di].add(title)
            elif kind == "edit" and mine:
                dev.edit_record(mine[n % len(mine)].id, details={"hours": n})
            elif kind == "delete" and mine:
                gone = mine[n % len(mine)]
                deleted.add(gone.title)
                touched[di].add(gone.title)
                dev.delete_record(gone.id)
            elif kind == "import":
                dev.import_credentials(signed[(x + n) % len(signed)])
            elif kind == "attach" and mine:
                f = root / f"file-{n}.txt"
                f.write_text(f"file {n}")
                dev.edit_record(mine[n % len(mine)].id, add_files=[f])
            elif kind in ("sync", "compact"):
                try:
                    dev.sync(compact=kind == "compact")
                except UserError:
                    assert di in removed
                    stopped.add(di)
            elif kind == "copy" and x != di:
                copy_folder(folders[x], folders[di], keep={own_log_name(dev)}, cut=cut)
            elif kind == "remove" and x not in (0, di) and di not in removed:
                # x's folder reaches this computer (partly, as `cut` says), which removes x
                other = next(d.id for d in devices[x].sync_devices() if d.this)
                copy_folder(folders[x], folders[di], keep={own_log_name(dev)}, cut=cut)
                dev.sync()
                if other in {d.id for d in dev.sync_devices()}:
                    dev.sync_remove_device(other)
                    removed.add(x)
        staying = [dev for n, dev in enumerate(devices) if n not in removed]
        for final in range(2):  # everything reaches everyone (compacting first)
            for n, dev in enumerate(devices):
                try:
                    if n not in stopped:
                        dev.sync(compact=final == 0)
                except UserError:
                    stopped.add(n)
                for m in range(3):
                    if m != n:
                        copy_folder(folders[n], folders[m], keep={own_log_name(devices[m])})
        for dev in staying:
            dev.sync()
        first = content(devices[0])
        for dev in staying[1:]:
            assert content(dev) == first
        titles = [r[3] for r in first["records"]]
        uncertain = set().union(*(touched[n] for n in removed))
        assert len(titles) == len(set(titles)), "nothing duplicated"
        assert (added - deleted - uncertain) <= set(titles), "nothing lost"
        assert not ((deleted - uncertain) & set(titles)), "deletions stay"
        assert all(dev.check() == [] for dev in devices)
    finally:
        for dev in devices:
            dev.close()


# --- compaction, and a log deleted from the folder ----------------------------------------
def test_compaction_rewrites_the_own_log_and_everyone_still_merges(tmp_path, wallet):
    a, b, folder = two(tmp_path, wallet)
    with b:
        rec = a.add_record(Category.SERVICE, title="Often edited", details={"hours": 1})
        for n in range(30):
            a.edit_record(rec.id, details={"hours": n + 2})
            a.sync()
        b.sync()
        old = folder / own_log_name(a)
        before = old.stat().st_size
        report = a.sync(compact=True)
        assert report.compacted and not old.exists()
        new = folder / own_log_name(a)
        assert new.exists() and new.stat().st_size < before / 3
        assert len(list(folder.glob("*.bplog"))) == 2 and len(list(folder.glob("*.bpkey"))) == 2
        a.edit_record(rec.id, changes={"title": "After compaction"})
        a.sync()
        b.sync()
        assert content(a) == content(b)
        history = [h.value for h in b.sync_history(rec.id) if h.field == "d.hours"]
        with join(folder, tmp_path / "late") as late:  # away for months: reads the new log
            assert content(late) == content(a)
            assert [h.value for h in late.sync_history(rec.id) if h.field == "d.hours"] == history


def test_an_own_log_deleted_from_the_folder_is_started_again(tmp_path, wallet):
    wallet.add_record(Category.SERVICE, title="Kept", details={"hours": 1})
    a, b, folder = two(tmp_path, wallet)
    with b:
        (folder / own_log_name(a)).unlink()
        a.add_record(Category.SERVICE, title="After the loss", details={"hours": 2})
        a.sync()
        b.sync()
        assert content(a) == content(b)
        with join(folder, tmp_path / "late") as late:
            assert content(late) == content(a)


def test_own_log_ending_in_half_a_record_is_cut_at_the_next_sync(tmp_path, wallet):
    a, b, folder = two(tmp_path, wallet)
    with b:
        _three_batches(a)
        log = folder / own_log_name(a)
        whole = log.stat().st_size
        with open(log, "ab") as fh:  # as a sync killed in the middle of appending leaves it
            fh.write(b"\x00\x00\x02\x00" + b"half a record")
        assert any("middle of a change" in p for p in b.sync().problems)
        report = a.sync()  # nothing new to send: the half record is cut all the same
        assert report.problems == [] and report.own_log_cut
        assert log.stat().st_size == whole
        assert b.sync().problems == []
        assert content(a) == content(b)


def test_a_clr_and_its_courses_arrive_together_and_go_together(tmp_path, wallet, school):
    courses = [
        school.sign(course_credential(school, course=name, grade="A", code=name[:3]))
        for name in ("Art", "History")
    ]
    clr = json.dumps(school.sign(clr_credential(school, courses))).encode()
    a, b, _ = two(tmp_path, wallet)
    with b:
        (result,) = a.import_credentials(clr)
        a.sync()
        b.sync()
        assert content(a) == content(b)
        assert b.records_inside(result.record_id) == result.child_record_ids
        b.delete_record(result.record_id)
        b.sync()
        a.sync()
        assert a.list_records() == b.list_records() == []


def test_a_restored_backup_syncs_as_a_new_computer(tmp_path, wallet):
    a, b, _ = two(tmp_path, wallet)
    with b:
        b.add_record(Category.SERVICE, title="Before the backup", details={"hours": 1})
        b.sync()
        b.backup(tmp_path / "b.bpk")
        b.add_record(Category.SERVICE, title="After the backup", details={"hours": 2})
        b.sync()
        restored = Backpack.restore(
            tmp_path / "b.bpk", tmp_path / "restored", passphrase=PASSPHRASE, kdf=FAST
        )
        with restored:
            restored.add_record(Category.SERVICE, title="On the restored copy")
            restored.sync()
            b.add_record(Category.SERVICE, title="Still on b")
            for bp in (b, a, restored, b, a):
                bp.sync()
            assert content(restored) == content(a) == content(b)
            assert len(a.sync_devices()) == 3
            assert len(a.list_records()) == 4


def test_trust_list_contacts_and_the_receiving_key_travel_too(tmp_path, wallet):
    wallet.trust_issuers([TrustedIssuer(id="did:web:lincoln-hs.example.org", name="Lincoln HS")])
    friend, _ = Backpack.create(tmp_path / "friend", PASSPHRASE, kdf=FAST)
    with friend:
        card, _ = friend.my_card("Grandma")
    contact = wallet.add_contact(card, name="Grandma")
    my_card, _ = wallet.my_card("Ana's family")
    a, b, _ = two(tmp_path, wallet)
    with b:
        assert content(b)["trust"] == [("did:web:lincoln-hs.example.org", "Lincoln HS")]
        assert [c.name for c in b.contacts()] == [contact.name]
        assert b.my_card("Ana's family")[0] == my_card  # the same receiving key
        b.untrust_issuer("did:web:lincoln-hs.example.org")
        b.sync()
        a.sync()
        assert content(a)["trust"] == []


def test_a_sync_conflict_copy_is_merged_like_any_log(tmp_path, wallet):
    a, b, folder = two(tmp_path, wallet)
    with b:
        a.add_record(Category.SERVICE, title="Before the conflict", details={"hours": 1})
        a.sync()
        log = folder / own_log_name(a)
        conflict = folder / log.name.replace(".bplog", ".sync-conflict-20261203-XYZ.bplog")
        shutil.copyfile(log, conflict)  # what Syncthing leaves when it thinks two wrote it
        a.add_record(Category.SERVICE, title="After the conflict", details={"hours": 2})
        a.sync()
        report = b.sync()
        assert report.problems == []
        assert content(a) == content(b)
        assert sorted(r.title for r in b.list_records()) == [
            "After the conflict",
            "Before the conflict",
        ]


def test_a_kept_share_and_the_share_log_travel_with_their_file(tmp_path, wallet):
    poster = tmp_path / "poster.txt"
    poster.write_bytes(b"food drive poster " * 100)
    wallet.add_record(Category.SERVICE, title="Library", details={"hours": 2})
    a, b, _ = two(tmp_path, wallet)
    with b:
        card, _ = b.my_card("Ana's family")  # made at setup: both computers hold the same key
        assert a.my_card("Ana's family")[0] == card
        family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
        with family:
            family.add_learner("Ben Ortiz")
            family.add_record(Category.SERVICE, title="Food Bank", files=[poster])
            family.add_contact(card, name="Ana's family")
            family.share(tmp_path / "s.backpack", to="Ana's family", preset="learner-profile")
        a.open_share(tmp_path / "s.backpack", save=True)
        made, _ = a.share(tmp_path / "out.backpack", code=True, preset="learner-profile")
        a.sync()
        b.sync()
        assert [r.id for r in b.received()] == [r.id for r in a.received()]
        reopened = b.open_received(b.received()[0].id)
        assert reopened.valid and [f.name for f in reopened.files] == ["poster.txt"]
        assert [s.id for s in b.shares()] == [made.share_id]
        assert b.check() == []


def test_the_same_card_saved_on_both_and_two_learners_of_one_name(tmp_path, wallet):
    a, b, _ = two(tmp_path, wallet)
    with b:
        friend, _ = Backpack.create(tmp_path / "friend", PASSPHRASE, kdf=FAST)
        with friend:
            card, _ = friend.my_card("Grandma")
        a.add_contact(card, name="Grandma")
        b.add_contact(card, name="Grandma")
        a.add_learner("Ben")
        b.add_learner("Ben")
        for bp in (a, b, a, b):
            report = bp.sync()
            assert report.waiting == 0, report
        assert [c.name for c in a.contacts()] == [c.name for c in b.contacts()] == ["Grandma"]
        assert [c.id for c in a.contacts()] == [c.id for c in b.contacts()]  # one item
        names = sorted(lr.name for lr in a.learners())
        assert names == ["Ana Rivera", "Ben", "Ben (2)"]
        assert sorted(lr.name for lr in b.learners()) == names
        with transaction(a._conn):  # no command removes a contact yet; the row goes as one would
            a._conn.execute("DELETE FROM contacts")
        a.sync()
        b.sync()
        assert a.contacts() == b.contacts() == []


# --- removed computers' logs, bounded history, the write lock -------------------------------
def test_a_removed_computers_log_goes_at_compaction_and_a_late_one_still_merges(tmp_path, wallet):
    a, b, folder = two(tmp_path, wallet)
    with b, join(folder, tmp_path / "c") as c:  # c joins, then is away for months
        rec = b.add_record(Category.SERVICE, title="Written on b", details={"hours": 1})
        b.sync()
        b.edit_record(rec.id, changes={"title": "Written on b, edited"})
        b.sync()
        b_log, b_key = folder / own_log_name(b), (folder / own_log_name(b)).with_suffix(".bpkey")
        b_id = next(d.id for d in b.sync_devices() if d.this)
        a.sync()
        a_log = folder / own_log_name(a)
        a.sync_remove_device(b_id)  # a has merged b's log whole: it goes now
        assert not b_log.exists() and not b_key.exists() and not a_log.exists()
        assert len(list(folder.glob("*.bplog"))) == 2  # a's new log and c's
        report = c.sync()  # reads b's writes from a's new log, with their own stamps
        assert report.problems == []
        assert content(c) == content(a)
        assert [h.value for h in c.sync_history(rec.id) if h.field == "title"] == ["Written on b"]
        assert next(d for d in c.sync_devices() if d.id == b_id).removed
        with pytest.raises(UserError, match="removed"):
            b.sync()
        # Compacted again, a keeps carrying b's writes (b has no log left to hold them).
        a.sync(compact=True)
        with join(folder, tmp_path / "late") as late:
            assert content(late) == content(a)
            assert late.get_record(rec.id).title == "Written on b, edited"


def test_two_computers_compacting_away_a_removed_one_at_once_converge(tmp_path, wallet):
    wallet.add_record(Category.SERVICE, title="Before", details={"hours": 1})
    folders = [tmp_path / "f0", tmp_path / "f1"]
    wallet.sync_setup(folders[0])
    shutil.copytree(folders[0], folders[1])
    a, c, b = wallet, join(folders[1], tmp_path / "c"), join(folders[0], tmp_path / "b")
    with b, c:
        b.add_record(Category.SERVICE, title="From b", details={"hours": 2})
        b.sync()
        copy_folder(folders[0], folders[1], keep={own_log_name(c)})
        c.sync()  # c has b's log whole (and does not know yet that b goes)
        b_id = next(d.id for d in b.sync_devices() if d.this)
        a.sync()
        a.sync_remove_device(b_id)  # a compacts it away in its folder
        copy_folder(folders[0], folders[1], keep={own_log_name(c)})
        assert c.sync().removed_logs == 1  # and c, at the same time, in its own copy
        for n in range(2):
            copy_folder(folders[0], folders[1], keep={own_log_name(c)})
            copy_folder(folders[1], folders[0], keep={own_log_name(a)})
            a.sync()
            c.sync()
        assert content(a) == content(c)
        assert sorted(r.title for r in c.list_records()) == ["Before", "From b"]
        assert own_log_name(b) not in {p.name for f in folders for p in f.iterdir()}


def test_history_is_bounded_and_the_same_everywhere(tmp_path, wallet):
    rec = wallet.add_record(Category.SERVICE, title="Often edited", details={"hours": 0})
    a, b, folder = two(tmp_path, wallet)
    with b:
        for n in range(HISTORY_KEEP + 5):
            (a if n % 2 else b).edit_record(rec.id, details={"hours": n + 1})
            a.sync()
            b.sync()
        a.sync()
        hours = [h.value for h in a.sync_history(rec.id) if h.field == "d.hours"]
        assert hours == list(range(5, HISTORY_KEEP + 5))  # the latest 20 earlier values
        assert [h.value for h in b.sync_history(rec.id) if h.field == "d.hours"] == hours
        a.sync(compact=True)
        with join(folder, tmp_path / "late") as late:
            assert [h.value for h in late.sync_history(rec.id) if h.field == "d.hours"] == hours


def test_the_window_can_write_while_a_sync_reads_the_folder(tmp_path, wallet):
    """The logs are read and decrypted before the write transaction: another connection to the
    same backpack (the window's) writes meanwhile without waiting; and a sync that ran in
    between is noticed (the reading is done again inside the transaction)."""
    a, b, _ = two(tmp_path, wallet)
    with b:
        for n in range(3):
            a.add_record(Category.SERVICE, title=f"From a {n}", details={"hours": n})
        a.sync()
        window = Backpack.open(tmp_path / "b", PASSPHRASE, kdf=FAST)
        done = []

        def meanwhile(phase: str, at: int, total: int) -> None:
            if phase == "reading" and at == total and not done:
                done.append(window.add_record(Category.SERVICE, title="Typed meanwhile").id)
                window.sync()  # and another sync runs in between

        with window:
            b.sync(progress=meanwhile)
            b.sync()
            a.sync()
            assert content(a) == content(b) == content(window)
            assert "Typed meanwhile" in [r.title for r in a.list_records()]


def test_a_course_in_its_own_file_here_and_inside_a_clr_there_is_one_record(
    tmp_path, wallet, school
):
    algebra, biology = (
        school.sign(course_credential(school, course=name, grade="A", code=name[:3]))
        for name in ("Algebra I", "Biology")
    )
    clr = json.dumps(school.sign(clr_credential(school, [algebra, biology]))).encode()
    own_file = json.dumps(algebra, indent=2).encode()  # as a school's file is laid out
    a, b, _ = two(tmp_path, wallet)
    with b:
        (own,) = a.import_credentials(own_file, file="algebra.json")
        (held,) = b.import_credentials(clr, file="clr.json")
        for bp in (a, b, a, b):
            bp.sync()
        assert content(a) == content(b)
        titles = sorted(r.title for r in b.list_records())
        assert titles == ["Algebra I", "Biology", "Transcript of Ana Rivera"]
        assert own.record_id in b.records_inside(held.record_id)
        assert b.credential(own.record_id).original == own_file  # its own source
        # Deleting the CLR leaves the course that came in its own file, on both.
        b.delete_record(held.record_id)
        for bp in (b, a):
            bp.sync()
        assert content(a) == content(b)
        assert [r.title for r in a.list_records()] == ["Algebra I"]


def test_a_course_placed_inside_a_clr_deleted_meanwhile_stands_on_its_own(tmp_path, wallet, school):
    algebra = school.sign(course_credential(school, course="Algebra I", grade="A", code="ALG"))
    clr = json.dumps(school.sign(clr_credential(school, [algebra]))).encode()
    a, b, _ = two(tmp_path, wallet)
    with b:
        (own,) = a.import_credentials(json.dumps(algebra, indent=2).encode())
        (held,) = b.import_credentials(clr)
        b.sync()
        a.sync()  # a places its course inside b's CLR...
        b.delete_record(held.record_id)  # ...which b deletes before it hears of that
        for bp in (b, a, b):
            assert bp.sync().waiting == 0
        assert content(a) == content(b)
        assert [r.id for r in b.list_records()] == [own.record_id]
        assert b.credential(own.record_id).parent_record_id is None


def test_a_compaction_is_written_outside_the_lock_and_given_up_if_another_sync_wrote(
    tmp_path, wallet
):
    a, b, folder = two(tmp_path, wallet)
    with b:
        window = Backpack.open(wallet.layout.home, PASSPHRASE, kdf=FAST)  # the same backpack

        def meanwhile(phase: str, at: int, total: int) -> None:
            if phase == "compacting" and at == total:  # the snapshot is written, not adopted
                window.add_record(Category.SERVICE, title="Typed meanwhile")
                window.sync()  # appends to this computer's log

        with window:
            old = folder / own_log_name(a)
            report = a.sync(compact=True, progress=meanwhile)
            assert not report.compacted and old.exists()  # given up: nothing lost
            assert len(list(folder.glob("*.bplog"))) == 2
            assert a.sync(compact=True).compacted and not old.exists()
            b.sync()
            assert content(a) == content(b)
            assert "Typed meanwhile" in [r.title for r in b.list_records()]


def test_a_compaction_that_cannot_take_the_lock_is_tried_again(tmp_path, wallet):
    a, b, folder = two(tmp_path, wallet)
    with b:
        window = Backpack.open(wallet.layout.home, PASSPHRASE, kdf=FAST)

        def busy(phase: str, at: int, total: int) -> None:
            if phase == "compacting" and at == total:  # another process holds the lock on
                window._conn.execute("BEGIN IMMEDIATE")

        with window:
            logs_before = sorted(p.name for p in folder.glob("*.bplog"))
            report = a.sync(compact=True, progress=busy)
            window._conn.execute("ROLLBACK")
            assert not report.compacted
            assert any("could not be rewritten" in p for p in report.problems)
            assert sorted(p.name for p in folder.glob("*.bplog")) == logs_before  # as it was
            assert a.sync(compact=True).compacted
            assert content(a) == content(b)


def test_a_log_with_no_complete_change_yet_is_said_plainly(tmp_path, wallet):
    _a, b, folder = two(tmp_path, wallet)
    with b:
        c = join(folder, tmp_path / "c")
        c_log = folder / own_log_name(c)
        c.close()
        c_log.write_bytes(c_log.read_bytes()[: sync_log.HEADER_BYTES + 10])
        problems = b.sync().problems
        assert len(problems) == 1 and "has no complete change yet" in problems[0], problems
        assert "after 0" not in problems[0]


def test_the_folder_is_read_on_another_thread_while_this_connection_writes(tmp_path, wallet):
    """`sync_prepare` reads the logs and decrypts their files on a connection of its own (the
    window runs it beside its worker); the worker's connection writes meanwhile, then hands the
    reading to `sync(prepared=...)`. A reading overtaken by another sync is done again, and
    the files it decrypted for nothing are removed."""
    import threading

    a, b, _ = two(tmp_path, wallet)
    with b:
        doc = tmp_path / "essay.txt"
        doc.write_bytes(b"an essay " * 3000)
        for n in range(3):
            a.add_record(Category.PORTFOLIO, title=f"From a {n}", files=[doc] if n == 0 else [])
        a.sync()
        written = []

        def meanwhile(phase: str, at: int, total: int) -> None:
            if phase == "fetching files" and at == total and not written:
                # the reading thread is mid-sync: this connection writes without waiting
                written.append(b.add_record(Category.SERVICE, title="Typed meanwhile").id)

        box: list = []
        reader = threading.Thread(target=lambda: box.append(b.sync_prepare(progress=meanwhile)))
        reader.start()
        reader.join(60)
        prepared = box[0]
        assert written and prepared is not None and len(prepared.prefetched) == 1
        report = b.sync(prepared=prepared)
        assert report.problems == [] and report.files_in == 1
        a.sync()
        assert content(a) == content(b)
        assert "Typed meanwhile" in [r.title for r in a.list_records()]
        # Overtaken: another sync merged the same changes before the prepared one was handed in.
        a.add_record(Category.PORTFOLIO, title="Another essay", files=[tmp_path / "essay.txt"])
        (tmp_path / "poem.txt").write_bytes(b"a poem " * 100)
        a.add_record(Category.PORTFOLIO, title="A poem", files=[tmp_path / "poem.txt"])
        a.sync()
        late = b.sync_prepare()
        assert late is not None and len(late.prefetched) == 1  # the poem
        b.sync()
        b.sync(prepared=late)
        a.sync()
        assert content(a) == content(b) and b.check() == []
        stored = {p.name for p in (tmp_path / "b" / "attachments").iterdir()}
        used = {r[0] for r in b._conn.execute("SELECT id FROM attachments")}
        assert stored == used
