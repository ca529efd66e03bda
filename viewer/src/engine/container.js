// The `.backpack` container (docs/bundle-format.md, sharing/container.py, crypto/stream.py):
// magic, version, a JSON header, then a sealed stream of AES-256-GCM chunks whose associated
// data binds the stream header, the chunk index, a last-chunk flag and the container's header.
import { argon2id } from "hash-wasm";
import { b64decode, b64urlEncode, concat, hex, utf8, utf8Decode } from "./bytes.js";

export const MAGIC = utf8("BPSHARE\0");
export const READABLE_VERSIONS = [1, 2];
const PREFIX_BYTES = 14;
const MAX_HEADER_BYTES = 64 * 1024;
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_TOTAL_FILE_BYTES = 1024 * 1024 * 1024;
export const MAX_FILES = 1_000;
const STREAM_MAGIC = utf8("BPSTREAM");
const STREAM_HEADER_BYTES = 46;
const CHUNK_BOUNDS = [4096, 16 * 1024 * 1024];
const NONCE = 12;
const TAG = 16;
const KIND_MANIFEST = 1;
const KIND_FILE = 2;

/** A share that cannot be opened: `code` names why (see index.js), `params` the details. */
export class EngineError extends Error {
  constructor(code, params = {}) {
    super(code);
    this.name = "EngineError";
    this.code = code;
    this.params = params;
  }
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENIENT = { O: "0", I: "1", L: "1" };

/** The 20 characters of a typed share code (case, dashes, spaces and O/I/L forgiven), or null. */
export function normalizeCode(text) {
  if (typeof text !== "string") return null;
  const cleaned = [...text.replace(/\s+/gu, "").replace(/-/g, "").toUpperCase()]
    .map((ch) => LENIENT[ch] ?? ch)
    .join("");
  if (cleaned.length !== 20 || [...cleaned].some((ch) => !CROCKFORD.includes(ch))) return null;
  return cleaned;
}

const HEADER_KEYS = new Set(["share_id", "mode", "recipient", "expires", "card", "code"]);
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isInt = (v) => typeof v === "number" && Number.isInteger(v);

function strictHeader(header) {
  const str = (v, max) => typeof v === "string" && [...v].length <= max;
  if (!isObject(header) || Object.keys(header).some((k) => !HEADER_KEYS.has(k))) return false;
  if (!str(header.share_id, 100) || !str(header.expires, 64)) return false;
  if (header.mode !== "card" && header.mode !== "code") return false;
  const r = header.recipient;
  if (!isObject(r) || Object.keys(r).some((k) => k !== "name" && k !== "fingerprint")) return false;
  if (!str(r.name, 300) || !str(r.fingerprint, 200)) return false;
  if (header.card !== undefined && header.card !== null) {
    const c = header.card;
    if (!isObject(c) || Object.keys(c).some((k) => k !== "jwe") || !str(c.jwe, 8000)) return false;
  }
  if (header.code !== undefined && header.code !== null) {
    const c = header.code;
    const keys = ["salt", "memory_kib", "iterations", "lanes"];
    if (!isObject(c) || Object.keys(c).some((k) => !keys.includes(k))) return false;
    if (!str(c.salt, 64) || !isInt(c.memory_kib) || !isInt(c.iterations) || !isInt(c.lanes)) return false;
  }
  return true;
}

/**
 * The container's header (a hint: nothing is decided on it) and the exact bytes the body is
 * bound to. Throws EngineError not_a_share / unsupported_version / damaged.
 */
export function readHeaderBytes(bytes) {
  if (!(bytes instanceof Uint8Array) || bytes.length < PREFIX_BYTES) throw new EngineError("not_a_share");
  for (let i = 0; i < MAGIC.length; i++) if (bytes[i] !== MAGIC[i]) throw new EngineError("not_a_share");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(8);
  const length = view.getUint32(10);
  if (!READABLE_VERSIONS.includes(version)) throw new EngineError("unsupported_version", { version });
  if (length > MAX_HEADER_BYTES) throw new EngineError("damaged", { reason: "header" });
  if (bytes.length < PREFIX_BYTES + length) throw new EngineError("not_a_share", { reason: "truncated" });
  const text = utf8Decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length));
  let header;
  try {
    header = JSON.parse(text);
  } catch {
    throw new EngineError("damaged", { reason: "header" });
  }
  if (!strictHeader(header)) throw new EngineError("damaged", { reason: "header" });
  const code = isObject(header.code)
    ? { salt: header.code.salt, memory_kib: header.code.memory_kib, iterations: header.code.iterations, lanes: header.code.lanes }
    : null;
  return {
    header: {
      version,
      mode: header.mode,
      shareId: header.share_id,
      expires: header.expires,
      recipient: { name: header.recipient.name, fingerprint: header.recipient.fingerprint },
      code,
    },
    head: bytes.subarray(0, PREFIX_BYTES + length),
  };
}

