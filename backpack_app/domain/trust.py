"""The user's trust list: issuers (schools, programs) they have chosen to recognise by name.

Plain values, checked when made (a trust file is outside input): verifying a credential needs
a trust list, and pydantic would cost a single `backpack verify` more than the check itself.
"""

from __future__ import annotations

from typing import Any

MAX_ID = 2000
MAX_NAME = 300


class TrustedIssuer:
    """An issuer's id (a DID or an address) and the name the user knows it by."""

    __slots__ = ("id", "name", "url")
    id: str
    name: str
    url: str | None

    def __init__(self, *, id: str, name: str, url: str | None = None) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "id", _text(id, "id", MAX_ID))
        setattr_(self, "name", _text(name, "name", MAX_NAME))
        if url is not None and not isinstance(url, str):
            raise ValueError("A trusted issuer's url is text.")
        setattr_(self, "url", url)

    @classmethod
    def model_validate(cls, data: Any) -> TrustedIssuer:
        """An entry from outside (a trust file): an object with id and name, url optional,
        other keys ignored. ValueError when it is not one."""
        if not isinstance(data, dict):
            raise ValueError("A trusted issuer is an object with an id and a name.")
        return cls(id=data.get("id"), name=data.get("name"), url=data.get("url"))  # type: ignore[arg-type]

    def model_dump(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "url": self.url}

    def model_copy(self, *, update: dict[str, Any]) -> TrustedIssuer:
        return TrustedIssuer(**{**self.model_dump(), **update})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("A trusted issuer is immutable; use model_copy(update=...)")

    def __eq__(self, other: object) -> bool:
        if type(other) is not TrustedIssuer:
            return NotImplemented
        return (self.id, self.name, self.url) == (other.id, other.name, other.url)

    def __hash__(self) -> int:
        return hash((self.id, self.name, self.url))

    def __repr__(self) -> str:
        return f"TrustedIssuer(id={self.id!r}, name={self.name!r}, url={self.url!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_issuer, (self.id, self.name, self.url))


def _issuer(id: str, name: str, url: str | None) -> TrustedIssuer:
    return TrustedIssuer(id=id, name=name, url=url)


def _text(value: Any, field: str, longest: int) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= longest:
        raise ValueError(f"A trusted issuer's {field} is text of 1 to {longest} characters.")
    return value


class TrustList:
    """Issuer id -> entry. Starts empty: nobody is trusted until the user says so."""

    __slots__ = ("issuers",)
    issuers: dict[str, TrustedIssuer]

    def __init__(self, issuers: dict[str, TrustedIssuer] | None = None) -> None:
        object.__setattr__(self, "issuers", dict(issuers or {}))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("A trust list is immutable")

    def __eq__(self, other: object) -> bool:
        return self.issuers == other.issuers if isinstance(other, TrustList) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TrustList({self.issuers!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (TrustList, (self.issuers,))

    def get(self, issuer_id: str) -> TrustedIssuer | None:
        return self.issuers.get(issuer_id)

    @classmethod
    def of(cls, entries: list[TrustedIssuer]) -> TrustList:
        return cls({e.id: e for e in entries})
