"""Entry of the CLI, and the one place where its errors become words and exit codes."""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections.abc import Callable, MutableMapping, Sequence
from typing import TYPE_CHECKING, TextIO

from backpack_app.cli.parser import build_parser
from backpack_app.errors import BackpackError, CorruptBackpack, UserError

if TYPE_CHECKING:
    from backpack_app.crypto.kdf import KdfPolicy

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USER_ERROR, EXIT_BUG = 0, 1, 2, 70


def run(
    argv: Sequence[str],
    *,
    kdf: KdfPolicy | None = None,
    environ: MutableMapping[str, str] = os.environ,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    interactive: bool | None = None,
    prompt: Callable[[str], str] = getpass.getpass,
) -> int:
    """Run one command line; returns the exit code. Tests call this with a fast `kdf` (and,
    as a terminal, with `prompt` answering instead of a person).

    Only the parser is imported before the arguments are read: --version and --help exit there,
    and each command then imports what it needs (see `commands.lazy`)."""
    out, err = stdout or sys.stdout, stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse has already printed usage and the problem
        return EXIT_OK if exc.code == 0 else EXIT_USER_ERROR
    if not args.command:
        parser.print_help(out)
        return EXIT_USER_ERROR
    from backpack_app.cli.commands import HANDLERS, Context
    from backpack_app.cli.secrets_input import SecretSource
    from backpack_app.paths import resolve_home

    secrets = SecretSource(
        passphrase_file=args.passphrase_file,
        environ=environ,
        interactive=interactive,
        prompt=prompt,
        warn=err,
    )
    ctx = Context(resolve_home(args.home), secrets, kdf, out, err)
    try:
        return HANDLERS[args.command](ctx, args)
    except UserError as exc:
        print(f"backpack: {exc}", file=err)
        return EXIT_USER_ERROR
    except CorruptBackpack as exc:
        print(f"backpack: {exc} Restore it from a backup if you have one.", file=err)
        return EXIT_USER_ERROR
    except BackpackError as exc:
        print(f"backpack: {exc}", file=err)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("backpack: interrupted; nothing half-done was kept.", file=err)
        return 130
    except BrokenPipeError:  # the reader stopped early (`backpack list | head`): nothing to say
        _quiet(out)
        return EXIT_CHECK_FAILED
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"backpack: the system refused: {exc.strerror}{where}.", file=err)
        return EXIT_USER_ERROR
    except Exception as exc:
        if environ.get("BACKPACK_DEBUG"):
            raise
        print(
            f"backpack: an unexpected problem stopped the command ({type(exc).__name__}: "
            f"{exc}). This is a bug; set BACKPACK_DEBUG=1 to see the details.",
            file=err,
        )
        return EXIT_BUG


def _quiet(out: TextIO) -> None:
    """Point a closed pipe's descriptor at /dev/null, so Python's last flush of it at exit
    says nothing either."""
    try:
        fd = out.fileno()
    except (OSError, ValueError):  # not a file (a test's StringIO)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
