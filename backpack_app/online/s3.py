"""S3-compatible object storage for published share pages (boto3), made here and only here.

Credentials come from the standard AWS chain (environment, `~/.aws/credentials` and `config`,
`AWS_PROFILE`, SSO, instance roles). With an `--endpoint` (MinIO, Cloudflare R2, Backblaze B2,
a local test server) addresses are path-style and the region is --region, the one the address
names (B2), the AWS config's or us-east-1; on AWS the bucket is asked its region unless
--region says it, and a bucket whose name has dots is addressed path-style (its certificate). Every failure becomes
`PublishFailed` with one sentence; an upload that fails is followed by a delete, so no object is
left behind.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import boto3
import botocore.exceptions as boto_errors
from botocore import UNSIGNED
from botocore.config import Config

from backpack_app.errors import PublishFailed

PAGE_TYPE = "text/html; charset=utf-8"
RULE_PREFIX = "backpack-"
MAX_LIFECYCLE_RULES = 1000  # S3's limit per bucket
DENIED = {
    "AccessDenied",
    "AllAccessDisabled",
    "ExpiredToken",
    "Forbidden",
    "InvalidAccessKeyId",
    "InvalidToken",
    "SignatureDoesNotMatch",
    "UnauthorizedAccess",
    "403",
}
WRONG_REGION = {
    "AuthorizationHeaderMalformed",
    "PermanentRedirect",
    "IllegalLocationConstraintException",
    "301",
}
_B2_HOST = re.compile(r"^s3\.([a-z0-9-]+)\.backblazeb2\.com$")


def _config(*, path_style: bool, unsigned: bool = False) -> Config:
    return Config(
        signature_version=UNSIGNED if unsigned else "s3v4",
        s3={"addressing_style": "path" if path_style else "virtual"},
        connect_timeout=10,
        read_timeout=120,
        retries={"max_attempts": 2, "mode": "standard"},
        # Newer boto3 adds CRC checksums to every upload by default, which some S3-compatible
        # servers refuse; send them only where the operation requires one.
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )


def default_region(endpoint: str, session: boto3.session.Session) -> str:
    """For an endpoint: the region its address names (Backblaze B2), else the AWS config's,
    else us-east-1 (MinIO's default, and what R2 takes for "auto")."""
    host = re.sub(r"^https?://", "", endpoint).split("/")[0].split(":")[0]
    b2 = _B2_HOST.match(host)
    return b2.group(1) if b2 else session.region_name or "us-east-1"


def _code(exc: boto_errors.ClientError) -> str:
    error = exc.response.get("Error", {})
    return str(error.get("Code") or exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode"))


class Storage:
    """One bucket at one endpoint, with the credentials of the default chain."""

    def __init__(self, bucket: str, *, endpoint: str | None = None, region: str | None = None):
        self.bucket, self.endpoint = bucket, endpoint
        self.where = endpoint or "AWS S3"
        self.region = region or "us-east-1"
        try:
            # A session of its own reads the credentials as they are now (boto3's default
            # session keeps the first it found for the life of the process).
            self._session = boto3.session.Session()
            # On AWS a bucket says its own region; elsewhere the config or the endpoint's address.
            if region is None:
                self.region = (
                    default_region(endpoint, self._session) if endpoint else self._bucket_region()
                )
            self._client = self._make(unsigned=False)
        except Exception as exc:
            raise self.failure(exc) from None

    def _make(self, *, unsigned: bool, region: str | None = None) -> Any:
        region = region or self.region
        endpoint = self.endpoint or f"https://s3.{region}.amazonaws.com"
        return self._session.client(
            "s3",
            region_name=region,
            endpoint_url=endpoint,
            # AWS: BUCKET.s3.REGION.amazonaws.com, unless a dot in the name would not match
            # the certificate.
            config=_config(path_style=bool(self.endpoint) or "." in self.bucket, unsigned=unsigned),
        )

    def _bucket_region(self) -> str:
        """An AWS bucket's region, as S3 says it in every answer about the bucket."""
        client = self._make(unsigned=False, region="us-east-1")
        try:
            answer = client.head_bucket(Bucket=self.bucket)
        except boto_errors.ClientError as exc:
            answer = exc.response
            if _code(exc) in ("404", "NoSuchBucket"):
                raise
        headers = answer.get("ResponseMetadata", {}).get("HTTPHeaders", {})
        return headers.get("x-amz-bucket-region") or "us-east-1"

    def failure(self, exc: BaseException) -> PublishFailed:
        """One sentence for what went wrong talking to the storage."""
        if isinstance(exc, PublishFailed):
            return exc
        return PublishFailed(_sentence(exc, self.bucket, self.where, self.region))

    # --- the page ----------------------------------------------------------------------------
    def put_page(self, key: str, page: bytes) -> str | None:
        """Upload the page as HTML that no cache keeps; on any failure, no object. Returns the
        version a versioned bucket gave it (what `delete` must remove for the page to be gone)."""
        try:
            answer = self._client.put_object(
                Bucket=self.bucket,
                Key=key,
                Body=page,
                ContentType=PAGE_TYPE,
                CacheControl="no-store",
            )
        except BaseException as exc:
            # An answer lost after the upload may still have stored it.
            with contextlib.suppress(Exception):
                self._client.delete_object(Bucket=self.bucket, Key=key)
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise self.failure(exc) from None
        if not answer.get("ETag"):  # every S3 server names what it stored; a web page does not
            with contextlib.suppress(Exception):
                self._client.delete_object(Bucket=self.bucket, Key=key)
            raise PublishFailed(
                f"{self.where} does not answer as S3-compatible storage: check --endpoint."
            )
        return answer.get("VersionId") or None

    def delete(self, key: str, version_id: str | None = None) -> None:
        """Delete the page for good: in a versioned bucket its version itself, not a marker
        over it (deleting one already gone succeeds, as S3 does)."""
        extra = {"VersionId": version_id} if version_id and version_id != "null" else {}
        try:
            self._client.delete_object(Bucket=self.bucket, Key=key, **extra)
        except boto_errors.ClientError as exc:
            if _code(exc) not in ("NoSuchKey", "NoSuchBucket", "NoSuchVersion", "404"):
                raise self.failure(exc) from None
        except Exception as exc:
            raise self.failure(exc) from None
        self.drop_lifecycle_rule(key)

    def presigned_link(self, key: str, seconds: int) -> str:
        """A SigV4 link that opens the page for `seconds` (at most seven days)."""
        try:
            return self._client.generate_presigned_url(
                "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=seconds
            )
        except Exception as exc:
            raise self.failure(exc) from None

    def object_link(self, key: str) -> str:
        """The page's plain address (it opens only if the bucket lets anyone read it)."""
        unsigned = self._make(unsigned=True)
        return unsigned.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": key}
        )

    def readable_by_anyone(self, key: str) -> bool:
        """Whether the page opens without a signature (a public bucket or prefix)."""
        try:  # a GET of its first byte, as a browser would ask for it
            answer = self._make(unsigned=True).get_object(
                Bucket=self.bucket, Key=key, Range="bytes=0-0"
            )
            answer["Body"].close()
        except boto_errors.ClientError:
            return False
        except Exception as exc:
            raise self.failure(exc) from None
        return True

    # --- the lifecycle backstop --------------------------------------------------------------
    def _rules(self) -> list[dict[str, Any]] | None:
        """The bucket's lifecycle rules ([] for none), or None if they cannot be read."""
        try:
            return self._client.get_bucket_lifecycle_configuration(Bucket=self.bucket)["Rules"]
        except boto_errors.ClientError as exc:
            return [] if _code(exc) == "NoSuchLifecycleConfiguration" else None
        except Exception:
            return None

    def add_lifecycle_rule(self, key: str, days: int) -> str:
        """Ask the bucket to delete the page after `days` whole days: "set", or why not:
        "existing" (the bucket has rules of its own, never overwritten), "refused"."""
        rules = self._rules()
        if rules is None:
            return "refused"
        if any(not str(r.get("ID", "")).startswith(RULE_PREFIX) for r in rules):
            return "existing"
        if len(rules) >= MAX_LIFECYCLE_RULES:
            return "refused"
        rule = {
            "ID": _rule_id(key),
            "Filter": {"Prefix": key},
            "Status": "Enabled",
            "Expiration": {"Days": days},
        }
        try:
            self._client.put_bucket_lifecycle_configuration(
                Bucket=self.bucket, LifecycleConfiguration={"Rules": [*rules, rule]}
            )
        except Exception:
            return "refused"
        return "set"

    def drop_lifecycle_rule(self, key: str) -> None:
        """Remove this page's rule when every rule is Backpack's (best effort)."""
        rules = self._rules()
        if not rules or any(not str(r.get("ID", "")).startswith(RULE_PREFIX) for r in rules):
            return
        rest = [r for r in rules if r.get("ID") != _rule_id(key)]
        if len(rest) == len(rules):
            return
        with contextlib.suppress(Exception):
            if rest:
                self._client.put_bucket_lifecycle_configuration(
                    Bucket=self.bucket, LifecycleConfiguration={"Rules": rest}
                )
            else:
                self._client.delete_bucket_lifecycle(Bucket=self.bucket)


def _sentence(exc: BaseException, bucket: str, where: str, region: str) -> str:
    if isinstance(exc, boto_errors.NoCredentialsError | boto_errors.PartialCredentialsError):
        message = (
            "No storage credentials were found: set AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY (or AWS_PROFILE), as for the aws command."
        )
    elif isinstance(exc, boto_errors.SSLError):
        message = f"The certificate of {where} could not be checked."
    elif isinstance(
        exc,
        boto_errors.EndpointConnectionError
        | boto_errors.ConnectTimeoutError
        | boto_errors.ReadTimeoutError
        | boto_errors.ConnectionClosedError,
    ):
        message = (
            f"Could not reach the storage server {where}: check the address (--endpoint) and "
            "your connection."
        )
    elif isinstance(exc, boto_errors.ClientError):
        code = _code(exc)
        if code in ("NoSuchBucket", "404"):
            message = f"There is no bucket {bucket} at {where}."
        elif code in DENIED:
            message = (
                f"{where} refused these credentials for the bucket {bucket} ({code}): check "
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) and that they may "
                "write to it."
            )
        elif code in WRONG_REGION:
            message = (
                f"The bucket {bucket} is in another region than {region}: give its region "
                "with --region."
            )
        else:
            said = str(exc.response.get("Error", {}).get("Message") or code)[:200]
            message = f"{where} refused: {said} ({code})."
    elif isinstance(exc, boto_errors.BotoCoreError):
        message = f"Could not use the storage at {where}: {exc}."
    else:
        message = f"Could not use the storage at {where} ({type(exc).__name__})."
    return message


def _rule_id(key: str) -> str:
    return RULE_PREFIX + key.rsplit("/", 1)[-1].removesuffix(".html")
