"""The verifier side of tests/tiny_issuer.py: requests for records over VC-API (QueryByExample)
and OpenID4VP 1.0 (DCQL, direct_post), each presentation checked for real (the holder's proof
for this challenge and domain; over VC-API also every credential's signature)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from typing import Any
from urllib.parse import parse_qs, quote

from backpack_app.credentials.proofs import verify_linked_data_proof
from backpack_app.credentials.verifier import VerifyContext, verify_bytes


class VerifierSide:
    """Mixed into TinyIssuer, which has `base`, `challenges` and `presented`."""

    base: str
    challenges: set[str]
    presented: list[dict[str, Any]]
    request_object: bytes = b""

    @property
    def records_link(self) -> str:
        request = {"protocols": {"vcapi": f"{self.base}/exchanges/records"}}
        return "https://lcw.app/request?request=" + quote(json.dumps(request))

    def records_step(self, body: bytes) -> tuple[int, Any]:
        """A verifier asking for AchievementCredentials; the presentation is checked for real:
        the holder's proof for this challenge and domain, and each credential's signature."""
        vp = json.loads(body or b"{}").get("verifiablePresentation")
        if vp is None:
            challenge = uuid.uuid4().hex
            self.challenges.add(challenge)
            query = {
                "type": "QueryByExample",
                "credentialQuery": [
                    {
                        "reason": "Admissions wants your course records.",
                        "example": {"type": ["VerifiableCredential", "AchievementCredential"]},
                    }
                ],
            }
            return 200, {
                "verifiablePresentationRequest": {
                    "query": [query],
                    "challenge": challenge,
                    "domain": self.base,
                }
            }
        proof = vp["proof"]
        if proof.get("challenge") not in self.challenges:
            return 400, {"name": "DataError", "message": "unknown challenge"}
        verify_linked_data_proof(
            vp, proof, purpose="authentication", controller=vp["holder"], domain=self.base
        )
        ctx = VerifyContext(now=dt.datetime.now(dt.UTC))
        for credential in vp["verifiableCredential"]:
            data = json.dumps(credential).encode()
            assert verify_bytes(data, ctx).valid, "a credential did not verify"
        self.presented.append(vp)
        return 200, {}

    def vp_link(self, *, by_reference: bool = False, signed: bool = False, **changes: Any) -> str:
        """An OpenID4VP 1.0 request (direct_post, DCQL for an ldp_vc AchievementCredential)."""
        nonce = uuid.uuid4().hex
        self.challenges.add(nonce)
        response_uri = f"{self.base}/vp-response"
        dcql = {
            "credentials": [
                {
                    "id": "course",
                    "format": "ldp_vc",
                    "meta": {
                        "type_values": [
                            [
                                "https://www.w3.org/2018/credentials#VerifiableCredential",
                                "https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementCredential",
                            ]
                        ]
                    },
                }
            ]
        }
        params = {
            "client_id": f"redirect_uri:{response_uri}",
            "response_type": "vp_token",
            "response_mode": "direct_post",
            "response_uri": response_uri,
            "nonce": nonce,
            "state": "st-1",
            "dcql_query": json.dumps(dcql),
            **changes,
        }
        if by_reference:
            header = {"alg": "EdDSA" if signed else "none", "typ": "oauth-authz-req+jwt"}
            parts = [
                base64.urlsafe_b64encode(json.dumps(x).encode()).rstrip(b"=").decode()
                for x in (header, {**params, "dcql_query": dcql})
            ]
            self.request_object = (".".join(parts) + ".").encode()
            params = {"client_id": params["client_id"], "request_uri": f"{self.base}/vp-request"}
        return "openid4vp://?" + "&".join(f"{k}={quote(str(v))}" for k, v in params.items())

    def vp_response(self, body: bytes) -> tuple[int, Any]:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        [vp] = json.loads(form["vp_token"])["course"]
        proof = vp["proof"]
        if proof.get("challenge") not in self.challenges or form.get("state") != "st-1":
            return 400, {"error": "invalid_request"}
        verify_linked_data_proof(
            vp,
            proof,
            purpose="authentication",
            controller=vp["holder"],
            domain=f"redirect_uri:{self.base}/vp-response",
        )
        self.presented.append(vp)
        return 200, {}
