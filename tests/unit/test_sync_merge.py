"""The pure merge (domain/sync_merge.py): random work on three devices, exchanged in random
orders and partial states, converges to one content, losing and duplicating nothing."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from backpack_app.domain.sync_merge import ALIVE, HybridClock, Replica, Write, merged

DEVICES = ("dev-a", "dev-b", "dev-c")
CREDENTIALS = (b"course-1", b"course-2", b"badge-3")  # the same bytes imported anywhere


class Device:
    def __init__(self, name: str):
        self.name, self.clock, self.replica, self.log = name, HybridClock(), Replica(), []
        self.seen = {d: 0 for d in DEVICES}  # how much of each device's log was read

    def write(self, now: int, key: str, name: str, value) -> Write:
        wall, counter = self.clock.tick(now)
        w = Write(key, name, wall, counter, self.name, value)
        self.log.append(w)
        self.replica.add(w)
        return w

    def receive(self, other: Device, upto: int) -> None:
        for w in other.log[self.seen[other.name] : upto]:
            self.clock.observe(w.wall, w.counter)
            self.replica.add(w)
        self.seen[other.name] = max(self.seen[other.name], upto)


op = st.tuples(
    st.sampled_from(["add", "edit", "delete", "import", "attach", "exchange"]),
    st.integers(0, 2),  # device
    st.integers(0, 2),  # other device / credential / field
    st.integers(0, 50),  # which item, how much of a log
    st.integers(0, 3),  # clock skew step
)


def play(ops) -> tuple[list[Device], list[Write]]:
    devices = [Device(d) for d in DEVICES]
    now = 1_000
    for kind, di, x, n, skew in ops:
        now += skew  # several events may share a millisecond; clocks may also lag
        dev = devices[di]
        items = sorted(k for k in dev.replica.content())
        if kind == "add":
            key = f"rec:{dev.name}:{len(dev.log)}"
            dev.write(now, key, ALIVE, True)
            dev.write(now, key, "title", f"title {n}")
        elif kind == "edit" and items:
            dev.write(now, items[n % len(items)], ("title", "hours", "status")[x], f"v{n}")
        elif kind == "delete" and items:
            dev.write(now, items[n % len(items)], ALIVE, False)
        elif kind == "import":
            key = "cred:" + hashlib.sha256(CREDENTIALS[x]).hexdigest()[:16]
            if key not in dev.replica.content():
                dev.write(now, key, ALIVE, True)
                dev.write(now, key, "original", CREDENTIALS[x].decode())
        elif kind == "attach" and items:
            blob = hashlib.sha256(bytes([n])).hexdigest()
            dev.write(now, items[n % len(items)], "files", [blob])
        elif kind == "exchange":
            other = devices[x]
            if other is not dev:
                dev.receive(other, min(n, len(other.log)))
    return devices, [w for d in devices for w in d.log]


def oracle(writes: list[Write]) -> dict:
    """What the content must be, computed another way: the last write of each field."""
    last: dict = {}
    for w in sorted(writes, key=lambda w: w.order):
        last[(w.key, w.field)] = w.value
    alive = {k for (k, f), v in last.items() if f == ALIVE and v is True}
    content: dict = {k: {} for k in alive}
    for (k, f), v in last.items():
        if k in alive and f != ALIVE:
            content[k][f] = v
    return content


@settings(max_examples=150, deadline=None)
@given(st.lists(op, max_size=60), st.randoms(use_true_random=False))
def test_devices_converge_whatever_the_exchange(ops, rnd):
    devices, writes = play(ops)
    # Finally everyone reads everyone's whole log, in a random device order.
    for dev in devices:
        others = list(devices)
        rnd.shuffle(others)
        for other in others:
            dev.receive(other, len(other.log))
    expected = oracle(writes)
    for dev in devices:
        assert dev.replica.content() == expected
        assert dev.replica.histories() == devices[0].replica.histories()
    # Nothing lost: every write is either a field's value or in its item's history.
    replica = devices[0].replica
    kept = set(replica.winners.values()) | {w for ws in replica.history.values() for w in ws}
    assert kept == set(writes)
    # Nothing duplicated: the same credential imported on several devices is one item.
    assert len([k for k in expected if k.startswith("cred:")]) <= len(CREDENTIALS)


@settings(max_examples=100, deadline=None)
@given(st.lists(op, max_size=40), st.randoms(use_true_random=False))
def test_merge_is_commutative_associative_idempotent(ops, rnd):
    _, writes = play(ops)
    rnd.shuffle(writes)
    cut1, cut2 = sorted(rnd.randint(0, len(writes)) for _ in range(2))
    a, b, c = merged(writes[:cut1]), merged(writes[cut1:cut2]), merged(writes[cut2:])

    def same(x: Replica, y: Replica) -> bool:
        return x.content() == y.content() and x.histories() == y.histories()

    assert same(a.merge(b), b.merge(a))
    assert same(a.merge(b).merge(c), a.merge(b.merge(c)))
    assert same(a.merge(a), a)
    assert same(a.merge(b).merge(b), a.merge(b))
    assert same(merged(writes, writes), merged(writes))


def test_a_deletion_stays_deleted_against_a_later_offline_edit():
    a, b = Device("dev-a"), Device("dev-b")
    a.write(10, "rec:1", ALIVE, True)
    a.write(10, "rec:1", "title", "Robotics")
    b.receive(a, len(a.log))
    a.write(20, "rec:1", ALIVE, False)  # deleted on one computer
    b.write(30, "rec:1", "title", "Robotics club")  # edited later on the other, offline
    a.receive(b, len(b.log))
    b.receive(a, len(a.log))
    assert a.replica.content() == b.replica.content() == {}


def test_two_offline_edits_keep_the_later_and_the_other_in_history():
    a, b = Device("dev-a"), Device("dev-b")
    a.write(10, "rec:1", ALIVE, True)
    a.write(10, "rec:1", "title", "Robotics")
    b.receive(a, len(a.log))
    b.write(50, "rec:1", "title", "Robotics (B)")
    a.write(40, "rec:1", "title", "Robotics (A)")
    a.receive(b, len(b.log))
    b.receive(a, len(a.log))
    assert a.replica.content()["rec:1"]["title"] == "Robotics (B)"
    history = [w.value for w in a.replica.histories()["rec:1"]]
    assert history == ["Robotics", "Robotics (A)"]
    assert b.replica.histories() == a.replica.histories()


def test_same_stamp_different_values_resolve_the_same_everywhere():
    w1 = Write("k", "f", 5, 0, "dev-a", "one")
    w2 = Write("k", "f", 5, 0, "dev-a", "two")
    assert merged([w1, w2]).content() == merged([w2, w1]).content() == {}
    r1, r2 = merged([w1, w2]), merged([w2, w1])
    assert r1.winners == r2.winners


def test_hybrid_clock_moves_past_what_it_saw():
    clock = HybridClock()
    assert clock.tick(100) == (100, 0)
    assert clock.tick(100) == (100, 1)
    clock.observe(500, 3)  # another computer's clock runs ahead
    assert clock.tick(120) == (500, 4)
    assert clock.tick(600) == (600, 0)
