"""What each command does: read arguments, call the façade, print the result."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from backpack_app.cli.output import (
    counted,
    print_learners,
    print_record,
    print_records,
    recovery_block,
)
from backpack_app.cli.parser import DOCUMENT_CATEGORIES, ENTRY_TYPES, FIELD_OPTIONS
from backpack_app.domain.vocabulary import Category, Sensitivity
from backpack_app.errors import BackpackError, CorruptBackpack, UserError

if TYPE_CHECKING:
    from backpack_app.cli.secrets_input import SecretSource
    from backpack_app.crypto.kdf import KdfPolicy
    from backpack_app.wallet import Backpack

Handler = Callable[["Context", argparse.Namespace], int]


def lazy(module: str, name: str) -> Handler:
    """The handler `name` of `backpack_app.cli.<module>`, imported only when its command runs,
    so that no command (nor --help) pays for the imports of another (docs/architecture.md)."""

    def handler(ctx: Context, args: argparse.Namespace) -> int:
        return getattr(import_module(f"backpack_app.cli.{module}"), name)(ctx, args)

    handler.__name__ = handler.__qualname__ = name
    return handler


cmd_import = lazy("credential_commands", "cmd_import")
cmd_trust = lazy("credential_commands", "cmd_trust")
cmd_verify = lazy("credential_commands", "cmd_verify")
cmd_school = lazy("school_commands", "cmd_school")
cmd_card = lazy("share_commands", "cmd_card")
cmd_contact = lazy("share_commands", "cmd_contact")
_open_share = lazy("share_commands", "cmd_open")
cmd_received = lazy("share_commands", "cmd_received")
cmd_share = lazy("share_commands", "cmd_share")
cmd_reply = lazy("contribution_commands", "cmd_reply")
cmd_request_contribution = lazy("contribution_commands", "cmd_request_contribution")
cmd_replies = lazy("contribution_commands", "cmd_replies")
cmd_shares = lazy("share_commands", "cmd_shares")
cmd_publish = lazy("publish_commands", "cmd_publish")
cmd_did_web = lazy("status_commands", "cmd_did_web")
cmd_import_status = lazy("status_commands", "cmd_import_status")
cmd_context = lazy("status_commands", "cmd_context")
cmd_receive = lazy("receive_commands", "cmd_receive")
cmd_present = lazy("receive_commands", "cmd_present")
cmd_refresh_status = lazy("status_commands", "cmd_refresh_status")
cmd_sync = lazy("sync_commands", "cmd_sync")
cmd_on_track = lazy("on_track_commands", "cmd_on_track")
cmd_state_test = lazy("on_track_commands", "cmd_state_test")
cmd_standards = lazy("on_track_commands", "cmd_standards")


class Context:
    """What every command needs: where the backpack is, how to get secrets, where to print."""

    def __init__(
        self, home: Path, secrets: SecretSource, kdf: KdfPolicy | None, out: TextIO, err: TextIO
    ):
        self.home, self.secrets, self._kdf, self.out, self.err = home, secrets, kdf, out, err

    @property
    def kdf(self) -> KdfPolicy:
        """How passphrases are stretched: the default policy unless a test gives a fast one
        (loaded here: `verify` and the other commands that open no backpack never need it)."""
        if self._kdf is None:
            from backpack_app.crypto.kdf import DEFAULT_POLICY

            self._kdf = DEFAULT_POLICY
        return self._kdf

    def open(self) -> Backpack:
        passphrase = self.secrets.passphrase()
        _stretch_ahead(self.home, passphrase)
        from backpack_app.wallet import Backpack

        return Backpack.open(self.home, passphrase, kdf=self.kdf)

    def say(self, text: str = "") -> None:
        print(text, file=self.out)


def _stretch_ahead(home: Path, passphrase: str) -> None:
    """Start the passphrase's key stretching (most of opening a backpack) on another core while
    this process imports the backpack's code (most of the rest); `Backpack.open` takes the key.
    A missing or damaged header is left for `Backpack.open` to report."""
    from backpack_app.crypto.kdf import stretch_ahead
    from backpack_app.store.header_layout import stretching_inputs
    from backpack_app.store.layout import Layout

    inputs = stretching_inputs(Layout(home).header)
    if inputs is not None:
        with contextlib.suppress(BackpackError):  # (settings out of bounds: open says so)
            stretch_ahead(passphrase, *inputs)


def cmd_open(ctx: Context, args: argparse.Namespace) -> int:
    """`open`: with a code given, the code share's key stretching (most of opening it) starts
    on another core first, while the share reader and the verifier are imported."""
    code = ctx.secrets.given_share_code(args.code)
    if code is not None:
        from backpack_app.sharing.code_key import stretch_code_ahead

        stretch_code_ahead(code, args.file)
    return _open_share(ctx, args)


def split_fields(args: argparse.Namespace) -> tuple[dict, dict]:
    """Options given on the command line, sorted into record fields and details fields."""
    record, details = {}, {}
    for opt, (_, where, dest) in FIELD_OPTIONS.items():
        value = getattr(args, f"field_{opt[2:].replace('-', '_')}", None)
        if value is not None:
            (record if where == "record" else details)[dest] = value
    if getattr(args, "field_kind", None) is not None:
        details["kind"] = args.field_kind
    return record, details


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    from backpack_app.wallet import Backpack

    passphrase = ctx.secrets.first_passphrase()
    wallet, recovery = Backpack.create(ctx.home, passphrase, kdf=ctx.kdf)
    with wallet:
        ctx.say(f"Created a backpack in {ctx.home}.")
        if args.learner:
            learner = wallet.add_learner(args.learner)
            ctx.say(f"Added learner {learner.name} ({learner.did}).")
    ctx.say(recovery_block(recovery))
    return 0


def cmd_learner(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        if args.learner_command == "add":
            learner = wallet.add_learner(
                args.name, born=args.born, emails=args.email, sis_ids=args.sis_ids
            )
            ctx.say(learner.id)
        else:
            print_learners(wallet.learners(), ctx.out, as_json=args.json)
    return 0


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    record_fields, details = split_fields(args)
    if args.entry == "document":
        category = DOCUMENT_CATEGORIES[args.category]
    else:
        category = ENTRY_TYPES[args.entry][0]
    if args.entry == "milestone" and "target_date" in record_fields | details:
        details.setdefault("due_date", details.pop("target_date"))
    title = record_fields.pop("title", None)
    if not title:
        if args.entry == "document" and args.file:
            title = args.file[0].name
        else:
            flag = "--org" if args.entry in ("service", "employment") else "--title"
            raise UserError(f"Give the entry a title with {flag}.")
    with ctx.open() as wallet:
        record = wallet.add_record(
            category,
            title=title,
            learner=args.learner,
            details=details,
            files=args.file,
            sensitivity=Sensitivity(args.sensitivity) if args.sensitivity else None,
            progress_note=getattr(args, "note", None),
            **record_fields,
        )
    ctx.say(record.id)
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        rows = wallet.list_records(
            learner=args.learner,
            categories=[Category(args.category)] if args.category else None,
            text=args.search,
            progress=False,  # (neither the JSON nor the text shows a status, hours or a due date)
        )
    print_records(rows, ctx.out, as_json=args.json)
    return 0


def cmd_show(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        record = wallet.get_record(args.id)
        learner = wallet.learner(record.learner_id)
        credential = wallet.credential(record.id)
        inside = wallet.records_inside(record.id) if credential else []
        endorsements = wallet.endorsements_of(record.id)
        history = wallet.sync_history(record.id)
        author = wallet.author_of(record.id)
    print_record(
        record,
        learner,
        ctx.out,
        as_json=args.json,
        credential=credential,
        inside=inside,
        endorsements=endorsements,
        history=history,
        author=author,
    )
    return 0


def cmd_edit(ctx: Context, args: argparse.Namespace) -> int:
    changes, details = split_fields(args)
    if args.sensitivity:
        changes["sensitivity"] = args.sensitivity
    if not (changes or details or args.file or args.note):
        raise UserError("Say what to change, e.g. --title or --note; see 'backpack edit --help'.")
    with ctx.open() as wallet:
        record = wallet.edit_record(
            args.id, changes=changes, details=details, add_files=args.file, progress_note=args.note
        )
    ctx.say(f"Updated {record.id}.")
    return 0


def cmd_delete(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        wallet.delete_record(args.id)
    ctx.say(f"Deleted {args.id}.")
    return 0


def cmd_attachment(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        ref = wallet.export_attachment(args.record_id, args.out, name=args.name)
    ctx.say(f"Wrote {ref.name} ({ref.size} bytes) to {args.out}.")
    return 0


def cmd_passwd(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        wallet.change_passphrase(ctx.secrets.new_passphrase())
    ctx.say("The passphrase is changed. The recovery key stays the same.")
    return 0


def cmd_recover(ctx: Context, args: argparse.Namespace) -> int:
    from backpack_app.wallet import Backpack

    key = ctx.secrets.recovery_key(args.recovery_key_file)
    with Backpack.open_with_recovery_key(ctx.home, key, kdf=ctx.kdf) as wallet:
        wallet.change_passphrase(ctx.secrets.new_passphrase())
        recovery = wallet.rotate_recovery_key()
    ctx.say("The backpack is open again with your new passphrase.")
    ctx.say("Your old recovery key no longer opens it; here is the new one.")
    ctx.say(recovery_block(recovery))
    return 0


def cmd_recovery_key(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        recovery = wallet.rotate_recovery_key()
    ctx.say(
        "The old recovery key no longer opens this backpack "
        "(backups made earlier still open with the key they were made with)."
    )
    ctx.say(recovery_block(recovery))
    return 0


def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        wallet.backup(args.outfile)
    ctx.say(
        f"Wrote an encrypted backup to {args.outfile}. It opens with the passphrase "
        "or recovery key this backpack has today."
    )
    return 0


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    """Read back every database page (its HMAC and structure) and every stored file."""
    try:
        with ctx.open() as wallet:
            problems = wallet.check()
    except CorruptBackpack as exc:
        problems = [str(exc)]
    if not problems:
        ctx.say("Every page of the record database and every stored file checks out.")
        return 0
    for problem in problems:
        ctx.say(f"  {problem}")
    ctx.say("This backpack is damaged. Restore it from a backup if you have one.")
    return 1


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from backpack_app.demo import DEMO_LEARNER, make_demo_backpack
    from backpack_app.store.layout import Layout

    if Layout(ctx.home).exists():
        raise UserError(f"There is already a backpack in {ctx.home}; choose another --home.")
    recovery = make_demo_backpack(ctx.home, ctx.secrets.first_passphrase(), kdf=ctx.kdf)
    ctx.say(
        f"Made a demo backpack in {ctx.home} for {DEMO_LEARNER}: records signed by demo "
        "schools (keys made just now, trusted only here), a badge, goals, service and a share."
    )
    ctx.say(recovery_block(recovery))
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    from backpack_app.wallet import Backpack

    if ctx.secrets.has_recovery_key(args.recovery_key_file):
        key = ctx.secrets.recovery_key(args.recovery_key_file)
        wallet = Backpack.restore(args.infile, ctx.home, recovery_key=key, kdf=ctx.kdf)
    else:
        wallet = Backpack.restore(
            args.infile, ctx.home, passphrase=ctx.secrets.passphrase(), kdf=ctx.kdf
        )
    with wallet:
        count = len(wallet.list_records())
    ctx.say(f"Restored {counted(count, 'record')} into {ctx.home}.")
    return 0


HANDLERS = {
    "init": cmd_init,
    "learner": cmd_learner,
    "add": cmd_add,
    "list": cmd_list,
    "show": cmd_show,
    "edit": cmd_edit,
    "delete": cmd_delete,
    "attachment": cmd_attachment,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "recovery-key": cmd_recovery_key,
    "backup": cmd_backup,
    "check": cmd_check,
    "verify": cmd_verify,
    "import": cmd_import,
    "receive": cmd_receive,
    "present": cmd_present,
    "card": cmd_card,
    "contact": cmd_contact,
    "share": cmd_share,
    "shares": cmd_shares,
    "reply": cmd_reply,
    "request-contribution": cmd_request_contribution,
    "replies": cmd_replies,
    "publish": cmd_publish,
    "open": cmd_open,
    "received": cmd_received,
    "trust": cmd_trust,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "import-status": cmd_import_status,
    "refresh-status": cmd_refresh_status,
    "on-track": cmd_on_track,
    "state-test": cmd_state_test,
    "standards": cmd_standards,
    "did-web": cmd_did_web,
    "context": cmd_context,
    "school": cmd_school,
    "sync": cmd_sync,
}
