"""`backpack sync`: one backpack on several computers through a shared folder (docs/sync.md)."""

from __future__ import annotations

import argparse
import time

from backpack_app.cli.output import write_json

PHASES = {
    "reading": "Reading the other computers' changes",
    "fetching files": "Copying attached files from the folder",
    "applying": "Merging",
    "copying files": "Copying attached files to the folder",
    "writing": "Writing this computer's changes",
    "compacting": "Rewriting this computer's log in a compact form",
}


class _Progress:
    """Lines on stderr for work that takes more than a moment (at most one a second), each a
    whole line; a phase that printed anything ends with its "N of N" line."""

    def __init__(self, err, clock=time.monotonic):
        self._err, self._clock = err, clock
        self._last, self._started = 0.0, clock()
        self._open: tuple[str, int] | None = None  # a phase shown before its end: (phase, total)

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self._open is not None and self._open[0] != phase:
            self._line(self._open[0], self._open[1], self._open[1])  # its last step went unsaid
        now = self._clock()
        if total < 200 or now - self._started < 1 or (now - self._last < 1 and done < total):
            return
        self._last = now
        self._line(phase, done, total)

    def finish(self) -> None:
        """The work is over: a phase still shown before its end gets its last line."""
        if self._open is not None:
            self._line(self._open[0], self._open[1], self._open[1])

    def _line(self, phase: str, done: int, total: int) -> None:
        self._err.write(f"{PHASES.get(phase, phase)}: {done:,} of {total:,}\n")
        self._err.flush()
        self._open = (phase, total) if done < total else None


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def say_report(ctx, report) -> int:
    """The sentences of one sync; exit 1 when some log could not be read whole."""
    parts = [
        f"sent {_plural(report.sent, 'change')}",
        f"merged {_plural(report.changed, 'item')} from the folder",
    ]
    if report.files_out or report.files_in:
        parts.append(
            f"copied {_plural(report.files_out, 'file')} out and {_plural(report.files_in, 'file')} in"
        )
    ctx.say("Synced: " + ", ".join(parts) + ".")
    if report.compacted:
        ctx.say("This computer's log in the folder was rewritten in a compact form.")
    if report.removed_logs:
        ctx.say(
            f"{_plural(report.removed_logs, 'log')} of removed computers left the folder; "
            "what they held is kept in this computer's log."
        )
    if report.kept_in_history:
        ctx.say(
            f"{_plural(report.kept_in_history, 'entry was', 'entries were')} changed on two "
            "computers: the later change was kept, the other is in the entry's history."
        )
    if report.waiting:
        ctx.say(
            f"{_plural(report.waiting, 'item is', 'items are')} waiting for files or entries "
            "still being copied into the folder; they will be merged at a later sync."
        )
    for problem in report.problems:
        print(f"backpack: {problem}", file=ctx.err)
    return 1 if report.problems else 0


def cmd_sync(ctx, args: argparse.Namespace) -> int:
    action = args.sync_command
    progress = _Progress(ctx.err)
    if action == "join":
        return _join(ctx, args, progress)
    with ctx.open() as wallet:
        if action == "setup":
            report = wallet.sync_setup(args.folder, progress=progress, name=args.name)
            progress.finish()
            ctx.say(f"This backpack now syncs through {wallet.sync_folder}.")
            ctx.say(
                "On another computer, run 'backpack sync join FOLDER' with the same "
                "passphrase (or the recovery key)."
            )
            return say_report(ctx, report)
        if action == "devices":
            devices = wallet.sync_devices()
            if args.json:
                write_json([d.__dict__ for d in devices], ctx.out)
                return 0
            for d in devices:
                marks = " (this computer)" if d.this else ""
                marks += " (removed)" if d.removed else ""
                last = f", last change {d.last_change}" if d.last_change else ""
                ctx.say(f"{d.id}  {d.name}{marks}{last}")
            ctx.say(f"Last synced here: {wallet.last_synced or 'never'}.")
            return 0
        if action == "rename":
            report = wallet.sync_rename(args.name)
            ctx.say(
                f"This computer is now called {' '.join(args.name.split())}; the other computers "
                "show it so after their next sync."
            )
            return say_report(ctx, report)
        if action == "remove-device":
            device = wallet.sync_remove_device(args.id)
            ctx.say(
                f"Removed {device.id} ({device.name}): its later changes are not merged; "
                "what it wrote before stays, and its log leaves the folder once merged here."
            )
            return 0
        report = wallet.sync(progress=progress, compact=args.compact)
        progress.finish()
        return say_report(ctx, report)


def _join(ctx, args: argparse.Namespace, progress) -> int:
    from backpack_app.wallet import Backpack
    from backpack_app.wallet.backpack import utc_now

    if ctx.secrets.has_recovery_key(args.recovery_key_file):
        secret = {"recovery_key": ctx.secrets.recovery_key(args.recovery_key_file)}
    else:
        secret = {"passphrase": ctx.secrets.passphrase()}
    wallet, report = Backpack.sync_join(
        args.folder,
        ctx.home,
        kdf=ctx.kdf,
        clock=utc_now,
        progress=progress,
        name=args.name,
        **secret,
    )
    progress.finish()
    with wallet:
        count = len(wallet.list_records())
    ctx.say(
        f"Joined: made the backpack in {ctx.home} from {args.folder} ({_plural(count, 'record')})."
    )
    return say_report(ctx, report)
