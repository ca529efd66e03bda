"""A local S3-compatible server (moto's) on 127.0.0.1 for the publishing tests, a private
bucket on it for each test, and credentials as the standard AWS environment gives them.

A plugin of tests/conftest.py (`pytest_plugins`), so every test module may ask for them; moto
and boto3 load only when a test does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
from urllib.parse import parse_qsl, quote, urlsplit

import pytest


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_env(monkeypatch, tmp_path):
    """Credentials as the standard AWS environment gives them, and no one's own config."""
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


_buckets = iter(range(10_000))


@pytest.fixture
def bucket(s3_server, aws_env):
    """A new private bucket on the local server: (its name, a client of its owner)."""
    import boto3
    from botocore.config import Config

    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        config=Config(s3={"addressing_style": "path"}),
    )
    name = f"family-pages-{next(_buckets)}"
    client.create_bucket(Bucket=name)
    return name, client


def objects(client, name: str) -> list[str]:
    return [o["Key"] for o in client.list_objects_v2(Bucket=name).get("Contents", [])]


def make_public(client, name: str, prefix: str = "family/ana/") -> None:
    """A bucket policy that lets anyone read the pages under `prefix`."""
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{name}/{prefix}*",
            }
        ],
    }
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(policy))


def sigv4_link_valid(link: str, *, secret: str, at: dt.datetime) -> bool:
    """Whether `link` is a SigV4 presigned GET that S3 would accept at `at`: its signature,
    recomputed here from the specification (AWS Signature Version 4, query-string
    authentication, S3's unsigned payload), matches and it has not expired. Moto checks neither
    (with its IAM checking on, it cannot serve a signed link at all), so the tests check here.
    """
    parts = urlsplit(link)
    query = parse_qsl(parts.query, keep_blank_values=True)
    given = dict(query)
    signature = given.get("X-Amz-Signature", "")
    signed_at = dt.datetime.strptime(given["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    if not signed_at <= at < signed_at + dt.timedelta(seconds=int(given["X-Amz-Expires"])):
        return False
    if (
        given.get("X-Amz-SignedHeaders") != "host"
        or not 1 <= int(given["X-Amz-Expires"]) <= 604_800
    ):
        return False
    canonical_query = "&".join(
        f"{quote(k, safe='-_.~')}={quote(v, safe='-_.~')}"
        for k, v in sorted(query)
        if k != "X-Amz-Signature"
    )
    request = "\n".join(
        ["GET", parts.path, canonical_query, f"host:{parts.netloc}", "", "host", "UNSIGNED-PAYLOAD"]
    )
    scope = given["X-Amz-Credential"].split("/", 1)[1]
    day, region, service, _ = scope.split("/")
    to_sign = "\n".join(
        [
            "AWS4-HMAC-SHA256",
            given["X-Amz-Date"],
            scope,
            hashlib.sha256(request.encode()).hexdigest(),
        ]
    )
    key = ("AWS4" + secret).encode()
    for part in (day, region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
