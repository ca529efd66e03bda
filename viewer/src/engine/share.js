// Opening a code share (sharing/receive.py): decrypt, then trust only what the holder signed,
// then check every record. Fails closed: any cryptographic failure is the one `wrong_code`.
import {
  EngineError, readHeaderBytes, normalizeCode, decodeSalt, allowedParams, deriveCodeKey,
  codeDomain, openBody, CODE_DOMAIN_V1,
} from "./container.js";
import { nowMs, parseDateTime } from "./dates.js";
import { Problem, malformed } from "./problems.js";
import { asList, isObject, verifyLinkedDataProof } from "./proofs.js";
import { typesOf } from "./shapes.js";
import { copyJson, hex, utf8 } from "./bytes.js";
import { issuerId } from "./did.js";
import { ENVELOPED_PREFIX, peekCredential } from "./jwt.js";
import { makeContext, malformedReport, verifyDocument, verifyToken } from "./verify.js";

const MAX_CREDENTIALS = 1_000;
const MANIFEST_FORMAT = "backpack-share";
const MANIFEST_VERSION = 1;
// Larger than any share Backpack makes (16 MiB of contents, 1 GiB of files, and the sealing).
const MAX_SHARE_BYTES = 16 * 1024 * 1024 + 1024 * 1024 * 1024 + 64 * 1024 * 1024;

/** The holder's proof and the signed terms; throws EngineError. */
async function terms(presentation, expectedDomain, now) {
  if (!isObject(presentation) || !typesOf(presentation).includes("VerifiablePresentation")) {
    throw new EngineError("wrong_code");
  }
  const holder = presentation.holder;
  const holderDid = isObject(holder) ? holder.id : holder;
  const proofs = asList(presentation.proof);
  const vpId = presentation.id;
  if (typeof holderDid !== "string" || proofs.length !== 1 || !isObject(proofs[0])) throw new EngineError("wrong_code");
  const proof = proofs[0];
  const shareId = typeof vpId === "string" ? vpId.slice("urn:uuid:".length) : "";
  let expires;
  let created;
  try {
    await verifyLinkedDataProof(copyJson(presentation), proof, {
      purpose: "authentication",
      controller: holderDid,
      challenge: shareId,
    });
    expires = parseDateTime(proof.expires);
    created = parseDateTime(proof.created);
  } catch (error) {
    if (error instanceof Problem) throw new EngineError("wrong_code");
    throw error;
  }
  if (!expires || !created) throw new EngineError("wrong_code");
  if (proof.domain !== expectedDomain) throw new EngineError("not_for_this_code");
  if (now >= expires.ms) throw new EngineError("expired", { expires: proof.expires });
  const name = isObject(holder) ? holder.name : undefined;
  return {
    shareId,
    holderDid,
    learnerName: typeof name === "string" ? name : "",
    recipient: presentation.name || "",
    purpose: presentation.description || "",
    created: proof.created,
    expires: proof.expires,
    checks: [
      { id: "holder_proof", status: "passed", code: "holder_proof_ok", params: { key: proof.verificationMethod } },
      { id: "binding", status: "passed", code: "holder_binding_ok", params: { domain: proof.domain, challenge: shareId } },
      { id: "expiry", status: "passed", code: "share_not_expired", params: { expires: proof.expires } },
    ],
  };
}

function evidenceOf(item) {
  return asList(item.evidence)
    .filter((e) => isObject(e) && typeof e.id === "string" && e.id.startsWith("urn:sha256:"))
    .map((e) => e.id.slice("urn:sha256:".length));
}

// The kinds of entry a Backpack writes in a self-reported achievement's `tag` (Category in
// domain/vocabulary.py); shares made before the tag: guessed from the details in the narrative
// (sharing/contents.py: _category).
const KINDS = new Set(
  ("transcript assessment attendance gradebook award licence narrative supports discipline health " +
    "demographics goal portfolio service activity employment research recognition milestone interest " +
    "character").split(" "),
);
const GUESSES = [
  ["target_date", "goal"], ["hours", "service"], ["reflection", "portfolio"],
  ["due_date", "milestone"], ["awarded_by", "recognition"], ["observed_by", "character"],
];
const DETAIL_LINE = /^- ([a-z][a-z ]{0,40}): ?/;

function kindOf(credential) {
  const subject = asList(credential?.credentialSubject)[0];
  if (!isObject(subject)) return undefined;
  const achievement = isObject(subject.achievement) ? subject.achievement : {};
  for (const tag of asList(achievement.tag)) if (typeof tag === "string" && KINDS.has(tag)) return tag;
  const keys = new Set();
  const narrative = typeof subject.narrative === "string" ? subject.narrative : "";
  for (const line of narrative.split(/\r\n|\r|\n/)) {
    const match = DETAIL_LINE.exec(line);
    if (match) keys.add(match[1].replace(/ /g, "_"));
  }
  return GUESSES.find(([key]) => keys.has(key))?.[1];
}

