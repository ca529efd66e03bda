"""The authorization code grant of OpenID4VCI for an offer without a pre-authorized code: the
learner signs in at the school's page in the system's browser, which sends the code back to a
listener on 127.0.0.1 (RFC 8252), and Backpack trades it for an access token with the PKCE
verifier only it knows (RFC 7636, S256). Backpack is a public client: no secret, a fixed
client_id, the state and the PKCE pair new for each sign-in and never stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from urllib.parse import urlencode, urlsplit

from backpack_app.errors import FetchFailed, ReceiveFailed
from backpack_app.online.http import Session, checked_url
from backpack_app.online.loopback import Redirect
from backpack_app.online.models import (
    AuthorizationServerMetadata,
    CredentialOffer,
    PushedRequest,
    TokenResponse,
    read_answer,
)
from backpack_app.online.steps import Asks

CLIENT_ID = "backpack-wallet"
AUTHORIZATION_CODE = "authorization_code"
WHO = "The school's sign-in"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge): 64 random URL-safe characters and their hash (RFC 7636 §4)."""
    verifier = _b64url(secrets.token_bytes(48))
    return verifier, _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def _endpoint(url: str | None, what: str) -> str:
    if not url:
        raise ReceiveFailed(
            f"The offer needs a sign-in at the school, but its authorization server has no {what}."
        )
    try:
        return checked_url(url)
    except FetchFailed as exc:
        raise ReceiveFailed(f"The school's {what} cannot be used: {exc}") from None


def authorization_request(
    offer: CredentialOffer, redirect_uri: str, state: str, challenge: str
) -> dict[str, str]:
    """The parameters of the authorization request: one `openid_credential` authorization
    detail per offered configuration (OpenID4VCI 1.0 §5.1.1), and the issuer's state if given."""
    details = [
        {"type": "openid_credential", "credential_configuration_id": cid}
        for cid in offer.credential_configuration_ids
    ]
    params = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "authorization_details": json.dumps(details, separators=(",", ":")),
    }
    grant = offer.grants.authorization_code
    if grant is not None and grant.issuer_state:
        params["issuer_state"] = grant.issuer_state
    return params


def _sign_in_address(
    session: Session, server: AuthorizationServerMetadata, params: dict[str, str]
) -> str:
    """Where the browser goes: the request itself in the address, or (when the server wants it
    pushed first, RFC 9126) only the `request_uri` it gave for it."""
    endpoint = _endpoint(server.authorization_endpoint, "sign-in address")
    glue = "&" if urlsplit(endpoint).query else "?"
    if server.require_pushed_authorization_requests:
        pushed_at = _endpoint(
            server.pushed_authorization_request_endpoint, "pushed request address"
        )
        pushed = read_answer(session.post(pushed_at, form=params), PushedRequest, WHO)
        return (
            endpoint + glue + urlencode({"client_id": CLIENT_ID, "request_uri": pushed.request_uri})
        )
    return endpoint + glue + urlencode(params)


def _checked_callback(
    answer: dict[str, str] | None,
    state: str,
    server: AuthorizationServerMetadata,
    seconds: float,
) -> str:
    """The code of a callback that answers this very sign-in; else one sentence."""
    if answer is None:
        raise ReceiveFailed(
            f"The sign-in at the school did not finish within {seconds / 60:g} minutes."
        )
    if not hmac.compare_digest(answer.get("state", "").encode(), state.encode()):
        raise ReceiveFailed(
            "The answer from the sign-in page does not belong to the sign-in Backpack started."
        )
    iss = answer.get("iss")
    if (iss is not None or server.authorization_response_iss_parameter_supported) and (
        iss is None or iss.rstrip("/") != server.issuer.rstrip("/")
    ):
        raise ReceiveFailed("The sign-in answer comes from another server than the school's.")
    if "error" in answer:
        why = answer.get("error_description") or answer["error"]
        raise ReceiveFailed(f"The school's sign-in ended without giving access ({why[:200]}).")
    code = answer.get("code")
    if not code or len(code) > 4096:
        raise ReceiveFailed("The sign-in page sent Backpack back without a code.")
    return code


def signed_in_token(
    session: Session, server: AuthorizationServerMetadata, offer: CredentialOffer, asks: Asks
) -> TokenResponse:
    """The access token after the learner signed in at the school, in their browser."""
    methods = server.code_challenge_methods_supported
    if methods is not None and "S256" not in methods:
        raise ReceiveFailed(
            "The school's sign-in does not protect the code the way Backpack requires (PKCE "
            "with S256), so it was not started."
        )
    verifier, challenge = pkce_pair()
    state = _b64url(secrets.token_bytes(24))
    with Redirect() as redirect:
        params = authorization_request(offer, redirect.uri, state, challenge)
        address = _sign_in_address(session, server, params)
        asks.progress("sign-in")
        with session.paused():  # signing in takes the person's time, not the server's
            asks.sign_in(address)
            answer = redirect.wait(
                session.sign_in_seconds, check=session.check_cancel, clock=session.clock
            )
    code = _checked_callback(answer, state, server, session.sign_in_seconds)
    form = {
        "grant_type": AUTHORIZATION_CODE,
        "code": code,
        "redirect_uri": redirect.uri,
        "client_id": CLIENT_ID,
        "code_verifier": verifier,
    }
    asks.progress("token")
    return read_answer(
        session.post(server.token_endpoint, form=form), TokenResponse, "The token endpoint"
    )
