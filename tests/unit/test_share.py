"""Shares: signed, encrypted for one recipient, time-limited; opened and checked, or refused."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import zlib
from pathlib import Path

import base45
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backpack_app.crypto.sealing import new_content_key, open_for_recipient, seal_for_recipient
from backpack_app.domain.records import Category
from backpack_app.domain.verification import Verdict
from backpack_app.errors import (
    MalformedFile,
    NotFound,
    ShareExpired,
    ShareNotForYou,
    ShareUnreadable,
    UserError,
)
from backpack_app.sharing.container import (
    BundleHeader,
    CardKey,
    RecipientHint,
    open_bundle,
    write_bundle,
)
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE
from tests.issuing import clr_credential, course_credential, new_school

DAY = dt.timedelta(days=1)


@pytest.fixture
def tutor(tmp_path):
    bp, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    yield bp
    bp.close()


@pytest.fixture
def family(wallet, tmp_path, tutor):
    """Ana's backpack with a signed course, a CLR, a goal, service with a file, an IEP."""
    school = new_school()
    courses = [school.sign(course_credential(school, course=c)) for c in ("Biology", "Chemistry")]
    for doc in (
        school.sign(course_credential(school)),
        school.sign(clr_credential(school, courses)),
    ):
        wallet.import_credentials(json.dumps(doc).encode())
    poster = tmp_path / "poster.txt"
    poster.write_bytes(b"food drive poster " * 100)
    wallet.add_record(Category.GOAL, title="Read 20 books", details={"status": "in_progress"})
    wallet.add_record(Category.SERVICE, title="Food Bank", details={"hours": 12.5}, files=[poster])
    wallet.add_record(Category.SUPPORTS, title="IEP 2025", files=[poster])
    wallet.add_record(Category.CHARACTER, title="Perseverance")
    card, _ = tutor.my_card("Ms. Lopez")
    wallet.add_contact(card)
    return wallet


def ids_titled(wallet, *titles):
    return [r.id for r in wallet.list_records() if r.title in titles]


def test_card_share_round_trip(family, tutor, tmp_path):
    out = tmp_path / "share.backpack"
    made, entry = family.share(out, to="Ms. Lopez", preset="transcript", purpose="Math tutoring")
    opened = tutor.open_share(out)
    assert opened.valid and opened.share_id == made.share_id
    assert opened.learner_name == "Ana Rivera" and opened.purpose == "Math tutoring"
    assert opened.recipient_name == "Ms. Lopez"
    titles = sorted(r.title for r in opened.records)
    # The CLR goes whole; its courses are not repeated beside it.
    assert titles == sorted(["Algebra I", "Transcript of Ana Rivera"])
    assert not any(r.self_reported for r in opened.records)
    assert entry.records and family.shares()[0].id == made.share_id


def test_self_reported_entries_are_labelled_by_structure(family, tutor, tmp_path):
    out = tmp_path / "profile.backpack"
    family.share(out, to="Ms. Lopez", preset="learner-profile")
    opened = tutor.open_share(out)
    assert {r.title for r in opened.records} == {"Read 20 books", "Food Bank"}
    assert all(r.self_reported and r.report.valid for r in opened.records)
    assert [f.name for f in opened.files] == ["poster.txt"]


def test_code_share_round_trip_and_wrong_code(family, tutor, tmp_path):
    out = tmp_path / "code.backpack"
    made, _ = family.share(out, code=True, preset="transcript")
    assert made.code and len(made.code) == 24
    assert tutor.open_share(out, code=made.code.lower()).valid
    wrong = "0000-0000-0000-0000-0000"
    with pytest.raises(ShareUnreadable, match="could not be opened with this key or code"):
        tutor.open_share(out, code=wrong)
    with pytest.raises(ShareUnreadable):
        tutor.open_share(out)  # a code share does not open with a card key


