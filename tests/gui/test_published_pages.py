"""The Shares view with published pages: revoking deletes the page (asked first, since it goes
online), and "Delete expired published pages" deletes those of expired and revoked shares, with
progress and a plain result. Against moto's S3-compatible server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt

import httpx

from backpack_app.domain.records import Category
from backpack_app.sharing.publishing import S3Target
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.gui.test_window_flows import make_window, unlock
from tests.s3_server import objects


def test_revoke_and_cleanup_delete_published_pages(qtbot, tmp_path, answers, bucket, s3_server):
    seen, replies = answers
    name, admin = bucket
    home = tmp_path / "bp"
    wallet, _ = Backpack.create(home, PASSPHRASE, kdf=FAST)
    target = S3Target(name, "family/ana")
    with wallet:
        wallet.add_learner("Ana Rivera")
        wallet.add_record(Category.GOAL, title="Read")
        links = {}
        for out in ("kept.backpack", "gone.backpack"):
            made, _ = wallet.share(
                tmp_path / out,
                code=True,
                preset="learner-profile",
                expires=wallet._clock() + dt.timedelta(days=2),
            )
            page = wallet.publish_share(tmp_path / out, target, endpoint=s3_server)
            links[out] = (made.share_id, page.link)
        # Revoked here while offline: its page stays online until a cleanup.
        wallet.revoke_share(links["gone.backpack"][0])
    window = make_window(qtbot, home)
    unlock(qtbot, window)
    shares = window.main.shares
    qtbot.waitUntil(lambda: shares.rowCount() == 2, timeout=20_000)
    assert shares.table.rows.data(shares.table.rows.index(0, 6)) == "online"

    # Revoking a published share says it goes online, and is not done when declined.
    replies["confirm"] = False
    shares.select(links["kept.backpack"][0])
    shares.revoke.click()
    kind, asked = seen[-1]
    assert kind == "confirm" and "connect to the storage" in asked["text"]
    assert httpx.get(links["kept.backpack"][1]).status_code == 200

    replies["confirm"] = True
    shares.revoke.click()
    qtbot.waitUntil(lambda: seen[-1][0] == "inform", timeout=20_000)
    assert "link no longer opens" in seen[-1][1]["text"]
    assert httpx.get(links["kept.backpack"][1]).status_code in (403, 404)

    # The revoked-while-offline share's page is deleted by the cleanup.
    shares.cleanup.click()
    qtbot.waitUntil(
        lambda: "Deleted 1 published page" in seen[-1][1].get("text", ""), timeout=20_000
    )
    assert any("delete 1 published page" in d.get("text", "") for _, d in seen)
    assert objects(admin, name) == []
    qtbot.waitUntil(
        lambda: shares.table.rows.data(shares.table.rows.index(1, 6)) == "deleted", timeout=20_000
    )
    shares.cleanup.click()
    qtbot.waitUntil(lambda: "No published page" in seen[-1][1].get("text", ""), timeout=20_000)
