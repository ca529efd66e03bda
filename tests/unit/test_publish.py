"""`backpack publish`: a code share's page in S3-compatible storage behind a link that expires
with the share, deleted by `shares revoke` and `shares cleanup`.

Against a real S3-compatible server on 127.0.0.1 (moto's, started here). Moto does not enforce
a presigned link's expiry nor its signature (it checks a presigned request only for a missing
key, and with its IAM checking on it cannot serve one at all), so the tests check the link as
S3 would, by the SigV4 specification (`tests/s3_server.py: sigv4_link_valid`); everything else
is the server's answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from backpack_app.credentials.qr_codes import read_qr_text
from backpack_app.domain.records import Category
from backpack_app.sharing.page import build_page
from backpack_app.sharing.publishing import S3Target, link_plan, parse_target, with_code
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.s3_server import make_public, objects, sigv4_link_valid

DAY = dt.timedelta(days=1)
KEY = re.compile(r"^family/ana/[a-z2-7]{32}\.html$")
KEY_OF_ANOTHER = "family/ana/" + "a" * 32 + ".html"


@pytest.fixture
def family(home):
    """Ana's backpack with two records, closed (the CLI opens it)."""
    bp, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    bp.add_learner("Ana Rivera")
    bp.add_record(Category.GOAL, title="Read 20 books", details={"status": "in_progress"})
    bp.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12.5})
    bp.close()
    return home


def code_share(home: Path, out: Path, *, days: float = 3, to: str | None = None) -> str:
    """A share made in `home`; returns its code (None for a card share)."""
    with Backpack.open(home, PASSPHRASE, kdf=FAST) as bp:
        expires = bp._clock() + dt.timedelta(days=days)
        if to is not None:
            card, _ = bp.my_card("Ms. Lopez")
            bp.add_contact(card, name=to)
            bp.share(out, to=to, preset="learner-profile", expires=expires)
            return ""
        made, _ = bp.share(out, code=True, preset="learner-profile", expires=expires)
        return made.code


def publish(cli, share: Path, name: str, endpoint: str, *extra: str, env=None):
    return cli(
        "publish", str(share), "--s3", f"s3://{name}/family/ana/", "--endpoint", endpoint,
        *extra, env=env,
    )  # fmt: skip


def shares_json(cli) -> list[dict]:
    done = cli("shares", "--json")
    assert done.code == 0, done
    return json.loads(done.out)


# --- offline decisions --------------------------------------------------------------------------
def test_targets_and_plans_are_checked_before_anything_is_sent():
    assert parse_target("s3://my-bucket/a/b/") == S3Target("my-bucket", "a/b")
    key = S3Target("my-bucket", "a/b").new_key()
    assert re.fullmatch(r"a/b/[a-z2-7]{32}\.html", key)  # 160 random bits, nothing else
    assert S3Target("my-bucket", "").new_key() != S3Target("my-bucket", "").new_key()
    now = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)
    assert link_plan(now, now + 7 * DAY).kind == "presigned"
    assert link_plan(now, now + 7 * DAY).seconds == 604_800
    long = link_plan(now, now + 7 * DAY + dt.timedelta(seconds=1))
    assert (long.kind, long.lifecycle_days) == ("object", 8)
    code = "ABCD-EFGH-JKMN-PQRS-TVWX"
    assert with_code("https://x/p.html", code.lower()) == f"https://x/p.html#code={code}"


