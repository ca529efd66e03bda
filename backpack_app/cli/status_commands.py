"""Commands about what issuers publish: status lists and did:web documents, saved or fetched."""

from __future__ import annotations

import argparse
from pathlib import Path

from backpack_app.credentials.dates import friendly_date
from backpack_app.domain.status import Fetched
from backpack_app.errors import UserError

MAX_PUBLICATION_BYTES = 8 * 1024 * 1024


def read_publication(path: Path, what: str) -> bytes:
    """A file the user named, within the size any publication may have."""
    try:
        if path.stat().st_size > MAX_PUBLICATION_BYTES:
            raise UserError(f"{path} is far larger than any {what}.")
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read {path} ({exc.strerror}).") from None


def cmd_import_status(ctx, args: argparse.Namespace) -> int:
    data = read_publication(args.file, "status list")
    with ctx.open() as wallet:
        found = wallet.import_status_list(data)
    ctx.say(
        f"Saved the status list {found.url} of {found.issuer} (as of {friendly_date(found.as_of)})."
    )
    return 0


def _say_outcomes(ctx, outcomes: list[Fetched]) -> int:
    for outcome in outcomes:
        word = "fetched" if outcome.saved else "failed "
        ctx.say(f"{word} {outcome.url}: {outcome.detail}")
    return 0 if all(o.saved for o in outcomes) else 1


def cmd_refresh_status(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        outcomes = wallet.refresh_status()
    if not outcomes:
        ctx.say("Your records name no status list and no did:web issuer; nothing was fetched.")
    return _say_outcomes(ctx, outcomes)


def cmd_context(ctx, args: argparse.Namespace) -> int:
    data = read_publication(args.file, "JSON-LD context")
    with ctx.open() as wallet:
        digest = wallet.add_context(args.url, data)
    ctx.say(f"Added the context {args.url} (sha256 {digest}).")
    return 0


def cmd_did_web(ctx, args: argparse.Namespace) -> int:
    if args.did_web_command == "import":
        data = read_publication(args.file, "DID document")
        with ctx.open() as wallet:
            did = wallet.import_did_web(data)
        ctx.say(f"Saved the DID document of {did}.")
        return 0
    with ctx.open() as wallet:
        return _say_outcomes(ctx, [wallet.refresh_did_web(args.did)])
