// The engine's verdicts on the project's credential fixtures (tampered, expired, not yet valid,
// unknown context, offline keys, JWTs, CLRs, ECDSA, selective disclosure), the W3C vectors'
// signatures (eddsa/ecdsa, RDFC and JCS, proof sets and chains), status lists, and VC-JWTs made
// here (ES384, did:jwk). tests/unit/test_viewer_engine_agrees.py compares them with Python's.
import "../tools/node-globals.mjs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { p384 } from "@noble/curves/nist.js";
import { ed25519 } from "@noble/curves/ed25519.js";
import { verifyCredential } from "../src/engine/index.js";
import { verifyLinkedDataProof, proofsOf } from "../src/engine/proofs.js";
import { b64urlEncode, utf8 } from "../src/engine/bytes.js";
import { base58, newKey, signEddsa } from "../tools/share-writer.mjs";

const fixtures = fileURLToPath(new URL("../../tests/fixtures/", import.meta.url));
const text = (name) => readFileSync(fixtures + name, "utf8");
const load = (name) => (name.endsWith(".jwt") ? text(name).trim() : JSON.parse(text(name)));
const AT = "2026-12-03T12:00:00Z";
const verify = (credential, options = {}) => verifyCredential(credential, { now: AT, ...options });
const check = (report, id) => report.checks.find((c) => c.id === id);

const EXPECTED = {
  "peer/ob3-eddsa-0004.json": "unknown_issuer",
  "peer/ob3-ed25519-2020-0012.json": "unknown_issuer",
  "peer/clr2-eddsa-0006.json": "unknown_issuer",
  "peer/ob3-jwt-eddsa-0001.jwt": "unknown_issuer",
  "peer/ob3-jwt-es256-0003.jwt": "unknown_issuer",
  "oneroster/issued/stu-00001/clr.json": "unknown_issuer",
  "oneroster/issued-vc-jwt/stu-00001/clr.jwt": "unknown_issuer",
  "db-ecdsa/db-ecdsa-rdfc-2019-p256.json": "unknown_issuer",
  "db-ecdsa/db-ecdsa-rdfc-2019-p384.json": "unknown_issuer",
  "db-ecdsa/db-ecdsa-sd-2023-derived.json": "unsupported",
  "peer/negative/neg-01-tampered-achievement-name.json": "invalid_signature",
  "peer/negative/neg-05-added-undefined-term.json": "malformed",
  "peer/negative/neg-07-issuer-not-key-controller.json": "invalid_signature",
  "peer/negative/neg-08-expired.json": "expired",
  "peer/negative/neg-09-not-yet-valid.json": "not_yet_valid",
  "peer/negative/neg-10-unknown-context.json": "unverifiable_offline",
  "peer/negative/neg-11-proof-removed.json": "invalid_signature",
  "peer/negative/neg-16-unresolvable-verification-method.json": "unverifiable_offline",
  "peer/negative/neg-17-clr-embedded-tampered-outer-resigned.json": "invalid_signature",
  "peer/negative/neg-19-clr-embedded-expired.json": "expired",
  "peer/negative/neg-20-ed25519-2020-tampered.json": "invalid_signature",
  "peer/negative/neg-22-jwt-alg-none.jwt": "invalid_signature",
  "peer/negative/neg-24-jwt-payload-tampered.jwt": "invalid_signature",
  "peer/negative/neg-26-jwt-expired.jwt": "expired",
  "peer/negative/neg-29-jwt-issuer-not-kid.jwt": "invalid_signature",
  "peer/negative/neg-30-jwt-es256-payload-tampered.jwt": "invalid_signature",
  "peer/negative/neg-31-jwt-alg-swapped.jwt": "invalid_signature",
  "vectors/eddsa-rdfc-2022-https-vm-signed.json": "unverifiable_offline",
};

test("each fixture gets its verdict, as `backpack verify --json` gives it with no trust list", async () => {
  for (const [name, verdict] of Object.entries(EXPECTED)) {
    const report = await verify(load(name));
    assert.equal(report.verdict, verdict, `${name}: ${report.summary}`);
    assert.equal(report.valid, verdict === "unknown_issuer");
  }
});