# --- publishing ---------------------------------------------------------------------------------
def test_publish_serves_the_page_exactly_behind_a_link_signed_to_expire(
    cli, family, bucket, s3_server, tmp_path
):
    name, admin = bucket
    share = tmp_path / "ana.backpack"
    code = code_share(family, share, days=3)
    qr = tmp_path / "link.png"
    done = publish(cli, share, name, s3_server, "--qr", str(qr))
    assert done.code == 0, done
    link = done.out.splitlines()[0]
    assert "signed to stop working" in done.out and "does not carry the share code" in done.out

    # A plain HTTP client gets the page, byte for byte, as HTML that no cache keeps.
    answer = httpx.get(link)
    assert answer.status_code == 200
    assert answer.content == build_page(share.read_bytes())
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.headers["cache-control"] == "no-store"
    # Without the signature the object does not open: the bucket stays private.
    assert httpx.get(link.split("?")[0]).status_code == 403

    # The name says nothing about the learner; the link is signed until the share expires.
    parts = urlsplit(link)
    key = parts.path.removeprefix(f"/{name}/")
    assert KEY.match(key) and objects(admin, name) == [key]
    query = parse_qs(parts.query)
    signed = dt.datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    until = signed + dt.timedelta(seconds=int(query["X-Amz-Expires"][0]))
    (entry,) = shares_json(cli)
    expires = dt.datetime.fromisoformat(entry["expires"])
    assert abs((until - expires).total_seconds()) <= 2
    # S3's own check of the link, computed here (moto checks neither signature nor expiry):
    # it opens until the share expires and not a second later; changed, it opens never.
    second = dt.timedelta(seconds=1)
    assert sigv4_link_valid(link, secret="testing", at=until - second)
    assert not sigv4_link_valid(link, secret="testing", at=until + second)
    assert not sigv4_link_valid(link.replace(key, KEY_OF_ANOTHER), secret="testing", at=signed)
    assert not sigv4_link_valid(link, secret="another secret", at=signed)
    assert query["X-Amz-Credential"][0].split("/")[2] == "us-east-1"

    # The code is nowhere: not in the link, the QR, the page or the log.
    assert read_qr_text(qr.read_bytes()) == link
    for text in (link, answer.text, json.dumps(entry)):
        assert code not in text and code.replace("-", "") not in text
    (page,) = entry["published"]
    assert page["link_kind"] == "presigned" and page["link"] == link and page["key"] == key
    assert page["endpoint"] == s3_server and page["link_had_code"] is False
    assert "family/ana/" in cli("shares").out


def test_include_code_puts_the_code_only_in_the_fragment(cli, family, bucket, s3_server, tmp_path):
    name, _ = bucket
    share, code_file, qr = tmp_path / "ana.backpack", tmp_path / "code.txt", tmp_path / "q.png"
    code = code_share(family, share, days=2)
    code_file.write_text(code.lower().replace("-", " ") + "\n")  # as someone may type it
    code_file.chmod(0o600)
    done = publish(
        cli, share, name, s3_server, "--include-code", "--code-file", str(code_file),
        "--qr", str(qr), "--json",
    )  # fmt: skip
    assert done.code == 0, done
    assert "anyone who has the link" in done.err.lower()
    shown = json.loads(done.out)
    address, _, fragment = shown["link"].partition("#")
    assert fragment == f"code={code}" and code not in address
    assert read_qr_text(qr.read_bytes()) == shown["link"]
    assert httpx.get(address).status_code == 200  # the fragment is never sent to the server
    (entry,) = shares_json(cli)
    assert code not in json.dumps(entry) and entry["published"][0]["link_had_code"] is True

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAA-BBBB-CCCC-DDDD-EEEE\n")
    wrong.chmod(0o600)
    before = objects(bucket[1], name)
    done = publish(cli, share, name, s3_server, "--include-code", "--code-file", str(wrong))
    assert done.code == 1 and "does not open this share" in done.err
    assert objects(bucket[1], name) == before


