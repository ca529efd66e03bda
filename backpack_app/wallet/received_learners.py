"""The provider's Received across learners: a teacher with thirty families, or a program with
thirty children, reads one group a learner: the shares kept from that learner (what, until
when) and what the family still asks of this backpack (the requests not yet answered, with
their deadline).

A learner is their holder DID (the key that signed their shares); a request remembered from a
share that was answered but not kept names only the learner, so it joins the group of the one
kept learner of that name, else a group of its own by name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backpack_app.store.received import ReceivedRow


@dataclass
class LearnerShares:
    """One learner's kept shares and what their family asks of this backpack."""

    learner: str
    holder_did: str | None  # None: known only by name (a request answered, its share not kept)
    shares: list[ReceivedRow] = field(default_factory=list)
    # Every request remembered for this learner (share_id, ask, until, replies, status).
    asked: list[dict[str, Any]] = field(default_factory=list)

    @property
    def owed(self) -> list[dict[str, Any]]:
        """The requests not yet answered whose deadline has not passed, soonest first."""
        return sorted((a for a in self.asked if a["status"] == "owed"), key=lambda a: a["until"])

    @property
    def until(self) -> Any:
        """The latest expiry of the learner's kept shares (None without any)."""
        return max((r.expires for r in self.shares), default=None)

    def to_json(self) -> dict[str, Any]:
        asked = {a["share_id"]: a for a in self.asked}
        return {
            "learner": self.learner,
            "holder": self.holder_did,
            "shares": [{**r.to_json(), "asked": asked.get(r.id)} for r in self.shares],
            "asked": self.asked,
            "owed": [
                {"share_id": a["share_id"], "ask": a["ask"], "until": a["until"]} for a in self.owed
            ],
        }


def group_by_learner(rows: list[ReceivedRow], asked: list[dict[str, Any]]) -> list[LearnerShares]:
    """Kept shares and remembered requests, one group a learner, by name (then key)."""
    groups: dict[str, LearnerShares] = {}
    for row in rows:
        key = row.holder_did or f"name:{row.learner}"
        group = groups.setdefault(key, LearnerShares(row.learner, row.holder_did or None))
        group.shares.append(row)
    by_share = {r.id: r for r in rows}
    dids_of_name: dict[str, set[str]] = {}
    for row in rows:
        if row.holder_did:
            dids_of_name.setdefault(row.learner.casefold(), set()).add(row.holder_did)
    for item in asked:
        row = by_share.get(item["share_id"])
        if row is not None:
            key = row.holder_did or f"name:{row.learner}"
        else:
            dids = dids_of_name.get(item["learner"].casefold(), set())
            key = next(iter(dids)) if len(dids) == 1 else f"name:{item['learner']}"
        if key not in groups:
            groups[key] = LearnerShares(item["learner"], None)
        groups[key].asked.append(item)
    return sorted(
        groups.values(), key=lambda g: (g.learner.casefold(), g.learner, g.holder_did or "")
    )
