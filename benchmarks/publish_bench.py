"""Publishing benchmark: `publish_share` of a code share whose page is about 1 MB and 20 MB, to
moto's S3-compatible server on 127.0.0.1 (build the page, upload, sign the link, record it),
then a plain GET of the link. The numbers are the local cost; a real provider adds the upload
over the family's connection."""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from backpack_app.crypto.kdf import KdfParams, KdfPolicy
from backpack_app.domain.records import Category
from backpack_app.sharing.publishing import S3Target
from backpack_app.wallet import Backpack

FAST = KdfPolicy(floor=KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1), calibrate=False)
RUNS = 3


def _server() -> tuple[object, str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return server, f"http://{host}:{port}"


def main() -> None:
    for name in [n for n in os.environ if n.startswith("AWS_")]:
        del os.environ[name]
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench")
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    server, endpoint = _server()
    import boto3

    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(
        Bucket="bench-pages"
    )
    target = S3Target("bench-pages", "family")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            wallet, _ = Backpack.create(root / "bp", "benchmark passphrase", kdf=FAST)
            with wallet:
                wallet.add_learner("Ana Rivera")
                for megabytes in (1, 20):
                    _measure(wallet, root, target, endpoint, megabytes)
    finally:
        server.stop()  # type: ignore[attr-defined]


def _measure(wallet: Backpack, root: Path, target: S3Target, endpoint: str, mb: int) -> None:
    # The page is base64 of the share: a share of 3/4 of the size gives a page of about `mb`.
    piece = root / f"work-{mb}.bin"
    piece.write_bytes(os.urandom(mb * 1024 * 1024 * 3 // 4))
    record = wallet.add_record(Category.PORTFOLIO, title=f"Project {mb} MB", files=[piece])
    out = root / f"share-{mb}.backpack"
    wallet.share(
        out,
        code=True,
        record_ids=[record.id],
        expires=wallet._clock() + dt.timedelta(days=3),
    )
    publish, get, size = [], [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        page = wallet.publish_share(out, target, endpoint=endpoint)
        publish.append(time.perf_counter() - start)
        start = time.perf_counter()
        size = len(httpx.get(page.link, timeout=60).content)
        get.append(time.perf_counter() - start)
    print(
        f"publish a {size / 1024 / 1024:.1f} MB page to moto on 127.0.0.1: "
        f"median {statistics.median(publish):.2f} s (runs {', '.join(f'{s:.2f}' for s in publish)}); "
        f"GET of the link {statistics.median(get):.2f} s"
    )


if __name__ == "__main__":
    main()