def test_a_long_share_needs_a_readable_folder_and_gets_a_lifecycle_backstop(
    cli, family, bucket, s3_server, tmp_path
):
    name, admin = bucket
    share = tmp_path / "ana.backpack"
    code_share(family, share, days=30)
    # A private bucket: a plain address would not open, so nothing is published.
    done = publish(cli, share, name, s3_server)
    assert done.code == 1 and "readable by anyone" in done.err and "Traceback" not in done.err
    assert objects(admin, name) == [] and shares_json(cli)[0]["published"] == []

    make_public(admin, name)
    done = publish(cli, share, name, s3_server)
    assert done.code == 0, done
    link = done.out.splitlines()[0]
    assert "?" not in link and "may keep working after that" in done.out
    assert httpx.get(link).content == build_page(share.read_bytes())
    (rule,) = admin.get_bucket_lifecycle_configuration(Bucket=name)["Rules"]
    assert rule["Expiration"]["Days"] == 30 and rule["Filter"]["Prefix"] == objects(admin, name)[0]
    assert shares_json(cli)[0]["published"][0]["lifecycle"] == "set"


def test_a_bucket_s_own_lifecycle_rules_are_never_replaced(
    cli, family, bucket, s3_server, tmp_path
):
    name, admin = bucket
    make_public(admin, name)
    theirs = {
        "ID": "school-archive",
        "Filter": {"Prefix": "archive/"},
        "Status": "Enabled",
        "Expiration": {"Days": 400},
    }
    admin.put_bucket_lifecycle_configuration(
        Bucket=name, LifecycleConfiguration={"Rules": [theirs]}
    )
    share = tmp_path / "ana.backpack"
    code_share(family, share, days=20)
    done = publish(cli, share, name, s3_server)
    assert done.code == 0 and "lifecycle rules of its own" in done.out
    assert admin.get_bucket_lifecycle_configuration(Bucket=name)["Rules"] == [theirs]


# --- revoke and cleanup -------------------------------------------------------------------------
def test_revoke_deletes_the_published_page(cli, family, bucket, s3_server, tmp_path):
    name, admin = bucket
    share = tmp_path / "ana.backpack"
    code_share(family, share, days=3)
    link = publish(cli, share, name, s3_server).out.splitlines()[0]
    assert httpx.get(link).status_code == 200
    share_id = shares_json(cli)[0]["id"]
    done = cli("shares", "revoke", share_id)
    assert done.code == 0 and "deleted its published page" in done.out
    assert httpx.get(link).status_code in (403, 404)
    assert objects(admin, name) == []
    (entry,) = shares_json(cli)
    assert entry["status"] == "revoked" and entry["published"][0]["deleted"]
    again = publish(cli, share, name, s3_server)
    assert again.code == 1 and "revoked" in again.err


def test_in_a_versioned_bucket_revoke_deletes_the_version_itself(
    cli, family, bucket, s3_server, tmp_path
):
    name, admin = bucket
    admin.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    share = tmp_path / "ana.backpack"
    code_share(family, share, days=3)
    assert publish(cli, share, name, s3_server).code == 0
    (page,) = shares_json(cli)[0]["published"]
    assert page["version_id"]
    assert cli("shares", "revoke", shares_json(cli)[0]["id"]).code == 0
    # Not hidden behind a delete marker: no version of the page is left at all.
    versions = admin.list_object_versions(Bucket=name)
    assert versions.get("Versions", []) == [] and versions.get("DeleteMarkers", []) == []


def test_cleanup_deletes_only_the_pages_of_expired_shares(cli, family, bucket, s3_server, tmp_path):
    name, admin = bucket
    short, longer = tmp_path / "short.backpack", tmp_path / "longer.backpack"
    code_share(family, short, days=1)
    code_share(family, longer, days=5)
    assert publish(cli, short, name, s3_server).code == 0
    assert publish(cli, longer, name, s3_server).code == 0
    assert cli("shares", "cleanup").out.startswith("No published page")
    assert len(objects(admin, name)) == 2

    done = cli("shares", "cleanup", "--json")
    assert (done.code, json.loads(done.out)) == (0, [])
    later = dt.datetime.now(dt.UTC) + 2 * DAY
    with Backpack.open(family, PASSPHRASE, kdf=FAST, clock=lambda: later) as bp:
        steps: list[tuple[int, int]] = []
        outcomes = bp.cleanup_published(progress=lambda done, total: steps.append((done, total)))
        assert [o.deleted for o in outcomes] == [True] and steps == [(0, 1), (1, 1)]
        assert bp.pages_to_clean() == []
        (left,) = objects(admin, name)
        assert [p.key for e in bp.shares() for p in e.publications if p.live] == [left]
        # The share itself is past its expiry now: nothing more of it is published.
        with pytest.raises(Exception, match="expired on"):
            bp.publish_share(short, S3Target(name, "family/ana"), endpoint=s3_server)