test("a genuine credential is unknown_issuer: signature and key pass, trust is a warning", async () => {
  const report = await verify(load("peer/ob3-eddsa-0004.json"));
  assert.deepEqual(
    report.checks.map((c) => [c.id, c.status]),
    [["format", "passed"], ["proof", "passed"], ["issuer_key", "passed"], ["issuer_trust", "warning"],
      ["validity", "passed"], ["status", "not_checked"], ["recipient", "not_checked"]],
  );
  assert.equal(check(report, "issuer_trust").code, "issuer_untrusted");
  assert.equal(report.summaryCode, "summary_unknown_issuer");
  const unknown = await verify(load("peer/negative/neg-10-unknown-context.json"));
  assert.equal(check(unknown, "proof").code, "unknown_context");
  assert.match(check(unknown, "proof").params.url, /^https?:/);
});

test("a CLR reports every record inside it; one bad record decides its verdict", async () => {
  const report = await verify(load("oneroster/issued/stu-00001/clr.json"));
  assert.ok(report.nested.length >= 5);
  assert.ok(report.nested.every((n) => n.valid));
  const bad = await verify(load("peer/negative/neg-19-clr-embedded-expired.json"));
  assert.equal(bad.summaryCode, "summary_nested_failed");
  assert.ok(bad.nested.some((n) => n.verdict === "expired"));
});

test("the W3C vectors' signatures verify (RDFC and JCS, EdDSA and ECDSA P-256 / P-384, sets and chains)", async () => {
  for (const name of [
    "eddsa-rdfc-2022-signed.json", "eddsa-jcs-2022-signed.json",
    "ecdsa-rdfc-2019-p256-signed.json", "ecdsa-rdfc-2019-p384-signed.json",
    "ecdsa-jcs-2019-p256-signed.json", "ecdsa-jcs-2019-p384-signed.json",
    "proof-set-signed.json", "proof-chain-signed.json",
  ]) {
    const document = load(`vectors/${name}`);
    const proofs = proofsOf(document);
    for (const proof of proofs) {
      const controller = proof.verificationMethod.split("#")[0];
      await verifyLinkedDataProof(document, proof, { purpose: "assertionMethod", controller, proofs });
      const altered = structuredClone(document);
      altered.credentialSubject.altered = "x";
      altered["@context"] = [...[altered["@context"]].flat(), { altered: "https://example.org/altered" }];
      await assert.rejects(
        verifyLinkedDataProof(altered, proof, { purpose: "assertionMethod", controller, proofs: proofsOf(altered) }),
        (e) => e.verdict === "invalid_signature" || e.verdict === "malformed",
        name,
      );
    }
  }
});

// ---- credentials made here
const school = newKey();
const VC2 = "https://www.w3.org/ns/credentials/v2";
const unsigned = (extra = {}) => ({
  "@context": [VC2],
  id: "urn:uuid:0b1c2d3e-0000-4000-8000-000000000001",
  type: ["VerifiableCredential"],
  issuer: { id: school.did, name: "Lincoln High School" },
  validFrom: "2026-01-01T00:00:00Z",
  credentialSubject: { id: "did:example:ana", name: "Ana Rivera" },
  ...extra,
});
const LIST = "https://lincoln-hs.example.org/status/1";
const entry = (index, purpose = "revocation") => ({
  id: `${LIST}#${index}`, type: "BitstringStatusListEntry", statusPurpose: purpose,
  statusListIndex: String(index), statusListCredential: LIST,
});
async function statusList(bits, { size = 16 * 1024, purpose = "revocation", key = school } = {}) {
  const raw = new Uint8Array(size);
  for (const i of bits) raw[i >> 3] |= 0x80 >> (i % 8);
  return signEddsa({
    "@context": [VC2], id: LIST, type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: key.did, validFrom: "2026-11-01T00:00:00Z",
    credentialSubject: { id: `${LIST}#list`, type: "BitstringStatusList", statusPurpose: purpose, encodedList: "u" + gzipSync(raw).toString("base64url") },
  }, key);
}