def test_another_backpack_cannot_open_a_card_share(family, tmp_path):
    out = tmp_path / "share.backpack"
    family.share(out, to="Ms. Lopez", preset="transcript")
    stranger, _ = Backpack.create(tmp_path / "stranger", PASSPHRASE, kdf=FAST)
    # The header names the card it was made for (a hint): the refusal says whose it was.
    with stranger, pytest.raises(ShareNotForYou, match=r"someone else's card: Ms\. Lopez's"):
        stranger.open_share(out)


def test_expired_share_says_so_plainly(family, tutor, tmp_path):
    out = tmp_path / "share.backpack"
    family.share(out, to="Ms. Lopez", preset="transcript", expires=family._clock() + 2 * DAY)
    later = family._clock() + 3 * DAY
    with pytest.raises(ShareExpired, match=r"expired on .* Ask the family for a new one"):
        tutor.open_share(out, now=later)


def test_expiry_bounds(family, tmp_path):
    now = family._clock()
    for bad in (now - DAY, now + 400 * DAY):
        with pytest.raises(UserError, match="within one year"):
            family.share(tmp_path / "x.backpack", to="Ms. Lopez", preset="transcript", expires=bad)
    assert not (tmp_path / "x.backpack").exists()


def test_restricted_never_leaks_through_category_or_preset(family, tutor, tmp_path):
    with pytest.raises(UserError, match="restricted"):
        family.share(tmp_path / "a.backpack", to="Ms. Lopez", category=Category.SUPPORTS)
    iep = ids_titled(family, "IEP 2025")
    with pytest.raises(UserError, match="--include-restricted"):
        family.share(tmp_path / "b.backpack", to="Ms. Lopez", record_ids=iep)
    out = tmp_path / "c.backpack"
    family.share(out, to="Ms. Lopez", record_ids=iep, include_restricted=True)
    assert [r.title for r in tutor.open_share(out).records] == ["IEP 2025"]
    for preset in ("transcript", "learner-profile", "directory"):
        path = tmp_path / f"{preset}.backpack"
        try:
            family.share(path, to="Ms. Lopez", preset=preset)
        except UserError:
            continue
        titles = {r.title for r in tutor.open_share(path).records}
        assert "IEP 2025" not in titles and "Perseverance" not in titles


def test_recipient_cannot_pass_a_share_on_with_a_valid_signature(family, tutor, tmp_path):
    """Re-encrypting the signed presentation to someone else fails their domain check."""
    out = tmp_path / "share.backpack"
    family.share(out, to="Ms. Lopez", preset="transcript")
    opened = tutor.open_share(out)
    third, _ = Backpack.create(tmp_path / "third", PASSPHRASE, kdf=FAST)
    with third:
        key = new_content_key()
        header = BundleHeader(
            share_id=opened.share_id,
            mode="card",
            recipient=RecipientHint(name="Third", fingerprint=""),
            expires="2099-01-01T00:00:00Z",
            card=CardKey(jwe=seal_for_recipient(key, third.receiving_key().public)),
        )
        forwarded = tmp_path / "forwarded.backpack"
        manifest = {"format": "backpack-share", "version": 1}
        manifest |= {"presentation": opened.presentation, "files": []}
        write_bundle(forwarded, header, key, manifest=manifest)
        with pytest.raises(ShareNotForYou, match="made for someone else"):
            third.open_share(forwarded)


def test_every_byte_of_a_bundle_is_authenticated(family, tutor, tmp_path):
    out = tmp_path / "share.backpack"
    family.share(out, to="Ms. Lopez", record_ids=ids_titled(family, "Algebra I"))
    original = out.read_bytes()
    key = tutor.receiving_key()

    def unlock(header, version):
        return open_for_recipient(header.card.jwe, key)

    # Every byte of the prefix and header (the JWE included), then every 7th of the body.
    head_end = 14 + int.from_bytes(original[10:14], "big")
    positions = [*range(head_end), *range(head_end, len(original), 7)]
    for position in positions:
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        out.write_bytes(bytes(damaged))
        with pytest.raises((ShareUnreadable, MalformedFile)):
            open_bundle(out, unlock)
    out.write_bytes(original + b"\0")
    with pytest.raises(ShareUnreadable):
        open_bundle(out, unlock)
    out.write_bytes(original[:-1])
    with pytest.raises(ShareUnreadable):
        open_bundle(out, unlock)