# --- bad input ----------------------------------------------------------------------------------
@contextlib.contextmanager
def not_storage():
    """A web server on 127.0.0.1 that answers every request 200 with a page."""

    class Yes(http.server.BaseHTTPRequestHandler):
        def _yes(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>Welcome</html>")

        do_GET = do_PUT = do_HEAD = do_DELETE = do_POST = _yes

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Yes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_refusals_are_one_sentence_and_leave_no_object(
    cli, family, bucket, s3_server, tmp_path, monkeypatch
):
    name, admin = bucket
    card = tmp_path / "card.backpack"
    code_share(family, card, to="Ms. Lopez")
    done = publish(cli, card, name, s3_server)
    assert done.code == 1 and "a page is for a share made with a code" in done.err

    other_home, stranger = tmp_path / "other", tmp_path / "stranger.backpack"
    bp, _ = Backpack.create(other_home, PASSPHRASE, kdf=FAST)
    bp.add_learner("Ben")
    bp.add_record(Category.GOAL, title="Swim", details={"status": "in_progress"})
    bp.close()
    code_share(other_home, stranger)
    done = publish(cli, stranger, name, s3_server)
    assert done.code == 1 and "not in this backpack's share log" in done.err

    not_a_share = tmp_path / "notes.txt"
    not_a_share.write_text("hello")
    done = publish(cli, not_a_share, name, s3_server)
    assert done.code == 1 and "not a Backpack share" in done.err

    share = tmp_path / "ana.backpack"
    code_share(family, share)
    with monkeypatch.context() as patched:
        patched.setattr("backpack_app.wallet.publications.MAX_PAGE_SHARE_BYTES", 1000)
        done = publish(cli, share, name, s3_server)
    assert done.code == 1 and "too large for a page" in done.err

    done = publish(cli, share, "no-such-bucket", s3_server)
    assert done.code == 1 and done.err.strip() == (
        f"backpack: There is no bucket no-such-bucket at {s3_server}."
    )
    done = publish(cli, share, name, "http://127.0.0.1:9")  # nothing listens there
    assert done.code == 1 and "Could not reach the storage server" in done.err
    with not_storage() as website:  # a web server that says yes to everything
        done = publish(cli, share, name, website)
    assert done.code == 1 and "does not answer as S3-compatible storage" in done.err

    assert "Traceback" not in done.err and len(done.err.strip().splitlines()) == 1
    assert objects(admin, name) == [] and shares_json(cli)[-1]["published"] == []


def test_denied_credentials_say_so_and_leave_no_object(
    cli, family, bucket, s3_server, tmp_path, monkeypatch
):
    name, admin = bucket
    share = tmp_path / "ana.backpack"
    code_share(family, share)
    # Moto checks credentials once INITIAL_NO_AUTH_ACTION_COUNT requests have been served:
    # from now on, against its (empty) IAM, so "testing" is an unknown key.
    previous = httpx.post(f"{s3_server}/moto-api/reset-auth", content=b"0").json()
    try:
        done = publish(cli, share, name, s3_server)
    finally:
        httpx.post(
            f"{s3_server}/moto-api/reset-auth",
            content=previous["PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT"].encode(),
        )
    assert done.code == 1, done
    assert "refused these credentials" in done.err and "InvalidAccessKeyId" in done.err
    assert objects(admin, name) == []

    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    done = publish(cli, share, name, s3_server)
    assert done.code == 1 and "No storage credentials were found" in done.err
    assert objects(admin, name) == [] and shares_json(cli)[0]["published"] == []


def test_bad_options_exit_2_before_anything_is_opened(cli, family, tmp_path):
    share = tmp_path / "ana.backpack"
    code_share(family, share)
    for argv, words in [
        (["--s3", "https://bucket/x"], "is not an address like s3://"),
        (["--s3", "s3://UPPER/x"], "is not a bucket name"),
        (["--s3", "s3://ok-bucket/x", "--endpoint", "http://example.com"], "plain http"),
        (["--s3", "s3://ok-bucket/x", "--endpoint", "ftp://x"], "is not a web address"),
        (["--s3", "s3://ok-bucket/x", "--include-code"], "--include-code needs the share code"),
        (["--s3", "s3://ok-bucket/x", "--qr", str(tmp_path / "no" / "q.png")], "no folder"),
    ]:
        done = cli("publish", str(share), *argv, passphrase=None)
        assert done.code == 2 and words in done.err, (argv, done)
    assert cli("publish", str(share)).code == 2  # --s3 is required
    done = cli("publish", str(tmp_path / "missing.backpack"), "--s3", "s3://ok-bucket/x")
    assert done.code == 2 and "There is no file" in done.err


def test_listing_and_revoking_an_unpublished_share_stay_offline(family, tmp_path):
    from tests.unit.test_startup import modules_after

    share = tmp_path / "ana.backpack"
    code_share(family, share)
    env = {"BACKPACK_PASSPHRASE": PASSPHRASE}
    code, out, modules = modules_after("--home", str(family), "shares", "--json", env=env)
    assert code == 0 and "boto3" not in modules and "backpack_app.online" not in modules
    share_id = json.loads(out)[0]["id"]
    code, _, modules = modules_after("--home", str(family), "shares", "revoke", share_id, env=env)
    assert code == 0 and "boto3" not in modules


def test_a_revoke_that_cannot_reach_the_bucket_says_so_and_cleanup_finishes_it(
    cli, family, aws_env, tmp_path
):
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    import boto3

    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(
        Bucket="away-pages"
    )
    share = tmp_path / "ana.backpack"
    code_share(family, share, days=2)
    assert publish(cli, share, "away-pages", endpoint).code == 0
    share_id = shares_json(cli)[0]["id"]
    server.stop()  # the storage is out of reach (offline, or down)

    done = cli("shares", "revoke", share_id)
    assert done.code == 1 and "Could not reach the storage server" in done.err
    assert "its page is still online" in done.out and "Traceback" not in done.err
    (entry,) = shares_json(cli)
    assert entry["status"] == "revoked" and entry["published"][0]["deleted"] is None
    done = cli("shares", "cleanup", "--json")
    assert done.code == 1 and json.loads(done.out)[0]["deleted"] is False
    assert cli("shares").out.count("page s3://away-pages/") == 1


def test_a_publication_that_cannot_be_recorded_leaves_no_object(
    family, bucket, s3_server, tmp_path
):
    name, admin = bucket
    share = tmp_path / "ana.backpack"
    code_share(family, share)
    with (
        Backpack.open(family, PASSPHRASE, kdf=FAST) as wallet,
        Backpack.open(family, PASSPHRASE, kdf=FAST) as other,
    ):
        other._conn.execute("BEGIN IMMEDIATE")  # another process is writing: the log is locked
        try:
            with pytest.raises(Exception, match="locked"):
                wallet.publish_share(share, S3Target(name, "family/ana"), endpoint=s3_server)
        finally:
            other._conn.execute("ROLLBACK")
        assert objects(admin, name) == []
        assert all(not e.publications for e in wallet.shares())
