"""A did:web DID document for a school that publishes one: its signing key as a Multikey."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from backpack_app.credentials.did_web import did_web_url
from backpack_app.errors import MalformedCredential, UserError

KEY_FRAGMENT = "key-1"


def did_web_for(domain: str) -> str:
    """`lincoln-hs.example.org[:8443][/path]` as a did:web; UserError if it names no web host."""
    host, _, path = domain.strip().strip("/").partition("/")
    did = "did:web:" + quote(host, safe="") + "".join(f":{s}" for s in path.split("/") if s)
    try:
        did_web_url(did)
    except MalformedCredential as exc:
        raise UserError(f"{domain!r} is not a domain a did:web can name: {exc}") from None
    return did


def did_web_document(did: str, did_key: str) -> dict[str, Any]:
    """The document to publish at the did:web's address, naming the key of `did_key`."""
    method = f"{did}#{KEY_FRAGMENT}"
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": method,
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": did_key.split(":")[-1],
            }
        ],
        "assertionMethod": [method],
        # A program answering families (`backpack reply --key-file --did`) signs its reply's
        # presentation with the same key, for authentication.
        "authentication": [method],
    }
