"""What issuers send, as pydantic models checked on the way in (OpenID4VCI 1.0 and draft 13,
OAuth 2.0 metadata and errors, VC-API exchanges). Unknown fields are ignored; a missing or
wrongly typed one makes the answer unusable, said in one sentence (`read_answer`)."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from backpack_app.errors import ReceiveFailed
from backpack_app.online.http import Answer

PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
MAX_CONFIGURATIONS = 20
MAX_TEXT = 4096


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


class TxCode(_Lenient):
    input_mode: str = "numeric"
    length: int | None = Field(default=None, ge=1, le=64)
    description: str | None = Field(default=None, max_length=300)


class PreAuthorizedGrant(_Lenient):
    code: str = Field(alias="pre-authorized_code", min_length=1, max_length=MAX_TEXT)
    tx_code: TxCode | None = None


class AuthorizationCodeGrant(_Lenient):
    issuer_state: str | None = Field(default=None, max_length=MAX_TEXT)
    authorization_server: str | None = Field(default=None, max_length=2000)


class Grants(_Lenient):
    pre_authorized: PreAuthorizedGrant | None = Field(default=None, alias=PRE_AUTHORIZED)
    authorization_code: AuthorizationCodeGrant | None = None


class CredentialOffer(_Lenient):
    credential_issuer: str = Field(max_length=2000)
    credential_configuration_ids: list[str] = Field(min_length=1, max_length=MAX_CONFIGURATIONS)
    grants: Grants = Field(default_factory=Grants)


class Display(_Lenient):
    name: str | None = Field(default=None, max_length=300)
    locale: str | None = None


class CredentialConfiguration(_Lenient):
    format: str = Field(max_length=100)
    credential_definition: dict[str, Any] | None = None
    display: list[Display] | None = None  # draft 13
    credential_metadata: dict[str, Any] | None = None  # 1.0: display lives here


class IssuerMetadata(_Lenient):
    credential_issuer: str
    credential_endpoint: str
    nonce_endpoint: str | None = None
    authorization_servers: list[str] | None = None
    token_endpoint: str | None = None  # some draft-13 issuers serve it here
    display: list[Display] | None = None
    credential_configurations_supported: dict[str, CredentialConfiguration]

    def name(self) -> str | None:
        """The issuer's display name (English first, else the first one given)."""
        names = [d for d in self.display or [] if d.name]
        english = [d for d in names if (d.locale or "").lower().startswith("en")]
        return (english or names or [Display()])[0].name


class AuthorizationServerMetadata(_Lenient):
    issuer: str
    token_endpoint: str
    authorization_endpoint: str | None = None
    code_challenge_methods_supported: list[str] | None = None
    pushed_authorization_request_endpoint: str | None = None
    require_pushed_authorization_requests: bool = False
    authorization_response_iss_parameter_supported: bool = False


class PushedRequest(_Lenient):
    request_uri: str = Field(min_length=1, max_length=2000)


class TokenResponse(_Lenient):
    access_token: str = Field(min_length=1, max_length=16384)
    token_type: str = "Bearer"
    c_nonce: str | None = Field(default=None, max_length=MAX_TEXT)
    authorization_details: list[dict[str, Any]] | None = Field(default=None, max_length=100)

    def identifier_for(self, configuration_id: str) -> str | None:
        """The credential identifier the server gave for an offered configuration (1.0 §6.2)."""
        for detail in self.authorization_details or []:
            ids = detail.get("credential_identifiers")
            if detail.get("credential_configuration_id") == configuration_id and ids:
                return ids[0] if isinstance(ids, list) and isinstance(ids[0], str) else None
        return None


class NonceResponse(_Lenient):
    c_nonce: str = Field(min_length=1, max_length=MAX_TEXT)


class IssuedCredential(_Lenient):
    credential: dict[str, Any] | str


class CredentialResponse(_Lenient):
    credentials: list[IssuedCredential] | None = Field(default=None, max_length=100)  # 1.0
    credential: dict[str, Any] | str | None = None  # draft 13
    transaction_id: str | None = None
    c_nonce: str | None = None

    def issued(self) -> list[dict[str, Any] | str]:
        if self.credentials:
            return [c.credential for c in self.credentials]
        return [self.credential] if self.credential is not None else []


class OAuthError(_Lenient):
    error: str = Field(max_length=200)
    error_description: str | None = Field(default=None, max_length=500)
    c_nonce: str | None = None


class PresentationService(_Lenient):
    type: str | list[str] | None = None
    serviceEndpoint: str | None = None


class Interact(_Lenient):
    service: list[PresentationService] = Field(default_factory=list)


class PresentationRequest(_Lenient):
    query: list[dict[str, Any]] | dict[str, Any] = Field(default_factory=list)
    challenge: str | None = Field(default=None, max_length=MAX_TEXT)
    domain: str | None = Field(default=None, max_length=MAX_TEXT)
    interact: Interact | None = None

    def queries(self) -> list[dict[str, Any]]:
        return self.query if isinstance(self.query, list) else [self.query]


class ExchangeAnswer(_Lenient):
    verifiablePresentationRequest: PresentationRequest | None = None
    verifiablePresentation: dict[str, Any] | None = None


Model = TypeVar("Model", bound=BaseModel)


def read_json(answer: Answer, what: str) -> Any:
    """The JSON of a successful answer; an error answer or other bytes are one sentence."""
    try:
        data = json.loads(answer.body)
    except (UnicodeDecodeError, ValueError):
        data = None
    if answer.status >= 400 or not 200 <= answer.status < 300:
        raise ReceiveFailed(f"{what} refused the request ({answer.status}{_why(data)}).")
    if not isinstance(data, dict):
        raise ReceiveFailed(f"{what} did not answer with JSON Backpack can read.")
    return data


def _why(data: Any) -> str:
    if isinstance(data, dict):
        try:
            error = OAuthError.model_validate(data)
        except ValidationError:
            message = data.get("message")
            return f": {message[:300]}" if isinstance(message, str) else ""
        detail = f" ({error.error_description})" if error.error_description else ""
        return f": {error.error}{detail}"
    return ""


def first_problem(exc: ValidationError) -> str:
    """`field: what is wrong` of the first problem pydantic found, for a sentence."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "the whole"
    return f"{where}: {first['msg'].lower()}"


def read_answer(answer: Answer, model: type[Model], what: str) -> Model:
    """`answer`'s JSON as `model`, or ReceiveFailed naming `what` sent something unusable."""
    data = read_json(answer, what)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ReceiveFailed(
            f"{what} sent an answer Backpack cannot use ({first_problem(exc)})."
        ) from None
