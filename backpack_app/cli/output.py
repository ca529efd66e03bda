"""How the CLI prints learners and records, for people and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from backpack_app.domain.vocabulary import Provenance, entered_by_family

# Every command imports this module; the models are loaded by the commands that print them.
if TYPE_CHECKING:
    from backpack_app.domain.learners import Learner
    from backpack_app.domain.records import Record, RecordSummary
    from backpack_app.store.credentials import CredentialRow
    from backpack_app.wallet.syncing import HistoryEntry

PROVENANCE_LABELS = {
    Provenance.SCHOOL_SIGNED: "school-signed",
    Provenance.SCHOOL_UNSIGNED: "from school, unsigned",
    Provenance.THIRD_PARTY_ATTESTED: "third-party attested",
    Provenance.SELF_REPORTED: "self-reported",
}
WORD_VALUES = {"status", "kind", "track"}  # details whose values are words of a vocabulary
# The name the façade gives a code share's recipient (a name of its own in lists).
CODE_RECIPIENT = "Whoever has the code"


def recipient_words(name: str) -> str:
    """A share's recipient inside a sentence: "with whoever has the code", not "with Whoever"."""
    return CODE_RECIPIENT.lower() if name == CODE_RECIPIENT else name


def counted(n: int, word: str, plural: str = "") -> str:
    """'1 record', '2 records', '1 reply', '3 replies'."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def verdict_words(words: str, summary: str) -> str:
    """The verdict's words and the sentence explaining it, without saying "Verified" twice."""
    return summary if summary.startswith(f"{words}:") else f"{words}. {summary}"


def provenance_label(category, provenance: Provenance) -> str:
    """Who stands behind a record, in words (an assessment the family entered: self-reported)."""
    from backpack_app.domain.state_tests import SELF_REPORTED_LABEL

    if entered_by_family(category, provenance):
        return SELF_REPORTED_LABEL
    return PROVENANCE_LABELS[provenance]


def recovery_block(recovery_key: str) -> str:
    """The one place a recovery key is printed; nothing else printed looks like it."""
    return (
        "Write down this recovery key and keep it apart from your passphrase. It is shown\n"
        "only this once; it opens the backpack if the passphrase is forgotten.\n"
        f"Recovery key: {recovery_key}"
    )