def test_share_log_and_revoke(family, tmp_path):
    made, _ = family.share(tmp_path / "s.backpack", to="Ms. Lopez", preset="transcript")
    now = family._clock()
    [entry] = family.shares()
    assert entry.status(now=now).value == "active"
    family.revoke_share(made.share_id)
    assert family.shares()[0].status(now=now).value == "revoked"
    with pytest.raises(NotFound):
        family.revoke_share(made.share_id)


def test_contacts_refuse_bad_and_duplicate_cards(family, tutor):
    card, fingerprint = tutor.my_card("Ms. Lopez")
    with pytest.raises(UserError, match="already saved"):
        family.add_contact(card, name="Lopez again")
    with pytest.raises(MalformedFile):
        family.add_contact(b'{"type": "BackpackCard", "version": 1, "name": "x", "x25519": "AA"}')
    with pytest.raises(MalformedFile):
        family.add_contact(b"[" * 10_000)
    assert family.contact("ms. lopez").fingerprint == fingerprint


def test_hostile_bundles_are_refused(tutor, tmp_path):
    path: Path = tmp_path / "h.backpack"
    for data, error in [
        (b"PK\x03\x04 not a share", MalformedFile),
        (b"BPSHARE\0\x00\x09\x00\x00\x00\x02{}", MalformedFile),  # unknown version
        (b"BPSHARE\0\x00\x01\xff\xff\xff\xff", ShareUnreadable),  # header length beyond bound
        (b"BPSHARE\0\x00\x01\x00\x00\x00\x02{}", ShareUnreadable),  # header missing fields
    ]:
        path.write_bytes(data)
        with pytest.raises(error):
            tutor.open_share(path)


def test_cli_share_and_open(cli, tmp_path, home):
    tutor_home = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana").code == 0
    assert cli("init", home_dir=tutor_home).code == 0
    card = tmp_path / "lopez.card"
    exported = cli("card", "export", "--name", "Ms. López", "--out", str(card), home_dir=tutor_home)
    assert exported.code == 0, exported
    fingerprint = exported.out.split("fingerprint: ")[1].split("\n")[0]
    added = cli("contact", "add", str(card))
    assert added.code == 0 and fingerprint in added.out  # both sides compute the same
    goal = cli("add", "goal", "--title", "Read 20 books").out.strip()
    out = tmp_path / "s.backpack"
    made = cli(
        "share", "--to", "Ms. López", "--records", goal, "--expires", "7d", "--out", str(out)
    )
    assert made.code == 0, made
    share_id = made.out.splitlines()[0]
    opened = cli("open", "--json", str(out), home_dir=tutor_home)
    assert opened.code == 0, opened
    data = json.loads(opened.out)
    assert data["share_id"] == share_id and data["records"][0]["self_reported"]
    later = (dt.datetime.now(dt.UTC) + 8 * DAY).isoformat()
    expired = cli("open", str(out), "--at", later, home_dir=tutor_home)
    assert expired.code == 1 and "expired on" in expired.err
    assert cli("open", str(out), "--at", "2020-01-01T00:00:00Z", home_dir=tutor_home).code == 2
    assert cli("open", str(out)).code == 1  # the sender's own key is not the recipient's
    coded = cli("share", "--code", "--preset", "learner-profile", "--out", str(tmp_path / "c"))
    code = next(line[6:] for line in coded.out.splitlines() if line.startswith("Code: "))
    nobody = tmp_path / "no-backpack"
    assert cli("open", str(tmp_path / "c"), "--code", code, home_dir=nobody).code == 0
    assert cli("open", str(tmp_path / "c"), "--code", "0" * 20, home_dir=nobody).code == 1
    log = json.loads(cli("shares", "--json").out)
    assert log[0]["id"] == share_id and log[0]["status"] == "active"
    assert cli("shares", "revoke", share_id).code == 0
    assert json.loads(cli("shares", "--json").out)[0]["status"] == "revoked"
    assert "Code:" not in out.read_bytes().decode("latin-1")