async function record(item, index, holderDid, ctx) {
  if (isObject(item) && typesOf(item).includes("EnvelopedVerifiableCredential")) {
    const envelope = item.id;
    if (typeof envelope === "string" && envelope.startsWith(ENVELOPED_PREFIX)) {
      const token = envelope.slice(ENVELOPED_PREFIX.length);
      const report = await verifyToken(token, ctx);
      let payload = null;
      try {
        payload = peekCredential(token);
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
      }
      return { index, selfReported: false, credential: payload, jwt: token, report, evidence: [] };
    }
    return { index, selfReported: false, credential: null, report: malformedReport(malformed("enveloped_not_jwt", {})), evidence: [] };
  }
  if (!isObject(item)) {
    return { index, selfReported: false, credential: null, report: malformedReport(malformed("not_a_credential_entry", {})), evidence: [] };
  }
  const report = await verifyDocument(copyJson(item), ctx);
  let selfReported = false;
  try {
    selfReported = issuerId(item) === holderDid;
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
  }
  const out = { index, selfReported, credential: item, report, evidence: evidenceOf(item) };
  if (selfReported) out.kind = kindOf(item);
  return out;
}

const CHECKED = new Set(["verified", "unknown_issuer"]);
const PROVIDER_DIDS = ["did:key:", "did:web:"];

/** Who wrote the record at `index`, which the manifest lists as third-party attested (a tutor's
 * note, a program's badge), or null unless its own signed credential bears that out: the rule
 * of receive.py `third_party_author` (docs/bundle-format.md). Its proof, dates and status check
 * out; it is a credential as signed (not a VC-JWT), issued by a did:key or did:web other than
 * the learner's; an achievement names this learner, an endorsement a credential of this share.
 * The name is the issuer's `name` inside the signed credential. */
async function thirdPartyAuthor(records, index, holderDid) {
  const record = records[index];
  const item = record.credential;
  if (record.selfReported || record.jwt || !isObject(item) || !CHECKED.has(record.report?.verdict)) return null;
  let issuer;
  try {
    issuer = issuerId(item);
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return null;
  }
  if (issuer === holderDid || issuer !== record.report.issuer?.id || !PROVIDER_DIDS.some((p) => issuer.startsWith(p))) return null;
  const subjects = asList(item.credentialSubject);
  const subject = subjects.length === 1 && isObject(subjects[0]) ? subjects[0] : {};
  const kinds = typesOf(item);
  if (kinds.includes("EndorsementCredential")) {
    const others = new Set(records.filter((r, n) => n !== index && isObject(r.credential)).map((r) => r.credential.id));
    if (typeof subject.id !== "string" || !others.has(subject.id)) return null;
  } else if (!(kinds.includes("AchievementCredential") || kinds.includes("OpenBadgeCredential")) || subject.id !== holderDid) {
    return null;
  }
  const named = isObject(item.issuer) ? item.issuer.name : undefined;
  const name = typeof named === "string" ? named.split(/\s+/).filter(Boolean).join(" ").slice(0, 200) : "";
  return { name, did: issuer, fingerprint: await fingerprint(issuer), verified: true };
}

/** The saved status lists the family included (manifest `status_lists`: {url, credential,
 * as_of}), as verifyCredential takes them; an entry in another form is left out. */
function includedLists(manifest) {
  const entries = Array.isArray(manifest.status_lists) ? manifest.status_lists.slice(0, 100) : [];
  return entries
    .filter((e) => isObject(e) && typeof e.url === "string" && (isObject(e.credential) || typeof e.credential === "string"))
    .map((e) => ({ url: e.url, credential: e.credential, asOf: typeof e.as_of === "string" ? e.as_of : undefined }));
}

/** What a recipient compares with the family: SHA-256 of the DID's text, 128 bits in 8 groups
 * (receive.py: holder_fingerprint, the same form as a card's fingerprint). */
async function fingerprint(did) {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", utf8(did)));
  const text = hex(digest).slice(0, 32);
  return text.match(/.{4}/g).join(" ");
}

/** See index.js. */
export async function openShare(bytes, code, { now = new Date(), statusLists, onProgress } = {}) {
  try {
    return { ok: true, share: await open(bytes, code, { now, statusLists, progress: progressOf(onProgress) }) };
  } catch (error) {
    if (error instanceof EngineError) return { ok: false, error: { code: error.code, params: error.params } };
    // Nothing unexpected may show as a crash: fail closed, as the Python reader does.
    return { ok: false, error: { code: "damaged", params: { reason: "unexpected", detail: String(error?.message ?? error) } } };
  }
}

