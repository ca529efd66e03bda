"""The share page in a real browser: the right code (typed, or in #code=) shows every record
with the verdict `backpack verify --json` gives it; a wrong code, a flipped byte, an expired
share and a file cut short each give one plain sentence; Spanish; and no request, ever."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from backpack_app.cli.main import run
from backpack_app.sharing.page import build_page
from tests.browser.conftest import open_page, wait_settled
from tests.tutor_share import make_share

SHARE = re.compile(rb'(<script type="application/vnd.backpack-share" id="share">)([^<]*)<')


def _cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), environ={}, stdout=out, stderr=err, interactive=False)
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """Ana's share of every kind of record, as a page, with the verdicts `verify --json` gives
    each credential in it (exported from the share by `open --export-presentation`)."""
    folder = tmp_path_factory.mktemp("page")
    made = make_share(folder)
    page = folder / "ana.html"
    page.write_bytes(build_page(made.path.read_bytes()))
    code_file = folder / "code.txt"
    code_file.write_text(made.code)
    exported = folder / "presentation.json"
    _, said = _cli(
        "--home", str(folder / "nobody"), "open", str(page), "--code-file", str(code_file),
        "--json", "--export-presentation", str(exported),
    )  # fmt: skip
    opened = json.loads(said)
    expected = []
    for i, item in enumerate(json.loads(exported.read_text())["verifiableCredential"]):
        one = folder / f"credential-{i}.json"
        envelope = item.get("id", "") if "EnvelopedVerifiableCredential" in item["type"] else ""
        one.write_text(envelope.split(",", 1)[1] if envelope else json.dumps(item))
        _, verified = _cli("verify", "--json", str(one))
        expected.append(json.loads(verified)[0]["verdict"])
    return {
        "page": page, "code": made.code, "expected": expected, "opened": opened,
        "expires": dt.datetime.fromisoformat(opened["expires"].replace("Z", "+00:00")),
    }  # fmt: skip


def _verdicts(opened) -> list[str]:
    return opened.page.eval_on_selector_all(
        "article.record", "els => els.map(e => e.dataset.verdict)"
    )


def _type_code(opened, code: str) -> None:
    box = opened.page.get_by_label(re.compile("Share code|Código"))
    box.fill(code)
    box.press("Enter")


def _the_sentence(opened) -> tuple[str, str]:
    error = opened.page.locator("[data-error]")
    return error.get_attribute("data-error"), error.inner_text()


def test_the_right_code_shows_every_record_with_verify_s_verdict(browser, shared):
    opened = open_page(browser, shared["page"])
    try:
        _type_code(opened, shared["code"].lower().replace("-", " "))
        assert wait_settled(opened) == "open", opened.errors
        page = opened.page
        assert _verdicts(opened) == shared["expected"]
        assert len(shared["expected"]) == len(shared["opened"]["records"]) >= 5
        assert "Ana Rivera" in page.locator("h1").inner_text()
        # The learner key's fingerprint, as Backpack shows it, to compare with the family.
        fingerprint = page.locator("[data-fingerprint]").inner_text()
        assert fingerprint == shared["opened"]["holder"]["fingerprint"]
        assert page.get_by_text("Tutoring", exact=True).count() == 1
        assert page.locator("table.transcript tbody tr").count() == 3  # the CLR's courses
        assert page.locator("table.transcript").get_by_text("Spring 2025").count() == 1
        assert page.locator("article.record[data-self-reported]").count() >= 3
        assert page.get_by_text("Self-reported").count() >= 3
        files = page.locator(".files a.file")
        assert files.count() == len(shared["opened"]["files"]) == 2
        assert files.first.get_attribute("href").startswith("blob:")
        # Every check behind a verdict, one click away (and by keyboard).
        first = page.locator("article.record details.checks").first
        first.locator("summary").focus()
        page.keyboard.press("Enter")
        assert first.locator("li.check").first.is_visible()
        assert page.get_by_text("What this page cannot know").is_visible()
        assert opened.requests == [] and opened.errors == []
    finally:
        opened.close()


def test_a_code_in_the_address_opens_without_a_click_and_leaves_it(browser, shared):
    opened = open_page(browser, shared["page"], fragment=f"#code={shared['code']}")
    try:
        assert wait_settled(opened) == "open", opened.errors
        assert _verdicts(opened) == shared["expected"]
        assert "code" not in opened.page.evaluate("location.href")
        assert opened.requests == [] and opened.errors == []
    finally:
        opened.close()


def test_a_wrong_code_says_so_and_asks_again(browser, shared):
    opened = open_page(browser, shared["page"])
    try:
        right = shared["code"]
        wrong = ("2" if right[0] != "2" else "3") + right[1:]
        _type_code(opened, wrong)
        wait_settled(opened)
        kind, words = _the_sentence(opened)
        assert kind == "wrong_code" and words.startswith("Wrong code") and words.count(". ") <= 1
        assert opened.page.evaluate("document.activeElement.id") == "code"
        _type_code(opened, "hello")  # not even the shape of a code
        opened.page.wait_for_selector("[data-error=bad_code]")
        assert "20 letters and digits" in _the_sentence(opened)[1]
        _type_code(opened, shared["code"])  # then the right one opens it
        assert wait_settled(opened) == "open"
        assert opened.requests == []
    finally:
        opened.close()


def _altered(shared, tmp_path: Path, change) -> Path:
    html = shared["page"].read_bytes()
    found = SHARE.search(html)
    body = change(found.group(2))
    out = tmp_path / "altered.html"
    out.write_bytes(html[: found.start(2)] + body + html[found.end(2) :])
    return out


def _flip(body: bytes) -> bytes:
    at = len(body) * 3 // 4
    raw = bytearray(base64.b64decode(body))
    raw[at * 3 // 4] ^= 0x01
    return base64.b64encode(bytes(raw))


def test_a_flipped_byte_inside_the_share_is_one_sentence(browser, shared, tmp_path):
    opened = open_page(browser, _altered(shared, tmp_path, _flip), fragment="")
    try:
        _type_code(opened, shared["code"])
        wait_settled(opened)
        # Any cryptographic failure is one opaque error, as in the app: the sentence names both.
        kind, words = _the_sentence(opened)
        assert kind == "wrong_code" and "the page was damaged on the way" in words
        assert opened.requests == []
    finally:
        opened.close()


def test_an_expired_share_says_when_by_this_device_s_clock(browser, shared):
    later = shared["expires"] + dt.timedelta(days=1)
    opened = open_page(browser, shared["page"], clock=later)
    try:
        _type_code(opened, shared["code"])
        assert wait_settled(opened) == "error"
        kind, words = _the_sentence(opened)
        day = shared["expires"].strftime("%B %-d, %Y")
        assert kind == "expired" and words.startswith(f"This share expired on {day}")
        assert "this device's clock" in words
        assert opened.requests == []
    finally:
        opened.close()


def test_a_file_cut_short_says_it_is_incomplete(browser, shared, tmp_path):
    html = shared["page"].read_bytes()
    cut = tmp_path / "cut.html"
    found = SHARE.search(html)
    cut.write_bytes(html[: found.start(2) + len(found.group(2)) // 2])
    opened = open_page(browser, cut)
    try:
        assert wait_settled(opened) == "error"
        kind, words = _the_sentence(opened)
        assert kind == "truncated" and "incomplete" in words
        assert opened.page.evaluate("document.activeElement.dataset.error") == "truncated"
        assert opened.requests == []
    finally:
        opened.close()


def test_spanish_by_the_browser_s_language(browser, shared):
    opened = open_page(browser, shared["page"], locale="es-ES")
    try:
        page = opened.page
        assert page.evaluate("document.documentElement.lang") == "es"
        assert page.get_by_label("Código para compartir").is_visible()
        _type_code(opened, shared["code"])
        assert wait_settled(opened) == "open"
        assert "Registros compartidos por Ana Rivera" in page.locator("h1").inner_text()
        assert page.get_by_text("Lo que esta página no puede saber").is_visible()
        assert page.get_by_text("Declarado por el estudiante").count() >= 3
        assert _verdicts(opened) == shared["expected"]  # the machine names stay the same
        assert opened.requests == []
    finally:
        opened.close()


@pytest.mark.parametrize(
    ("bundle", "kind", "said"),
    [
        ("bundle_v1_card.backpack", "card_share", "only the Backpack app can open it"),
        (None, "not_a_share", "holds no Backpack share"),
    ],
)
def test_what_a_page_cannot_open_is_said_at_once(browser, tmp_path, bundle, kind, said):
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "bundles"
    data = (fixtures / bundle).read_bytes() if bundle else b"not a share at all"
    page = tmp_path / "p.html"
    page.write_bytes(build_page(data))
    opened = open_page(browser, page)
    try:
        assert wait_settled(opened) == "error"
        assert _the_sentence(opened) == (kind, opened.page.locator("[data-error]").inner_text())
        assert said in _the_sentence(opened)[1]
        # The sentence has the focus, so a screen reader says it first.
        assert opened.page.evaluate("document.activeElement.dataset.error") == kind
        assert opened.requests == []
    finally:
        opened.close()


def test_revocation_is_checked_against_the_lists_the_family_included(browser, tmp_path):
    from tests.unit.test_share_status_lists import revoked_share

    _, page, code = revoked_share(tmp_path)
    opened = open_page(browser, page, fragment=f"#code={code}")
    try:
        assert wait_settled(opened) == "open"
        assert _verdicts(opened) == ["revoked"]
        status = opened.page.locator("li.check[data-check=status]")
        assert "The issuer revoked this record (as of December 1, 2025)." in status.text_content()
        assert opened.requests == []
    finally:
        opened.close()


def test_a_restricted_record_is_marked(browser, tmp_path):
    from backpack_app.domain.records import Category
    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    family, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    with family:
        family.add_learner("Ana Rivera")
        iep = family.add_record(Category.SUPPORTS, title="IEP 2025")
        goal = family.add_record(Category.GOAL, title="Read 20 books")
        page = tmp_path / "ana.html"
        made, _ = family.share(
            None,
            html=page,
            code=True,
            record_ids=[iep.id, goal.id],
            include_restricted=True,
        )
    opened = open_page(browser, page, fragment=f"#code={made.code}")
    try:
        assert wait_settled(opened) == "open"
        restricted = opened.page.locator("article.record[data-restricted]")
        assert restricted.count() == 1 and "IEP 2025" in restricted.inner_text()
        assert "Restricted" in restricted.inner_text()
        assert opened.requests == []
    finally:
        opened.close()


def test_a_phone_s_width_needs_no_sideways_scrolling(browser, shared):
    phone = {"width": 360, "height": 740}
    opened = open_page(browser, shared["page"], fragment=f"#code={shared['code']}", viewport=phone)
    try:
        assert wait_settled(opened) == "open"
        page = opened.page
        assert page.evaluate("document.documentElement.scrollWidth") <= phone["width"]
        # The transcript scrolls inside its own box rather than widening the page.
        assert page.locator(".table-wrap").first.bounding_box()["width"] <= phone["width"]
    finally:
        opened.close()


@pytest.mark.parametrize(
    ("bundle", "manifest"),
    [("bundle_v1_code.backpack", "manifest.json"), ("bundle_v2_code.backpack", "manifest_v2.json")],
)
def test_the_frozen_shares_of_each_version_open_in_the_page(browser, tmp_path, bundle, manifest):
    """Pages of the released formats' fixtures, opened a day after they were made, show the
    verdicts the Python reader gives them."""
    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.sharing.receive import open_share

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "bundles"
    facts = json.loads((fixtures / manifest).read_text(encoding="utf-8"))
    when = dt.datetime.fromisoformat(facts["created"]) + dt.timedelta(days=1)
    expected = [
        r.report.verdict.value
        for r in open_share(
            fixtures / bundle, ctx=VerifyContext(now=when), code=facts["code"]
        ).records
    ]
    page = tmp_path / "frozen.html"
    page.write_bytes(build_page((fixtures / bundle).read_bytes()))
    opened = open_page(browser, page, fragment=f"#code={facts['code']}", clock=when)
    try:
        assert wait_settled(opened) == "open", opened.errors
        assert _verdicts(opened) == expected and expected
        assert opened.requests == []
    finally:
        opened.close()