def test_qr_codes_decode_back(cli, tmp_path, home):
    from backpack_app.sharing import qr

    tutor_home = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana").code == 0
    assert cli("init", home_dir=tutor_home).code == 0
    card_png = tmp_path / "card.png"
    cli(
        "card",
        "export",
        "--name",
        "Tutor",
        "--out",
        str(tmp_path / "c.card"),
        "--qr",
        str(card_png),
        home_dir=tutor_home,
    )
    assert cli("contact", "add", str(card_png)).code == 0  # a card scanned from its QR
    assert cli("open", str(card_png), home_dir=tutor_home).code == 2
    goal = cli("add", "goal", "--title", "Read").out.strip()
    out, png = tmp_path / "s.backpack", tmp_path / "s.png"
    made = cli("share", "--to", "Tutor", "--records", goal, "--out", str(out), "--qr", str(png))
    share_id = made.out.splitlines()[0]
    # Real shares are larger than one comfortable QR: no QR that would open nothing (observed:
    # a `BP1R:<id>:<hash>` QR said "too large" when opened).
    assert not png.exists() and "No QR code" in made.out
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    qr.write_qr(f"BP1R:{share_id}:{digest}", png)  # one an older Backpack made
    refused = cli("open", str(png), home_dir=tutor_home)
    assert refused.code == 2 and "open the .backpack file" in refused.err
    assert cli("open", str(out), home_dir=tutor_home).code == 0


def test_inline_qr_share_round_trips(tmp_path):
    """The `BP1:` form (a whole share in the QR) decodes to the same bytes; real v1 bundles
    are larger than one comfortable QR, so this is exercised with a small payload."""
    from backpack_app.sharing import qr

    small = bytes(range(256)) * 2
    payload = qr.share_payload(small, share_id="x")
    assert payload.startswith("BP1:")
    png = tmp_path / "inline.png"
    qr.write_qr(payload, png)
    assert qr.parse_payload(qr.read_qr(png)).data == small


def test_qr_payload_bounds():
    from backpack_app.sharing import qr

    bomb = "BP1:" + base45.b45encode(zlib.compress(b"\0" * (4 * 1024 * 1024))).decode()
    with pytest.raises(MalformedFile, match="larger than a QR share"):
        qr.parse_payload(bomb)
    for junk in ("hello", "BP1:not base45!", "BPC1:@@"):
        with pytest.raises(MalformedFile):
            qr.parse_payload(junk)


def test_printable_pdf(family, tutor, tmp_path):
    from pypdf import PdfReader

    from backpack_app.sharing import qr

    out, pdf = tmp_path / "s.backpack", tmp_path / "s.pdf"
    ids = ids_titled(family, "Algebra I", "Transcript of Ana Rivera", "Food Bank", "Read 20 books")
    made, _ = family.share(out, to="Ms. Lopez", record_ids=ids, purpose="Tutoría", pdf=pdf)
    reader = PdfReader(pdf)
    assert not reader.is_encrypted
    text = " ".join(page.extract_text() for page in reader.pages)
    for expected in ("Ana Rivera", "Ms. Lopez", "Tutoría", "Algebra I", "Biology", "Food Bank"):
        assert expected in text, expected
    assert "self-reported" in text and "NOT encrypted" in text and made.share_id in text
    image = reader.pages[0].images[0].image
    png = tmp_path / "page-qr.png"
    image.save(png)
    assert qr.read_qr(png) == f"BP1R:{made.share_id}:{hashlib.sha256(out.read_bytes()).hexdigest()}"
    opened = tutor.open_share(pdf)  # the printout's attached bundle
    assert opened.share_id == made.share_id and opened.valid


