"""Key stretching started ahead (crypto/kdf.py `stretch_ahead`, used by the command line while
it imports the backpack's code): the same key, taken once, and only for the same inputs."""

from __future__ import annotations

import pytest

from backpack_app.crypto import kdf
from backpack_app.crypto.kdf import KdfParams, stretch_ahead, stretch_passphrase
from backpack_app.errors import MalformedFile

PARAMS = KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1)
SALT = bytes(range(16))


def test_a_key_stretched_ahead_is_the_same_and_taken_once():
    plain = stretch_passphrase("correct horse", SALT, PARAMS)
    stretch_ahead("correct horse", SALT, PARAMS)
    assert kdf._ahead  # pending
    assert stretch_passphrase("wrong horse", SALT, PARAMS) != plain  # other inputs: not taken
    assert stretch_passphrase("correct horse", SALT, PARAMS) == plain
    assert not kdf._ahead  # taken, nothing kept


def test_bounds_are_checked_before_any_thread():
    with pytest.raises(MalformedFile):
        stretch_ahead("x", SALT, KdfParams(memory_kib=8 * 1024 * 1024, iterations=2))
    assert not kdf._ahead


def test_a_code_share_s_key_is_stretched_ahead_and_taken_by_the_reader(tmp_path):
    import datetime as dt

    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.sharing.code_key import stretch_code_ahead
    from backpack_app.sharing.receive import open_share
    from tests.issuing import family_code_share

    _, code = family_code_share(tmp_path)
    stretch_code_ahead(code, tmp_path / "not-a-share.json")  # (no such file: nothing)
    assert not kdf._ahead
    stretch_code_ahead(code.lower(), tmp_path / "SHARE.backpack")  # typed as people do
    assert len(kdf._ahead) == 1
    now = dt.datetime.now(dt.UTC)
    opened = open_share(tmp_path / "SHARE.backpack", ctx=VerifyContext(now=now), code=code)
    assert opened.learner_name == "Ana Rivera" and not kdf._ahead


def test_the_header_s_stretching_inputs_are_read_without_the_models(tmp_path):
    import json

    from backpack_app.store.header import VaultHeader, unb64
    from backpack_app.store.header_layout import MAGIC, PREFIX, VERSION, stretching_inputs
    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    wallet, _ = Backpack.create(tmp_path / "bp", PASSPHRASE, kdf=FAST)
    wallet.close()
    path = wallet.layout.header
    header = VaultHeader.load(path)
    assert stretching_inputs(path) == (unb64(header.body.kdf.salt), header.kdf_params)
    body = json.loads(path.read_bytes()[PREFIX.size :])
    body["kdf"]["lanes"] = True  # not an integer: not read
    bad = json.dumps(body).encode()
    (tmp_path / "h").write_bytes(PREFIX.pack(MAGIC, VERSION, len(bad)) + bad)
    for damaged in (tmp_path / "h", tmp_path / "none", tmp_path / "bp" / "records.db"):
        assert stretching_inputs(damaged) is None
