"""The pure merge (domain/sync_merge.py): random work on three devices, exchanged in random
orders and partial states, converges to one content, losing and duplicating nothing; with
compaction (snapshots, removed devices' logs deleted once merged) as well."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from backpack_app.domain.sync_merge import (
    ALIVE,
    HybridClock,
    Replica,
    Write,
    carried_devices,
    kept_history,
    merged,
)

DEVICES = ("dev-a", "dev-b", "dev-c")
CREDENTIALS = (b"course-1", b"course-2", b"badge-3")  # the same bytes imported anywhere
# History bounds small enough for random runs to reach them (milliseconds of the runs' clocks).
BOUND = {"keep": 3, "horizon": 40}


class Device:
    def __init__(self, name: str):
        self.name, self.clock, self.replica, self.log = name, HybridClock(), Replica(**BOUND), []
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


def history_oracle(writes: list[Write]) -> dict:
    """The history every device must end with: per field, the bounded rule applied once to
    every write ever made (whatever each device dropped on the way)."""
    slots: dict = {}
    for w in writes:
        slots.setdefault((w.key, w.field), set()).add(w)
    out = {}
    for slot, ws in slots.items():
        winner = max(ws, key=lambda w: w.order)
        kept = set(kept_history(winner, ws - {winner}, **BOUND))
        if kept:
            out[slot] = kept
    return out


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
    # Nothing lost: every write is a field's value or in its history, but for those the bound
    # drops (the same ones everywhere).
    replica = devices[0].replica
    assert replica.history == history_oracle(writes)
    assert set(replica.winners.values()) == {
        max(ws, key=lambda w: w.order) for ws in _slots(writes)
    }
    # Nothing duplicated: the same credential imported on several devices is one item.
    assert len([k for k in expected if k.startswith("cred:")]) <= len(CREDENTIALS)


@settings(max_examples=100, deadline=None)
@given(st.lists(op, max_size=40), st.randoms(use_true_random=False))
def test_merge_is_commutative_associative_idempotent(ops, rnd):
    _, writes = play(ops)
    rnd.shuffle(writes)
    cut1, cut2 = sorted(rnd.randint(0, len(writes)) for _ in range(2))
    a, b, c = (merged(part, **BOUND) for part in (writes[:cut1], writes[cut1:cut2], writes[cut2:]))

    def same(x: Replica, y: Replica) -> bool:
        return x.content() == y.content() and x.histories() == y.histories()

    assert same(a.merge(b), b.merge(a))
    assert same(a.merge(b).merge(c), a.merge(b.merge(c)))
    assert same(a.merge(a), a)
    assert same(a.merge(b).merge(b), a.merge(b))
    assert same(merged(writes, writes, **BOUND), merged(writes, **BOUND))
    assert a.merge(b).history == history_oracle(writes[:cut2])


def _slots(writes: list[Write]) -> list[set[Write]]:
    slots: dict = {}
    for w in writes:
        slots.setdefault((w.key, w.field), set()).add(w)
    return list(slots.values())


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


# --- compaction: snapshots, and removed devices' logs deleted once merged ------------------
class Folder:
    """The shared folder: log files by id, each (its writer, its writes)."""

    def __init__(self) -> None:
        self.files: dict[int, tuple[str, list[Write]]] = {}
        self.made = 0

    def new(self, author: str, writes: list[Write]) -> int:
        self.made += 1
        self.files[self.made] = (author, writes)
        return self.made


class Computer:
    """A device writing straight to its own log in the folder, reading the others' logs in
    part, compacting (a snapshot log replacing its own, removed devices' logs deleted once it
    has read them whole), and stopping once it learns it was removed."""

    def __init__(self, name: str, folder: Folder, now: int):
        self.name, self.folder, self.clock = name, folder, HybridClock()
        self.replica, self.read = Replica(**BOUND), {}
        self.made: list[Write] = []
        self.log = folder.new(name, [])
        self.read[self.log] = 0
        self.write(now, "device:" + name, ALIVE, True)

    def gone(self, device: str) -> bool:
        w = self.replica.winners.get(("device:" + device, ALIVE))
        return w is not None and w.value is False

    def write(self, now: int, key: str, name: str, value) -> None:
        wall, counter = self.clock.tick(now)
        w = Write(key, name, wall, counter, self.name, value)
        self.made.append(w)
        self.replica.add(w)
        if self.log not in self.folder.files:  # deleted by another computer: start again
            self.compact()
        else:
            self.folder.files[self.log][1].append(w)
            self.read[self.log] += 1

    def receive(self, file: int, upto: int) -> None:
        if file not in self.folder.files:
            return
        writes = self.folder.files[file][1]
        for w in writes[self.read.get(file, 0) : upto]:
            self.clock.observe(w.wall, w.counter)
            self.replica.add(w)
        self.read[file] = max(self.read.get(file, 0), min(upto, len(writes)))

    def compact(self) -> None:
        files = self.folder.files
        doomed = [
            f
            for f, (author, writes) in files.items()
            if author != self.name and self.gone(author) and self.read.get(f, 0) == len(writes)
        ]
        logged = {author for f, (author, _) in files.items() if f not in doomed and f != self.log}
        every = self.replica.all_writes()
        carry = carried_devices(self.name, {w.device for w in every}, logged)
        snapshot = sorted((w for w in every if w.device in carry), key=lambda w: w.order)
        old, self.log = self.log, self.folder.new(self.name, snapshot)
        self.read[self.log] = len(snapshot)
        for f in (old, *doomed):
            files.pop(f, None)


step = st.tuples(
    st.sampled_from(["add", "edit", "edit", "delete", "read", "read", "compact", "remove"]),
    st.integers(0, 2),  # computer
    st.integers(0, 9),  # file / other computer / field
    st.integers(0, 50),  # which item, how much of a log
    st.integers(0, 9),  # clock step (up to months between steps, in the test's scale)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(step, max_size=80), st.randoms(use_true_random=False))
def test_compaction_and_removed_devices_converge(steps, rnd):
    folder, now = Folder(), 1_000
    computers = [Computer(d, folder, now) for d in DEVICES]
    for kind, ci, x, n, skew in steps:
        now += skew
        me = computers[ci]
        if me.gone(me.name):
            continue  # told it was removed: it stops
        items = sorted(k for k in me.replica.content() if not k.startswith("device:"))
        if kind == "add":
            key = f"rec:{me.name}:{len(me.made)}"
            me.write(now, key, ALIVE, True)
            me.write(now, key, "title", f"title {n}")
        elif kind == "edit" and items:
            me.write(now, items[n % len(items)], ("title", "hours", "status")[x % 3], f"v{n}")
        elif kind == "delete" and items:
            me.write(now, items[n % len(items)], ALIVE, False)
        elif kind == "read" and folder.files:
            files = sorted(folder.files)
            me.receive(files[x % len(files)], n)
        elif kind == "compact":
            me.compact()
        elif kind == "remove" and x % 3 and computers[x % 3] is not me:
            me.write(now, f"device:{DEVICES[x % 3]}", ALIVE, False)  # dev-a is never removed
    writes = [w for c in computers for w in c.made]
    staying = [c for c in computers if not c.gone(c.name)]
    for c in staying:  # finally everyone left reads every log there is, in a random order
        files = sorted(folder.files)
        rnd.shuffle(files)
        for f in files:
            c.receive(f, len(folder.files[f][1]))
    for c in staying:
        assert c.replica.content() == oracle(writes), "converged, nothing lost"
        assert c.replica.history == history_oracle(writes)
    # A removed computer's logs are gone once a compacting computer had read them whole.
    authors = {author for author, _ in folder.files.values()}
    assert authors <= set(DEVICES)


def test_a_removed_devices_log_is_carried_by_the_compacting_one_then_deleted():
    folder = Folder()
    a, b, c = (Computer(d, folder, 10) for d in DEVICES)
    b.write(20, "rec:1", ALIVE, True)
    b.write(21, "rec:1", "title", "Written on b")
    b_log = b.log
    a.receive(b_log, 99)
    a.write(30, "device:dev-b", ALIVE, False)
    a.compact()
    assert b_log not in folder.files  # read whole by a, removed: deleted
    assert {w.device for w in folder.files[a.log][1]} == {"dev-a", "dev-b"}  # original stamps
    for f in list(folder.files):
        c.receive(f, 99)  # c was away: it never read b's log, and still has b's entry
    assert c.replica.content()["rec:1"] == {"title": "Written on b"}
    c.compact()  # and c's own snapshot carries b's writes as well, as b has no log left
    a.compact()
    assert {w.device for w in folder.files[a.log][1]} == {"dev-a", "dev-b"}


def test_bounded_history_keeps_the_latest_and_drops_the_old():
    writes = [Write("k", "f", 100 * n, 0, "dev-a", n) for n in range(10)]
    r = merged(writes, keep=3, horizon=10_000)
    assert sorted(w.value for w in r.history[("k", "f")]) == [6, 7, 8]
    r = merged(
        writes, keep=20, horizon=250
    )  # the value is at 900: 700 and 800 are within 250 of it
    assert sorted(w.value for w in r.history[("k", "f")]) == [7, 8]
    assert merged(reversed(writes), keep=20, horizon=250).history == r.history
