"""Commands about sharing: card, contact, share, shares, open, received."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path

from backpack_app.cli.moments import parse_at
from backpack_app.cli.output import counted, recipient_words, write_json
from backpack_app.credentials.dates import friendly_date
from backpack_app.credentials.verifier import VerifyContext
from backpack_app.domain.vocabulary import Category
from backpack_app.errors import (
    BackpackError,
    ContactNameTaken,
    HolderKeyChanged,
    NoBackpack,
    PdfPasswordNeeded,
    ShareProblem,
    ShareUnreadable,
    UserError,
)
from backpack_app.files import atomic_write_bytes
from backpack_app.sharing.container import read_header
from backpack_app.sharing.receive import (
    OpenedShare,
    holder_fingerprint,
    open_share,
    share_header,
    share_mode,
    share_source,
    someone_elses_card,
)
from backpack_app.store.layout import Layout

_RELATIVE = re.compile(r"^(\d{1,3})d$")
WRONG_CODE = (
    "Wrong code - this code does not open this share. Check it with the family and try again "
    "(if it is right, the file was damaged on the way: ask for it again)."
)
UNENCRYPTED_NOTE = "The code opens the share; send it by another way than the file (say it aloud)."


def parse_expiry(text: str | None, now: dt.datetime) -> dt.datetime | None:
    """`30d` (days from now) or a date (end of that day, UTC); None for the default."""
    if text is None:
        return None
    match = _RELATIVE.match(text.strip())
    if match:
        return now + dt.timedelta(days=int(match.group(1)))
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"--expires {text!r} is neither a number of days like 30d nor a date."
        ) from None
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=dt.UTC)


def cmd_card(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        card, fingerprint = wallet.my_card(args.name)
        writes = _writes_with(wallet.signing_key().did)
    atomic_write_bytes(args.out, card)
    ctx.say(f"Wrote your card to {args.out}. Its fingerprint: {fingerprint}")
    ctx.say(f"What you write back to families is signed with key fingerprint {writes}.")
    if args.qr:
        from backpack_app.sharing.qr import card_payload, write_qr

        write_qr(card_payload(card), args.qr)
        ctx.say(f"Wrote it as a QR code to {args.qr}.")
    ctx.say("Whoever saves it should read you the fingerprint they see, to compare.")
    return 0


def cmd_contact(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        if args.contact_command == "add":
            try:
                data = args.file.read_bytes()
            except OSError as exc:
                raise UserError(f"Cannot read {args.file} ({exc.strerror}).") from None
            try:
                contact = wallet.add_contact(data, name=args.name)
            except ContactNameTaken as exc:
                raise UserError(f"{exc} (--name NAME)") from None
            ctx.say(f"Saved {contact.name}. Fingerprint: {contact.fingerprint}")
            if contact.signing_did:
                ctx.say(
                    f"What they write back is signed with key fingerprint "
                    f"{_writes_with(contact.signing_did)}."
                )
            ctx.say("Compare it with the one they see on their own screen before sharing.")
            return 0
        found = wallet.contacts()
    if args.json:
        write_json([contact_json(c) for c in found], ctx.out)
    elif not found:
        ctx.say("No contacts yet. Save someone's card with 'backpack contact add FILE'.")
    for contact in [] if args.json else found:
        writes = _writes_with(contact.signing_did)
        ctx.say(
            f"{contact.name}  {contact.fingerprint}"
            + (f"  (writes with key {writes})" if writes else "")
        )
    return 0


def _writes_with(did: str | None) -> str:
    """The fingerprint of the key a card's owner signs replies with ("" for a version 1 card)."""
    from backpack_app.sharing.cards import signing_fingerprint

    return signing_fingerprint(did)


def contact_json(contact) -> dict:
    said = contact.to_json()
    said["signing_fingerprint"] = _writes_with(contact.signing_did) or None
    return said


