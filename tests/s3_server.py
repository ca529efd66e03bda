"""A local S3-compatible server (moto's) on 127.0.0.1 for the publishing tests, a private
bucket on it for each test, and credentials as the standard AWS environment gives them.

A plugin of tests/conftest.py (`pytest_plugins`), so every test module may ask for them; moto
and boto3 load only when a test does.
"""

from __future__ import annotations

import json
import os

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
