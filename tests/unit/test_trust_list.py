"""The trust list: starts empty, add by DID, trust file or credential, remove, kept encrypted."""

from __future__ import annotations

import json

from tests.helpers import files_containing


def test_trust_list_cli_round_trip(cli, home, tmp_path):
    assert cli("init").code == 0
    assert "empty" in cli("trust", "list").out
    assert cli("trust", "add", "did:key:z6MkLincoln").code == 2  # a name is required
    assert cli("trust", "add", "did:key:z6MkLincoln", "--name", "Lincoln High School").code == 0
    school_file = tmp_path / "trust-entry.json"
    school_file.write_text(
        json.dumps(
            {
                "name": "Roosevelt Middle",
                "did": "did:key:z6MkRoose",
                "url": "https://roosevelt.example.org",
            }
        )
    )
    assert cli("trust", "add", str(school_file)).code == 0
    listed = json.loads(cli("trust", "list", "--json").out)
    assert {(i["id"], i["name"]) for i in listed} == {
        ("did:key:z6MkLincoln", "Lincoln High School"),
        ("did:key:z6MkRoose", "Roosevelt Middle"),
    }
    assert files_containing(home, b"Roosevelt Middle") == []
    assert cli("trust", "remove", "did:key:z6MkLincoln").code == 0
    assert cli("trust", "remove", "did:key:z6MkLincoln").code == 2
    assert [i["id"] for i in json.loads(cli("trust", "list", "--json").out)] == [
        "did:key:z6MkRoose"
    ]
    junk = tmp_path / "junk.txt"
    junk.write_text("hello")
    result = cli("trust", "add", str(junk))
    assert result.code == 2 and "neither a trust file nor a credential" in result.err
