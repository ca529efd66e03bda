"""The wallet side of a VC-API exchange, as the DCC Learner Credential Wallet runs it: POST to
the exchange, prove the learner's DID (DIDAuthentication) with the verifier's challenge and
domain, and take the credentials of the presentation that comes back."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from backpack_app.credentials.shapes import as_list
from backpack_app.errors import FetchFailed, ReceiveFailed
from backpack_app.online.http import Session, checked_url
from backpack_app.online.links import Link
from backpack_app.online.models import ExchangeAnswer, PresentationRequest, read_answer
from backpack_app.online.proof import Holder, did_authentication
from backpack_app.online.steps import Asks, Received, ReceivedCredential

WHAT = "The exchange"


def _reply_address(request: PresentationRequest, exchange_url: str) -> str:
    """Where the presentation goes: the request's unmediated service, on the exchange's host."""
    for service in request.interact.service if request.interact else []:
        if "UnmediatedPresentationService2021" in as_list(service.type) and service.serviceEndpoint:
            try:
                url = checked_url(service.serviceEndpoint)
            except FetchFailed as exc:
                raise ReceiveFailed(f"The exchange's reply address cannot be used: {exc}") from None
            if urlsplit(url).netloc != urlsplit(exchange_url).netloc:
                raise ReceiveFailed("The exchange asks for the reply to go to another website.")
            return url
    return exchange_url


def _answer_request(request: PresentationRequest, holder: Holder, asks: Asks) -> dict[str, Any]:
    kinds = {q.get("type") for q in request.queries() if isinstance(q, dict)}
    if kinds - {"DIDAuthentication"}:
        raise ReceiveFailed(
            "The exchange asks for records, not just for the learner's key; answering such "
            "requests is not in this version of Backpack, so nothing was sent."
        )
    if not request.challenge:
        raise ReceiveFailed("The exchange asks for proof of the learner's key without a challenge.")
    return did_authentication(
        holder, challenge=request.challenge, domain=request.domain, now=asks.now()
    )


def receive_exchange(session: Session, link: Link, holder: Holder, asks: Asks) -> Received:
    """The credentials a VC-API exchange issues to `holder` (not yet checked)."""
    assert link.exchange_url is not None
    domain = urlsplit(link.exchange_url).netloc
    with session.paused():
        asks.confirm(domain, None)
    asks.progress("exchange")
    first = read_answer(session.post(link.exchange_url, json={}), ExchangeAnswer, WHAT)
    presentation = first.verifiablePresentation
    if presentation is None and first.verifiablePresentationRequest is not None:
        request = first.verifiablePresentationRequest
        reply = {"verifiablePresentation": _answer_request(request, holder, asks)}
        asks.progress("credential")
        address = _reply_address(request, link.exchange_url)
        second = read_answer(session.post(address, json=reply), ExchangeAnswer, WHAT)
        presentation = second.verifiablePresentation
    if presentation is None:
        raise ReceiveFailed("The exchange ended without sending any credential.")
    received = Received(issuer_name=None, domain=domain)
    for item in as_list(presentation.get("verifiableCredential")):
        received.add(ReceivedCredential.of(item, label="exchange"))
    if not received.credentials:
        raise ReceiveFailed("The exchange ended without sending any credential.")
    return received