def cmd_share(ctx, args: argparse.Namespace) -> int:
    records = [r for r in (args.records or "").split(",") if r.strip()]
    pdf_password = ctx.secrets.pdf_password(args.pdf_password, args.pdf_password_file)
    if args.code_file is not None and not args.code:
        raise UserError("--code-file is where a code share's code is written; add --code.")
    if args.html is not None and not args.code:
        raise UserError(
            "A page any browser can open needs a code share: a share for a contact's card opens "
            "only in their Backpack. Use --code instead of --to."
        )
    if args.out is None and args.html is None:
        raise UserError("Say where to write the share: --out FILE, or --html PAGE.html.")
    with ctx.open() as wallet:
        made, entry = wallet.share(
            args.out,
            to=args.to,
            code=args.code,
            learner=args.learner,
            record_ids=[r.strip() for r in records],
            category=Category(args.category) if args.category else None,
            preset=args.preset,
            include_restricted=args.include_restricted,
            expires=parse_expiry(args.expires, wallet._clock()),
            purpose=args.purpose or "",
            qr=args.qr,
            pdf=args.pdf,
            pdf_password=pdf_password,
            generate_pdf_password=args.pdf_protect,
            html=args.html,
            ask_for_contribution=args.ask_for_contribution,
        )
    ctx.say(made.share_id)
    ctx.say(
        f"Shared {counted(len(entry.records), 'record')} of {entry.learner} with "
        f"{recipient_words(entry.recipient)}, "
        f"until {friendly_date(entry.expires)}, in {args.out or args.html}."
    )
    if args.html is not None:
        ctx.say(
            f"{args.html} opens in any web browser, on a computer or a phone, with the code: "
            "no app, no internet."
        )
    if args.qr and str(args.qr) in entry.outputs:
        ctx.say(f"QR code in {args.qr} (it never contains the code).")
    elif args.qr:
        ctx.say("No QR code: this share is too large to travel in one; send the file itself.")
    if args.pdf:
        ctx.say(
            f"Printable copy in {args.pdf}: "
            + (
                "protected by the password (AES-256)."
                if pdf_password
                else "protected by the share code (AES-256)."
                if made.pdf_protected
                else "NOT encrypted - anyone holding it can read it."
            )
        )
        if made.pdf_password and not pdf_password:
            ctx.say(f"Printout password (generated; shown once): {made.pdf_password}")
    if args.ask_for_contribution:
        ctx.say(
            f"It asks {recipient_words(entry.recipient)} to write back until {friendly_date(entry.expires)}; "
            "open their reply with 'backpack open REPLY.backpack --save'."
        )
    say_code(ctx, made.code, args.code_file)
    return 0


def say_code(ctx, code: str | None, code_file: Path | None) -> None:
    """A code share's code: into `code_file` (private) when given, else on the terminal."""
    if not code:
        return
    if code_file is not None:
        atomic_write_bytes(code_file, (code + "\n").encode("ascii"))
        ctx.say(f"The code is in {code_file} (readable only by you).")
    else:
        ctx.say(f"Code: {code}")
    ctx.say(UNENCRYPTED_NOTE)


def cmd_shares(ctx, args: argparse.Namespace) -> int:
    from backpack_app.cli import publish_commands as published

    with ctx.open() as wallet:
        if args.shares_command == "revoke":
            return published.revoke(ctx, wallet, args.id)
        if args.shares_command == "cleanup":
            return published.cleanup(ctx, wallet, as_json=args.json)
        entries, now = wallet.shares(), wallet._clock()
    if args.json:
        write_json([e.to_json(now=now) for e in entries], ctx.out)
        return 0
    if not entries:
        ctx.say("Nothing shared yet.")
    for e in entries:
        ctx.say(
            f"{e.id}  {e.created:%Y-%m-%d}  {e.learner} -> {e.recipient}  "
            f"{counted(len(e.records), 'record')}  until {e.expires:%Y-%m-%d}  {e.status(now=now).value}"
        )
        for line in published.publication_lines(e):
            ctx.say(line)
    return 0


KEY_NOTES = {
    "new": "No key is remembered for {name} yet: compare the fingerprint with the family, "
    "then open again with --pin.",
    "remembered": "This is the key you remembered for {name}.",
    "different": "NOT TRUSTED: you remembered another key for {name}, and anyone can make a "
    "share under a learner's name. Ask the family; if they changed keys, open it again with "
    "--accept-new-key.",
}


