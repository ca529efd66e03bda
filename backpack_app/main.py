"""`backpack` and `python -m backpack_app`: the app without arguments, the CLI with them."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

NO_DISPLAY = (
    "No display is available to show the Backpack window; use the command line instead "
    "(run 'backpack --help')."
)

# The links the desktop entry registers (packaging/linux/backpack.desktop).
LINK_SCHEMES = ("openid-credential-offer://", "dccrequest://", "openid4vp://")


def display_available(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """False when Qt would abort for lack of a screen (Linux without X11/Wayland or a platform)."""
    if environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # every file Backpack creates is private to its owner
    # Backpack uses no pydantic plugins; looking for them reads every installed package's
    # metadata when the first model is built (pydantic's documented switch).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    share_file = link = None
    if len(args) == 1 and args[0].startswith("file://"):  # the desktop entry's %u, for a file
        from urllib.parse import unquote, urlsplit

        args = [unquote(urlsplit(args[0]).path)]
    if len(args) == 1 and args[0].endswith(".backpack") and os.path.isfile(args[0]):
        share_file, args = args[0], []  # a double-clicked share opens in the window
    elif len(args) == 1 and args[0].startswith(LINK_SCHEMES):
        link, args = args[0], []  # the system's handler of a school's link: the window asks
    if args:
        from backpack_app.cli.main import run

        return run(args)
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from pathlib import Path

    from backpack_app.ui.app import run_app

    return run_app(Path(share_file) if share_file else None, link)


if __name__ == "__main__":
    raise SystemExit(main())


def demo() -> int:
    """`backpack-demo`: the same as `backpack demo`."""
    return main([*sys.argv[1:], "demo"])  # global options such as --home come first
