"""The page any browser can open (`share --code --html`): one file holding exactly the share's
bytes, refused for card shares and over its size limit, and read back by `open PAGE.html`."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

import pytest

from backpack_app.errors import MalformedFile
from backpack_app.sharing.page import (
    MAX_PAGE_OVERHEAD_BYTES,
    build_page,
    content_security_policy,
    share_from_page,
    viewer_script,
    viewer_style,
)

SHARE_ELEMENT = re.compile(rb'<script type="application/vnd.backpack-share" id="share">([^<]*)<')


def _page_share(cli, tmp_path, *extra: str):
    assert cli("init", "--learner", "Ana").code == 0
    goal = cli("add", "goal", "--title", "Read 20 books").out.strip()
    code_file = tmp_path / "code.txt"
    made = cli("share", "--code", "--records", goal, "--code-file", str(code_file), *extra)
    return made, code_file


def test_page_holds_exactly_the_share_and_opens_in_backpack(cli, tmp_path):
    out, page = tmp_path / "c.backpack", tmp_path / "c.html"
    made, code_file = _page_share(cli, tmp_path, "--out", str(out), "--html", str(page))
    assert made.code == 0, made
    assert "opens in any web browser" in made.out
    html = page.read_bytes()
    assert base64.b64decode(SHARE_ELEMENT.search(html).group(1)) == out.read_bytes()
    assert b"<title>A shared record</title>" in html  # not whose: nothing readable before the code
    assert b"Read 20 books" not in html
    assert share_from_page(html) == out.read_bytes()
    opened = cli(
        "open", str(page), "--code-file", str(code_file), "--json", home_dir=tmp_path / "none"
    )
    assert opened.code == 0, opened
    data = json.loads(opened.out)
    assert [r["title"] for r in data["records"]] == ["Read 20 books"]
    logged = json.loads(cli("shares", "--json").out)
    assert str(page) in logged[0]["outputs"]


def test_a_page_alone_needs_no_backpack_file(cli, tmp_path):
    page = tmp_path / "only.html"
    made, code_file = _page_share(cli, tmp_path, "--html", str(page))
    assert made.code == 0, made
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backpack", "code.txt", "only.html"]
    opened = cli("open", str(page), "--code-file", str(code_file), home_dir=tmp_path / "none")
    assert opened.code == 0 and "Read 20 books" in opened.out


def test_a_card_share_makes_no_page(cli, tmp_path):
    assert cli("init", "--learner", "Ana").code == 0
    goal = cli("add", "goal", "--title", "Read").out.strip()
    page = tmp_path / "p.html"
    refused = cli("share", "--to", "Tutor", "--records", goal, "--html", str(page))
    assert refused.code in (1, 2) and "needs a code share" in refused.err
    assert "Traceback" not in refused.err and not page.exists()


def test_over_the_limit_nothing_is_written(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("backpack_app.wallet.sharing.MAX_PAGE_SHARE_BYTES", 100)
    out, page = tmp_path / "c.backpack", tmp_path / "c.html"
    made, _ = _page_share(cli, tmp_path, "--out", str(out), "--html", str(page))
    assert made.code in (1, 2) and "a page any browser can open holds at most" in made.err
    assert not out.exists() and not page.exists()
    assert json.loads(cli("shares", "--json").out) == []


def test_a_page_cut_short_or_edited_says_so(cli, tmp_path):
    page = tmp_path / "c.html"
    _, code_file = _page_share(cli, tmp_path, "--html", str(page))
    html = page.read_bytes()
    cut = tmp_path / "cut.html"
    cut.write_bytes(html[: SHARE_ELEMENT.search(html).start(1) + 200])
    edited = tmp_path / "edited.html"
    start = SHARE_ELEMENT.search(html).start(1) + 100
    edited.write_bytes(html[:start] + b"!" + html[start + 1 :])
    flipped = tmp_path / "flipped.html"
    swap = b"B" if html[start : start + 1] != b"B" else b"C"
    flipped.write_bytes(html[:start] + swap + html[start + 1 :])
    nobody = tmp_path / "none"
    for path, words in (
        (cut, "incomplete"),
        (edited, "damaged or edited"),
        (flipped, "damaged"),  # (its header no longer reads: not a wrong code)
    ):
        result = cli("open", str(path), "--code-file", str(code_file), home_dir=nobody)
        assert result.code in (1, 2) and words in result.err, (path.name, result)
        assert "Traceback" not in result.err


def test_page_is_strict_and_small():
    page = build_page(b"BPSHARE\0" + b"\0" * 100)
    csp = re.search(rb'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert b"unsafe-inline" not in csp and b"default-src 'none'" in csp
    assert csp.decode() == content_security_policy(viewer_script(), viewer_style())
    overhead = len(page) - len(base64.b64encode(b"BPSHARE\0" + b"\0" * 100))
    assert overhead <= MAX_PAGE_OVERHEAD_BYTES


def test_share_from_page_refuses_what_is_not_a_page():
    with pytest.raises(MalformedFile, match="holds no Backpack share"):
        share_from_page(b"<!DOCTYPE html><p>hello</p>")


def test_files_too_large_for_a_page_are_refused_before_anything_is_written(
    cli, tmp_path, monkeypatch
):
    monkeypatch.setattr("backpack_app.wallet.sharing.MAX_PAGE_SHARE_BYTES", 4096)
    assert cli("init", "--learner", "Ana").code == 0
    poster = tmp_path / "poster.pdf"
    poster.write_bytes(b"%PDF-1.4 " + b"x" * 8000)
    piece = cli("add", "portfolio", "--title", "Poster", "--file", str(poster)).out.strip()
    out, page = tmp_path / "c.backpack", tmp_path / "c.html"
    out.write_bytes(b"an older share, kept")
    made = cli("share", "--code", "--records", piece, "--out", str(out), "--html", str(page))
    assert made.code in (1, 2) and "holds at most" in made.err, made
    assert out.read_bytes() == b"an older share, kept" and not page.exists()


def test_records_marked_restricted_travel_as_such(tmp_path):
    # The page marks them (tests/browser), and so does a recipient's Backpack (`open --json`).
    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.domain.records import Category
    from backpack_app.sharing.receive import open_share
    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with family:
        family.add_learner("Ana Rivera")
        goal = family.add_record(Category.GOAL, title="Read 20 books")
        iep = family.add_record(Category.SUPPORTS, title="IEP 2025")
        out = tmp_path / "ana.backpack"
        made, _ = family.share(
            out, code=True, record_ids=[goal.id, iep.id], include_restricted=True
        )
    now = dt.datetime.now(dt.UTC)
    opened = open_share(out, ctx=VerifyContext(now=now), code=made.code)
    assert [(r.title, r.restricted) for r in opened.records] == [
        ("Read 20 books", False),
        ("IEP 2025", True),
    ]