def test_restricted_printout_needs_a_password(family, tutor, tmp_path):
    from pypdf import PdfReader

    iep = ids_titled(family, "IEP 2025")
    pdf = tmp_path / "iep.pdf"
    with pytest.raises(UserError, match="password"):
        family.share(
            tmp_path / "a.backpack",
            to="Ms. Lopez",
            record_ids=iep,
            include_restricted=True,
            pdf=pdf,
        )
    assert not pdf.exists() and not (tmp_path / "a.backpack").exists()
    family.share(
        tmp_path / "b.backpack",
        to="Ms. Lopez",
        record_ids=iep,
        include_restricted=True,
        pdf=pdf,
        pdf_password="lopez tutoring folder maple 2026",
    )
    assert PdfReader(pdf).is_encrypted
    with pytest.raises(MalformedFile, match="password"):
        tutor.open_share(pdf)
    assert tutor.open_share(pdf, pdf_password="lopez tutoring folder maple 2026").valid
    coded, _ = family.share(
        tmp_path / "c.backpack",
        code=True,
        record_ids=iep,
        include_restricted=True,
        pdf=pdf,
    )
    assert coded.pdf_protected and PdfReader(pdf).is_encrypted
    assert tutor.open_share(pdf, code=coded.code).valid


def _crafted(tmp_path, manifest, files=(), *, raw=False):
    """A bundle a hostile sender made by hand, encrypted for `code` so the reader gets past
    decryption and meets the crafted contents."""
    import base64

    from backpack_app.crypto.sealing import code_key
    from backpack_app.sharing.code_key import CODE_PARAMS_V2
    from backpack_app.sharing.container import CodeKey

    salt = b"s" * 16
    code = "7K2M-Q9XD-7K2M-Q9XD-7K2M"
    params = CODE_PARAMS_V2
    header = BundleHeader(
        share_id="x",
        mode="code",
        recipient=RecipientHint(name="x", fingerprint=""),
        expires="2099-01-01T00:00:00Z",
        code=CodeKey(
            salt=base64.urlsafe_b64encode(salt).decode(),
            memory_kib=params.memory_kib,
            iterations=params.iterations,
            lanes=params.lanes,
        ),
    )
    path = tmp_path / "hostile.backpack"
    key = code_key(code, salt=salt, params=params)
    if raw:
        from backpack_app.crypto.stream import SealedWriter, new_stream_id
        from backpack_app.sharing.container import _ENTRY, _header_bytes

        body = json.dumps(manifest).encode()
        head = _header_bytes(header)
        with open(path, "wb") as fh:
            fh.write(head)
            sealed = SealedWriter(fh, key, new_stream_id(), associated_data=head)
            sealed.write(_ENTRY.pack(1, len(body)) + body)
            sealed.close()
        return path, code
    write_bundle(path, header, key, manifest=manifest, files=files)
    return path, code


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            {
                "format": "backpack-share",
                "version": 1,
                "files": [
                    {"sha256": "0" * 64, "name": f"f{i}", "media_type": "x", "size": 1}
                    for i in range(10_000)
                ],
            },
            "more than 1000 files",
        ),
        (
            {
                "format": "backpack-share",
                "version": 1,
                "files": [{"sha256": "0" * 64, "name": "big", "media_type": "x", "size": 2**40}],
            },
            "list of contents",
        ),
        ({"format": "backpack-share", "version": 1, "pad": "x" * (17 * 2**20)}, "larger than"),
        ({"format": "backpack-share", "version": 7, "files": []}, "format this Backpack"),
        (
            {
                "format": "backpack-share",
                "version": 1,
                "nest": [[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]] * 1,
            },
            "presentation",
        ),
    ],
    ids=["10000-entries", "huge-file", "huge-json", "unknown-content-version", "no-presentation"],
)
def test_hostile_bundle_contents_are_refused(tmp_path, tutor, manifest, message):
    from backpack_app.errors import BackpackError

    if message == "larger than":
        with pytest.raises(MalformedFile):  # our writer refuses to make it ...
            _crafted(tmp_path, manifest)
        path, code = _crafted(tmp_path, manifest, raw=True)  # ... a hostile one writes it anyway
    else:
        path, code = _crafted(tmp_path, manifest)
    before = sorted(p.name for p in tutor.layout.home.rglob("*"))
    with pytest.raises(BackpackError) as caught:
        tutor.open_share(path, code=code)
    assert message in str(caught.value) or isinstance(caught.value, ShareUnreadable)
    assert sorted(p.name for p in tutor.layout.home.rglob("*")) == before


