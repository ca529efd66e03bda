"""A program that has a did:web organisation key (made with the school tools) answers a family
with it: `backpack reply --key-file ORG.key --did did:web:...`. The family files the reply only
once it holds a saved copy of that DID's document (imported from a file, or fetched from a
real HTTPS server on this computer), and then as written by the program under its did:web (real
key file, real vaults, the real CLI)."""

from __future__ import annotations

import http.server
import json
import ssl
import threading

import pytest

from backpack_app.domain.records import Category
from backpack_app.sharing.contribution import ReplyRefused
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

SCHOOL_PASSPHRASE = "bright futures org key 2026"
DOMAIN = "bright-futures.example.org"
DID = f"did:web:{DOMAIN}"
ENV = {"BACKPACK_SCHOOL_PASSPHRASE": SCHOOL_PASSPHRASE}


@pytest.fixture
def program(cli, tmp_path):
    """The program's backpack, its organisation key file and the did:web document for it."""
    home, key, document = tmp_path / "program", tmp_path / "org.key", tmp_path / "did.json"
    assert cli("init", home_dir=home).code == 0
    made = cli("school", "init", "--name", "Bright Futures", "--out", str(key), env=ENV)
    assert made.code == 0, made.err
    written = cli(
        "school", "did-web", "--key", str(key), "--domain", DOMAIN, "--out", str(document)
    )
    assert written.code == 0 and written.out.strip() == DID
    return home, key, document


def _ask(cli, tmp_path):
    """The family's code share asking the program to write back (any key may answer)."""
    assert cli("init", "--learner", "Ana Rivera").code == 0
    goal = cli("add", "goal", "--title", "Build a robot").out.strip()
    shared = cli(
        "share",
        "--code",
        "--records",
        goal,
        "--ask-for-contribution",
        "a badge for the robotics club",
        "--code-file",
        str(tmp_path / "code.txt"),
        "--out",
        str(tmp_path / "asked.backpack"),
    )
    assert shared.code == 0, shared.err


def _reply(cli, tmp_path, home, key, *extra, env=ENV):
    return cli(
        "reply",
        str(tmp_path / "asked.backpack"),
        "--kind",
        "achievement",
        "--title",
        "Robotics club badge",
        "--text",
        "Built and programmed a line-following robot.",
        "--name",
        "Bright Futures",
        "--code-file",
        str(tmp_path / "code.txt"),
        "--out",
        str(tmp_path / "reply.backpack"),
        "--key-file",
        str(key),
        *extra,
        home_dir=home,
        env=env,
    )


def test_a_reply_signed_with_a_did_web_organisation_key(cli, tmp_path, program):
    home, key, document = program
    _ask(cli, tmp_path)
    written = _reply(cli, tmp_path, home, key, "--did", DID)
    assert written.code == 0, written.err
    assert f"signed with your key ({DID})" in written.out
    # Without a saved copy of the program's DID document, nothing is filed: said plainly.
    refused = cli("open", str(tmp_path / "reply.backpack"), "--save")
    assert refused.code == 1 and "did-web import" in refused.err and DID in refused.err
    assert "Traceback" not in refused.err
    assert not [r for r in json.loads(cli("list", "--json").out) if r["title"].startswith("Rob")]
    # With it (the program hands it over, or it is fetched from its website): filed.
    assert cli("did-web", "import", str(document)).code == 0
    filed = cli("open", str(tmp_path / "reply.backpack"), "--save")
    assert filed.code == 0, filed.err
    [entry] = [r for r in json.loads(cli("list", "--json").out) if r["title"].startswith("Rob")]
    assert entry["provenance"] == "third_party_attested"
    assert entry["author"]["did"] == DID and entry["author"]["name"] == "Bright Futures"


def test_an_organisation_key_is_refused_plainly_when_it_cannot_be_used(cli, tmp_path, program):
    home, key, _document = program
    _ask(cli, tmp_path)
    out = tmp_path / "reply.backpack"
    alone = _reply(cli, tmp_path, home, key)
    assert alone.code == 2 and "--did" in alone.err and not out.exists()
    not_web = _reply(cli, tmp_path, home, key, "--did", "did:key:z6Mkabc")
    assert not_web.code == 2 and "did:web" in not_web.err and not out.exists()
    wrong = _reply(
        cli, tmp_path, home, key, "--did", DID, env={"BACKPACK_SCHOOL_PASSPHRASE": "not it"}
    )
    assert wrong.code in (1, 2) and "passphrase" in wrong.err and not out.exists()
    assert "Traceback" not in wrong.err + not_web.err + alone.err


