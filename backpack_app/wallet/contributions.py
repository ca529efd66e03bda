"""The façade's contributions half: a provider writes back to a family (`reply`), and the
family files what comes back (`open_reply`) as third-party attested.

A mixin of `Backpack` (backpack.py), like sharing.py; it uses the façade's connection, clock,
attachments, keys and learners.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import mimetypes
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from backpack_app.credentials.dates import friendly_date
from backpack_app.domain.vocabulary import Category
from backpack_app.errors import BackpackError, NotFound, ShareUnreadable, UserError
from backpack_app.ids import new_id
from backpack_app.store import contributions as contribution_rows
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, records

# The reply's reader and writer, the verifier and the models load when a reply is written or
# opened (every command that opens the backpack imports this mixin).
if TYPE_CHECKING:
    from backpack_app.domain.records import AttachmentRef, Record
    from backpack_app.domain.sharing import Contact
    from backpack_app.domain.verification import Report
    from backpack_app.sharing.container import FileEntry, RecipientHint
    from backpack_app.sharing.contribution import OpenedReply, StoredRequest
    from backpack_app.sharing.receive import OpenedShare

CATEGORY_OF_KIND = {
    "note": Category.NARRATIVE,
    "narrative": Category.NARRATIVE,
    "achievement": Category.AWARD,
    "endorsement": Category.AWARD,
}
MAX_REPLY_FILES = 20
MAX_TITLE, MAX_TEXT = 500, 50_000  # what the family's backpack keeps of them


class ContributionActions:
    """Contribution methods of the façade (`self` is the unlocked Backpack)."""

    _conn: Any
    _clock: Callable[[], dt.datetime]
    attachments: Any

    # --- the provider ------------------------------------------------------------------------
    def reply(
        self,
        source: Path,
        out: Path,
        *,
        kind: str,
        title: str,
        text: str,
        hours: float | None = None,
        files: Sequence[Path] = (),
        endorses: str | None = None,
        code: str | None = None,
        name: str | None = None,
        strengths: str | None = None,
        challenges: str | None = None,
        organisation: tuple[Any, str] | None = None,
    ) -> tuple[OpenedShare, str]:
        """Open a share that asks for a contribution and answer it (`reply_to`). Returns the
        share and the reply's id."""
        fields = dict(kind=kind, title=title, text=text, hours=hours, files=files, name=name)
        fields.update(strengths=strengths, challenges=challenges)
        _check_fields(fields, endorses)
        self._provider_name(name)  # said before the share's code is stretched
        opened = self.open_share(source, code=code)
        reply_id = self.reply_to(
            opened,
            out,
            endorses=endorses,
            organisation=organisation,
            **fields,  # type: ignore[arg-type]
        )
        return opened, reply_id

    def reply_to(
        self,
        opened: OpenedShare,
        out: Path,
        *,
        kind: str,
        title: str,
        text: str,
        hours: float | None = None,
        files: Sequence[Path] = (),
        endorses: str | None = None,
        name: str | None = None,
        strengths: str | None = None,
        challenges: str | None = None,
        organisation: tuple[Any, str] | None = None,
    ) -> str:
        """Sign what the provider writes about an opened share's learner with this backpack's
        own key, and seal it to the family's card in `out`; returns the reply's id. A
        narrative has `strengths`, `challenges` or both beside its text.
        `organisation`: a program's did:web organisation key instead, (HolderKey, did:web)
        (the key file the school tools make, its document published under that DID)."""
        from backpack_app.sharing.cards import CARD_TYPE, parse_card
        from backpack_app.sharing.contribution import (
            Contribution,
            Provider,
            contribution_credential,
            file_source,
            sign_contribution,
            write_reply,
        )

        fields = dict(kind=kind, title=title, text=text, hours=hours, files=files, name=name)
        fields.update(strengths=strengths, challenges=challenges)
        _check_fields(fields, endorses)
        writer = self._provider_name(name)
        request = opened.request
        if request is None:
            raise UserError(
                "This share does not ask you to write back; ask the family to share again "
                "with a request for a contribution."
            )
        now = self._clock()
        until = dt.datetime.fromisoformat(request.until.replace("Z", "+00:00"))
        if now >= until:
            raise UserError(
                f"The family's request expired on {friendly_date(until)}; ask them for a new one."
            )
        endorsed = _endorsed(opened, endorses) if endorses is not None else None
        sources = []
        for path in files:
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            sources.append(file_source(path, media))
        item = Contribution(
            kind=kind,  # type: ignore[arg-type]
            title=" ".join(title.split())[:MAX_TITLE],
            text=text.strip()[:MAX_TEXT],
            hours=hours,
            endorses=endorsed,
            files=[s.entry for s in sources],
            strengths=(strengths or "").strip() or None,
            challenges=(challenges or "").strip() or None,
        )
        if organisation is not None:
            provider = Provider(key=organisation[0], name=writer, did_web=organisation[1])
        else:
            provider = Provider(key=self.signing_key(), name=writer)
        unsigned = contribution_credential(
            item, learner_did=request.learner_did, provider=provider, now=now
        )
        signed = sign_contribution(unsigned, provider.key, now=now, method=provider.method)
        family = parse_card(json.dumps({"type": CARD_TYPE, **request.card.model_dump()}).encode())
        reply_id = write_reply(
            out, signed, request=request, family=family, provider=provider, now=now, files=sources
        )
        with database.transaction(self._conn):
            self._note_asked(opened)
            contribution_rows.note_replied(self._conn, opened.share_id, when=now.isoformat())
        return reply_id

    def _note_asked(self, opened: OpenedShare) -> None:
        """Remember what the share asks of this backpack (inside a transaction)."""
        if opened.request is not None:
            contribution_rows.note_asked(
                self._conn,
                opened.share_id,
                learner=opened.learner_name or opened.request.learner_name,
                ask=opened.request.ask,
                until=opened.request.until,
            )

    def asked_of_me(self) -> list[dict[str, Any]]:
        """Across learners, what families asked this backpack to write back, until when, and
        whether it is still owed ("owed", "answered" or "expired")."""
        now = self._clock()
        rows = contribution_rows.asked_of_me(self._conn)
        for row in rows:
            until = dt.datetime.fromisoformat(row["until"].replace("Z", "+00:00"))
            row["status"] = "answered" if row["replies"] else "expired" if now >= until else "owed"
        return rows

    def _provider_name(self, name: str | None) -> str:
        if name and name.strip():
            return " ".join(name.split())[:200]
        everyone = self.learners()
        if len(everyone) != 1:
            raise UserError("Say who is writing with --name (your name or your program's).")
        return everyone[0].name

    # --- the family --------------------------------------------------------------------------
    def open_reply(
        self,
        source: Path,
        *,
        save: bool = False,
        now: dt.datetime | None = None,
        accept_other_key: bool = False,
    ) -> tuple[OpenedReply, Contact | None, str | None]:
        """Check a provider's reply against the request this backpack made; with `save`, file
        it under the learner as third-party attested, or keep it apart when the request does
        not vouch for it (`opened.apart` says why; `accept_other_key`: the family says a key
        other than the asked contact's is theirs, and it is remembered). Returns the reply,
        the contact whose card holds its key (None if none does) and the new record's id."""
        from backpack_app.crypto.sealing import key_fingerprint
        from backpack_app.sharing.contribution import reply_unreadable
        from backpack_app.sharing.receive import share_source

        # The key is theirs: it may give their name too.
        accept = frozenset({"other_key", "name_of_contact"} if accept_other_key else ())
        try:
            opened, author, record_id = self._open_reply(
                share_source(source), save=save, ctx=self.verify_context(now), accept=accept
            )
        except ShareUnreadable:
            raise reply_unreadable(
                _recipient_hint(source), key_fingerprint(self.receiving_key().public)
            ) from None
        if save and opened.apart:
            self._keep_apart(source, opened, came=now or self._clock())
        return opened, author, record_id

    def kept_replies(self) -> list[dict[str, Any]]:
        """Replies kept apart, oldest first: id, learner, author (`author_of_key`; its
        fingerprint, contact and contact_since also at the top), kind, title, the reasons
        and their sentence, when it came and when the request expired."""
        from backpack_app.wallet.authors import author_of_key

        rows = contribution_rows.kept_replies(self._conn)
        known = self._contacts_by_key() if rows else {}  # type: ignore[attr-defined]
        for row in rows:
            row["learner"] = self.learner(row["learner_id"]).name
            author = author_of_key(
                row["author_name"], row["author_did"], known.get(row["author_did"])
            )
            row["author"] = author
            row.update({k: author[k] for k in ("fingerprint", "contact", "contact_since")})
            request = contribution_rows.get_request(self._conn, row["request_id"])
            row["expires"] = request["expires"] if request else None  # the request's
        return rows

    def accept_reply(self, reply_id: str) -> tuple[OpenedReply, Contact | None, str]:
        """File a reply kept apart, as the family says yes to why it was (checked again)."""
        row = self._kept_reply(reply_id)
        stored = self.attachments.reader(kept_ref(row))
        came = dt.datetime.fromisoformat(row["received"])  # checked as when it came
        opened, author, record_id = self._open_reply(
            stored, save=True, ctx=self.verify_context(came), accept=frozenset(row["reasons"])
        )
        if record_id is None:  # something changed since (the key the request expects)
            raise UserError(f"This reply cannot be filed now: {opened.apart_reason}")
        if contribution_rows.kept_replies(self._conn, reply_id):
            self.discard_reply(reply_id)
        return opened, author, record_id

    def discard_reply(self, reply_id: str) -> None:
        """Delete a reply kept apart, and its file."""
        row = self._kept_reply(reply_id)
        with database.transaction(self._conn):
            contribution_rows.drop_kept_reply(self._conn, reply_id)
        self.attachments.remove([row["attachment_id"]])

    def _kept_reply(self, reply_id: str) -> dict[str, Any]:
        found = contribution_rows.kept_replies(self._conn, reply_id.strip())
        if not found:
            raise NotFound(f"There is no reply {reply_id} kept apart; see 'backpack replies'.")
        return found[0]

    def _open_reply(
        self, source: Any, *, save: bool, ctx: Any, accept: frozenset[str]
    ) -> tuple[OpenedReply, Contact | None, str | None]:
        from backpack_app.sharing.contribution import open_reply

        kept: dict[str, BinaryIO] = {}
        contacts = self.contacts()
        with contextlib.ExitStack() as stack:

            def keep(entry: FileEntry) -> BinaryIO | None:
                if not save:
                    return None
                kept[entry.sha256] = stack.enter_context(
                    tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # type: ignore[arg-type]
                )
                return kept[entry.sha256]

            opened = open_reply(
                source,
                receiving=self.receiving_key(),
                request_of=self._stored_request,
                ctx=ctx,
                keep_file=keep,
                accept=accept,
                contacts=[(c.name, c.signing_did) for c in contacts],
            )
            # What it answers, as the filed copy's report says it.
            opened.report = self._answered_report(opened)
            # Whose card held the key when it came (before a new key is remembered).
            author = next((c for c in contacts if c.signing_did == opened.author_did), None)
            record_id = None
            if save and not opened.apart:
                record_id = self._file_reply(opened, kept)
                self._filed(opened, accept)
            elif not save:  # only looked at: say where it is when it was filed before
                record_id = self._filed_as(opened)
        return opened, author, record_id

    def _filed_as(self, opened: OpenedReply) -> str | None:
        """The record a reply was filed as, if it was (None when it was not)."""
        digest = hashlib.sha256(_stored_bytes(opened)).hexdigest()
        return credential_rows.find_top_level(self._conn, digest, opened.request.learner_id)

    def _filed(self, opened: OpenedReply, accept: frozenset[str]) -> None:
        """After filing: a copy kept apart is done with, and a new key the family accepted is
        remembered for the request and the contact."""
        request = opened.request
        with database.transaction(self._conn):
            if "other_key" in accept and request.signer not in (None, opened.author_did):
                contribution_rows.new_signer(
                    self._conn, request.id, request.signer, opened.author_did
                )
        kept = contribution_rows.kept_replies(self._conn, opened.reply_id)
        if kept and kept[0]["author_did"] == opened.author_did:  # not another's under its name
            self.discard_reply(opened.reply_id)

    def _keep_apart(self, source: Path, opened: OpenedReply, *, came: dt.datetime) -> None:
        """Keep the reply's file and why it is apart (once: the first copy stays); `came`:
        when it came, the moment it was checked at (`open --at`), checked again as then."""
        from backpack_app.sharing.receive import share_source

        if contribution_rows.kept_replies(self._conn, opened.reply_id):
            return
        ref = self._stash(share_source(source), f"{opened.reply_id}.backpack")  # type: ignore[attr-defined]
        row = {
            "id": opened.reply_id,
            "request_id": opened.request.id,
            "learner_id": opened.request.learner_id,
            "author_did": opened.author_did,
            "author_name": opened.author_name,
            "kind": opened.kind,
            "title": opened.title,
            "reasons": opened.reasons,
            "reason": opened.apart_reason,
            "received": came.isoformat(),
            "attachment_id": ref.id,
            "sha256": ref.sha256,
            "size": ref.size,
        }
        try:
            with database.transaction(self._conn):
                contribution_rows.keep_reply(self._conn, row)
        except BaseException:
            self.attachments.remove([ref.id])
            raise

    def endorsements_of(self, record_id: str) -> list[dict[str, str]]:
        """Third-party endorsements filed for this record: who wrote them, their key, what
        they say, and the record that holds each."""
        record = self.get_record(record_id)
        return self.endorsements_by_record(record.learner_id).get(record.id, [])

    def endorsements_by_record(self, learner_id: str) -> dict[str, list[dict[str, str]]]:
        """A learner's filed third-party endorsements by the record each endorses (the
        credential it names: a school's, or a Learner Profile entry as it is shared)."""
        from backpack_app.sharing.presentation import self_issued_id

        by_subject: dict[str, list[dict[str, str]]] = {}
        for rid in contribution_rows.endorsement_records(self._conn, learner_id):
            held = credential_rows.get(self._conn, rid)
            if held is None:
                continue
            subject = json.loads(held.original).get("credentialSubject")
            subject = subject if isinstance(subject, dict) else {}
            by_subject.setdefault(str(subject.get("id", "")), []).append(
                {
                    "record": rid,
                    "author": getattr(self.get_record(rid).details, "school", ""),
                    "did": held.issuer_id or "",
                    "text": str(subject.get("endorsementComment", "")),
                }
            )
        if not by_subject:
            return {}
        named = contribution_rows.records_named(self._conn, learner_id, list(by_subject))
        for rid in contribution_rows.learner_record_ids(self._conn, learner_id):
            named.setdefault(self_issued_id(rid), rid)
        found: dict[str, list[dict[str, str]]] = {}
        for subject_id, entries in by_subject.items():
            if subject_id in named:
                found.setdefault(named[subject_id], []).extend(entries)
        return found

    def _stored_request(self, request_id: str) -> StoredRequest | None:
        from backpack_app.sharing.contribution import StoredRequest

        row = contribution_rows.get_request(self._conn, request_id)
        if row is None:
            return None
        learner = self.learner(row["learner_id"])
        return StoredRequest(
            id=row["id"],
            share_id=row["share_id"],
            learner_id=row["learner_id"],
            learner_did=learner.did,
            ask=row["ask"],
            nonce=row["nonce"],
            signer=row["signer"],
            shared=row["shared"],
            expires=dt.datetime.fromisoformat(row["expires"]),
        )

    def _file_reply(self, opened: OpenedReply, kept: dict[str, BinaryIO]) -> str:
        """One transaction: the record (third-party attested) and its credential as signed."""
        original = _stored_bytes(opened)
        digest = hashlib.sha256(original).hexdigest()
        learner_id = opened.request.learner_id
        existing = self._filed_as(opened)
        if existing:
            return existing
        now = self._clock()
        refs = []
        try:
            for entry in opened.files:
                fh = kept[entry.sha256]
                fh.seek(0)
                refs.append(self.attachments.put_stream(fh, name=entry.name))
            record = self._reply_record(opened, learner_id, now, refs)
            row = credential_rows.CredentialRow(
                record_id=record.id,
                parent_record_id=None,
                format="vc-json",
                original=original,
                sha256=digest,
                credential_id=opened.report.credential_id,
                issuer_id=opened.author_did,
                report=opened.report.to_json(),
                verified_at=now.isoformat(),
            )
            with database.transaction(self._conn):
                records.insert(self._conn, record)
                credential_rows.insert(self._conn, row)
        except BaseException:
            self.attachments.remove(a.id for a in refs)
            raise
        return record.id

    def _answered_report(self, opened: OpenedReply) -> Report:
        """The reply's report, its recipient check saying whom it is about: the learner of
        the family's own request (a reply names them through the request it answers)."""
        from backpack_app.credentials.importing import with_check
        from backpack_app.domain.verification import Check, CheckId, CheckStatus

        name = self.learner(opened.request.learner_id).name
        detail = f"It answers your request about {name}."
        check = Check(id=CheckId.RECIPIENT, status=CheckStatus.PASSED, detail=detail)
        return with_check(opened.report, check)

    def _reply_record(
        self, opened: OpenedReply, learner_id: str, now: dt.datetime, refs: list[Any]
    ) -> Record:
        from backpack_app.domain.details import ResultEntry, SchoolRecordDetails
        from backpack_app.domain.records import CATEGORIES, Provenance, Record
        from backpack_app.domain.validation import validated

        category = CATEGORY_OF_KIND[opened.kind]
        description = opened.text
        if opened.endorsed_record is not None:
            endorsed = self.get_record(opened.endorsed_record)
            description = f"Endorses {endorsed.title}: {opened.text}"
        results = []
        if opened.hours is not None:
            results = [ResultEntry(name="Hours attended", value=f"{opened.hours:g}")]
        for name, said in (("Strengths", opened.strengths), ("Challenges", opened.challenges)):
            if said:
                results.append(ResultEntry(name=name, value=said))
        details = SchoolRecordDetails(
            school=opened.author_name,
            issuer_id=opened.author_did,
            achievement_type=opened.kind,
            results=results,
        )
        return validated(
            lambda: Record(
                id=new_id("rec"),
                learner_id=learner_id,
                category=category,
                title=opened.title,
                description=description[:50_000],
                date=now.date(),
                provenance=Provenance.THIRD_PARTY_ATTESTED,
                sensitivity=CATEGORIES[category].sensitivity,
                created=now,
                updated=now,
                details=details,
                attachments=refs,
            )
        )


