"""Helpers for the sync tests: several computers, each with its own copy of the sync folder,
and a stand-in for the file-sync tool that copies between them (partly, as a real one may)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from backpack_app.store.sync_log import BLOB_SUFFIX, KEY_SUFFIX, LOG_SUFFIX
from backpack_app.wallet import Backpack
from backpack_app.wallet.backpack import utc_now
from tests.conftest import FAST, PASSPHRASE


def content(bp: Backpack) -> dict:
    """What a person sees of a backpack: learners, records with their files, credentials,
    trust list, as comparable data."""
    conn = bp._conn
    learners = conn.execute("SELECT id, name, emails, did FROM learners ORDER BY id").fetchall()
    records = conn.execute(
        "SELECT r.id, r.learner_id, r.category, r.title, r.description, r.details, "
        "c.sha256, c.parent_record_id FROM records r "
        "LEFT JOIN credentials c ON c.record_id = r.id ORDER BY r.id"
    ).fetchall()
    files = conn.execute(
        "SELECT record_id, position, name, sha256 FROM attachments ORDER BY record_id, position"
    ).fetchall()
    trust = conn.execute("SELECT id, name FROM trusted_issuers ORDER BY id").fetchall()
    return {
        "learners": learners,
        "records": [(*r[:5], json.loads(r[5]), *r[6:]) for r in records],
        "files": files,
        "trust": trust,
    }


def own_log_name(bp: Backpack) -> str:
    return bp._meta()["log"] + LOG_SUFFIX


def copy_folder(src: Path, dst: Path, *, keep: set[str], cut: float = 1.0) -> None:
    """What a file-sync tool does between two computers' folders: copies what is newer. A log
    may arrive only in part (`cut`: the share of its new bytes copied); files named in `keep`
    (the receiving computer's own log) are never overwritten."""
    dst.mkdir(exist_ok=True)
    for path in sorted(src.iterdir()):
        target = dst / path.name
        if path.name in keep or path.name.startswith(".tmp-"):
            continue
        if path.name.endswith(LOG_SUFFIX):
            data = path.read_bytes()
            have = target.stat().st_size if target.exists() else 0
            upto = have + int((len(data) - have) * cut)
            if upto > have:
                target.write_bytes(data[:upto])
        elif path.name.endswith((KEY_SUFFIX, BLOB_SUFFIX)) and (
            not target.exists() or target.read_bytes() != path.read_bytes()
        ):
            shutil.copyfile(path, target)


def join(folder: Path, home: Path) -> Backpack:
    bp, _ = Backpack.sync_join(folder, home, passphrase=PASSPHRASE, kdf=FAST, clock=utc_now)
    return bp
