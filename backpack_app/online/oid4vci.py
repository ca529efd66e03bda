"""The wallet side of OpenID4VCI 1.0 (and the draft-13 shapes still served): an offer, the
issuer's and its authorization server's metadata, the pre-authorized code grant, a key proof
per credential, and every offered credential received. Nothing here verifies or stores: the
façade does both with what `receive_offer` returns."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from backpack_app.errors import FetchFailed, ReceiveFailed
from backpack_app.online.authorization import signed_in_token
from backpack_app.online.http import Answer, Session, checked_url
from backpack_app.online.links import Link, parse_offer
from backpack_app.online.models import (
    PRE_AUTHORIZED,
    AuthorizationServerMetadata,
    CredentialConfiguration,
    CredentialOffer,
    CredentialResponse,
    IssuerMetadata,
    NonceResponse,
    OAuthError,
    TokenResponse,
    read_answer,
    read_json,
)
from backpack_app.online.proof import Holder, proof_jwt
from backpack_app.online.steps import Asks, Preview, Received, ReceivedCredential

FORMATS = {"ldp_vc", "jwt_vc_json"}
# Who said something unusable, named in the sentence (kept in names so the window translates them).
OFFER_ADDRESS = "The offer's address"
AUTHORIZATION_SERVER = "The authorization server"
TOKEN_ENDPOINT = "The token endpoint"
NONCE_ENDPOINT = "The nonce endpoint"
CREDENTIAL_ENDPOINT = "The credential endpoint"


def well_known(issuer: str, name: str) -> str:
    """`https://host/.well-known/NAME[/path]`: the suffix goes between host and path."""
    parts = urlsplit(issuer)
    path = parts.path.rstrip("/")
    return f"{parts.scheme}://{parts.netloc}/.well-known/{name}{path}"


def _same(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def _address(url: str, what: str) -> str:
    try:
        return checked_url(url)
    except FetchFailed as exc:
        raise ReceiveFailed(f"The issuer's {what} cannot be used: {exc}") from None


def _offer(session: Session, link: Link) -> CredentialOffer:
    if link.offer is not None:
        return link.offer
    assert link.offer_uri is not None
    answer = session.get(link.offer_uri)
    read_json(answer, OFFER_ADDRESS)  # an error answer is said as such
    return parse_offer(answer.body)


def issuer_metadata(session: Session, offer: CredentialOffer) -> IssuerMetadata:
    """The issuer's metadata, which must name the issuer the offer names."""
    issuer = _address(offer.credential_issuer, "address")
    who = f"The issuer {urlsplit(issuer).netloc}"
    metadata = read_answer(
        session.get(well_known(issuer, "openid-credential-issuer")), IssuerMetadata, who
    )
    if not _same(metadata.credential_issuer, offer.credential_issuer):
        raise ReceiveFailed(
            f"The issuer's metadata names another issuer ({metadata.credential_issuer[:200]}) "
            f"than the offer ({offer.credential_issuer[:200]}), so nothing was requested."
        )
    for wanted in offer.credential_configuration_ids:
        config = metadata.credential_configurations_supported.get(wanted)
        if config is None:
            raise ReceiveFailed(f"The issuer does not describe the offered credential {wanted!r}.")
        if config.format not in FORMATS:
            raise ReceiveFailed(
                f"The offered credential {wanted!r} comes as {config.format[:50]!r}, which "
                "Backpack does not read (it reads ldp_vc and jwt_vc_json)."
            )
    return metadata


def authorization_server(
    session: Session, metadata: IssuerMetadata, chosen: str | None = None
) -> AuthorizationServerMetadata:
    """The metadata of the issuer's (first, or the offer's `chosen`) authorization server."""
    servers = metadata.authorization_servers or [metadata.credential_issuer]
    if chosen is not None and not any(_same(chosen, s) for s in servers):
        raise ReceiveFailed(
            "The offer names an authorization server the issuer's metadata does not list."
        )
    server = _address(chosen or servers[0], "authorization server")
    answer = session.get(well_known(server, "oauth-authorization-server"))
    if answer.status == 404:
        answer = session.get(well_known(server, "openid-configuration"))
    if answer.status == 404 and metadata.token_endpoint:
        token = _address(metadata.token_endpoint, "token endpoint")
        return AuthorizationServerMetadata(issuer=server, token_endpoint=token)
    found = read_answer(answer, AuthorizationServerMetadata, AUTHORIZATION_SERVER)
    if not _same(found.issuer, server):
        raise ReceiveFailed(
            f"The authorization server's metadata names another server ({found.issuer[:200]})."
        )
    found.token_endpoint = _address(found.token_endpoint, "token endpoint")
    return found


def access_token(
    session: Session, endpoint: str, offer: CredentialOffer, asks: Asks
) -> TokenResponse:
    """The pre-authorized code grant, with the transaction code the user types if one is asked."""
    grant = offer.grants.pre_authorized
    assert grant is not None  # parse_offer refuses offers without one
    form = {"grant_type": PRE_AUTHORIZED, "pre-authorized_code": grant.code}
    if grant.tx_code is not None:
        with session.paused():
            form["tx_code"] = asks.tx_code(grant.tx_code)
    return read_answer(session.post(endpoint, form=form), TokenResponse, TOKEN_ENDPOINT)


