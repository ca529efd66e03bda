// Byte helpers: UTF-8, hex, base64 / base64url, base58btc. Strict decoders return null on bad input.
const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: true });

export const utf8 = (text) => enc.encode(text);

/** UTF-8 bytes to text, or null when they are not UTF-8. */
export function utf8Decode(bytes) {
  try {
    return dec.decode(bytes);
  } catch {
    return null;
  }
}

export function hex(bytes) {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

export function concat(...parts) {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function equalBytes(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;
B64_INDEX["-".charCodeAt(0)] = 62;
B64_INDEX["_".charCodeAt(0)] = 63;

/** Base64 or base64url (either alphabet), padding optional; null on any other character. */
export function b64decode(text) {
  if (typeof text !== "string") return null;
  let s = text.replace(/=+$/, "");
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

export function b64urlEncode(bytes, { pad = false } = {}) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((s) => B64[(n >> s) & 63]);
    const keep = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    out += chars.slice(0, keep).join("");
  }
  out = out.replace(/\+/g, "-").replace(/\//g, "_");
  if (pad) while (out.length % 4) out += "=";
  return out;
}

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const B58_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < 58; i++) B58_INDEX[B58.charCodeAt(i)] = i;

/** Base58btc (Bitcoin alphabet) to bytes; null on a character outside it. */
export function base58decode(text) {
  const digits = [0];
  let zeros = 0;
  while (zeros < text.length && text[zeros] === "1") zeros++;
  for (let i = zeros; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B58_INDEX[c] : -1;
    if (v < 0) return null;
    let carry = v;
    for (let j = 0; j < digits.length; j++) {
      carry += digits[j] * 58;
      digits[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry) {
      digits.push(carry & 0xff);
      carry >>= 8;
    }
  }
  let end = digits.length;
  while (end > 0 && digits[end - 1] === 0) end--;
  const out = new Uint8Array(zeros + end);
  for (let i = 0; i < end; i++) out[zeros + i] = digits[end - 1 - i];
  return out;
}

/** A deep copy of parsed JSON (structuredClone is missing from Safari before 15.4). */
export const copyJson = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
