"""Backpack: a student-owned, offline-first wallet for a learner's portable record."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # `__version__` is read from the package metadata only when asked: importlib.metadata
    # costs a fifth of the command line's whole start-up, and only --version and the window
    # show the version.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("backpack-app")
    except PackageNotFoundError:  # running from a tree that was never installed
        found = "0.0.0+unknown"
    globals()["__version__"] = found
    return found
