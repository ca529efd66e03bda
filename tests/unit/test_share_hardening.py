"""Sharing hardening (issue 14): code-share key settings, salts, binding, weak card keys,
impostor learner keys; and hostile files through the real CLI never reach exit 70."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backpack_app.crypto.kdf import MIB, KdfParams
from backpack_app.crypto.sealing import code_key, new_share_code
from backpack_app.domain.records import Category
from backpack_app.errors import (
    HolderKeyChanged,
    MalformedFile,
    ShareNotForYou,
    ShareUnreadable,
    UserError,
)
from backpack_app.sharing.code_key import CODE_PARAMS_V2, code_domain
from backpack_app.sharing.container import (
    BundleHeader,
    CardKey,
    CodeKey,
    RecipientHint,
    read_header,
    write_bundle,
)
from backpack_app.wallet import Backpack
from tests.conftest import FAST, PASSPHRASE

CODE = "7K2M-Q9XD-7K2M-Q9XD-7K2M"
LOW_ORDER_X25519 = [
    bytes(32),  # 0
    bytes([1]) + bytes(31),  # 1
    bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    bytes.fromhex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),  # p - 1
    bytes.fromhex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),  # p
    bytes.fromhex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),  # p + 1
    bytes([1]) + bytes(30) + b"\x80",  # 1 with the ignored top bit set
]


@pytest.fixture
def tutor(tmp_path):
    bp, _ = Backpack.create(tmp_path / "tutor", PASSPHRASE, kdf=FAST)
    yield bp
    bp.close()


@pytest.fixture
def family(tmp_path, tutor):
    bp, _ = Backpack.create(tmp_path / "family", PASSPHRASE, kdf=FAST)
    bp.add_learner("Ana Rivera")
    bp.add_record(Category.GOAL, title="Read 20 books")
    bp.add_contact(tutor.my_card("Ms. Lopez")[0])
    yield bp
    bp.close()


def code_header(salt: str, params: KdfParams = CODE_PARAMS_V2) -> BundleHeader:
    return BundleHeader(
        share_id="x",
        mode="code",
        recipient=RecipientHint(name="x", fingerprint=""),
        expires="2099-01-01T00:00:00Z",
        code=CodeKey(
            salt=salt,
            memory_kib=params.memory_kib,
            iterations=params.iterations,
            lanes=params.lanes,
        ),
    )


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode()


def write_code_bundle(path: Path, header: BundleHeader, key: bytes, presentation=None, version=2):
    manifest = {"format": "backpack-share", "version": 1, "files": []}
    if presentation is not None:
        manifest["presentation"] = presentation
    write_bundle(path, header, key, manifest=manifest, version=version)
    return path


# --- 3. key-stretching settings are fixed per format version ------------------------------
@pytest.mark.parametrize(
    ("version", "params"),
    [
        (2, KdfParams(memory_kib=1024 * MIB, iterations=10, lanes=4)),  # the 19 s, 1.1 GB file
        (2, KdfParams(memory_kib=128 * MIB, iterations=3, lanes=1)),  # in the old bounds
        (2, KdfParams(memory_kib=64 * MIB, iterations=2, lanes=1)),  # weaker than fixed
        (1, KdfParams(memory_kib=1024 * MIB, iterations=10, lanes=4)),  # v1 never wrote this
        (1, KdfParams(memory_kib=64 * MIB, iterations=3, lanes=2)),
    ],
    ids=["v2-1GiB", "v2-128MiB", "v2-weaker", "v1-1GiB", "v1-lanes"],
)
def test_code_share_settings_other_than_the_fixed_ones_are_refused_before_deriving(
    tutor, tmp_path, version, params
):
    path = write_code_bundle(
        tmp_path / "greedy.backpack",
        code_header(b64(b"s" * 16), params),
        bytes(32),
        version=version,
    )
    # Deriving first would end in ShareUnreadable (the content key is unrelated): MalformedFile
    # with this sentence shows the settings were refused before any key was stretched.
    with pytest.raises(MalformedFile, match="never uses"):
        tutor.open_share(path, code=CODE)


# --- 4. the salt: strict base64url, exactly 16 bytes --------------------------------------
@pytest.mark.parametrize(
    "salt",
    [
        "",
        "!!!",
        b64(b"s" * 15),
        b64(b"s" * 17),
        b64(b"s" * 16).rstrip("="),
        "c3Nzc3Nzc3Nzc3Nzc3Nzcx==",
        "c3Nzc3Nz c3Nzc3Nzc3Nzcw==",
        "c3Nzc3Nzc3Nzc3Nzc3Nzcw=="[:-2] + "A=",
    ],
    ids=[
        "empty",
        "not-base64",
        "15-bytes",
        "17-bytes",
        "unpadded",
        "non-canonical",
        "space",
        "bad-padding",
    ],
)
def test_code_share_salt_is_decoded_strictly(tutor, tmp_path, salt):
    path = write_code_bundle(tmp_path / "salt.backpack", code_header(salt), bytes(32))
    with pytest.raises(MalformedFile, match="salt"):
        tutor.open_share(path, code=CODE)


# --- 9. a code share's presentation is bound to its container ----------------------------
def test_code_share_is_bound_to_its_code(family, tutor, tmp_path):
    out = tmp_path / "coded.backpack"
    made, _ = family.share(out, code=True, preset="learner-profile")
    opened = tutor.open_share(out, code=made.code)
    assert opened.presentation["proof"]["domain"].startswith("urn:backpack:code:")
    # Whoever has the code re-encrypts the signed presentation under a code of their own
    # (keeping the salt, or with a new one): a third party's Backpack refuses it.
    with out.open("rb") as fh:
        header = read_header(fh)[0]
    for salt in (header.code.salt, b64(b"n" * 16)):
        other = new_share_code()
        key = code_key(other, salt=base64.urlsafe_b64decode(salt), params=CODE_PARAMS_V2)
        forwarded = write_code_bundle(
            tmp_path / "forwarded.backpack", code_header(salt), key, opened.presentation
        )
        with pytest.raises(ShareNotForYou):
            tutor.open_share(forwarded, code=other)
        # ... and dressing it as a version 1 bundle does not help (v1 signed another domain).
        v1 = KdfParams(memory_kib=64 * MIB, iterations=2, lanes=1)
        key = code_key(other, salt=base64.urlsafe_b64decode(salt), params=v1)
        old = write_code_bundle(
            tmp_path / "old.backpack", code_header(salt, v1), key, opened.presentation, version=1
        )
        with pytest.raises(ShareNotForYou):
            tutor.open_share(old, code=other)


def test_code_domain_is_sha256_of_label_and_key():
    """The documented derivation (a browser page computes the same)."""
    import hashlib

    key = bytes(range(32))
    expected = hashlib.sha256(b"backpack code share binding\0" + key).hexdigest()
    assert code_domain(key) == "urn:backpack:code:" + expected


def test_wrong_code_is_still_the_one_unreadable_message(family, tutor, tmp_path):
    out = tmp_path / "coded.backpack"
    family.share(out, code=True, preset="learner-profile")
    with pytest.raises(ShareUnreadable):
        tutor.open_share(out, code=new_share_code())


# --- 5. low-order card keys --------------------------------------------------------------
@pytest.mark.parametrize("public", LOW_ORDER_X25519, ids=[p.hex()[:6] for p in LOW_ORDER_X25519])
def test_weak_card_keys_are_refused_when_the_card_is_added(family, public):
    card = {"type": "BackpackCard", "version": 1, "name": "Mallory"}
    card["x25519"] = base64.urlsafe_b64encode(public).rstrip(b"=").decode()
    with pytest.raises(MalformedFile, match="not a real key"):
        family.add_contact(json.dumps(card).encode())
    assert [c.name for c in family.contacts()] == ["Ms. Lopez"]


def test_a_weak_key_saved_before_the_check_cannot_be_shared_to(family, tmp_path):
    """A contact saved by an older Backpack: sharing says so in a sentence (was exit 70)."""
    from backpack_app.domain.sharing import Contact
    from backpack_app.store import database
    from backpack_app.store import sharing as sharing_rows

    contact = Contact(
        id="con_weak", name="Old", public=bytes(32), fingerprint="x", added=dt.datetime.now(dt.UTC)
    )
    with database.transaction(family._conn):
        sharing_rows.insert_contact(family._conn, contact)
    out = tmp_path / "s.backpack"
    with pytest.raises(UserError, match="not a real key"):
        family.share(out, to="Old", preset="learner-profile")
    assert not out.exists()


def test_a_card_share_whose_ephemeral_key_is_low_order_is_unreadable(tutor, tmp_path):
    """A hostile sender's JWE with a small-order `epk`: the one unreadable message."""
    import base64 as b

    def part(data: bytes) -> str:
        return b.urlsafe_b64encode(data).rstrip(b"=").decode()

    protected = {
        "alg": "ECDH-ES+A256KW",
        "enc": "A256GCM",
        "epk": {"kty": "OKP", "crv": "X25519", "x": part(bytes(32))},
    }
    token = ".".join(
        [
            part(json.dumps(protected).encode()),
            part(bytes(40)),
            part(bytes(12)),
            part(b"x"),
            part(bytes(16)),
        ]
    )
    header = BundleHeader(
        share_id="x",
        mode="card",
        recipient=RecipientHint(name="x", fingerprint=""),
        expires="2099-01-01T00:00:00Z",
        card=CardKey(jwe=token),
    )
    path = tmp_path / "epk.backpack"
    write_bundle(path, header, bytes(32), manifest={"format": "backpack-share", "version": 1})
    with pytest.raises(ShareUnreadable):
        tutor.open_share(path)


