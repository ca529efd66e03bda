"""`backpack receive`: the online action that takes credentials from a school's link or QR code.

Running the command is the consent: it says the issuer's name and domain and goes ahead,
asking only for a transaction code the issuer wants (BACKPACK_TX_CODE, or a prompt)."""

from __future__ import annotations

import argparse
from pathlib import Path

from backpack_app.errors import UserError

MAX_LINK_FILE_BYTES = 16 * 1024 * 1024


def link_text(given: str) -> str:
    """The link itself, or the link a file holds: a QR code's picture, a `.url`, or text."""
    path = Path(given)
    if "://" in given or given.lstrip().startswith("{") or not path.is_file():
        return given
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_LINK_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Cannot read {given} ({exc.strerror}).") from None
    if len(data) > MAX_LINK_FILE_BYTES:
        raise UserError(f"{given} is far larger than a link or a picture of a QR code.")
    from backpack_app.credentials.qr_codes import is_raster_image, read_qr_text

    if is_raster_image(data):
        return read_qr_text(data, name=given)
    text = data.decode("utf-8", "replace")
    for line in text.splitlines():  # an Internet shortcut: [InternetShortcut] URL=...
        if line.strip().upper().startswith("URL="):
            return line.strip()[4:]
    return text.strip()


def cmd_receive(ctx, args: argparse.Namespace) -> int:
    import json

    from backpack_app.cli.credential_commands import print_import
    from backpack_app.errors import FetchFailed, ReceiveFailed
    from backpack_app.online import Asks, read_link

    def confirm(domain: str, name: str | None) -> None:
        print(f"Receiving from {name or 'an issuer'} at {domain}.", file=ctx.err)

    def refused(exc: Exception) -> int:
        print(f"backpack: {exc} Nothing was stored.", file=ctx.err)
        return 1

    asks = Asks(confirm=confirm, tx_code=lambda code: ctx.secrets.tx_code(code.description))
    try:
        link = read_link(link_text(args.link))  # a link that cannot be used asks no passphrase
    except ReceiveFailed as exc:
        return refused(exc)
    with ctx.open() as wallet:
        learner = wallet.learner(args.learner)  # an unknown name is a bad option (exit 2)
        try:
            receipt = wallet.receive_link(link, learner=learner.id, asks=asks)
        except (ReceiveFailed, FetchFailed) as exc:
            return refused(exc)
    if args.json:
        json.dump(receipt.to_json(), ctx.out, indent=2, ensure_ascii=False)
        ctx.say()
    else:
        who = receipt.issuer_name or "an issuer"
        ctx.say(f"From {who} ({receipt.domain}), for {learner.name}:")
        for result in receipt.results:
            print_import(result, ctx.out)
    return 0 if receipt.all_stored else 1


def cmd_present(ctx, args: argparse.Namespace) -> int:
    import json

    from backpack_app.errors import FetchFailed, ReceiveFailed
    from backpack_app.online import read_link

    def failed(exc: Exception) -> int:
        print(f"backpack: {exc} Nothing was sent.", file=ctx.err)
        return 1

    try:
        link = read_link(link_text(args.link))
    except ReceiveFailed as exc:
        return failed(exc)
    with ctx.open() as wallet:
        try:
            asked = wallet.records_request(link, learner=args.learner)
        except (ReceiveFailed, FetchFailed) as exc:
            return failed(exc)
        if args.json and not args.send:
            json.dump(asked.to_json(), ctx.out, indent=2, ensure_ascii=False)
            ctx.say()
            return 0
        _say_request(ctx, asked)
        if not args.send:
            ctx.say("Nothing was sent; add --send (and --records ID,ID) to answer.")
            return 0
        ids = (
            args.records.split(",")
            if args.records
            else [m.id for m in asked.matches if m.id not in asked.restricted]
        )
        try:
            entry = wallet.answer_request(
                asked,
                [i.strip() for i in ids if i.strip()],
                include_restricted=args.include_restricted,
            )
        except (ReceiveFailed, FetchFailed) as exc:
            return failed(exc)
    ctx.say(
        f"Sent {len(entry.records)} record(s) to {entry.recipient}; logged as share {entry.id}."
    )
    return 0


def _say_request(ctx, asked) -> None:
    ctx.say(f"{asked.request.domain} asks {asked.learner.name} for:")
    for item in asked.request.asked:
        why = f" ({item.reason})" if item.reason else ""
        ctx.say(f"  {' + '.join(item.types) or 'any credential'}{why}")
    if not asked.matches:
        ctx.say("No record in this backpack fits.")
    for match in asked.matches:
        flag = "  [restricted: only with --records and --include-restricted]"
        ctx.say(f"  {match.id}  {match.title}{flag if match.id in asked.restricted else ''}")
