// Remembers processed JSON-LD contexts across nodes and credentials, so a type-scoped context is
// not processed again for every node (as credentials/jsonld_memo.py does for pyld).
//
// Why: jsonld.js caches a processed context under the identity of the active context it was
// applied to. A type-scoped context (`@propagate: false`, as every class of the OB 3.0 and CLR
// contexts has) is applied to a fresh clone, and reverting one clones again, so that cache never
// hits and each class's context is reprocessed on every node: most of verification time.
//
// How: an active context's *key* stands for its content. The initial context, and every context
// jsonld.js stores as a processed result, get a token of their own (jsonld.js never changes
// those: it clones before changing anything). A clone gets its source's token while it is
// unchanged; a change to its term definitions (mappings.set / delete, which defining any term
// does) makes it "being built", and such a context is never a key (it falls back to jsonld.js's
// own cache by identity). The key includes the previous context's key (type-scoped contexts are
// reverted to it). Processed results are looked up per resolved local context, as before.
import ResolvedContext from "jsonld/lib/ResolvedContext.js";

const own = new WeakMap(); // context -> its own token
const source = new WeakMap(); // clone -> the context it was cloned from
const building = new WeakSet(); // clones whose term definitions changed
let tokens = 0;
const MAX_ENTRIES = 2000;

/**
 * A context's term definitions, copied from its source only when first changed (most clones are
 * made only to be looked up in the memo, and never changed); a change marks the context as being
 * built, so it is never a memo key.
 */
class Mappings extends Map {
  constructor(base, owner) {
    super();
    this.base = base instanceof Mappings && base.base ? base.base : base;
    this.owner = owner;
    this.ownProtected = false;
  }

  own() {
    if (this.base) {
      const base = this.base;
      this.base = null;
      for (const [k, v] of base) super.set(k, v);
    }
    if (!this.ownProtected) {
      // Protected terms change only with term definitions (jsonld.js sets one right after the
      // mapping), so the context's list of them is copied here too, and shared until then.
      this.ownProtected = true;
      this.owner.protected = { ...this.owner.protected };
    }
    building.add(this.owner);
    return this;
  }

  get(k) {
    return this.base ? this.base.get(k) : super.get(k);
  }

  has(k) {
    return this.base ? this.base.has(k) : super.has(k);
  }

  get size() {
    return this.base ? this.base.size : super.size;
  }

  set(k, v) {
    this.own();
    return super.set(k, v);
  }

  delete(k) {
    this.own();
    return super.delete(k);
  }

  clear() {
    this.own();
    super.clear();
  }

  keys() {
    return this.base ? this.base.keys() : super.keys();
  }

  values() {
    return this.base ? this.base.values() : super.values();
  }

  entries() {
    return this.base ? this.base.entries() : super.entries();
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  forEach(fn, self) {
    for (const [k, v] of this.entries()) fn.call(self, v, k, this);
  }
}

// jsonld.js's clone deep-copies every term definition and the whole chain of previous contexts
// for every node (most of the time of a large presentation). Term definitions are never changed
// once made (a new definition replaces the old object in `mappings`), and a context is never
// changed once processed, so the same copy with shared definitions and a shared previous context
// is equal, and far cheaper.
// Reverting a type-scoped context gives back the previous context itself rather than a copy:
// nothing changes a context in place (a change is always made on a fresh clone).
function revertToPreviousContext() {
  return this.previousContext || this;
}

function wrapClone(ctx) {
  if (ctx.clone && ctx.clone.memoised) return;
  ctx.revertToPreviousContext = revertToPreviousContext;
  const clone = function () {
    const child = {
      mappings: null,
      clone,
      inverse: null,
      getInverse: this.getInverse,
      protected: null,
      revertToPreviousContext,
    };
    if (this.previousContext) child.previousContext = this.previousContext;
    if ("@base" in this) child["@base"] = this["@base"];
    if ("@language" in this) child["@language"] = this["@language"];
    if ("@vocab" in this) child["@vocab"] = this["@vocab"];
    // A context being built may still change: its clone (made to validate a scoped context) copies.
    const changing = building.has(this);
    child.protected = changing ? { ...this.protected } : this.protected;
    child.mappings = new Mappings(changing ? new Map(this.mappings) : this.mappings, child);
    source.set(child, this);
    return child;
  };
  clone.memoised = true;
  ctx.clone = clone;
}

function contentToken(ctx) {
  for (let depth = 0; depth < 1000; depth++) {
    const token = own.get(ctx);
    if (token !== undefined) return token;
    if (building.has(ctx)) return null;
    const from = source.get(ctx);
    if (from === undefined) {
      // A root we have not met (an initial context): it is never changed; give it a token.
      if (ctx.previousContext || typeof ctx.clone !== "function") return null;
      wrapClone(ctx);
      own.set(ctx, ++tokens);
      return tokens;
    }
    ctx = from;
  }
  return null;
}

function keyOf(ctx) {
  let key = "";
  for (let depth = 0; ctx && depth < 100; depth++) {
    const token = contentToken(ctx);
    if (token === null) return null;
    key += `${token}/`;
    ctx = ctx.previousContext;
  }
  return key;
}

const originalGet = ResolvedContext.prototype.getProcessed;
const originalSet = ResolvedContext.prototype.setProcessed;

ResolvedContext.prototype.getProcessed = function (activeCtx) {
  const key = keyOf(activeCtx);
  if (key !== null && this.memo) {
    const hit = this.memo.get(key);
    if (hit) return hit;
  }
  return originalGet.call(this, activeCtx);
};

ResolvedContext.prototype.setProcessed = function (activeCtx, processed) {
  const key = keyOf(activeCtx);
  if (processed && processed.context && typeof processed.context === "object") {
    // Finished: never changed again, so its copies may share its definitions.
    own.set(processed.context, ++tokens);
    building.delete(processed.context);
    if (typeof processed.context.clone === "function") wrapClone(processed.context);
  }
  if (key !== null) {
    if (!this.memo) this.memo = new Map();
    if (this.memo.size >= MAX_ENTRIES) this.memo.clear();
    this.memo.set(key, processed);
  }
  return originalSet.call(this, activeCtx, processed);
};