// ---- the key of a code share
const SALT_TEXT = /^[A-Za-z0-9_-]{21}[AQgw]==$/;
const BINDING_LABEL = utf8("backpack code share binding\0");
export const CODE_DOMAIN_V1 = "urn:backpack:code";
export const CODE_DOMAIN_PREFIX = "urn:backpack:code:";

/** The salt of a header: strict base64url (with padding) of exactly 16 bytes, or null. */
export function decodeSalt(text) {
  if (typeof text !== "string" || !SALT_TEXT.test(text)) return null;
  const salt = b64decode(text);
  if (!salt || salt.length !== 16 || b64urlEncode(salt, { pad: true }) !== text) return null;
  return salt;
}

/** Whether a bundle of `version` may name these Argon2id settings. */
export function allowedParams(version, { memory_kib: memory, iterations, lanes }) {
  if (version === 1) {
    return [65536, 131072, 262144].includes(memory) && iterations >= 2 && iterations <= 10 && lanes === 1;
  }
  return memory === 65536 && iterations === 3 && lanes === 1;
}

/** Argon2id of the normalized code: the content key (32 bytes). */
export async function deriveCodeKey(normalized, salt, params) {
  return argon2id({
    password: utf8(normalized),
    salt,
    parallelism: params.lanes,
    iterations: params.iterations,
    memorySize: params.memory_kib,
    hashLength: 32,
    outputType: "binary",
  });
}

const subtle = () => globalThis.crypto.subtle;

/** `urn:backpack:code:` + hex(SHA-256(label ‖ 0 ‖ key)): whom a v2 code share is signed for. */
export async function codeDomain(contentKey) {
  const digest = new Uint8Array(await subtle().digest("SHA-256", concat(BINDING_LABEL, contentKey)));
  return CODE_DOMAIN_PREFIX + hex(digest);
}

// ---- the sealed body
class AuthFailure extends Error {}

function chunkAd(streamHeader, index, last, extra) {
  const ad = new Uint8Array(streamHeader.length + 9 + extra.length);
  ad.set(streamHeader, 0);
  const view = new DataView(ad.buffer);
  view.setBigUint64(streamHeader.length, BigInt(index));
  ad[streamHeader.length + 8] = last ? 1 : 0;
  ad.set(extra, streamHeader.length + 9);
  return ad;
}

/** The plaintext of the sealed stream after `head`; throws AuthFailure on any failure. */
async function openStream(body, rawKey, head) {
  if (body.length < STREAM_HEADER_BYTES) throw new AuthFailure();
  const streamHeader = body.subarray(0, STREAM_HEADER_BYTES);
  for (let i = 0; i < 8; i++) if (streamHeader[i] !== STREAM_MAGIC[i]) throw new AuthFailure();
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const version = view.getUint16(8);
  const chunk = view.getUint32(10);
  if (version !== 1 || chunk < CHUNK_BOUNDS[0] || chunk > CHUNK_BOUNDS[1]) throw new AuthFailure();
  const key = await subtle().importKey("raw", rawKey, { name: "AES-GCM" }, false, ["decrypt"]);
  const rawLen = NONCE + chunk + TAG;
  const jobs = [];
  let offset = STREAM_HEADER_BYTES;
  for (let index = 0; ; index++) {
    const remaining = body.length - offset;
    if (remaining < NONCE + TAG) throw new AuthFailure();
    const n = Math.min(rawLen, remaining);
    const last = offset + n === body.length;
    const nonce = body.subarray(offset, offset + NONCE);
    const sealed = body.subarray(offset + NONCE, offset + n);
    const ad = chunkAd(streamHeader, index, last, head);
    jobs.push(
      subtle()
        .decrypt({ name: "AES-GCM", iv: nonce, additionalData: ad, tagLength: 128 }, key, sealed)
        .then((plain) => new Uint8Array(plain), () => {
          throw new AuthFailure();
        }),
    );
    offset += n;
    if (last) break;
  }
  const settled = await Promise.allSettled(jobs);
  if (settled.some((s) => s.status === "rejected")) throw new AuthFailure();
  return concat(...settled.map((s) => s.value));
}

