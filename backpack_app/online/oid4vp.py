"""The wallet side of OpenID4VP 1.0 for a request for records: the request (in the link, or a
request object by value `request` or by reference `request_uri`), its DCQL query for `ldp_vc`
and `jwt_vc_json` credentials, and the answer posted with `response_mode=direct_post`.

Who asks is checked offline, by the client identifier's prefix (OpenID4VP 1.0 §5.9):
- `redirect_uri:` the verifier names itself by its answer address; such a request is unsigned.
- `decentralized_identifier:` a did:key or did:jwk; the request object must be signed by a key
  of that DID (`typ` `oauth-authz-req+jwt`), which Backpack checks before showing anything.
Certificate-based prefixes (`x509_san_dns:`, `x509_hash:`), verifier attestations, federations
and pre-registered verifiers cannot be checked without a certificate store, so such requests
are refused with a sentence and nothing is sent.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import urlsplit

from backpack_app.credentials.shapes import as_list
from backpack_app.credentials.vc_jwt import read_compact_jws, verify_jws_of
from backpack_app.errors import CredentialProblem, FetchFailed, ReceiveFailed
from backpack_app.online.http import Session, checked_url
from backpack_app.online.links import Link
from backpack_app.online.models import read_json
from backpack_app.online.vcapi import AskedFor, RecordsRequest

UNSIGNED_PREFIX = "redirect_uri:"
DID_PREFIX = "decentralized_identifier:"
OFFLINE_DIDS = ("did:key:", "did:jwk:")
CERTIFICATE_PREFIXES = ("x509_san_dns:", "x509_hash:")
REQUEST_TYP = "oauth-authz-req+jwt"
FORMATS = ("ldp_vc", "jwt_vc_json")
MAX_REQUEST_CHARS = 256 * 1024
WHO = "The verifier"
NOTHING = "so nothing was sent"


def _fetch_request_object(session: Session, uri: str, method: str | None) -> str:
    accept = f"application/{REQUEST_TYP}"
    if method == "post":  # OpenID4VP 1.0 §5.10: the wallet may POST (no wallet metadata sent)
        answer = session.post(uri, form={}, accept=accept)
    elif method in (None, "get"):
        answer = session.get(uri, accept=accept)
    else:
        raise ReceiveFailed(f"The request names a way to fetch it that is unknown, {NOTHING}.")
    if answer.status != 200:
        raise ReceiveFailed(f"The verifier's request could not be fetched ({answer.status}).")
    return answer.body.decode("ascii", "replace")


def _prefix(client_id: str) -> str:
    return client_id.split(":", 1)[0][:40] if ":" in client_id else "a name given in advance"


def _checked_request_object(token: str, outer_client_id: str | None, now: dt.datetime) -> dict:
    """The parameters of a request object whose signer is the verifier it names (or, for a
    `redirect_uri:` verifier, an unsigned one); else ReceiveFailed."""
    if len(token) > MAX_REQUEST_CHARS:
        raise ReceiveFailed(f"The verifier's request is far larger than a request, {NOTHING}.")
    try:
        header, claims = read_compact_jws(token)
    except CredentialProblem:
        raise ReceiveFailed("The verifier's request is not a request object.") from None
    client_id = claims.get("client_id")
    if not isinstance(client_id, str) or not client_id:
        raise ReceiveFailed(f"The verifier's request does not say who sends it, {NOTHING}.")
    if outer_client_id is not None and client_id != outer_client_id:
        raise ReceiveFailed("The verifier's request names another verifier than its link.")
    signed = str(header.get("alg", "none")).lower() != "none"
    if client_id.startswith(UNSIGNED_PREFIX):
        if signed:
            raise ReceiveFailed(
                "The request names its verifier by an address but comes signed, which that kind "
                f"of verifier cannot do, {NOTHING}."
            )
        return claims
    if client_id.startswith(DID_PREFIX):
        did = client_id.removeprefix(DID_PREFIX)
        _check_signed_by(token, header, did)
    else:
        _refuse_unchecked(client_id)
    _check_times(claims, now)
    return claims


def _check_signed_by(token: str, header: dict[str, Any], did: str) -> None:
    if not did.startswith(OFFLINE_DIDS):
        method = did.split(":")[1][:40] if did.count(":") >= 2 else "unknown"
        raise ReceiveFailed(
            f"The verifier names itself by a did:{method}, which Backpack cannot check offline "
            f"(it checks did:key and did:jwk), {NOTHING}."
        )
    if header.get("typ") != REQUEST_TYP:
        raise ReceiveFailed(f"The verifier's request is not typed as a request object, {NOTHING}.")
    kid = header.get("kid")
    if not isinstance(kid, str) or kid.split("#")[0] != did:
        raise ReceiveFailed(
            f"The verifier's request is signed by another key than the verifier's own, {NOTHING}."
        )
    try:
        verify_jws_of(token, did)
    except CredentialProblem as exc:
        raise ReceiveFailed(
            f"The verifier's request is not signed by the verifier it names ({exc}), {NOTHING}."
        ) from None


def _refuse_unchecked(client_id: str) -> None:
    if client_id.startswith(CERTIFICATE_PREFIXES):
        raise ReceiveFailed(
            "The verifier names itself with a certificate "
            f"({_prefix(client_id)}), which this version of Backpack cannot check yet, {NOTHING}."
        )
    raise ReceiveFailed(
        f"The verifier names itself in a way Backpack cannot check yet ({_prefix(client_id)}), "
        f"{NOTHING}."
    )


def _check_times(claims: dict[str, Any], now: dt.datetime) -> None:
    expires = claims.get("exp")
    if isinstance(expires, int | float) and expires < now.timestamp() - 60:
        raise ReceiveFailed(f"The verifier's request has expired, {NOTHING}.")


def _parameters(session: Session, link: Link, now: dt.datetime) -> dict[str, Any]:
    given: dict[str, Any] = dict(link.params)
    if "request" in given and "request_uri" in given:
        raise ReceiveFailed(f"The request link holds a request and its address; {NOTHING}.")
    if "request" in given:
        token = given["request"]
    elif "request_uri" in given:
        uri = _address(given["request_uri"], "request address")
        token = _fetch_request_object(session, uri, given.get("request_uri_method"))
    else:
        client_id = str(given.get("client_id", ""))
        if not client_id.startswith(UNSIGNED_PREFIX):
            # Only a verifier named by its address may ask in the link itself.
            if client_id.startswith(DID_PREFIX):
                raise ReceiveFailed(
                    f"The verifier names itself by a DID but its request is not signed, {NOTHING}."
                )
            _refuse_unchecked(client_id)
        return given
    return _checked_request_object(token, given.get("client_id"), now)


def _text(params: dict[str, Any], name: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value or len(value) > 2000:
        raise ReceiveFailed(f"The request for records has no usable {name}.")
    return value


def _address(url: str, what: str) -> str:
    try:
        return checked_url(url)
    except FetchFailed as exc:
        raise ReceiveFailed(f"The request's {what} cannot be used: {exc}") from None


def _term(iri: str) -> str:
    """`AchievementCredential` of `https://…/vocab.html#AchievementCredential` (or of itself)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _queries(params: dict[str, Any]) -> list[AskedFor]:
    if "presentation_definition" in params and "dcql_query" not in params:
        raise ReceiveFailed(
            "The request asks in Presentation Exchange, an older form this version of Backpack "
            "does not read; nothing was sent."
        )
    dcql = params.get("dcql_query")
    if isinstance(dcql, str):
        try:
            dcql = json.loads(dcql)
        except ValueError:
            dcql = None
    found = []
    for query in as_list(dcql.get("credentials")) if isinstance(dcql, dict) else []:
        if not isinstance(query, dict) or query.get("format") not in FORMATS:
            continue
        meta = query.get("meta") if isinstance(query.get("meta"), dict) else {}
        alternatives = [a for a in as_list(meta.get("type_values")) if isinstance(a, list)]
        types = tuple(_term(t) for t in (alternatives or [[]])[0] if isinstance(t, str))
        query_id = str(query.get("id", ""))[:200]
        found.append(
            AskedFor(types=types[:10], reason=None, format=query["format"], query_id=query_id)
        )
    if not found:
        raise ReceiveFailed(
            "The request asks for no credential in a form Backpack keeps (ldp_vc, jwt_vc_json); "
            "nothing was sent."
        )
    return found[:20]