def _recipient_hint(source: Path) -> RecipientHint | None:
    """The card a `.backpack` file's header says it is sealed for, if it says and reads."""
    from backpack_app.sharing.container import read_header

    try:
        with open(source, "rb") as fh:
            return read_header(fh)[0].recipient
    except (OSError, BackpackError):
        return None


def kept_ref(row: dict[str, Any]) -> AttachmentRef:
    """The stored `.backpack` file of a reply kept apart."""
    from backpack_app.domain.records import AttachmentRef

    return AttachmentRef(
        id=row["attachment_id"],
        name=f"{row['id']}.backpack",
        media_type="application/octet-stream",
        size=row["size"],
        sha256=row["sha256"],
    )


def _check_fields(fields: dict[str, Any], endorses: str | None) -> None:
    """The provider's input, in plain sentences before anything is opened or written."""
    from backpack_app.sharing.contribution import KINDS, MAX_SECTION

    if fields["kind"] not in KINDS:
        raise UserError(f"--kind is one of {', '.join(KINDS)}.")
    if not " ".join(fields["title"].split()) or not fields["text"].strip():
        raise UserError("Give the reply a --title and a --text.")
    if len(" ".join(fields["title"].split())) > MAX_TITLE or len(fields["text"].strip()) > MAX_TEXT:
        raise UserError(
            f"A reply's --title is at most {MAX_TITLE} characters and its --text at most "
            f"{MAX_TEXT:,}."
        )
    hours = fields["hours"]
    if hours is not None and not 0 <= hours <= 100_000:
        raise UserError("--hours is a number of hours, 0 or more.")
    if (fields["kind"] == "endorsement") != (endorses is not None):
        raise UserError("An endorsement names the record it endorses with --endorses (only).")
    sections = [(fields.get(n) or "").strip() for n in ("strengths", "challenges")]
    if (fields["kind"] == "narrative") != any(sections):
        raise UserError(
            "A narrative says the learner's --strengths, --challenges or both (only a narrative "
            "does)."
        )
    if any(len(said) > MAX_SECTION for said in sections):
        raise UserError(
            f"--strengths and --challenges are at most {MAX_SECTION:,} characters each."
        )
    check_reply_files(fields["files"])


