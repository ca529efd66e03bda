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

History is bounded (`kept_history`): a field keeps its latest `HISTORY_KEEP` losing writes, and
none older than `HISTORY_HORIZON_MS` before its value. Whether a write is kept depends only on
the writes of its field, and a write dropped from a set of writes is dropped from every larger
set (more writes only push it further down or the value further ahead), so computers that have
seen the same writes keep the same history, whatever they dropped on the way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ALIVE = "_alive"
HISTORY_KEEP = 20  # losing writes kept per field
HISTORY_HORIZON_MS = 400 * 24 * 3600 * 1000  # and none older than this before the value


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


def kept_history(
    winner: Write,
    losers: Iterable[Write],
    keep: int = HISTORY_KEEP,
    horizon: int = HISTORY_HORIZON_MS,
) -> list[Write]:
    """The losing writes of a field that stay in its history, latest first: the `keep` latest,
    none older than `horizon` milliseconds before the winner's stamp."""
    ranked = sorted(set(losers), key=lambda w: w.order, reverse=True)[:keep]
    return [w for w in ranked if winner.wall - w.wall <= horizon and w != winner]


@dataclass
class Change:
    """What folding one write did: the new winner, and the write it displaced (or None)."""

    winner: Write
    displaced: Write | None


@dataclass
class Replica:
    """Writes folded into winners per (item, field) and the losing writes (the history, bounded
    by `keep` and `horizon` as in `kept_history`)."""

    winners: dict[tuple[str, str], Write] = field(default_factory=dict)
    history: dict[tuple[str, str], set[Write]] = field(default_factory=dict)
    keep: int = HISTORY_KEEP
    horizon: int = HISTORY_HORIZON_MS

    def add(self, write: Write) -> Change | None:
        """Fold one write; a Change when it became its field's value, else None."""
        slot = (write.key, write.field)
        current = self.winners.get(slot)
        if current == write:
            return None
        if current is None or write.order > current.order:
            self.winners[slot] = write
            if current is not None:
                self._lose(slot, current)
            return Change(write, current)
        self._lose(slot, write)
        return None

    def _lose(self, slot: tuple[str, str], write: Write) -> None:
        losers = self.history.setdefault(slot, set())
        losers.add(write)
        winner = self.winners[slot]
        if len(losers) > self.keep or winner.wall - min(w.wall for w in losers) > self.horizon:
            kept = kept_history(winner, losers, self.keep, self.horizon)
            losers.intersection_update(kept)
        if not losers:
            del self.history[slot]

    def add_all(self, writes: Iterable[Write]) -> set[str]:
        """Fold many writes; the keys of the items whose content changed."""
        return {change.winner.key for w in writes if (change := self.add(w)) is not None}

    def merge(self, other: Replica) -> Replica:
        """A new replica holding both (neither is changed)."""
        out = Replica(keep=self.keep, horizon=self.horizon)
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


def carried_devices(me: str, authors: Iterable[str], logged: Iterable[str]) -> set[str]:
    """Whose writes a computer's new log holds when it compacts: its own, and those of every
    device whose writes it has but whose log is no longer in the folder (a removed computer's
    log, deleted once merged: its writes must live on somewhere). `authors`: the devices of
    the writes it holds; `logged`: the devices whose logs stay in the folder."""
    return {me} | (set(authors) - set(logged))


def merged(
    *logs: Iterable[Write], keep: int = HISTORY_KEEP, horizon: int = HISTORY_HORIZON_MS
) -> Replica:
    """The replica of all the writes of all the logs, in any order."""
    replica = Replica(keep=keep, horizon=horizon)
    for log in logs:
        replica.add_all(log)
    return replica