def test_file_names_are_labels_never_paths(family, tutor, tmp_path):
    from backpack_app.sharing.container import FileEntry, FileSource

    data = b"not where you think"
    digest = hashlib.sha256(data).hexdigest()
    entry = FileEntry(
        sha256=digest, name="../../../../etc/evil", media_type="text/plain", size=len(data)
    )
    manifest = {"format": "backpack-share", "version": 1, "files": [entry.to_json()]}
    path, code = _crafted(
        tmp_path, manifest, [FileSource(entry=entry, chunks=lambda: iter([data]))]
    )
    with pytest.raises(ShareUnreadable):  # no signed presentation: refused, nothing written
        tutor.open_share(path, code=code)
    assert not (tmp_path.parent / "etc").exists()


def test_received_area_keeps_shares_until_opened_after_expiry(family, tutor, tmp_path):
    out = tmp_path / "s.backpack"
    made, _ = family.share(
        out, to="Ms. Lopez", preset="transcript", expires=family._clock() + 2 * DAY
    )
    tutor.open_share(out, save=True)
    out.unlink()  # the kept copy does not need the file any more
    [kept] = tutor.received()
    assert kept.id == made.share_id and kept.learner == "Ana Rivera"
    assert tutor.open_received(made.share_id).valid
    assert tutor.sweep_orphans() == 0 and made.share_id in [r.id for r in tutor.received()]
    with pytest.raises(ShareExpired, match="removed from Received"):
        tutor.open_received(made.share_id, now=family._clock() + 3 * DAY)
    assert tutor.received() == []
    assert len(list(tutor.attachments.folder.iterdir())) == 0


def test_received_code_share_and_backup_keep_it(family, tutor, tmp_path):
    out = tmp_path / "c.backpack"
    made, _ = family.share(out, code=True, preset="transcript")
    tutor.open_share(out, code=made.code, save=True)
    tutor.backup(tmp_path / "tutor.bpk")
    restored = Backpack.restore(
        tmp_path / "tutor.bpk", tmp_path / "restored", passphrase=PASSPHRASE, kdf=FAST
    )
    with restored:
        assert restored.open_received(made.share_id).valid


def test_pinned_holder_key_warns_when_it_changes(family, tutor, tmp_path):
    out = tmp_path / "s.backpack"
    family.share(out, to="Ms. Lopez", preset="transcript")
    opened = tutor.open_share(out)
    assert tutor.holder_key_status(opened) == "new"
    tutor.pin_holder(opened)
    assert tutor.holder_key_status(opened) == "remembered"
    impostor, _ = Backpack.create(tmp_path / "impostor", PASSPHRASE, kdf=FAST)
    with impostor:
        impostor.add_learner("Ana Rivera")  # same name, another key
        impostor.add_record(Category.GOAL, title="Fake")
        impostor.add_contact(tutor.my_card("Ms. Lopez")[0])
        fake = tmp_path / "fake.backpack"
        impostor.share(fake, to="Ms. Lopez", preset="learner-profile")
    assert tutor.holder_key_status(tutor.open_share(fake)) == "different"


