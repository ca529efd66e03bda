"""The merge of several computers' changes: a pure function over writes (docs/sync.md).

A backpack's content is a map of items (a learner, an entry, a signed credential, a contact,
the vault header...), each a map of fields. Every change is a `Write` of one field of one item,
stamped by a hybrid logical clock and the device that made it. The field's value is the write
with the greatest stamp (last writer wins, the device id breaking ties); every other write of
the field is kept as the item's history. The field `_alive` says whether the item exists: a
deletion writes `_alive = False`, and edits never touch it, so an edit made elsewhere at the
same time does not bring a deleted item back.

Merging is the union of the writes, so it is commutative, associative and idempotent; `Replica`
folds writes one at a time and ends in the same state whatever the order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ALIVE = "_alive"


def canonical(value: Any) -> str:
    """One text per JSON value (sorted keys, no spaces): what digests and ties compare."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Write:
    """One field of one item set to `value` at (wall, counter) by `device`."""

    key: str
    field: str
    wall: int
    counter: int
    device: str
    value: Any = field(compare=False, hash=False)
    text: str = field(default="", compare=True, hash=True, repr=False)

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", canonical(self.value))

    @property
    def order(self) -> tuple[int, int, str, str]:
        """Total order of writes to one field: the clock, then the device, then the value
        (two different values under one stamp can only come from a broken device, and still
        resolve the same way everywhere)."""
        return (self.wall, self.counter, self.device, self.text)

    @property
    def stamp(self) -> tuple[int, int, str]:
        return (self.wall, self.counter, self.device)


class HybridClock:
    """A hybrid logical clock (Kulkarni et al.): physical milliseconds, pushed forward by any
    later stamp seen, with a counter for events in the same millisecond. Each new stamp is
    greater than every stamp this device made or saw before it."""

    def __init__(self, wall: int = 0, counter: int = 0):
        self.wall, self.counter = wall, counter

    def tick(self, physical_ms: int) -> tuple[int, int]:
        if physical_ms > self.wall:
            self.wall, self.counter = physical_ms, 0
        else:
            self.counter += 1
        return self.wall, self.counter

    def observe(self, wall: int, counter: int) -> None:
        if (wall, counter) > (self.wall, self.counter):
            self.wall, self.counter = wall, counter


@dataclass
class Change:
    """What folding one write did: the new winner, and the write it displaced (or None)."""

    winner: Write
    displaced: Write | None


@dataclass
class Replica:
    """Writes folded into winners per (item, field) and the losing writes (the history)."""

    winners: dict[tuple[str, str], Write] = field(default_factory=dict)
    history: dict[tuple[str, str], set[Write]] = field(default_factory=dict)

    def add(self, write: Write) -> Change | None:
        """Fold one write; a Change when it became its field's value, else None."""
        slot = (write.key, write.field)
        current = self.winners.get(slot)
        if current == write:
            return None
        if current is None or write.order > current.order:
            self.winners[slot] = write
            if current is not None:
                self.history.setdefault(slot, set()).add(current)
            return Change(write, current)
        self.history.setdefault(slot, set()).add(write)
        return None

    def add_all(self, writes: Iterable[Write]) -> set[str]:
        """Fold many writes; the keys of the items whose content changed."""
        return {change.winner.key for w in writes if (change := self.add(w)) is not None}

    def merge(self, other: Replica) -> Replica:
        """A new replica holding both (neither is changed)."""
        out = Replica()
        for source in (self, other):
            out.add_all(source.all_writes())
        return out

    def all_writes(self) -> list[Write]:
        losers = [w for writes in self.history.values() for w in writes]
        return [*self.winners.values(), *losers]

    def alive(self, key: str) -> bool:
        winner = self.winners.get((key, ALIVE))
        return winner is not None and winner.value is True

    def content(self) -> dict[str, dict[str, Any]]:
        """Every living item's fields and values (what a vault holds)."""
        items: dict[str, dict[str, Any]] = {}
        for (key, name), write in self.winners.items():
            if name != ALIVE and self.alive(key):
                items.setdefault(key, {})[name] = write.value
        for (key, name), write in self.winners.items():
            if name == ALIVE and write.value is True:
                items.setdefault(key, {})
        return items

    def histories(self) -> dict[str, list[Write]]:
        """Each item's losing writes (not `_alive`), oldest first."""
        out: dict[str, list[Write]] = {}
        for (key, name), writes in self.history.items():
            if name != ALIVE:
                out.setdefault(key, []).extend(writes)
        return {k: sorted(v, key=lambda w: w.order) for k, v in out.items()}


def merged(*logs: Iterable[Write]) -> Replica:
    """The replica of all the writes of all the logs, in any order."""
    replica = Replica()
    for log in logs:
        replica.add_all(log)
    return replica
