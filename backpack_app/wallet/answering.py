"""The façade's half that answers a verifier's request for records (a VC-API exchange with a
QueryByExample, or an OpenID4VP request with a DCQL query): what it asks for and which records fit, then, for the records the user chose,
a presentation signed by the learner's key for the verifier's challenge and domain, posted and
logged like any share (a mixin of `Backpack`, like receiving.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from backpack_app.domain.learners import Learner
from backpack_app.domain.records import Sensitivity
from backpack_app.domain.sharing import ShareLogEntry
from backpack_app.errors import UserError
from backpack_app.sharing.compose import Holder as ShareHolder
from backpack_app.sharing.compose import presentation_credentials
from backpack_app.sharing.selection import choose
from backpack_app.store import database, learners
from backpack_app.store import sharing as sharing_rows
from backpack_app.store.listing import ListedRecord

if TYPE_CHECKING:
    from backpack_app.online.vcapi import RecordsRequest

BASE_TYPES = {"VerifiableCredential"}


@dataclass
class RecordsAsked:
    """A request for records as the user is shown it: who, what, and the records that fit."""

    request: RecordsRequest
    learner: Learner
    matches: list[ListedRecord] = field(default_factory=list)
    restricted: set[str] = field(default_factory=set)  # ids of matches shared only if ticked

    def to_json(self) -> dict[str, Any]:
        return {
            "verifier": self.request.domain,
            "asks_for": [{"types": list(a.types), "reason": a.reason} for a in self.request.asked],
            "learner": self.learner.name,
            "matches": [
                {"record": m.id, "title": m.title, "restricted": m.id in self.restricted}
                for m in self.matches
            ],
        }


class AnswerActions:
    """Request methods of the façade (`self` is the unlocked Backpack)."""

    _conn: Any
    _clock: Callable[[], dt.datetime]

    def records_request(
        self, link: Any, *, learner: str | None = None, tls: Any = None, limits: Any = None
    ) -> RecordsAsked:
        """Online: what a verifier's link asks for; nothing of the learner's is sent."""
        from backpack_app.online import Session, read_link
        from backpack_app.online import records_request as request_for_records

        owner = self.learner(learner)  # type: ignore[attr-defined]
        parsed = read_link(link) if isinstance(link, str) else link
        with Session(tls=tls, **(limits or {})) as session:
            request = request_for_records(session, parsed)
        asked = RecordsAsked(request, owner)
        wanted = [set(a.types) - BASE_TYPES for a in request.asked]
        sensitivity = {s.id: s.sensitivity for s in self.list_records(learner=owner.id)}  # type: ignore[attr-defined]
        for listed in self.listed_records(learner=owner.id):  # type: ignore[attr-defined]
            row = self.credential(listed.id) if listed.parent_record_id is None else None  # type: ignore[attr-defined]
            types = set(row.report.get("type") or []) if row is not None else set()
            if row is not None and any(w and w <= types for w in wanted):
                asked.matches.append(listed)
                if sensitivity.get(listed.id) is Sensitivity.RESTRICTED:
                    asked.restricted.add(listed.id)
        return asked

    def answer_request(
        self,
        asked: RecordsAsked,
        record_ids: Sequence[str],
        *,
        include_restricted: bool = False,
        tls: Any = None,
        limits: Any = None,
    ) -> ShareLogEntry:
        """Online: sign the chosen records into a presentation for this request, post it, log it."""
        from backpack_app.online import Holder, Session, send_presentation
        from backpack_app.online.proof import did_authentication

        owner, request = asked.learner, asked.request
        ids = [self._resolve_record_id(r) for r in record_ids]  # type: ignore[attr-defined]
        fitting = {m.id for m in asked.matches}
        if not ids or any(i not in fitting for i in ids):
            raise UserError("Choose among the records that fit the request (see its list).")
        summaries = self.list_records(learner=owner.id)  # type: ignore[attr-defined]
        chosen = choose(summaries, ids=ids, include_restricted=include_restricted)
        items = self._share_items([s.id for s in chosen])  # type: ignore[attr-defined]
        private = learners.holder_private_key(self._conn, owner.id)
        assert private is not None
        now = self._clock()
        credentials, _files = presentation_credentials(
            items, ShareHolder(did=owner.did, private=private, name=owner.name), now=now
        )
        vp = did_authentication(
            Holder(did=owner.did, private=private, name=owner.name),
            challenge=request.challenge,
            domain=request.verifier_domain,
            now=now,
            credentials=credentials,
        )
        with Session(tls=tls, **(limits or {})) as session:
            send_presentation(session, request, vp)
        entry = ShareLogEntry(
            id=str(uuid.uuid4()),
            learner_id=owner.id,
            learner=owner.name,
            recipient=request.domain,
            mode="request",
            records=[i.record.id for i in items],
            purpose="; ".join(a.reason for a in request.asked if a.reason)[:500],
            created=now,
            expires=now,  # sent once, online: nothing stays to be opened later
            outputs=[request.reply_url],
        )
        with database.transaction(self._conn):
            sharing_rows.insert_share(self._conn, entry)
        return entry