def request_for_records(
    session: Session, link: Link, now: dt.datetime | None = None
) -> RecordsRequest:
    """What an OpenID4VP request asks for, once who asks is checked; nothing is sent."""
    params = _parameters(session, link, now or dt.datetime.now(dt.UTC))
    client_id = _text(params, "client_id")
    if params.get("response_type") != "vp_token" or params.get("response_mode") != "direct_post":
        raise ReceiveFailed(
            "The request wants its answer in a way Backpack does not send "
            "(it posts a vp_token with direct_post)."
        )
    try:
        response_uri = checked_url(_text(params, "response_uri"))
    except FetchFailed as exc:
        raise ReceiveFailed(f"The request's answer address cannot be used: {exc}") from None
    if client_id.startswith(UNSIGNED_PREFIX):
        if client_id.removeprefix(UNSIGNED_PREFIX) != response_uri:
            raise ReceiveFailed("The request's answer address is not the verifier it names.")
    elif not client_id.startswith(DID_PREFIX):
        _refuse_unchecked(client_id)
    queries = _queries(params)
    state = params.get("state")
    return RecordsRequest(
        domain=urlsplit(response_uri).netloc,
        reply_url=response_uri,
        challenge=_text(params, "nonce"),
        verifier_domain=client_id,
        asked=tuple(queries),
        protocol="oid4vp",
        state=state if isinstance(state, str) else None,
    )


def send_presentation(
    session: Session, request: RecordsRequest, presentations: dict[str, list[Any]]
) -> None:
    """Post `vp_token` (query id: its presentations) and `state`, as a form (direct_post)."""
    form = {"vp_token": json.dumps(presentations, separators=(",", ":"))}
    if request.state is not None:
        form["state"] = request.state
    answer = session.post(request.reply_url, form=form)
    if not 200 <= answer.status < 300:
        read_json(answer, WHO)  # says the verifier's error in a sentence
