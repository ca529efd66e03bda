// Writes a version 2 code share in JavaScript, as sharing/compose.py does (for the engine's
// tests and benchmark only; Backpack itself makes shares in Python): a presentation signed by a
// holder key (eddsa-rdfc-2022, authentication, challenge = share id, domain = the code's
// binding), sealed with the key the code stretches to.
import "./node-globals.mjs";
import { ed25519 } from "@noble/curves/ed25519.js";
import { hashedInput } from "../src/engine/suites.js";
import { codeDomain, decodeSalt, deriveCodeKey, normalizeCode } from "../src/engine/container.js";
import { b64urlEncode, utf8 } from "../src/engine/bytes.js";

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

export function base58(bytes) {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let out = "";
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = "1" + out;
  }
  return out;
}

/** A holder (or school) key: {secret, did, method}. */
export function newKey(secret = ed25519.utils.randomSecretKey()) {
  const pub = ed25519.getPublicKey(secret);
  const fingerprint = "z" + base58(new Uint8Array([0xed, 0x01, ...pub]));
  const did = `did:key:${fingerprint}`;
  return { secret, did, method: `${did}#${fingerprint}` };
}

/** `document` with an eddsa-rdfc-2022 proof by `key` (extra proof options in `options`). */
export async function signEddsa(document, key, options = {}) {
  const proof = {
    type: "DataIntegrityProof",
    cryptosuite: "eddsa-rdfc-2022",
    created: "2026-12-03T12:00:00Z",
    verificationMethod: key.method,
    proofPurpose: "assertionMethod",
    ...options,
  };
  const unsigned = { ...document };
  delete unsigned.proof;
  const data = await hashedInput(unsigned, proof, "rdfc", "sha256");
  proof.proofValue = "z" + base58(ed25519.sign(data, key.secret));
  return { ...unsigned, proof };
}

function entry(kind, bytes) {
  const out = new Uint8Array(9 + bytes.length);
  out[0] = kind;
  new DataView(out.buffer).setBigUint64(1, BigInt(bytes.length));
  out.set(bytes, 9);
  return out;
}

async function sha256hex(bytes) {
  const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return [...d].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Seal `plain` in a container of `version` with `headerJson`, in 1 MiB chunks. */
export async function seal(headerJson, key, plain, version = 2, chunk = 1024 * 1024) {
  const headerBytes = utf8(headerJson);
  const head = new Uint8Array(14 + headerBytes.length);
  head.set(utf8("BPSHARE\0"));
  new DataView(head.buffer).setUint16(8, version);
  new DataView(head.buffer).setUint32(10, headerBytes.length);
  head.set(headerBytes, 14);
  const streamHeader = new Uint8Array(46);
  streamHeader.set(utf8("BPSTREAM"));
  new DataView(streamHeader.buffer).setUint16(8, 1);
  new DataView(streamHeader.buffer).setUint32(10, chunk);
  streamHeader.set(crypto.getRandomValues(new Uint8Array(32)), 14);
  const aes = await crypto.subtle.importKey("raw", key, "AES-GCM", false, ["encrypt"]);
  const parts = [head, streamHeader];
  const count = Math.max(1, Math.ceil(plain.length / chunk));
  for (let i = 0; i < count; i++) {
    const last = i === count - 1;
    const ad = new Uint8Array(46 + 9 + head.length);
    ad.set(streamHeader);
    new DataView(ad.buffer).setBigUint64(46, BigInt(i));
    ad[54] = last ? 1 : 0;
    ad.set(head, 55);
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv: nonce, additionalData: ad }, aes, plain.subarray(i * chunk, (i + 1) * chunk));
    parts.push(nonce, new Uint8Array(sealed));
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A version 2 code share of `credentials` (objects as signed, or VC-JWT strings, carried
 * enveloped) and `files` ([{name, mediaType, bytes}]); returns {bytes, code, shareId}.
 */
export async function makeShare({
  credentials,
  files = [],
  holder = newKey(),
  code = "W7VE-JX75-Q070-JJD3-Q7RM",
  shareId = crypto.randomUUID(),
  learnerName = "Ana Rivera",
  recipientName = "Whoever has the code",
  purpose = "Tutoring",
  created = "2026-12-03T12:00:00Z",
  expires = "2099-01-01T00:00:00Z",
  domain,
  manifestExtra = {},
}) {
  const salt = b64urlEncode(crypto.getRandomValues(new Uint8Array(16)), { pad: true });
  const params = { memory_kib: 65536, iterations: 3, lanes: 1 };
  const key = await deriveCodeKey(normalizeCode(code), decodeSalt(salt), params);
  const vp = {
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    id: `urn:uuid:${shareId}`,
    type: ["VerifiablePresentation"],
    name: recipientName,
    holder: { id: holder.did, name: learnerName },
    verifiableCredential: credentials.map((c) =>
      typeof c === "string" ? { "@context": "https://www.w3.org/ns/credentials/v2", id: `data:application/vc+jwt,${c}`, type: "EnvelopedVerifiableCredential" } : c,
    ),
  };
  if (purpose) vp.description = purpose;
  const presentation = await signEddsa(vp, holder, {
    created,
    proofPurpose: "authentication",
    challenge: shareId,
    domain: domain ?? (await codeDomain(key)),
    expires,
  });
  const listed = [];
  for (const f of files) listed.push({ sha256: await sha256hex(f.bytes), name: f.name, media_type: f.mediaType, size: f.bytes.length });
  const manifest = utf8(JSON.stringify({ format: "backpack-share", version: 1, presentation, files: listed, ...manifestExtra }));
  const plainParts = [entry(1, manifest), ...files.map((f) => entry(2, f.bytes))];
  const plain = new Uint8Array(plainParts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of plainParts) {
    plain.set(p, at);
    at += p.length;
  }
  const header = JSON.stringify({ share_id: shareId, mode: "code", recipient: { name: recipientName, fingerprint: "" }, expires, code: { salt, ...params } });
  return { bytes: await seal(header, key, plain), code, shareId, holder };
}
