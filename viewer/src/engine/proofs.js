// Data Integrity proofs (credentials/proofs.py): one proof, proof sets, and proof chains
// (`previousProof`).
import { suiteOf, hashName, hashedInput, signatureValid } from "./suites.js";
import { decodeMultibase, resolveMethod } from "./did.js";
import { invalidProof } from "./problems.js";

export const asList = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

export function proofsOf(document) {
  const proof = document.proof;
  if (proof === undefined || proof === null) throw invalidProof("no_signature", {});
  const proofs = Array.isArray(proof) ? proof : [proof];
  if (!proofs.length || !proofs.every(isObject)) throw invalidProof("proof_block_unreadable", {});
  return proofs;
}

function unsecured(document, proof, proofs) {
  const unsigned = {};
  for (const [k, v] of Object.entries(document)) if (k !== "proof") unsigned[k] = v;
  const previous = proof.previousProof;
  if (previous === undefined || previous === null) return unsigned;
  const wanted = asList(previous);
  if (!wanted.every((w) => typeof w === "string")) throw invalidProof("previous_proof_unreadable", {});
  const matching = [];
  for (const w of wanted) for (const p of proofs) if (isObject(p) && p.id === w) matching.push(p);
  if (matching.length !== wanted.length) throw invalidProof("previous_proof_missing", {});
  return { ...unsigned, proof: matching };
}

function repr(value) {
  if (value === undefined || value === null) return "None";
  if (typeof value === "string") return `'${value}'`;
  return JSON.stringify(value);
}

/** Check one proof on `document`; returns the key that made it, or throws a Problem. */
export async function verifyLinkedDataProof(document, proof, { purpose, controller, challenge, domain, proofs = [] }) {
  const suite = suiteOf(proof);
  if (proof.proofPurpose !== purpose) {
    throw invalidProof("wrong_purpose", { purpose: repr(proof.proofPurpose), expected: repr(purpose) });
  }
  if (challenge !== undefined && proof.challenge !== challenge) throw invalidProof("wrong_challenge", {});
  if (domain !== undefined && proof.domain !== domain) throw invalidProof("wrong_domain", {});
  const key = resolveMethod(proof.verificationMethod ?? "");
  if (key.controller !== controller) throw invalidProof("key_not_issuers", {});
  if (!suite.algorithms.includes(key.algorithm)) throw invalidProof("key_type_not_allowed", {});
  const signature = decodeMultibase(proof.proofValue ?? "", "signature");
  const data = await hashedInput(unsecured(document, proof, proofs), proof, suite.canonical, hashName(key.algorithm));
  if (!(await signatureValid(key, data, signature))) throw invalidProof("signature_mismatch", {});
  return key;
}

/** Check every proof of a credential as its issuer's assertion; returns the last key's id. */
export async function verifyLinkedDataProofs(document, issuer) {
  let method = "";
  const proofs = proofsOf(document);
  for (const proof of proofs) {
    const key = await verifyLinkedDataProof(document, proof, { purpose: "assertionMethod", controller: issuer, proofs });
    method = key.methodId;
  }
  return method;
}
