"""Commands about credentials: verify (needs no backpack), import, trust."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backpack_app.cli.moments import parse_at
from backpack_app.cli.output import counted, verdict_words
from backpack_app.cli.status_commands import read_publication
from backpack_app.credentials.batch import verify_files
from backpack_app.credentials.contexts import names_unknown_context
from backpack_app.credentials.did import KeyResolver, issuer_id, issuer_name
from backpack_app.credentials.did_web import parse_did_document
from backpack_app.credentials.ob2 import MAX_KEY_FILE_BYTES, Ob2Key, parse_ob2_key
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.registries import parse_dcc_registry
from backpack_app.credentials.status import StatusLists, claimed_list_url, read_status_list
from backpack_app.credentials.trust_file import parse_trust_entries, read_trust_file
from backpack_app.credentials.verifier import VerifyContext
from backpack_app.domain.status import CachedStatusList
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import VERDICT_WORDS, CheckId, CheckStatus, Report
from backpack_app.errors import CredentialProblem, MalformedCredential, MalformedFile, UserError

if TYPE_CHECKING:  # importing (the mapping to records) is loaded by `import` only
    from backpack_app.credentials.importing import ImportResult


def read_ob2_key(path: Path) -> Ob2Key:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Cannot read {path} ({exc.strerror}).") from None
    return parse_ob2_key(data)


def print_report(report: Report, out, indent: str = "") -> None:
    print(
        f"{indent}{report.file or report.credential_id or 'credential'}: "
        f"{verdict_words(VERDICT_WORDS[report.verdict], report.summary)}",
        file=out,
    )
    for check in report.checks:
        # A passed status check carries the date it holds for, so it is shown too.
        shown = check.status in (CheckStatus.FAILED, CheckStatus.WARNING) or (
            check.id is CheckId.STATUS and check.status is CheckStatus.PASSED
        )
        if shown:
            print(f"{indent}  {check.status.value}: {check.id.value}: {check.detail}", file=out)
    for inner in report.nested:
        print_report(inner, out, indent + "    ")


def _status_files(
    paths: Sequence[str], keys: KeyResolver, warn: Callable[[str], None]
) -> list[CachedStatusList]:
    """The --status files. A bad one never stops `verify`: when it names the address it stands
    for, the reports of the credentials that use that address say why it was not used (a
    warning); when it does not even say that, it is left out with a warning here."""
    lists = []
    for path in paths:
        try:
            data = read_publication(path, "status list")
            lists.append(
                CachedStatusList(
                    url=read_status_list(data, as_of=None, keys=keys).url, credential=data
                )
            )
        except CredentialProblem as exc:
            url = claimed_list_url(data)
            if url is not None:
                lists.append(CachedStatusList(url=url, credential=data))
            else:
                warn(f"{path} is not a status list Backpack can use, so it was not used: {exc}")
        except UserError as exc:
            warn(f"{path} was not used: {exc}")
    return lists


def _use_contexts(given: Sequence[Sequence[str]], warn: Callable[[str], None]) -> None:
    """The --context URL FILE pairs, checked as `context add` checks them and used for this
    run only. A bad one is a warning: credentials that name its URL come out "cannot be
    checked offline", naming it."""
    if not given:
        return
    from backpack_app.credentials.added_contexts import check_added_context
    from backpack_app.credentials.contexts import register_added_contexts

    for url, path in given:
        try:
            document, _digest = check_added_context(url, read_publication(Path(path), "context"))
        except UserError as exc:
            warn(f"{path} was not used for {url}: {exc}")
        else:
            register_added_contexts({url: document})


def offline_context(
    args: argparse.Namespace,
    *,
    now: dt.datetime,
    trust: TrustList,
    warn: Callable[[str], None] = lambda _: None,
) -> VerifyContext:
    """A context from files given with --did-doc, --status, --ob2-key (no backpack, no network)."""
    try:
        documents = [parse_did_document(read_publication(f, "DID document")) for f in args.did_doc]
    except CredentialProblem as exc:
        raise UserError(f"A --did-doc file is not a did:web document: {exc}") from None
    keys = KeyResolver(documents)
    lists = _status_files(args.status, keys, warn)
    _use_contexts(getattr(args, "context", []), warn)
    return VerifyContext(
        now=now,
        trust=trust,
        keys=keys,
        status_lists=StatusLists(lists),
        ob2_keys=tuple(read_ob2_key(p) for p in args.ob2_key),
        schemas=getattr(args, "schemas", False),
        registries=tuple(
            parse_dcc_registry(
                read_publication(p, "registry"), name=p.name, source=str(p), as_of=None
            )
            for p in getattr(args, "registry", [])
        ),
    )


