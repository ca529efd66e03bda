"""School terms in date order: a term comes where its earliest dated record puts it (a course's
date is when it was awarded, the term's end), so "Fall 2024" precedes "Spring 2025" whatever
order the files came in. Terms with no dated record keep the order they came in, after."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def terms_in_date_order(
    items: Iterable[T], term: Callable[[T], str], day: Callable[[T], str]
) -> list[tuple[str, list[T]]]:
    """Items grouped by their term (those with a term only), the terms in date order; `day`
    gives an item's ISO date, or "" when it has none."""
    groups: dict[str, list[T]] = {}
    earliest: dict[str, str] = {}
    for item in items:
        name = term(item)
        if not name:
            continue
        groups.setdefault(name, []).append(item)
        when = day(item)
        if when and (name not in earliest or when < earliest[name]):
            earliest[name] = when
    arrival = {name: n for n, name in enumerate(groups)}
    order = sorted(
        groups, key=lambda name: (name not in earliest, earliest.get(name, ""), arrival[name])
    )
    return [(name, groups[name]) for name in order]
