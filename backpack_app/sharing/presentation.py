"""The signed presentation inside a share: school credentials as signed, self-reported entries
as Open Badges 3.0 credentials the learner's own key issues, and the share's terms, all signed
by the holder (eddsa-rdfc-2022, `authentication`, challenge = share id, domain = recipient)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from backpack_app.credentials.proofs import sign_eddsa_rdfc_2022
from backpack_app.domain.vocabulary import Category

if TYPE_CHECKING:  # (the models load where records are made, not to read a share)
    from backpack_app.domain.records import Record

VC2 = "https://www.w3.org/ns/credentials/v2"
OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CARD_DOMAIN_PREFIX = "urn:backpack:x25519:"
SELF_REPORTED_CRITERIA = "Self-reported by the learner; no school or program vouches for it."
_RECORD_NAMESPACE = uuid.UUID("5d9c1f0e-7a43-4a0e-9a57-2f8f3c1b6e21")

# Only values of the OB 3.0 AchievementType vocabulary; other categories leave it out.
ACHIEVEMENT_TYPES = {
    Category.SERVICE: "CommunityService",
    Category.ACTIVITY: "CoCurricular",
    Category.EMPLOYMENT: "Fieldwork",
    Category.RESEARCH: "Fieldwork",
    Category.RECOGNITION: "Award",
    Category.PORTFOLIO: "Assignment",
}


def card_domain(key_digest_hex: str) -> str:
    return CARD_DOMAIN_PREFIX + key_digest_hex


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _narrative(record: Record) -> str:
    lines = []
    for key, value in record.details.model_dump(mode="json").items():
        if value in (None, "", [], 0) or key == "progress_notes":
            continue
        lines.append(f"- {key.replace('_', ' ')}: {value}")
    notes = getattr(record.details, "progress_notes", [])
    lines.extend(f"- progress {n.date.isoformat()}: {n.text}" for n in notes)
    return "\n".join(lines)


def self_issued_id(record_id: str) -> str:
    """The id of the credential a self-reported record is shared as (the same every time)."""
    return f"urn:uuid:{uuid.uuid5(_RECORD_NAMESPACE, record_id)}"


def self_issued_credential(
    record: Record, *, holder_did: str, learner_name: str, issued: dt.datetime
) -> dict[str, Any]:
    """An unsigned OB 3.0 credential stating a Learner Profile entry, issued by the learner."""
    achievement: dict[str, Any] = {
        "id": f"urn:uuid:{uuid.uuid5(_RECORD_NAMESPACE, record.id + '/achievement')}",
        "type": ["Achievement"],
        "name": record.title,
        "description": record.description or record.title,
        "criteria": {"narrative": SELF_REPORTED_CRITERIA},
        # Which part of the profile it is (a goal, a portfolio piece), so a recipient's
        # Backpack can show it as the family's does; other verifiers see a plain keyword.
        "tag": [record.category.value],
    }
    if record.category in ACHIEVEMENT_TYPES:
        achievement["achievementType"] = ACHIEVEMENT_TYPES[record.category]
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "id": holder_did,
        "achievement": achievement,
    }
    narrative = _narrative(record)
    if narrative:
        subject["narrative"] = narrative
    credential: dict[str, Any] = {
        "@context": [VC2, OB3],
        "id": self_issued_id(record.id),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": record.title,
        "issuer": {"id": holder_did, "type": ["Profile"], "name": learner_name},
        "validFrom": iso(issued),
        "credentialSubject": subject,
    }
    if record.attachments:
        credential["evidence"] = [
            {"id": f"urn:sha256:{a.sha256}", "type": ["Evidence"], "name": a.name}
            for a in record.attachments
        ]
    return credential


@dataclass(frozen=True)
class ShareTerms:
    """What the holder signs about a share besides its contents."""

    share_id: str
    learner_name: str
    holder_did: str
    recipient_name: str
    purpose: str
    created: dt.datetime
    expires: dt.datetime
    domain: str


def sign_presentation(
    credentials: list[Any], terms: ShareTerms, *, holder_private: bytes
) -> dict[str, Any]:
    """The Verifiable Presentation of a share, signed by the learner's holder key."""
    vp: dict[str, Any] = {
        "@context": [VC2],
        "id": f"urn:uuid:{terms.share_id}",
        "type": ["VerifiablePresentation"],
        "name": terms.recipient_name,
        "holder": {"id": terms.holder_did, "name": terms.learner_name},
        "verifiableCredential": credentials,
    }
    if terms.purpose:
        vp["description"] = terms.purpose
    fingerprint = terms.holder_did.split(":")[-1]
    return sign_eddsa_rdfc_2022(
        vp,
        private_key=holder_private,
        verification_method=f"{terms.holder_did}#{fingerprint}",
        created=iso(terms.created),
        purpose="authentication",
        challenge=terms.share_id,
        domain=terms.domain,
        expires=iso(terms.expires),
    )


def sign_self_issued(
    credential: dict[str, Any], *, holder_did: str, holder_private: bytes, created: dt.datetime
) -> dict[str, Any]:
    fingerprint = holder_did.split(":")[-1]
    return sign_eddsa_rdfc_2022(
        credential,
        private_key=holder_private,
        verification_method=f"{holder_did}#{fingerprint}",
        created=iso(created),
    )
