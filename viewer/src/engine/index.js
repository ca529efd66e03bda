// The viewer's engine: opens a Backpack code share and verifies every credential in it, in any
// browser (and in Node 18+, for tests and tools: tools/node-globals.mjs puts WebCrypto where
// browsers have it), with no network. The page's interface uses only this.
//
// API
// - normalizeCode(text) -> the 20-character normalized share code, or null when `text` is not a
//   well-formed code (docs/bundle-format.md: spaces and dashes dropped, upper-cased, O read as 0,
//   I and L as 1; exactly 20 characters of 0-9A-Z without I L O U).
// - readHeader(bytes: Uint8Array) -> {version, mode, shareId, expires, recipient: {name,
//   fingerprint}, code: {salt, memory_kib, iterations, lanes} | null}: the container's header,
//   a hint shown before opening (nothing is decided on it). Throws an EngineError whose `.code`
//   is not_a_share, unsupported_version or damaged.
// - openShare(bytes, code, {now = new Date(), statusLists, onProgress} = {}) -> {ok: true, share}
//   or {ok: false, error: {code, params}}; never throws for bad input. onProgress(stage, {done,
//   total}) is told "key" (Argon2id), "decrypt", then "verify" (done 0, then after each record).
//   Error codes:
//     not_a_share        not a Backpack share, or cut short inside its header (params.reason
//                        "truncated"; "settings": Argon2 settings Backpack never writes)
//     unsupported_version  a newer container (params.version) or contents format
//     card_share         made for a Backpack card (params.recipient {name, fingerprint}):
//                        only the Backpack app holding that card opens it
//     bad_code           the code typed is not a well-formed share code
//     wrong_code         ANY cryptographic failure (wrong code, altered or cut file, bad holder
//                        signature): deliberately one opaque error
//     damaged            authenticated, yet its entries, digests or manifest do not match
//                        (params.reason: header, salt, manifest, entries, digest, evidence)
//     expired            the holder-signed expiry has passed by `now` (params.expires, ISO)
//     not_for_this_code  the holder signed it for another code (proof domain / challenge)
//     too_large          beyond the container's limits (params.what, params.max), or the key
//                        needs more memory than the browser gives (params.what "memory", .kib)
//   share = {id, version, learner: {name, did, fingerprint (as the app shows it: "41e2 5768 ...")},
//     recipient, purpose, created, expires (ISO, signed),
//     holder: {verified: true, checks: [{id, status, code, params}]},
//     records: [{index, selfReported, kind? (a self-reported entry's kind: goal, portfolio, ...,
//                from its tag, or guessed from its details for shares made before the tag),
//                credential (the object as signed, or a VC-JWT's decoded credential; null when
//                unreadable), jwt? (compact token), report}],
//     files: [{sha256, name, mediaType, size, bytes: Uint8Array, usedBy?: [record index]}]}
//   Shares carry no status lists today (sharing/compose.py), so a credential with a status entry
//   says revocation was not checked, as the Python reader does; `statusLists` may give some.
// - verifyCredential(credential, {now, statusLists, holderDid}) -> report, for a credential
//   object or a VC-JWT compact string (or an EnvelopedVerifiableCredential object).
//   report = {file: null, valid, verdict, summary, summaryCode, summaryParams, checks: [{id,
//     status, code, params, detail}], id, type, issuer: {id, name}, nested?, endorsements?,
//     selfReported? (when holderDid is given)}
//   shaped as one credential of `backpack verify --json`: the same verdicts (verified,
//   unknown_issuer, invalid_signature, expired, not_yet_valid, revoked, malformed,
//   unverifiable_offline, unsupported), check ids (format, conformance, consistency, proof,
//   issuer_key, issuer_trust, validity, status, recipient, nested, endorsements) and statuses
//   (passed, failed, warning, not_checked). The page has no trust list, so a correctly signed
//   credential is `unknown_issuer`, exactly as `backpack verify --json FILE` says without one.
//   Each check's `code` + `params` are what the page words (English, Spanish); `detail` is the
//   English sentence (MESSAGES in messages.js), matching Python's where it can.
//   statusLists: [{credential (object or VC-JWT), url?, asOf?}] (Bitstring / StatusList2021).
// - MESSAGES, SHARE_ERRORS, render(code, params): the English words of every code.
import { EngineError, normalizeCode, readHeaderBytes } from "./container.js";
import { nowMs } from "./dates.js";
import { isObject } from "./proofs.js";
import { copyJson } from "./bytes.js";
import { typesOf } from "./shapes.js";
import { issuerId } from "./did.js";
import { makeContext, malformedReport, verifyDocument, verifyNestedItem } from "./verify.js";
import { malformed } from "./problems.js";

export { EngineError, normalizeCode };
export { openShare } from "./share.js";
export { MESSAGES, SHARE_ERRORS, render } from "./messages.js";
export { VERDICTS } from "./verify.js";

/** The container's header (see above); throws EngineError. */
export function readHeader(bytes) {
  return readHeaderBytes(bytes).header;
}

/** One credential's report (see above). */
export async function verifyCredential(credential, options = {}) {
  try {
    return await verifyOne(credential, options);
  } catch (error) {
    if (error instanceof TypeError && /date and time/.test(error.message)) throw error; // a bad `now`
    // Nothing a credential holds may show as a crash (a structure too deep to walk, ...).
    return malformedReport(malformed("unreadable", { detail: String(error?.message ?? error) }));
  }
}

async function verifyOne(credential, { now, statusLists, holderDid }) {
  const ctx = makeContext({ now, statusLists }, nowMs);
  let report;
  if (typeof credential === "string" || (isObject(credential) && typesOf(credential).includes("EnvelopedVerifiableCredential"))) {
    report = await verifyNestedItem(typeof credential === "string" ? credential.trim() : credential, ctx, 0, { enveloped: "enveloped_not_jwt" });
  } else {
    report = await verifyDocument(isObject(credential) ? copyJson(credential) : credential, ctx);
  }
  if (holderDid !== undefined && isObject(credential)) {
    try {
      report.selfReported = issuerId(credential) === holderDid;
    } catch {
      report.selfReported = false;
    }
  }
  return report;
}
