"""The façade's half that answers a verifier's request for records (a VC-API exchange with a
QueryByExample, or an OpenID4VP request with a DCQL query): what it asks for and which records fit, then, for the records the user chose,
a presentation signed by the learner's key for the verifier's challenge and domain, posted and
logged like any share (a mixin of `Backpack`, like receiving.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from backpack_app.domain.vocabulary import Sensitivity
from backpack_app.errors import UserError
from backpack_app.store import database, learners
from backpack_app.store import sharing as sharing_rows

# The share writer and the models load when a request is answered (every command that opens
# the backpack imports this mixin).
if TYPE_CHECKING:
    from backpack_app.domain.learners import Learner
    from backpack_app.domain.sharing import ShareLogEntry
    from backpack_app.online.vcapi import AskedFor, RecordsRequest
    from backpack_app.store.listing import ListedRecord

BASE_TYPES = {"VerifiableCredential"}
# What a credential of each OpenID4VP format must be stored as (None: VC-API, any).
STORED_AS = {"ldp_vc": "vc-json", "jwt_vc_json": "vc-jwt"}


def _fits(asked: AskedFor, stored_format: str, types: set[str]) -> bool:
    wanted = set(asked.types) - BASE_TYPES
    fitting_format = asked.format is None or STORED_AS.get(asked.format) == stored_format
    return bool(wanted) and wanted <= types and fitting_format


@dataclass
class RecordsAsked:
    """A request for records as the user is shown it: who, what, and the records that fit."""

    request: RecordsRequest
    learner: Learner
    matches: list[ListedRecord] = field(default_factory=list)
    restricted: set[str] = field(default_factory=set)  # ids of matches shared only if ticked
    answers: dict[str, int] = field(default_factory=dict)  # match id: the asked item it fits

    def to_json(self) -> dict[str, Any]:
        return {
            "verifier": self.request.domain,
            "asks_for": [
                {"types": list(a.types), "reason": a.reason, "format": a.format}
                for a in self.request.asked
            ],
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
            request = request_for_records(session, parsed, self._clock())
        asked = RecordsAsked(request, owner)
        sensitivity = {s.id: s.sensitivity for s in self.list_records(learner=owner.id)}  # type: ignore[attr-defined]
        for listed in self.listed_records(learner=owner.id):  # type: ignore[attr-defined]
            row = self.credential(listed.id) if listed.parent_record_id is None else None  # type: ignore[attr-defined]
            if row is None:
                continue
            types = set(row.report.get("type") or [])
            fits = [i for i, a in enumerate(request.asked) if _fits(a, row.format, types)]
            if fits:
                asked.matches.append(listed)
                asked.answers[listed.id] = fits[0]
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
        import uuid

        from backpack_app.domain.sharing import ShareLogEntry
        from backpack_app.online import Holder, Session, send_presentation
        from backpack_app.sharing.selection import choose

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
        holder = Holder(did=owner.did, private=private, name=owner.name)
        presentations = _presentations(asked, items, holder, now)
        with Session(tls=tls, **(limits or {})) as session:
            send_presentation(session, request, presentations)
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


def _presentations(
    asked: RecordsAsked, items: list[Any], holder: Any, now: dt.datetime
) -> dict[str, list[Any]]:
    """One presentation per asked item the chosen records fit (VC-API: one for all), signed by
    the learner's key for the verifier's challenge (nonce) and domain (client_id): a Data
    Integrity presentation, or a VP-JWT where an OpenID4VP query asks for `jwt_vc_json`."""
    from backpack_app.online.proof import did_authentication, vp_jwt
    from backpack_app.sharing.compose import Holder as ShareHolder
    from backpack_app.sharing.compose import presentation_credentials

    request = asked.request
    groups: dict[int, list[Any]] = {}
    for item in items:  # VC-API: one presentation of everything chosen
        index = asked.answers.get(item.record.id, 0) if request.protocol == "oid4vp" else 0
        groups.setdefault(index, []).append(item)
    presentations: dict[str, list[Any]] = {}
    for index, group in sorted(groups.items()):
        query = request.asked[index]
        if query.format == "jwt_vc_json":
            tokens = [i.credential.original.decode("ascii").strip() for i in group]
            audience = request.verifier_domain or ""
            vp: Any = vp_jwt(holder, tokens, audience=audience, nonce=request.challenge, now=now)
        else:
            credentials, _files = presentation_credentials(
                group,
                ShareHolder(did=holder.did, private=holder.private, name=holder.name),
                now=now,
            )
            vp = did_authentication(
                holder,
                challenge=request.challenge,
                domain=request.verifier_domain,
                now=now,
                credentials=credentials,
            )
        presentations.setdefault(query.query_id, []).append(vp)
    return presentations
