"""The offline JSON-LD document loader: shipped contexts, then those the user added to their
backpack (`backpack context add`); any other URL is an error, and nothing is downloaded."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from backpack_app.errors import CredentialProblem
from backpack_app.paths import resource_path


class UnknownContext(CredentialProblem):
    """A credential named a context Backpack does not have (nothing is ever downloaded): its
    signature cannot be checked offline, which is not the same as being unreadable."""

    verdict = "unverifiable_offline"

    def __init__(self, url: str):
        super().__init__(
            f"It uses the vocabulary {url}, which Backpack does not know, so it cannot be checked."
        )
        self.url = url


def names_unknown_context(summary: str) -> bool:
    """Whether a report's summary says what UnknownContext says."""
    return "which Backpack does not know, so it cannot be checked" in summary


@cache
def _documents(folder: Path) -> dict[str, dict[str, Any]]:
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    parsed: dict[str, Any] = {}
    documents = {}
    for url, name in index.items():
        if name not in parsed:
            parsed[name] = json.loads((folder / name).read_text(encoding="utf-8"))
        # `static` lets pyld keep the processed context across calls (it never changes).
        documents[url] = {
            "contextUrl": None,
            "documentUrl": url,
            "document": parsed[name],
            "tag": "static",
        }
    return documents


# Contexts the user added, by URL (registered from the backpack; never replace shipped ones).
_added: dict[str, dict[str, Any]] = {}


def contexts_folder() -> Path:
    return resource_path("contexts")


def known_context_urls() -> frozenset[str]:
    return frozenset(_documents(contexts_folder())) | frozenset(_added)


def shipped(url: str) -> bool:
    return url in _documents(contexts_folder())


def register_added_contexts(documents: dict[str, dict[str, Any]]) -> None:
    """Make contexts saved in the backpack available to verification in this process."""
    for url, document in documents.items():
        if not shipped(url):
            _added[url] = {
                "contextUrl": None,
                "documentUrl": url,
                "document": document,
                "tag": "static",
            }


def load_document(url: str, options: dict | None = None) -> dict[str, Any]:
    """pyld document loader: the shipped copy of `url`, then an added one, or UnknownContext."""
    doc = _documents(contexts_folder()).get(url) or _added.get(url)
    if doc is None:
        raise UnknownContext(url)
    return doc
