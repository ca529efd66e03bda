"""A verification report: named checks with a status and one plain sentence each, and a verdict."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

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


class _Value:
    """An immutable value with named fields (plain slots: a verification report is built in
    every command that checks a credential, and pydantic costs more to import than to verify).

    `model_copy` and `model_dump` keep the names the code used when these were pydantic models.
    """

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; use model_copy(update=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:  # (pickled to and from batch workers)
        return (_rebuild, (type(self), self._values()))

    def model_dump(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._fields}

    def model_copy(self, *, update: dict[str, Any]) -> Any:
        return type(self)(**{**self.model_dump(), **update})


def _rebuild(cls: type[_Value], values: tuple[Any, ...]) -> _Value:
    return cls(**dict(zip(cls._fields, values, strict=True)))


class Check(_Value):
    """One named check: its status and one plain sentence."""

    _fields = ("id", "status", "detail")  # (in this order in its JSON)
    __slots__ = _fields
    id: CheckId
    status: CheckStatus
    detail: str

    def __init__(self, *, id: CheckId | str, status: CheckStatus | str, detail: str) -> None:
        if not isinstance(detail, str):
            raise TypeError("A check's detail is a sentence (str).")
        setattr_ = object.__setattr__
        setattr_(self, "id", CheckId(id))  # (a stored report's strings become the enums)
        setattr_(self, "status", CheckStatus(status))
        setattr_(self, "detail", detail)

    def __hash__(self) -> int:
        return hash(self._values())

    @classmethod
    def model_validate(cls, data: dict[str, Any]) -> Check:
        """A check from its JSON (as `to_json` wrote it into a stored report)."""
        if not isinstance(data, dict):
            raise ValueError("A check is an object with id, status and detail.")
        try:
            return cls(id=data["id"], status=data["status"], detail=data["detail"])
        except (KeyError, TypeError) as exc:
            raise ValueError(f"A check needs an id, a status and a detail ({exc}).") from None

    def to_json(self) -> dict[str, str]:
        return {"id": self.id.value, "status": self.status.value, "detail": self.detail}


class Report(_Value):
    """What verification found about one credential (and, for a CLR, the ones inside it)."""

    _fields = (
        "file",
        "verdict",
        "summary",
        "checks",
        "credential_id",
        "credential_types",
        "issuer_id",
        "issuer_name",
        "nested",
        "endorsements",
    )
    __slots__ = _fields
    file: str | None
    verdict: Verdict
    summary: str
    checks: list[Check]
    credential_id: str | None
    credential_types: list[str]
    issuer_id: str | None
    issuer_name: str | None
    nested: list[Report]
    endorsements: list[Report]

    def __init__(
        self,
        *,
        verdict: Verdict | str,
        summary: str,
        checks: Iterable[Check],
        file: str | None = None,
        credential_id: str | None = None,
        credential_types: Iterable[str] = (),
        issuer_id: str | None = None,
        issuer_name: str | None = None,
        nested: Iterable[Report] = (),
        endorsements: Iterable[Report] = (),
    ) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "file", _optional_text(file, "file"))
        setattr_(self, "verdict", Verdict(verdict))
        setattr_(self, "summary", _text(summary, "summary"))
        setattr_(self, "checks", _all_of(checks, Check, "checks"))
        setattr_(self, "credential_id", _optional_text(credential_id, "credential_id"))
        setattr_(self, "credential_types", _all_of(credential_types, str, "credential_types"))
        setattr_(self, "issuer_id", _optional_text(issuer_id, "issuer_id"))
        setattr_(self, "issuer_name", _optional_text(issuer_name, "issuer_name"))
        setattr_(self, "nested", _all_of(nested, Report, "nested"))
        setattr_(self, "endorsements", _all_of(endorsements, Report, "endorsements"))

    __hash__ = None  # type: ignore[assignment]  # (it holds lists)

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
            "checks": [c.to_json() for c in self.checks],
            "id": self.credential_id,
            "type": list(self.credential_types),
            "issuer": {"id": self.issuer_id, "name": self.issuer_name},
        }
        if self.nested:
            data["nested"] = [n.to_json() for n in self.nested]
        if self.endorsements:
            data["endorsements"] = [e.to_json() for e in self.endorsements]
        return data


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"A report's {name} is text, not {type(value).__name__}.")
    return value


def _optional_text(value: Any, name: str) -> str | None:
    return None if value is None else _text(value, name)


def _all_of(items: Iterable[Any], kind: type, name: str) -> list[Any]:
    if isinstance(items, (str, bytes, dict)):
        raise TypeError(f"A report's {name} is a list, not {type(items).__name__}.")
    found = list(items)
    for item in found:
        if not isinstance(item, kind):
            raise TypeError(f"A report's {name} holds {kind.__name__}s, not {type(item).__name__}.")
    return found
