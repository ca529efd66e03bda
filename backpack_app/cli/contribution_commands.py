"""Commands about contributions: a provider's `reply`, `open` of a reply by the family, and
the replies kept apart until the family accepts or discards them (`replies`)."""

from __future__ import annotations

import argparse

from backpack_app.cli.output import known_words, recipient_words, write_json, written_by
from backpack_app.credentials.dates import friendly_date
from backpack_app.errors import ShareProblem, ShareUnreadable, UserError
from backpack_app.sharing.receive import share_mode

KIND_WORDS = {
    "note": "a note",
    "narrative": "a narrative",
    "achievement": "an achievement",
    "endorsement": "an endorsement",
}

REPLY_UNREADABLE = (
    "This reply does not open in this backpack: it was written for another family's request, "
    "or it was damaged on the way (ask the sender for it again)."
)


def cmd_reply(ctx, args: argparse.Namespace) -> int:
    from backpack_app.cli.share_commands import WRONG_CODE, _open_secrets, is_reply
    from backpack_app.crypto.sealing import key_fingerprint

    if not args.file.is_file():
        raise UserError(f"There is no file {args.file}.")
    if is_reply(args.file):
        raise UserError(
            f"{args.file} is a reply written to a family, not their share: write back to the share "
            "the family sent you."
        )
    if not args.out.parent.is_dir():
        raise UserError(f"There is no folder {args.out.parent} to write the reply in.")
    organisation = _organisation_key(ctx, args)
    code, pdf_password = _open_secrets(ctx, args)
    if code is None and share_mode(args.file, pdf_password=pdf_password) == "code":
        raise UserError(
            "This share opens with the code the family gave you: give it with --code-file FILE "
            "or BACKPACK_SHARE_CODE (or type it when asked)."
        )
    try:
        with ctx.open() as wallet:
            opened, reply_id = wallet.reply(
                args.file,
                args.out,
                kind=args.kind,
                title=args.title,
                text=args.text,
                hours=args.hours,
                files=args.attach,
                endorses=args.endorses,
                code=code,
                name=args.name,
                strengths=args.strengths,
                challenges=args.challenges,
                organisation=organisation,
            )
            did = organisation[1] if organisation else wallet.signing_key().did
    except ShareUnreadable:
        print(f"backpack: {WRONG_CODE if code else ShareUnreadable()}", file=ctx.err)
        return 1
    except ShareProblem as exc:
        print(f"backpack: {exc}", file=ctx.err)
        return 1
    assert opened.request is not None
    ctx.say(reply_id)
    ctx.say(
        f"Wrote {KIND_WORDS[args.kind]} for {opened.learner_name or 'the learner'}, signed with "
        f"your key ({did}), sealed for {opened.request.card.name}'s card, in {args.out}."
    )
    # The family sees this fingerprint beside the reply: they may compare it with you.
    ctx.say(f"Your key's fingerprint, as the family will see it: {key_fingerprint(did.encode())}.")
    ctx.say(f"Send it to the family before {friendly_date(opened.expires)}.")
    return 0


def _organisation_key(ctx, args: argparse.Namespace):
    """A program's did:web organisation key (`--key-file` with `--did`), or None: the key
    file the school tools make, opened with its passphrase."""
    if (args.key_file is None) != (args.did is None):
        raise UserError("An organisation key needs both --key-file ORG.key and --did did:web:...")
    if args.key_file is None:
        return None
    from backpack_app.credentials.did_web import did_web_url
    from backpack_app.crypto.school_key import open_school_key_file
    from backpack_app.errors import MalformedCredential

    try:
        did_web_url(args.did)
    except MalformedCredential as exc:
        raise UserError(f"--did is the did:web the key is published under: {exc}") from None
    try:
        data = args.key_file.read_bytes()
    except OSError as exc:
        raise UserError(f"Cannot read the key file {args.key_file}: {exc.strerror}.") from None
    key, _info = open_school_key_file(data, ctx.secrets.school_passphrase())
    return key, args.did


def cmd_request_contribution(ctx, args: argparse.Namespace) -> int:
    from backpack_app.cli.share_commands import parse_expiry, say_code

    if args.code_file is not None and not args.code:
        raise UserError("--code-file is where a code share's code is written; add --code.")
    with ctx.open() as wallet:
        made, entry = wallet.request_contribution(
            args.out,
            ask=args.ask,
            to=args.to,
            code=args.code,
            learner=args.learner,
            expires=parse_expiry(args.expires, wallet._clock()),
        )
    ctx.say(made.share_id)
    ctx.say(
        f"Asked {recipient_words(entry.recipient)} to write back about {entry.learner} until "
        f"{friendly_date(entry.expires)}, in {args.out} (it shares no record). Open their "
        "reply with 'backpack open REPLY.backpack --save'."
    )
    say_code(ctx, made.code, args.code_file)
    return 0


