"""`backpack context add`: a vocabulary Backpack does not ship, checked and kept in the backpack,
after which credentials using it verify offline (issue #17)."""

from __future__ import annotations

import json

import pytest

from backpack_app.credentials import contexts
from backpack_app.credentials.contexts import known_context_urls
from tests.issuing import course_credential, new_school

EXTRA = "https://contexts.example.org/club/v1"
CONTEXT = {"@context": {"@protected": True, "clubRole": "https://contexts.example.org/club#role"}}


@pytest.fixture(autouse=True)
def no_added_contexts():
    """Contexts added in one test (they live for the process) do not leak into another."""
    contexts._added.clear()
    yield
    contexts._added.clear()


def credential_using_it(school, url: str = EXTRA) -> dict:
    """Signed by its issuer, who had the context: signed with it inline (the same graph), then
    named by its URL, which Backpack does not have until the user adds it."""
    doc = course_credential(school)
    doc["@context"].append(CONTEXT["@context"])
    doc["credentialSubject"]["clubRole"] = "captain"
    signed = school.sign(doc)
    signed["@context"][-1] = url
    return signed


def test_added_context_lets_a_credential_verify_offline(cli, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    context_file = tmp_path / "club.json"
    context_file.write_text(json.dumps(CONTEXT))
    cred_file = tmp_path / "cred.json"
    cred_file.write_text(json.dumps(credential_using_it(new_school())))
    before = cli("verify", "--json", str(cred_file), passphrase=None)
    assert json.loads(before.out)[0]["verdict"] == "unverifiable_offline"
    assert EXTRA in json.loads(before.out)[0]["summary"]
    added = cli("context", "add", str(context_file), "--url", EXTRA)
    assert added.code == 0 and added.out.startswith(f"Added the context {EXTRA} (sha256 ")
    assert EXTRA in known_context_urls()
    contexts._added.clear()  # a new process: the context comes from the backpack itself
    imported = cli("import", "--json", "--learner", "Ana", str(cred_file))
    assert imported.code == 0, imported.out
    assert json.loads(imported.out)[0]["verdict"] == "unknown_issuer", imported.out


def test_bad_or_shipped_contexts_are_refused_with_a_sentence(cli, tmp_path):
    assert cli("init").code == 0
    cases = {
        "not-json.json": (b"{nope", EXTRA, "not JSON"),
        "no-context.json": (b'{"a": 1}', EXTRA, "has no @context"),
        "shipped.json": (json.dumps(CONTEXT).encode(), "https://w3id.org/dcc/v1", "already ships"),
        "unknown.json": (
            json.dumps({"@context": ["https://elsewhere.example/ctx"]}).encode(),
            EXTRA,
            "https://elsewhere.example/ctx, which Backpack does not have",
        ),
        "invalid.json": (json.dumps({"@context": {"a": 5}}).encode(), EXTRA, "not a valid"),
    }
    for name, (data, url, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = cli("context", "add", str(path), "--url", url)
        assert result.code == 2 and words in result.err, (name, result.err)
        assert "Traceback" not in result.err


def test_verify_without_a_backpack_takes_a_context_for_one_run(cli, tmp_path):
    """`verify` opens no backpack (it asks no passphrase), so what `context add` kept is not
    used there: it says so when a credential names a context it lacks, and `--context URL FILE`
    gives one for that run, checked as `context add` checks it. (Its own URL: processed
    contexts are remembered for the process, as they are in the app.)"""
    url = "https://contexts.example.org/club/v2"
    context_file = tmp_path / "club.json"
    context_file.write_text(json.dumps(CONTEXT))
    cred_file = tmp_path / "cred.json"
    cred_file.write_text(json.dumps(credential_using_it(new_school(), url)))
    before = cli("verify", "--json", str(cred_file), passphrase=None)
    assert json.loads(before.out)[0]["verdict"] == "unverifiable_offline"
    assert "--context URL FILE" in before.err and "context add" in before.err
    # A bad --context file is a warning, never an abort: the reports still come.
    bad = tmp_path / "bad.json"
    bad.write_text('{"a": 1}')
    warned = cli("verify", "--json", "--context", url, str(bad), str(cred_file), passphrase=None)
    assert warned.code == 1 and "Traceback" not in warned.err
    assert f"warning: {bad} was not used for {url}: " in warned.err
    assert "has no @context" in warned.err
    assert json.loads(warned.out)[0]["verdict"] == "unverifiable_offline"
    shipped = cli(
        "verify",
        "--context",
        "https://w3id.org/dcc/v1",
        str(context_file),
        str(cred_file),
        passphrase=None,
    )
    assert "already ships https://w3id.org/dcc/v1" in shipped.err
    given = cli(
        "verify", "--json", "--context", url, str(context_file), str(cred_file), passphrase=None
    )
    assert json.loads(given.out)[0]["verdict"] == "unknown_issuer", given.out
    assert given.err == ""
