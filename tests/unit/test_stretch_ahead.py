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
