"""VC-JWT: a credential signed as a compact JWS (EdDSA, ES256, RS256), checked offline, and
signed (EdDSA) for a school's records.

Signing follows VC-JOSE-COSE (the payload is the VC 2.0 credential itself, header `typ`
`vc+jwt`) with the registered claims OB 3.0 / CLR 2.0 §8.2 ask for: `iss` = issuer.id,
`jti` = id, `nbf` = validFrom, `exp` = validUntil and `sub` = credentialSubject.id when those
exist. A credential nested in another (a course inside a CLR) is carried as a VC 2.0
`EnvelopedVerifiableCredential` whose id is a `data:application/vc+jwt,` URL of its token.

The key comes from the header's `kid` (a did:key verification method of the issuer), or from an
embedded `jwk` only when the issuer is the did:jwk of that same key: a key that merely travels
inside the file proves nothing about who made it.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from backpack_app.credentials.did import OFFLINE, KeyResolver, issuer_id
from backpack_app.crypto.ecdsa import ec_public_jwk
from backpack_app.crypto.signatures import ed25519_private_jwk
from backpack_app.errors import (
    InvalidProof,
    MalformedCredential,
    UnresolvableKey,
    UnsupportedProof,
)

# joserfc (and the parts of cryptography it loads) is imported by the functions that check or
# make a JWS: every credential's verification imports this module, few hold a token.
if TYPE_CHECKING:
    from joserfc import jws
    from joserfc.jwk import OKPKey

ALGORITHM_FOR_KEY = {"Ed25519": "EdDSA", "P-256": "ES256", "P-384": "ES384", "RSA": "RS256"}
REGISTERED_CLAIMS = {"iss", "sub", "aud", "exp", "nbf", "iat", "jti", "cnf"}
MAX_TOKEN_CHARS = 4 * 1024 * 1024
MAX_HEADER_CHARS = 16 * 1024
MEDIA_TYPE = "vc+jwt"
ENVELOPED_PREFIX = "data:application/vc+jwt,"
VC2_CONTEXT = "https://www.w3.org/ns/credentials/v2"


def looks_like_jwt(data: bytes) -> bool:
    text = data.strip()
    return text.count(b".") == 2 and text[:2] == b"ey" and b"{" not in text[:64]


def _b64json(part: str, what: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise MalformedCredential(f"Its {what} cannot be read.") from exc
    if not isinstance(value, dict):
        raise MalformedCredential(f"Its {what} is not a JSON object.")
    return value


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _key_from_kid(kid: Any, issuer: str, keys: KeyResolver = OFFLINE) -> tuple[str, Any]:
    from joserfc.jwk import ECKey, OKPKey

    key = keys.resolve(kid, purpose="assertionMethod")
    if key.controller != issuer:
        raise InvalidProof("It was signed with a key that does not belong to its issuer.")
    if key.algorithm == "Ed25519":
        jwk = OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": _b64url(key.key)})
    else:
        try:
            jwk = ECKey.import_key(ec_public_jwk(key.algorithm, key.key))
        except ValueError as exc:
            raise InvalidProof("The issuer's key is not a valid key.") from exc
    return key.algorithm, jwk


def _key_from_embedded_jwk(jwk: Any, issuer: str) -> tuple[str, Any]:
    if not isinstance(jwk, dict):
        raise MalformedCredential("Its embedded key is not a JSON Web Key.")
    public = {k: v for k, v in jwk.items() if k in ("kty", "crv", "x", "y", "n", "e")}
    if not issuer.startswith("did:jwk:") or _b64json(issuer[len("did:jwk:") :], "issuer") != public:
        raise UnresolvableKey(
            "Its key travels inside the file and its issuer is not otherwise "
            "identified, so nothing shows who signed it."
        )
    from joserfc.errors import JoseError
    from joserfc.jwk import ECKey, OKPKey, RSAKey

    kinds = {
        ("OKP", "Ed25519"): ("Ed25519", OKPKey),
        ("EC", "P-256"): ("P-256", ECKey),
        ("EC", "P-384"): ("P-384", ECKey),
        ("RSA", None): ("RSA", RSAKey),
    }
    kind = kinds.get((public.get("kty"), public.get("crv")))
    if kind is None:
        raise UnsupportedProof("Its embedded key is of a kind Backpack cannot check.")
    algorithm, key_type = kind
    try:
        return algorithm, key_type.import_key(public)
    except (JoseError, ValueError, TypeError) as exc:
        raise InvalidProof("Its embedded key is not a valid key.") from exc


def credential_of(payload: dict[str, Any]) -> dict[str, Any]:
    """The credential inside a VC-JWT payload (VC 2.0: the payload; VC 1.1: its `vc` claim)."""
    if isinstance(payload.get("vc"), dict):
        return dict(payload["vc"])
    return {k: v for k, v in payload.items() if k not in REGISTERED_CLAIMS}


def _epoch(value: Any, name: str) -> dt.datetime:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise MalformedCredential(f"Its {name} claim is not a time.")
    return dt.datetime.fromtimestamp(value, dt.UTC)


def _check_claims(payload: dict[str, Any], credential: dict[str, Any], issuer: str) -> None:
    if "iss" in payload and payload["iss"] != issuer:
        raise InvalidProof("Its token names a different issuer than its content.")
    if "jti" in payload and "id" in credential and payload["jti"] != credential["id"]:
        raise MalformedCredential("Its token names a different credential id than its content.")
    subject = credential.get("credentialSubject")
    subject_id = subject.get("id") if isinstance(subject, dict) else None
    if "sub" in payload and subject_id is not None and payload["sub"] != subject_id:
        raise MalformedCredential("Its token names a different subject than its content.")
    for claim, field in (
        ("nbf", ("validFrom", "issuanceDate")),
        ("exp", ("validUntil", "expirationDate")),
    ):
        stated = next((credential[f] for f in field if f in credential), None)
        if claim in payload and stated is not None:
            moment = _epoch(payload[claim], claim)
            try:
                declared = dt.datetime.fromisoformat(str(stated).replace("Z", "+00:00"))
            except ValueError as exc:
                raise MalformedCredential(f"Its {field[0]} is not a date and time.") from exc
            if declared.tzinfo is None:
                declared = declared.replace(tzinfo=dt.UTC)
            if abs((declared - moment).total_seconds()) > 1:
                raise MalformedCredential(f"Its token's {claim} disagrees with its {field[0]}.")


def check_algorithm(header: dict[str, Any], accepted: Iterable[str]) -> None:
    """Refuse a token Backpack cannot check: `none` or no algorithm is not a signature at all
    (invalid); any other algorithm outside `accepted` is one Backpack does not implement."""
    alg = header.get("alg")
    if not isinstance(alg, str) or alg.lower() in ("", "none"):
        raise InvalidProof(f"It is signed with {alg!r}, which Backpack does not accept.")
    if alg not in accepted:
        raise UnsupportedProof(f"It is signed with {alg[:40]}, which Backpack cannot check.")
    if header.get("crit"):
        raise InvalidProof("Its token demands extensions Backpack does not understand.")


def _registry(alg: str) -> jws.JWSRegistry:
    """Only `alg` is accepted; size limits are ours (an RSA key in the header is over 512 bytes)."""
    from joserfc import jws

    registry = jws.JWSRegistry(algorithms=[alg])
    registry.max_header_length = MAX_HEADER_CHARS
    registry.max_payload_length = MAX_TOKEN_CHARS
    return registry


def peek_credential(token: str) -> dict[str, Any]:
    """The credential a token carries, read without checking anything (for the report)."""
    parts = token.strip().split(".")
    if len(parts) != 3 or len(token) > MAX_TOKEN_CHARS:
        raise MalformedCredential("It is not a compact JSON Web Token.")
    return credential_of(_b64json(parts[1], "token content"))


def verify_vc_jwt(token: str, *, keys: KeyResolver = OFFLINE) -> tuple[dict[str, Any], str]:
    """Check the JWS and its claims; returns (credential, key description) or raises."""
    token = token.strip()
    if len(token) > MAX_TOKEN_CHARS:
        raise MalformedCredential("The token is larger than a credential may be.")
    parts = token.split(".")
    if len(parts) != 3:
        raise MalformedCredential("It is not a compact JSON Web Token.")
    header = _b64json(parts[0], "token header")
    payload = _b64json(parts[1], "token content")
    credential = credential_of(payload)
    issuer = issuer_id(credential)
    alg = header.get("alg")
    check_algorithm(header, ALGORITHM_FOR_KEY.values())
    if "kid" in header:
        algorithm, key = _key_from_kid(header["kid"], issuer, keys)
        described = str(header["kid"])
    elif "jwk" in header:
        algorithm, key = _key_from_embedded_jwk(header["jwk"], issuer)
        described = "the key its did:jwk names"
    else:
        raise InvalidProof("Its token does not name the key that signed it.")
    if ALGORITHM_FOR_KEY[algorithm] != alg:
        raise InvalidProof(f"Its token claims {alg!r}, which does not fit its {algorithm} key.")
    check_compact_jws(token, key, alg)
    _check_claims(payload, credential, issuer)
    return credential, described


def _numeric_date(stamp: str) -> int:
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


def jwt_claims(credential: dict[str, Any]) -> dict[str, Any]:
    """The credential with the registered claims OB 3.0 §8.2 derives from it (VC 2.0 shape)."""
    claims: dict[str, Any] = {}
    issuer = issuer_id(credential)
    if issuer:
        claims["iss"] = issuer
    if isinstance(credential.get("id"), str):
        claims["jti"] = credential["id"]
    subject = credential.get("credentialSubject")
    if isinstance(subject, dict) and isinstance(subject.get("id"), str):
        claims["sub"] = subject["id"]
    claims["nbf"] = _numeric_date(credential["validFrom"])
    if "validUntil" in credential:
        claims["exp"] = _numeric_date(credential["validUntil"])
    return {**credential, **claims}


def signing_key(private_key: bytes) -> OKPKey:
    """The JOSE key of a raw Ed25519 private key: made once, then passed to `sign_vc_jwt` for
    every token (importing it costs about as much as signing a small token)."""
    from joserfc.jwk import OKPKey

    return OKPKey.import_key(ed25519_private_jwk(private_key))


def sign_vc_jwt(credential: dict[str, Any], *, key: OKPKey, kid: str, typ: str = MEDIA_TYPE) -> str:
    """A compact JWS (EdDSA) of `credential` by `key` (from `signing_key`); deterministic, as
    Ed25519 signatures are. `typ` is VC-JOSE-COSE's `vc+jwt` unless the caller follows OB 3.0
    (§8.2: `JWT`) for an Open Badges or CLR token."""
    return sign_jwt(jwt_claims(credential), key=key, kid=kid, typ=typ)


def sign_jwt(claims: dict[str, Any], *, key: OKPKey, kid: str, typ: str) -> str:
    """A compact JWS (EdDSA) of the claims set `claims` by `key`, naming `kid` and `typ`."""
    from joserfc import jws
    from joserfc.errors import SecurityWarning

    payload = json.dumps(claims, ensure_ascii=False, separators=(",", ":"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SecurityWarning)  # "EdDSA", as OB 3.0 and peers use
        return jws.serialize_compact(
            {"alg": "EdDSA", "kid": kid, "typ": typ},
            payload.encode("utf-8"),
            key,
            algorithms=["EdDSA"],
        )


def verify_jws_of(token: str, did: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and claims of a compact JWS signed by a key of `did` (its `kid`, resolved
    offline: did:key, did:jwk); InvalidProof, UnsupportedProof or UnresolvableKey if not."""
    header, claims = read_compact_jws(token)
    check_algorithm(header, ALGORITHM_FOR_KEY.values())
    if not isinstance(header.get("kid"), str):
        raise InvalidProof("Its token does not name the key that signed it.")
    algorithm, key = _key_from_kid(header["kid"], did)
    if ALGORITHM_FOR_KEY[algorithm] != header["alg"]:
        raise InvalidProof(f"Its token claims {header['alg']!r}, which does not fit its key.")
    check_compact_jws(token.strip(), key, header["alg"])
    return header, claims


