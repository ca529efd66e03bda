"""`backpack school ...`: the records office's tools (sample export, signing key, issuing)."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from backpack_app.domain.vocabulary import ISSUE_FORMATS
from backpack_app.domain.vocabulary import PROOFS as PROOF_FORMATS
from backpack_app.errors import UserError
from backpack_app.files import atomic_write_bytes

# The school modules are imported by the actions that use them, so `backpack` starts fast;
# the choices are the light vocabulary the school modules use too (a test holds them equal).
FORMATS, PROOFS = ISSUE_FORMATS, PROOF_FORMATS  # the school modules' own (domain/vocabulary.py)
MAX_SAMPLE_STUDENTS = 100_000
MAX_JOBS = 32


def add_school_commands(sub) -> None:
    """Declare `backpack school` and its actions on the root subparsers."""
    school = sub.add_parser("school", help="for a school: sign records from a OneRoster export")
    actions = school.add_subparsers(dest="school_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "sample",
        help="write a synthetic OneRoster 1.2 CSV export, and an Ed-Fi JSON export in DIR/edfi",
    )
    p.add_argument("--students", type=int, default=40, metavar="N")
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--out", type=Path, required=True, metavar="DIR")

    p = actions.add_parser("init", help="make the school's signing key (prints its DID)")
    p.add_argument("--name", required=True)
    p.add_argument("--url", default="")
    p.add_argument("--out", type=Path, required=True, metavar="KEYFILE")

    p = actions.add_parser("trust-entry", help="write the file families add to their trust list")
    p.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--did-web", metavar="DOMAIN", help="for records issued with --did-web")

    p = actions.add_parser("did-web", help="write a did:web DID document for the school's key")
    p.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--domain", required=True, help="e.g. lincoln-hs.example.org")
    p.add_argument("--out", type=Path, required=True, metavar="did.json")

    p = actions.add_parser("issue", help="sign each student's records from a OneRoster export")
    p.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    p.add_argument("--oneroster", type=Path, required=True, metavar="DIR-or-ZIP")
    p.add_argument("--out", type=Path, required=True, metavar="OUTDIR")
    p.add_argument(
        "--edfi",
        type=Path,
        metavar="DIR",
        help="an Ed-Fi ODS/API JSON export (Sessions, attendance events, discipline): also "
        "issue per-term attendance and behaviour summaries (see README)",
    )
    p.add_argument("--students", metavar="IDS", help="comma-separated sourcedIds (default: all)")
    p.add_argument("--term", help="only this term (its title or sourcedId)")
    p.add_argument("--format", choices=FORMATS, default="both")
    p.add_argument(
        "--proof",
        choices=PROOFS,
        default=PROOFS[0],
        help="how each credential is signed: an embedded Data Integrity proof (.json files, "
        "the default) or as a VC-JWT (.jwt files)",
    )
    p.add_argument(
        "--grading",
        type=Path,
        metavar="FILE",
        help="the school's grading policy (TOML: each grade, whether it passes and earns "
        "credit, highest first; see README)",
    )
    p.add_argument(
        "--catalog",
        type=Path,
        metavar="FILE",
        help="course credits (CSV with courseCode,credits) where the export has no "
        "metadata.credits column",
    )
    p.add_argument("--strict", action="store_true", help="any problem in the export fails the run")
    p.add_argument("--did-web", metavar="DOMAIN", help="sign as did:web:DOMAIN (see did-web)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="signing processes (default 1)")


def cmd_school(ctx, args: argparse.Namespace) -> int:
    return {
        "sample": _sample,
        "init": _init,
        "trust-entry": _trust_entry,
        "did-web": _did_web,
        "issue": _issue,
    }[args.school_command](ctx, args)


def _sample(ctx, args: argparse.Namespace) -> int:
    from backpack_app.school.edfi_sample import FOLDER, write_edfi_sample
    from backpack_app.school.sample import write_sample

    if not 1 <= args.students <= MAX_SAMPLE_STUDENTS:
        raise UserError(f"--students must be between 1 and {MAX_SAMPLE_STUDENTS}.")
    paths = write_sample(args.out, args.students, seed=args.seed)
    edfi = write_edfi_sample(args.out / FOLDER, args.students)
    ctx.say(
        f"Wrote a OneRoster 1.2 sample of {args.students} students ({len(paths)} files) to {args.out}."
    )
    ctx.say(
        f"Wrote their Ed-Fi attendance, behaviour and grade levels ({len(edfi)} files) to "
        f"{args.out / FOLDER}; try: backpack school issue ... --oneroster {args.out} "
        f"--edfi {args.out / FOLDER}"
    )
    return 0


def _init(ctx, args: argparse.Namespace) -> int:
    from backpack_app.crypto.school_key import new_school_key_file

    if args.out.exists():
        raise UserError(f"{args.out} already exists; a school key is never overwritten.")
    passphrase = ctx.secrets.school_passphrase(new=True)
    data, info = new_school_key_file(
        name=args.name, url=args.url, passphrase=passphrase, params=ctx.kdf.params_for_new_key()
    )
    atomic_write_bytes(args.out, data)
    args.out.chmod(0o600)
    ctx.say(info.did)
    return 0


def _read_key_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read the key file {path}: {exc.strerror}.") from exc


def _trust_entry(ctx, args: argparse.Namespace) -> int:
    from backpack_app.crypto.school_key import read_school_key_info
    from backpack_app.school.did_web_document import did_web_for

    info = read_school_key_info(_read_key_file(args.key))
    did = did_web_for(args.did_web) if args.did_web else info.did
    entry = {"name": info.name, "did": did}
    if info.url:
        entry["url"] = info.url
    atomic_write_bytes(args.out, json.dumps(entry, indent=2).encode("utf-8") + b"\n")
    ctx.say(f"Wrote the trust entry for {info.name} ({did}) to {args.out}.")
    return 0


def _did_web(ctx, args: argparse.Namespace) -> int:
    from backpack_app.crypto.school_key import read_school_key_info
    from backpack_app.school.did_web_document import did_web_document, did_web_for

    info = read_school_key_info(_read_key_file(args.key))
    did = did_web_for(args.domain)
    document = did_web_document(did, info.did)
    atomic_write_bytes(args.out, json.dumps(document, indent=2).encode("utf-8") + b"\n")
    ctx.say(did)
    return 0


def _issue(ctx, args: argparse.Namespace) -> int:
    from backpack_app.crypto.school_key import open_school_key_file
    from backpack_app.school.batch import RunOptions, issue_export
    from backpack_app.school.did_web_document import did_web_for
    from backpack_app.school.grading import load_catalog, load_grading
    from backpack_app.school.issuing import Issuer
    from backpack_app.school.oneroster import read_export

    if not 1 <= args.jobs <= MAX_JOBS:  # before the passphrase and the export are read
        raise UserError(f"--jobs must be between 1 and {MAX_JOBS}.")
    grading = load_grading(args.grading) if args.grading else None  # a bad file: before asking
    catalog = load_catalog(args.catalog) if args.catalog else None
    edfi = None
    if args.edfi is not None:  # a wrong folder is said before the passphrase is asked
        from backpack_app.school.edfi import read_edfi

        edfi = read_edfi(args.edfi)
    key, info = open_school_key_file(_read_key_file(args.key), ctx.secrets.school_passphrase())
    did = did_web_for(args.did_web) if args.did_web else info.did
    issuer = Issuer(info.name, info.url, did, key.private)
    export = read_export(args.oneroster, grading=grading, catalog=catalog)
    if edfi is not None:
        from backpack_app.school.batch import attach_edfi

        attach_edfi(export, edfi)
    ids = {s.strip() for s in args.students.split(",") if s.strip()} if args.students else None
    options = RunOptions(
        students=ids,
        term=args.term,
        format=args.format,
        strict=args.strict,
        jobs=args.jobs,
        proof=args.proof,
    )

    def progress(done: int, total: int) -> None:
        if total >= 200 and (done % 100 == 0 or done == total):
            print(f"  {done}/{total} students", file=ctx.err, flush=True)

    summary = issue_export(
        export, issuer, args.out, options, now=datetime.now(UTC), progress=progress, edfi=edfi
    )
    for problem in export.problems:
        print(f"problem: {problem}", file=ctx.err)
    if summary.refused:
        why = (
            "the export cannot be used" if export.fatal else "--strict and the export has problems"
        )
        print(
            f"backpack: nothing issued: {why} ({len(export.problems)} problems above).",
            file=ctx.err,
        )
        return 1
    if export.problems:
        ctx.say(
            f"Reported {len(export.problems)} problems (listed above); only the students listed "
            "below as withheld lost anything for them."
        )
    for sid, reasons in summary.withheld.items():
        if sid in summary.withheld_entirely:
            ctx.say(f"Withheld, nothing issued: {sid} ({reasons[0]})")
        else:
            ctx.say(f"CLR withheld (their other course credentials issued): {sid} ({reasons[0]})")
    for sid in sorted((ids or set()) - set(export.students)):
        ctx.say(f"Not a student in this export, nothing issued: {sid}")
    for sid in summary.without_results:
        ctx.say(f"No results, nothing issued: {sid}")
    ctx.say(summary.line())
    return 0
