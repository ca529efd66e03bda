"""How a third-party writer is shown: one shape for lists, `show`, `open` and `replies`."""

from __future__ import annotations

from typing import Any

from backpack_app.crypto.sealing import key_fingerprint


def author_of_key(name: str, did: str, contact: Any) -> dict[str, Any]:
    """A third-party writer as every list and `--json` shows one: the name they give, their
    key (did), its fingerprint, and the contact whose card holds that key and since when."""
    return {
        "name": name,
        "did": did,
        "fingerprint": key_fingerprint(did.encode("utf-8")),
        "contact": contact.name if contact is not None else None,
        "contact_since": contact.added.date().isoformat() if contact is not None else None,
        "in_contacts": contact is not None,
    }
