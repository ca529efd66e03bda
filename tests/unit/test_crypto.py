"""Crypto building blocks: recovery keys, KDF bounds, the chunked AEAD stream."""

from __future__ import annotations

import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backpack_app.crypto.kdf import FLOOR, KdfParams, calibrate
from backpack_app.crypto.recovery import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)
from backpack_app.crypto.stream import SealedReader, SealedWriter, iter_opened, new_stream_id
from backpack_app.errors import DecryptionFailed, MalformedFile, UserError

KEY = bytes(range(32))
RECOVERY_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


def test_recovery_key_has_160_bits_in_eight_groups_and_parses_back():
    secret = new_recovery_secret()
    text = format_recovery_key(secret)
    assert len(secret) * 8 >= 128
    assert RECOVERY_SHAPE.match(text)
    assert parse_recovery_key(text) == secret
    # People type it in lower case, without dashes, with O for 0 and I/L for 1.
    sloppy = text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_recovery_key(sloppy) == secret


@pytest.mark.parametrize("bad", ["", "ABCD", "UUUU-UUUU", "K7QF-2M9D-" * 9, "!!!!"])
def test_malformed_recovery_keys_are_user_errors(bad):
    with pytest.raises(UserError):
        parse_recovery_key(bad)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(32 * 1024, 3, 1),
        KdfParams(2 * 1024 * 1024, 3, 1),
        KdfParams(65536, 1, 1),
        KdfParams(65536, 11, 1),
        KdfParams(65536, 3, 0),
        KdfParams(65536, 3, 5),
    ],
)
def test_kdf_parameters_outside_bounds_are_malformed(params):
    with pytest.raises(MalformedFile):
        params.check_bounds()


def test_calibration_stays_inside_bounds_and_above_floor():
    params = calibrate()
    params.check_bounds()
    assert not params.weaker_than(FLOOR)


def seal(data: bytes, *, chunk: int = 4096, stream_id: bytes | None = None) -> bytes:
    out = io.BytesIO()
    writer = SealedWriter(out, KEY, stream_id or new_stream_id(), chunk_size=chunk)
    for i in range(0, len(data), 1000):
        writer.write(data[i : i + 1000])
    writer.close()
    return out.getvalue()


def unseal(blob: bytes, key: bytes = KEY) -> bytes:
    return b"".join(iter_opened(io.BytesIO(blob), key))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=20_000))
def test_stream_round_trips_any_length(data):
    assert unseal(seal(data)) == data


def test_stream_reader_file_object():
    data = bytes(range(256)) * 100
    reader = SealedReader(io.BytesIO(seal(data)), KEY)
    assert reader.read() == data


@pytest.mark.parametrize("length", [0, 4096, 8192, 10_000])
def test_stream_refuses_truncation_at_every_chunk_boundary(length):
    blob = seal(b"x" * length)
    chunk_raw = 12 + 4096 + 16
    for cut in range(46, len(blob), chunk_raw):
        with pytest.raises(DecryptionFailed):
            unseal(blob[:cut])


def test_stream_refuses_flips_extra_bytes_wrong_key_and_swapped_chunks():
    data = b"A" * 4096 + b"B" * 4096 + b"C" * 100
    blob = seal(data)
    for position in (0, 10, 46, 46 + 12 + 5, len(blob) - 1):
        flipped = bytearray(blob)
        flipped[position] ^= 0x01
        with pytest.raises(DecryptionFailed):
            unseal(bytes(flipped))
    with pytest.raises(DecryptionFailed):
        unseal(blob + b"\0")
    with pytest.raises(DecryptionFailed):
        unseal(blob, key=bytes(32))
    # Swap the first two chunks: the index in the associated data gives it away.
    h, n = 46, 12 + 4096 + 16
    swapped = blob[:h] + blob[h + n : h + 2 * n] + blob[h : h + n] + blob[h + 2 * n :]
    with pytest.raises(DecryptionFailed):
        unseal(swapped)
    # A chunk moved from another stream (same key) fails too: the header is associated data.
    other = seal(data)
    spliced = blob[: h + n] + other[h + n : h + 2 * n] + blob[h + 2 * n :]
    with pytest.raises(DecryptionFailed):
        unseal(spliced)
