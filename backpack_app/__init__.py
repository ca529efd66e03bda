"""Backpack: a student-owned, offline-first wallet for a learner's portable record."""

# The one place the version is written: the package metadata takes it from here
# (pyproject.toml), and --version and the window read it without importlib.metadata.
__version__ = "0.1.0"
