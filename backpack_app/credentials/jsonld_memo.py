"""A pyld processor that remembers processed contexts, so scoped contexts are not redone per node.

Why: pyld caches a processed context under the `_uuid` of the active context it was applied to.
A type-scoped context (`@propagate: false`, as every class in the OB 3.0 and CLR 2.0 contexts
has) is applied to a fresh clone that gets a fresh `_uuid`, so that cache never hits and pyld
reprocesses the whole scoped context on every node of every credential: about half of
verification time. Here the result of `_process_context` is remembered by the identity of the
(finished, frozen) active context and of the local context, which gives back the very same
frozen context object, so nested lookups hit as well.

Why it is safe:
- Only finished active contexts are keys: pyld freezes them (`frozendict`) and never changes
  them; half-built contexts (plain dicts, while a context is being defined) are not memoised.
- A local context is keyed by its value when it is a URL or a list of URLs, otherwise by its
  identity, and the entry keeps a reference to it so the identity cannot be reused while the
  entry lives. Such objects are pyld's own: term definitions of processed contexts, or the
  private deep copy pyld makes of every input document, which nothing else can change.
- Calls that track `@context` URL cycles (validation while defining a context) bypass the memo.
- Every option that changes the result is part of the key; failures are never remembered.
A test keeps the output byte-identical to plain `pyld.jsonld.normalize` on every fixture.
"""

from __future__ import annotations

import threading
from typing import Any

from backpack_app.credentials.pyld_light import jsonld

# What pyld turns a finished active context into (a frozendict); taken from pyld itself.
FROZEN = type(jsonld.freeze({}))
MEMO_SIZE = 4096
IRI_MEMO_SIZE = 50_000

_memo: Any = jsonld.LRUCache(maxsize=MEMO_SIZE)
_lock = threading.Lock()
_MISS = object()
# Term -> IRI per finished active context: a pure lookup pyld redoes for every key and type of
# every node (a tenth of the time). Only vocabulary expansion outside context processing is
# remembered; the table is emptied when full rather than tracked entry by entry.
_iri_memo: dict[tuple[int, str, Any], tuple[Any, Any]] = {}


def _local_key(local_ctx: Any) -> tuple[Any, ...] | None:
    if isinstance(local_ctx, str):
        return ("url", local_ctx)
    if isinstance(local_ctx, list) and all(isinstance(c, str) for c in local_ctx):
        return ("urls", *local_ctx)
    if isinstance(local_ctx, (dict, FROZEN, list)):
        return ("object", id(local_ctx))
    return None


class MemoisingProcessor(jsonld.JsonLdProcessor):
    """JsonLdProcessor whose context processing is memoised across calls (see module doc)."""

    def _expand_iri(self, active_ctx, value, base=None, vocab=False, local_ctx=None, defined=None):
        if not (vocab and local_ctx is None and isinstance(value, str)) or not isinstance(
            active_ctx, FROZEN
        ):
            return super()._expand_iri(active_ctx, value, base, vocab, local_ctx, defined)
        key = (id(active_ctx), value, base)
        hit = _iri_memo.get(key, _MISS)
        if hit is not _MISS and hit[0] is active_ctx:  # holding it keeps its id from reuse
            return hit[1]
        result = super()._expand_iri(active_ctx, value, base, vocab, local_ctx, defined)
        if len(_iri_memo) >= IRI_MEMO_SIZE:
            _iri_memo.clear()
        _iri_memo[key] = (active_ctx, result)
        return result

    def _process_context(
        self,
        active_ctx,
        local_ctx,
        options,
        override_protected=False,
        propagate=True,
        validate_scoped=True,
        cycles=None,
    ):
        flags = {
            "override_protected": override_protected,
            "propagate": propagate,
            "validate_scoped": validate_scoped,
        }
        local = _local_key(local_ctx)
        if cycles is not None or local is None or not isinstance(active_ctx, FROZEN):
            return super()._process_context(active_ctx, local_ctx, options, cycles=cycles, **flags)
        key = (
            id(active_ctx),
            local,
            *flags.values(),
            options.get("base"),
            options.get("processingMode"),
            options.get("documentLoader"),
        )
        with _lock:
            hit = _memo.get(key)
        # The entry holds both objects, so the ids in its key cannot have been reused meanwhile.
        if (
            hit is not None
            and hit[0] is active_ctx
            and (local[0] != "object" or hit[1] is local_ctx)
        ):
            return hit[2]
        result = super()._process_context(active_ctx, local_ctx, options, **flags)
        if isinstance(result, FROZEN):  # only finished contexts are shared
            with _lock:
                _memo[key] = (active_ctx, local_ctx, result)
        return result


def snapshot(document_loader: Any) -> tuple[list[tuple], list[tuple]]:
    """The finished entries made with `document_loader`, without the object ids of their keys
    (for `context_cache`): processed contexts, then vocabulary IRIs."""
    with _lock:
        memo = list(_memo.items())
    processed = [
        (active, local_ctx, key[1], key[2:5], key[5], key[6], result)
        for key, (active, local_ctx, result) in memo
        if key[7] is document_loader
    ]
    iris = [(active, key[1], key[2], result) for key, (active, result) in list(_iri_memo.items())]
    return processed, iris


def restore(processed: list[tuple], iris: list[tuple], *, document_loader: Any) -> None:
    """Add saved entries (from `snapshot`, unpickled) with keys made from this process's
    objects; entries already here are kept."""
    with _lock:
        for active, local_ctx, local, flags, base, mode, result in processed:
            if not isinstance(active, FROZEN) or not isinstance(result, FROZEN):
                raise TypeError  # not a finished context: `context_cache.load` uses no file
            if local[0] == "object":
                local = ("object", id(local_ctx))
            key = (id(active), local, *flags, base, mode, document_loader)
            if key not in _memo:
                _memo[key] = (active, local_ctx, result)
    for active, value, base, result in iris:
        if len(_iri_memo) < IRI_MEMO_SIZE:
            _iri_memo.setdefault((id(active), value, base), (active, result))
