"""The demo school as tests use it (backpack_app/credentials/demo_school.py), plus what the
status-list and did:web tests need: a school known by a did:web, status lists and entries."""

from __future__ import annotations

import base64
import copy
import gzip
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backpack_app.credentials.demo_school import (
    CLR201,
    CREATED,
    OB303,
    VC2,
    School,
    clr_credential,
    course_credential,
    email_identity,
    new_school,
)
from backpack_app.crypto.holder import new_holder_key

__all__ = [
    "CLR201",
    "CREATED",
    "OB303",
    "VC2",
    "School",
    "WebSchool",
    "clr_credential",
    "course_credential",
    "email_identity",
    "encode_bits",
    "new_school",
    "new_web_school",
    "status_list",
    "with_status",
]


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


def family_code_share(folder: Path) -> tuple[Path, str]:
    """A family's backpack in `folder`/family holding one signed course, and a code share of
    its transcript at `folder`/SHARE.backpack: (the share, its code)."""
    import json

    from backpack_app.wallet import Backpack
    from tests.conftest import FAST, PASSPHRASE

    family, _ = Backpack.create(folder / "family", PASSPHRASE, kdf=FAST)
    with family:
        family.add_learner("Ana Rivera", emails=["ana.rivera@example.org"])
        school = new_school()
        family.import_credentials(json.dumps(school.sign(course_credential(school))).encode())
        made, _ = family.share(folder / "SHARE.backpack", code=True, preset="transcript")
    return folder / "SHARE.backpack", made.code
