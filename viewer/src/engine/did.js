// Issuer keys from DIDs, offline (credentials/did.py): did:key and did:jwk from the identifier;
// did:web and others cannot be resolved by a page with no network and no saved documents.
import { base58decode, b64decode, utf8Decode } from "./bytes.js";
import { invalidProof, unsupported, unresolvable, malformed } from "./problems.js";
import { p256, p384 } from "@noble/curves/nist.js";

// multicodec prefix -> [algorithm, length of prefix and compressed key]
const MULTIKEY = [
  [[0xed, 0x01], "Ed25519", 34],
  [[0x80, 0x24], "P-256", 35],
  [[0x81, 0x24], "P-384", 51],
];

/** Multibase base58btc ('z' prefix) to bytes; `what` names it in the error. */
export function decodeMultibase(value, what) {
  if (typeof value !== "string" || !value.startsWith("z") || value.length > 4096) {
    throw invalidProof("not_multibase", { what });
  }
  const raw = base58decode(value.slice(1));
  if (raw === null) throw invalidProof("not_base58", { what });
  return raw;
}

/** [algorithm, raw key] of a multibase multicodec public key. */
export function multikeyPublic(value, what) {
  const raw = decodeMultibase(value, what);
  for (const [prefix, algorithm, length] of MULTIKEY) {
    if (raw[0] === prefix[0] && raw[1] === prefix[1] && raw.length === length) {
      return [algorithm, raw.slice(2)];
    }
  }
  throw unsupported("unsupported_key_kind", { what });
}

function b64urlField(text) {
  if (typeof text !== "string" || text.length > 1024) throw invalidProof("published_key_form", {});
  const raw = b64decode(text);
  if (raw === null) throw invalidProof("published_key_base64", {});
  return raw;
}

/** [algorithm, raw key] of a public JWK (OKP Ed25519, EC P-256 / P-384 as a compressed point). */
export function keyFromJwk(jwk) {
  if (!jwk || typeof jwk !== "object" || Array.isArray(jwk) || "d" in jwk) {
    throw invalidProof("not_public_jwk", {});
  }
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") {
    const raw = b64urlField(jwk.x);
    if (raw.length === 32) return ["Ed25519", raw];
  }
  const size = jwk.kty === "EC" ? { "P-256": 32, "P-384": 48 }[jwk.crv] : undefined;
  if (size !== undefined) {
    const x = b64urlField(jwk.x);
    const y = b64urlField(jwk.y);
    if (x.length === size && y.length === size) {
      const point = new Uint8Array(1 + size);
      point[0] = 2 + (y[size - 1] & 1);
      point.set(x, 1);
      // Python builds the point from x and y: coordinates off the curve are refused there.
      const curve = jwk.crv === "P-256" ? p256 : p384;
      const full = new Uint8Array(1 + 2 * size);
      full[0] = 4;
      full.set(x, 1);
      full.set(y, 1 + size);
      try {
        curve.Point.fromBytes(full).assertValidity();
      } catch {
        throw invalidProof("jwk_not_on_curve", {});
      }
      return [jwk.crv, point];
    }
  }
  throw unsupported("unsupported_published_key", {});
}

function didJwkKey(did, fragment) {
  if (fragment !== "" && fragment !== "0") throw invalidProof("did_jwk_fragment", {});
  const raw = b64decode(did.slice("did:jwk:".length));
  const text = raw && utf8Decode(raw);
  let jwk;
  try {
    jwk = JSON.parse(text);
  } catch {
    throw invalidProof("did_jwk_unreadable", {});
  }
  const [algorithm, key] = keyFromJwk(jwk);
  return { controller: did, methodId: `${did}#0`, algorithm, key };
}

/** `{controller, methodId, algorithm, key}` of a verification method id, offline. */
export function resolveMethod(methodId) {
  if (typeof methodId !== "string" || !methodId) throw invalidProof("no_verification_method", {});
  const hash = methodId.indexOf("#");
  const did = hash < 0 ? methodId : methodId.slice(0, hash);
  const fragment = hash < 0 ? "" : methodId.slice(hash + 1);
  if (did.startsWith("did:key:")) {
    const fingerprint = did.slice("did:key:".length);
    if (fragment && fragment !== fingerprint) throw invalidProof("did_key_fragment", {});
    const [algorithm, key] = multikeyPublic(fingerprint, "did:key");
    return { controller: did, methodId: `${did}#${fingerprint}`, algorithm, key };
  }
  if (did.startsWith("did:jwk:")) return didJwkKey(did, fragment);
  if (did.startsWith("did:web:")) throw unresolvable("did_web_offline", { did });
  if (did.startsWith("did:")) {
    const parts = did.split(":");
    const method = parts.length >= 3 ? parts[1] : did;
    throw unresolvable("did_method_offline", { method });
  }
  if (methodId.startsWith("https://") || methodId.startsWith("http://")) {
    throw unresolvable("key_url_offline", {});
  }
  throw unresolvable("key_not_did", { method: methodId.slice(0, 120) });
}

/** The credential's issuer as a string id (issuer may be a string or a Profile object). */
export function issuerId(credential) {
  const issuer = credential.issuer;
  const value = issuer && typeof issuer === "object" && !Array.isArray(issuer) ? issuer.id : issuer;
  if (typeof value !== "string" || !value) throw malformed("no_issuer", {});
  return value;
}

export function issuerName(credential) {
  const issuer = credential.issuer;
  const name = issuer && typeof issuer === "object" && !Array.isArray(issuer) ? issuer.name : undefined;
  return typeof name === "string" && name.trim() ? name : null;
}
