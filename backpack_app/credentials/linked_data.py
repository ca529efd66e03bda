"""JSON-LD expansion and RDFC-1.0 canonicalization, strict and bounded.

Strict: a term the contexts do not define would be dropped by expansion and so left unsigned;
such documents are refused, as are relative type and id references. Bounded: canonicalization
stops when a deadline passes, because crafted blank-node graphs make RDFC-1.0 exponential.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

from backpack_app.credentials import context_cache
from backpack_app.credentials.contexts import UnknownContext, load_document
from backpack_app.credentials.jsonld_memo import MemoisingProcessor
from backpack_app.credentials.pyld_light import (
    URDNA2015,
    ContextResolver,
    IdentifierIssuer,
    jsonld,
)
from backpack_app.errors import MalformedCredential

CANONICALIZE_SECONDS = 5.0
MAX_BLANK_NODES = 20_000
# N-degree hashing steps allowed: ordinary credentials need a few hundred (137 at most on the
# peer and 1EdTech fixtures); 8 fully connected blank nodes would need millions.
HASHING_BUDGET_BASE = 2_000
HASHING_BUDGET_PER_BLANK_NODE = 10

# One resolver for the life of the process: contexts are static, processing them is costly.
_RESOLVER_CACHE = jsonld.LRUCache(maxsize=1000)


def _options() -> dict[str, Any]:
    return {
        "documentLoader": load_document,
        "contextResolver": ContextResolver(_RESOLVER_CACHE, load_document),
        "processingMode": "json-ld-1.1",
        "base": None,  # not "": pyld would resolve relative references against an example base
    }


class WorkLimitExceeded(MalformedCredential):
    """The document would take too long to canonicalize (a crafted graph)."""


class _Issuer(IdentifierIssuer):
    """pyld deep-copies the identifier issuer for every permutation it tries; its state is a
    counter and maps of strings, so copying those is the same and several times faster."""

    @classmethod
    def copy_of(cls, issuer: IdentifierIssuer) -> _Issuer:
        twin = cls(issuer.prefix)
        twin.counter = issuer.counter
        twin.existing = dict(issuer.existing)
        twin.order = list(issuer.order)
        return twin

    def __deepcopy__(self, memo: dict[int, Any]) -> _Issuer:
        return _Issuer.copy_of(self)


class _BoundedURDNA2015(URDNA2015):
    """URDNA2015 with two bounds: a budget of n-degree hashing steps that grows with the number
    of blank nodes (deterministic: the same document is always refused), and a deadline."""

    def __init__(self, deadline: float, *, budget: int, hash_: str = "sha256"):
        super().__init__()
        self._deadline, self._budget = deadline, budget
        # RDFC-1.0 is parameterised by its hash: SHA-384 for ecdsa-rdfc-2019 on P-384. The
        # constructor itself is kept: it is called for every hash (hashlib.new is slower).
        self.create_hash = getattr(hashlib, hash_)

    def hash_n_degree_quads(self, id_, issuer):
        self._budget -= 1
        if self._budget < 0:
            raise WorkLimitExceeded(
                "Its structure is built to make checking it take too much work; it was refused."
            )
        if time.monotonic() > self._deadline:
            raise WorkLimitExceeded(
                "Its structure is built to make checking it take too long; it was refused."
            )
        if not isinstance(issuer, _Issuer):
            issuer = _Issuer.copy_of(issuer)
        return super().hash_n_degree_quads(id_, issuer)

    def modify_first_degree_component(self, id_, component, key):
        # pyld deep-copies here; a blank-node term is a flat dict of strings, so a shallow copy
        # is the same and removes a tenth of the canonicalization time.
        if component["type"] != "blank node":
            return component
        return {**component, "value": "_:a" if component["value"] == id_ else "_:z"}


def unknown_context_in(exc: BaseException) -> UnknownContext | None:
    """The UnknownContext behind a pyld error, if one is (pyld wraps loader errors)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, UnknownContext):
            return seen
        details = getattr(seen, "details", None)
        cause = details.get("cause") if isinstance(details, dict) else None
        seen = cause if isinstance(cause, BaseException) else (seen.__cause__ or seen.__context__)
    return None


