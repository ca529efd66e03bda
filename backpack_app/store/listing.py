"""Records with their credential's verdict, for lists of thousands (the official records view).

One query reads what a list shows: a record's title, category and transcript columns (school,
term, code, grade, credits, achievement type, and for a record aligned to standards its results
and alignments as JSON text, read out of its details by SQLite), and the verdict, parent and check time
of the credential behind it, from an index that holds them. No record is parsed into its model
and no credential's signed bytes or report are read here: a screen asks for those
(`records.get`, `credentials.get`) when one record is opened. 5,000 signed records list in a few
hundredths of a second rather than the second it takes to read and parse every credential.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlcipher3

from backpack_app.domain.summaries import CATEGORY_BY_VALUE
from backpack_app.domain.verification import Verdict
from backpack_app.domain.vocabulary import Category
from backpack_app.store import records

if TYPE_CHECKING:
    from backpack_app.domain.records import AttachmentRef


@dataclass(frozen=True, slots=True)
class ListedRecord:
    """A record as a list shows it."""

    id: str
    category: Category
    title: str
    school: str
    term: str
    grade: str
    credits: float | None
    verdict: Verdict | None  # None: no credential behind it (an unsigned record)
    parent_record_id: str | None  # the CLR holding it, for a record inside one
    verified_at: str
    files: tuple[AttachmentRef, ...] = ()
    code: str = ""  # a course's code (its achievement's humanCode)
    kind: str = ""  # the achievement type it was signed as (Course, SecondarySchoolDiploma…)
    # A record aligned to standards: its results and alignments as the JSON text SQLite gives
    # (`[results, alignments]`), read only when a screen opens the record's row (`standards`).
    standards_json: str = ""
    day: str = ""  # the record's date (a course's: when it was awarded), ISO, or ""
    provenance: str = ""  # who stands behind it (`Provenance` values), as stored


_VERDICTS = {v.value: v for v in Verdict}


def listed_records(
    conn: sqlcipher3.Connection,
    *,
    learner_id: str | None = None,
    categories: Iterable[Category] | None = None,
    text: str | None = None,
) -> list[ListedRecord]:
    """Records in creation order (filtered like `records.summaries`), with their verdicts."""
    from backpack_app.domain.records import AttachmentRef

    where, args = records.where_clause(learner_id, categories, text)
    grouped: dict[str, list[AttachmentRef]] = {}
    for rid, a, n, m, size, h in conn.execute(
        "SELECT a.record_id, a.id, a.name, a.media_type, a.size, a.sha256 FROM attachments a "  # noqa: S608 - constant clauses; values are bound
        f"JOIN records r ON r.id = a.record_id{where} ORDER BY a.record_id, a.position",
        args,
    ):
        grouped.setdefault(rid, []).append(
            AttachmentRef(id=a, name=n, media_type=m, size=size, sha256=h)
        )
    files = {rid: tuple(refs) for rid, refs in grouped.items()}
    verdicts, found = _VERDICTS, []
    # The index holds every column read of a credential (schema 5), so its rows, a page or more
    # each, are never read; left to itself the planner would look them up by primary key.
    for (
        rid,
        category,
        title,
        school,
        term,
        grade,
        credits,
        verdict,
        parent,
        at,
        code,
        kind,
        standards,
        day,
        provenance,
    ) in conn.execute(
        "SELECT r.id, r.category, r.title, json_extract(r.details, '$.school'), "  # noqa: S608 - constant clauses; values are bound
        "json_extract(r.details, '$.term'), json_extract(r.details, '$.grade'), "
        "json_extract(r.details, '$.credits'), c.verdict, c.parent_record_id, c.verified_at, "
        "json_extract(r.details, '$.code'), json_extract(r.details, '$.achievement_type'), "
        "CASE WHEN json_array_length(r.details, '$.alignments') > 0 "
        "THEN json_extract(r.details, '$.results', '$.alignments') END, r.date, r.provenance "
        "FROM records r "
        "LEFT JOIN credentials c INDEXED BY credentials_listed ON c.record_id = r.id"
        f"{where} ORDER BY r.created, r.id",
        args,
    ):
        found.append(
            ListedRecord(
                rid,
                CATEGORY_BY_VALUE[category],
                title,
                school or "",
                term or "",
                grade or "",
                credits,
                verdicts[verdict] if verdict else None,
                parent,
                at or "",
                files.get(rid, ()),
                code or "",
                kind or "",
                standards or "",
                day or "",
                provenance,
            )
        )
    return found
