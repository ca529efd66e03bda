"""Backpack's online code, all of it: the one HTTP client (`http.py`) and the protocols a school's
or a verifier's link speaks (OpenID4VCI in `oid4vci.py`, VC-API exchanges in `vcapi.py`,
OpenID4VP requests in `oid4vp.py`). Reached only from the user's explicit online actions, through
the façade (wallet/receiving.py, answering.py, publications.py). Nothing here verifies or stores
a credential."""

from __future__ import annotations

import datetime as dt
from typing import Any

from backpack_app.errors import NotARequest, ReceiveFailed
from backpack_app.online import oid4vp, vcapi
from backpack_app.online.http import Session
from backpack_app.online.links import Link, link_for_protocols, read_link
from backpack_app.online.models import TxCode, read_json
from backpack_app.online.oid4vci import preview_offer, receive_offer
from backpack_app.online.proof import Holder
from backpack_app.online.steps import Asks, Preview, Received
from backpack_app.online.vcapi import receive_exchange


def records_request(session: Session, link: Link, now: dt.datetime | None = None) -> Any:
    """What a link's verifier asks for (VC-API QueryByExample or OpenID4VP); nothing is sent."""
    link = resolved(session, link)
    if link.kind == "oid4vp":
        return oid4vp.request_for_records(session, link, now)
    return vcapi.request_for_records(session, link)


def send_presentation(session: Session, request: Any, presentations: dict[str, list[Any]]) -> None:
    """Post the signed presentations (per query id; VC-API has one) as the protocol wants."""
    module = oid4vp if request.protocol == "oid4vp" else vcapi
    module.send_presentation(session, request, presentations)


def resolved(session: Session, link: Link) -> Link:
    """An interaction URL asked which protocols it speaks (GET, JSON `protocols`); others as is."""
    if link.kind != "interaction":
        return link
    answer = session.get(link.first_url, accept="application/json")
    who = f"The website {link.domain}"
    return link_for_protocols(read_json(answer, who))


def preview(session: Session, link: Link) -> Preview:
    """Who a link's offer comes from, before anything is spent (a VC-API link: no request)."""
    link = resolved(session, link)
    if link.kind == "oid4vp":
        raise NotARequest("This link asks for records rather than offering any.")
    if link.kind == "vcapi":
        return Preview(domain=link.domain)
    return preview_offer(session, link)


def receive(session: Session, link: Link, holder: Holder, asks: Asks) -> Received:
    """Every credential `link` offers to `holder`, as received (checking is the caller's)."""
    link = resolved(session, link)
    if link.kind == "oid4vp":
        raise ReceiveFailed(
            "This link asks for records rather than offering any; answer it with "
            "'backpack present LINK', which shows what it asks for first. Nothing was sent."
        )
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
