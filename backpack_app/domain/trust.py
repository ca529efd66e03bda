"""The user's trust list: issuers (schools, programs) they have chosen to recognise by name."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class TrustedIssuer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(min_length=1, max_length=2000)
    name: str = Field(min_length=1, max_length=300)
    url: str | None = None


class TrustList(BaseModel):
    """Issuer id -> entry. Starts empty: nobody is trusted until the user says so."""

    model_config = ConfigDict(frozen=True)

    issuers: dict[str, TrustedIssuer] = Field(default_factory=dict)

    def get(self, issuer_id: str) -> TrustedIssuer | None:
        return self.issuers.get(issuer_id)

    @classmethod
    def of(cls, entries: list[TrustedIssuer]) -> TrustList:
        return cls(issuers={e.id: e for e in entries})
