// Revocation and suspension from status lists the share includes (credentials/status.py):
// Bitstring Status List v1.0 and StatusList2021, each list itself a credential signed by the
// issuer, its `encodedList` a GZIP-compressed bitstring read most significant bit first.
import { Gunzip } from "fflate";
import { b64decode } from "./bytes.js";
import { friendlyDate, parseDateTime } from "./dates.js";
import { issuerId } from "./did.js";
import { verifyLinkedDataProofs, asList, isObject } from "./proofs.js";
import { checkShape, typesOf, vcVersion } from "./shapes.js";
import { looksLikeJwt, peekCredential, verifyVcJwt } from "./jwt.js";
import { Problem, malformed } from "./problems.js";
import { render } from "./messages.js";

const MAX_BITSTRING_BYTES = 16 * 1024 * 1024;
const MIN_BITSTRING_BITS = 16 * 1024 * 8;
const CLOCK_SKEW = 5 * 60 * 1000;
const STALE_AFTER = 30 * 24 * 3600 * 1000;
const KINDS = {
  BitstringStatusListEntry: ["BitstringStatusListCredential", "BitstringStatusList"],
  StatusList2021Entry: ["StatusList2021Credential", "StatusList2021"],
};
const LIST_SUBJECT = { BitstringStatusListCredential: "BitstringStatusList", StatusList2021Credential: "StatusList2021" };

/** The bits of a GZIP member, refusing more than MAX_BITSTRING_BYTES (fflate: also Safari 15). */
function inflate(compressed) {
  const parts = [];
  let total = 0;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total <= MAX_BITSTRING_BYTES) parts.push(chunk);
    if (final) ended = true;
  });
  try {
    const step = 16 * 1024;
    for (let at = 0; at < compressed.length && total <= MAX_BITSTRING_BYTES; at += step) {
      gunzip.push(compressed.subarray(at, at + step), at + step >= compressed.length);
    }
  } catch {
    throw malformed(ended ? "list_not_gzip" : "list_cut_short", {});
  }
  if (total > MAX_BITSTRING_BYTES) throw malformed("list_too_large", { mib: MAX_BITSTRING_BYTES / 2 ** 20 });
  if (!ended) throw malformed("list_cut_short", {});
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

async function decodeBits(encoded, multibase) {
  if (typeof encoded !== "string" || !encoded) throw malformed("list_missing", {});
  if (multibase) {
    if (!encoded.startsWith("u")) throw malformed("list_not_multibase", {});
    encoded = encoded.slice(1);
  }
  const compressed = b64decode(encoded);
  if (compressed === null) throw malformed("list_not_base64", {});
  const bits = inflate(compressed);
  if (!bits.length) throw malformed("list_empty", {});
  return bits;
}

function checkDates(document, asOf) {
  const [startName, endName] = vcVersion(document) === 2 ? ["validFrom", "validUntil"] : ["issuanceDate", "expirationDate"];
  const start = parseDateTime(document[startName]);
  if (!start) throw malformed("field_not_datetime", { field: startName });
  const moment = asOf ?? start.ms;
  if (moment + CLOCK_SKEW < start.ms) throw malformed("list_not_yet_valid", { date: friendlyDate(start) });
  const endValue = document[endName];
  if (endValue !== undefined && endValue !== null) {
    const end = parseDateTime(endValue);
    if (!end) throw malformed("field_not_datetime", { field: endName });
    if (moment - CLOCK_SKEW > end.ms) throw malformed("list_expired_when_saved", {});
  }
  return moment;
}

/** Check a status list credential (object or VC-JWT string); returns the list or throws. */
export async function readStatusList(credential, { url, asOf } = {}) {
  let document = credential;
  const isJwt = typeof credential === "string" && looksLikeJwt(credential);
  if (isJwt) document = (await verifyVcJwt(credential))[0];
  else if (typeof credential === "string") {
    try {
      document = JSON.parse(credential);
    } catch {
      throw malformed("not_json", {});
    }
  }
  checkShape(document);
  const issuer = issuerId(document);
  const types = typesOf(document);
  const kinds = Object.keys(LIST_SUBJECT).filter((k) => types.includes(k));
  if (kinds.length !== 1) throw malformed("not_status_list", {});
  const subjectType = LIST_SUBJECT[kinds[0]];
  const subjects = asList(document.credentialSubject);
  if (subjects.length !== 1 || !typesOf(subjects[0]).includes(subjectType)) {
    throw malformed("list_subject", { type: subjectType });
  }
  const listId = document.id;
  if (typeof listId !== "string" || (url !== undefined && listId !== url)) throw malformed("list_other_url", { url });
  if (!isJwt) await verifyLinkedDataProofs(document, issuer);
  const moment = checkDates(document, asOf);
  const purposes = new Set(asList(subjects[0].statusPurpose).filter((p) => typeof p === "string"));
  const bits = await decodeBits(subjects[0].encodedList, kinds[0] === "BitstringStatusListCredential");
  return { url: listId, issuer, kind: kinds[0], purposes, bits, asOf: moment };
}

/** The address a status list says it stands for (its `id`), read without checking anything. */
function claimedUrl(credential) {
  try {
    if (typeof credential === "string") {
      credential = looksLikeJwt(credential) ? peekCredential(credential) : JSON.parse(credential);
    }
  } catch {
    return undefined;
  }
  return isObject(credential) ? credential.id : undefined;
}

const bitAt = (list, index) => (list.bits[index >> 3] >> (7 - (index % 8))) & 1;
const sizeOf = (list) => list.bits.length * 8;

