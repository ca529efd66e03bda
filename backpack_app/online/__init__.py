"""Backpack's online code, all of it: the one HTTP client (`http.py`) and the protocols a school's
link speaks (OpenID4VCI in `oid4vci.py`, VC-API exchanges in `vcapi.py`). Reached only from the
user's explicit online actions, through the façade (wallet/receiving.py, wallet/publications.py).
Nothing here verifies or stores a credential."""

from __future__ import annotations

from backpack_app.online.http import Session
from backpack_app.online.links import Link, read_link
from backpack_app.online.models import TxCode
from backpack_app.online.oid4vci import preview_offer, receive_offer
from backpack_app.online.proof import Holder
from backpack_app.online.steps import Asks, Preview, Received
from backpack_app.online.vcapi import receive_exchange


def preview(session: Session, link: Link) -> Preview:
    """Who a link's offer comes from, before anything is spent (a VC-API link: no request)."""
    if link.kind == "vcapi":
        return Preview(domain=link.domain)
    return preview_offer(session, link)


def receive(session: Session, link: Link, holder: Holder, asks: Asks) -> Received:
    """Every credential `link` offers to `holder`, as received (checking is the caller's)."""
    if link.kind == "vcapi":
        return receive_exchange(session, link, holder, asks)
    return receive_offer(session, link, holder, asks)


__all__ = [
    "Asks",
    "Holder",
    "Link",
    "Preview",
    "Received",
    "Session",
    "TxCode",
    "preview",
    "read_link",
    "receive",
]
