"""Checking a JSON-LD context a user adds to their backpack (`backpack context add FILE --url`).

An advanced user can give Backpack a vocabulary it does not ship, so credentials using it can be
checked offline. It is validated first: a JSON object with an `@context`, under an http(s)
address Backpack does not already ship, that processes as a JSON-LD context with only contexts
Backpack has. Its sha256 is kept with it, and reports name it like any context.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from backpack_app.credentials.contexts import load_document, shipped
from backpack_app.errors import UserError

MAX_CONTEXT_BYTES = 1024 * 1024


def check_added_context(url: str, data: bytes) -> tuple[dict[str, Any], str]:
    """The parsed context and its sha256, or UserError saying why it cannot be added."""
    if not url.startswith(("https://", "http://")) or len(url) > 2_000 or " " in url:
        raise UserError("A context is added under the web address credentials name it by.")
    if shipped(url):
        raise UserError(f"Backpack already ships {url}; it cannot be replaced.")
    if len(data) > MAX_CONTEXT_BYTES:
        raise UserError("That file is far larger than a JSON-LD context.")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise UserError("That file is not JSON.") from None
    if not isinstance(document, dict) or not isinstance(document.get("@context"), dict | list):
        raise UserError("That file is not a JSON-LD context (it has no @context).")
    _process(url, document)
    return document, hashlib.sha256(data).hexdigest()


def _process(url: str, document: dict[str, Any]) -> None:
    """Process the context as pyld would when a credential names it; refuse any failure."""
    # pyld loads only when a context is added: opening a backpack to list it needs none of it.
    from backpack_app.credentials.linked_data import unknown_context_in
    from backpack_app.credentials.pyld_light import jsonld

    def loader(wanted: str, options: dict | None = None) -> dict[str, Any]:
        if wanted == url:
            return {"contextUrl": None, "documentUrl": url, "document": document}
        return load_document(wanted, options)

    probe = {"@context": url, "@id": "urn:backpack:probe", "urn:backpack:p": "x"}
    try:
        jsonld.expand(probe, {"documentLoader": loader, "processingMode": "json-ld-1.1"})
    except jsonld.JsonLdError as exc:
        unknown = unknown_context_in(exc)
        if unknown is not None:
            raise UserError(
                f"That context uses {unknown.url}, which Backpack does not have."
            ) from None
        raise UserError(f"That file is not a valid JSON-LD context ({exc.code or exc}).") from None
