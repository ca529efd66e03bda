// Required fields of VC 1.1 / 2.0 credentials in the Open Badges 3.0 and CLR 2.0 shapes
// (credentials/shapes.py), and what a JSON graph states twice (credentials/same_nodes.py).
import { malformed } from "./problems.js";
import { asList, isObject } from "./proofs.js";

export const VC_V1 = "https://www.w3.org/2018/credentials/v1";
export const VC_V2 = "https://www.w3.org/ns/credentials/v2";
const OB3_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";
const CLR_CONTEXT = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
const OB_TYPES = ["AchievementCredential", "OpenBadgeCredential"];

export const typesOf = (document) => asList(document.type).filter((t) => typeof t === "string");

export function vcVersion(document) {
  const contexts = asList(document["@context"]);
  const first = contexts[0];
  if (first === VC_V2) return 2;
  if (first === VC_V1) return 1;
  throw malformed("no_vc_context", {});
}

/** [code, English] notes on what an OB 3.0 credential leaves out (still verifiable). */
export function conformanceNotes(document) {
  const types = typesOf(document);
  if (!OB_TYPES.some((t) => types.includes(t))) return [];
  const notes = [];
  if (vcVersion(document) === 2 && !("validFrom" in document)) notes.push("no_valid_from");
  const subjects = asList(document.credentialSubject).filter(isObject);
  if (subjects.some((s) => !("id" in s) && !truthy(s.identifier))) notes.push("no_subject_id");
  return notes;
}

function truthy(v) {
  if (Array.isArray(v)) return v.length > 0;
  if (isObject(v)) return Object.keys(v).length > 0;
  return Boolean(v);
}

/** Throw a malformed problem naming the first required field missing or wrong. */
export function checkShape(document) {
  if (!isObject(document)) throw malformed("not_object", {});
  const version = vcVersion(document);
  const types = typesOf(document);
  if (!types.includes("VerifiableCredential")) throw malformed("no_vc_type", {});
  const issuer = document.issuer;
  if (issuer === undefined || issuer === null || issuer === "" || (isObject(issuer) && !Object.keys(issuer).length)) {
    throw malformed("no_issuer_field", {});
  }
  if (version === 1 && typeof document.issuanceDate !== "string") throw malformed("no_issuance_date", {});
  if (version === 2 && "validFrom" in document && typeof document.validFrom !== "string") {
    throw malformed("valid_from_not_datetime", {});
  }
  const subjects = asList(document.credentialSubject);
  if (!subjects.length || !subjects.every(isObject)) throw malformed("no_subject", {});
  const contexts = asList(document["@context"]).filter((c) => typeof c === "string");
  if (OB_TYPES.some((t) => types.includes(t))) {
    if (!contexts.some((c) => c.startsWith(OB3_PREFIX))) throw malformed("no_ob_context", {});
    if (typeof document.id !== "string") throw malformed("ob_no_id", {});
    for (const subject of subjects) if (!isObject(subject.achievement)) throw malformed("no_achievement", {});
  }
  if (types.includes("ClrCredential")) {
    if (contexts[0] !== VC_V2 || contexts[1] !== CLR_CONTEXT) throw malformed("clr_contexts", {});
    const nested = subjects[0].verifiableCredential;
    if (!Array.isArray(nested) || !nested.length) throw malformed("clr_empty", {});
  }
}

// ---- the same node stated twice (RDF merges them; the signature covers the union)
const MAX_NODES = 20_000;
const OWN_GRAPHS = new Set(["proof", "verifiableCredential"]);

/** A stable text of a JSON value (sorted keys), to compare values. */
export function jsonKey(value) {
  if (Array.isArray(value)) return `[${value.map(jsonKey).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${jsonKey(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function copies(document) {
  const found = new Map();
  const stack = [document];
  let seen = 0;
  while (stack.length && seen < MAX_NODES) {
    const item = stack.pop();
    seen++;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) if (item[i] && typeof item[i] === "object") stack.push(item[i]);
    } else if (isObject(item)) {
      if (typeof item.id === "string") {
        if (!found.has(item.id)) found.set(item.id, []);
        found.get(item.id).push(item);
      }
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i];
        if (v && typeof v === "object" && !OWN_GRAPHS.has(k)) stack.push(v);
      }
    }
  }
  return found;
}

export function repeatedNodes(document) {
  const out = new Map();
  for (const [k, v] of copies(document)) if (v.length > 1) out.set(k, v);
  return out;
}

export function statedName(nodeId, repeated) {
  for (const c of repeated.get(nodeId) ?? []) if (typeof c.name === "string" && c.name.trim()) return c.name;
  return null;
}

export function conflictingNodes(repeated) {
  const conflicts = [];
  for (const [nodeId, list] of repeated) {
    const names = new Set(list.flatMap((c) => Object.keys(c)));
    for (const name of names) {
      if (name === "id") continue;
      const stated = new Set(
        list.filter((c) => name in c).map((c) => JSON.stringify(asValues(c[name]).map(jsonKey).sort())),
      );
      if (stated.size > 1) {
        conflicts.push(nodeId);
        break;
      }
    }
  }
  return conflicts.slice(0, 3);
}

const asValues = (v) => (Array.isArray(v) ? v : [v]);
