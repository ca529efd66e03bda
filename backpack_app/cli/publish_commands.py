"""Publishing a share's page to S3-compatible storage, and deleting published pages (revoke,
cleanup): the online side of the share log (docs/publishing.md)."""

from __future__ import annotations

import argparse
import math
from typing import Any

from backpack_app.cli.output import counted, write_json
from backpack_app.credentials.dates import friendly_date
from backpack_app.domain.sharing import PageDeletion, Publication, ShareLogEntry
from backpack_app.errors import MalformedFile, PublishFailed, UserError
from backpack_app.sharing.publishing import check_endpoint, parse_target, with_code

BEARER_WARNING = (
    "Warning: this link carries the share code. Anyone who has the link or its QR code can "
    "open the share until it expires; send it only to the person it is for."
)
NO_CODE_NOTE = "The link does not carry the share code: send the code another way (say it aloud)."
LIFECYCLE_NOTES = {
    "set": "The bucket will also delete it by itself after {days} day(s) (its lifecycle rule).",
    "existing": "The bucket has lifecycle rules of its own, which Backpack leaves alone, so "
    "nothing deletes the page by itself.",
    "refused": "The bucket did not accept a lifecycle rule, so nothing deletes the page by itself.",
}


def cmd_publish(ctx, args: argparse.Namespace) -> int:
    target = parse_target(args.s3)
    endpoint = check_endpoint(args.endpoint)
    if args.code_file is not None and not args.include_code:
        raise UserError("--code-file gives the code for --include-code; add --include-code.")
    code = ctx.secrets.share_code(None, args.code_file) if args.include_code else None
    if args.include_code and not code:
        raise UserError(
            "--include-code needs the share code: give it with --code-file FILE or "
            "BACKPACK_SHARE_CODE."
        )
    if not args.share.is_file():
        raise UserError(f"There is no file {args.share}.")
    if args.qr is not None and not args.qr.parent.is_dir():
        raise UserError(f"There is no folder {args.qr.parent} for the QR code.")
    try:
        with ctx.open() as wallet:
            publication = wallet.publish_share(
                args.share, target, endpoint=endpoint, region=args.region, code=code
            )
    except (PublishFailed, MalformedFile) as exc:
        print(f"backpack: {exc}", file=ctx.err)
        return 1
    link = with_code(publication.link, code) if code else publication.link
    if args.qr is not None:
        from backpack_app.sharing.qr import write_qr

        write_qr(link, args.qr)
    if code:
        print(BEARER_WARNING, file=ctx.err)
    if args.json:
        write_json(
            {**publication.to_json(), "share_id": publication.share_id, "link": link}, ctx.out
        )
        return 0
    ctx.say(link)
    until = friendly_date(publication.expires)
    where = f"s3://{publication.bucket}/{publication.key}"
    if publication.link_kind == "presigned":
        ctx.say(f"Published in {where}; the link is signed to stop working on {until}.")
    else:
        ctx.say(
            f"Published in {where}. The link is the page's address: Backpack deletes the page "
            f"when the share expires on {until}, but the link may keep working after that until "
            "'backpack shares cleanup' runs or the bucket deletes it."
        )
        days = math.ceil((publication.expires - publication.published).total_seconds() / 86_400)
        ctx.say(LIFECYCLE_NOTES[publication.lifecycle].format(days=days))
    if args.qr is not None:
        ctx.say(f"QR code of the link in {args.qr}.")
    if not code:
        ctx.say(NO_CODE_NOTE)
    ctx.say("'backpack shares revoke' deletes the page: the link then stops working.")
    return 0


def publication_lines(entry: ShareLogEntry) -> list[str]:
    """The published pages of a share, for `shares` (one line each, then its link)."""
    lines = []
    for p in entry.publications:
        state = (
            f"deleted {p.deleted:%Y-%m-%d}"
            if p.deleted
            else f"signed link until {p.expires:%Y-%m-%d}"
            if p.link_kind == "presigned"
            else f"public address; 'shares cleanup' deletes it after {p.expires:%Y-%m-%d}"
        )
        lines.append(f"    page s3://{p.bucket}/{p.key} ({state})")
        if not p.deleted:
            lines.append(f"      {p.link}")
    return lines


def revoke(ctx, wallet: Any, share_id: str) -> int:
    """Mark a share revoked and delete its published pages (again, if an earlier try failed)."""
    entry = next((e for e in wallet.shares() if e.id == share_id), None)
    live = [p for p in entry.publications if p.live] if entry else []
    if not (live and entry is not None and entry.revoked is not None):
        wallet.revoke_share(share_id)
    if not live:
        ctx.say(
            f"Marked {share_id} revoked in your log. A recipient who already has the file can "
            "still open it until it expires."
        )
        return 0
    outcomes = wallet.delete_published(share_id)
    failed = _say_failures(ctx, outcomes)
    if failed:
        ctx.say(
            f"Marked {share_id} revoked, but its page is still online: try again with "
            f"'backpack shares revoke {share_id}' or 'backpack shares cleanup'."
        )
        return 1
    ctx.say(
        f"Marked {share_id} revoked and deleted its published page: the link no longer opens. "
        "Someone who already saved the page or the file can still open it until it expires."
    )
    return 0


def cleanup(ctx, wallet: Any, *, as_json: bool) -> int:
    outcomes: list[PageDeletion] = wallet.cleanup_published()
    if as_json:
        write_json([_deletion_json(o) for o in outcomes], ctx.out)
        return 0 if all(o.deleted for o in outcomes) else 1
    failed = _say_failures(ctx, outcomes)
    deleted = len(outcomes) - len(failed)
    if not outcomes:
        ctx.say("No published page of an expired or revoked share is left to delete.")
    elif deleted:
        ctx.say(f"Deleted {counted(deleted, 'published page')} of expired or revoked shares.")
    return 1 if failed else 0


def _say_failures(ctx, outcomes: list[PageDeletion]) -> list[PageDeletion]:
    failed = [o for o in outcomes if not o.deleted]
    for o in failed:
        print(
            f"backpack: the page of share {o.publication.share_id} was not deleted: {o.detail}",
            file=ctx.err,
        )
    return failed


def _deletion_json(outcome: PageDeletion) -> dict[str, Any]:
    p: Publication = outcome.publication
    return {
        "share_id": p.share_id,
        "bucket": p.bucket,
        "key": p.key,
        "deleted": outcome.deleted,
        "detail": outcome.detail,
    }