def check_reply_files(files: Sequence[Path]) -> None:
    """The files a reply may carry (`reply --file`, the window's "Attach files…"): at most
    MAX_REPLY_FILES, each at most 256 MiB, 1 GiB in all; a plain sentence otherwise."""
    from backpack_app.sharing.container import MAX_FILE_BYTES, MAX_TOTAL_FILE_BYTES

    if len(files) > MAX_REPLY_FILES:
        raise UserError(f"A reply carries at most {MAX_REPLY_FILES} files.")
    total = 0
    for path in files:
        if not path.is_file():
            raise UserError(f"There is no file {path}.")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                f"{path.name} is larger than {MAX_FILE_BYTES // 1024 // 1024} MiB, the most a "
                "reply carries in one file."
            )
        total += size
    if total > MAX_TOTAL_FILE_BYTES:
        raise UserError(
            f"These files come to more than {MAX_TOTAL_FILE_BYTES // 1024 // 1024 // 1024} GiB, "
            "the most a reply carries."
        )


def _endorsed(opened: OpenedShare, wanted: str) -> str:
    """The id of the shared credential `--endorses` names: its id, or its number in the share."""
    ids = [r.document.get("id") if isinstance(r.document, dict) else None for r in opened.records]
    if wanted.strip().isdigit() and 1 <= int(wanted) <= len(ids) and ids[int(wanted) - 1]:
        return str(ids[int(wanted) - 1])
    if wanted.strip() in ids:
        return wanted.strip()
    raise UserError(
        f"This share holds no record {wanted}: give its number in the share (1 to "
        f"{len(ids)}) or its credential id, as 'backpack open' shows them."
    )


def request_ask_line(opened: OpenedShare) -> str | None:
    """What the family asks, for showing beside an opened share."""
    if opened.request is None:
        return None
    until = dt.datetime.fromisoformat(opened.request.until.replace("Z", "+00:00"))
    return (
        f'The family asks you to write back: "{opened.request.ask}" (until {friendly_date(until)}).'
    )


def _stored_bytes(opened: OpenedReply) -> bytes:
    """A filed reply's credential as it is stored (and found again by its sha256)."""
    return json.dumps(opened.credential, ensure_ascii=False).encode("utf-8")
