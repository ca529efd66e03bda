"""The wallet side of a VC-API exchange, as the DCC Learner Credential Wallet runs it: POST to
the exchange, prove the learner's DID (DIDAuthentication) with the verifier's challenge and
domain, and take the credentials of the presentation that comes back; or, for a verifier's
QueryByExample, say what it asks for and post the presentation the learner chose to send."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from backpack_app.credentials.shapes import as_list
from backpack_app.errors import FetchFailed, NotARequest, ReceiveFailed
from backpack_app.online.http import Session, checked_url
from backpack_app.online.links import Link
from backpack_app.online.models import (
    ExchangeAnswer,
    PresentationRequest,
    read_answer,
    read_json,
)
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
            "The exchange asks for records rather than offering any; answer it with "
            "'backpack present LINK', which shows what it asks for first. Nothing was sent."
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
        asks.progress("credential", 1, 1)
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


@dataclass(frozen=True)
class AskedFor:
    """One QueryByExample credential query: the types asked for and why (as the verifier says)."""

    types: tuple[str, ...]
    reason: str | None
    format: str | None = None  # OpenID4VP: "ldp_vc" or "jwt_vc_json"; VC-API: any
    query_id: str = ""  # OpenID4VP: the DCQL credential query it is


@dataclass(frozen=True)
class RecordsRequest:
    """A verifier's request for records: a VC-API exchange's QueryByExample, or (`protocol`
        "oid4vp") an OpenID4VP request, whose nonce is the challenge and client_id the domain (a
    presentation's `domain`, a VP-JWT's `aud`)."""

    domain: str  # the host the answer goes to, as the user is shown it
    reply_url: str
    challenge: str
    verifier_domain: str | None
    asked: tuple[AskedFor, ...]
    protocol: str = "vcapi"
    state: str | None = None  # OpenID4VP: sent back with the answer


def _asked(query: dict[str, Any]) -> list[AskedFor]:
    found = []
    for item in as_list(query.get("credentialQuery"))[:20]:
        example = item.get("example") if isinstance(item, dict) else None
        types = as_list(example.get("type")) if isinstance(example, dict) else []
        reason = item.get("reason") if isinstance(item, dict) else None
        found.append(
            AskedFor(
                types=tuple(t for t in types if isinstance(t, str))[:10],
                reason=reason[:300] if isinstance(reason, str) else None,
            )
        )
    return found


def request_for_records(session: Session, link: Link) -> RecordsRequest:
    """What a VC-API exchange asks for (POST `{}`); nothing of the learner's is sent."""
    if link.exchange_url is None:
        raise NotARequest("This link does not ask for records.")
    first = read_answer(session.post(link.exchange_url, json={}), ExchangeAnswer, WHAT)
    request = first.verifiablePresentationRequest
    queries = request.queries() if request else []
    asked = [a for q in queries if q.get("type") == "QueryByExample" for a in _asked(q)]
    if request is None or not asked:
        raise NotARequest("This link does not ask for records.")
    if not request.challenge:
        raise ReceiveFailed("The exchange asks for records without a challenge.")
    return RecordsRequest(
        domain=urlsplit(link.exchange_url).netloc,
        reply_url=_reply_address(request, link.exchange_url),
        challenge=request.challenge,
        verifier_domain=request.domain,
        asked=tuple(asked),
    )


def send_presentation(
    session: Session, request: RecordsRequest, presentations: dict[str, list[Any]]
) -> None:
    """Post the signed presentation (the one there is); ReceiveFailed when the verifier refuses."""
    [vp] = [vp for each in presentations.values() for vp in each]
    read_json(session.post(request.reply_url, json={"verifiablePresentation": vp}), WHAT)
