"""A tiny test-side school: builds OB 3.0 / CLR 2.0 credentials and signs them (eddsa-rdfc-2022)."""

from __future__ import annotations

import base64
import copy
import gzip
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


@dataclass
class WebSchool(School):
    """A school known by a did:web; its DID document lists its key for assertionMethod."""

    web_did: str = "did:web:lincoln-hs.example.org"

    @property
    def did(self) -> str:
        return self.web_did

    @property
    def method(self) -> str:
        return f"{self.did}#key-1"

    def did_document(self, *, key_type: str = "Multikey", listed_for: str = "assertionMethod"):
        method: dict[str, Any] = {"id": "#key-1", "type": key_type, "controller": self.did}
        if key_type == "JsonWebKey2020":
            x = base64.urlsafe_b64encode(self.key.public).rstrip(b"=").decode()
            method["publicKeyJwk"] = {"kty": "OKP", "crv": "Ed25519", "x": x}
        else:
            method["publicKeyMultibase"] = self.key.did.split(":")[-1]
        return {
            "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
            "id": self.did,
            "verificationMethod": [method],
            listed_for: ["#key-1"],
        }


def new_web_school(did: str = "did:web:lincoln-hs.example.org") -> WebSchool:
    return WebSchool(name="Lincoln High School", key=new_holder_key(), web_did=did)


def new_school(name: str = "Lincoln High School") -> School:
    return School(name=name, key=new_holder_key())


def email_identity(email: str, salt: str = "s4lt-7Qk2") -> dict[str, Any]:
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
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "@context": [VC2, OB303],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "AchievementCredential"],
        "name": f"{course} (Fall 2024)",
        "issuer": {"id": school.did, "type": ["Profile"], "name": school.name},
        "validFrom": valid_from,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [email_identity("ana.rivera@example.org")],
            "achievement": {
                "id": f"https://lincoln-hs.example.org/courses/{course.replace(' ', '-')}",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": course,
                "description": f"A first course in {course}.",
                "criteria": {"narrative": "Pass the course."},
                "humanCode": "MATH101",
                "creditsAvailable": 1.0,
            },
            "result": [{"type": ["Result"], "value": grade}],
            "creditsEarned": 1.0,
            "term": "Fall 2024",
        },
    }
    if valid_until:
        doc["validUntil"] = valid_until
    return doc


def clr_credential(school: School, courses: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "@context": [VC2, CLR201, OB303],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": ["VerifiableCredential", "ClrCredential"],
        "name": "Transcript of Ana Rivera",
        "issuer": {"id": school.did, "type": ["Profile"], "name": school.name},
        "validFrom": "2025-06-15T00:00:00Z",
        "credentialSubject": {
            "type": ["ClrSubject"],
            "identifier": [email_identity("ana.rivera@example.org")],
            "verifiableCredential": copy.deepcopy(courses),
        },
    }


STATUS_URL = "https://lincoln-hs.example.org/status/1"
SL2021 = "https://w3id.org/vc/status-list/2021/v1"
VC1 = "https://www.w3.org/2018/credentials/v1"
DI2 = "https://w3id.org/security/data-integrity/v2"


def encode_bits(set_bits: list[int], *, size_bytes: int = 16 * 1024, multibase: bool = True) -> str:
    """A GZIP-compressed bitstring, most significant bit first, base64url (multibase 'u')."""
    bits = bytearray(size_bytes)
    for index in set_bits:
        bits[index // 8] |= 0x80 >> (index % 8)
    text = base64.urlsafe_b64encode(gzip.compress(bytes(bits))).rstrip(b"=").decode()
    return "u" + text if multibase else text


def with_status(
    credential: dict[str, Any],
    index: int,
    *,
    purpose: str = "revocation",
    url: str = STATUS_URL,
    kind: str = "BitstringStatusListEntry",
) -> dict[str, Any]:
    doc = copy.deepcopy(credential)
    entry = {
        "id": f"{url}#{index}",
        "type": kind,
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": url,
    }
    earlier = doc.get("credentialStatus")
    if earlier is None:
        doc["credentialStatus"] = entry
    else:
        doc["credentialStatus"] = [*(earlier if isinstance(earlier, list) else [earlier]), entry]
    if kind == "StatusList2021Entry" and SL2021 not in doc["@context"]:
        doc["@context"] = [*doc["@context"], SL2021]
    return doc


def status_list(
    school: School,
    set_bits: list[int] = (),
    *,
    purpose: str = "revocation",
    url: str = STATUS_URL,
    valid_from: str = "2025-12-01T00:00:00Z",
    encoded: str | None = None,
    kind: str = "bitstring",
) -> dict[str, Any]:
    """An unsigned status list credential (Bitstring v1.0 or StatusList2021) of `school`."""
    if kind == "bitstring":
        return {
            "@context": [VC2],
            "id": url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": school.did,
            "validFrom": valid_from,
            "credentialSubject": {
                "id": f"{url}#list",
                "type": "BitstringStatusList",
                "statusPurpose": purpose,
                "encodedList": encoded or encode_bits(list(set_bits)),
            },
        }
    return {
        "@context": [VC1, SL2021, DI2],
        "id": url,
        "type": ["VerifiableCredential", "StatusList2021Credential"],
        "issuer": school.did,
        "issuanceDate": valid_from,
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "StatusList2021",
            "statusPurpose": purpose,
            "encodedList": encoded or encode_bits(list(set_bits), multibase=False),
        },
    }
