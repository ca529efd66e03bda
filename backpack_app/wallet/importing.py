"""The façade's import half: verify credentials, file them for a learner, keep the originals,
check them again (a mixin of `Backpack` in backpack.py, like sharing.py and
publications.py)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpack_app.errors import MalformedCredential
from backpack_app.ids import new_id
from backpack_app.store import credentials as credential_rows
from backpack_app.store import database, listing, records

# The verifier, the importer and the models load in the methods that use them (every
# command that opens the backpack imports this mixin).
if TYPE_CHECKING:
    from backpack_app.credentials.importing import Found, ImportResult, PlannedRecord
    from backpack_app.credentials.verifier import VerifyContext
    from backpack_app.domain.learners import Learner
    from backpack_app.domain.records import AttachmentRef, Category, Record
    from backpack_app.domain.verification import Report
    from backpack_app.store.listing import ListedRecord


class ImportActions:
    """Import methods of the façade (`self` is the unlocked Backpack)."""

    _conn: Any
    _clock: Callable[[], datetime]
    attachments: Any

    def import_credentials(
        self,
        data: bytes,
        *,
        file: str | None = None,
        learner: str | None = None,
        force: bool = False,
    ) -> list[ImportResult]:
        """Verify and store every credential in a file (one, or each of a presentation).

        Tampered and unreadable credentials are refused and change nothing; a credential that
        names no learner of this backpack waits for the user to say whose it is (`learner`);
        one that names another learner is not filed for `learner` unless `force`.
        """
        from backpack_app.credentials.importing import ImportResult, Outcome, credentials_in
        from backpack_app.credentials.verifier import malformed_report

        chosen = self.learner(learner) if learner else None
        ctx = self.verify_context()
        try:
            found = credentials_in(data)
        except MalformedCredential as exc:
            report = malformed_report(str(exc), file=file)
            return [ImportResult(file, Outcome.REFUSED, report, "Nothing of it was stored.")]
        everyone = self.learners()
        return [self._import_one(f, ctx, everyone, chosen, file, force) for f in found]

    def import_files(
        self, paths: Iterable[str | Path], *, learner: str | None = None, force: bool = False
    ) -> list[ImportResult]:
        """`import_credentials` for each file; an unreadable file is a refused result."""
        from backpack_app.credentials.batch import read_input
        from backpack_app.credentials.importing import ImportResult, Outcome
        from backpack_app.domain.verification import Report

        if learner:
            self.learner(learner)  # an unknown name is the user's error, before any file
        results: list[ImportResult] = []
        for path in paths:
            data = read_input(path)
            if isinstance(data, Report):
                results.append(
                    ImportResult(str(path), Outcome.REFUSED, data, "Nothing of it was stored.")
                )
            else:
                results.extend(
                    self.import_credentials(data, file=str(path), learner=learner, force=force)
                )
        return results

    def _import_one(
        self,
        found: Found,
        ctx: VerifyContext,
        everyone: list[Learner],
        chosen: Learner | None,
        file: str | None,
        force: bool = False,
        report: Report | None = None,
    ) -> ImportResult:
        from backpack_app.credentials.importing import (
            REFUSED,
            ImportResult,
            Outcome,
            choose_learner,
            plan_record,
            verify_found,
            with_check,
        )
        from backpack_app.credentials.recipient import name_given
        from backpack_app.domain.verification import Check, CheckId, CheckStatus

        report = report or verify_found(found, ctx, file=file)
        if report.verdict in REFUSED or found.document is None:
            return ImportResult(file, Outcome.REFUSED, report, "Nothing of it was stored.")
        owner, check, matches = choose_learner(found.document, everyone, chosen, force=force)
        if owner is None and chosen is None:  # the same file again, filed before with --learner
            held = [lr for lr in everyone if self._holds(found, lr)]
            if len(held) == 1:
                owner = held[0]
                detail = f"It was filed for {owner.name} before, as you chose then."
                check = Check(id=CheckId.RECIPIENT, status=CheckStatus.WARNING, detail=detail)
        report = with_check(report, check)
        whom = {
            "names": [m.learner.name for m in matches],
            "name_given": name_given(found.document),
        }
        if owner is None:
            message = f"Not imported: {check.detail}"
            return ImportResult(file, Outcome.REFUSED, report, message, **whom)
        existing = credential_rows.find_top_level(self._conn, found.sha256, owner.id)
        if existing:
            message = f"Already in the backpack as {existing}; not stored twice."
            return ImportResult(file, Outcome.DUPLICATE, report, message, owner, existing, **whom)
        planned = plan_record(found, report)
        inside = None if planned.children else self._same_credential(planned, owner, inside=True)
        if inside:  # one record: the course is already there, inside the CLR that carries it
            message = f"Already in the backpack as {inside}, inside the learner record that carries it; kept as one record."
            return ImportResult(file, Outcome.DUPLICATE, report, message, owner, inside, **whom)
        ids = self._store_planned(planned, owner)
        held = f" with the {len(ids) - 1} records inside it" if len(ids) > 1 else ""
        message = f"Imported for {owner.name}{held}."
        return ImportResult(file, Outcome.IMPORTED, report, message, owner, ids[0], ids[1:], **whom)

    def _holds(self, found: Found, learner: Learner) -> bool:
        """The learner has these very bytes, on their own or inside a CLR."""
        return any(
            credential_rows.find_same(
                self._conn,
                learner.id,
                sha256=found.sha256,
                credential_id=None,
                issuer_id=None,
                inside=inside,
            )
            for inside in (False, True)
        )

    def _same_credential(self, item: PlannedRecord, owner: Learner, *, inside: bool) -> str | None:
        """The owner's record already holding this credential (inside a CLR, or on its own)."""
        return credential_rows.find_same(
            self._conn,
            owner.id,
            sha256=item.found.sha256,
            credential_id=item.report.credential_id,
            issuer_id=item.report.issuer_id,
            inside=inside,
        )

    def _store_planned(self, planned: PlannedRecord, owner: Learner) -> list[str]:
        """One transaction: the record and its credential, then those inside a CLR. A course
        filed before from its own file is placed inside the CLR rather than stored twice (one
        record, both sources; it stays if the CLR is deleted)."""
        from backpack_app.credentials.importing import Format, inside_check, with_check
        from backpack_app.domain.records import CATEGORIES, Provenance, Record
        from backpack_app.domain.validation import validated

        now = self._clock()
        rows: list[tuple[Record, credential_rows.CredentialRow]] = []
        moved: list[str] = []  # records filed before, now inside this CLR
        parent_id: str | None = None
        for position, item in enumerate([planned, *planned.children]):
            report = item.report
            if item is not planned:
                assert item.found.document is not None
                twin = self._same_credential(item, owner, inside=False)
                if twin:
                    moved.append(twin)
                    continue
                report = with_check(report, inside_check(item.found.document, owner))
            mapped = item.mapped
            signed = item.found.format is not Format.OB2  # a hosted OB 2.0 badge is unsigned
            record = validated(
                lambda mapped=mapped, position=position, signed=signed: Record(
                    id=new_id("rec"),
                    learner_id=owner.id,
                    category=mapped.category,
                    title=mapped.title,
                    description=mapped.description,
                    date=mapped.date,
                    provenance=Provenance.SCHOOL_SIGNED if signed else Provenance.SCHOOL_UNSIGNED,
                    sensitivity=CATEGORIES[mapped.category].sensitivity,
                    # Microsecond steps keep the records of a CLR in the order it lists them.
                    created=now + timedelta(microseconds=position),
                    updated=now,
                    details=mapped.details,
                )
            )
            rows.append((record, self._credential_row(record.id, parent_id, item, report, now)))
            parent_id = parent_id or record.id
        refs = self._original_files(planned.found)
        if refs:
            rows[0] = (rows[0][0].model_copy(update={"attachments": refs}), rows[0][1])
        try:
            with database.transaction(self._conn):
                for record, row in rows:
                    records.insert(self._conn, record)
                    credential_rows.insert(self._conn, row)
                for twin in moved:
                    credential_rows.set_parent(self._conn, twin, parent_id)
        except BaseException:
            self.attachments.remove(a.id for a in refs)
            raise
        return [record.id for record, _ in rows] + moved

    def _original_files(self, found: Found) -> list[AttachmentRef]:
        """Files kept beside an imported record so a share can carry them: the badge image a
        credential was baked into, and an Open Badges 2.0 assertion as it came."""
        from backpack_app.credentials.importing import Format

        files: list[tuple[bytes, str]] = []
        if found.image is not None:
            files.append((found.image, found.image_name))
        if found.format is Format.OB2:
            files.append((found.original, "open-badge-assertion.json"))
        elif found.format is Format.OB2_JWS:
            files.append((found.original, "open-badge-assertion.jws"))
        refs: list[AttachmentRef] = []
        try:
            for data, name in files:
                refs.append(self.attachments.put_stream(io.BytesIO(data), name=name))
        except BaseException:
            self.attachments.remove(a.id for a in refs)
            raise
        return refs

    @staticmethod
    def _credential_row(
        record_id: str, parent_id: str | None, item: PlannedRecord, report: Report, now: datetime
    ) -> credential_rows.CredentialRow:
        return credential_rows.CredentialRow(
            record_id=record_id,
            parent_record_id=parent_id,
            format=item.found.format.value,
            original=item.found.original,
            sha256=item.found.sha256,
            credential_id=report.credential_id,
            issuer_id=report.issuer_id,
            report=report.to_json(),
            verified_at=now.isoformat(),
        )

    def recheck_credentials(
        self, *, learner: str | None = None, issuers: Iterable[str] | None = None
    ) -> int:
        """Verify every stored credential again with today's trust list and clock; keeps each
        record's recipient check. Returns how many reports changed verdict. `issuers`: only
        the credentials those issuers signed (and the CLRs holding them), as when the trust
        list changed for them: the others' verdicts cannot have changed."""
        learner_id = self.learner(learner).id if learner else None
        rows = credential_rows.all_rows(self._conn, learner_id)
        if issuers is not None:
            wanted = set(issuers)
            touched = {r.record_id for r in rows if r.issuer_id in wanted}
            touched |= {r.parent_record_id for r in rows if r.record_id in touched}
            rows = [r for r in rows if r.record_id in touched]
        if not rows:
            return 0
        from backpack_app.credentials.importing import recheck, with_check
        from backpack_app.domain.verification import Check

        ctx = self.verify_context()
        changed, updates = 0, []
        inside: dict[tuple[str, bytes], Report] = {}  # (CLR record, bytes) -> report
        # A CLR first: checking it checks what it holds, whose reports are then taken from it.
        for row in sorted(rows, key=lambda r: r.parent_record_id is not None):
            found = inside.get((row.parent_record_id or "", row.original))
            if found is None:
                report, held = recheck(row.original, row.format, ctx)
                inside.update({(row.record_id, raw): r for raw, r in held.items()})
            else:
                report = found
            recipient = next((c for c in row.report["checks"] if c["id"] == "recipient"), None)
            if recipient is not None:
                report = with_check(report, Check.model_validate(recipient))
            changed += report.verdict.value != row.report["verdict"]
            updates.append((row.record_id, report.to_json()))
        with database.transaction(self._conn):
            for record_id, report_json in updates:
                credential_rows.update_report(
                    self._conn, record_id, report_json, verified_at=ctx.now.isoformat()
                )
        return changed

    def listed_records(
        self,
        *,
        learner: str | None = None,
        categories: Iterable[Category] | None = None,
        text: str | None = None,
    ) -> list[ListedRecord]:
        """Records with the verdict of the credential behind each, for screens that list
        thousands; a record's credential is read apart (`credential`) when it is opened."""
        learner_id = self.learner(learner).id if learner else None
        return listing.listed_records(
            self._conn, learner_id=learner_id, categories=categories, text=text
        )

    def profile_figures(self, learner: str | None = None) -> dict[str, Any]:
        """The Overview's figures: service hours, milestones done of all, goals still due,
        records per category, the latest five, school-signed records (and verified ones),
        those tutors and programs wrote and signed (third-party attested), each
        school's signed GPA and the credits signed courses state."""
        from backpack_app.credentials.mapping import transcript_figures

        learner_id = self.learner(learner).id
        figures = records.profile_figures(self._conn, learner_id)
        figures["signed"], figures["verified"], figures["attested"] = credential_rows.signed_counts(
            self._conn, learner_id
        )
        rows = credential_rows.signed_transcript(self._conn, learner_id)
        figures["gpas"], figures["credits"] = transcript_figures(rows)
        return figures

    def credential(self, record_id: str) -> credential_rows.CredentialRow | None:
        """The signed original and last report behind a record (None if it has none)."""
        return credential_rows.get(self._conn, self._resolve_record_id(record_id))

    def records_inside(self, record_id: str) -> list[str]:
        """The records of the credentials inside a CLR, in the order it lists them."""
        return credential_rows.children(self._conn, self._resolve_record_id(record_id))
