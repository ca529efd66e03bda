"""The verifier side of tests/tiny_issuer.py: requests for records over VC-API (QueryByExample)
and OpenID4VP 1.0 (DCQL, direct_post), each presentation checked for real (the holder's proof
for this challenge and domain; over VC-API also every credential's signature)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
import warnings
from typing import Any
from urllib.parse import parse_qs, quote

from joserfc import jws

from backpack_app.credentials.proofs import verify_linked_data_proof
from backpack_app.credentials.vc_jwt import read_compact_jws, signing_key, verify_jws_of
from backpack_app.credentials.verifier import VerifyContext, verify_bytes
from backpack_app.crypto.holder import HolderKey, new_holder_key


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

    def verifier_client(self, client: str) -> tuple[str, str]:
        """(client_id, kid) of this verifier named by a did:key or a did:jwk of its own key."""
        key = self.verifier_key
        if client == "did:key":
            return f"decentralized_identifier:{key.did}", f"{key.did}#{key.did.split(':')[-1]}"
        jwk = {"kty": "OKP", "crv": "Ed25519", "x": _b64(key.public)}
        did = "did:jwk:" + _b64(json.dumps(jwk, separators=(",", ":")).encode())
        return f"decentralized_identifier:{did}", f"{did}#0"

    @property
    def verifier_key(self) -> HolderKey:
        if not hasattr(self, "_verifier_key"):
            self._verifier_key = new_holder_key()
        return self._verifier_key

    def vp_link(
        self,
        *,
        by_reference: bool = False,
        signed: bool = False,
        client: str = "redirect_uri",
        formats: tuple[str, ...] = ("ldp_vc",),
        by_value: bool = False,
        signer: HolderKey | None = None,
        typ: str = "oauth-authz-req+jwt",
        tamper: bool = False,
        request_uri_method: str | None = None,
        **changes: Any,
    ) -> str:
        """An OpenID4VP 1.0 request (direct_post, DCQL for AchievementCredentials in `formats`):
        in the link, or as a request object by reference or by value, unsigned (`redirect_uri:`)
        or signed by this verifier's did:key / did:jwk (`signer`: another key, the wrong one)."""
        nonce = uuid.uuid4().hex
        self.challenges.add(nonce)
        response_uri = f"{self.base}/vp-response"
        types = [
            "https://www.w3.org/2018/credentials#VerifiableCredential",
            "https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementCredential",
        ]
        dcql = {
            "credentials": [
                {"id": QUERY_IDS[f], "format": f, "meta": {"type_values": [types]}} for f in formats
            ]
        }
        kid = None
        if client == "redirect_uri":
            client_id = f"redirect_uri:{response_uri}"
        else:
            client_id, kid = self.verifier_client(client)
        self.client_id = changes.get("client_id", client_id)
        params = {
            "client_id": client_id,
            "response_type": "vp_token",
            "response_mode": "direct_post",
            "response_uri": response_uri,
            "nonce": nonce,
            "state": "st-1",
            "dcql_query": json.dumps(dcql),
            **changes,
        }
        if not (by_reference or by_value):
            return "openid4vp://?" + "&".join(f"{k}={quote(str(v))}" for k, v in params.items())
        claims = {**params, "dcql_query": dcql, "aud": "https://self-issued.me/v2"}
        if signed:
            header = {"alg": "EdDSA", "typ": typ, "kid": kid or "did:key:z6Mk-none#0"}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                token = jws.serialize_compact(
                    header,
                    json.dumps(claims).encode(),
                    signing_key((signer or self.verifier_key).private),
                    algorithms=["EdDSA"],
                )
            if tamper:  # the nonce changed after signing
                head, _body, signature = token.split(".")
                changed = _b64(json.dumps({**claims, "nonce": "changed"}).encode())
                token = f"{head}.{changed}.{signature}"
        else:
            parts = [_b64(json.dumps(x).encode()) for x in ({"alg": "none", "typ": typ}, claims)]
            token = ".".join(parts) + "."
        self.request_object = token.encode()
        outer = {"client_id": params["client_id"]}
        if by_value:
            outer["request"] = token
        else:
            outer["request_uri"] = f"{self.base}/vp-request"
            if request_uri_method:
                outer["request_uri_method"] = request_uri_method
        return "openid4vp://?" + "&".join(f"{k}={quote(str(v))}" for k, v in outer.items())

    def vp_response(self, body: bytes) -> tuple[int, Any]:
        """The answer, checked for real: each presentation's holder proof for this nonce and
        client_id (a DI proof's domain, a VP-JWT's aud), and every credential inside."""
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if form.get("state") != "st-1":
            return 400, {"error": "invalid_request"}
        ctx = VerifyContext(now=dt.datetime.now(dt.UTC))
        for query_id, presentations in json.loads(form["vp_token"]).items():
            for vp in presentations:
                if query_id == QUERY_IDS["jwt_vc_json"]:
                    error = self._check_vp_jwt(vp, ctx)
                else:
                    error = self._check_di_vp(vp, ctx)
                if error:
                    return 400, {"error": "invalid_request", "error_description": error}
                self.presented.append(vp)
        return 200, {}

    def _check_di_vp(self, vp: dict[str, Any], ctx: VerifyContext) -> str | None:
        proof = vp["proof"]
        if proof.get("challenge") not in self.challenges:
            return "unknown nonce"
        verify_linked_data_proof(
            vp, proof, purpose="authentication", controller=vp["holder"], domain=self.client_id
        )
        if not verify_bytes(json.dumps(vp).encode(), ctx).valid:
            return "a credential did not verify"
        return None

    def _check_vp_jwt(self, token: str, ctx: VerifyContext) -> str | None:
        header, claims = read_compact_jws(token)
        verify_jws_of(token, claims["iss"])  # the holder's key signed it
        if claims.get("nonce") not in self.challenges or claims.get("aud") != self.client_id:
            return "wrong nonce or audience"
        if header.get("kid", "").split("#")[0] != claims["vp"]["holder"]:
            return "signed by another key than the holder's"
        report = verify_bytes(token.encode(), ctx)
        if not report.valid or not claims["vp"]["verifiableCredential"]:
            return "a credential did not verify"
        return None


QUERY_IDS = {"ldp_vc": "course", "jwt_vc_json": "course_jwt"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
