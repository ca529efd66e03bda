"""Backpack: a student-owned, offline-first wallet for a learner's portable record."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("backpack-app")
except PackageNotFoundError:  # running from a tree that was never installed
    __version__ = "0.0.0+unknown"