def test_cli_open_save_pin_and_received(cli, tmp_path, home):
    tutor_home = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana").code == 0
    assert cli("init", home_dir=tutor_home).code == 0
    card = tmp_path / "t.card"
    cli("card", "export", "--name", "Tutor", "--out", str(card), home_dir=tutor_home)
    cli("contact", "add", str(card))
    goal = cli("add", "goal", "--title", "Read").out.strip()
    out = tmp_path / "s.backpack"
    share_id = cli("share", "--to", "Tutor", "--records", goal, "--out", str(out)).out.split()[0]
    first = cli("open", str(out), "--save", "--pin", home_dir=tutor_home)
    assert first.code == 0 and "This is the key you remembered" in first.out
    listed = json.loads(cli("received", "--json", home_dir=tutor_home).out)
    assert [s["id"] for g in listed for s in g["shares"]] == [share_id]
    again = cli("received", "open", share_id, "--json", home_dir=tutor_home)
    assert again.code == 0 and json.loads(again.out)["holder"]["key_status"] == "remembered"
    assert cli("received", "delete", share_id, home_dir=tutor_home).code == 0
    assert cli("received", "open", share_id, home_dir=tutor_home).code == 2
    # Another backpack naming the same learner: --pin warns and keeps the key remembered.
    impostor = tmp_path / "impostor-home"
    assert cli("init", "--learner", "Ana", home_dir=impostor).code == 0
    cli("contact", "add", str(card), home_dir=impostor)
    fake_goal = cli("add", "goal", "--title", "Fake", home_dir=impostor).out.strip()
    fake = tmp_path / "fake.backpack"
    cli("share", "--to", "Tutor", "--records", fake_goal, "--out", str(fake), home_dir=impostor)
    warned = cli("open", str(fake), "--pin", home_dir=tutor_home)
    assert warned.code == 1 and "NOT TRUSTED" in warned.out
    assert "This is the key you remembered" not in warned.out
    kept = cli("open", str(out), home_dir=tutor_home)
    assert "This is the key you remembered" in kept.out


def test_badges_travel_with_their_original_files(family, tutor, tmp_path):
    from backpack_app.credentials.baking import bake_png
    from tests.images import tiny_png

    school = new_school("Robotics League")
    png = bake_png(tiny_png(), json.dumps(school.sign(course_credential(school, course="Robots"))))
    family.import_credentials(png)
    assertion = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://badges.example.org/assertions/1",
        "recipient": {"type": "email", "hashed": False, "identity": "ana.rivera@example.org"},
        "badge": {
            "id": "https://badges.example.org/b/1",
            "type": "BadgeClass",
            "name": "Chess Club",
            "issuer": {
                "id": "https://badges.example.org/i",
                "type": "Profile",
                "name": "Chess Org",
            },
        },
        "verification": {"type": "hosted"},
        "issuedOn": "2025-05-01T12:00:00Z",
    }
    family.import_credentials(json.dumps(assertion).encode())
    out = tmp_path / "badges.backpack"
    family.share(out, to="Ms. Lopez", record_ids=ids_titled(family, "Robots", "Chess Club"))
    opened = tutor.open_share(out)
    by_title = {r.title: r for r in opened.records}
    assert not by_title["Robots"].self_reported and by_title["Robots"].report.valid
    assert by_title["Chess Club"].self_reported  # the learner states it; the original travels
    names = sorted(f.name for f in opened.files)
    assert names == ["badge.png", "open-badge-assertion.json"]
    assert set(by_title["Chess Club"].evidence) == {
        hashlib.sha256(json.dumps(assertion).encode()).hexdigest()
    }


