"""The authorization server side of tests/tiny_issuer.py for the authorization code grant: an
authorization endpoint that "signs the learner in" at once (a test opens it with an HTTP client
instead of a browser) and redirects to the wallet's loopback address, optionally a pushed
authorization request endpoint, and a token endpoint that checks the code, the redirect address
and the PKCE verifier (S256) for real. Modes "sign-in ..." make it misbehave one way at a time."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit


class AuthorizationSide:
    """Mixed into TinyIssuer, which has `base`, `mode`, `signed_in`, `requests`, `_new_token`."""

    base: str
    mode: str
    signed_in: dict[str, dict[str, str]]
    pushed: dict[str, dict[str, str]]

    def server_metadata(self) -> tuple[int, Any]:
        data: dict[str, Any] = {"issuer": self.base, "token_endpoint": f"{self.base}/token"}
        if self.mode.startswith("sign-in"):
            plain = self.mode == "sign-in plain"
            data |= {
                "authorization_endpoint": f"{self.base}/authorize",
                "code_challenge_methods_supported": ["plain"] if plain else ["S256"],
                "authorization_response_iss_parameter_supported": True,
                "pushed_authorization_request_endpoint": f"{self.base}/par",
                "require_pushed_authorization_requests": self.mode == "sign-in par",
            }
        return 200, data

    def push(self, body: bytes) -> tuple[int, Any]:
        """RFC 9126: the request is sent here first; the browser carries only its reference."""
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        reference = f"urn:ietf:params:oauth:request_uri:{uuid.uuid4().hex}"
        self.pushed = {**getattr(self, "pushed", {}), reference: form}
        return 201, {"request_uri": reference, "expires_in": 60}

    def authorize(self, handler, path: str) -> None:
        """The learner "signs in" at once; the answer is a redirect to the wallet's listener."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
        if "request_uri" in query:
            query = self.pushed.pop(query["request_uri"])
        elif self.mode == "sign-in par":
            raise AssertionError("the request was not pushed first")
        details = json.loads(query["authorization_details"])
        assert query["response_type"] == "code" and query["client_id"]
        assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
        assert query["redirect_uri"].startswith("http://127.0.0.1:")
        assert query["issuer_state"] == "from-the-offer"
        assert {d["type"] for d in details} == {"openid_credential"}
        code = uuid.uuid4().hex
        self.signed_in[code] = query
        answer = {"code": code, "state": query["state"], "iss": self.base}
        if self.mode == "sign-in other state":
            answer["state"] = "someone-elses-state"
        if self.mode == "sign-in other server":
            answer["iss"] = "https://elsewhere.example"
        if self.mode == "sign-in denied":
            answer = {"error": "access_denied", "state": query["state"], "iss": self.base}
        handler.send_response(302)
        handler.send_header("Location", f"{query['redirect_uri']}?{urlencode(answer)}")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    def code_token(self, form: dict[str, str]) -> tuple[int, Any]:
        """The code for a token: once, for the same redirect address and client, with the
        verifier whose S256 hash the authorization request carried."""
        asked = self.signed_in.pop(form.get("code", ""), None)
        if asked is None:
            return 400, {"error": "invalid_grant"}
        digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if challenge != asked["code_challenge"]:
            return 400, {"error": "invalid_grant", "error_description": "PKCE verifier mismatch"}
        if (
            form.get("redirect_uri") != asked["redirect_uri"]
            or form.get("client_id") != asked["client_id"]
        ):
            return 400, {"error": "invalid_grant", "error_description": "another client"}
        answer = self._new_token()  # type: ignore[attr-defined]
        details = json.loads(asked["authorization_details"])
        answer["authorization_details"] = [
            {**d, "credential_identifiers": ["id-" + d["credential_configuration_id"]]}
            for d in details
        ]
        return 200, answer