def _is_absolute(iri: str) -> bool:
    return iri.startswith("_:") or (":" in iri and not iri.startswith(":"))


def _check_references(node: Any) -> None:
    """Refuse relative @type and @id references, which RDF conversion would silently drop."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key == "@type" and "@value" not in item:
                    for t in value if isinstance(value, list) else [value]:
                        if isinstance(t, str) and not _is_absolute(t):
                            raise MalformedCredential(
                                f"The type {t!r} is not defined by the credential's contexts, "
                                "so it would not be covered by the signature."
                            )
                elif key == "@id" and isinstance(value, str) and not _is_absolute(value):
                    raise MalformedCredential(
                        f"The reference {value!r} is not a full address, so it would not be "
                        "covered by the signature."
                    )
                elif key != "@value" and isinstance(value, (list, dict)):
                    stack.append(value)


def expand_strict(document: dict[str, Any]) -> list[Any]:
    """Expand with the offline loader; refuse undefined terms and relative references."""
    context_cache.load_once()  # the contexts processed when Backpack was built, if current
    dropped: list[str | None] = []
    processor = MemoisingProcessor(on_property_dropped=dropped.append)
    try:
        expanded = processor.expand(document, _options())
    except jsonld.JsonLdError as exc:
        unknown = unknown_context_in(exc)
        if unknown is not None:
            raise unknown from None
        raise MalformedCredential(
            f"Its linked-data structure is invalid ({exc.code or exc})."
        ) from exc
    if dropped:
        term = dropped[0] or "(unnamed)"
        raise MalformedCredential(
            f"The term {term!r} is not defined by the credential's contexts, so it would not be "
            "covered by the signature."
        )
    _check_references(expanded)
    return expanded


def _to_dataset(expanded: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The RDF dataset of an already expanded document.

    `JsonLdProcessor.to_rdf` would expand the document a second time (a quarter of the work);
    these are the steps it takes after expanding. The byte-identity test guards them.
    """
    processor = jsonld.JsonLdProcessor()
    issuer = IdentifierIssuer("_:b")
    node_map: dict[str, Any] = {"@default": {}}
    options = {**_options(), "produceGeneralizedRdf": False}
    try:
        processor._create_node_map(expanded, node_map, "@default", issuer)
        return {
            name: processor._graph_to_rdf(graph, issuer, options)
            for name, graph in sorted(node_map.items())
            if name == "@default" or jsonld._is_absolute_iri(name)
        }
    except jsonld.JsonLdError as exc:
        raise MalformedCredential(
            f"Its linked-data structure is invalid ({exc.code or exc})."
        ) from exc


def canonical_nquads(
    document: dict[str, Any], *, seconds: float = CANONICALIZE_SECONDS, hash_: str = "sha256"
) -> str:
    """RDFC-1.0 canonical N-Quads of `document` (with `hash_` as its hash: SHA-256 by default,
    which is URDNA2015), strictly expanded and bounded."""
    dataset = _to_dataset(expand_strict(document))
    blank = {name for name in dataset if name.startswith("_:")}
    for quads in dataset.values():
        blank.update(
            t["value"]
            for q in quads
            for t in (q["subject"], q["object"])
            if t.get("type") == "blank node"
        )
    if len(blank) > MAX_BLANK_NODES:
        raise WorkLimitExceeded(f"It has more than {MAX_BLANK_NODES} unnamed parts; refused.")
    deadline = time.monotonic() + seconds
    return _BoundedURDNA2015(
        deadline,
        budget=HASHING_BUDGET_BASE + HASHING_BUDGET_PER_BLANK_NODE * len(blank),
        hash_=hash_,
    ).main(dataset, {"format": "application/n-quads"})
