"""A share carries the family's saved copies of the status lists its credentials name, so a
recipient without the network (the app, or the page) checks revocation as of those copies."""

from __future__ import annotations

import json

from backpack_app.domain.status import CachedStatusList
from backpack_app.sharing.included_status import from_manifest, lists_named, manifest_entries
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import STATUS_URL, course_credential, new_school, status_list, with_status


def revoked_share(folder, *, revoked: bool = True):
    """Ana's family: a course the school revoked (or not), its list saved, shared by code."""
    family, _ = Backpack.create(folder / "family", PASSPHRASE, kdf=FAST)
    with family:
        family.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        school = new_school()
        course = school.sign(with_status(course_credential(school, course="Chemistry"), 4))
        family.import_credentials(json.dumps(course).encode())
        family.import_status_list(
            json.dumps(school.sign(status_list(school, [4] if revoked else [9]))).encode()
        )
        page = folder / "ana.html"
        made, _ = family.share(
            folder / "ana.backpack",
            html=page,
            code=True,
            record_ids=[r.id for r in family.list_records()],
        )
    return folder / "ana.backpack", page, made.code


def test_a_shared_revoked_course_opens_revoked_without_a_backpack(cli, tmp_path):
    _, page, code = revoked_share(tmp_path)
    opened = cli("open", str(page), "--code", code, "--json", home_dir=tmp_path / "nobody")
    record = json.loads(opened.out)["records"][0]
    assert record["report"]["verdict"] == "revoked", record["report"]
    status = next(c for c in record["report"]["checks"] if c["id"] == "status")
    assert "as of 1 December 2025" in status["detail"]


def test_a_shared_list_that_does_not_revoke_says_not_revoked_as_of_its_date(cli, tmp_path):
    _, _, code = revoked_share(tmp_path, revoked=False)
    opened = cli(
        "open", str(tmp_path / "ana.backpack"), "--code", code, "--json",
        home_dir=tmp_path / "nobody",
    )  # fmt: skip
    status = next(
        c for c in json.loads(opened.out)["records"][0]["report"]["checks"] if c["id"] == "status"
    )
    assert status["status"] == "passed" and "Not revoked as of 1 December 2025" in status["detail"]


def test_only_the_lists_a_credential_names_go_in_and_bad_entries_are_left_out():
    school = new_school()
    named = CachedStatusList(url=STATUS_URL, credential=json.dumps(status_list(school)).encode())
    other = CachedStatusList(url="https://elsewhere.example/1", credential=b"{}")
    course = json.dumps(with_status(course_credential(school), 3)).encode()
    assert lists_named([named, other], [course]) == [named]
    entries = manifest_entries([named])
    assert entries[0]["url"] == STATUS_URL and isinstance(entries[0]["credential"], dict)
    back = from_manifest({"status_lists": [*entries, {"url": 1}, "x", {"url": "u"}]})
    assert [b.url for b in back] == [STATUS_URL]
    assert json.loads(back[0].credential) == json.loads(named.credential)
    assert from_manifest({"status_lists": "nonsense"}) == []
