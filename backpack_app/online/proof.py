"""What the learner's holder key signs when receiving: the OpenID4VCI proof of possession (a
JWT) and the DIDAuthentication presentation of a VC-API exchange. Signing is done in crypto/."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from backpack_app.credentials.proofs import sign_eddsa_rdfc_2022
from backpack_app.crypto.signatures import ed25519_sign

PROOF_TYP = "openid4vci-proof+jwt"
VC2 = "https://www.w3.org/ns/credentials/v2"
VC1 = "https://www.w3.org/2018/credentials/v1"
VP_JWT_SECONDS = 600


@dataclass(frozen=True)
class Holder:
    """The learner the credentials are for: their did:key and its private half."""

    did: str
    private: bytes
    name: str = ""

    @property
    def key_id(self) -> str:
        """The did:key verification method (`did:key:z…#z…`)."""
        return f"{self.did}#{self.did.split(':')[-1]}"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def proof_jwt(holder: Holder, *, audience: str, nonce: str | None, now: dt.datetime) -> str:
    """A key proof (OpenID4VCI 1.0 appendix F.1): EdDSA, the holder's did:key as `kid`, the
    issuer as `aud`, the issuer's nonce. No `iss`: a pre-authorized receive is anonymous."""
    header = {"alg": "EdDSA", "typ": PROOF_TYP, "kid": holder.key_id}
    claims: dict[str, Any] = {"aud": audience, "iat": int(now.timestamp())}
    if nonce is not None:
        claims["nonce"] = nonce
    signing_input = ".".join(
        _b64url(json.dumps(part, separators=(",", ":")).encode("utf-8"))
        for part in (header, claims)
    )
    signature = ed25519_sign(holder.private, signing_input.encode("ascii"))
    return f"{signing_input}.{_b64url(signature)}"


def did_authentication(
    holder: Holder,
    *,
    challenge: str,
    domain: str | None,
    now: dt.datetime,
    credentials: list[Any] | None = None,
) -> dict[str, Any]:
    """A presentation proving the holder controls its DID (eddsa-rdfc-2022, purpose
    `authentication`, the verifier's challenge and domain), of no credentials or of those given."""
    vp: dict[str, Any] = {
        "@context": [VC2],
        "type": ["VerifiablePresentation"],
        "holder": holder.did,
    }
    if credentials:
        vp["verifiableCredential"] = credentials
    created = now.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return sign_eddsa_rdfc_2022(
        vp,
        private_key=holder.private,
        verification_method=holder.key_id,
        created=created,
        purpose="authentication",
        challenge=challenge,
        domain=domain,
    )


def vp_jwt(
    holder: Holder, tokens: list[str], *, audience: str, nonce: str, now: dt.datetime
) -> str:
    """A presentation of VC-JWTs as a JWT signed by the holder's key, as OpenID4VP asks for
    `jwt_vc_json` (VC Data Model 1.1 §6.3.1: the `vp` claim; `iss` the holder, `aud` the
    verifier's client_id, its `nonce`, valid for ten minutes)."""
    import uuid

    from backpack_app.credentials.vc_jwt import sign_jwt, signing_key

    issued = int(now.timestamp())
    claims = {
        "iss": holder.did,
        "aud": audience,
        "nonce": nonce,
        "iat": issued,
        "nbf": issued,
        "exp": issued + VP_JWT_SECONDS,
        "jti": f"urn:uuid:{uuid.uuid4()}",
        "vp": {
            "@context": [VC1],
            "type": ["VerifiablePresentation"],
            "holder": holder.did,
            "verifiableCredential": tokens,
        },
    }
    return sign_jwt(claims, key=signing_key(holder.private), kid=holder.key_id, typ="JWT")
