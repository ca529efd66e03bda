"""A verification report: named checks with a status and one plain sentence each, and a verdict."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from backpack_app.domain.vocabulary import Verdict


class CheckStatus(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    WARNING = "warning"
    NOT_CHECKED = "not_checked"


class CheckId(StrEnum):
    FORMAT = "format"
    PROOF = "proof"
    ISSUER_KEY = "issuer_key"
    ISSUER_TRUST = "issuer_trust"
    VALIDITY = "validity"
    STATUS = "status"
    RECIPIENT = "recipient"
    NESTED = "nested"
    ENDORSEMENTS = "endorsements"
    CONFORMANCE = "conformance"
    CONSISTENCY = "consistency"
    SCHEMA = "schema"


VERDICT_WORDS = {
    Verdict.VERIFIED: "Verified",
    Verdict.UNKNOWN_ISSUER: "Verified, but the issuer is not in your trust list",
    Verdict.EXPIRED: "Expired",
    Verdict.NOT_YET_VALID: "Not valid yet",
    Verdict.REVOKED: "Revoked by the issuer",
    Verdict.INVALID_SIGNATURE: "Tampered or invalid signature",
    Verdict.MALFORMED: "Not a readable credential",
    Verdict.UNVERIFIABLE_OFFLINE: "Cannot be checked offline",
    Verdict.UNSUPPORTED: "Signed in a way Backpack cannot check",
}


class Check(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: CheckId
    status: CheckStatus
    detail: str


class Report(BaseModel):
    """What verification found about one credential (and, for a CLR, the ones inside it)."""

    model_config = ConfigDict(frozen=True)

    file: str | None = None
    verdict: Verdict
    summary: str
    checks: list[Check]
    credential_id: str | None = None
    credential_types: list[str] = Field(default_factory=list)
    issuer_id: str | None = None
    issuer_name: str | None = None
    nested: list[Report] = Field(default_factory=list)
    endorsements: list[Report] = Field(default_factory=list)

    @property
    def valid(self) -> bool:
        return self.verdict.valid

    def check(self, check_id: CheckId) -> Check | None:
        return next((c for c in self.checks if c.id is check_id), None)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.file,
            "valid": self.valid,
            "verdict": self.verdict.value,
            "summary": self.summary,
            "checks": [c.model_dump(mode="json") for c in self.checks],
            "id": self.credential_id,
            "type": self.credential_types,
            "issuer": {"id": self.issuer_id, "name": self.issuer_name},
        }
        if self.nested:
            data["nested"] = [n.to_json() for n in self.nested]
        if self.endorsements:
            data["endorsements"] = [e.to_json() for e in self.endorsements]
        return data
