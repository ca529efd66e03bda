"""`backpack receive`: the online action that takes credentials from a school's link or QR code.

Running the command is the consent: it says the issuer's name and domain and goes ahead,
asking only for a transaction code the issuer wants (BACKPACK_TX_CODE, or a prompt)."""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from backpack_app.cli.output import counted
from backpack_app.errors import UserError

MAX_LINK_FILE_BYTES = 16 * 1024 * 1024
STOPPED = "backpack: Stopped; nothing was received or stored."
# The step lines on stderr (the online package names the steps; see online/steps.py).
STEP_WORDS = {
    "offer": "Fetching the offer…",
    "metadata": "Reading what the issuer says about itself…",
    "sign-in": "Waiting for you to sign in, in your web browser (Ctrl+C stops)…",
    "token": "Asking for access to the offered records…",
    "nonce": "Getting a fresh one-time code (nonce) to sign…",
    "credential": "Receiving credential {number} of {total}…",
    "exchange": "Opening the exchange…",
    "request": "Reading the request…",
    "sending": "Sending the signed presentation…",
    "checking": "Checking what came, on this computer…",
}


def step_lines(ctx, quiet: bool) -> Callable[..., None]:
    """Progress as one line per step on stderr (nothing with --json)."""

    def told(step: str, number: int = 0, total: int = 0) -> None:
        if not quiet and step in STEP_WORDS:
            print(STEP_WORDS[step].format(number=number, total=total), file=ctx.err, flush=True)

    return told


class Stop(threading.Event):
    """One command's cancel flag; `checking` once what came is being checked (then Ctrl+C only
    sets the flag, which the façade reads before it stores anything)."""

    checking = False


def sign_in_here(ctx, url: str) -> None:
    """Open the system's browser at the school's sign-in page, and say where in case it did not."""
    import webbrowser
    from urllib.parse import urlsplit

    print(
        f"Sign in at {urlsplit(url).netloc} in your web browser. If no browser opened, open "
        f"this address yourself:\n  {url}",
        file=ctx.err,
        flush=True,
    )
    webbrowser.open(url)


@contextlib.contextmanager
def interruptible(cancel: Stop) -> Iterator[None]:
    """Ctrl+C stops an online action at once; once the credentials are being checked it only
    sets `cancel`, which the façade reads before storing anything (so nothing is half-kept)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        already = cancel.is_set()
        cancel.set()
        if not already and not cancel.checking:
            raise KeyboardInterrupt

    before = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


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
    from backpack_app.errors import FetchFailed, ReceiveCancelled, ReceiveFailed
    from backpack_app.online import Asks, read_link

    cancel = Stop()
    lines = step_lines(ctx, args.json)

    def confirm(domain: str, name: str | None) -> None:
        print(f"Receiving from {name or 'an issuer'} at {domain}.", file=ctx.err, flush=True)

    def progress(step: str, number: int = 0, total: int = 0) -> None:
        if step == "checking":
            cancel.checking = True
        lines(step, number, total)

    def refused(exc: Exception) -> int:
        print(f"backpack: {exc} Nothing was stored.", file=ctx.err)
        return 1

    asks = Asks(
        confirm=confirm,
        tx_code=lambda code: ctx.secrets.tx_code(code.description),
        progress=progress,
        sign_in=lambda url: sign_in_here(ctx, url),
    )
    try:
        link = read_link(link_text(args.link))  # a link that cannot be used asks no passphrase
    except ReceiveFailed as exc:
        return refused(exc)
    with ctx.open() as wallet:
        learner = wallet.learner(args.learner)  # an unknown name is a bad option (exit 2)
        try:
            with interruptible(cancel):
                receipt = wallet.receive_link(link, learner=learner.id, asks=asks, cancel=cancel)
        except (ReceiveCancelled, KeyboardInterrupt):
            print(STOPPED, file=ctx.err)
            return 1
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

    lines = step_lines(ctx, args.json)
    try:
        link = read_link(link_text(args.link))
    except ReceiveFailed as exc:
        return failed(exc)
    with ctx.open() as wallet:
        try:
            lines("request")
            with interruptible(Stop()):
                asked = wallet.records_request(link, learner=args.learner)
        except KeyboardInterrupt:
            print("backpack: Stopped; nothing was sent.", file=ctx.err)
            return 1
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
            lines("sending")
            with interruptible(Stop()):
                entry = wallet.answer_request(
                    asked,
                    [i.strip() for i in ids if i.strip()],
                    include_restricted=args.include_restricted,
                )
        except KeyboardInterrupt:
            print(
                "backpack: Stopped before the verifier confirmed the answer; it is not in the "
                "share log.",
                file=ctx.err,
            )
            return 1
        except (ReceiveFailed, FetchFailed) as exc:
            return failed(exc)
    ctx.say(
        f"Sent {counted(len(entry.records), 'record')} to {entry.recipient}; logged as share "
        f"{entry.id}."
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
