"""Where things live: the backpack folder, shipped resources, private file creation."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Backpack"
HOME_ENV = "BACKPACK_HOME"


def default_home() -> Path:
    """The backpack folder when neither --home nor BACKPACK_HOME is given."""
    import platformdirs  # here: a command given --home or BACKPACK_HOME does without it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--home wins over BACKPACK_HOME, which wins over the platform default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return default_home()


def resource_path(*parts: str) -> Path:
    """A shipped resource, both from a checkout/installed package and inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "backpack_app", "resources", *parts)
    try:
        import backpack_app.resources as res
    except ModuleNotFoundError:  # a checkout run without installing: resources/ beside the code
        return Path(__file__).resolve().parents[1].joinpath("resources", *parts)
    return Path(res.__file__).parent.joinpath(*parts)


def make_private_dir(path: Path) -> None:
    """Create a folder only its owner can enter (parents as needed)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
