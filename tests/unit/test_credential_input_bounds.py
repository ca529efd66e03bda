"""Hostile or broken input to `verify`: one clear report per file, refused by explicit bounds."""

from __future__ import annotations

import json

import pytest

from backpack_app.credentials.parsing import MAX_CREDENTIAL_BYTES, MAX_JSON_DEPTH, parse_json
from backpack_app.credentials.trust_file import parse_trust_entries
from backpack_app.errors import MalformedCredential, MalformedFile


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[" * 10_000 + b"]" * 10_000, "nested more than"),
        (b'{"a":' * 100 + b"1" + b"}" * 100, "nested more than"),
        (b'{"@context": ["https://www.w3.org/ns/credentials/v2"', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not text"),
        (b"", "not valid JSON"),
        (b" " * (MAX_CREDENTIAL_BYTES + 1), "larger than"),
    ],
    ids=["deep-array-10000", "deep-object-100", "truncated", "not-utf8", "empty", "oversized"],
)
def test_parse_bounds(data, reason):
    with pytest.raises(MalformedCredential, match=reason):
        parse_json(data)


def test_depth_at_the_limit_is_accepted():
    nested = b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH
    assert parse_json(nested) is not None
    assert parse_json(b"\xef\xbb\xbf{}") == {}  # UTF-8 with a byte-order mark


def test_trust_file_forms():
    one = parse_trust_entries(json.dumps({"did": "did:key:z6Mkx", "name": "Lincoln HS"}).encode())
    many = parse_trust_entries(
        json.dumps(
            {"issuers": [{"id": "did:key:a", "name": "A"}, {"did": "did:key:b", "name": "B"}]}
        ).encode()
    )
    assert [e.id for e in one] == ["did:key:z6Mkx"]
    assert [e.name for e in many] == ["A", "B"]
    with pytest.raises(MalformedFile):
        parse_trust_entries(b'{"name": "no id"}')
    with pytest.raises(MalformedFile):
        parse_trust_entries(b"not json")


def test_verify_needs_files_and_never_aborts_the_batch(cli, tmp_path):
    assert cli("verify", passphrase=None).code == 2
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 10_000 + b"]" * 10_000)
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    result = cli(
        "verify", "--json", str(deep), str(big), str(tmp_path / "missing.json"), passphrase=None
    )
    assert result.code == 1
    reports = json.loads(result.out)
    assert [r["file"] for r in reports] == [str(deep), str(big), str(tmp_path / "missing.json")]
    assert all(r["valid"] is False and r["verdict"] == "malformed" for r in reports)
    assert "nested" in reports[0]["summary"] and "larger" in reports[1]["summary"]
    assert "Traceback" not in result.err
    assert cli("verify", "--at", "tomorrow", str(deep), passphrase=None).code == 2