def write_json(data: object, out: TextIO) -> None:
    """Data as indented JSON on `out` (dates and other values as text)."""
    json.dump(data, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def _row_encoder() -> Callable[[object], str]:
    """`json.dumps(row, ensure_ascii=False, default=str)`, with json's C encoder made once for
    all rows (`dumps` makes one per call: half of writing 10,000 rows)."""
    plain = json.JSONEncoder(ensure_ascii=False, default=str)
    if json.encoder.c_make_encoder is None:  # (a Python without json's C accelerator)
        return plain.encode
    chunks = json.encoder.c_make_encoder(
        {}, plain.default, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    return lambda row: "".join(chunks(row, 0))


def _summary_json(r: RecordSummary) -> str | None:
    """`r.to_json()` as `json.dumps(..., ensure_ascii=False)` writes it, in one pass without
    the dict (a tenth of the time, for 10,000 rows); None for a row with an author (nested)
    or a value of another type than the stored columns', which the encoder writes instead."""
    if r.author is not None or entered_by_family(r.category, r.provenance):
        return None  # (nested, or self-reported: `to_json` adds it)
    text = json.encoder.encode_basestring  # (json's C function, as the encoder uses)
    try:
        return (
            f'{{"id": {text(r.id)}, "learner": {text(r.learner)}, '
            f'"learner_id": {text(r.learner_id)}, "category": {text(r.category._value_)}, '
            f'"title": {text(r.title)}, "provenance": {text(r.provenance._value_)}, '
            f'"sensitivity": {text(r.sensitivity._value_)}, '
            f'"date": {"null" if r.date is None else text(r.date)}, '
            f'"created": {text(r.created)}, "attachments": {int.__repr__(r.attachment_count)}}}'
        )
    except TypeError:
        return None


def print_learners(learners: Sequence[Learner], out: TextIO, *, as_json: bool) -> None:
    if as_json:
        write_json([lr.model_dump(mode="json") for lr in learners], out)
        return
    if not learners:
        print("No learners yet. Add one with 'backpack learner add NAME'.", file=out)
    for lr in learners:
        born = f", born {lr.born.isoformat()}" if lr.born else ""
        print(f"{lr.id}  {lr.name}{born}  ({lr.did})", file=out)


def print_records(rows: Sequence[RecordSummary], out: TextIO, *, as_json: bool) -> None:
    if as_json:
        # A JSON list with one row per line (indenting the whole list is pure Python: longer
        # than reading 10,000 records), each row written by `_summary_json`.
        encode = _row_encoder()
        lines = [_summary_json(r) or encode(r.to_json()) for r in rows]
        out.write("[\n  " + ",\n  ".join(lines) + "\n]\n" if lines else "[]\n")
        return
    if not rows:
        print("No records match.", file=out)
        return
    width = max(len(r.learner) for r in rows)  # a name is never cut short
    for r in rows:
        flag = "" if r.sensitivity.value == "normal" else f" [{r.sensitivity.value}]"
        files = (
            f" ({r.attachment_count} file{'s' if r.attachment_count != 1 else ''})"
            if r.attachment_count
            else ""
        )
        by = f" by {r.author['name']}" if r.author else ""
        print(
            f"{r.id}  {r.learner:<{width}}  {r.category.value:<12}  {r.title}{files}  "
            f"- {provenance_label(r.category, r.provenance)}{by}{flag}",
            file=out,
        )


def known_words(contact: str | None, since: dt.date | None) -> str:
    """Whether a third-party writer's key is a contact's: "in your contacts as NAME since
    DAY", or "not in your contacts" with what to do."""
    if contact is None or since is None:
        return "not in your contacts: compare the fingerprint with them"
    return f"in your contacts as {contact} since {since.day} {since.strftime('%B %Y')}"


def written_by(author: dict) -> str:
    """ "written by NAME (key fingerprint …, in your contacts as … since …)" of an author
    as the façade gives one (`Backpack.author_of`)."""
    since = author.get("contact_since")
    known = known_words(author.get("contact"), dt.date.fromisoformat(since) if since else None)
    return f"written by {author['name']} (key fingerprint {author['fingerprint']}, {known})"


def credential_json(row: CredentialRow, inside: Sequence[str]) -> dict:
    return {
        "format": row.format,
        "id": row.credential_id,
        "issuer": row.issuer_id,
        "sha256": row.sha256,
        "verified_at": row.verified_at,
        "part_of": row.parent_record_id,
        "records_inside": list(inside),
        "report": row.report,
    }


def _credential_lines(row: CredentialRow, inside: Sequence[str]) -> list[str]:
    from backpack_app.domain.verification import VERDICT_WORDS, Verdict

    report = row.report
    verdict = Verdict(report["verdict"])
    said = verdict_words(VERDICT_WORDS[verdict], report["summary"])
    lines = [f"  Checked {row.verified_at[:16]}: {said}"]
    lines.extend(f"    {c['status']}: {c['id']}: {c['detail']}" for c in report["checks"])
    if row.parent_record_id:
        lines.append(f"  part of the signed learner record {row.parent_record_id}")
    if inside:
        lines.append(f"  holds {len(inside)} signed records: {', '.join(inside)}")
    return lines


def print_record(
    record: Record,
    learner: Learner,
    out: TextIO,
    *,
    as_json: bool,
    credential: CredentialRow | None = None,
    inside: Sequence[str] = (),
    endorsements: Sequence[dict] = (),
    history: Sequence[HistoryEntry] = (),
    author: dict | None = None,
) -> None:
    """`author`: a third-party attested record's writer (`Backpack.author_of`)."""
    history = [h for h in history if h.field != "updated"]
    if as_json:
        data = record.model_dump(mode="json")
        data["learner"] = learner.name
        if author is not None:
            data["author"] = author
        if credential is not None:
            data["credential"] = credential_json(credential, inside)
        if endorsements:
            data["endorsements"] = list(endorsements)
        if history:
            data["history"] = [
                {
                    "field": _field_name(h.field),
                    "value": h.value,
                    "when": h.when,
                    "by": h.device,
                    "computer": h.computer or h.device,
                }
                for h in history
            ]
        write_json(data, out)
        return
    from backpack_app.domain.records import CATEGORIES

    info = CATEGORIES[record.category]
    lines = [
        f"{record.title}",
        f"  {info.label} for {learner.name} - {provenance_label(record.category, record.provenance)}",
        f"  id {record.id}, sensitivity {record.sensitivity.value}",
    ]
    if record.date:
        lines.append(f"  date {record.date.isoformat()}")
    if author is not None:
        lines.append(f"  {written_by(author)}")
    if record.description:
        lines.append(f"  {record.description}")
    for key, value in record.details.model_dump(mode="json").items():
        if value in (None, "", []) or (author is not None and key in ("school", "issuer_id")):
            continue  # (a third-party writer is no school: said above, with their key)
        if key == "progress_notes":
            lines.extend(f"  note {n['date']}: {n['text']}" for n in value)
        elif isinstance(value, list):
            label = key.rstrip("s").replace("_", " ")
            lines.extend(
                f"  {label}: " + ", ".join(f"{k} {v}" for k, v in item.items() if v)
                for item in value
            )
        else:
            label = key.replace("_", " ")
            if key == "school" and record.provenance is Provenance.THIRD_PARTY_ATTESTED:
                label = "written by"  # a tutor or a program, not a school
            if key in WORD_VALUES and isinstance(value, str):
                value = value.replace("_", " ")  # "in_progress" and the like
            lines.append(f"  {label}: {value}")
    lines.extend(
        f"  file {a.name} ({a.size} bytes, sha256 {a.sha256[:16]}…)" for a in record.attachments
    )
    if credential is not None:
        lines.extend(_credential_lines(credential, inside))
    lines.extend(
        f"  endorsed by {e['author']} (third-party attested, {e['record']}): {e['text']}"
        for e in endorsements
    )
    if history:
        lines.append(
            "  earlier values (kept when an edit replaced them, here or on another computer):"
        )
        lines.extend(
            f"    {_field_name(h.field)}: {_earlier_value(h.value)} "
            f"(until replaced; written {h.when} by {h.computer or h.device})"
            for h in history
        )
    print("\n".join(lines), file=out)


def _earlier_value(value: object) -> str:
    """An earlier value as a person reads it: "(none)" for an empty one."""
    if value in (None, "", [], {}):
        return "(none)"
    return json.dumps(value, ensure_ascii=False)


def _field_name(field: str) -> str:
    """A sync field as a person reads it: `d.hours` is the detail `hours`."""
    return field.removeprefix("d.").replace("_", " ")
