"""What publishing a share page decides offline: where it goes, under which name, and which
kind of link stops working when the share expires (docs/publishing.md).

The object name is the prefix and 160 random bits, nothing about the learner or the share. A
share that expires within SigV4's seven days gets a presigned link that expires with it;
a longer one gets the object's plain address, which Backpack deletes at expiry (`backpack
shares cleanup`) with a bucket lifecycle rule in whole days as a backstop.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import re
import secrets
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from backpack_app.domain.sharing import MAX_PRESIGNED
from backpack_app.errors import UserError

# S3's rules for bucket names (the strictest of AWS, MinIO, R2 and B2): 3-63 characters.
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_PREFIX = re.compile(r"^[A-Za-z0-9!_.*'()/-]{0,200}$")
KEY_RANDOM_BYTES = 20
CODE_FRAGMENT = "#code="


@dataclass(frozen=True)
class S3Target:
    """`s3://BUCKET/PREFIX`: the bucket, and the folder-like prefix (without slashes at its ends)."""

    bucket: str
    prefix: str

    def new_key(self) -> str:
        """A fresh object name under the prefix: 160 random bits, lower-case base32."""
        token = base64.b32encode(secrets.token_bytes(KEY_RANDOM_BYTES)).decode("ascii").lower()
        return f"{self.prefix}/{token}.html" if self.prefix else f"{token}.html"


def parse_target(text: str) -> S3Target:
    """An `s3://BUCKET/PREFIX` address, or UserError saying what is wrong with it."""
    if not text.startswith("s3://"):
        raise UserError(f"--s3 {text!r} is not an address like s3://BUCKET/FOLDER.")
    bucket, _, prefix = text[len("s3://") :].partition("/")
    if not _BUCKET.match(bucket) or ".." in bucket:
        raise UserError(
            f"{bucket!r} is not a bucket name: 3 to 63 lower-case letters, digits, dots and dashes."
        )
    prefix = prefix.strip("/")
    if not _PREFIX.match(prefix) or "//" in prefix or ".." in prefix.split("/"):
        raise UserError(
            f"The folder {prefix!r} in --s3 may hold only letters, digits and - _ . / (200 at most)."
        )
    return S3Target(bucket=bucket, prefix=prefix)


def check_endpoint(url: str | None) -> str | None:
    """An --endpoint address: https, or plain http only to this computer (a local test server)."""
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (a bad port raises here)
    except ValueError:
        host, parts = "", None
    if parts is None or not host or parts.scheme not in ("https", "http"):
        raise UserError(f"--endpoint {url!r} is not a web address like https://s3.example.com.")
    if parts.scheme == "http" and host not in ("localhost", "127.0.0.1", "::1"):
        raise UserError(
            f"--endpoint {url!r} is plain http: the page would travel unprotected; use https."
        )
    if parts.query or parts.fragment or parts.path not in ("", "/"):
        raise UserError(f"--endpoint {url!r} must be only the server's address, with no path.")
    return url.rstrip("/")


@dataclass(frozen=True)
class LinkPlan:
    """How the link stops: "presigned" for `seconds`, or "object" plus deletion at expiry, with
    a lifecycle rule of `lifecycle_days` whole days as a backstop."""

    kind: str
    seconds: int
    lifecycle_days: int


def link_plan(now: dt.datetime, expires: dt.datetime) -> LinkPlan:
    """The link for a share that expires at `expires` (after `now`)."""
    seconds = math.ceil((expires - now).total_seconds())
    if seconds <= MAX_PRESIGNED.total_seconds():
        return LinkPlan(kind="presigned", seconds=max(seconds, 1), lifecycle_days=0)
    return LinkPlan(kind="object", seconds=seconds, lifecycle_days=math.ceil(seconds / 86_400))


def with_code(link: str, code: str) -> str:
    """A bearer link: the code (as printed: five groups of four) in the fragment, which a
    browser never sends to the server."""
    from backpack_app.crypto.sealing import normalize_share_code

    plain = normalize_share_code(code)
    grouped = "-".join(plain[i : i + 4] for i in range(0, len(plain), 4))
    return f"{link}{CODE_FRAGMENT}{quote(grouped, safe='-')}"
