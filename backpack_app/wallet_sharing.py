"""The façade's sharing half: cards, contacts, making shares, the share log, opening shares.

A mixin of `Backpack` (wallet.py), kept apart so each file stays about one concern; it uses the
façade's connection, clock, attachments and record lookups.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from backpack_app.credentials.verifier import VerifyContext
from backpack_app.crypto.kdf import DEFAULT_POLICY, KdfPolicy
from backpack_app.crypto.sealing import ReceivingKey, key_fingerprint, new_receiving_key
from backpack_app.domain.records import Category
from backpack_app.domain.sharing import DEFAULT_EXPIRY, MAX_EXPIRY, Contact, ShareLogEntry
from backpack_app.errors import NotFound, UserError
from backpack_app.sharing.cards import Card, card_bytes, parse_card
from backpack_app.sharing.compose import Holder, MadeShare, Recipient, ShareItem, make_bundle
from backpack_app.sharing.qr import (
    PNG_MAGIC,
    parse_payload,
    read_qr_bytes,
    share_payload,
    write_qr,
)
from backpack_app.sharing.receive import OpenedShare, open_share, share_source
from backpack_app.sharing.selection import choose
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, learners
from backpack_app.store import sharing as sharing_rows


class SharingActions:
    """Sharing methods of the façade (`self` is the unlocked Backpack)."""

    _conn: Any
    _clock: Callable[[], dt.datetime]

    # --- this backpack's receiving key and card --------------------------------------------
    def receiving_key(self) -> ReceivingKey:
        """This backpack's X25519 key for receiving shares (made on first use)."""
        row = sharing_rows.receiving_key(self._conn)
        if row is not None:
            return ReceivingKey(private=row[0], public=row[1])
        key = new_receiving_key()
        with database.transaction(self._conn):
            sharing_rows.set_receiving_key(
                self._conn, key.private, key.public, created=self._clock().isoformat()
            )
        return key

    def my_card(self, name: str | None = None) -> tuple[bytes, str]:
        """The public card others save to share with this backpack, and its fingerprint."""
        if not name:
            everyone = self.learners()
            if len(everyone) != 1:
                raise UserError("Say whose card this is with --name (a person or a program).")
            name = everyone[0].name
        public = self.receiving_key().public
        return card_bytes(Card(name=name.strip(), public=public)), key_fingerprint(public)

    # --- contacts --------------------------------------------------------------------------
    def add_contact(self, card_file: bytes, *, name: str | None = None) -> Contact:
        """Save a recipient's card (its file or its QR image); compare fingerprints in person."""
        if card_file.startswith(PNG_MAGIC):
            content = parse_payload(read_qr_bytes(card_file))
            if content.kind != "card":
                raise UserError("That QR code is a share, not a card; open it with 'open'.")
            card_file = content.data
        card = parse_card(card_file)
        contact = Contact(
            id=f"con-{secrets.token_hex(6)}",
            name=(name or card.name).strip(),
            public=card.public,
            fingerprint=key_fingerprint(card.public),
            added=self._clock(),
        )
        for known in self.contacts():
            if known.public == contact.public:
                raise UserError(f"That card is already saved as {known.name}.")
            if known.name.casefold() == contact.name.casefold():
                raise UserError(f"There is already a contact called {known.name}; use --name.")
        with database.transaction(self._conn):
            sharing_rows.insert_contact(self._conn, contact)
        return contact

    def contacts(self) -> list[Contact]:
        return sharing_rows.contacts(self._conn)

    def contact(self, name: str) -> Contact:
        wanted = name.strip().casefold()
        for known in self.contacts():
            if known.name.casefold() == wanted or known.id == name:
                return known
        raise NotFound(f"There is no contact called {name}; add their card with 'contact add'.")

    # --- making shares ---------------------------------------------------------------------
    def share(
        self,
        out: Path,
        *,
        to: str | None = None,
        code: bool = False,
        learner: str | None = None,
        record_ids: Sequence[str] = (),
        category: Category | None = None,
        preset: str | None = None,
        include_restricted: bool = False,
        expires: dt.datetime | None = None,
        purpose: str = "",
        code_kdf: KdfPolicy = DEFAULT_POLICY,
        qr: Path | None = None,
    ) -> tuple[MadeShare, ShareLogEntry]:
        """Sign, encrypt and write a share of the chosen records; log it."""
        if (to is None) == (not code):
            raise UserError("Share either --to a contact or with a --code.")
        owner = self.learner(learner)
        now = self._clock()
        until = expires or now + DEFAULT_EXPIRY
        if until <= now or until - now > MAX_EXPIRY:
            raise UserError("A share must expire in the future and within one year.")
        ids = [self._resolve_record_id(r) for r in record_ids]
        summaries = self.list_records(learner=owner.id)
        if any(i not in {s.id for s in summaries} for i in ids):
            raise UserError(f"Only {owner.name}'s records can go in {owner.name}'s share.")
        chosen = choose(
            summaries,
            ids=ids,
            category=category,
            preset=preset,
            include_restricted=include_restricted,
        )
        items = self._share_items([s.id for s in chosen])
        recipient = (
            Recipient(name=self.contact(to).name, public=self.contact(to).public)
            if to is not None
            else Recipient(name="Whoever has the code", public=None)
        )
        private = learners.holder_private_key(self._conn, owner.id)
        assert private is not None
        made = make_bundle(
            out,
            items,
            holder=Holder(did=owner.did, private=private, name=owner.name),
            recipient=recipient,
            share_id=str(uuid.uuid4()),
            purpose=purpose.strip()[:500],
            now=now,
            expires=until,
            code_params=code_kdf.params_for_new_key(),
            chunks_of=self.attachments.iter_plaintext,
        )
        outputs = [str(out)]
        if qr is not None:
            write_qr(share_payload(out.read_bytes(), share_id=made.share_id), qr)
            outputs.append(str(qr))
        entry = ShareLogEntry(
            id=made.share_id,
            learner_id=owner.id,
            learner=owner.name,
            recipient=recipient.name,
            mode="card" if to is not None else "code",
            records=[i.record.id for i in items],
            purpose=purpose.strip()[:500],
            created=now,
            expires=until,
            outputs=outputs,
        )
        with database.transaction(self._conn):
            sharing_rows.insert_share(self._conn, entry)
        return made, entry

    def _share_items(self, record_ids: Sequence[str]) -> list[ShareItem]:
        """Records with their credentials; a course is left out when its whole CLR goes too."""
        chosen = set(record_ids)
        items = []
        for rid in record_ids:
            parent = credential_rows.parent_of(self._conn, rid)
            if parent is not None and parent in chosen:
                continue
            items.append(ShareItem(record=self.get_record(rid), credential=self.credential(rid)))
        return items

    # --- the share log ---------------------------------------------------------------------
    def shares(self) -> list[ShareLogEntry]:
        return sharing_rows.shares(self._conn)

    def revoke_share(self, share_id: str) -> None:
        """Mark a share revoked here; the recipient's copy is not reached (see the threat model)."""
        with database.transaction(self._conn):
            if not sharing_rows.revoke_share(self._conn, share_id, when=self._clock().isoformat()):
                raise NotFound(f"There is no active share {share_id} in the log.")

    # --- receiving -------------------------------------------------------------------------
    def open_share(
        self, source: Path, *, code: str | None = None, now: dt.datetime | None = None
    ) -> OpenedShare:
        """Decrypt and check a share sent to this backpack (or to a code)."""
        ctx = VerifyContext(now=now or self._clock(), trust=self.trust_list())
        receiving = None if code is not None else self.receiving_key()
        return open_share(share_source(source), ctx=ctx, receiving=receiving, code=code)