# --- 2. a different learner key under a remembered name ------------------------------------
def _impostor_share(tmp_path: Path, tutor) -> Path:
    impostor, _ = Backpack.create(tmp_path / "impostor", PASSPHRASE, kdf=FAST)
    with impostor:
        impostor.add_learner("Ana Rivera")  # same name, another key; cards are public
        impostor.add_record(Category.GOAL, title="Fake")
        impostor.add_contact(tutor.my_card("Ms. Lopez")[0])
        fake = tmp_path / "fake.backpack"
        impostor.share(fake, to="Ms. Lopez", preset="learner-profile")
    return fake


def test_an_impostor_key_is_refused_for_saving_unless_accepted(family, tutor, tmp_path):
    out = tmp_path / "s.backpack"
    family.share(out, to="Ms. Lopez", preset="learner-profile")
    tutor.pin_holder(tutor.open_share(out))
    fake = _impostor_share(tmp_path, tutor)
    with pytest.raises(HolderKeyChanged, match="another key"):
        tutor.open_share(fake, save=True)
    assert tutor.received() == []
    opened = tutor.open_share(fake, save=True, accept_new_key=True)
    assert [r.id for r in tutor.received()] == [opened.share_id]
    assert tutor.holder_key_status(opened) == "remembered"  # the new key is the one now
    assert tutor.holder_key_status(tutor.open_share(out)) == "different"


