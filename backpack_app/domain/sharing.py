"""Contacts (recipients' cards) and the share log: who got what, when, until when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

MAX_EXPIRY = dt.timedelta(days=366)
DEFAULT_EXPIRY = dt.timedelta(days=30)


class Contact(BaseModel):
    """A recipient's card as saved by the sender: a name and an X25519 public key."""

    # defer_build: each model's validator is made when first used, not on import (a
    # command that never uses a model does not pay for it)
    model_config = ConfigDict(defer_build=True, frozen=True)

    id: str
    name: str = Field(min_length=1, max_length=200)
    public: bytes = Field(min_length=32, max_length=32)
    fingerprint: str
    added: dt.datetime
    signing_did: str | None = None  # from a version 2 card: the key their replies are signed with

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "fingerprint": self.fingerprint,
            "added": self.added.isoformat(),
            "signing_did": self.signing_did,
        }


class ShareStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
    SENT = "sent"  # a presentation posted to a verifier's request: nothing stays to be opened


# SigV4 signs a link for at most seven days (AWS, MinIO, R2 and B2 alike).
MAX_PRESIGNED = dt.timedelta(days=7)


class Publication(BaseModel):
    """A share's page put in an S3-compatible bucket (`backpack publish`), as the share log
    keeps it: where it is, the link handed out (never with the share code in it), and whether
    the link is signed to stop at expiry ("presigned") or a plain address of a page Backpack
    deletes at expiry ("object"). `deleted` is when Backpack deleted the page."""

    # defer_build like the others: built at import, it cost every command opening a backpack
    # the model's validator and pydantic's plugin lookup (importlib.metadata)
    model_config = ConfigDict(defer_build=True, frozen=True)

    id: str
    share_id: str
    bucket: str
    key: str
    version_id: str | None = None  # in a versioned bucket, the version deleted by Backpack
    endpoint: str | None
    region: str
    link: str
    link_kind: str  # "presigned" | "object"
    expires: dt.datetime
    published: dt.datetime
    lifecycle: str  # "set", "not_needed", or why the bucket kept none ("existing", "refused")
    with_code: bool = False
    deleted: dt.datetime | None = None

    @property
    def live(self) -> bool:
        return self.deleted is None

    def to_json(self) -> dict[str, Any]:
        return {
            "bucket": self.bucket,
            "key": self.key,
            "version_id": self.version_id,
            "endpoint": self.endpoint,
            "region": self.region,
            "link": self.link,
            "link_kind": self.link_kind,
            "expires": self.expires.isoformat(),
            "published": self.published.isoformat(),
            "lifecycle": self.lifecycle,
            "link_had_code": self.with_code,
            "deleted": self.deleted.isoformat() if self.deleted else None,
        }


@dataclass(frozen=True)
class PageDeletion:
    """What deleting one published page came to: deleted, or the sentence saying why not."""

    publication: Publication
    deleted: bool
    detail: str = ""


class ShareLogEntry(BaseModel):
    """One line of the share log, written when a share is made."""

    model_config = ConfigDict(defer_build=True, frozen=True)

    id: str
    learner_id: str
    learner: str = ""
    recipient: str
    mode: str
    records: list[str]
    purpose: str
    created: dt.datetime
    expires: dt.datetime
    outputs: list[str]
    revoked: dt.datetime | None = None
    publications: list[Publication] = Field(default_factory=list)

    def status(self, *, now: dt.datetime) -> ShareStatus:
        if self.mode == "request":
            return ShareStatus.SENT
        if self.revoked is not None:
            return ShareStatus.REVOKED
        return ShareStatus.EXPIRED if now >= self.expires else ShareStatus.ACTIVE

    def to_json(self, *, now: dt.datetime) -> dict[str, Any]:
        return {
            "id": self.id,
            "learner": self.learner,
            "recipient": self.recipient,
            "mode": self.mode,
            "records": self.records,
            "purpose": self.purpose,
            "created": self.created.isoformat(),
            "expires": self.expires.isoformat(),
            "outputs": self.outputs,
            "status": self.status(now=now).value,
            "published": [p.to_json() for p in self.publications],
        }


def end_of_school_year(today: dt.date) -> dt.date:
    """The last day of the school year `today` falls in (30 June, as in most US districts);
    from 30 June on, the next one's."""
    june = dt.date(today.year, 6, 30)
    return june if today < june else dt.date(today.year + 1, 6, 30)
