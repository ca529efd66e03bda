// JSON-LD expansion and RDFC-1.0 canonicalization, strict and bounded, as the Python verifier
// does them (credentials/linked_data.py): a term the contexts do not define, or a relative type
// or id, would be left unsigned, so such documents are refused; only embedded contexts load.
// jsonld.js's own modules, not its whole API (compaction, framing, loaders the page never uses):
// expansion and conversion to RDF are all canonicalization needs.
import expandApi from "jsonld/lib/expand.js";
import contextApi from "jsonld/lib/context.js";
import toRdfApi from "jsonld/lib/toRdf.js";
import eventsApi from "jsonld/lib/events.js";
import ContextResolver from "jsonld/lib/ContextResolver.js";
import RDFC10 from "rdf-canonize/lib/RDFC10.js";
import { sha256, sha384 } from "@noble/hashes/sha2.js";
import { CONTEXTS } from "./contexts.js";
import "./contextMemo.js";
import { malformed, unknownContext, Problem } from "./problems.js";
import { bytesToHex as hex } from "@noble/hashes/utils.js";
import { copyJson } from "./bytes.js";

const MAX_BLANK_NODES = 20_000;
const HASHING_BUDGET_BASE = 2_000;
const HASHING_BUDGET_PER_BLANK_NODE = 10;

class UnknownContextError extends Error {
  constructor(url) {
    super(`unknown context ${url}`);
    this.url = url;
  }
}

const LOADED = new Map();
for (const [url, document] of CONTEXTS) {
  LOADED.set(url, { contextUrl: null, documentUrl: url, document, tag: "static" });
}

// Contexts resolved once for the life of the page (they never change).
const SHARED_CACHE = new Map();
const sharedCache = {
  get: (key) => SHARED_CACHE.get(key),
  set: (key, value) => {
    if (SHARED_CACHE.size > 1000) SHARED_CACHE.clear();
    SHARED_CACHE.set(key, value);
  },
};

/** The one document loader: embedded contexts only, never a fetch. */
export async function documentLoader(url) {
  const found = LOADED.get(url);
  if (!found) throw new UnknownContextError(url);
  return found;
}

function unknownIn(error) {
  let seen = error;
  for (let i = 0; seen && i < 10; i++) {
    if (seen instanceof UnknownContextError) return seen.url;
    seen = seen.details?.cause ?? seen.cause;
  }
  return null;
}

function isAbsolute(iri) {
  return iri.startsWith("_:") || (iri.includes(":") && !iri.startsWith(":"));
}

function checkReferences(node) {
  const stack = [node];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const v of item) if (v !== null && typeof v === "object") stack.push(v);
      continue;
    }
    if (item === null || typeof item !== "object") continue;
    const isValue = "@value" in item;
    for (const key in item) {
      const value = item[key];
      if (key === "@type" && !isValue) {
        for (const t of Array.isArray(value) ? value : [value]) {
          if (typeof t === "string" && !isAbsolute(t)) throw malformed("undefined_type", { term: t });
        }
      } else if (key === "@id" && typeof value === "string") {
        if (!isAbsolute(value)) throw malformed("relative_reference", { term: value });
      } else if (key !== "@value" && value !== null && typeof value === "object") {
        stack.push(value);
      }
    }
  }
}

/** Expand with the embedded contexts; refuse undefined terms and relative references. */
export async function expandStrict(document) {
  const dropped = [];
  let expanded;
  try {
    const options = {
      documentLoader,
      base: null,
      processingMode: "json-ld-1.1",
      keepFreeFloatingNodes: false,
      contextResolver: new ContextResolver({ sharedCache }),
    };
    options.eventHandler = eventsApi.setupEventHandler({
      options: {
        eventHandler: ({ event, next }) => {
          if (event.code === "invalid property") dropped.push(event.details?.expandedProperty ?? event.details?.property);
          if (next) next();
        },
      },
    });
    expanded = await expandApi.expand({
      activeCtx: contextApi.getInitialContext(options),
      element: copyJson(document),
      options,
    });
    if (expanded && typeof expanded === "object" && !Array.isArray(expanded) && "@graph" in expanded && Object.keys(expanded).length === 1) {
      expanded = expanded["@graph"];
    } else if (expanded === null) {
      expanded = [];
    }
    if (!Array.isArray(expanded)) expanded = [expanded];
  } catch (error) {
    if (error instanceof Problem) throw error;
    const url = unknownIn(error);
    if (url !== null) throw unknownContext(url);
    throw malformed("invalid_linked_data", { reason: error?.details?.code ?? error?.message ?? String(error) });
  }
  if (dropped.length) throw malformed("undefined_term", { term: dropped[0] || "(unnamed)" });
  checkReferences(expanded);
  return expanded;
}

const DIGESTS = { sha256, sha384 };
const encoder = new TextEncoder();

// RDFC-1.0 hashes every blank node's quads (thousands of short texts in a share): each digest is
// made in one go, synchronously (a WebAssembly SHA-2 would be twice as fast but 30 KB larger).
function messageDigest(name) {
  const hash = DIGESTS[name];
  return () => {
    let content = "";
    return {
      update(msg) {
        content += msg;
      },
      digest() {
        return hex(hash(encoder.encode(content)));
      },
    };
  };
}

/** RDFC-1.0 canonical N-Quads of `document`, with `hashName` ("sha256" or "sha384") as its hash. */
export async function canonicalNQuads(document, hashName = "sha256") {
  const expanded = await expandStrict(document);
  let dataset;
  try {
    dataset = toRdfApi.toRDF(expanded, { documentLoader, base: null, eventHandler: null });
  } catch (error) {
    throw malformed("invalid_linked_data", { reason: error?.details?.code ?? error?.message ?? String(error) });
  }
  const blank = new Set();
  for (const q of dataset) {
    for (const t of [q.subject, q.object, q.graph]) if (t.termType === "BlankNode") blank.add(t.value);
  }
  if (blank.size > MAX_BLANK_NODES) throw malformed("too_many_blank_nodes", { max: MAX_BLANK_NODES });
  try {
    return await new RDFC10({
      createMessageDigest: messageDigest(hashName),
      maxDeepIterations: HASHING_BUDGET_BASE + HASHING_BUDGET_PER_BLANK_NODE * blank.size,
    }).main(dataset);
  } catch (error) {
    if (/deep iterations/i.test(error?.message ?? "")) throw malformed("work_limit", {});
    throw malformed("invalid_linked_data", { reason: error?.message ?? String(error) });
  }
}
