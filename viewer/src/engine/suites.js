// The Data Integrity cryptosuites (credentials/cryptosuites.py): eddsa-rdfc-2022 and
// Ed25519Signature2020 (vc-di-eddsa), ecdsa-rdfc-2019 on P-256 / P-384 (vc-di-ecdsa) with
// RDFC-1.0; eddsa-jcs-2022 and ecdsa-jcs-2019 with JCS (RFC 8785). Each signs
// hash(canonical proof options) || hash(canonical document); SHA-384 for a P-384 key (RDFC-1.0
// itself too), SHA-256 otherwise.
import canonicalize from "canonicalize";
import { sha256, sha384 } from "@noble/hashes/sha2.js";
import { ed25519 } from "@noble/curves/ed25519.js";
import { p256, p384 } from "@noble/curves/nist.js";
import { canonicalNQuads } from "./linkedData.js";
import { concat, utf8 } from "./bytes.js";
import { invalidProof, malformed, unsupported } from "./problems.js";

const EDDSA = ["Ed25519"];
const ECDSA = ["P-256", "P-384"];
const SUITES = new Map([
  ["DataIntegrityProof|eddsa-rdfc-2022", { name: "eddsa-rdfc-2022", canonical: "rdfc", algorithms: EDDSA }],
  ["Ed25519Signature2020|", { name: "Ed25519Signature2020", canonical: "rdfc", algorithms: EDDSA }],
  ["DataIntegrityProof|eddsa-jcs-2022", { name: "eddsa-jcs-2022", canonical: "jcs", algorithms: EDDSA }],
  ["DataIntegrityProof|ecdsa-rdfc-2019", { name: "ecdsa-rdfc-2019", canonical: "rdfc", algorithms: ECDSA }],
  ["DataIntegrityProof|ecdsa-jcs-2019", { name: "ecdsa-jcs-2019", canonical: "jcs", algorithms: ECDSA }],
]);
const SELECTIVE_DISCLOSURE = new Set(["ecdsa-sd-2023", "bbs-2023"]);

/** The suite a proof names, or a problem (unsupported, or invalid when it names none). */
export function suiteOf(proof) {
  const type = proof.type;
  const cryptosuite = proof.cryptosuite;
  const key = `${typeof type === "string" ? type : "?"}|${cryptosuite === undefined || cryptosuite === null ? "" : cryptosuite}`;
  const suite = typeof cryptosuite === "string" || cryptosuite == null ? SUITES.get(key) : undefined;
  if (suite) return suite;
  const name = cryptosuite || type;
  if (typeof name !== "string" || !name) throw invalidProof("proof_no_method", {});
  if (SELECTIVE_DISCLOSURE.has(name)) throw unsupported("selective_disclosure", { suite: name });
  throw unsupported("unsupported_suite", { suite: name.slice(0, 80) });
}

export const hashName = (algorithm) => (algorithm === "P-384" ? "sha384" : "sha256");
const HASHES = { sha256, sha384 };

function jcs(value) {
  try {
    const text = canonicalize(value);
    if (typeof text !== "string") throw new Error("no text");
    return utf8(text);
  } catch {
    throw malformed("jcs_unwritable", {});
  }
}

function jcsContext(unsecured, options) {
  if (!("@context" in options)) return unsecured;
  const stated = Array.isArray(options["@context"]) ? options["@context"] : [options["@context"]];
  const current = Array.isArray(unsecured["@context"]) ? unsecured["@context"] : [unsecured["@context"]];
  const head = current.slice(0, stated.length);
  if (canonicalize(head) !== canonicalize(stated)) throw invalidProof("jcs_context_changed", {});
  return { ...unsecured, "@context": options["@context"] };
}

// Proof options repeat across a share's credentials (same context, key and time): their
// canonical hash is remembered, as the Python verifier does.
const optionsDigests = new Map();

async function rdfcOptionsDigest(options, hash) {
  const key = `${hash}\n${canonicalize(options)}`;
  const hit = optionsDigests.get(key);
  if (hit) return hit;
  const digest = HASHES[hash](utf8(await canonicalNQuads(options, hash)));
  if (optionsDigests.size > 256) optionsDigests.clear();
  optionsDigests.set(key, digest);
  return digest;
}

/** hash(canonical proof options) || hash(canonical `unsecured` document). */
export async function hashedInput(unsecured, proof, canonical, hash) {
  const options = {};
  for (const [k, v] of Object.entries(proof)) if (k !== "proofValue") options[k] = v;
  let doc = unsecured;
  if (canonical === "jcs") doc = jcsContext(unsecured, options);
  if ("@context" in doc) options["@context"] = doc["@context"];
  const h = HASHES[hash];
  if (canonical === "jcs") return concat(h(jcs(options)), h(jcs(doc)));
  const first = await rdfcOptionsDigest(options, hash);
  return concat(first, h(utf8(await canonicalNQuads(doc, hash))));
}

// Ed25519 through WebCrypto where the browser has it (ten times faster), else noble's.
let webEd25519 = null;

async function ed25519Valid(publicKey, message, signature) {
  if (webEd25519 !== false) {
    try {
      const key = await globalThis.crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
      const ok = await globalThis.crypto.subtle.verify({ name: "Ed25519" }, key, signature, message);
      webEd25519 = true;
      return ok;
    } catch {
      if (webEd25519 === true) return false; // supported, so this key or signature is bad
      webEd25519 = false;
    }
  }
  return ed25519.verify(signature, message, publicKey, { zip215: false });
}

/** Whether `signature` over `message` was made by `key` ({algorithm, key}). */
export async function signatureValid(key, message, signature) {
  try {
    if (key.algorithm === "Ed25519") {
      if (key.key.length !== 32 || signature.length !== 64) return false;
      return await ed25519Valid(key.key, message, signature);
    }
    const curve = key.algorithm === "P-256" ? p256 : key.algorithm === "P-384" ? p384 : null;
    const size = key.algorithm === "P-256" ? 32 : 48;
    if (!curve || signature.length !== 2 * size) return false;
    return curve.verify(signature, message, key.key, { lowS: false, prehash: true, format: "compact" });
  } catch {
    return false;
  }
}
