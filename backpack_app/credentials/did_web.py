"""did:web: where a DID's document lives, and its keys read from a saved copy (never fetched here).

A did:web names a web origin (W3C CCG did:web method): `did:web:example.com` is published at
https://example.com/.well-known/did.json, `did:web:example.com:path:to` at
https://example.com/path/to/did.json, and a port is percent-encoded (`example.com%3A8443`).
"""

from __future__ import annotations

import base64
import re
from typing import Any
from urllib.parse import unquote

from backpack_app.credentials.parsing import parse_json
from backpack_app.errors import InvalidProof, MalformedCredential, UnsupportedProof

PREFIX = "did:web:"
MAX_DID_DOCUMENT_BYTES = 256 * 1024
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?$")
_SEGMENT = re.compile(r"^[A-Za-z0-9._~!$&'()*+,;=@%-]{1,255}$")


def did_web_url(did: str) -> str:
    """The HTTPS address of a did:web's document; MalformedCredential for anything else."""
    if not isinstance(did, str) or not did.startswith(PREFIX) or "#" in did or "?" in did:
        raise MalformedCredential(f"{did!r} is not a did:web identifier.")
    host, *path = did[len(PREFIX) :].split(":")
    host = unquote(host)
    name, _, port = host.partition(":")
    # The method names domains; an IP address (or a bad port) is not a did:web.
    if not _HOST.match(host) or ".." in host or name.replace(".", "").isdigit():
        raise MalformedCredential(f"{did} does not name a web host.")
    if port and not 0 < int(port) < 65536:
        raise MalformedCredential(f"{did} names a port that does not exist.")
    for segment in path:
        if (
            not _SEGMENT.match(segment)
            or unquote(segment) in (".", "..")
            or "/" in unquote(segment)
        ):
            raise MalformedCredential(f"{did} has a path Backpack does not accept.")
    where = "/".join(path) if path else ".well-known"
    return f"https://{host}/{where}/did.json"


def parse_did_document(data: bytes, *, expected: str | None = None) -> dict[str, Any]:
    """A did:web document from bytes; its `id` must be a did:web (and `expected`, if given)."""
    if len(data) > MAX_DID_DOCUMENT_BYTES:
        raise MalformedCredential("It is larger than a DID document may be.")
    document = parse_json(data)
    if not isinstance(document, dict):
        raise MalformedCredential("It is not a DID document (not a JSON object).")
    did = document.get("id")
    if not isinstance(did, str):
        raise MalformedCredential("It does not say whose document it is (no id).")
    did_web_url(did)
    if expected is not None and did != expected:
        raise MalformedCredential(f"It is the document of {did}, not of {expected}.")
    return document


def _absolute(did: str, ref: Any) -> Any:
    return f"{did}{ref}" if isinstance(ref, str) and ref.startswith("#") else ref


def _b64url(text: Any) -> bytes:
    if not isinstance(text, str) or len(text) > 1024:
        raise InvalidProof("The issuer's published key is not in the expected form.")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError as exc:
        raise InvalidProof("The issuer's published key is not valid base64url.") from exc


def key_from_jwk(jwk: Any) -> tuple[str, bytes]:
    """(algorithm, raw key) of a public OKP Ed25519 or EC P-256 / P-384 JWK (EC keys as a
    compressed point)."""
    if not isinstance(jwk, dict) or "d" in jwk:
        raise InvalidProof("The issuer's published key is not a public JSON Web Key.")
    if jwk.get("kty") == "OKP" and jwk.get("crv") == "Ed25519":
        raw = _b64url(jwk.get("x"))
        if len(raw) == 32:
            return "Ed25519", raw
    size = {"P-256": 32, "P-384": 48}.get(jwk.get("crv")) if jwk.get("kty") == "EC" else None
    if size is not None:
        x, y = _b64url(jwk.get("x")), _b64url(jwk.get("y"))
        if len(x) == size and len(y) == size:
            return jwk["crv"], bytes([2 + (y[-1] & 1)]) + x
    raise UnsupportedProof("The issuer publishes a kind of key Backpack cannot check.")


def find_method(document: dict[str, Any], method_id: str, *, purpose: str) -> dict[str, Any]:
    """The verification method `method_id` of the document, only if listed for `purpose`."""
    did = document["id"]
    listed = document.get(purpose)
    listed = listed if isinstance(listed, list) else []
    embedded = {_absolute(did, m.get("id")): m for m in listed if isinstance(m, dict) and "id" in m}
    allowed = {_absolute(did, m) for m in listed if isinstance(m, str)} | set(embedded)
    if method_id not in allowed:
        raise InvalidProof(
            f"The key that signed it is not one its issuer's DID document lists for {purpose}."
        )
    if method_id in embedded:
        method = embedded[method_id]
    else:
        methods = document.get("verificationMethod")
        methods = methods if isinstance(methods, list) else []
        matches = [
            m for m in methods if isinstance(m, dict) and _absolute(did, m.get("id")) == method_id
        ]
        if len(matches) != 1:
            raise InvalidProof("The issuer's DID document does not hold the key that signed it.")
        method = matches[0]
    if method.get("controller") != did:
        raise InvalidProof("The issuer's DID document lists a key that another party controls.")
    return method