def moment_at(at: str | None) -> dt.datetime:
    now = dt.datetime.now(dt.UTC)
    if at is None:
        return now
    moment = parse_at(at)
    if moment < now - dt.timedelta(minutes=1):
        raise UserError("--at may not be earlier than now: it tests expiry, it cannot undo it.")
    return moment


def _open_secrets(ctx, args: argparse.Namespace) -> tuple[str | None, str | None]:
    """The share code and printout password: their files, variables or options, else asked
    on the terminal when the file needs them (never taken from a plain prompt-less run)."""
    secrets = ctx.secrets
    code = secrets.share_code(args.code, args.code_file)
    password = secrets.pdf_password(args.pdf_password, args.pdf_password_file)
    if code is not None or not secrets.interactive:
        return code, password
    asked = False
    try:
        mode = share_mode(args.file, pdf_password=password)
    except PdfPasswordNeeded:
        password, asked = secrets.ask("printout password (for a code share, its code)", ""), True
        mode = share_mode(args.file, pdf_password=password)
    if mode == "code":
        code = password if asked else secrets.ask("share code", "")
    return code, password


def _open_with_backpack(ctx, args: argparse.Namespace, now: dt.datetime, secrets, keep=None):
    code, pdf_password = secrets
    with ctx.open() as wallet:
        opened = wallet.open_share(
            args.file,
            code=code,
            now=now,
            pdf_password=pdf_password,
            save=args.save,
            accept_new_key=args.accept_new_key,
            keep_file=keep,
        )
        status = wallet.holder_key_status(opened)
        if args.pin and status == "new":  # --pin never replaces another remembered key
            wallet.pin_holder(opened)
            status = "remembered"
        return opened, status


def _open_without_backpack(
    args: argparse.Namespace, now: dt.datetime, secrets, keep=None
) -> OpenedShare:
    """Reading a code share needs nobody's backpack (and so no passphrase); a card share opens
    only in the backpack holding that card."""
    code, pdf_password = secrets
    if code is None:
        header = share_header(args.file, pdf_password=pdf_password)
        if header.mode == "card":
            someone_elses_card(header)
        raise UserError(
            "This share opens with the code the family gave you: give it with --code-file FILE "
            "or BACKPACK_SHARE_CODE (or type it when asked)."
        )
    source = share_source(args.file, pdf_password=pdf_password or code)
    return open_share(source, ctx=VerifyContext(now=now), code=code, keep_file=keep)


def _opening(ctx, args: argparse.Namespace, now: dt.datetime, secrets):
    """(the opened share, its key status), and the names of its files saved with --files."""

    def open_with(keep):
        if not Layout(ctx.home).exists() and not (args.save or args.pin):
            return _open_without_backpack(args, now, secrets, keep), None
        return _open_with_backpack(ctx, args, now, secrets, keep)

    if args.files is None:
        return open_with(None), []
    from backpack_app.sharing.shared_files import open_into_folder

    return open_into_folder(args.files, open_with)


def cmd_open(ctx, args: argparse.Namespace) -> int:
    if is_reply(args.file):
        from backpack_app.cli.contribution_commands import open_reply

        return open_reply(ctx, args)
    now = moment_at(args.at)
    secrets: tuple[str | None, str | None] = (None, None)
    try:
        secrets = _open_secrets(ctx, args)
        (opened, key_status), saved = _opening(ctx, args, now, secrets)
    except NoBackpack:
        raise UserError(
            "Keeping a share or remembering a learner's key needs a backpack of your own: "
            "make one with 'backpack init', or open the share without --save and --pin."
        ) from None
    except HolderKeyChanged as exc:
        print(
            f"backpack: {exc} To keep it and remember the new key: --accept-new-key.", file=ctx.err
        )
        return 1
    except ShareUnreadable:
        # With a code, for a share that opens with one, the likely cause is the code; a file
        # whose header does not even read (a garbled reply...) is damaged, whatever the code.
        said: object = ShareUnreadable()
        if secrets[0]:
            mode = _mode_or_none(args.file, secrets[1])
            said = WRONG_CODE if mode == "code" else DAMAGED if mode is None else said
        print(f"backpack: {said}", file=ctx.err)
        return 1
    except ShareProblem as exc:
        print(f"backpack: {exc}", file=ctx.err)
        return 1
    except FileNotFoundError:
        raise UserError(f"There is no file {args.file}.") from None
    if args.export_presentation:
        atomic_write_bytes(
            args.export_presentation,
            json.dumps(opened.presentation, indent=2, ensure_ascii=False).encode("utf-8"),
        )
    _show_opened(ctx, opened, key_status, as_json=args.json)
    if args.save and not args.json:
        ctx.say("Kept in Received (read-only); it is removed once opened after it expires.")
    if args.files is not None and not args.json:
        ctx.say(f"Saved {counted(len(saved), 'file')} in {args.files}: " + ", ".join(saved))
    return 0 if _trusted(opened, key_status) else 1