/**
 * Status lists by URL, each checked at most once. `given`: [{credential, url?, asOf?}], the
 * lists a share carries (a credential object or VC-JWT; asOf: when it was obtained).
 */
export class StatusLists {
  constructor(given = []) {
    this.saved = new Map();
    this.read = new Map();
    for (const item of given) {
      const url = item.url ?? claimedUrl(item.credential);
      if (typeof url === "string" && url) this.saved.set(url, item);
    }
  }

  async get(url) {
    const saved = this.saved.get(url);
    if (!saved) return null;
    if (!this.read.has(url)) {
      const asOf = saved.asOf === undefined || saved.asOf === null ? undefined : new Date(saved.asOf).getTime();
      try {
        this.read.set(url, await readStatusList(saved.credential, { url, asOf }));
      } catch (error) {
        this.read.set(url, error instanceof Problem ? error : malformed("not_status_list", {}));
      }
    }
    const found = this.read.get(url);
    if (found instanceof Problem) throw found;
    return found;
  }
}

const finding = (status, parts, verdict = null) => ({ status, parts, verdict });
const part = (code, params = {}) => ({ code, params });

function indexOf(entry) {
  let value = entry.statusListIndex;
  if (typeof value === "number" && Number.isInteger(value)) value = String(value);
  if (typeof value !== "string" || !/^[0-9]+$/.test(value) || value.length > 12) throw malformed("status_index", {});
  return Number(value);
}

function shortNote(list) {
  const size = sizeOf(list);
  return size >= MIN_BITSTRING_BITS ? [] : [part("status_short_list", { size, min: MIN_BITSTRING_BITS })];
}

async function checkEntry(entry, issuer, lists, now) {
  const kind = isObject(entry) ? entry.type : undefined;
  if (!(typeof kind === "string" && kind in KINDS)) {
    return finding("warning", [part("status_form_unknown", { kind: typeof kind === "string" ? kind : null })]);
  }
  const purpose = entry.statusPurpose;
  if (purpose === "message") return messageFinding(entry, lists);
  if (purpose !== "revocation" && purpose !== "suspension") return null;
  const url = entry.statusListCredential;
  if (typeof url !== "string" || !url) return finding("warning", [part("status_no_list", {})]);
  if ((entry.statusSize ?? 1) !== 1) return finding("warning", [part("status_multi_bit", {})]);
  let index;
  let found;
  try {
    index = indexOf(entry);
    found = await lists.get(url);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return finding("warning", [part("status_list_unused", { purpose, reason: error.message, reasonCode: error.code })]);
  }
  if (found === null) return finding("warning", [part("status_not_checked", { purpose })]);
  let problem = null;
  if (found.issuer !== issuer) problem = part("list_other_issuer", { issuer: found.issuer });
  else if (found.kind !== KINDS[kind][0]) problem = part("list_other_kind", { kind: found.kind });
  else if (found.purposes.size && !found.purposes.has(purpose)) problem = part("list_other_purpose", { purpose });
  else if (index >= sizeOf(found)) problem = part("list_index_beyond", { index, size: sizeOf(found) });
  if (problem) return finding("warning", [part("status_unchecked_because", { purpose, problem })]);
  const when = new Date(found.asOf).toISOString();
  if (bitAt(found, index)) {
    return finding("failed", [part(purpose === "revocation" ? "status_revoked" : "status_suspended", { asOf: when }), ...shortNote(found)], "revoked");
  }
  const parts = [part(purpose === "revocation" ? "status_not_revoked" : "status_not_suspended", { asOf: when })];
  if (now - found.asOf > STALE_AFTER) parts.push(part("status_stale", { days: Math.floor((now - found.asOf) / 86400000) }));
  const short = shortNote(found);
  return finding(short.length ? "warning" : "passed", [...parts, ...short]);
}

async function messageFinding(entry, lists) {
  const url = entry.statusListCredential;
  const messages = entry.statusMessage;
  if (typeof url !== "string" || (entry.statusSize ?? 1) !== 1 || !Array.isArray(messages)) return null;
  let found;
  let index;
  try {
    found = await lists.get(url);
    index = indexOf(entry);
  } catch (error) {
    if (error instanceof Problem) return null;
    throw error;
  }
  if (found === null || index >= sizeOf(found)) return null;
  const code = `0x${bitAt(found, index)}`;
  const text = messages.find((m) => isObject(m) && m.status === code)?.message;
  if (typeof text !== "string" || !text.trim()) return null;
  return finding("passed", [part("status_message", { asOf: new Date(found.asOf).toISOString(), message: text.trim().slice(0, 200) })]);
}

/** What the status lists say about this credential, as one check: {status, code, params, detail, verdict}. */
export async function checkStatus(document, issuer, lists, now) {
  const entries = asList(document.credentialStatus);
  const findings = [];
  for (const e of entries) {
    const f = await checkEntry(e, issuer, lists, now);
    if (f) findings.push(f);
  }
  if (!findings.length) return { status: "not_checked", code: "status_none", params: {}, detail: render("status_none", {}), verdict: null };
  const failed = findings.filter((f) => f.status === "failed");
  const chosen = failed.length ? failed : findings;
  const groups = [];
  const seen = new Set();
  for (const f of chosen) {
    const text = f.parts.map((p) => render(p.code, p.params)).join("");
    if (!seen.has(text)) {
      seen.add(text);
      groups.push(f.parts);
    }
  }
  const detail = [...seen].join(" ");
  if (failed.length) return { status: "failed", code: "status_parts", params: { findings: groups }, detail, verdict: "revoked" };
  const warned = findings.some((f) => f.status === "warning");
  return { status: warned ? "warning" : "passed", code: "status_parts", params: { findings: groups }, detail, verdict: null };
}
