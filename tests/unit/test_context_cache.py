"""Processed contexts saved by the build: loaded only when current and harmless, and the N-Quads
made with them are the same bytes plain pyld makes."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import pytest
from pyld import jsonld

from backpack_app.credentials import context_cache, jsonld_memo
from backpack_app.credentials.linked_data import canonical_nquads
from tests.unit.test_canonical_identity import FILES, REFUSED, pieces, plain_normalize

PEER = Path(__file__).resolve().parents[1] / "fixtures" / "peer"


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("contexts") / context_cache.FILE_NAME
    assert context_cache.write(path, context_cache.warm_up_documents()) > 100
    return path


@pytest.fixture
def empty_memo(monkeypatch):
    """A memo as a new process has it (this one's is warm from other tests)."""
    monkeypatch.setattr(jsonld_memo, "_memo", jsonld.LRUCache(maxsize=jsonld_memo.MEMO_SIZE))
    monkeypatch.setattr(jsonld_memo, "_iri_memo", {})


@pytest.fixture
def processing_calls(monkeypatch) -> list[int]:
    calls: list[int] = []
    original = jsonld.JsonLdProcessor._process_context

    def counting(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jsonld.JsonLdProcessor, "_process_context", counting)
    return calls


def test_loaded_contexts_spare_all_processing_of_a_peer_credential(
    saved, empty_memo, processing_calls
):
    assert context_cache.load(saved)
    doc = json.loads((PEER / "ob3-eddsa-0004.json").read_text(encoding="utf-8"))
    for part in pieces(doc):
        canonical_nquads(copy.deepcopy(part))
    assert processing_calls == []


def test_nquads_with_loaded_contexts_are_plain_pyld_s(saved, empty_memo):
    assert context_cache.load(saved)
    for path in FILES:
        if path.name in REFUSED:
            continue
        for part in pieces(json.loads(path.read_text(encoding="utf-8"))):
            assert canonical_nquads(copy.deepcopy(part)) == plain_normalize(part), path.name


def test_a_stale_file_is_not_loaded(saved, tmp_path, empty_memo, processing_calls):
    stale = tmp_path / "stale.pickle"
    stamp, _, body = saved.read_bytes().partition(b"\n")
    stale.write_bytes(b"0" * len(stamp) + b"\n" + body)  # contexts or pyld changed since
    assert not context_cache.load(stale)
    assert len(jsonld_memo._memo) == 0
    canonical_nquads(json.loads((PEER / "ob3-eddsa-0004.json").read_text(encoding="utf-8")))
    assert processing_calls, "contexts are processed as before"


class _Runs:
    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


def test_a_file_that_would_run_code_is_refused(tmp_path, empty_memo):
    runs = _Runs()
    runs.marker = str(tmp_path / "ran")
    hostile = tmp_path / "hostile.pickle"
    hostile.write_bytes(f"{context_cache.fingerprint()}\n".encode() + pickle.dumps(runs))
    assert not context_cache.load(hostile)
    assert not (tmp_path / "ran").exists()
    damaged = tmp_path / "damaged.pickle"
    damaged.write_bytes(f"{context_cache.fingerprint()}\n".encode() + b"\x80\x05garbage")
    assert not context_cache.load(damaged)
    assert not context_cache.load(tmp_path / "missing.pickle")


def test_the_build_made_a_current_file():
    """`make` writes it beside the contexts; a stale one would only slow the first check."""
    path = context_cache.cache_path()
    assert path.is_file(), "run make: resources/contexts/processed.pickle is missing"
    assert path.read_bytes().partition(b"\n")[0].decode() == context_cache.fingerprint()
