"""The façade's sharing half: cards, contacts, making shares, the share log, opening shares.

A mixin of `Backpack` (backpack.py), kept apart so each file stays about one concern; it uses the
façade's connection, clock, attachments and record lookups.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from backpack_app.crypto.keys import derive_subkey, random_bytes
from backpack_app.crypto.sealing import ReceivingKey, key_fingerprint, new_receiving_key
from backpack_app.domain.vocabulary import Provenance
from backpack_app.errors import (
    ContactNameTaken,
    HolderKeyChanged,
    NotFound,
    ShareExpired,
    UserError,
)
from backpack_app.files import atomic_write_bytes
from backpack_app.ids import new_id
from backpack_app.sharing.page import MAX_PAGE_SHARE_BYTES  # (a light module; tests lower it)
from backpack_app.store import contributions as contribution_rows
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, learners, published
from backpack_app.store import received as received_rows
from backpack_app.store import sharing as sharing_rows
from backpack_app.store.received import ReceivedRow
from backpack_app.wallet.received_learners import LearnerShares, group_by_learner

# The share writer and reader, the verifier and the models load in the methods that use them
# (every command that opens the backpack imports this mixin); the PDF renderer (reportlab)
# when a printout is made.
if TYPE_CHECKING:
    from backpack_app.crypto.holder import HolderKey
    from backpack_app.domain.learners import Learner
    from backpack_app.domain.records import AttachmentRef, Category
    from backpack_app.domain.sharing import Contact, ShareLogEntry
    from backpack_app.sharing.cards import Card
    from backpack_app.sharing.compose import MadeShare, ShareItem
    from backpack_app.sharing.pdf import PdfShare
    from backpack_app.sharing.receive import KeepFile, OpenedShare


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

    def signing_key(self) -> HolderKey:
        """This backpack's own Ed25519 key, for what it signs as a provider (a tutor's note).

        Derived (HKDF, its own label) from the receiving key's private half, which the vault
        keeps: nothing new to store, and the card's two keys always belong together. Not a
        learner's holder key: a provider writes as themselves, not as one of their children."""
        from backpack_app.crypto.holder import holder_key_from_seed

        private = self.receiving_key().private
        return holder_key_from_seed(derive_subkey(private, "provider-signing-key"))

    def my_card(self, name: str | None = None) -> tuple[bytes, str]:
        """The public card others save to share with this backpack, and its fingerprint."""
        from backpack_app.sharing.cards import Card, card_bytes

        if not name:
            everyone = self.learners()
            if len(everyone) != 1:
                raise UserError("Say whose card this is with --name (a person or a program).")
            name = everyone[0].name
        public = self.receiving_key().public
        card = Card(name=name.strip(), public=public, signing_did=self.signing_key().did)
        return card_bytes(card), key_fingerprint(public)

    # --- contacts --------------------------------------------------------------------------
    def read_card(self, card_file: bytes) -> tuple[Card, str]:
        """A card from its file or its QR image, and its fingerprint; nothing is saved."""
        from backpack_app.credentials.qr_codes import read_qr_text
        from backpack_app.sharing.cards import parse_card
        from backpack_app.sharing.qr import PNG_MAGIC, parse_payload

        if card_file.startswith(PNG_MAGIC):
            content = parse_payload(read_qr_text(card_file))
            if content.kind != "card":
                raise UserError("That QR code is a share, not a card; open it with 'open'.")
            card_file = content.data
        card = parse_card(card_file)
        return card, key_fingerprint(card.public)

    def add_contact(self, card_file: bytes, *, name: str | None = None) -> Contact:
        """Save a recipient's card (its file or its QR image); compare fingerprints in person."""
        from backpack_app.domain.sharing import Contact

        card, fingerprint = self.read_card(card_file)
        contact = Contact(
            id=new_id("con"),
            name=(name or card.name).strip(),
            public=card.public,
            fingerprint=fingerprint,
            added=self._clock(),
            signing_did=card.signing_did,
        )
        for known in self.contacts():
            if known.public == contact.public:
                raise UserError(f"That card is already saved as {known.name}.")
            if known.name.casefold() == contact.name.casefold():
                raise ContactNameTaken(
                    f"There is already a contact called {known.name}; "
                    "save this card under another name."
                )
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
        self, out: Path | None, *, html: Path | None = None, **options: Any
    ) -> tuple[MadeShare, ShareLogEntry]:
        """Sign, encrypt and write a share (see `_share`). Without `out`, only the page any
        browser can open (`html`) holds it: the `.backpack` file is made in a folder of its own
        and removed."""
        if out is None and html is None:
            raise UserError("Say where to write the share: --out FILE, or --html PAGE.html.")
        if out is not None:
            return self._share(out, html=html, **options)
        with tempfile.TemporaryDirectory(prefix="backpack-share-") as folder:
            return self._share(
                Path(folder) / "share.backpack", html=html, keep_out=False, **options
            )

    def _share(
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
        qr: Path | None = None,
        pdf: Path | None = None,
        pdf_password: str | None = None,
        generate_pdf_password: bool = False,
        html: Path | None = None,
        keep_out: bool = True,
        ask_for_contribution: str | None = None,
        request_only: bool = False,
    ) -> tuple[MadeShare, ShareLogEntry]:
        """Sign, encrypt and write a share of the chosen records (and a QR code, a printable
        PDF and a page any browser can open when asked); log it. A printout's password is
        generated (`generate_pdf_password`, returned in `MadeShare.pdf_password`) or must pass
        `check_pdf_password`. `ask_for_contribution` asks the recipient to write back (a note,
        a badge, an endorsement of a shared record), until the share expires; with
        `request_only` the share holds no record, only that request (`request_contribution`)."""
        import uuid

        from backpack_app.domain.records import Sensitivity
        from backpack_app.domain.sharing import DEFAULT_EXPIRY, MAX_EXPIRY, ShareLogEntry
        from backpack_app.sharing.compose import Holder, Recipient, make_bundle
        from backpack_app.sharing.included_status import lists_named
        from backpack_app.sharing.page import build_page, too_large_sentence
        from backpack_app.sharing.pdf_password import check_pdf_password, new_pdf_password
        from backpack_app.sharing.qr import SHARE_PREFIX, share_payload, write_qr
        from backpack_app.sharing.selection import choose

        if (to is None) == (not code):
            raise UserError("Share either --to a contact or with a --code.")
        if html is not None and to is not None:
            raise UserError(
                "A page any browser can open needs a code share: a share for a contact's card "
                "opens only in their Backpack. Share with --code instead of --to."
            )
        owner = self.learner(learner)
        now = self._clock()
        until = expires or now + DEFAULT_EXPIRY
        if until <= now or until - now > MAX_EXPIRY:
            raise UserError("A share must expire in the future and within one year.")
        ids = [self._resolve_record_id(r) for r in record_ids]
        summaries = self.list_records(learner=owner.id)
        if any(i not in {s.id for s in summaries} for i in ids):
            raise UserError(f"Only {owner.name}'s records can go in {owner.name}'s share.")
        if request_only and not (ask_for_contribution or "").strip():
            raise UserError("Say what you ask the recipient to write back.")
        chosen = (
            []
            if request_only
            else choose(
                summaries,
                ids=ids,
                category=category,
                preset=preset,
                include_restricted=include_restricted,
            )
        )
        items = self._share_items([s.id for s in chosen])
        files_size = sum(a.size for i in items for a in i.record.attachments)
        if html is not None and files_size > MAX_PAGE_SHARE_BYTES:  # before writing anything
            raise UserError(too_large_sentence(files_size))
        restricted = any(s.sensitivity is Sensitivity.RESTRICTED for s in chosen)
        recipient = (
            Recipient(name=self.contact(to).name, public=self.contact(to).public)
            if to is not None
            else Recipient(name="Whoever has the code", public=None)
        )
        if pdf is not None and generate_pdf_password and pdf_password is None:
            pdf_password = new_pdf_password()
        elif pdf is not None and pdf_password is not None:  # checked before anything is written
            check_pdf_password(pdf_password, context=[owner.name, recipient.name, purpose])
        if pdf is not None and restricted and not (pdf_password or code):
            raise UserError(
                "A printout of restricted records must be password-protected: give a password "
                "with --pdf-password-file, have one made with --pdf-protect, or share with a code."
            )
        private = learners.holder_private_key(self._conn, owner.id)
        assert private is not None
        share_id = str(uuid.uuid4())
        request, request_row = None, None
        if ask_for_contribution is not None:
            signer = self.contact(to).signing_did if to is not None else None
            request, request_row = self._contribution_request(
                owner, items, ask_for_contribution, share_id, signer, now, until
            )
        made = make_bundle(
            out,
            items,
            holder=Holder(did=owner.did, private=private, name=owner.name),
            recipient=recipient,
            share_id=share_id,
            purpose=purpose.strip()[:500],
            now=now,
            expires=until,
            chunks_of=self.attachments.iter_plaintext,
            status_lists=lists_named(
                published.status_lists(self._conn),
                [i.credential.original for i in items if i.credential is not None],
            ),
            contribution_request=request,
        )
        outputs = [str(out)] if keep_out else []
        bundle = out.read_bytes() if qr is not None or pdf is not None or html else b""
        if html is not None:
            if len(bundle) > MAX_PAGE_SHARE_BYTES:
                out.unlink(missing_ok=True)  # nothing is written, nothing logged
                raise UserError(too_large_sentence(len(bundle)))
            # Its title says nothing of whose records: the page is readable before the code.
            atomic_write_bytes(html, build_page(bundle))
            outputs.append(str(html))
        qr_text = share_payload(bundle, share_id=made.share_id)
        # A QR is written only when it carries the whole share: one naming a file to open
        # (`BP1R:`) opens nothing on its own. (The printout's QR names the file it holds.)
        if qr is not None and qr_text.startswith(SHARE_PREFIX):
            write_qr(qr_text, qr)
            outputs.append(str(qr))
        if pdf is not None:
            password = pdf_password or (made.code if restricted else None)
            printable = self._printable(items, owner, made, recipient.name, purpose, now, until)
            from backpack_app.sharing.pdf import write_share_pdf

            write_share_pdf(pdf, printable, bundle=bundle, qr_text=qr_text, password=password)
            outputs.append(str(pdf))
            made = dataclasses.replace(
                made, pdf_protected=bool(password), pdf_password=pdf_password
            )
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
            if request_row is not None:
                contribution_rows.insert_request(self._conn, request_row)
        return made, entry

    def request_contribution(
        self,
        out: Path,
        *,
        ask: str,
        to: str | None = None,
        code: bool = False,
        learner: str | None = None,
        expires: dt.datetime | None = None,
    ) -> tuple[MadeShare, ShareLogEntry]:
        """A request for a contribution on its own: a share of no record, asking the recipient
        to write back about the learner until it expires."""
        return self.share(
            out,
            to=to,
            code=code,
            learner=learner,
            expires=expires,
            purpose=ask,
            ask_for_contribution=ask,
            request_only=True,
        )

    def _contribution_request(
        self,
        owner: Learner,
        items: Sequence[ShareItem],
        ask: str,
        share_id: str,
        signer: str | None,
        now: dt.datetime,
        until: dt.datetime,
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """What the share asks (carried in it) and the family's own copy (kept here): the
        reply must carry the nonce, be signed by `signer` (a version 2 contact's key; anyone
        with the share when None) and endorse only what was shared."""
        import uuid

        from backpack_app.sharing.presentation import iso, self_issued_id

        ask = " ".join(ask.split())[:1_000]
        if not ask:
            raise UserError("Say what you ask the recipient to write back.")
        shared: dict[str, str] = {}
        for item in items:
            ids = [item.record.id, *self.records_inside(item.record.id)]
            for rid in ids if item.credential is not None else [item.record.id]:
                row = self.credential(rid) if item.credential is not None else None
                shared[row.credential_id if row and row.credential_id else self_issued_id(rid)] = (
                    rid
                )
        receiving = self.receiving_key()
        request_id = str(uuid.uuid4())
        nonce = base64.urlsafe_b64encode(random_bytes(16)).rstrip(b"=").decode("ascii")
        card = {
            "version": 2,
            "name": owner.name,
            "x25519": base64.urlsafe_b64encode(receiving.public).rstrip(b"=").decode("ascii"),
            "did": self.signing_key().did,
        }
        request = {
            "id": request_id,
            "ask": ask,
            "until": iso(until),
            "learner_did": owner.did,
            "learner_name": owner.name,
            "card": card,
            "nonce": nonce,
        }
        row = {
            "id": request_id,
            "share_id": share_id,
            "learner_id": owner.id,
            "ask": ask,
            "nonce": nonce,
            "signer": signer,
            "shared": shared,
            "created": now.isoformat(),
            "expires": until.isoformat(),
        }
        return request, row

    def _printable(
        self,
        items: Sequence[ShareItem],
        owner: Learner,
        made: MadeShare,
        recipient: str,
        purpose: str,
        now: dt.datetime,
        until: dt.datetime,
    ) -> PdfShare:
        """What the printed copy lists, checked now with this backpack's trust list."""
        from backpack_app.credentials.verifier import verify_bytes
        from backpack_app.sharing.pdf import PdfShare, record_line
        from backpack_app.sharing.receive import holder_fingerprint

        ctx = self.verify_context(now)
        school, profile, written = [], [], []
        for item in items:
            if item.credential is None:
                profile.append(record_line(item.record, None))
                continue
            line = record_line(item.record, verify_bytes(item.credential.original, ctx))
            third_party = item.record.provenance is Provenance.THIRD_PARTY_ATTESTED
            (written if third_party else school).append(line)
            for child_id in self.records_inside(item.record.id):
                child = self.credential(child_id)
                report = verify_bytes(child.original, ctx) if child else None
                school.append(record_line(self.get_record(child_id), report, prefix="- "))
        return PdfShare(
            share_id=made.share_id,
            learner=owner.name,
            recipient=recipient,
            purpose=purpose,
            created=now,
            expires=until,
            holder_fingerprint=holder_fingerprint(owner.did),
            school_records=school,
            profile_records=profile,
            third_party_records=written,
        )

    def _share_items(self, record_ids: Sequence[str]) -> list[ShareItem]:
        """Records with their credentials; a course is left out when its whole CLR goes too."""
        from backpack_app.sharing.compose import ShareItem

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
        self,
        source: Path,
        *,
        code: str | None = None,
        now: dt.datetime | None = None,
        pdf_password: str | None = None,
        save: bool = False,
        accept_new_key: bool = False,
        keep_file: KeepFile | None = None,
    ) -> OpenedShare:
        """Decrypt and check a share sent to this backpack (or to a code): a `.backpack` file,
        a printout carrying one, or a QR image. `save` keeps it in Received, read-only; a share
        signed by another key than the one remembered for its learner is kept only when
        `accept_new_key` (which then remembers the new key)."""
        from backpack_app.sharing.receive import open_share, share_source

        ctx = self.verify_context(now)
        # A card share made for this backpack opens with its card even when a code was given
        # too (one left in BACKPACK_SHARE_CODE from another share, say).
        src = share_source(source, pdf_password=pdf_password or code)
        opened = open_share(
            src, ctx=ctx, receiving=self.receiving_key(), code=code, keep_file=keep_file
        )
        if self.holder_key_status(opened) == "different":
            if accept_new_key:
                self.pin_holder(opened)
            elif save:
                name = opened.learner_name or "this learner"
                raise HolderKeyChanged(
                    f"This share says it is from {name}, but another key than the one you "
                    f"remembered for {name} signed it; anyone can make such a share. Ask the "
                    "family before trusting it. It was not kept.",
                    learner=name,
                    fingerprint=opened.holder_fingerprint,
                )
        if save:
            self._keep_received(src, opened, code if opened.mode == "code" else None)
            if opened.request is not None:
                with database.transaction(self._conn):
                    self._note_asked(opened)  # type: ignore[attr-defined]
        return opened

    def _keep_received(self, src: Path | BinaryIO, opened: OpenedShare, code: str | None) -> None:
        """Keep the checked file (streamed into the attachment store, never whole in memory)."""
        if received_rows.get(self._conn, opened.share_id) is not None:
            return
        ref = self._stash(src, f"{opened.share_id}.backpack")
        row = ReceivedRow(
            id=opened.share_id,
            attachment_id=ref.id,
            sha256=ref.sha256,
            size=ref.size,
            learner=opened.learner_name,
            holder_did=opened.holder_did,
            recipient=opened.recipient_name,
            purpose=opened.purpose,
            created=opened.created,
            expires=opened.expires,
            mode=opened.mode,
            code=code,
            saved=self._clock(),
        )
        try:
            with database.transaction(self._conn):
                received_rows.insert(self._conn, row)
        except BaseException:
            self.attachments.remove([ref.id])
            raise

    def _stash(self, src: Path | BinaryIO, name: str) -> AttachmentRef:
        """A checked file, streamed into the attachment store (never whole in memory)."""
        if isinstance(src, Path):
            with open(src, "rb") as fh:
                return self.attachments.put_stream(fh, name=name)
        src.seek(0)
        return self.attachments.put_stream(src, name=name)

    def received(self) -> list[ReceivedRow]:
        """Shares kept in Received, oldest first."""
        return received_rows.all_received(self._conn)

    def received_by_learner(self) -> list[LearnerShares]:
        """Received across learners: one group a learner, with their kept shares and what
        their family still asks of this backpack (`received_learners.py`)."""
        return group_by_learner(self.received(), self.asked_of_me())  # type: ignore[attr-defined]

    def open_received(
        self, share_id: str, *, now: dt.datetime | None = None, keep_file: KeepFile | None = None
    ) -> OpenedShare:
        """Check a kept share again; the first time it is opened after expiry, it is deleted."""
        from backpack_app.credentials.verifier import friendly_date
        from backpack_app.sharing.receive import open_share

        row = received_rows.get(self._conn, share_id)
        if row is None:
            raise NotFound(f"There is no share {share_id} in Received.")
        moment = now or self._clock()
        if moment >= row.expires:
            self.delete_received(share_id)
            raise ShareExpired(
                f"This share expired on {friendly_date(row.expires)} and was removed from "
                "Received. Ask the family for a new one."
            )
        ctx = self.verify_context(moment)
        receiving = None if row.code is not None else self.receiving_key()
        stream = self.attachments.reader(self._received_ref(row))
        return open_share(stream, ctx=ctx, receiving=receiving, code=row.code, keep_file=keep_file)

    def delete_received(self, share_id: str) -> None:
        row = received_rows.get(self._conn, share_id)
        if row is None:
            raise NotFound(f"There is no share {share_id} in Received.")
        with database.transaction(self._conn):
            received_rows.delete(self._conn, share_id)
        self.attachments.remove([row.attachment_id])

    @staticmethod
    def _received_ref(row: ReceivedRow) -> AttachmentRef:
        from backpack_app.domain.records import AttachmentRef

        return AttachmentRef(
            id=row.attachment_id,
            name=f"{row.id}.backpack",
            media_type="application/octet-stream",
            size=row.size,
            sha256=row.sha256,
        )

    # --- remembered holder keys ------------------------------------------------------------
    def holder_key_status(self, opened: OpenedShare) -> str:
        """ "remembered", "new" (none remembered for this learner) or "different"."""
        pinned = received_rows.pinned_holder(self._conn, opened.learner_name)
        if pinned is None:
            return "new"
        return "remembered" if pinned == opened.holder_did else "different"

    def pin_holder(self, opened: OpenedShare) -> None:
        """Remember this share's holder key for its learner's name."""
        with database.transaction(self._conn):
            received_rows.pin_holder(
                self._conn,
                opened.learner_name,
                opened.holder_did,
                when=self._clock().isoformat(),
            )