def open_reply(ctx, args: argparse.Namespace) -> int:
    """`backpack open REPLY.backpack [--save] [--json]` in the family's backpack."""
    from backpack_app.cli.share_commands import moment_at
    from backpack_app.wallet.authors import author_of_key

    if args.files is not None or args.export_presentation is not None or args.pin:
        raise UserError(
            "A provider's reply opens with --save, --json, --at and --accept-new-key only."
        )
    now = moment_at(args.at)
    try:
        with ctx.open() as wallet:
            opened, contact, record_id = wallet.open_reply(
                args.file, save=args.save, now=now, accept_other_key=args.accept_new_key
            )
            learner = wallet.learner(opened.request.learner_id).name
            endorsed = _title_of(wallet, opened.endorsed_record)
    except ShareUnreadable as exc:
        from backpack_app.sharing.contribution import ReplyUnreadable

        # (a reply's own sentence says whose card it was sealed for, when its header says)
        print(
            f"backpack: {exc if isinstance(exc, ReplyUnreadable) else REPLY_UNREADABLE}",
            file=ctx.err,
        )
        return 1
    except ShareProblem as exc:
        print(f"backpack: {exc}", file=ctx.err)
        return 1
    apart = opened.apart_reason or None
    if args.json:
        write_json(
            {
                "reply_id": opened.reply_id,
                "request": opened.request.id,
                "learner": learner,
                "kind": opened.kind,
                "title": opened.title,
                "text": opened.text,
                "strengths": opened.strengths,
                "challenges": opened.challenges,
                "hours": opened.hours,
                "endorses": opened.endorsed_record,
                "files": [{"name": f.name, "size": f.size} for f in opened.files],
                "provenance": "third_party_attested",
                "author": author_of_key(opened.author_name, opened.author_did, contact),
                "report": opened.report.to_json(),
                "saved": record_id,
                "kept_apart": {"reasons": opened.reasons, "reason": apart} if apart else None,
            },
            ctx.out,
        )
        return 1 if apart and args.save else 0
    ctx.say(f"{KIND_WORDS[opened.kind].capitalize()} for {learner}: {opened.title}")
    ctx.say(
        f"Written by {opened.author_name} (key fingerprint {opened.author_fingerprint}, "
        f"{_known(contact)})."
    )
    ctx.say(opened.text)
    for name, said in (("Strengths", opened.strengths), ("Challenges", opened.challenges)):
        if said:
            ctx.say(f"{name}: {said}")
    if opened.hours is not None:
        ctx.say(f"Hours attended: {opened.hours:g}")
    if opened.endorsed_record:
        ctx.say(f"It endorses {endorsed or 'a record'} ({opened.endorsed_record}).")
    for f in opened.files:
        ctx.say(f"File: {f.name} ({f.size} bytes)")
    if apart and args.save:
        print(
            f"backpack: Kept apart, not filed: {apart} See it with 'backpack replies'; file it "
            f"with 'backpack replies accept {opened.reply_id}' only if you trust it, or "
            f"'backpack replies discard {opened.reply_id}'.",
            file=ctx.err,
        )
        return 1
    if apart:
        ctx.say(f"Not kept. With --save it would be kept apart, not filed: {apart}")
    elif record_id and not args.save:
        ctx.say(f"Already filed under {learner} as {record_id}, third-party attested.")
    elif record_id:
        ctx.say(f"Filed under {learner} as {record_id}, third-party attested.")
    else:
        ctx.say("Not kept: open it again with --save to file it under the learner.")
    return 0


def _title_of(wallet, record_id: str | None) -> str:
    """The title of a record of this backpack ("" when there is none by that id)."""
    from backpack_app.errors import NotFound

    if not record_id:
        return ""
    try:
        return wallet.get_record(record_id).title
    except NotFound:
        return ""


def _known(contact) -> str:
    if contact is None:
        return known_words(None, None)
    # The fingerprint 'backpack contacts' shows beside them as "writes with key".
    return f"the key on {contact.name}'s card, " + known_words(contact.name, contact.added.date())


def cmd_replies(ctx, args: argparse.Namespace) -> int:
    """`backpack replies [--json]`, `replies accept ID`, `replies discard ID`."""
    with ctx.open() as wallet:
        if args.replies_command == "accept":
            try:
                opened, contact, record_id = wallet.accept_reply(args.id)
                learner = wallet.learner(opened.request.learner_id).name
            except ShareProblem as exc:
                print(f"backpack: {exc}", file=ctx.err)
                return 1
            ctx.say(
                f"Filed under {learner} as {record_id}, third-party attested: "
                f"{KIND_WORDS[opened.kind]} written by {opened.author_name} (key fingerprint "
                f"{opened.author_fingerprint}, {_known(contact)})."
            )
            return 0
        if args.replies_command == "discard":
            wallet.discard_reply(args.id)
            ctx.say(f"Discarded the reply {args.id}.")
            return 0
        rows = wallet.kept_replies()
    authors = [r["author"] for r in rows]
    if args.json:
        write_json(
            [
                {
                    "id": r["id"],
                    "learner": r["learner"],
                    "kind": r["kind"],
                    "title": r["title"],
                    "author": author,
                    "reasons": r["reasons"],
                    "reason": r["reason"],
                    "received": r["received"],
                    "expires": r["expires"],
                }
                for r, author in zip(rows, authors, strict=True)
            ],
            ctx.out,
        )
        return 0
    if not rows:
        ctx.say("No reply is kept apart.")
    for r, author in zip(rows, authors, strict=True):
        ctx.say(
            f"{r['id']}  {r['received'][:10]}  {KIND_WORDS[r['kind']]} for {r['learner']}: "
            f"{r['title']}, {written_by(author)}"
        )
        ctx.say(f"    {r['reason']}")
    if rows:
        ctx.say("File one with 'backpack replies accept ID', or delete it with 'discard ID'.")
    return 0
