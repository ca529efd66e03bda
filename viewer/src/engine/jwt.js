// VC-JWT (credentials/vc_jwt.py): a credential signed as a compact JWS (EdDSA, ES256, ES384, and
// RS256 with an embedded did:jwk key), checked offline. The key comes from the header's `kid`
// (a did:key / did:jwk method of the issuer) or from an embedded `jwk` only when the issuer is
// the did:jwk of that same key.
import { b64decode, utf8, utf8Decode } from "./bytes.js";
import { issuerId, resolveMethod, keyFromJwk } from "./did.js";
import { signatureValid } from "./suites.js";
import { invalidProof, malformed, unsupported, unresolvable } from "./problems.js";
import { isObject } from "./proofs.js";
import { parseDateTime } from "./dates.js";

export const ALGORITHM_FOR_KEY = { Ed25519: "EdDSA", "P-256": "ES256", "P-384": "ES384", RSA: "RS256" };
const ACCEPTED = new Set(Object.values(ALGORITHM_FOR_KEY));
const REGISTERED_CLAIMS = new Set(["iss", "sub", "aud", "exp", "nbf", "iat", "jti", "cnf"]);
export const MAX_TOKEN_CHARS = 4 * 1024 * 1024;
export const ENVELOPED_PREFIX = "data:application/vc+jwt,";

export function looksLikeJwt(text) {
  const t = text.trim();
  return t.split(".").length === 3 && t.startsWith("ey") && !t.slice(0, 64).includes("{");
}

function b64json(part, what) {
  const raw = b64decode(part);
  const text = raw && utf8Decode(raw);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed("token_part_unreadable", { what });
  }
  if (!isObject(value)) throw malformed("token_part_not_object", { what });
  return value;
}

/** The credential inside a VC-JWT payload (VC 2.0: the payload; VC 1.1: its `vc` claim). */
export function credentialOf(payload) {
  if (isObject(payload.vc)) return { ...payload.vc };
  const out = {};
  for (const [k, v] of Object.entries(payload)) if (!REGISTERED_CLAIMS.has(k)) out[k] = v;
  return out;
}

/** Header and payload, read without checking anything. */
export function readCompactJws(token) {
  const parts = token.trim().split(".");
  if (parts.length !== 3 || token.length > MAX_TOKEN_CHARS) throw malformed("not_compact_jwt", {});
  return [b64json(parts[0], "token header"), b64json(parts[1], "token content")];
}

/** The credential a token carries, read without checking anything. */
export function peekCredential(token) {
  return credentialOf(readCompactJws(token)[1]);
}

export function checkAlgorithm(header) {
  const alg = header.alg;
  if (typeof alg !== "string" || alg.toLowerCase() === "" || alg.toLowerCase() === "none") {
    throw invalidProof("alg_not_accepted", { alg: alg === undefined || alg === null ? "None" : typeof alg === "string" ? `'${alg}'` : JSON.stringify(alg) });
  }
  if (!ACCEPTED.has(alg)) throw unsupported("unsupported_alg", { alg: alg.slice(0, 40) });
  if (header.crit) throw invalidProof("token_crit", {});
}

function keyFromKid(kid, issuer) {
  const key = resolveMethod(kid);
  if (key.controller !== issuer) throw invalidProof("key_not_issuers", {});
  return key;
}

function keyFromEmbeddedJwk(jwk, issuer) {
  if (!isObject(jwk)) throw malformed("embedded_key_not_jwk", {});
  const pub = {};
  for (const [k, v] of Object.entries(jwk)) if (["kty", "crv", "x", "y", "n", "e"].includes(k)) pub[k] = v;
  let named = null;
  if (issuer.startsWith("did:jwk:")) named = b64json(issuer.slice("did:jwk:".length), "issuer");
  if (!named || !sameJson(named, pub)) throw unresolvable("embedded_key_unidentified", {});
  if (pub.kty === "RSA" && pub.crv === undefined) {
    if (typeof pub.n !== "string" || typeof pub.e !== "string") throw invalidProof("embedded_key_invalid", {});
    return { algorithm: "RSA", jwk: pub };
  }
  const kinds = { "OKP|Ed25519": 1, "EC|P-256": 1, "EC|P-384": 1 };
  if (!kinds[`${pub.kty}|${pub.crv}`]) throw unsupported("embedded_key_kind", {});
  try {
    const [algorithm, key] = keyFromJwk(pub);
    return { algorithm, key };
  } catch {
    throw invalidProof("embedded_key_invalid", {});
  }
}

