"""A demo school: builds OB 3.0 / CLR 2.0 credentials and signs them (eddsa-rdfc-2022).

Used by the demo backpack and by the tests; its keys are made fresh each time, so nothing it
signs can pass for a real school's record unless someone trusts its key.
"""

from __future__ import annotations

import copy
import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from backpack_app.credentials.proofs import sign_eddsa_rdfc_2022
from backpack_app.crypto.holder import HolderKey, new_holder_key

VC2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CLR201 = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"
CREATED = "2025-12-20T18:00:00Z"


@dataclass
class School:
    """A name and a signing key."""

    name: str
    key: HolderKey

    @property
    def did(self) -> str:
        return self.key.did

    @property
    def method(self) -> str:
        return f"{self.did}#{self.did.split(':')[-1]}"

    def sign(self, doc: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("verification_method", self.method)
        return sign_eddsa_rdfc_2022(doc, private_key=self.key.private, created=CREATED, **kwargs)


def new_school(name: str = "Lincoln High School") -> School:
    """A school with a fresh Ed25519 key (a did:key)."""
    return School(name=name, key=new_holder_key())


def email_identity(email: str, salt: str = "s4lt-7Qk2") -> dict[str, Any]:
    """An IdentityObject naming the learner by a salted SHA-256 of their email."""
    digest = hashlib.sha256((email + salt).encode()).hexdigest()
    return {
        "type": "IdentityObject",
        "hashed": True,
        "identityHash": f"sha256${digest}",
        "identityType": "emailAddress",
        "salt": salt,
    }


def course_credential(
    school: School,
    *,
    course: str = "Algebra I",
    grade: str = "A",
    valid_from: str = "2025-01-15T00:00:00Z",
    valid_until: str | None = None,
    code: str = "MATH101",
    term: str = "Fall 2024",
    credits: float = 1.0,
    kind: str = "Course",
    email: str = "ana.rivera@example.org",
) -> dict[str, Any]:
    """An AchievementCredential for one course result (or, with `kind`, another achievement)."""
    doc: dict[str, Any] = {
        "@context": [VC2, OB303],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": f"{course} ({term})",
        "issuer": {"id": school.did, "type": ["Profile"], "name": school.name},
        "validFrom": valid_from,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [email_identity(email)],
            "achievement": {
                "id": f"https://lincoln-hs.example.org/courses/{course.replace(' ', '-')}",
                "type": ["Achievement"],
                "achievementType": kind,
                "name": course,
                "description": f"A first course in {course}.",
                "criteria": {"narrative": "Pass the course."},
                "humanCode": code,
                "creditsAvailable": credits,
            },
            "result": [{"type": ["Result"], "value": grade}],
            "creditsEarned": credits,
            "term": term,
        },
    }
    if valid_until:
        doc["validUntil"] = valid_until
    return doc


def clr_credential(
    school: School, courses: list[dict[str, Any]], *, name: str = "Transcript of Ana Rivera"
) -> dict[str, Any]:
    """A ClrCredential holding the given signed course credentials."""
    return {
        "@context": [VC2, CLR201, OB303],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": name,
        "issuer": {"id": school.did, "type": ["Profile"], "name": school.name},
        "validFrom": "2025-06-15T00:00:00Z",
        "credentialSubject": {
            "type": ["ClrSubject"],
            "identifier": [email_identity("ana.rivera@example.org")],
            "verifiableCredential": copy.deepcopy(courses),
        },
    }
