"""Commands about contributions: a provider's `reply`, and `open` of a reply by the family."""

from __future__ import annotations

import argparse

from backpack_app.cli.output import write_json
from backpack_app.credentials.dates import friendly_date
from backpack_app.errors import ShareProblem, ShareUnreadable, UserError
from backpack_app.sharing.contribution import ReplyFromOtherKey
from backpack_app.sharing.receive import share_mode

KIND_WORDS = {"note": "a note", "achievement": "an achievement", "endorsement": "an endorsement"}


def cmd_reply(ctx, args: argparse.Namespace) -> int:
    from backpack_app.cli.share_commands import WRONG_CODE, _open_secrets

    if not args.file.is_file():
        raise UserError(f"There is no file {args.file}.")
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
        f"Asked {entry.recipient} to write back about {entry.learner} until "
        f"{friendly_date(entry.expires)}, in {args.out} (it shares no record). Open their "
        "reply with 'backpack open REPLY.backpack --save'."
    )
    say_code(ctx, made.code, args.code_file)
    return 0


def open_reply(ctx, args: argparse.Namespace) -> int:
    """`backpack open REPLY.backpack [--save] [--json]` in the family's backpack."""
    from backpack_app.cli.share_commands import moment_at

    if args.files is not None or args.export_presentation is not None:
        raise UserError("A provider's reply opens with --save, --json and --at only.")
    now = moment_at(args.at)
    try:
        with ctx.open() as wallet:
            opened, contact, record_id = wallet.open_reply(
                args.file, save=args.save, now=now, accept_other_key=args.accept_new_key
            )
            learner = wallet.learner(opened.request.learner_id).name
    except ShareProblem as exc:
        more = " (--accept-new-key)" if isinstance(exc, ReplyFromOtherKey) else ""
        print(f"backpack: {exc}{more}", file=ctx.err)
        return 1
    known = (
        f"in your contacts as {contact.name} since {friendly_date(contact.added)}"
        if contact is not None
        else "not in your contacts: compare the fingerprint with them"
    )
    if args.json:
        write_json(
            {
                "reply_id": opened.reply_id,
                "request": opened.request.id,
                "learner": learner,
                "kind": opened.kind,
                "title": opened.title,
                "text": opened.text,
                "hours": opened.hours,
                "endorses": opened.endorsed_record,
                "provenance": "third_party_attested",
                "author": {
                    "name": opened.author_name,
                    "did": opened.author_did,
                    "fingerprint": opened.author_fingerprint,
                    "contact": contact.name if contact is not None else None,
                },
                "report": opened.report.to_json(),
                "saved": record_id,
            },
            ctx.out,
        )
        return 0
    ctx.say(f"{KIND_WORDS[opened.kind].capitalize()} for {learner}: {opened.title}")
    ctx.say(
        f"Written by {opened.author_name} (key fingerprint {opened.author_fingerprint}, {known})."
    )
    ctx.say(opened.text)
    if opened.hours is not None:
        ctx.say(f"Hours attended: {opened.hours:g}")
    if record_id:
        ctx.say(f"Filed under {learner} as {record_id}, third-party attested.")
    else:
        ctx.say("Not kept: open it again with --save to file it under the learner.")
    return 0
