"""Whose record is this? Match a credential's subject to a learner, computed locally.

A subject names its learner by `id` (a DID or `mailto:`), by `identifier[]` IdentityObjects
(OB 3.0: `algorithm$hex` of the identifier followed by the salt, or the plain value when not
hashed), or by an Open Badges 2.0 `recipient`. Nothing is sent anywhere: the wallet hashes the
learner's own emails and SIS ids and compares.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from backpack_app.credentials.shapes import as_list

if TYPE_CHECKING:  # a type only: verifying an endorsement need not load the learner model
    from backpack_app.domain.learners import Learner

EMAIL_TYPES = {"emailaddress", "email"}
SIS_TYPES = {
    "sourcedid",
    "sissourcedid",
    "onerostersourcedid",
    "lissourcedid",
    "systemid",
    "studentid",
    "identifier",
    "accountid",
    "username",
}
MAX_IDENTIFIERS = 50


@dataclass(frozen=True)
class Match:
    """One learner the credential names, and how it names them."""

    learner: Learner
    by: str  # "email address", "SIS id", "key", "name"


def _candidates(learner: Learner, identity_type: str) -> list[tuple[str, str]]:
    kind = identity_type.replace("_", "").casefold()
    if kind in EMAIL_TYPES:
        return [(e, "email address") for e in learner.emails] + [
            (e.lower(), "email address") for e in learner.emails if e != e.lower()
        ]
    if kind in SIS_TYPES:
        return [(s, "SIS id") for s in learner.sis_ids]
    if kind == "name":
        return [(learner.name, "name")]
    if kind in ("did", "url"):
        return [(learner.did, "key")]
    return []


def _hash_matches(identity_hash: str, value: str, salt: str) -> bool:
    algorithm, _, digest = identity_hash.partition("$")
    material = (value + salt).encode("utf-8")
    if algorithm.lower() == "sha256":
        computed = hashlib.sha256(material).hexdigest()
    elif algorithm.lower() == "md5":
        computed = hashlib.md5(material, usedforsecurity=False).hexdigest()
    else:
        return False
    return hmac.compare_digest(computed, digest.strip().lower())


def _identity_matches(identity: dict[str, Any], learner: Learner) -> str | None:
    identity_type = identity.get("identityType") or identity.get("type") or ""
    value = identity.get("identityHash") or identity.get("identity")
    if not isinstance(identity_type, str) or not isinstance(value, str) or len(value) > 2000:
        return None
    salt = identity.get("salt") if isinstance(identity.get("salt"), str) else ""
    hashed = identity.get("hashed") is True
    for candidate, how in _candidates(learner, identity_type):
        if hashed and _hash_matches(value, candidate, salt):
            return how
        if not hashed and hmac.compare_digest(value.encode(), candidate.encode()):
            return how
    return None


def _subject_id_matches(subject_id: Any, learner: Learner) -> str | None:
    if not isinstance(subject_id, str):
        return None
    if subject_id == learner.did:
        return "key"
    if subject_id.lower().startswith("mailto:"):
        address = subject_id[len("mailto:") :].casefold()
        if any(address == e.casefold() for e in learner.emails):
            return "email address"
    return None


def subject_of(credential: dict[str, Any]) -> dict[str, Any]:
    subjects = as_list(credential.get("credentialSubject"))
    return subjects[0] if subjects and isinstance(subjects[0], dict) else {}


def names_learner(credential: dict[str, Any], learner: Learner) -> str | None:
    """How the credential names `learner` ("email address", "SIS id", ...), or None."""
    subject = subject_of(credential)
    how = _subject_id_matches(subject.get("id"), learner)
    if how:
        return how
    identities = [i for i in as_list(subject.get("identifier")) if isinstance(i, dict)]
    recipient = credential.get("recipient")  # Open Badges 2.0
    if isinstance(recipient, dict):
        identities.append({**recipient, "identityType": recipient.get("type", "email")})
    for identity in identities[:MAX_IDENTIFIERS]:
        how = _identity_matches(identity, learner)
        if how:
            return how
    return None


def matching_learners(credential: dict[str, Any], learners: list[Learner]) -> list[Match]:
    """Every learner of the backpack the credential names."""
    found = []
    for learner in learners:
        how = names_learner(credential, learner)
        if how:
            found.append(Match(learner=learner, by=how))
    return found


def name_given(credential: dict[str, Any]) -> str:
    """The learner's name as the credential writes it in clear (its subject's `name`, or an
    identity of type name that is not hashed), or "" (most school files name a learner only
    by hashed email and SIS id)."""
    subject = subject_of(credential)
    name = subject.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()[:200]
    for identity in as_list(subject.get("identifier"))[:MAX_IDENTIFIERS]:
        if not isinstance(identity, dict) or identity.get("hashed") is True:
            continue
        kind = str(identity.get("identityType") or "").casefold()
        value = identity.get("identityHash") or identity.get("identity")
        if kind == "name" and isinstance(value, str) and value.strip():
            return value.strip()[:200]
    return ""
