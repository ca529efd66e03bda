"""What a school's link or QR code asks for: an OpenID4VCI credential offer (by value or by
reference) or a VC-API exchange (the DCC Learner Credential Wallet's `request=` links).

Reading a link touches nothing online; it only says where the first request would go, so the
user can be asked before it is made.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from pydantic import ValidationError

from backpack_app.errors import FetchFailed, ReceiveFailed
from backpack_app.online.http import checked_url
from backpack_app.online.models import CredentialOffer, first_problem

MAX_LINK_CHARS = 64 * 1024
OFFER_SCHEMES = {"openid-credential-offer", "haip"}
REQUEST_SCHEMES = {"openid4vp", "mdoc-openid4vp"}


@dataclass(frozen=True)
class Link:
    """A readable link: either an offer (or where to get it) or a VC-API exchange address."""

    kind: str  # "oid4vci", "vcapi", "oid4vp", or "interaction" (a URL that says which)
    first_url: str  # where the first request goes
    offer: CredentialOffer | None = None
    offer_uri: str | None = None
    exchange_url: str | None = None
    params: tuple[tuple[str, str], ...] = ()  # an OpenID4VP request's parameters, as given

    @property
    def domain(self) -> str:
        """The host the first request goes to, as the user is shown it."""
        return urlsplit(self.first_url).netloc


def read_link(text: str) -> Link:
    """The offer or exchange a pasted link (or a QR code's text) names; ReceiveFailed if none."""
    text = text.strip()
    if not text:
        raise ReceiveFailed("There is no link to receive from.")
    if len(text) > MAX_LINK_CHARS:
        raise ReceiveFailed("That link is far longer than any school's link.")
    if text.startswith("{"):
        return _offer_link(text)
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    scheme = parts.scheme.lower()
    if scheme in REQUEST_SCHEMES:
        return _presentation_request(query)
    if "credential_offer" in query or "credential_offer_uri" in query:
        if scheme not in OFFER_SCHEMES | {"https"}:
            raise ReceiveFailed(f"Backpack does not open {scheme or 'such'} links.")
        return _offer_from_query(query)
    if "request" in query and (scheme == "dccrequest" or scheme == "https"):
        return _exchange_link(_one(query, "request"))
    if scheme in ("https", "http") and query.get("iuv") == ["1"]:  # an interaction URL (LearnCard)
        url = _address(text, "address")
        return Link(kind="interaction", first_url=url)
    if scheme in OFFER_SCHEMES:
        raise ReceiveFailed("This credential offer link names no offer.")
    raise ReceiveFailed(
        "Backpack does not know this kind of link: it is neither a credential offer "
        "(openid-credential-offer://) nor a wallet request link (lcw.app, dccrequest://)."
    )


def _one(query: dict[str, list[str]], name: str) -> str:
    values = query[name]
    if len(values) != 1:
        raise ReceiveFailed(f"The link names its {name} more than once.")
    return values[0]


def _offer_from_query(query: dict[str, list[str]]) -> Link:
    if "credential_offer" in query and "credential_offer_uri" in query:
        raise ReceiveFailed("The link holds an offer and an offer address; it must hold one.")
    if "credential_offer" in query:
        return _offer_link(_one(query, "credential_offer"))
    uri = _address(_one(query, "credential_offer_uri"), "offer address")
    return Link(kind="oid4vci", first_url=uri, offer_uri=uri)


def _offer_link(text: str) -> Link:
    offer = parse_offer(text.encode("utf-8"))
    issuer = _address(offer.credential_issuer, "issuer address")
    return Link(kind="oid4vci", first_url=issuer, offer=offer)


def parse_offer(data: bytes) -> CredentialOffer:
    """A credential offer's JSON as a model; ReceiveFailed when it is not one."""
    try:
        offer = CredentialOffer.model_validate_json(data)
    except ValidationError as exc:
        raise ReceiveFailed(f"The credential offer is malformed ({first_problem(exc)}).") from None
    return offer  # without a pre-authorized code: a sign-in at the school (authorization code)


def _presentation_request(query: dict[str, list[str]]) -> Link:
    """An OpenID4VP request: where the answer (or the request itself) is to be fetched from."""
    params = tuple((name, _one(query, name)) for name in sorted(query))
    given = dict(params)
    if "request" in given and "request_uri" not in given:
        given = {**given, **_peeked_request(given["request"])}
    where = given.get("request_uri") or given.get("response_uri") or given.get("redirect_uri")
    if where is None:
        raise ReceiveFailed("The request for records names no address to answer to.")
    return Link(kind="oid4vp", first_url=_address(where, "answer address"), params=params)


def _peeked_request(token: str) -> dict[str, str]:
    """Where a request object in the link would have the answer go, read unchecked only to say
    which website the request comes from (its signature is checked before anything is shown)."""
    from backpack_app.credentials.vc_jwt import read_compact_jws
    from backpack_app.errors import CredentialProblem

    try:
        claims = read_compact_jws(token)[1]
    except CredentialProblem:
        raise ReceiveFailed("The request in the link is not a request object.") from None
    where = claims.get("response_uri")
    return {"response_uri": where} if isinstance(where, str) else {}


def _exchange_link(text: str) -> Link:
    try:
        request = json.loads(text)
    except ValueError:
        raise ReceiveFailed("The request in the link is not readable JSON.") from None
    return link_for_protocols(request, offers=False)


def link_for_protocols(answer: object, *, offers: bool = True) -> Link:
    """The exchange (or, from an interaction URL, the offer) a `protocols` object names."""
    protocols = answer.get("protocols") if isinstance(answer, dict) else None
    protocols = protocols if isinstance(protocols, dict) else {}
    url = protocols.get("vcapi")
    if isinstance(url, str):
        url = _address(url, "exchange address")
        return Link(kind="vcapi", first_url=url, exchange_url=url)
    offer = protocols.get("OID4VCI")
    if offers and isinstance(offer, str) and offer.startswith("openid-credential-offer:"):
        return read_link(offer)
    raise ReceiveFailed("The request in the link names no VC-API exchange to receive from.")


def _address(url: str, what: str) -> str:
    try:
        return checked_url(url)
    except FetchFailed as exc:
        raise ReceiveFailed(f"The link's {what} cannot be used: {exc}") from None