def test_cli_open_of_an_impostor_share_fails_and_save_needs_accept_new_key(cli, tmp_path, home):
    tutor_home = tmp_path / "tutor-home"
    assert cli("init", "--learner", "Ana", home_dir=tutor_home).code == 0
    card = tmp_path / "t.card"
    cli("card", "export", "--name", "Tutor", "--out", str(card), home_dir=tutor_home)

    def share_from(where: Path) -> Path:
        assert cli("init", "--learner", "Ana", home_dir=where).code == 0
        cli("contact", "add", str(card), home_dir=where)
        goal = cli("add", "goal", "--title", "Read", home_dir=where).out.strip()
        out = where.with_suffix(".backpack")
        cli("share", "--to", "Tutor", "--records", goal, "--out", str(out), home_dir=where)
        return out

    real, fake = share_from(tmp_path / "family"), share_from(tmp_path / "impostor")
    assert cli("open", str(real), "--pin", home_dir=tutor_home).code == 0
    shown = cli("open", str(fake), "--json", home_dir=tutor_home)
    data = json.loads(shown.out)
    assert shown.code == 1 and data["valid"] and data["trusted"] is False
    assert data["holder"]["key_status"] == "different"
    refused = cli("open", str(fake), "--save", home_dir=tutor_home)
    assert (
        refused.code == 1 and "--accept-new-key" in refused.err and "Traceback" not in refused.err
    )
    assert json.loads(cli("received", "--json", home_dir=tutor_home).out) == []
    kept = cli("open", str(fake), "--save", "--accept-new-key", home_dir=tutor_home)
    assert kept.code == 0 and "This is the key you remembered" in kept.out
    assert len(json.loads(cli("received", "--json", home_dir=tutor_home).out)) == 1