def _request(
    cid: str, config: CredentialConfiguration, proof: str, *, draft13: bool, token: TokenResponse
) -> dict[str, Any]:
    identifier = token.identifier_for(cid)
    if identifier is not None:  # authorization details named it (1.0 §8.2)
        return {"credential_identifier": identifier, "proofs": {"jwt": [proof]}}
    if not draft13:
        return {"credential_configuration_id": cid, "proofs": {"jwt": [proof]}}
    definition = dict(config.credential_definition or {})
    if config.format == "jwt_vc_json":
        definition.pop("@context", None)
    return {
        "format": config.format,
        "credential_definition": definition,
        "proof": {"proof_type": "jwt", "jwt": proof},
    }


def _retry_nonce(answer: Answer) -> tuple[bool, str | None]:
    """(retry?, fresh c_nonce) after an invalid_nonce (1.0) or invalid_proof + c_nonce (13)."""
    if answer.status not in (400, 401):
        return False, None
    try:
        error = OAuthError.model_validate_json(answer.body)
    except ValueError:
        return False, None
    if error.error == "invalid_nonce":
        return True, error.c_nonce
    return error.error == "invalid_proof" and error.c_nonce is not None, error.c_nonce


class _Issuance:
    """Credential requests of one offer, with the nonce each needs."""

    def __init__(
        self, session: Session, metadata: IssuerMetadata, token: TokenResponse, asks: Asks
    ):
        self.session, self.metadata, self.token, self.asks = session, metadata, token, asks
        self.draft13 = metadata.nonce_endpoint is None and token.c_nonce is not None
        self.nonce = token.c_nonce

    def _fresh_nonce(self) -> str | None:
        if self.metadata.nonce_endpoint is None:
            return self.nonce
        endpoint = _address(self.metadata.nonce_endpoint, "nonce endpoint")
        self.asks.progress("nonce")
        return read_answer(self.session.post(endpoint), NonceResponse, NONCE_ENDPOINT).c_nonce

    def credential(
        self, cid: str, holder: Holder, now: dt.datetime, step: tuple[int, int]
    ) -> list[Any]:
        config = self.metadata.credential_configurations_supported[cid]
        endpoint = _address(self.metadata.credential_endpoint, "credential endpoint")
        nonce = self._fresh_nonce()
        self.asks.progress("credential", *step)
        for attempt in range(2):
            proof = proof_jwt(
                holder, audience=self.metadata.credential_issuer, nonce=nonce, now=now
            )
            body = _request(cid, config, proof, draft13=self.draft13, token=self.token)
            answer = self.session.post(endpoint, json=body, bearer=self.token.access_token)
            retry, fresh = _retry_nonce(answer)
            if not retry or attempt:
                break
            nonce = fresh if fresh is not None else self._fresh_nonce()
        if answer.status == 202:
            raise ReceiveFailed("The issuer will send this credential later; Backpack cannot wait.")
        response = read_answer(answer, CredentialResponse, CREDENTIAL_ENDPOINT)
        self.nonce = response.c_nonce or self.nonce
        issued = response.issued()
        if not issued:
            raise ReceiveFailed("The credential endpoint answered without a credential.")
        return issued


def preview_offer(session: Session, link: Link) -> Preview:
    """Who offers what (the offer and the issuer's metadata); nothing of the offer is spent."""
    offer = _offer(session, link)
    metadata = issuer_metadata(session, offer)
    grant = offer.grants.pre_authorized
    return Preview(
        domain=urlsplit(offer.credential_issuer).netloc,
        name=metadata.name(),
        count=len(offer.credential_configuration_ids),
        tx_code=grant.tx_code if grant else None,
        sign_in=grant is None,
    )


def receive_offer(session: Session, link: Link, holder: Holder, asks: Asks) -> Received:
    """Every credential a pre-authorized offer names, bound to `holder`'s key (not yet checked)."""
    asks.progress("offer")
    offer = _offer(session, link)
    asks.progress("metadata")
    metadata = issuer_metadata(session, offer)
    domain = urlsplit(offer.credential_issuer).netloc
    with session.paused():
        asks.confirm(domain, metadata.name())
    if offer.grants.pre_authorized is not None:
        server = authorization_server(session, metadata)
        asks.progress("token")
        token = access_token(session, server.token_endpoint, offer, asks)
    else:
        chosen = offer.grants.authorization_code
        server = authorization_server(session, metadata, chosen and chosen.authorization_server)
        token = signed_in_token(session, server, offer, asks)
    issuance = _Issuance(session, metadata, token, asks)
    received = Received(issuer_name=metadata.name(), domain=domain)
    wanted = offer.credential_configuration_ids
    for number, cid in enumerate(wanted, 1):
        for item in issuance.credential(cid, holder, asks.now(), (number, len(wanted))):
            received.add(ReceivedCredential.of(item, label=cid))
    return received
