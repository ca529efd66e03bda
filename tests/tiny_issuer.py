"""A small OpenID4VCI + VC-API issuer on 127.0.0.1 for the receive tests: a real HTTP server in a
thread, real signatures (the demo school's Ed25519 key), key proofs and DIDAuth presentations
checked for real. `mode` makes it misbehave in one way at a time. Its verifier side (requests
for records) is in tests/tiny_verifier.py."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import gzip
import http.server
import json
import threading
import time
import uuid
import warnings
from typing import Any
from urllib.parse import parse_qs, quote

from joserfc import jws

from backpack_app.credentials.did import resolve_verification_method
from backpack_app.credentials.proofs import verify_linked_data_proof
from backpack_app.credentials.vc_jwt import sign_vc_jwt, signing_key
from backpack_app.crypto.signatures import ed25519_signature_valid
from tests.issuing import OB303, course_credential, new_school
from tests.tiny_authorization import AuthorizationSide
from tests.tiny_verifier import VerifierSide

PRE_AUTH = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
CONFIGS = {
    "Course_ldp_vc": {
        "format": "ldp_vc",
        "credential_definition": {"type": ["VerifiableCredential", "AchievementCredential"]},
    },
    "Course_jwt_vc_json": {
        "format": "jwt_vc_json",
        "credential_definition": {"type": ["VerifiableCredential", "AchievementCredential"]},
    },
}


def _b64json(part: str) -> dict[str, Any]:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


class TinyIssuer(AuthorizationSide, VerifierSide):
    """Start with `with TinyIssuer(mode) as issuer:`; `issuer.offer()` is a fresh link."""

    def __init__(self, mode: str = "ok", *, tx_code: str | None = None, delay: float = 1.0):
        self.mode, self.tx_code, self.delay = mode, tx_code, delay
        self.school = new_school("Tiny Test School")
        self.codes: set[str] = set()
        self.nonces: set[str] = set()
        self.tokens: set[str] = set()
        self.challenges: set[str] = set()
        self.requests: list[str] = []
        self.presented: list[dict[str, Any]] = []
        self.signed_in: dict[str, dict[str, str]] = {}  # code: the authorization request
        self.base = ""

    def __enter__(self) -> TinyIssuer:
        issuer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                issuer.requests.append("GET " + self.path)
                issuer.answer(self, "GET", b"")

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                issuer.requests.append("POST " + self.path)
                issuer.answer(self, "POST", body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # --- links ---------------------------------------------------------------------------
    def offer_object(self, ids: list[str] | None = None) -> dict[str, Any]:
        code = uuid.uuid4().hex
        self.codes.add(code)
        grant: dict[str, Any] = {"pre-authorized_code": code}
        if self.tx_code:
            grant["tx_code"] = {"input_mode": "numeric", "length": len(self.tx_code)}
        grants = {PRE_AUTH: grant}
        if self.mode.startswith("sign-in"):
            grants = {"authorization_code": {"issuer_state": "from-the-offer"}}
        return {
            "credential_issuer": self.base,
            "credential_configuration_ids": ids or list(CONFIGS),
            "grants": grants,
        }

    def offer(self, ids: list[str] | None = None) -> str:
        offer = json.dumps(self.offer_object(ids))
        return "openid-credential-offer://?credential_offer=" + quote(offer)

    def offer_by_reference(self) -> str:
        self.stored_offer = self.offer_object()
        return "openid-credential-offer://?credential_offer_uri=" + quote(f"{self.base}/offer")

    def exchange_link(self) -> str:
        request = {"credentialRequestOrigin": self.base, "protocols": {"vcapi": self.exchange}}
        return "https://lcw.app/request?request=" + quote(json.dumps(request))

    @property
    def exchange(self) -> str:
        return f"{self.base}/exchanges/1"

    # --- answers ---------------------------------------------------------------------------
    def answer(self, handler, method: str, body: bytes) -> None:
        path = handler.path
        if self.mode == f"slow {path}":
            time.sleep(self.delay)
        if path.startswith("/authorize?"):
            self.authorize(handler, path)
            return
        routes = {
            ("GET", "/offer"): lambda: (
                (200, {"credential_issuer": 5})
                if self.mode == "malformed offer"
                else (200, self.stored_offer)
            ),
            ("GET", "/loop"): lambda: (302, b""),
            ("GET", "/.well-known/openid-credential-issuer"): self.metadata,
            ("GET", "/.well-known/oauth-authorization-server"): self.server_metadata,
            ("POST", "/token"): lambda: self.token(body),
            ("POST", "/par"): lambda: self.push(body),
            ("POST", "/nonce"): self.nonce,
            ("POST", "/credential"): lambda: self.credential(handler, body),
            ("POST", "/exchanges/1"): lambda: self.exchange_step(body),
            ("POST", "/exchanges/records"): lambda: self.records_step(body),
            ("POST", "/vp-response"): lambda: self.vp_response(body),
            ("GET", "/vp-request"): lambda: (200, self.request_object),
            ("POST", "/vp-request"): lambda: (200, self.request_object),
            ("GET", "/interact?iuv=1"): lambda: (200, {"protocols": {"vcapi": self.exchange}}),
        }
        route = routes.get((method, path))
        status, data = route() if route else (404, {"error": "not_found"})
        raw = data if isinstance(data, bytes) else json.dumps(data).encode()
        handler.send_response(status)
        if status == 302:  # a redirect to itself, for ever
            handler.send_header("Location", "/loop")
        if self.mode == "trickle" and path == "/credential":
            self.trickle(handler, raw)
            return
        if self.mode == "gzip" and path == "/token":
            raw = gzip.compress(raw)
            handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        with contextlib.suppress(OSError):  # the wallet gave up (a timeout test)
            handler.wfile.write(raw)

    def trickle(self, handler, raw: bytes) -> None:
        """An answer whose bytes come one at a time, slowly: each read is quick, the whole not."""
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(raw)))
        handler.end_headers()
        with contextlib.suppress(OSError):
            for byte in raw:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                time.sleep(0.05)

    def metadata(self) -> tuple[int, Any]:
        named = "https://other-issuer.example" if self.mode == "other issuer" else self.base
        data = {
            "credential_issuer": named,
            "credential_endpoint": f"{self.base}/credential",
            "display": [{"name": "Tiny Test School", "locale": "en-US"}],
            "credential_configurations_supported": CONFIGS,
        }
        if self.mode != "draft13":
            data["nonce_endpoint"] = f"{self.base}/nonce"
        if self.mode == "http endpoint":
            data["credential_endpoint"] = "http://school.example/credential"
        if self.mode == "malformed metadata":
            del data["credential_endpoint"]
        return 200, data

    def token(self, body: bytes) -> tuple[int, Any]:
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        if form.get("grant_type") == "authorization_code":
            return self.code_token(form)
        if form.get("grant_type") != PRE_AUTH or form.get("pre-authorized_code") not in self.codes:
            return 400, {"error": "invalid_grant"}
        if self.tx_code and form.get("tx_code") != self.tx_code:
            return 400, {"error": "invalid_grant", "error_description": "wrong tx_code"}
        self.codes.discard(form["pre-authorized_code"])
        if self.mode == "huge token":
            return 200, b'{"access_token": "' + b"a" * (9 * 1024 * 1024) + b'"}'
        if self.mode == "malformed token":
            return 200, {"token_type": "Bearer"}
        answer = self._new_token()
        if self.mode == "draft13":
            answer["c_nonce"] = self._new_nonce()
        return 200, answer

    def _new_token(self) -> dict[str, Any]:
        token = uuid.uuid4().hex
        self.tokens.add(token)
        return {"access_token": token, "token_type": "Bearer", "expires_in": 600}

    def _new_nonce(self) -> str:
        nonce = uuid.uuid4().hex
        self.nonces.add(nonce)
        return nonce

    def nonce(self) -> tuple[int, Any]:
        return 200, {"c_nonce": self._new_nonce()}

    def holder_of(self, proof: str) -> str:
        """The holder DID of a key proof checked for real (typ, aud, nonce, signature)."""
        header_part, claims_part, signature = proof.split(".")
        header, claims = _b64json(header_part), _b64json(claims_part)
        assert header["typ"] == "openid4vci-proof+jwt" and header["alg"] == "EdDSA"
        assert claims["aud"] == self.base and claims["nonce"] in self.nonces
        assert abs(claims["iat"] - time.time()) < 300
        self.nonces.discard(claims["nonce"])
        key = resolve_verification_method(header["kid"])
        raw_signature = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
        signed = f"{header_part}.{claims_part}".encode()
        assert ed25519_signature_valid(key.key, signed, raw_signature)
        return key.controller

    def credential(self, handler, body: bytes) -> tuple[int, Any]:
        bearer = handler.headers.get("Authorization", "").removeprefix("Bearer ")
        if bearer not in self.tokens:
            return 401, {"error": "invalid_token"}
        request = json.loads(body)
        if "credential_identifier" in request:
            request["credential_configuration_id"] = request.pop("credential_identifier")[3:]
        if self.mode == "draft13":
            proof, config = request["proof"]["jwt"], request["format"]
            config = "Course_ldp_vc" if config == "ldp_vc" else "Course_jwt_vc_json"
        else:
            [proof], config = request["proofs"]["jwt"], request["credential_configuration_id"]
        try:
            holder = self.holder_of(proof)
        except (AssertionError, KeyError, ValueError):
            return 400, {"error": "invalid_proof"}
        if self.mode == "malformed credential":
            return 200, {"credentials": "not a list"}
        if self.mode == "not a credential":
            return 200, {"credentials": [{"credential": "hello, this is not a credential"}]}
        if self.mode == "huge credential":
            return 200, b'{"credentials": [{"credential": "' + b"x" * (9 * 2**20) + b'"}]}'
        issued = self.issue(holder, config)
        if self.mode == "draft13":
            return 200, {"credential": issued, "c_nonce": self._new_nonce()}
        return 200, {"credentials": [{"credential": issued}]}

    def issue(self, holder: str, config: str) -> dict[str, Any] | str:
        subject = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
        credential = course_credential(self.school, course="Physics")
        credential["credentialSubject"]["id"] = subject if self.mode == "other holder" else holder
        if config == "Course_jwt_vc_json" and self.mode == "vc11":
            return self.vc11_token(credential, holder)
        if config == "Course_jwt_vc_json":
            token = sign_vc_jwt(
                credential, key=signing_key(self.school.key.private), kid=self.school.method
            )
            if self.mode == "tampered":  # the payload changed after signing
                head, body, signature = token.split(".")
                claims = _b64json(body) | {"name": "Physics (A+)"}
                changed = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=")
                token = f"{head}.{changed.decode()}.{signature}"
            return token
        signed = self.school.sign(credential)
        if self.mode == "tampered":
            signed["name"] = "Physics (A+)"
        return signed

    def vc11_token(self, credential: dict[str, Any], holder: str) -> str:
        """A VC 1.1 JWT: the credential in the `vc` claim, its subject's id only in `sub`."""
        credential["@context"] = ["https://www.w3.org/2018/credentials/v1", OB303]
        credential["issuanceDate"] = credential.pop("validFrom")
        del credential["credentialSubject"]["id"]
        claims = {
            "iss": self.school.did,
            "sub": holder,
            "jti": credential["id"],
            "nbf": int(dt.datetime.fromisoformat(credential["issuanceDate"]).timestamp()),
            "vc": credential,
        }
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return jws.serialize_compact(
                {"alg": "EdDSA", "kid": self.school.method, "typ": "JWT"},
                json.dumps(claims).encode(),
                signing_key(self.school.key.private),
                algorithms=["EdDSA"],
            )

    def exchange_step(self, body: bytes) -> tuple[int, Any]:
        data = json.loads(body or b"{}")
        vp = data.get("verifiablePresentation")
        if vp is None:
            challenge = uuid.uuid4().hex
            self.challenges.add(challenge)
            service = {
                "type": "UnmediatedPresentationService2021",
                "serviceEndpoint": self.exchange,
            }
            request = {
                "query": [{"type": "DIDAuthentication", "acceptedMethods": [{"method": "key"}]}],
                "challenge": challenge,
                "domain": self.base,
                "interact": {"service": [service]},
            }
            return 200, {"verifiablePresentationRequest": request}
        proof = vp["proof"]
        if proof.get("challenge") not in self.challenges:
            return 400, {"name": "DataError", "message": "unknown challenge"}
        verify_linked_data_proof(
            vp, proof, purpose="authentication", controller=vp["holder"], domain=self.base
        )
        credential = self.issue(vp["holder"], "Course_ldp_vc")
        return 200, {
            "verifiablePresentation": {
                "@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiablePresentation"],
                "verifiableCredential": [credential],
            }
        }
