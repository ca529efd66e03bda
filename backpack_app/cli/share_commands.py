"""Commands about sharing: card, contact, share, shares, open, received."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re

from backpack_app.cli.credential_commands import parse_at
from backpack_app.cli.output import write_json
from backpack_app.credentials.verifier import VerifyContext, friendly_date
from backpack_app.domain.records import Category
from backpack_app.domain.verification import VERDICT_WORDS
from backpack_app.errors import ContactNameTaken, NoBackpack, ShareProblem, UserError
from backpack_app.files import atomic_write_bytes
from backpack_app.sharing.qr import card_payload, write_qr
from backpack_app.sharing.receive import OpenedShare, open_share, share_source
from backpack_app.store.layout import Layout

_RELATIVE = re.compile(r"^(\d{1,3})d$")
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
    atomic_write_bytes(args.out, card)
    ctx.say(f"Wrote your card to {args.out}. Its fingerprint: {fingerprint}")
    if args.qr:
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
            ctx.say("Compare it with the one they see on their own screen before sharing.")
            return 0
        found = wallet.contacts()
    if args.json:
        write_json([c.to_json() for c in found], ctx.out)
    elif not found:
        ctx.say("No contacts yet. Save someone's card with 'backpack contact add FILE'.")
    for contact in [] if args.json else found:
        ctx.say(f"{contact.name}  {contact.fingerprint}")
    return 0


def cmd_share(ctx, args: argparse.Namespace) -> int:
    records = [r for r in (args.records or "").split(",") if r.strip()]
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
            code_kdf=ctx.kdf,
            qr=args.qr,
            pdf=args.pdf,
            pdf_password=args.pdf_password,
        )
    ctx.say(made.share_id)
    ctx.say(
        f"Shared {len(entry.records)} record(s) of {entry.learner} with {entry.recipient}, "
        f"until {friendly_date(entry.expires)}, in {args.out}."
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
                if args.pdf_password
                else "protected by the share code (AES-256)."
                if made.pdf_protected
                else "NOT encrypted - anyone holding it can read it."
            )
        )
    if made.code:
        ctx.say(f"Code: {made.code}")
        ctx.say(UNENCRYPTED_NOTE)
    return 0


def cmd_shares(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        if args.shares_command == "revoke":
            wallet.revoke_share(args.id)
            ctx.say(
                f"Marked {args.id} revoked in your log. A recipient who already has the file "
                "can still open it until it expires."
            )
            return 0
        entries, now = wallet.shares(), wallet._clock()
    if args.json:
        write_json([e.to_json(now=now) for e in entries], ctx.out)
        return 0
    if not entries:
        ctx.say("Nothing shared yet.")
    for e in entries:
        ctx.say(
            f"{e.id}  {e.created:%Y-%m-%d}  {e.learner} -> {e.recipient}  "
            f"{len(e.records)} record(s)  until {e.expires:%Y-%m-%d}  {e.status(now=now).value}"
        )
    return 0


def _print_opened(opened: OpenedShare, out) -> None:
    print(
        f"Share {opened.share_id} of {opened.learner_name or 'a learner'}'s records, "
        f"for {opened.recipient_name}" + (f": {opened.purpose}" if opened.purpose else ""),
        file=out,
    )
    print(
        f"Signed by the learner's key (fingerprint {opened.holder_fingerprint}) on "
        f"{friendly_date(opened.created)}; open until {friendly_date(opened.expires)}.",
        file=out,
    )
    for r in opened.records:
        if r.self_reported:
            label = "Self-reported by the learner" + (
                "" if r.report.valid else " (signature FAILED)"
            )
            print(f"  {label}: {r.title}", file=out)
        else:
            print(f"  {VERDICT_WORDS[r.report.verdict]}: {r.title}. {r.report.summary}", file=out)
    for f in opened.files:
        print(f"  file {f.name} ({f.size} bytes), fingerprint checked", file=out)


KEY_NOTES = {
    "new": "No key is remembered for {name} yet: compare the fingerprint with the family, "
    "then open again with --pin.",
    "remembered": "This is the key you remembered for {name}.",
    "different": "WARNING: you remembered another key for {name}. Ask the family before "
    "trusting this share.",
}


def _moment(at: str | None) -> dt.datetime:
    now = dt.datetime.now(dt.UTC)
    if at is None:
        return now
    moment = parse_at(at)
    if moment < now - dt.timedelta(minutes=1):
        raise UserError("--at may not be earlier than now: it tests expiry, it cannot undo it.")
    return moment


def _open_with_backpack(ctx, args: argparse.Namespace, now: dt.datetime):
    with ctx.open() as wallet:
        opened = wallet.open_share(
            args.file, code=args.code, now=now, pdf_password=args.pdf_password, save=args.save
        )
        status = wallet.holder_key_status(opened)
        if args.pin and status == "new":  # --pin never replaces another remembered key
            wallet.pin_holder(opened)
            status = "remembered"
        return opened, status


def cmd_open(ctx, args: argparse.Namespace) -> int:
    now = _moment(args.at)
    key_status = None
    try:
        if args.code and not Layout(ctx.home).exists() and not (args.save or args.pin):
            source = share_source(args.file, pdf_password=args.pdf_password or args.code)
            opened = open_share(source, ctx=VerifyContext(now=now), code=args.code)
        else:
            opened, key_status = _open_with_backpack(ctx, args, now)
    except NoBackpack:
        raise UserError(
            "Opening a share sent to your card (or keeping one) needs your backpack; "
            "for a code share, give --code."
        ) from None
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
    return 0 if opened.valid else 1


def _show_opened(ctx, opened: OpenedShare, key_status: str | None, *, as_json: bool) -> None:
    if as_json:
        data = _opened_json(opened)
        data["holder"]["key_status"] = key_status
        write_json(data, ctx.out)
        return
    _print_opened(opened, ctx.out)
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
            _show_opened(ctx, opened, wallet.holder_key_status(opened), as_json=args.json)
            return 0 if opened.valid else 1
        rows = wallet.received()
    if args.json:
        write_json([r.to_json() for r in rows], ctx.out)
    elif not rows:
        ctx.say("Nothing received yet. Keep a share with 'backpack open FILE --save'.")
    for r in [] if args.json else rows:
        ctx.say(f"{r.id}  {r.learner} -> {r.recipient}  until {r.expires:%Y-%m-%d}  {r.purpose}")
    return 0


def _opened_json(opened: OpenedShare) -> dict:
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
                "self_reported": r.self_reported,
                "valid": r.report.valid,
                "report": r.report.to_json(),
            }
            for r in opened.records
        ],
        "files": [f.model_dump() for f in opened.files],
    }
