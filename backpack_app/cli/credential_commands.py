"""Commands about credentials: verify (needs no backpack)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from backpack_app.credentials.batch import verify_files
from backpack_app.credentials.did import issuer_id, issuer_name
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.trust_file import parse_trust_entries, read_trust_file
from backpack_app.credentials.verifier import VerifyContext
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import VERDICT_WORDS, CheckStatus, Report
from backpack_app.errors import MalformedCredential, MalformedFile, UserError


def parse_at(text: str | None) -> dt.datetime:
    if text is None:
        return dt.datetime.now(dt.UTC)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"--at {text!r} is not a date and time like 2027-03-12T09:00:00Z."
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def print_report(report: Report, out, indent: str = "") -> None:
    print(
        f"{indent}{report.file or report.credential_id or 'credential'}: "
        f"{VERDICT_WORDS[report.verdict]}. {report.summary}",
        file=out,
    )
    for check in report.checks:
        if check.status in (CheckStatus.FAILED, CheckStatus.WARNING):
            print(f"{indent}  {check.status.value}: {check.id.value}: {check.detail}", file=out)
    for inner in report.nested:
        print_report(inner, out, indent + "    ")


def cmd_verify(ctx, args: argparse.Namespace) -> int:
    if not args.files:
        raise UserError("Name at least one credential file to verify.")
    trust = read_trust_file(args.trust) if args.trust else TrustList()
    vctx = VerifyContext(now=parse_at(args.at), trust=trust)
    reports = verify_files(args.files, vctx)
    if args.json:
        json.dump([r.to_json() for r in reports], ctx.out, indent=2, ensure_ascii=False)
        ctx.out.write("\n")
    else:
        for report in reports:
            print_report(report, ctx.out)
    return 0 if all(r.valid for r in reports) else 1


def trust_entries_from(source: str, name: str | None) -> list[TrustedIssuer]:
    """Entries from a DID (needs --name), a school's trust file, or a credential's issuer."""
    if source.startswith("did:") or source.startswith("https://"):
        if not name:
            raise UserError("Give the issuer's name with --name, as you know it.")
        return [TrustedIssuer(id=source, name=name)]
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {source} ({exc.strerror}).") from None
    try:
        entries = parse_trust_entries(data)
    except MalformedFile:
        entries = []
    if not entries:
        try:
            document = parse_json(data)
            entries = [
                TrustedIssuer(
                    id=issuer_id(document),
                    name=name or issuer_name(document) or issuer_id(document),
                )
            ]
        except (MalformedCredential, AttributeError):
            raise UserError(f"{source} is neither a trust file nor a credential.") from None
    if name:
        if len(entries) != 1:
            raise UserError("--name can rename only a single issuer.")
        entries = [entries[0].model_copy(update={"name": name})]
    return entries


def cmd_trust(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        if args.trust_command == "list":
            issuers = list(wallet.trust_list().issuers.values())
            if args.json:
                json.dump([i.model_dump() for i in issuers], ctx.out, indent=2)
                ctx.out.write("\n")
            elif not issuers:
                ctx.say("Your trust list is empty. Add a school with 'backpack trust add'.")
            for issuer in [] if args.json else issuers:
                ctx.say(f"{issuer.name}  {issuer.id}" + (f"  {issuer.url}" if issuer.url else ""))
        elif args.trust_command == "add":
            for entry in wallet.trust_issuers(trust_entries_from(args.source, args.name)):
                ctx.say(f"Trusted {entry.name} ({entry.id}).")
        else:
            wallet.untrust_issuer(args.did)
            ctx.say(f"Removed {args.did} from your trust list.")
    return 0
