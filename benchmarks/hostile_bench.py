"""How long hostile input takes to be refused, end to end through `verify_bytes`.

The tests assert *that* each case is refused by an explicit bound; this measures *how fast*.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
from collections.abc import Callable

from backpack_app.credentials.verifier import VerifyContext, verify_bytes
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
    }


def main() -> None:
    ctx = VerifyContext(now=dt.datetime.now(dt.UTC))
    print("Hostile input, refused (seconds, one run each):")
    for name, build in _cases().items():
        data = build()
        start = time.perf_counter()
        report = verify_bytes(data, ctx, file=name)
        took = time.perf_counter() - start
        print(f"  {name:<44} {took:>8.3f} s  {report.verdict.value}")
