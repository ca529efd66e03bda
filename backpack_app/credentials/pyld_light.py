"""pyld's JSON-LD processor, imported without the parts Backpack never runs.

Why: `import pyld` loads, besides the processor, every remote document loader pyld offers
(asyncio, and an HTTP session made at import time when `requests` is there) and lxml's HTML
parser (for JSON-LD inside web pages). Backpack gives pyld its own offline loader on every call
(`contexts.load_document`) and never reads HTML, yet paid for them in every process that checks
a signature: about two thirds of what pyld took to import, a sixth of `backpack verify ONE.json`.

How, with the same pyld code running:
- the package's `__init__` (which only re-exports the loaders) runs when something first asks
  the package for a name it does not have yet, not before;
- while `pyld.jsonld` is imported, its two remote loaders cannot be imported, so pyld's default
  loader is its `dummy_document_loader`, which refuses every URL (offline, as Backpack is);
  they can be imported normally afterwards;
- `lxml.html` is a placeholder that imports the real module when pyld first uses it.
If pyld was already imported, or any step is not possible (an unusual installation), pyld is
imported as usual. Modules of Backpack import pyld's names from here, never `pyld` directly.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

_REMOTE_LOADERS = ("pyld.documentloader.requests", "pyld.documentloader.aiohttp")
_HTML = "lxml.html"


class _Deferred(types.ModuleType):
    """A module imported on first use of one of its names."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def _defer(name: str) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None:
        return
    placeholder = _Deferred(name)
    placeholder.__spec__ = spec
    sys.modules[name] = placeholder
    parent, _, child = name.rpartition(".")
    setattr(importlib.import_module(parent), child, placeholder)


def _package_without_init() -> None:
    """`pyld` in sys.modules with its `__init__` run on first need (PEP 562 `__getattr__`)."""
    spec = importlib.util.find_spec("pyld")
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        return
    package = importlib.util.module_from_spec(spec)

    def complete(name: str) -> Any:
        if name.startswith("__") and name != "__all__":  # (asked by inspect, copy, pickle...)
            raise AttributeError(name)
        submodule = f"pyld.{name}"
        try:  # (pyld's modules import each other: `from pyld import jsonld`)
            return importlib.import_module(submodule)
        except ModuleNotFoundError as exc:
            if exc.name != submodule:
                raise
        del package.__dict__["__getattr__"]
        spec.loader.exec_module(package)  # type: ignore[union-attr]
        return getattr(package, name)

    package.__getattr__ = complete  # type: ignore[attr-defined]
    sys.modules["pyld"] = package


def _import_light() -> None:
    if "pyld" in sys.modules:
        return
    try:
        _package_without_init()
        if _HTML not in sys.modules:
            _defer(_HTML)
    except (ImportError, AttributeError, ValueError):
        pass  # imported as usual below
    blocked = [name for name in _REMOTE_LOADERS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # (import raises ImportError)
    try:
        importlib.import_module("pyld.jsonld")
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_import_light()

from pyld import jsonld  # noqa: E402  (after the light import above)
from pyld.__about__ import __version__ as PYLD_VERSION  # noqa: E402
from pyld.canon import URDNA2015  # noqa: E402
from pyld.context_resolver import ContextResolver  # noqa: E402
from pyld.identifier_issuer import IdentifierIssuer  # noqa: E402

__all__ = ["PYLD_VERSION", "URDNA2015", "ContextResolver", "IdentifierIssuer", "jsonld"]
