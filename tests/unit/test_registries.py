"""Issuer registries, offline (issue #17): a DCC-format registry snapshot the user chose makes
its issuers known, and every verdict says "listed in REGISTRY (as of DATE)"; nothing is trusted
by default."""

from __future__ import annotations

import json

import pytest

from backpack_app.credentials.registries import parse_dcc_registry
from backpack_app.errors import UserError
from tests.issuing import course_credential, new_school


def dcc_registry(*entries: tuple[str, str]) -> dict:
    return {
        "meta": {"created": "2025-10-27T17:57:31+00:00", "updated": "2025-11-02T09:00:00+00:00"},
        "registry": {
            did: {"name": name, "location": "Cambridge, MA, USA", "url": "https://example.edu"}
            for did, name in entries
        },
    }


def test_a_listed_issuer_is_shown_as_listed_with_the_registrys_date(cli, tmp_path):
    school, stranger = new_school("Lincoln High School"), new_school("Stranger")
    registry = tmp_path / "registry.json"
    registry.write_text(json.dumps(dcc_registry((school.did, "Lincoln High School"))))
    listed, unlisted = tmp_path / "a.json", tmp_path / "b.json"
    listed.write_text(json.dumps(school.sign(course_credential(school))))
    unlisted.write_text(json.dumps(stranger.sign(course_credential(stranger))))
    plain = json.loads(cli("verify", "--json", str(listed), passphrase=None).out)[0]
    assert plain["verdict"] == "unknown_issuer"  # nothing is trusted by default
    result = cli(
        "verify", "--json", "--registry", str(registry), str(listed), str(unlisted), passphrase=None
    )
    first, second = json.loads(result.out)
    assert first["verdict"] == "verified"
    assert first["summary"] == (
        "Verified: issued by Lincoln High School, listed in registry.json (as of 2 November 2025) "
        "and unchanged since."
    )
    assert second["verdict"] == "unknown_issuer"


def test_registry_kept_in_the_backpack_from_a_file(cli, tmp_path):
    school = new_school("Lincoln High School")
    assert cli("init", "--learner", "Ana").code == 0
    registry = tmp_path / "community.json"
    registry.write_text(json.dumps(dcc_registry((school.did, "Lincoln High School"))))
    added = cli("trust", "registry", "add", str(registry), "--name", "DCC Community Registry")
    assert added.code == 0
    assert added.out == "Added DCC Community Registry (as of 2 November 2025): 1 issuer.\n"
    listed = cli("trust", "registry", "list").out
    assert listed.startswith("DCC Community Registry (as of 2 November 2025): 1 issuer, from ")
    cred = tmp_path / "c.json"
    cred.write_text(json.dumps(school.sign(course_credential(school))))
    imported = json.loads(cli("import", "--json", "--learner", "Ana", str(cred)).out)[0]
    assert imported["verdict"] == "verified"
    assert "listed in DCC Community Registry (as of 2 November 2025)" in imported["summary"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"{", "not JSON"),
        (b'{"registry": {}}', "not an issuer registry"),
        (
            json.dumps({"registry": {"https://x.example": {"name": "X"}}}).encode(),
            "no issuer by a DID",
        ),
        (json.dumps({"registry": {"did:key:z6Mk": {"name": "X"}}}).encode(), "does not say when"),
    ],
)
def test_bad_registries_are_refused_with_a_sentence(data, words):
    with pytest.raises(UserError, match=words):
        parse_dcc_registry(data, name="r", source="r.json", as_of=None)


def test_registry_from_an_address_is_as_of_when_it_was_fetched(wallet):
    school = new_school("Lincoln High School")
    url = "https://digitalcredentials.example/community-registry/registry.json"
    asked = []

    def fetch(address: str) -> bytes:
        asked.append(address)
        return json.dumps(dcc_registry((school.did, "Lincoln High School"))).encode()

    registry = wallet.add_registry(url, name="DCC Community Registry", fetch=fetch)
    assert asked == [url]
    # fetched now, whatever date the file states (2 November 2025)
    assert abs((registry.as_of - wallet._clock()).total_seconds()) < 60
    assert wallet.issuer_registries()[0].entries == {school.did: "Lincoln High School"}
    with pytest.raises(UserError, match="Cannot read"):
        wallet.add_registry("http://plain.example/registry.json")  # not https: read as a file


def test_a_registry_removed_no_longer_makes_its_issuers_known(cli, tmp_path):
    school = new_school("Lincoln High School")
    assert cli("init", "--learner", "Ana").code == 0
    registry = tmp_path / "community.json"
    registry.write_text(json.dumps(dcc_registry((school.did, "Lincoln High School"))))
    assert cli("trust", "registry", "add", str(registry), "--name", "Community").code == 0
    removed = cli("trust", "registry", "remove", "Community")
    assert removed.code == 0
    assert (
        removed.out == "Removed the registry Community; its issuers are no longer known from it.\n"
    )
    assert cli("trust", "registry", "list").out.startswith("You added no issuer registry.")
    again = cli("trust", "registry", "remove", "Community")
    assert again.code != 0 and "You added no issuer registry named Community." in again.err
    cred = tmp_path / "c.json"
    cred.write_text(json.dumps(school.sign(course_credential(school))))
    imported = json.loads(cli("import", "--json", "--learner", "Ana", str(cred)).out)[0]
    assert imported["verdict"] == "unknown_issuer"