class _DidDocument(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):
        if self.path != "/.well-known/did.json":
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/did+json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


def test_the_family_fetches_the_program_s_did_web_document_from_its_server(wallet, tmp_path):
    """The program's did:web document served over HTTPS by a real server on this computer
    (did:web:localhost%3APORT): the family fetches it ('did-web refresh') and files the reply."""
    from backpack_app.crypto.school_key import new_school_key_file, open_school_key_file
    from backpack_app.online.http import fetch_https
    from backpack_app.school.did_web_document import did_web_document
    from tests.unit.test_fetch_https import self_signed

    cert_file, key_pem = self_signed(tmp_path)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _DidDocument)
    serving = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    serving.load_cert_chain(cert_file, key_pem)
    httpd.socket = serving.wrap_socket(httpd.socket, server_side=True)
    did = f"did:web:localhost%3A{httpd.server_address[1]}"
    data, info = new_school_key_file(
        name="Bright Futures", url="", passphrase=SCHOOL_PASSPHRASE, params=FAST.floor
    )
    org_key, _ = open_school_key_file(data, SCHOOL_PASSPHRASE)
    _DidDocument.body = json.dumps(did_web_document(did, info.did)).encode()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        goal = wallet.add_record(Category.GOAL, title="Build a robot").id
        made, _ = wallet.share(
            tmp_path / "asked.backpack",
            code=True,
            record_ids=[goal],
            ask_for_contribution="a badge",
        )
        with Backpack.create(tmp_path / "program", PASSPHRASE, kdf=FAST)[0] as program:
            program.reply(
                tmp_path / "asked.backpack",
                tmp_path / "reply.backpack",
                kind="achievement",
                title="Robotics club badge",
                text="Built a robot.",
                code=made.code,
                name="Bright Futures",
                organisation=(org_key, did),
            )
        with pytest.raises(ReplyRefused, match="no copy of its DID document"):
            wallet.open_reply(tmp_path / "reply.backpack", save=True)
        trusting = ssl.create_default_context(cafile=str(cert_file))
        fetched = wallet.refresh_did_web(did, fetch=lambda url: fetch_https(url, tls=trusting))
        assert fetched.saved, fetched.detail
        reply, author, record_id = wallet.open_reply(tmp_path / "reply.backpack", save=True)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert reply.author_did == did and author is None and record_id is not None
    assert reply.report.valid and reply.author_name == "Bright Futures"


def test_a_card_request_takes_an_organisation_key_only_when_the_family_accepts_it(
    cli, tmp_path, program
):
    """A request made to the program's card expects the card's own did:key: a reply signed
    with the organisation's did:web is filed only when the family accepts the other key."""
    home, key, document = program
    card = tmp_path / "program.card"
    assert (
        cli("card", "export", "--name", "Bright Futures", "--out", str(card), home_dir=home).code
        == 0
    )
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("contact", "add", str(card)).code == 0
    goal = cli("add", "goal", "--title", "Build a robot").out.strip()
    asked = cli(
        "share",
        "--to",
        "Bright Futures",
        "--records",
        goal,
        "--ask-for-contribution",
        "a badge",
        "--out",
        str(tmp_path / "asked.backpack"),
    )
    assert asked.code == 0, asked.err
    written = cli(
        "reply",
        str(tmp_path / "asked.backpack"),
        "--kind",
        "achievement",
        "--title",
        "Robotics club badge",
        "--text",
        "Built a robot.",
        "--name",
        "Bright Futures",
        "--key-file",
        str(key),
        "--did",
        DID,
        "--out",
        str(tmp_path / "reply.backpack"),
        home_dir=home,
        env=ENV,
    )
    assert written.code == 0, written.err
    assert cli("did-web", "import", str(document)).code == 0
    refused = cli("open", str(tmp_path / "reply.backpack"), "--save")
    assert refused.code == 1 and "key you did not ask" in refused.err
    accepted = cli("open", str(tmp_path / "reply.backpack"), "--save", "--accept-new-key")
    assert accepted.code == 0, accepted.err
    [entry] = [r for r in json.loads(cli("list", "--json").out) if r["title"].startswith("Rob")]
    assert entry["author"]["did"] == DID