# --- 1. secrets off the command line ------------------------------------------------------
def _code_share(cli, tmp_path, *extra: str):
    assert cli("init", "--learner", "Ana").code == 0
    goal = cli("add", "goal", "--title", "Read").out.strip()
    out = tmp_path / "c.backpack"
    made = cli("share", "--code", "--records", goal, "--out", str(out), *extra)
    assert made.code == 0, made
    return out, made


def test_share_code_from_a_file_or_the_environment_and_argv_warns(cli, tmp_path):
    code_file = tmp_path / "code.txt"
    out, made = _code_share(cli, tmp_path, "--code-file", str(code_file))
    assert "Code:" not in made.out and oct(code_file.stat().st_mode)[-3:] == "600"
    code = code_file.read_text().strip()
    nowhere = tmp_path / "no-backpack"
    by_file = cli("open", str(out), "--code-file", str(code_file), home_dir=nowhere)
    assert by_file.code == 0 and "visible" not in by_file.err
    by_env = cli("open", str(out), env={"BACKPACK_SHARE_CODE": code}, home_dir=nowhere)
    assert by_env.code == 0 and "visible" not in by_env.err
    by_argv = cli("open", str(out), "--code", code, home_dir=nowhere)
    assert by_argv.code == 0
    assert by_argv.err.count("\n") == 1 and "visible to other users" in by_argv.err


def _on_a_terminal(argv: list[str], answers: dict[str, str]) -> tuple[int, str, list[str]]:
    """Run the CLI as on a terminal whose user answers each prompt (by its first word)."""
    import io

    from backpack_app.cli.main import run

    asked: list[str] = []

    def prompt(label: str) -> str:
        asked.append(label)
        return answers[label.split()[0]]

    out, err = io.StringIO(), io.StringIO()
    status = run(
        argv, kdf=FAST, environ={}, stdout=out, stderr=err, interactive=True, prompt=prompt
    )
    assert "This is a bug" not in err.getvalue()
    return status, out.getvalue(), asked


def test_open_asks_for_the_code_and_the_printout_password_on_a_terminal(cli, tmp_path):
    out, made = _code_share(cli, tmp_path)
    code = made.out.split("Code: ")[1].split()[0]
    status, shown, asked = _on_a_terminal(
        ["--home", str(tmp_path / "none"), "open", str(out)], {"Share": code}
    )
    assert status == 0 and asked == ["Share code: "] and "Read" in shown
    # A card share's printout protected by a password: asked for, then opened.
    assert cli("contact", "add", str(_card(cli, tmp_path))).code == 0
    pdf = tmp_path / "s.pdf"
    goal = cli("list", "--json").out
    rid = json.loads(goal)[0]["id"]
    made = cli(
        "share",
        "--to",
        "Tutor",
        "--records",
        rid,
        "--out",
        str(tmp_path / "s.backpack"),
        "--pdf",
        str(pdf),
        "--pdf-protect",
    )
    password = made.out.split("(generated; shown once): ")[1].split()[0]
    status, shown, asked = _on_a_terminal(
        ["--home", str(tmp_path / "tutor-home"), "open", str(pdf)],
        {"Passphrase:": PASSPHRASE, "Printout": password},
    )
    assert status == 0 and asked[0].startswith("Printout password") and "Read" in shown


