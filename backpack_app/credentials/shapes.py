"""Required fields of VC 1.1 / 2.0 credentials in the Open Badges 3.0 and CLR 2.0 shapes."""

from __future__ import annotations

from typing import Any

from backpack_app.errors import MalformedCredential

VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB3_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context"
CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
OB_TYPES = {"AchievementCredential", "OpenBadgeCredential"}
NO_VALID_FROM = "it states no validFrom date, which Open Badges 3.0 requires"
NO_SUBJECT_ID = (
    "its subject has neither an id nor an identifier, so it does not say who earned it "
    "(Open Badges 3.0 B.1.3)"
)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def types_of(document: dict[str, Any]) -> list[str]:
    return [t for t in as_list(document.get("type")) if isinstance(t, str)]


def vc_version(document: dict[str, Any]) -> int:
    """1 or 2, from the first context; MalformedCredential when it is not a credential at all."""
    contexts = as_list(document.get("@context"))
    first = contexts[0] if contexts else None
    if first == VC_V2:
        return 2
    if first == VC_V1:
        return 1
    raise MalformedCredential("It does not start with the W3C Verifiable Credentials context.")


def conformance_notes(document: dict[str, Any]) -> list[str]:
    """What an Open Badges 3.0 credential leaves out that the specification asks for, though
    the credential can still be verified (issuers such as the DCC's omit them)."""
    if not OB_TYPES & set(types_of(document)):
        return []
    notes = []
    if vc_version(document) == 2 and "validFrom" not in document:
        notes.append(NO_VALID_FROM)
    subjects = [s for s in as_list(document.get("credentialSubject")) if isinstance(s, dict)]
    if any("id" not in s and not s.get("identifier") for s in subjects):
        notes.append(NO_SUBJECT_ID)
    return notes


def check_shape(document: Any) -> None:
    """Raise MalformedCredential naming the first required field that is missing or wrong."""
    if not isinstance(document, dict):
        raise MalformedCredential("It is not a JSON object.")
    version = vc_version(document)
    types = types_of(document)
    if "VerifiableCredential" not in types:
        raise MalformedCredential("Its type does not include VerifiableCredential.")
    if document.get("issuer") in (None, "", {}):
        raise MalformedCredential("It does not say who issued it (issuer).")
    # VC 1.1 requires issuanceDate; in VC 2.0 validFrom is optional (OB 3.0's own requirement
    # is a conformance note, not a refusal).
    if version == 1 and not isinstance(document.get("issuanceDate"), str):
        raise MalformedCredential("It has no issuanceDate date.")
    if version == 2 and not isinstance(document.get("validFrom", ""), str):
        raise MalformedCredential("Its validFrom is not a date and time.")
    subjects = as_list(document.get("credentialSubject"))
    if not subjects or not all(isinstance(s, dict) for s in subjects):
        raise MalformedCredential("It has no credentialSubject.")
    contexts = [c for c in as_list(document.get("@context")) if isinstance(c, str)]
    if OB_TYPES & set(types):
        if not any(c.startswith(OB3_PREFIX) for c in contexts):
            raise MalformedCredential(
                "An Open Badges 3.0 credential needs the Open Badges context."
            )
        if not isinstance(document.get("id"), str):
            raise MalformedCredential("An Open Badges 3.0 credential needs an id.")
        for subject in subjects:
            if not isinstance(subject.get("achievement"), dict):
                raise MalformedCredential("Its subject does not name an achievement.")
    if "ClrCredential" in types:
        if contexts[:2] != [VC_V2, CLR_CONTEXT]:
            raise MalformedCredential(
                "A CLR 2.0 credential must start with the VC 2.0 and "
                "CLR 2.0.1 contexts, in that order."
            )
        nested = subjects[0].get("verifiableCredential")
        if not isinstance(nested, list) or not nested:
            raise MalformedCredential("This CLR holds no credentials (verifiableCredential).")
