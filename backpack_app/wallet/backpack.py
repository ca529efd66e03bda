"""The façade: one object, opened with a passphrase, that every interface and test talks to."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpack_app.crypto.kdf import DEFAULT_POLICY, KdfParams, KdfPolicy
from backpack_app.crypto.keys import derive_subkey, new_master_key
from backpack_app.crypto.recovery import (
    format_recovery_key,
    new_recovery_secret,
    parse_recovery_key,
)
from backpack_app.domain.passphrases import MIN_PASSPHRASE_CHARS
from backpack_app.domain.vocabulary import Category, Controller, Provenance, Section, Sensitivity
from backpack_app.errors import (
    AmbiguousLearner,
    BackpackExists,
    CorruptBackpack,
    NoBackpack,
    NotFound,
    UserError,
    WeakPassphrase,
)
from backpack_app.files import remove_stale_temps
from backpack_app.ids import new_id
from backpack_app.paths import make_private_dir
from backpack_app.store import backup as backups
from backpack_app.store import contributions as contribution_rows
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, learners, records
from backpack_app.store import received as received_rows
from backpack_app.store import trust as trust_rows
from backpack_app.store.attachments import ORPHAN_GRACE_SECONDS, AttachmentStore
from backpack_app.store.header import VaultHeader
from backpack_app.store.layout import Layout
from backpack_app.wallet.answering import AnswerActions
from backpack_app.wallet.authors import author_of_key
from backpack_app.wallet.contributions import ContributionActions, kept_ref
from backpack_app.wallet.importing import ImportActions
from backpack_app.wallet.publications import PublicationActions
from backpack_app.wallet.receiving import ReceiveActions
from backpack_app.wallet.sharing import SharingActions
from backpack_app.wallet.syncing import SyncActions

# The models (pydantic) load in the methods that make or read them: opening the backpack and
# listing its records (plain rows, `domain/summaries.py`) needs none of them.
if TYPE_CHECKING:
    from backpack_app.domain.learners import Learner
    from backpack_app.domain.records import AttachmentRef, Record
    from backpack_app.domain.summaries import RecordSummary
    from backpack_app.domain.trust import TrustedIssuer, TrustList

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(
            f"Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters; "
            "a few unrelated words are easy to remember and hard to guess."
        )


def _db_key(master: bytes) -> bytes:
    return derive_subkey(master, "database")


class Backpack(
    ImportActions,
    SharingActions,
    PublicationActions,
    ReceiveActions,
    AnswerActions,
    SyncActions,
    ContributionActions,
):
    """An unlocked backpack. Create it with `create`, `open`, `open_with_recovery_key`, `restore`."""

    def __init__(
        self, layout: Layout, header: VaultHeader, master: bytes, *, kdf: KdfPolicy, clock: Clock
    ):
        self.layout, self._header, self._master = layout, header, master
        self._kdf, self._clock = kdf, clock
        self._conn = database.connect(layout.database, _db_key(master))
        self.attachments = AttachmentStore(layout.attachments, master)

    # --- opening and closing ---------------------------------------------------------------
    @classmethod
    def create(
        cls, home: Path, passphrase: str, *, kdf: KdfPolicy = DEFAULT_POLICY, clock: Clock = utc_now
    ) -> tuple[Backpack, str]:
        """Make a new backpack in `home`; returns it and the recovery key to show once."""
        layout = Layout(home)
        if layout.exists():
            raise BackpackExists(f"There is already a backpack in {home}.")
        check_new_passphrase(passphrase)
        make_private_dir(home)
        master, secret = new_master_key(), new_recovery_secret()
        header = VaultHeader.create(
            master,
            passphrase=passphrase,
            recovery_secret=secret,
            params=kdf.params_for_new_key(),
            created=clock().isoformat(),
        )
        # The database exists before the header: a crash in between leaves no half backpack,
        # and leftovers of such a crash are cleared first.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{layout.database}{suffix}").unlink(missing_ok=True)
        database.connect(layout.database, _db_key(master), create=True).close()
        header.save(layout.header)
        return cls(layout, header, master, kdf=kdf, clock=clock), format_recovery_key(secret)

    @classmethod
    def open(
        cls, home: Path, passphrase: str, *, kdf: KdfPolicy = DEFAULT_POLICY, clock: Clock = utc_now
    ) -> Backpack:
        """Unlock with the passphrase; upgrades key stretching weaker than the policy's floor."""
        layout = cls._existing(home)
        header = VaultHeader.load(layout.header)
        master = header.unwrap_with_passphrase(passphrase)
        wallet = cls(layout, header, master, kdf=kdf, clock=clock)
        wallet.sweep_orphans()
        if header.kdf_params.weaker_than(kdf.floor):
            wallet.change_passphrase(passphrase)
        return wallet

    @classmethod
    def open_with_recovery_key(
        cls,
        home: Path,
        recovery_key: str,
        *,
        kdf: KdfPolicy = DEFAULT_POLICY,
        clock: Clock = utc_now,
    ) -> Backpack:
        """Unlock with the recovery key (then set a new passphrase with `recover`)."""
        layout = cls._existing(home)
        header = VaultHeader.load(layout.header)
        master = header.unwrap_with_recovery_secret(parse_recovery_key(recovery_key))
        return cls(layout, header, master, kdf=kdf, clock=clock)

    @staticmethod
    def _existing(home: Path) -> Layout:
        layout = Layout(home)
        if not layout.exists():
            raise NoBackpack(f"There is no backpack in {home}. Make one with 'backpack init'.")
        return layout

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Backpack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys -----------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the master key under a new passphrase (nothing else is re-encrypted)."""
        check_new_passphrase(new_passphrase)
        header = self._header.with_passphrase(
            self._master, new_passphrase, self._kdf.params_for_new_key()
        )
        header.save(self.layout.header)
        self._header = header

    def restretch(self, passphrase: str, *, target_seconds: float) -> KdfParams:
        """Stretch the passphrase to take about `target_seconds` to unlock (never below the
        floor); the passphrase is asked again because only it can make its new wrap."""
        self._header.unwrap_with_passphrase(passphrase)  # WrongPassphrase if it is not it
        policy = KdfPolicy(floor=self._kdf.floor, target_seconds=target_seconds)
        header = self._header.with_passphrase(self._master, passphrase, policy.params_for_new_key())
        header.save(self.layout.header)
        self._header = header
        return header.kdf_params

    def rotate_recovery_key(self) -> str:
        """Issue a new recovery key; the old one stops opening this backpack (not older backups)."""
        secret = new_recovery_secret()
        header = self._header.with_recovery_secret(self._master, secret)
        header.save(self.layout.header)
        self._header = header
        return format_recovery_key(secret)

    @property
    def kdf_params(self) -> KdfParams:
        return self._header.kdf_params

    # --- learners -------------------------------------------------------------------------
    def add_learner(
        self,
        name: str,
        *,
        born: date | None = None,
        emails: Iterable[str] = (),
        sis_ids: Iterable[str] = (),
        controller: Controller = Controller.PARENT,
    ) -> Learner:
        """Add a learner with a fresh holder key (did:key)."""
        from backpack_app.crypto.holder import new_holder_key
        from backpack_app.domain.learners import Learner
        from backpack_app.domain.validation import validated

        name = name.strip()
        if any(existing.name.casefold() == name.casefold() for existing in self.learners()):
            raise UserError(f"There is already a learner called {name}.")
        self._ids_free(emails, sis_ids, learner_id=None)
        key = new_holder_key()
        learner = validated(
            lambda: Learner(
                id=new_id("lrn"),
                name=name,
                born=born,
                controller=controller,
                emails=list(emails),
                sis_ids=list(sis_ids),
                did=key.did,
                created=self._clock(),
            )
        )
        with database.transaction(self._conn):
            learners.insert(self._conn, learner, holder_private=key.private)
        return learner

    def learners(self) -> list[Learner]:
        return learners.all_learners(self._conn)

    def learner(self, name_or_id: str | None = None) -> Learner:
        """The named learner, or the only one when no name is given."""
        everyone = self.learners()
        if name_or_id is None:
            if len(everyone) == 1:
                return everyone[0]
            if not everyone:
                raise NotFound("This backpack has no learner yet; add one with 'learner add'.")
            names = ", ".join(lr.name for lr in everyone)
            raise AmbiguousLearner(f"Say which learner with --learner ({names}).")
        wanted = name_or_id.strip().casefold()
        for lr in everyone:
            if lr.id == name_or_id or lr.name.casefold() == wanted:
                return lr
        raise NotFound(f"There is no learner called {name_or_id}.")

    def _ids_free(
        self, emails: Iterable[str], sis_ids: Iterable[str], learner_id: str | None
    ) -> None:
        """Refuse an email or student id another learner has: a school's file naming it would
        match both children."""
        for other in self.learners():
            if other.id == learner_id:
                continue
            taken = {e.casefold() for e in other.emails} & {e.casefold() for e in emails}
            taken |= set(other.sis_ids) & set(sis_ids)
            if taken:
                raise UserError(
                    f"{sorted(taken)[0]} is already {other.name}'s; give each child their own."
                )

    def set_school_ids(
        self, learner: str, *, emails: Iterable[str], sis_ids: Iterable[str]
    ) -> Learner:
        """Set the school emails and student ids a school's files name a learner by."""
        from backpack_app.domain.learners import Learner
        from backpack_app.domain.validation import validated

        current = self.learner(learner)
        emails, sis_ids = (
            [e.strip() for e in emails if e.strip()],
            [i.strip() for i in sis_ids if i.strip()],
        )
        self._ids_free(emails, sis_ids, learner_id=current.id)
        updated = validated(
            lambda: Learner.model_validate(
                {**current.model_dump(), "emails": emails, "sis_ids": sis_ids}
            )
        )
        return self.update_learner(updated)

    def set_grade_level(self, learner: str | None, level: int | None) -> Learner:
        """Keep the grade level the family gives (1-12, self-reported; None forgets it) with the
        learner: the On track view's 9th-grade rule uses it when the school's records state
        none."""
        from backpack_app.domain.learners import Learner
        from backpack_app.domain.validation import validated

        current = self.learner(learner)
        if current.grade_level == level:
            return current
        updated = validated(
            lambda: Learner.model_validate({**current.model_dump(), "grade_level": level})
        )
        return self.update_learner(updated)

    def update_learner(self, learner: Learner) -> Learner:
        with database.transaction(self._conn):
            learners.update(self._conn, learner)
        return learner

    # --- records --------------------------------------------------------------------------
    def add_record(
        self,
        category: Category,
        *,
        title: str,
        learner: str | None = None,
        description: str = "",
        date: date | None = None,
        details: dict[str, Any] | None = None,
        files: Sequence[Path] = (),
        sensitivity: Sensitivity | None = None,
        progress_note: str | None = None,
    ) -> Record:
        """Add a Learner Profile entry (self-reported) or an unsigned official document."""
        from backpack_app.domain.records import CATEGORIES, Record
        from backpack_app.domain.validation import validated

        owner = self.learner(learner)
        section = CATEGORIES[category].section
        provenance = (
            Provenance.SELF_REPORTED if section is Section.PROFILE else Provenance.SCHOOL_UNSIGNED
        )
        now = self._clock()
        record = validated(
            lambda: Record(
                id=new_id("rec"),
                learner_id=owner.id,
                category=category,
                title=title.strip(),
                description=description,
                date=date,
                provenance=provenance,
                sensitivity=sensitivity or CATEGORIES[category].sensitivity,
                created=now,
                updated=now,
                details=self._with_note(category, dict(details or {}), progress_note),
            )
        )
        refs = self._store_files(files)
        record = record.model_copy(update={"attachments": refs})
        try:
            with database.transaction(self._conn):
                records.insert(self._conn, record)
        except BaseException:
            self.attachments.remove(a.id for a in refs)
            raise
        return record

    def _with_note(self, category: Category, details: dict, note: str | None) -> dict:
        """`details` with a goal's progress note (dated today) appended."""
        if not note:
            return details
        if category is not Category.GOAL:
            raise UserError("Progress notes belong to goals.")
        notes = [*details.get("progress_notes", []), {"date": self._clock().date(), "text": note}]
        return {**details, "progress_notes": notes}

    def _store_files(self, files: Sequence[Path]) -> list[AttachmentRef]:
        refs: list[AttachmentRef] = []
        try:
            for path in files:
                refs.append(self.attachments.put(Path(path)))
        except BaseException:
            self.attachments.remove(a.id for a in refs)
            raise
        return refs

    def get_record(self, record_id: str) -> Record:
        record = records.get(self._conn, self._resolve_record_id(record_id))
        if record is None:
            raise NotFound(f"There is no record {record_id}.")
        return record

    def _resolve_record_id(self, record_id: str) -> str:
        """Accept a unique prefix of an id, as people type the first few characters."""
        rows = self._conn.execute(
            "SELECT id FROM records WHERE id = ? OR substr(id, 1, ?) = ? LIMIT 2",
            (record_id, len(record_id), record_id),
        ).fetchall()
        exact = [r[0] for r in rows if r[0] == record_id]
        if exact:
            return exact[0]
        if len(rows) == 1 and len(record_id) >= 6:
            return rows[0][0]
        if len(rows) > 1:
            raise UserError(f"More than one record starts with {record_id}; type more of its id.")
        raise NotFound(f"There is no record {record_id}.")

    def list_records(
        self,
        *,
        learner: str | None = None,
        categories: Iterable[Category] | None = None,
        text: str | None = None,
        progress: bool = True,
    ) -> list[RecordSummary]:
        """Summaries in creation order; `progress=False` leaves out the status, hours and due
        dates read from the details (see `records.summaries`), for lists that do not show them."""
        learner_id = self.learner(learner).id if learner else None
        found = records.summaries(
            self._conn, learner_id=learner_id, categories=categories, text=text, progress=progress
        )
        if not any(r.provenance is Provenance.THIRD_PARTY_ATTESTED for r in found):
            return found
        known = self._contacts_by_key()
        return [
            r._replace(author=self._author(r.id, known))
            if r.provenance is Provenance.THIRD_PARTY_ATTESTED
            else r
            for r in found
        ]

    def author_of(self, record_id: str) -> dict[str, str | None] | None:
        """Who wrote a third-party attested record (`_author`); None for any other record."""
        record = self.get_record(record_id)
        if record.provenance is not Provenance.THIRD_PARTY_ATTESTED:
            return None
        return self._author(record.id, self._contacts_by_key())

    def _contacts_by_key(self) -> dict[str, Any]:
        return {c.signing_did: c for c in self.contacts() if c.signing_did}

    def _author(self, record_id: str, known: dict[str, Any]) -> dict[str, str | None] | None:
        """Who wrote a third-party attested record: the name its credential's issuer gives,
        its key (did), the fingerprint to compare with them, and the contact whose card holds
        that key and since when it is saved (None, None when no contact's does)."""
        row = credential_rows.get(self._conn, record_id)
        if row is None or not row.issuer_id:
            return None
        details = self.get_record(record_id).details
        return author_of_key(
            getattr(details, "school", ""), row.issuer_id, known.get(row.issuer_id)
        )

    def on_track(self, learner_id: str, *, grade_level: int | None = None) -> list:
        """The early-warning indicators for one learner, computed now from their attendance,
        discipline and transcript records (domain/on_track.py); nothing is stored. The grade
        level the family gives: `grade_level`, else the one kept with the learner."""
        from backpack_app.domain import on_track

        if grade_level is None:
            grade_level = self.learner(learner_id).grade_level
        grade = on_track.GradeLevel(grade_level) if grade_level is not None else None
        held = self.on_track_records(learner_id)
        return on_track.indicators(
            held, grade=grade, checks=self.on_track_checks(held), today=self._clock().date()
        )

    def on_track_checks(self, held: Iterable[Record]) -> dict:
        """Each record's stored check, as the indicators read it (domain/on_track.Checked): the
        verdict stored with its credential (`expired` once its validUntil has passed), its
        issuer, and whether that issuer is trusted now (in the trust list or a chosen registry)."""
        from backpack_app.credentials.registries import listed_in
        from backpack_app.domain.on_track import Checked

        trusted = set(self.trust_list().issuers)
        registries = self.issuer_registries()

        def is_trusted(issuer: str) -> bool:
            try:
                return issuer in trusted or bool(listed_in(registries, issuer))
            except KeyError:
                return False

        now = self._clock()
        stored: dict[str, tuple[str, str]] = {}
        for learner_id in {r.learner_id for r in held}:
            stored |= credential_rows.verdicts(self._conn, learner_id)
        found = {}
        for record in held:
            if record.id not in stored:
                continue
            verdict, issuer = stored[record.id]
            until = getattr(record.details, "valid_until", None)
            if verdict in ("verified", "unknown_issuer") and until is not None and until < now:
                verdict = "expired"
            found[record.id] = Checked(verdict, issuer, bool(issuer) and is_trusted(issuer))
        return found

    def add_state_scores(
        self, scores: Sequence[Any], *, learner: str | None = None, files: Sequence[Path] = ()
    ) -> list[Record]:
        """State test results (domain/state_tests.StateScore) as unsigned Assessment records,
        each with the report's files; all or none are stored."""
        note = "Entered by the family from the state's score report; not signed by anyone."
        added: list[Record] = []
        try:
            for score in scores:
                added.append(
                    self.add_record(
                        Category.ASSESSMENT,
                        title=score.title,
                        learner=learner,
                        description=note,
                        details=score.details(),
                        files=files,
                    )
                )
        except BaseException:
            for record in added:
                self.delete_record(record.id)
            raise
        return added

    def standards_over_time(self, learner_id: str) -> list:
        """Each standard the learner's signed courses score, level by term (learning gains):
        only true school data (signature good, issuer trusted), as On track counts it."""
        from backpack_app.credentials.standards import standards_over_time

        held = self.list_records(
            learner=learner_id, categories=(Category.TRANSCRIPT, Category.GRADEBOOK)
        )
        from backpack_app.domain.on_track import counted

        full = [r for r in (records.get(self._conn, s.id) for s in held) if r is not None]
        return standards_over_time(counted(full, self.on_track_checks(full)))

    def on_track_records(self, learner_id: str) -> list[Record]:
        """The records the indicators read: one learner's attendance, discipline, transcript."""
        held = self.list_records(
            learner=learner_id,
            categories=(Category.ATTENDANCE, Category.DISCIPLINE, Category.TRANSCRIPT),
        )
        return [r for r in (records.get(self._conn, s.id) for s in held) if r is not None]

    def edit_record(
        self,
        record_id: str,
        *,
        changes: dict[str, Any] | None = None,
        details: dict[str, Any] | None = None,
        add_files: Sequence[Path] = (),
        progress_note: str | None = None,
    ) -> Record:
        """Change fields of a record the user wrote; school-signed records cannot be edited,
        nor what a tutor or a program wrote and signed (third-party attested)."""
        from backpack_app.domain.records import Record
        from backpack_app.domain.validation import validated

        record = self.get_record(record_id)
        if record.provenance is Provenance.SCHOOL_SIGNED:
            raise UserError(
                "A school-signed record cannot be edited: it stays as the school signed it."
            )
        if record.provenance is Provenance.THIRD_PARTY_ATTESTED:
            raise UserError(
                f"{record.title} is what {getattr(record.details, 'school', '') or 'its writer'} "
                "wrote and signed, so it cannot be edited: it stays as they wrote it. Ask them "
                "for a new reply if it needs changing."
            )
        merged_details = {**record.details.model_dump(), **(details or {})}
        merged_details = self._with_note(record.category, merged_details, progress_note)
        updated = validated(
            lambda: Record.model_validate(
                {
                    **record.model_dump(),
                    **(changes or {}),
                    "details": merged_details,
                    "updated": self._clock(),
                }
            )
        )
        refs = self._store_files(add_files)
        try:
            with database.transaction(self._conn):
                records.update(self._conn, updated)
                records.insert_attachment_refs(
                    self._conn, updated.id, refs, start=len(updated.attachments)
                )
        except BaseException:
            self.attachments.remove(a.id for a in refs)
            raise
        return self.get_record(updated.id)

    def delete_record(self, record_id: str) -> None:
        """Delete a record and its files; a CLR goes with the records inside it."""
        rid = self._resolve_record_id(record_id)
        parent = credential_rows.parent_of(self._conn, rid)
        if parent is not None:
            raise UserError(
                f"This record is part of a signed learner record ({parent}); delete that instead."
            )
        attachment_ids: list[str] = []
        with database.transaction(self._conn):
            credential_rows.detach_filed_before(self._conn, rid)  # a course's own file stays
            for child in credential_rows.children(self._conn, rid):
                attachment_ids += records.delete(self._conn, child)
            attachment_ids += records.delete(self._conn, rid)
        self.attachments.remove(attachment_ids)

    def export_attachment(
        self, record_id: str, destination: Path, *, name: str | None = None
    ) -> AttachmentRef:
        """Decrypt a record's file (the one named, or its only one) to `destination`."""
        record = self.get_record(record_id)
        if not record.attachments:
            raise NotFound(f"Record {record.id} has no attached file.")
        if name is None:
            if len(record.attachments) > 1:
                names = ", ".join(a.name for a in record.attachments)
                raise UserError(
                    f"Record {record.id} has several files; name one with --name ({names})."
                )
            ref = record.attachments[0]
        else:
            matches = [a for a in record.attachments if a.name == name]
            if not matches:
                raise NotFound(f"Record {record.id} has no file called {name}.")
            ref = matches[0]
        self.attachments.export(ref, destination)
        return ref

    def read_attachment(self, ref: AttachmentRef, *, max_bytes: int = 16 * 1024 * 1024) -> bytes:
        """A small file's bytes, for a preview (larger files are exported, not read)."""
        if ref.size > max_bytes:
            raise UserError(f"{ref.name} is too large to preview; export it instead.")
        return b"".join(self.attachments.iter_plaintext(ref))

    def preview(self, record_id: str) -> tuple[str, bytes | None]:
        """A record's first file that has a picture (an image, or a PDF's first page drawn as
        PNG) as (file name, picture), or (its first file's name, None)."""
        from backpack_app.previews import PREVIEW_MAX_BYTES, can_preview, preview_picture

        record = self.get_record(record_id)
        if not record.attachments:
            raise NotFound(f"Record {record.id} has no attached file.")
        for ref in record.attachments:
            if can_preview(ref.media_type, ref.size):
                data = self.read_attachment(ref, max_bytes=PREVIEW_MAX_BYTES)
                picture = preview_picture(data, ref.media_type)
                if picture is not None:
                    return ref.name, picture
        return record.attachments[0].name, None

    def _attachment_ids(self) -> list[str]:
        """Every file of the attachment store: records' files, kept shares, replies kept apart."""
        ids = [r[0] for r in self._conn.execute("SELECT id FROM attachments ORDER BY id")]
        ids += [r["attachment_id"] for r in contribution_rows.kept_replies(self._conn)]
        return sorted(ids + received_rows.attachment_ids(self._conn))

    def sweep_orphans(self) -> int:
        """Remove files an interrupted write left behind, once they are clearly abandoned."""
        now = time.time()
        temps = remove_stale_temps(self.layout.home, older_than=ORPHAN_GRACE_SECONDS, now=now)
        temps += backups.remove_leftovers(self.layout)  # a killed backup's database copy
        return temps + self.attachments.sweep(set(self._attachment_ids()), now=now)

    def check(self) -> list[str]:
        """Everything found wrong: damaged database pages, then stored files that are missing
        or damaged; [] when the whole backpack reads back as written."""
        from backpack_app.domain.records import AttachmentRef

        problems = database.integrity_problems(self._conn)
        refs = [
            AttachmentRef(id=r[0], name=r[1], media_type=r[2], size=r[3], sha256=r[4])
            for r in self._conn.execute(
                "SELECT id, name, media_type, size, sha256 FROM attachments ORDER BY id"
            )
        ] + [self._received_ref(row) for row in self.received()]
        refs += [kept_ref(row) for row in contribution_rows.kept_replies(self._conn)]
        for ref in refs:
            try:
                for _ in self.attachments.iter_plaintext(ref):
                    pass
            except CorruptBackpack as exc:
                problems.append(str(exc))
        return problems

    # --- trust list -----------------------------------------------------------------------
    def trust_list(self) -> TrustList:
        return trust_rows.load(self._conn)

    def trust_issuers(self, entries: Iterable[TrustedIssuer]) -> list[TrustedIssuer]:
        """Add (or rename) issuers in the trust list."""
        added = list(entries)
        with database.transaction(self._conn):
            for entry in added:
                trust_rows.upsert(self._conn, entry, added=self._clock().isoformat())
        return added

    def read_trust_file(self, path: Path) -> list[TrustedIssuer]:
        """The entries of a school's trust file (what `backpack school trust-entry` writes, or
        a list of them); nothing is trusted until `trust_issuers`."""
        from backpack_app.credentials.trust_file import read_trust_file

        return list(read_trust_file(Path(path)).issuers.values())

    def untrust_issuer(self, issuer_id: str) -> None:
        with database.transaction(self._conn):
            if not trust_rows.remove(self._conn, issuer_id):
                raise NotFound(f"{issuer_id} is not in your trust list.")

    # --- backup ---------------------------------------------------------------------------
    def backup(self, out: Path) -> None:
        """Write one encrypted file holding the whole backpack, once every page checks out."""
        if database.integrity_problems(self._conn, limit=1):
            raise CorruptBackpack(
                "The backpack's record database is damaged, so no backup was written "
                "(run 'backpack check')."
            )

        def snapshot(path: Path) -> None:
            key = _db_key(self._master).hex()
            self._conn.execute(f"ATTACH DATABASE ? AS snap KEY \"x'{key}'\"", (str(path),))
            try:
                self._conn.execute("SELECT sqlcipher_export('snap')")
                version = database.schema_version(self._conn)
                self._conn.execute(f"PRAGMA snap.user_version = {version}")
            finally:
                self._conn.execute("DETACH DATABASE snap")

        backups.write_backup(
            out,
            layout=self.layout,
            header=self._header,
            master=self._master,
            snapshot_db=snapshot,
            attachment_ids=self._attachment_ids(),
        )

    @classmethod
    def restore(
        cls,
        backup_file: Path,
        home: Path,
        *,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        kdf: KdfPolicy = DEFAULT_POLICY,
        clock: Clock = utc_now,
    ) -> Backpack:
        """Restore a backup into a new folder, unlocking it with its passphrase or recovery key."""
        if (passphrase is None) == (recovery_key is None):
            raise UserError("Give either the backup's passphrase or its recovery key.")

        def unwrap(header: VaultHeader) -> bytes:
            if recovery_key is not None:
                return header.unwrap_with_recovery_secret(parse_recovery_key(recovery_key))
            assert passphrase is not None
            return header.unwrap_with_passphrase(passphrase)

        def verify(db_path: Path, master: bytes) -> None:
            database.connect(db_path, _db_key(master)).close()

        layout = Layout(home)
        master = backups.restore_backup(backup_file, layout, unwrap=unwrap, verify_db=verify)
        header = VaultHeader.load(layout.header)
        wallet = cls(layout, header, master, kdf=kdf, clock=clock)
        wallet.sync_after_restore()
        return wallet
