"""How long hostile input takes to be refused, end to end through `verify_bytes`.

The tests assert *that* each case is refused by an explicit bound; this measures *how fast*.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
import zlib
from collections.abc import Callable

from backpack_app.credentials.verifier import VerifyContext, verify_bytes
from tests.images import chunk, itxt, tiny_png
from tests.issuing import course_credential, new_school


def _crafted_graph_credential() -> bytes:
    """A signed-looking credential whose subject is 8 fully connected blank nodes."""
    school = new_school()
    doc = school.sign(course_credential(school))
    nodes = [{"@id": f"_:n{i}"} for i in range(8)]
    for node in nodes:
        node["https://example.org/p"] = [{"@id": o["@id"]} for o in nodes if o is not node]
    doc["credentialSubject"]["https://example.org/knows"] = nodes
    return json.dumps(doc).encode()


def _cases() -> dict[str, Callable[[], bytes]]:
    school = new_school()
    signed = school.sign(course_credential(school))

    def with_change(change: Callable[[dict], None]) -> Callable[[], bytes]:
        def build() -> bytes:
            doc = copy.deepcopy(signed)
            change(doc)
            return json.dumps(doc).encode()

        return build

    return {
        "JSON nested 10,000 deep": lambda: b"[" * 10_000 + b"]" * 10_000,
        "50 MB of JSON whitespace": lambda: b" " * (50 * 1024 * 1024),
        "truncated JSON": lambda: json.dumps(signed).encode()[:-40],
        "unknown context URL": with_change(
            lambda d: d["@context"].append("https://evil.example/context.json")
        ),
        "undefined term": with_change(lambda d: d["credentialSubject"].update(nickname="x")),
        "tampered grade": with_change(
            lambda d: d["credentialSubject"]["result"][0].update(value="A+")
        ),
        "alg none JWT": lambda: b"eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.",
        "crafted blank-node graph (8 connected)": _crafted_graph_credential,
        **_baked_cases(),
    }


def _baked_cases() -> dict[str, Callable[[], bytes]]:
    """Hostile badge images: every one is refused before any credential is read."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "PNG iTXt zlib bomb (1 GB of zeros)": lambda: tiny_png(
            itxt("openbadgecredential", _zeros_compressed(1 << 30), compressed=True)
        ),
        "PNG with 10,001 chunks": lambda: tiny_png(*[chunk(b"tEXt", b"k\0v")] * 10_000),
        "PNG chunk with a bad CRC, 15 MB": lambda: tiny_png(
            chunk(b"zTXt", b"\0" * (15 << 20), crc=0)
        ),
        "SVG billion laughs": lambda: (
            f'<!DOCTYPE svg [<!ENTITY l0 "lol">{laughs}]><svg>&l9;</svg>'.encode()
        ),
    }


def _zeros_compressed(size: int) -> bytes:
    packer = zlib.compressobj(9)
    block = b"\0" * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(size >> 20)) + packer.flush()


def main() -> None:
    ctx = VerifyContext(now=dt.datetime.now(dt.UTC))
    print("Hostile input, refused (seconds, one run each):")
    for name, build in _cases().items():
        data = build()
        start = time.perf_counter()
        report = verify_bytes(data, ctx, file=name)
        took = time.perf_counter() - start
        print(f"  {name:<44} {took:>8.3f} s  {report.verdict.value}")