// Told to `onProgress(stage, {done, total})`: "key" (Argon2id), "decrypt", "verify" (before the
// holder's proof, and after each record). While verifying, the page is given a moment to repaint every 50 ms or so.
function progressOf(onProgress) {
  if (typeof onProgress !== "function") return async () => {};
  let painted = Date.now();
  return async (stage, counts = {}) => {
    try {
      onProgress(stage, counts);
    } catch {
      // the page's progress display never stops the opening
    }
    if (stage !== "verify" || Date.now() - painted > 50) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      painted = Date.now();
    }
  };
}

async function open(bytes, code, { now, statusLists, progress }) {
  if (!(bytes instanceof Uint8Array)) throw new EngineError("not_a_share");
  if (bytes.length > MAX_SHARE_BYTES) throw new EngineError("too_large", { what: "share", max: MAX_SHARE_BYTES });
  const { header, head } = readHeaderBytes(bytes);
  if (header.mode === "card") throw new EngineError("card_share", { recipient: header.recipient });
  if (!header.code) throw new EngineError("wrong_code");
  const normalized = normalizeCode(code);
  if (normalized === null) throw new EngineError("bad_code");
  if (!allowedParams(header.version, header.code)) throw new EngineError("not_a_share", { reason: "settings" });
  const salt = decodeSalt(header.code.salt);
  if (salt === null) throw new EngineError("damaged", { reason: "salt" });
  const moment = nowMs(now);
  await progress("key");
  let key;
  try {
    key = await deriveCodeKey(normalized, salt, header.code);
  } catch (error) {
    // A version 1 share may ask for up to 256 MiB, more than some phones give a page.
    throw new EngineError("too_large", { what: "memory", kib: header.code.memory_kib, detail: String(error?.message ?? error) });
  }
  const expectedDomain = header.version === 1 ? CODE_DOMAIN_V1 : await codeDomain(key);
  await progress("decrypt");
  const { manifest, files } = await openBody(bytes, head, key);
  if (manifest.format !== MANIFEST_FORMAT || manifest.version !== MANIFEST_VERSION) {
    throw new EngineError("unsupported_version", { what: "contents" });
  }
  const presentation = manifest.presentation;
  const items = asList(isObject(presentation) ? presentation.verifiableCredential : undefined);
  await progress("verify", { done: 0, total: items.length });
  const signed = await terms(presentation, expectedDomain, moment);
  if (items.length > MAX_CREDENTIALS) throw new EngineError("too_large", { what: "credentials", max: MAX_CREDENTIALS });
  const ctx = makeContext({ now: moment, statusLists: [...(statusLists || []), ...includedLists(manifest)] }, nowMs);
  const records = [];
  for (let i = 0; i < items.length; i++) {
    records.push(await record(items[i], i, signed.holderDid, ctx));
    await progress("verify", { done: i + 1, total: items.length });
  }
  const present = new Set(files.map((f) => f.sha256));
  for (const r of records) for (const d of r.evidence) if (!present.has(d)) throw new EngineError("damaged", { reason: "evidence" });
  for (const file of files) {
    const users = records.filter((r) => r.evidence.includes(file.sha256)).map((r) => r.index);
    if (users.length) file.usedBy = users;
  }
  for (const r of records) delete r.evidence;
  // The records the family marked restricted (an authenticated part of the manifest).
  const restricted = Array.isArray(manifest.restricted) ? manifest.restricted : [];
  for (const r of records) if (restricted.includes(r.index)) r.restricted = true;
  // The entries the family lists as third-party attested, each borne out by its credential.
  const written = new Set(Array.isArray(manifest.third_party) ? manifest.third_party.filter(Number.isInteger) : []);
  const authors = [];
  for (const r of records) authors.push(written.has(r.index) ? await thirdPartyAuthor(records, r.index, signed.holderDid) : null);
  for (const r of records) {
    if (authors[r.index]) r.author = authors[r.index];
    r.provenance = r.selfReported ? "self_reported" : r.author ? "third_party_attested" : "issuer_signed";
  }
  return {
    id: signed.shareId,
    version: header.version,
    learner: { name: signed.learnerName, did: signed.holderDid, fingerprint: await fingerprint(signed.holderDid) },
    recipient: signed.recipient,
    purpose: signed.purpose,
    created: signed.created,
    expires: signed.expires,
    holder: { verified: true, checks: signed.checks },
    records,
    files,
  };
}