def test_the_share_key_opens_only_with_the_pinned_jwe_algorithms(tutor):
    from joserfc import jwe
    from joserfc.jwk import OctKey, OKPKey

    from backpack_app.crypto.sealing import new_content_key
    from backpack_app.errors import DecryptionFailed

    key = tutor.receiving_key()
    public = OKPKey.import_key(
        {
            "kty": "OKP",
            "crv": "X25519",
            "x": base64.urlsafe_b64encode(key.public).rstrip(b"=").decode(),
        }
    )
    content = new_content_key()
    for alg, enc, wrap_key in [
        ("ECDH-ES", "A256GCM", public),  # direct key agreement: not the pinned algorithm
        ("ECDH-ES+A128KW", "A256GCM", public),
        ("ECDH-ES+A256KW", "A128GCM", public),
        ("A256KW", "A256GCM", OctKey.generate_key(256)),
        ("dir", "A256GCM", OctKey.import_key(content)),
    ]:
        token = jwe.encrypt_compact(
            {"alg": alg, "enc": enc}, content, wrap_key, algorithms=[alg, enc]
        )
        with pytest.raises(DecryptionFailed):
            open_for_recipient(token, key)
    good = seal_for_recipient(content, key.public)
    assert open_for_recipient(good, key) == content


def test_code_share_with_key_stretching_outside_the_bounds_is_refused(tutor, tmp_path):
    from backpack_app.sharing.container import CodeKey

    header = BundleHeader(
        share_id="x",
        mode="code",
        recipient=RecipientHint(name="x", fingerprint=""),
        expires="2099-01-01T00:00:00Z",
        code=CodeKey(
            salt="c2FsdHNhbHRzYWx0c2FsdA==", memory_kib=4 * 1024 * 1024, iterations=50, lanes=1
        ),
    )
    path = tmp_path / "greedy.backpack"
    write_bundle(
        path,
        header,
        new_content_key(),
        manifest={"format": "backpack-share", "version": 1, "files": []},
    )
    with pytest.raises(MalformedFile, match="never uses"):
        tutor.open_share(path, code="7K2M-Q9XD-7K2M-Q9XD-7K2M")


_FLIPPED: dict[str, object] = {}


def _bundle_for_flips(tmp_path_factory):
    """One small card share and its recipient's key, made once for the property test."""
    if not _FLIPPED:
        root = tmp_path_factory.mktemp("flips")
        family, _ = Backpack.create(root / "family", PASSPHRASE, kdf=FAST)
        tutor, _ = Backpack.create(root / "tutor", PASSPHRASE, kdf=FAST)
        with family, tutor:
            family.add_learner("Ana Rivera")
            family.add_record(Category.GOAL, title="Read 20 books")
            family.add_contact(tutor.my_card("Tutor")[0])
            out = root / "s.backpack"
            family.share(out, to="Tutor", preset="learner-profile")
            _FLIPPED.update(data=out.read_bytes(), key=tutor.receiving_key(), root=root)
    return _FLIPPED


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_property_any_flipped_bit_is_refused(tmp_path_factory, position, bit):
    made = _bundle_for_flips(tmp_path_factory)
    data = bytearray(made["data"])
    data[position % len(data)] ^= 1 << bit
    path = made["root"] / "flipped.backpack"
    path.write_bytes(bytes(data))
    with pytest.raises((ShareUnreadable, MalformedFile)):
        open_bundle(path, lambda header, version: open_for_recipient(header.card.jwe, made["key"]))


def test_a_recipient_checks_shared_records_against_its_saved_status_lists(family, tutor, tmp_path):
    """Opening a share uses everything the recipient's backpack saved: a revoked record shows."""
    from tests.issuing import status_list, with_status

    school = new_school("Revoking High")
    revoked = school.sign(with_status(course_credential(school, course="Revoked Art"), 7))
    family.import_credentials(json.dumps(revoked).encode())
    out = tmp_path / "share.backpack"
    family.share(out, to="Ms. Lopez", record_ids=ids_titled(family, "Revoked Art"))
    assert tutor.open_share(out).records[0].report.verdict is not Verdict.REVOKED  # nothing saved
    tutor.import_status_list(json.dumps(school.sign(status_list(school, [7]))).encode())
    opened = tutor.open_share(out, save=True)
    assert opened.records[0].report.verdict is Verdict.REVOKED and not opened.valid
    (kept,) = tutor.received()
    assert tutor.open_received(kept.id).records[0].report.verdict is Verdict.REVOKED