def emit(items: Sequence[Any], out, *, as_json: bool, show: Callable[[Any, Any], None]) -> None:
    """A JSON list of the items' `to_json()`, or each shown for people."""
    if as_json:
        json.dump([i.to_json() for i in items], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    for item in items:
        show(item, out)


# sharing.container.MAGIC, said again: `verify` does not load the sharing package (start-up).
SHARE_MAGIC = b"BPSHARE\0"


def refuse_shares(paths: Sequence[str | Path]) -> None:
    """A share or a reply given where credentials are expected: say where it goes instead of
    "it is not text"."""
    for path in paths:
        try:
            with open(path, "rb") as fh:
                start = fh.read(len(SHARE_MAGIC))
        except OSError:
            continue  # said in the file's own report
        if start == SHARE_MAGIC:
            raise UserError(
                f"{path} is a Backpack share (or a reply to one), not a credential: open it "
                f"with 'backpack open {path}'."
            )


def cmd_verify(ctx, args: argparse.Namespace) -> int:
    if not args.files:
        raise UserError("Name at least one credential file to verify.")
    refuse_shares(args.files)
    trust = read_trust_file(args.trust) if args.trust else TrustList()
    vctx = offline_context(
        args,
        now=parse_at(args.at),
        trust=trust,
        warn=lambda text: print(f"warning: {text}", file=ctx.err),
    )
    reports = verify_files(args.files, vctx)
    emit(reports, ctx.out, as_json=args.json, show=print_report)
    if any(names_unknown_context(r.summary) for r in reports):
        print(
            "note: 'verify' uses only the contexts Backpack ships and those given with "
            "--context URL FILE (contexts kept with 'context add' are used by import and the "
            "window).",
            file=ctx.err,
        )
    return 0 if all(r.valid for r in reports) else 1


def print_import(result: ImportResult, out) -> None:
    from backpack_app.credentials.importing import Outcome

    label = {
        Outcome.IMPORTED: "imported",
        Outcome.DUPLICATE: "already here",
        Outcome.REFUSED: "not imported",
    }[result.outcome]
    where = f" as {result.record_id}" if result.record_id else ""
    print(
        f"{result.file}: {label}{where}. "
        f"{verdict_words(VERDICT_WORDS[result.report.verdict], result.report.summary)}",
        file=out,
    )
    if result.outcome is not Outcome.IMPORTED or result.child_record_ids:
        print(f"  {result.message}", file=out)
    if result.names or result.name_given:  # whose it is, as the file names them
        print(f"  It names: {', '.join(result.names) or result.name_given}", file=out)
    for check in result.report.checks:
        if check.status in (CheckStatus.FAILED, CheckStatus.WARNING):
            print(f"  {check.status.value}: {check.id.value}: {check.detail}", file=out)


def cmd_import(ctx, args: argparse.Namespace) -> int:
    if not args.files:
        raise UserError("Name at least one credential file to import.")
    refuse_shares(args.files)
    with ctx.open() as wallet:
        results = wallet.import_files(args.files, learner=args.learner, force=args.force)
    from backpack_app.credentials.importing import Outcome

    emit(results, ctx.out, as_json=args.json, show=print_import)
    ok = all(r.outcome is not Outcome.REFUSED and r.report.valid for r in results)
    return 0 if ok else 1


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


def _cmd_registry(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        if args.registry_command == "list":
            registries = wallet.issuer_registries()
            if not registries:
                ctx.say("You added no issuer registry. Add one with 'backpack trust registry add'.")
            for r in registries:
                ctx.say(
                    f"{r.listing()}: {counted(len(r.entries), 'issuer')}, from {r.source}, sha256 {r.sha256}"
                )
            return 0
        if args.registry_command == "remove":
            wallet.remove_registry(args.name)
            ctx.say(f"Removed the registry {args.name}; its issuers are no longer known from it.")
            return 0
        registry = wallet.add_registry(args.source, name=args.name)
    ctx.say(f"Added {registry.listing()}: {counted(len(registry.entries), 'issuer')}.")
    return 0


def cmd_trust(ctx, args: argparse.Namespace) -> int:
    if args.trust_command == "registry":
        return _cmd_registry(ctx, args)
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
            changed_ids = []
            for entry in wallet.trust_issuers(trust_entries_from(args.source, args.name)):
                ctx.say(f"Trusted {entry.name} ({entry.id}).")
                changed_ids.append(entry.id)
        else:
            wallet.untrust_issuer(args.did)
            ctx.say(f"Removed {args.did} from your trust list.")
            changed_ids = [args.did]
        if args.trust_command != "list":  # (that issuer's records: no others can change)
            changed = wallet.recheck_credentials(issuers=changed_ids)
            if changed:
                ctx.say(
                    f"Checked the records they signed again: {counted(changed, 'record')} "
                    f"{'has' if changed == 1 else 'have'} a new verdict."
                )
    return 0