def test_weak_pdf_passwords_are_refused_and_nothing_is_written(cli, tmp_path):
    assert cli("init", "--learner", "Ana Rivera").code == 0
    assert cli("contact", "add", str(_card(cli, tmp_path))).code == 0
    goal = cli("add", "goal", "--title", "Read").out.strip()
    out, pdf = tmp_path / "s.backpack", tmp_path / "s.pdf"
    share = ("share", "--to", "Tutor", "--records", goal, "--out", str(out), "--pdf", str(pdf))
    for weak in ("abcde", "Ana2025!", "password123456", "ana rivera 2025", "Tutor Tutor Tutor"):
        (tmp_path / "pw").write_text(weak + "\n")
        refused = cli(*share, "--pdf-password-file", str(tmp_path / "pw"))
        assert refused.code == 2 and "too easy to guess" in refused.err, (weak, refused)
        assert not out.exists() and not pdf.exists()
    assert json.loads(cli("shares", "--json").out) == []
    strong = cli(*share, env={"BACKPACK_PDF_PASSWORD": "maple otter violin cactus"})
    assert strong.code == 0 and "protected by the password" in strong.out
    made = cli(*share, "--pdf-protect")
    password = made.out.split("Printout password (generated; shown once): ")[1].split()[0]
    assert len(password) == 24
    tutor_home = tmp_path / "tutor-home"
    env = {"BACKPACK_PDF_PASSWORD": password}
    opened = cli("open", str(pdf), "--json", env=env, home_dir=tutor_home)
    assert opened.code == 0, opened


def _card(cli, tmp_path: Path) -> Path:
    card = tmp_path / "t.card"
    tutor_home = tmp_path / "tutor-home"
    assert cli("init", home_dir=tutor_home).code == 0
    cli("card", "export", "--name", "Tutor", "--out", str(card), home_dir=tutor_home)
    return card


# --- no file a user can be sent reaches exit 70 -------------------------------------------
def _hostile_files(tmp_path: Path) -> dict[str, tuple[str, Path]]:
    """Every hostile case of issue 14 as a file: (the command that reads it, the file)."""
    files: dict[str, tuple[str, Path]] = {}

    def bundle(name: str, header: BundleHeader, version: int = 2) -> None:
        path = tmp_path / f"{name}.backpack"
        write_code_bundle(path, header, bytes(32), version=version)
        files[name] = ("open", path)

    for salt in ("", "!!!", "AAAA", b64(b"s" * 15), b64(b"s" * 17), "=" * 24, "é" * 24):
        bundle(f"salt-{len(salt)}-{salt[:3]}", code_header(salt))
    for version, params in [
        (2, KdfParams(memory_kib=1024 * MIB, iterations=10, lanes=4)),
        (2, KdfParams(memory_kib=-1, iterations=0, lanes=0)),
        (2, KdfParams(memory_kib=10**30, iterations=10**30, lanes=10**30)),
        (1, KdfParams(memory_kib=1024 * MIB, iterations=10, lanes=4)),
    ]:
        bundle(f"kdf-v{version}-{params.memory_kib}", code_header(b64(b"s" * 16), params), version)
    no_code = dataclasses.replace(code_header(b64(b"s" * 16)), code=None)
    bundle("code-mode-without-code", no_code)
    for name, public in zip(
        ("zero", "one", "order8a", "order8b", "p-1", "p", "p+1", "one-top"),
        LOW_ORDER_X25519,
        strict=True,
    ):
        card = {"type": "BackpackCard", "version": 1, "name": "Mallory"}
        card["x25519"] = base64.urlsafe_b64encode(public).rstrip(b"=").decode()
        path = tmp_path / f"{name}.card"
        path.write_text(json.dumps(card))
        files[f"card-{name}"] = ("contact", path)
    return files