test("status lists the share carries: revoked, suspended, not revoked, short, another issuer's", async () => {
  const revoked = await signEddsa(unsigned({ credentialStatus: entry(42) }), school);
  const fine = await signEddsa(unsigned({ credentialStatus: entry(7) }), school);
  const list = { credential: await statusList([42, 5]), asOf: "2026-11-20T00:00:00Z" };
  let report = await verify(revoked, { statusLists: [list] });
  assert.equal(report.verdict, "revoked");
  assert.equal(check(report, "status").detail, "The issuer revoked this record (as of 20 November 2026).");
  report = await verify(fine, { statusLists: [list] });
  assert.equal(report.verdict, "unknown_issuer");
  assert.equal(check(report, "status").status, "passed");
  report = await verify(fine);
  assert.equal(check(report, "status").status, "warning");
  assert.match(check(report, "status").detail, /no copy of its revocation list is saved here/);
  const suspended = await signEddsa(unsigned({ credentialStatus: entry(5, "suspension") }), school);
  report = await verify(suspended, { statusLists: [{ credential: await statusList([5], { purpose: "suspension" }) }] });
  assert.equal(report.verdict, "revoked");
  assert.match(check(report, "status").detail, /suspended/);
  report = await verify(fine, { statusLists: [{ credential: await statusList([], { size: 64 }) }] });
  assert.equal(check(report, "status").status, "warning");
  assert.match(check(report, "status").detail, /fewer than the 131,072/);
  report = await verify(revoked, { statusLists: [{ credential: await statusList([42], { key: newKey() }) }] });
  assert.equal(report.verdict, "unknown_issuer");
  assert.match(check(report, "status").detail, /that list was published by/);
  const cut = await statusList([42]);
  cut.credentialSubject.encodedList = cut.credentialSubject.encodedList.slice(0, 30);
  report = await verify(revoked, { statusLists: [{ credential: cut }] });
  assert.match(check(report, "status").detail, /was not used/);
});

test("dates: expired, not yet valid, and a date that is not one", async () => {
  assert.equal((await verify(await signEddsa(unsigned({ validUntil: "2026-06-30T00:00:00Z" }), school))).verdict, "expired");
  assert.equal((await verify(await signEddsa(unsigned({ validFrom: "2027-09-01T00:00:00+02:00" }), school))).verdict, "not_yet_valid");
  const odd = await verify(await signEddsa(unsigned({ validUntil: "someday" }), school));
  assert.equal(odd.verdict, "malformed");
  assert.equal(odd.checks[0].detail, "Its validUntil (someday) is not a date and time.");
});

function jwt(header, payload, sign) {
  const input = `${b64urlEncode(utf8(JSON.stringify(header)))}.${b64urlEncode(utf8(JSON.stringify(payload)))}`;
  return `${input}.${b64urlEncode(sign(utf8(input)))}`;
}

test("VC-JWTs made here: ES384 by a P-384 did:key, EdDSA by a did:jwk, and their tampering", async () => {
  const secret = p384.utils.randomSecretKey();
  const did = `did:key:z${base58(new Uint8Array([0x81, 0x24, ...p384.getPublicKey(secret)]))}`;
  const credential = { ...unsigned(), issuer: did };
  const token = jwt({ alg: "ES384", kid: `${did}#${did.slice(8)}`, typ: "vc+jwt" }, { ...credential, iss: did, nbf: 1767225600 }, (m) => p384.sign(m, secret));
  assert.equal((await verify(token)).verdict, "unknown_issuer");
  const [h, , s] = token.split(".");
  const tampered = `${h}.${b64urlEncode(utf8(JSON.stringify({ ...credential, iss: did, nbf: 1767225600, name: "x" })))}.${s}`;
  assert.equal((await verify(tampered)).verdict, "invalid_signature");
  const enveloped = { "@context": VC2, type: "EnvelopedVerifiableCredential", id: `data:application/vc+jwt,${token}` };
  assert.equal((await verify(enveloped)).verdict, "unknown_issuer");

  const edSecret = ed25519.utils.randomSecretKey();
  const jwk = { kty: "OKP", crv: "Ed25519", x: b64urlEncode(ed25519.getPublicKey(edSecret)) };
  const jwkDid = `did:jwk:${b64urlEncode(utf8(JSON.stringify(jwk)))}`;
  const byJwk = jwt({ alg: "EdDSA", kid: `${jwkDid}#0`, typ: "JWT" }, { vc: { ...unsigned(), issuer: jwkDid } }, (m) => ed25519.sign(m, edSecret));
  assert.equal((await verify(byJwk)).verdict, "unknown_issuer");
  const embedded = jwt({ alg: "EdDSA", jwk }, { ...unsigned(), issuer: jwkDid }, (m) => ed25519.sign(m, edSecret));
  assert.equal((await verify(embedded)).verdict, "unknown_issuer");
  const stranger = jwt({ alg: "EdDSA", jwk }, unsigned(), (m) => ed25519.sign(m, edSecret));
  assert.equal((await verify(stranger)).verdict, "unverifiable_offline");
  assert.equal((await verify("eyJ.not.a-token")).verdict, "malformed");
});

test("self-reported: issued by the holder's own key", async () => {
  const mine = await signEddsa(unsigned(), school);
  assert.equal((await verify(mine, { holderDid: school.did })).selfReported, true);
  assert.equal((await verify(mine, { holderDid: "did:key:z6Mkother" })).selfReported, false);
});
