"""The shipped JSON-LD contexts: every one in the hash registry with the sha256 of its file, the
VC 2.0 base context with the digest its Recommendation publishes, the contexts real issuers'
credentials use all present (issue #17)."""

from __future__ import annotations

import hashlib
import json

from backpack_app.credentials.contexts import contexts_folder, known_context_urls

# VC Data Model 2.0, §B.1 "Base Context": the SHA2-256 digest of https://www.w3.org/ns/credentials/v2
VC2_PUBLISHED_SHA256 = "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"
USED_BY_REAL_CREDENTIALS = {
    "https://w3id.org/dcc/v1",
    "https://www.w3.org/2018/credentials/v1",
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/2018/credentials/examples/v1",
    "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
    "https://w3id.org/security/suites/ed25519-2020/v1",
    "https://w3id.org/security/multikey/v1",
    "https://w3id.org/security/data-integrity/v1",
    "https://w3id.org/security/data-integrity/v2",
    "https://w3id.org/vc/status-list/2021/v1",
    "https://www.w3.org/ns/credentials/status/v1",
}


def test_every_context_file_has_the_hash_in_the_registry():
    folder = contexts_folder()
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    hashes = json.loads((folder / "hashes.json").read_text(encoding="utf-8"))
    assert set(index) == set(hashes)
    for url, name in index.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == hashes[url], url


def test_vc2_base_context_is_the_published_one():
    assert (
        json.loads((contexts_folder() / "hashes.json").read_text())[
            "https://www.w3.org/ns/credentials/v2"
        ]
        == VC2_PUBLISHED_SHA256
    )


def test_contexts_real_credentials_use_are_shipped():
    assert known_context_urls() >= USED_BY_REAL_CREDENTIALS
