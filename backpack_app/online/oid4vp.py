"""The wallet side of OpenID4VP 1.0 for a request for records: the request (by value, or an
unsigned request object by reference), its DCQL query for `ldp_vc` credentials, and the answer
posted with `response_mode=direct_post`. Only verifiers that name themselves by their response
address (`redirect_uri:` client identifiers) are answered: a signed request names a verifier
whose signature Backpack cannot check yet, so it is refused rather than trusted unchecked."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from backpack_app.credentials.shapes import as_list
from backpack_app.credentials.vc_jwt import read_compact_jws
from backpack_app.errors import CredentialProblem, FetchFailed, ReceiveFailed
from backpack_app.online.http import Session, checked_url
from backpack_app.online.links import Link
from backpack_app.online.models import read_json
from backpack_app.online.vcapi import AskedFor, RecordsRequest

UNSIGNED_PREFIX = "redirect_uri:"
WHO = "The verifier"


def _request_object(session: Session, uri: str) -> dict[str, Any]:
    answer = session.get(uri, accept="application/oauth-authz-req+jwt")
    if answer.status != 200:
        raise ReceiveFailed(f"The verifier's request could not be fetched ({answer.status}).")
    try:
        header, claims = read_compact_jws(answer.body.decode("ascii", "replace"))
    except CredentialProblem:
        raise ReceiveFailed("The verifier's request is not a request object.") from None
    if header.get("alg") != "none":
        raise ReceiveFailed(
            "The request for records is signed by its verifier, and this version of Backpack "
            "cannot check such signatures yet, so nothing was sent."
        )
    return claims


def _parameters(session: Session, link: Link) -> dict[str, Any]:
    given: dict[str, Any] = dict(link.params)
    if "request_uri" in given:
        found = _request_object(session, given["request_uri"])
        if found.get("client_id") != given.get("client_id"):
            raise ReceiveFailed("The verifier's request names another verifier than its link.")
        given = found
    return given


def _text(params: dict[str, Any], name: str) -> str:
    value = params.get(name)
    if not isinstance(value, str) or not value or len(value) > 2000:
        raise ReceiveFailed(f"The request for records has no usable {name}.")
    return value


def _term(iri: str) -> str:
    """`AchievementCredential` of `https://…/vocab.html#AchievementCredential` (or of itself)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _queries(params: dict[str, Any]) -> list[tuple[str, AskedFor]]:
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
        if not isinstance(query, dict) or query.get("format") != "ldp_vc":
            continue
        meta = query.get("meta") if isinstance(query.get("meta"), dict) else {}
        alternatives = [a for a in as_list(meta.get("type_values")) if isinstance(a, list)]
        types = tuple(_term(t) for t in (alternatives or [[]])[0] if isinstance(t, str))
        found.append((str(query.get("id", "")), AskedFor(types=types[:10], reason=None)))
    if not found:
        raise ReceiveFailed(
            "The request asks for no credential in a form Backpack keeps (ldp_vc); nothing was "
            "sent."
        )
    return found[:20]


def request_for_records(session: Session, link: Link) -> RecordsRequest:
    """What an OpenID4VP request asks for; nothing of the learner's is sent."""
    params = _parameters(session, link)
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
    if not client_id.startswith(UNSIGNED_PREFIX):
        raise ReceiveFailed(
            "The verifier names itself in a way Backpack cannot check yet "
            f"({client_id.split(':', 1)[0][:40]}), so nothing was sent."
        )
    if client_id.removeprefix(UNSIGNED_PREFIX) != response_uri:
        raise ReceiveFailed("The request's answer address is not the verifier it names.")
    queries = _queries(params)
    state = params.get("state")
    return RecordsRequest(
        domain=urlsplit(response_uri).netloc,
        reply_url=response_uri,
        challenge=_text(params, "nonce"),
        verifier_domain=client_id,
        asked=tuple(asked for _id, asked in queries),
        protocol="oid4vp",
        state=state if isinstance(state, str) else None,
        query_id=queries[0][0],
    )


def send_presentation(session: Session, request: RecordsRequest, vp: dict[str, Any]) -> None:
    """Post `vp_token` (the presentation for the first ldp_vc query) and `state`, as a form."""
    form = {"vp_token": json.dumps({request.query_id or "": [vp]}, separators=(",", ":"))}
    if request.state is not None:
        form["state"] = request.state
    answer = session.post(request.reply_url, form=form)
    if not 200 <= answer.status < 300:
        read_json(answer, WHO)  # says the verifier's error in a sentence
