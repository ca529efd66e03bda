"""Our fast canonicalization (memoised contexts, single expansion) is byte-identical to plain
pyld on every fixture, and stays strict and bounded once its memo is warm."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from backpack_app.credentials import jsonld_memo
from backpack_app.credentials.contexts import UnknownContext, load_document
from backpack_app.credentials.linked_data import WorkLimitExceeded, canonical_nquads
from backpack_app.errors import MalformedCredential
from tests.issuing import OB303, VC2, clr_credential, course_credential, new_school

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FILES = sorted(
    p
    for folder in (FIXTURES / "peer", FIXTURES / "peer" / "negative", FIXTURES / "vectors")
    for p in folder.glob("*.json")
    if p.name != "manifest.json" and not p.name.endswith(".expect.json")
)
# Peer negatives our strict expansion refuses (plain pyld drops the term or cannot load it).
# The W3C ecdsa-sd-2023 vector uses a citizenship context Backpack does not ship.
REFUSED = {
    "neg-05-added-undefined-term.json",
    "neg-10-unknown-context.json",
    "ecdsa-sd-2023-derived.json",
}


def plain_normalize(doc: dict[str, Any]) -> str:
    return jsonld.normalize(
        copy.deepcopy(doc),
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": load_document,
        },
    )


def signed_parts(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The unsigned document and each proof's options: the two things a signature covers."""
    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    proofs = doc.get("proof", [])
    parts = [unsigned]
    for proof in proofs if isinstance(proofs, list) else [proofs]:
        options = {k: v for k, v in proof.items() if k != "proofValue"}
        parts.append({**options, "@context": unsigned["@context"]})
    return parts


def pieces(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Every signed part of `doc` and of the credentials nested in a CLR."""
    found = signed_parts(doc)
    subject = doc.get("credentialSubject")
    for inner in subject.get("verifiableCredential", []) if isinstance(subject, dict) else []:
        if isinstance(inner, dict) and "proof" in inner:
            found.extend(signed_parts(inner))
    return found


def test_fixture_set_is_complete():
    names = {p.name for p in FILES}
    assert len(FILES) >= 60
    assert {"ob3-testvector.json", "clr-testvector.json"} <= names
    assert names >= REFUSED
    assert any(n.startswith("clr2-") for n in names)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_canonical_nquads_identical_to_plain_pyld(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    parts = pieces(doc)
    if "ClrCredential" in doc.get("type", []):
        assert len(parts) > len(signed_parts(doc)), "nested credentials are compared too"
    refused = 0
    # Twice: the second pass runs on a warm memo, which must not change a byte.
    for part in parts + parts:
        try:
            ours = canonical_nquads(copy.deepcopy(part))
        except (MalformedCredential, UnknownContext):  # an unknown context: unverifiable
            assert path.name in REFUSED
            refused += 1
            continue
        assert ours == plain_normalize(part)
    assert (refused > 0) == (path.name in REFUSED)


@pytest.fixture(scope="module")
def school():
    return new_school()


def _warm(school) -> None:
    course = school.sign(course_credential(school))
    canonical_nquads(clr_credential(school, [course]))


def test_warm_memo_still_refuses_undefined_terms_in_scoped_nodes(school):
    _warm(school)
    doc = course_credential(school)
    doc["credentialSubject"]["achievement"]["favouriteColour"] = "blue"
    with pytest.raises(MalformedCredential, match="favouriteColour"):
        canonical_nquads(doc)
    doc = course_credential(school)
    doc["credentialSubject"]["result"][0]["secretNote"] = "x"
    with pytest.raises(MalformedCredential, match="secretNote"):
        canonical_nquads(doc)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["credentialSubject"]["achievement"].update(type=["NotAType"]),
        lambda d: d["credentialSubject"].update(id="student-42"),
    ],
    ids=["relative-type", "relative-id"],
)
def test_warm_memo_still_refuses_relative_references(school, change):
    _warm(school)
    doc = course_credential(school)
    change(doc)
    with pytest.raises(MalformedCredential):
        canonical_nquads(doc)


def test_inline_context_is_not_confused_with_another(school):
    """Two documents with equal-looking inline contexts of different meaning stay distinct."""
    _warm(school)
    first = {"@context": [VC2, {"note": "https://example.org/a#note"}], "note": "x"}
    second = {"@context": [VC2, {"note": "https://example.org/b#note"}], "note": "x"}
    assert "/a#note" in canonical_nquads(first)
    assert "/b#note" in canonical_nquads(second)
    assert "/a#note" in canonical_nquads(copy.deepcopy(first))


def test_warm_memo_skips_reprocessing_scoped_contexts(school, monkeypatch):
    _warm(school)
    calls = []
    original = jsonld.JsonLdProcessor._process_context

    def counting(self, *args, **kwargs):
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jsonld.JsonLdProcessor, "_process_context", counting)
    canonical_nquads(course_credential(school, course="Geometry"))
    assert calls == []


def test_bounds_still_apply_with_a_warm_memo(school):
    _warm(school)
    crafted = {
        "@context": [VC2, OB303],
        "@graph": [
            {"@id": f"_:n{i}", "https://example.org/p": [{"@id": f"_:n{j}"} for j in range(8)]}
            for i in range(8)
        ],
    }
    with pytest.raises(WorkLimitExceeded):
        canonical_nquads(crafted, seconds=0.2)


def test_memo_is_bounded():
    assert jsonld_memo.MEMO_SIZE <= 10_000