DAMAGED = (
    "This file is damaged: it is not a share or a reply this backpack can open (ask the sender "
    "for it again)."
)


def _mode_or_none(path, pdf_password: str | None) -> str | None:
    """How the file's header says it opens ("card" or "code"), None when it does not read."""
    try:
        return share_mode(path, pdf_password=pdf_password)
    except (OSError, BackpackError):
        return None


def is_reply(path) -> bool:
    """True for a provider's reply (a `.backpack` file whose header says so: a hint, which
    only chooses how it is opened; a wrong one makes it refuse to open)."""
    try:
        with open(path, "rb") as fh:
            return read_header(fh)[0].kind == "reply"
    except (OSError, BackpackError):
        return False


def _trusted(opened: OpenedShare, key_status: str | None) -> bool:
    """Every record checks out and the learner's key is not another than the remembered one."""
    return opened.valid and key_status != "different"


def _show_opened(ctx, opened: OpenedShare, key_status: str | None, *, as_json: bool) -> None:
    from backpack_app.cli.opened_output import opened_json, print_opened

    if as_json:
        data = opened_json(opened)
        data["holder"]["key_status"] = key_status
        data["trusted"] = _trusted(opened, key_status)
        write_json(data, ctx.out)
        return
    print_opened(opened, ctx.out)
    if key_status:
        ctx.say(KEY_NOTES[key_status].format(name=opened.learner_name or "this learner"))


def cmd_received(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        if args.received_command == "delete":
            wallet.delete_received(args.id)
            ctx.say(f"Deleted {args.id} from Received.")
            return 0
        if args.received_command == "open":
            try:
                opened = wallet.open_received(args.id)
            except ShareProblem as exc:
                print(f"backpack: {exc}", file=ctx.err)
                return 1
            status = wallet.holder_key_status(opened)
            _show_opened(ctx, opened, status, as_json=args.json)
            return 0 if _trusted(opened, status) else 1
        groups = wallet.received_by_learner()
    if args.json:
        write_json([g.to_json() for g in groups], ctx.out)
        return 0
    if not groups:
        ctx.say("Nothing received yet. Keep a share with 'backpack open FILE --save'.")
    for group in groups:
        _say_learner(ctx, group)
    return 0


def _say_learner(ctx, group) -> None:
    """One learner: their kept shares (what, until when), then what their family still asks."""
    key = f" (key {holder_fingerprint(group.holder_did)})" if group.holder_did else ""
    ctx.say(f"{group.learner or 'A learner'}{key}")
    asked = {a["share_id"]: a for a in group.asked}
    for r in group.shares:
        what = f"{r.purpose} " if r.purpose else ""
        ctx.say(f"  {r.id}  {what}(for {r.recipient}) until {r.expires:%Y-%m-%d}")
        a = asked.get(r.id)
        if a is not None and a["status"] != "owed":  # what is owed is said below, with its date
            said = (
                f"{counted(a['replies'], 'reply', 'replies')} written"
                if a["replies"]
                else "the request expired"
            )
            ctx.say(f'    asked "{a["ask"]}" - {said}')
    for a in group.owed:
        ctx.say(f'  You owe a reply by {a["until"][:10]}: "{a["ask"]}"')