function sameJson(a, b) {
  const keys = (o) => Object.keys(o).sort();
  const ka = keys(a), kb = keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function epoch(value, name) {
  if (typeof value !== "number") throw malformed("claim_not_time", { claim: name });
  return value * 1000;
}

function checkClaims(payload, credential, issuer) {
  if ("iss" in payload && payload.iss !== issuer) throw invalidProof("token_other_issuer", {});
  if ("jti" in payload && "id" in credential && !sameValue(payload.jti, credential.id)) {
    throw malformed("token_other_id", {});
  }
  const subject = credential.credentialSubject;
  const subjectId = isObject(subject) ? subject.id : undefined;
  if ("sub" in payload && subjectId !== undefined && subjectId !== null && !sameValue(payload.sub, subjectId)) {
    throw malformed("token_other_subject", {});
  }
  for (const [claim, fields] of [["nbf", ["validFrom", "issuanceDate"]], ["exp", ["validUntil", "expirationDate"]]]) {
    const field = fields.find((f) => f in credential);
    const stated = field === undefined ? undefined : credential[field];
    if (claim in payload && stated !== undefined && stated !== null) {
      const moment = epoch(payload[claim], claim);
      // As vc_jwt.py reads it: fromisoformat without the lower-case "z" parse_datetime allows.
      const declared = String(stated).includes("z") ? null : parseDateTime(String(stated));
      if (!declared) throw malformed("field_not_datetime", { field: fields[0] });
      if (Math.abs(declared.ms - moment) > 1000) throw malformed("claim_disagrees", { claim, field: fields[0] });
    }
  }
}

function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function rsaValid(jwk, message, signature) {
  try {
    const key = await globalThis.crypto.subtle.importKey(
      "jwk", { kty: "RSA", n: jwk.n, e: jwk.e, ext: true },
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"],
    );
    return await globalThis.crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, signature, message);
  } catch {
    return false;
  }
}

/** Raise unless `token` is a compact JWS made by `key` with exactly `alg`. */
export async function checkCompactJws(token, key, alg) {
  const parts = token.split(".");
  const signature = b64decode(parts[2]);
  if (signature === null) throw invalidProof("signature_mismatch", {});
  const message = utf8(`${parts[0]}.${parts[1]}`);
  const ok = key.algorithm === "RSA" ? await rsaValid(key.jwk, message, signature) : await signatureValid(key, message, signature);
  if (!ok) throw invalidProof("signature_mismatch", {});
}

/** Check the JWS and its claims; returns [credential, key description] or throws a Problem. */
export async function verifyVcJwt(token) {
  token = token.trim();
  if (token.length > MAX_TOKEN_CHARS) throw malformed("token_too_large", {});
  const parts = token.split(".");
  if (parts.length !== 3) throw malformed("not_compact_jwt", {});
  const header = b64json(parts[0], "token header");
  const payload = b64json(parts[1], "token content");
  const credential = credentialOf(payload);
  const issuer = issuerId(credential);
  const alg = header.alg;
  checkAlgorithm(header);
  let key;
  let described;
  if ("kid" in header) {
    key = keyFromKid(header.kid, issuer);
    described = String(header.kid);
  } else if ("jwk" in header) {
    key = keyFromEmbeddedJwk(header.jwk, issuer);
    described = "the key its did:jwk names";
  } else {
    throw invalidProof("token_no_key", {});
  }
  if (ALGORITHM_FOR_KEY[key.algorithm] !== alg) {
    throw invalidProof("alg_key_mismatch", { alg, algorithm: key.algorithm });
  }
  await checkCompactJws(token, key, alg);
  checkClaims(payload, credential, issuer);
  return [credential, described];
}
