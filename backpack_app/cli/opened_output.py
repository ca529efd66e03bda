"""What `backpack open` and `received open` print: the share's terms, then what it says (the
transcript by school and term, the Learner Profile), as text or as JSON."""

from __future__ import annotations

from typing import Any

from backpack_app.cli.output import WORD_VALUES, recipient_words
from backpack_app.credentials.dates import friendly_date, parse_datetime
from backpack_app.domain.verification import VERDICT_WORDS
from backpack_app.sharing.contents import ProfileEntry, SignedLine, WrittenEntry, share_contents
from backpack_app.sharing.receive import OpenedShare


def _credits(value: float | None) -> str:
    return "" if value is None else f"{value:g} credit" + ("" if value == 1 else "s")


def _signed(line: SignedLine, indent: str) -> list[str]:
    title = f"{line.code} {line.title}" if line.code else line.title
    parts = [title]
    if line.grade:
        parts.append(f"GPA {line.grade}" if line.is_gpa else f"grade {line.grade}")
    if line.credits is not None and not line.is_gpa:
        parts.append(_credits(line.credits))
    out = [f"{indent}{', '.join(parts)}  [{VERDICT_WORDS[line.verdict]}]"]
    out += [f"{indent}  standard {s.code or s.name}: {s.name} - {s.level}" for s in line.standards]
    return out


def _entry(entry: ProfileEntry, files_of) -> list[str]:
    out = [f"    {entry.title}" + ("" if entry.signature_ok else " (signature FAILED)")]
    if entry.description:
        out.append(f"      {entry.description}")
    for key, value in entry.fields:
        label = key.replace("_", " ").capitalize()
        if key in WORD_VALUES:  # "in_progress" and the like
            value = value.replace("_", " ")
        out.append(f"      {label}: " + value.replace("\n", "\n        "))
    out += [f"      Note {day}: {text}" for day, text in entry.notes]
    out += [f"      {files_of(f)}" for f in entry.files]
    return out


def _written(entry: WrittenEntry) -> list[str]:
    author = entry.author
    out = [
        f"  {entry.title} ({entry.kind})",
        f"    written by {author.name or 'a writer who gave no name'} (key {author.did}, "
        f"fingerprint {author.fingerprint}; signature verified)",
    ]
    if entry.endorses:
        out.append(f"    Endorses: {entry.endorses}")
    if entry.text:
        out.append("    " + entry.text.replace("\n", "\n    "))
    if entry.hours is not None:
        out.append(f"    Hours attended: {entry.hours:g}")
    out += [f"    {_file(f)}" for f in entry.files]
    return out


def _file(f) -> str:
    return f"file {f.name} ({f.size} bytes, {f.media_type}), fingerprint checked"


def print_opened(opened: OpenedShare, out) -> None:
    """The share as text: who made it for whom, then everything it holds."""
    lines = [
        f"Share {opened.share_id} of {opened.learner_name or 'a learner'}'s records, "
        f"for {recipient_words(opened.recipient_name)}"
        + (f": {opened.purpose}" if opened.purpose else ""),
        f"Signed by the learner's key (fingerprint {opened.holder_fingerprint}) on "
        f"{friendly_date(opened.created)}; open until {friendly_date(opened.expires)}.",
    ]
    contents = share_contents(opened)
    if contents.schools:
        lines.append("")
        lines.append("School records (signed by the school):")
    for school in contents.schools:
        total = _credits(school.credits)
        lines.append(f"  {school.name or 'School not named'}" + (f" ({total})" if total else ""))
        for gpa in school.gpa:
            lines += _signed(gpa, "    ")
        for term in school.terms:
            lines.append(f"    {term.name}")
            for line in term.lines:
                lines += _signed(line, "      ")
        for line in school.other:
            lines += _signed(line, "    ")
    if contents.profile:
        lines.append("")
        lines.append("Learner profile (self-reported by the learner; no school vouches for it):")
    heading = None
    if contents.profile:  # (the categories' labels are beside the models)
        from backpack_app.domain.records import CATEGORIES
    for entry in contents.profile:
        label = CATEGORIES[entry.category].label if entry.category else "Other entries"
        if label != heading:
            heading = label
            lines.append(f"  {label}")
        lines += _entry(entry, _file)
    if contents.third_party:
        lines.append("")
        lines.append(
            "Written by others (third-party attested: each signed by its writer's own key, "
            "checked; no school vouches for it):"
        )
    for written in contents.third_party:
        lines += _written(written)
    if contents.loose_files:
        lines.append("")
        lines.append("Other files:")
        lines += [f"  {_file(f)}" for f in contents.loose_files]
    bad = [r for r in opened.records if not r.report.valid]
    if bad:
        lines.append("")
        lines += [f"NOT VALID: {r.title}. {r.report.summary}" for r in bad]
    if opened.request is not None:
        lines.append("")
        asked = (
            f'The family asks you to write back: "{opened.request.ask}" (until '
            f"{friendly_date(parse_datetime(opened.request.until, 'date'))}). Answer with "
            "'backpack reply'"
        )
        if not opened.records:  # a request on its own: nothing shared, nothing to endorse
            lines.append(f"{asked}. It shares no record.")
        else:
            lines.append(f"{asked}; to endorse one of these records, name it with --endorses N:")
        lines += [f"  {n}. {r.title}" for n, r in enumerate(opened.records, 1)]
    print("\n".join(lines), file=out)


def opened_json(opened: OpenedShare) -> dict[str, Any]:
    """The share as JSON: its terms, each record's full report, and what it says."""
    return {
        "share_id": opened.share_id,
        "valid": opened.valid,
        "learner": opened.learner_name,
        "holder": {"id": opened.holder_did, "fingerprint": opened.holder_fingerprint},
        "recipient": opened.recipient_name,
        "purpose": opened.purpose,
        "created": opened.created.isoformat(),
        "expires": opened.expires.isoformat(),
        "records": [
            {
                "title": r.title,
                "id": r.document.get("id") if isinstance(r.document, dict) else None,
                "self_reported": r.self_reported,
                "provenance": r.provenance,
                "author": r.author.to_json() if r.author is not None else None,
                "restricted": r.restricted,
                "valid": r.report.valid,
                "report": r.report.to_json(),
            }
            for r in opened.records
        ],
        "files": [f.to_json() for f in opened.files],
        "contents": share_contents(opened).to_json(),
        "contribution_request": (
            {"ask": opened.request.ask, "until": opened.request.until}
            if opened.request is not None
            else None
        ),
    }