function readEntry(plain, at, kind) {
  if (at + 9 > plain.length) throw new EngineError("damaged", { reason: "entries" });
  if (plain[at] !== kind) throw new EngineError("damaged", { reason: "entries" });
  const size = new DataView(plain.buffer, plain.byteOffset + at + 1, 8).getBigUint64(0);
  return [size, at + 9];
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const FILE_KEYS = new Set(["sha256", "name", "media_type", "size"]);

function fileEntry(f) {
  if (!isObject(f) || Object.keys(f).some((k) => !FILE_KEYS.has(k))) throw new EngineError("damaged", { reason: "manifest" });
  const ok =
    typeof f.sha256 === "string" && SHA256_HEX.test(f.sha256) &&
    typeof f.name === "string" && [...f.name].length <= 255 &&
    typeof f.media_type === "string" && [...f.media_type].length <= 200 &&
    isInt(f.size) && f.size >= 0;
  if (!ok) throw new EngineError("damaged", { reason: "manifest" });
  if (f.size > MAX_FILE_BYTES) throw new EngineError("too_large", { what: "file", max: MAX_FILE_BYTES });
  return { sha256: f.sha256, name: f.name, mediaType: f.media_type, size: f.size };
}

/** How deeply lists and objects nest in a JSON value (stops counting past 64). */
export function jsonDepth(value) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop();
    if (item === null || typeof item !== "object") continue;
    deepest = Math.max(deepest, depth);
    if (depth > 64) return depth;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Decrypt and check the container with `contentKey`: `{manifest, files}` (files with their
 * bytes, each digest checked). Any cryptographic failure: EngineError wrong_code.
 */
export async function openBody(bytes, head, contentKey) {
  let plain;
  try {
    plain = await openStream(bytes.subarray(head.length), contentKey, head);
  } catch (error) {
    if (error instanceof AuthFailure) throw new EngineError("wrong_code");
    throw error;
  }
  let [size, at] = readEntry(plain, 0, KIND_MANIFEST);
  if (size > BigInt(MAX_MANIFEST_BYTES)) throw new EngineError("too_large", { what: "manifest", max: MAX_MANIFEST_BYTES });
  const n = Number(size);
  if (at + n > plain.length) throw new EngineError("damaged", { reason: "entries" });
  let text = utf8Decode(plain.subarray(at, at + n));
  if (text !== null && text.startsWith("\ufeff")) text = text.slice(1);
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new EngineError("damaged", { reason: "manifest" });
  }
  if (!isObject(manifest) || jsonDepth(manifest) > 64) throw new EngineError("damaged", { reason: "manifest" });
  at += n;
  const listed = manifest.files === undefined ? [] : manifest.files;
  if (!Array.isArray(listed)) throw new EngineError("damaged", { reason: "manifest" });
  if (listed.length > MAX_FILES) throw new EngineError("too_large", { what: "files", max: MAX_FILES });
  const files = listed.map(fileEntry);
  if (files.reduce((t, f) => t + f.size, 0) > MAX_TOTAL_FILE_BYTES) {
    throw new EngineError("too_large", { what: "total", max: MAX_TOTAL_FILE_BYTES });
  }
  const digests = [];
  for (const file of files) {
    [size, at] = readEntry(plain, at, KIND_FILE);
    if (size !== BigInt(file.size) || at + file.size > plain.length) throw new EngineError("damaged", { reason: "entries" });
    file.bytes = plain.subarray(at, at + file.size);
    digests.push(subtle().digest("SHA-256", file.bytes));
    at += file.size;
  }
  if (at !== plain.length) throw new EngineError("damaged", { reason: "entries" });
  const computed = await Promise.all(digests);
  files.forEach((file, i) => {
    if (hex(new Uint8Array(computed[i])) !== file.sha256) throw new EngineError("damaged", { reason: "digest", name: file.name });
  });
  return { manifest, files };
}