def test_no_hostile_file_reaches_exit_70(cli, tmp_path, home):
    assert cli("init", "--learner", "Ana").code == 0
    outcomes = {}
    for name, (command, path) in _hostile_files(tmp_path).items():
        runs = (
            [cli("contact", "add", str(path))]
            if command == "contact"
            else [
                cli("open", str(path), env={"BACKPACK_SHARE_CODE": CODE}),
                cli(
                    "open", str(path), env={"BACKPACK_SHARE_CODE": CODE}, home_dir=tmp_path / "none"
                ),
                cli("open", str(path)),
            ]
        )
        outcomes[name] = [(r.code, r.err.strip()) for r in runs]
    bugs = {n: o for n, o in outcomes.items() if any(c not in (1, 2) for c, _ in o)}
    assert not bugs, bugs
    assert not any("This is a bug" in e for o in outcomes.values() for _, e in o)
    assert json.loads(cli("contact", "list", "--json").out) == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    salt=st.text(max_size=64),
    memory=st.integers(min_value=-(2**70), max_value=2**70),
    iterations=st.integers(min_value=-(2**70), max_value=2**70),
    lanes=st.integers(min_value=-(2**70), max_value=2**70),
)
def test_property_any_code_header_is_refused_in_a_sentence(
    tmp_path_factory, salt, memory, iterations, lanes
):
    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.errors import BackpackError
    from backpack_app.sharing.receive import open_share

    params = KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)
    path = tmp_path_factory.mktemp("hdr") / "h.backpack"
    write_code_bundle(path, code_header(salt, params), bytes(32))
    with pytest.raises(BackpackError):
        open_share(path, ctx=VerifyContext(now=dt.datetime.now(dt.UTC)), code=CODE)


# --- a share's header and list of files are read strictly, without pydantic -------------------
_GOOD_HEADER = {
    "share_id": "s",
    "mode": "code",
    "recipient": {"name": "n", "fingerprint": "f"},
    "expires": "2099-01-01T00:00:00Z",
    "code": {"salt": "s", "memory_kib": 65536, "iterations": 3, "lanes": 1},
}


@pytest.mark.parametrize(
    ("change", "readable"),
    [
        ({}, True),
        ({"kind": "reply"}, True),
        ({"card": None, "kind": None}, True),
        ({"share_id": "x" * 100}, True),
        ({"kind": "other"}, False),
        ({"mode": "pdf"}, False),
        ({"extra": 1}, False),
        ({"recipient": {"name": "n", "fingerprint": "f", "extra": 1}}, False),
        ({"recipient": {"name": "é" * 301, "fingerprint": "f"}}, False),
        ({"share_id": "x" * 101}, False),
        ({"expires": None}, False),
        ({"code": []}, False),
        # whole numbers only as integers (pydantic's lax mode took these; Backpack writes none)
        ({"code": {**_GOOD_HEADER["code"], "iterations": "3"}}, False),
        ({"code": {**_GOOD_HEADER["code"], "iterations": 3.0}}, False),
        ({"code": {**_GOOD_HEADER["code"], "iterations": True}}, False),
    ],
)
def test_a_share_header_is_read_strictly(change, readable):
    import io

    from backpack_app.sharing.container_layout import MAGIC, PREFIX

    body = json.dumps({**_GOOD_HEADER, **change}).encode()
    data = PREFIX.pack(MAGIC, 2, len(body)) + body
    if readable:
        header, head = read_header(io.BytesIO(data))
        assert head == data and header.recipient.name == "n"
    else:
        with pytest.raises(ShareUnreadable):
            read_header(io.BytesIO(data))


@pytest.mark.parametrize(
    "change",
    [{"size": -1}, {"size": 2**40}, {"size": "1"}, {"size": 1.0}, {"sha256": "A" * 64},
     {"sha256": "a" * 64 + "\n"}, {"name": "x" * 256}, {"extra": 1}, {"media_type": None}],
)  # fmt: skip
def test_a_share_s_list_of_files_is_read_strictly(change):
    from backpack_app.domain.strict import read_strict
    from backpack_app.sharing.container import FileEntry

    entry = {"sha256": "a" * 64, "name": "n.pdf", "media_type": "application/pdf", "size": 3}
    assert read_strict(FileEntry, entry).to_json() == entry
    with pytest.raises(ValueError):
        read_strict(FileEntry, {**entry, **change})