def enveloped(token: str) -> dict[str, Any]:
    """A VC-JWT as a VC 2.0 EnvelopedVerifiableCredential (how a CLR holds a signed course)."""
    return {
        "@context": VC2_CONTEXT,
        "id": ENVELOPED_PREFIX + token,
        "type": "EnvelopedVerifiableCredential",
    }


def check_compact_jws(token: str, key: Any, alg: str) -> None:
    """Raise InvalidProof unless `token` is a compact JWS made by `key` with exactly `alg`."""
    from joserfc import jws
    from joserfc.errors import JoseError, SecurityWarning

    try:
        with warnings.catch_warnings():
            # RFC 9864 prefers "Ed25519", but VC-JWT issuers (and OB 3.0) use "EdDSA".
            warnings.simplefilter("ignore", SecurityWarning)
            jws.deserialize_compact(token, key, registry=_registry(alg))
    except (JoseError, ValueError) as exc:
        raise InvalidProof(
            "The signature does not match the content: it was changed after "
            "signing, or signed by another key."
        ) from exc


def read_compact_jws(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and payload of a compact JWS, read without checking anything."""
    parts = token.strip().split(".")
    if len(parts) != 3 or len(token) > MAX_TOKEN_CHARS:
        raise MalformedCredential("It is not a compact JSON Web Token.")
    return _b64json(parts[0], "token header"), _b64json(parts[1], "token content")
