// Opening the share fixtures of tests/fixtures/bundles/ with the engine: the right code, a
// wrong one, altered and cut files, expiry by `now`, a card share, a re-sealed presentation.
import "../tools/node-globals.mjs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { normalizeCode, openShare, readHeader, EngineError } from "../src/engine/index.js";
import { deriveCodeKey, decodeSalt, openBody, readHeaderBytes } from "../src/engine/container.js";
import { utf8 } from "../src/engine/bytes.js";
import { makeShare, newKey, signEddsa } from "../tools/share-writer.mjs";

const bundles = fileURLToPath(new URL("../../tests/fixtures/bundles/", import.meta.url));
const read = (name) => new Uint8Array(readFileSync(bundles + name));
const json = (name) => JSON.parse(readFileSync(bundles + name, "utf8"));
const V2 = json("manifest_v2.json");
const V1 = json("manifest.json");
const NOW = new Date("2026-12-03T12:00:00Z");

test("normalizeCode forgives case, dashes, spaces and O/I/L, and refuses anything else", () => {
  assert.equal(normalizeCode("w7ve-jx75 q070-jjd3-q7rm"), "W7VEJX75Q070JJD3Q7RM");
  assert.equal(normalizeCode("OIL0-0000-0000-0000-0000"), "01100000000000000000");
  assert.equal(normalizeCode("W7VE-JX75-Q070-JJD3"), null);
  assert.equal(normalizeCode("W7VE-JX75-Q070-JJD3-Q7RU"), null);
  assert.equal(normalizeCode(42), null);
});

test("readHeader gives the hint; a non-share throws EngineError not_a_share", () => {
  const header = readHeader(read("bundle_v2_code.backpack"));
  assert.equal(header.version, 2);
  assert.equal(header.mode, "code");
  assert.equal(header.shareId, V2.share_id);
  assert.deepEqual(header.code, { salt: V2.salt, memory_kib: 65536, iterations: 3, lanes: 1 });
  assert.throws(() => readHeader(utf8("hello, world, this is not a share")), (e) => e instanceof EngineError && e.code === "not_a_share");
});

test("the code derives the documented content key (Argon2id)", async () => {
  const key = await deriveCodeKey(normalizeCode(V2.code), decodeSalt(V2.salt), V2.argon2id);
  assert.equal(Buffer.from(key).toString("hex"), V2.content_key_hex);
});

test("a version 2 code share opens with its code, and every signed term is read", async () => {
  const result = await openShare(read("bundle_v2_code.backpack"), V2.code.toLowerCase(), { now: NOW });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  const { share } = result;
  assert.equal(share.id, V2.share_id);
  assert.equal(share.learner.name, "Ana Rivera");
  assert.match(share.learner.did, /^did:key:z6Mk/);
  assert.equal(share.learner.fingerprint, "41e2 5768 9d7b 54ca 7dfd db03 230f f56d"); // as `backpack open` says
  assert.equal(share.purpose, "Tutoring");
  assert.equal(share.holder.verified, true);
  assert.equal(share.expires, "2027-01-02T11:45:31Z");
  assert.ok(share.records.length >= 1);
  for (const record of share.records) {
    assert.equal(record.report.verdict, "unknown_issuer");
    assert.equal(record.selfReported, true);
  }
});

test("a version 1 code share opens: school records, a self-reported entry and its file", async () => {
  const result = await openShare(read("bundle_v1_code.backpack"), V1.code, { now: NOW });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  const { share } = result;
  assert.equal(share.version, 1);
  assert.equal(share.records.length, 4);
  assert.deepEqual(share.records.map((r) => r.selfReported), [false, false, false, true]);
  assert.ok(share.records.every((r) => r.report.verdict === "unknown_issuer"));
  const [file] = share.files;
  assert.equal(file.name, "poster.txt");
  assert.equal(createHash("sha256").update(file.bytes).digest("hex"), file.sha256);
  assert.deepEqual(file.usedBy, [3]);
});

async function error(bytes, code, options = { now: NOW }) {
  const result = await openShare(bytes, code, options);
  assert.equal(result.ok, false);
  return result.error;
}

test("a wrong code, a flipped byte and a cut file are the one wrong_code", async () => {
  const bytes = read("bundle_v2_code.backpack");
  assert.equal((await error(bytes, "0000-0000-0000-0000-0000")).code, "wrong_code");
  for (const at of [bytes.length - 1, bytes.length - 100, 300]) {
    const flipped = bytes.slice();
    flipped[at] ^= 1;
    const e = await error(flipped, V2.code);
    assert.ok(["wrong_code", "damaged"].includes(e.code), `${at}: ${e.code}`);
  }
  const { head } = readHeaderBytes(bytes);
  const inHeader = bytes.slice();
  const name = new TextDecoder().decode(head).indexOf("Whoever");
  inHeader[name] ^= 1; // inside the recipient hint: still JSON, no longer authentic
  assert.equal((await error(inHeader, V2.code)).code, "wrong_code");
  assert.equal((await error(bytes.slice(0, bytes.length - 10), V2.code)).code, "wrong_code");
  assert.equal((await error(bytes.slice(0, 20), V2.code)).code, "not_a_share");
  const broken = bytes.slice();
  broken[head.length - 1] = 0x20; // the header's closing brace: not JSON any more
  assert.deepEqual(await error(broken, V2.code), { code: "damaged", params: { reason: "header" } });
  assert.equal((await error(bytes.slice(0, 6), V2.code)).code, "not_a_share");
  const extra = new Uint8Array(bytes.length + 1);
  extra.set(bytes);
  assert.equal((await error(extra, V2.code)).code, "wrong_code");
});

test("a code that is not a code, a card share, another version, odd settings", async () => {
  const bytes = read("bundle_v2_code.backpack");
  assert.equal((await error(bytes, "not a code")).code, "bad_code");
  const card = await error(read("bundle_v1_card.backpack"), V1.code);
  assert.equal(card.code, "card_share");
  assert.equal(card.params.recipient.name, "Ms. López");
  const newer = bytes.slice();
  newer[9] = 9;
  assert.deepEqual(await error(newer, V2.code), { code: "unsupported_version", params: { version: 9 } });
  assert.equal((await error(utf8("%PDF-1.7 not a share at all"), V2.code)).code, "not_a_share");
  assert.equal((await error("not bytes", V2.code)).code, "not_a_share");
  // A header naming settings Backpack never writes is refused before any key is derived.
  const text = new TextDecoder().decode(bytes.subarray(14, readHeaderBytes(bytes).head.length));
  const odd = text.replace('"memory_kib":65536', '"memory_kib":65537');
  assert.notEqual(odd, text);
  const changed = new Uint8Array([...bytes.subarray(0, 14), ...utf8(odd), ...bytes.subarray(14 + text.length)]);
  assert.equal((await error(changed, V2.code)).code, "not_a_share");
});

test("a share opened after its signed expiry says when it expired", async () => {
  const e = await error(read("bundle_v2_code.backpack"), V2.code, { now: new Date("2099-01-01T00:00:00Z") });
  assert.deepEqual(e, { code: "expired", params: { expires: "2027-01-02T11:45:31Z" } });
});

// Re-seal the contents of a version 1 share under a version 2 container with the same code: the
// key is the v2 one, but the holder signed for `urn:backpack:code`, so it is not for this code.
async function seal(headerJson, key, plain, version) {
  const head = new Uint8Array([...utf8("BPSHARE\0"), 0, version, 0, 0, 0, 0, ...utf8(headerJson)]);
  new DataView(head.buffer).setUint32(10, utf8(headerJson).length);
  const streamHeader = new Uint8Array(46);
  streamHeader.set(utf8("BPSTREAM"));
  const view = new DataView(streamHeader.buffer);
  view.setUint16(8, 1);
  view.setUint32(10, 1024 * 1024);
  const ad = new Uint8Array([...streamHeader, 0, 0, 0, 0, 0, 0, 0, 0, 1, ...head]);
  const aes = await crypto.subtle.importKey("raw", key, "AES-GCM", false, ["encrypt"]);
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv: nonce, additionalData: ad }, aes, plain));
  return new Uint8Array([...head, ...streamHeader, ...nonce, ...sealed]);
}

test("a version 1 presentation re-sealed in a version 2 container is not for this code", async () => {
  const v1 = read("bundle_v1_code.backpack");
  const { header, head } = readHeaderBytes(v1);
  const oldKey = await deriveCodeKey(normalizeCode(V1.code), decodeSalt(header.code.salt), header.code);
  const { manifest } = await openBody(v1, head, oldKey);
  manifest.files = [];
  const plainManifest = utf8(JSON.stringify(manifest));
  const plain = new Uint8Array(9 + plainManifest.length);
  plain[0] = 1;
  new DataView(plain.buffer).setBigUint64(1, BigInt(plainManifest.length));
  plain.set(plainManifest, 9);
  const salt = V2.salt;
  const key = await deriveCodeKey(normalizeCode(V1.code), decodeSalt(salt), V2.argon2id);
  const headerJson = JSON.stringify({
    share_id: header.shareId, mode: "code", recipient: header.recipient, expires: header.expires,
    code: { salt, memory_kib: 65536, iterations: 3, lanes: 1 },
  });
  const resealed = await seal(headerJson, key, plain, 2);
  assert.equal((await error(resealed, V1.code)).code, "not_for_this_code");
  // The same contents in a version 1 container (its own binding) open, but for the missing file.
  const asV1 = await seal(headerJson, key, plain, 1);
  assert.deepEqual(await error(asV1, V1.code), { code: "damaged", params: { reason: "evidence" } });
});

// ---- shares made here (tools/share-writer.mjs): every kind of record, files, a wrong binding

const fixture = (name) => readFileSync(fileURLToPath(new URL(`../../tests/fixtures/${name}`, import.meta.url)), "utf8");

test("a share with school credentials (JSON and VC-JWT), a self-reported entry and its file", async () => {
  const holder = newKey();
  const poster = utf8("a poster about volcanoes");
  const digest = createHash("sha256").update(poster).digest("hex");
  const entry = await signEddsa({
    "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
    id: "urn:uuid:6f1c1d2e-0000-4000-8000-000000000002",
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: "Science fair",
    issuer: { id: holder.did, type: ["Profile"], name: "Ana Rivera" },
    validFrom: "2026-11-01T00:00:00Z",
    credentialSubject: {
      type: ["AchievementSubject"], id: holder.did,
      achievement: { id: "urn:uuid:6f1c1d2e-0000-4000-8000-000000000003", type: ["Achievement"], name: "Science fair", description: "Science fair", criteria: { narrative: "Self-reported" }, tag: ["portfolio"] },
    },
    evidence: [{ id: `urn:sha256:${digest}`, type: ["Evidence"], name: "poster.txt" }],
  }, holder);
  const token = fixture("peer/ob3-jwt-eddsa-0001.jwt").trim();
  const school = JSON.parse(fixture("peer/ob3-eddsa-0004.json"));
  const goal = await signEddsa({
    ...entry,
    id: "urn:uuid:6f1c1d2e-0000-4000-8000-000000000004",
    evidence: undefined,
    credentialSubject: {
      ...entry.credentialSubject,
      achievement: { ...entry.credentialSubject.achievement, tag: undefined },
      narrative: "- target date: 2027-06-01\n- progress 2026-10-01: read 5 books",
    },
  }, holder);
  const made = await makeShare({ holder, credentials: [school, token, entry, "not a credential", JSON.parse(JSON.stringify(goal))], files: [{ name: "poster.txt", mediaType: "text/plain", bytes: poster }] });
  const result = await openShare(made.bytes, made.code, { now: NOW });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  const [first, second, third, fourth] = result.share.records;
  assert.equal(first.report.verdict, "unknown_issuer");
  assert.equal(first.selfReported, false);
  assert.equal(second.jwt, token);
  assert.equal(second.report.verdict, "unknown_issuer");
  assert.equal(typeof second.credential.issuer, "object");
  assert.equal(third.selfReported, true);
  assert.equal(third.kind, "portfolio");
  assert.equal(fourth.report.verdict, "malformed");
  assert.equal(result.share.records[4].kind, "goal"); // a share made before the tag: guessed
  const [file] = result.share.files;
  assert.deepEqual([file.name, file.mediaType, file.size, file.usedBy], ["poster.txt", "text/plain", poster.length, [2]]);
  assert.deepEqual([...file.bytes], [...poster]);
  assert.equal(result.share.learner.did, holder.did);
});

test("records the family marked restricted are marked, by their place in the presentation", async () => {
  const credentials = [JSON.parse(fixture("peer/ob3-eddsa-0004.json")), JSON.parse(fixture("peer/ob3-eddsa-0004.json"))];
  const made = await makeShare({ credentials, manifestExtra: { restricted: [1] } });
  const result = await openShare(made.bytes, made.code, { now: NOW });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  assert.deepEqual(result.share.records.map((r) => Boolean(r.restricted)), [false, true]);
});

test("a presentation signed for another code's key, or for another share, is refused", async () => {
  const credentials = [JSON.parse(fixture("peer/ob3-eddsa-0004.json"))];
  const other = await makeShare({ credentials, domain: "urn:backpack:code:" + "0".repeat(64) });
  assert.equal((await error(other.bytes, other.code)).code, "not_for_this_code");
  const v1Domain = await makeShare({ credentials, domain: "urn:backpack:code" });
  assert.equal((await error(v1Domain.bytes, v1Domain.code)).code, "not_for_this_code");
  const expired = await makeShare({ credentials, expires: "2026-01-01T00:00:00Z" });
  assert.deepEqual(await error(expired.bytes, expired.code), { code: "expired", params: { expires: "2026-01-01T00:00:00Z" } });
});

test("openShare tells its progress: the key, decryption, the holder's proof, each record", async () => {
  const stages = [];
  const result = await openShare(read("bundle_v1_code.backpack"), V1.code, {
    now: NOW,
    onProgress: (stage, counts) => {
      stages.push(stage === "verify" ? `verify ${counts.done}/${counts.total}` : stage);
      if (stages.length === 2) throw new Error("a page's display error never stops the opening");
    },
  });
  assert.equal(result.ok, true);
  assert.deepEqual(stages, ["key", "decrypt", "verify 0/4", "verify 1/4", "verify 2/4", "verify 3/4", "verify 4/4"]);
});

/** A tutor's note about `learner` (an OB 3.0 AchievementCredential, as `backpack reply` signs). */
async function note(tutor, learner, name = "Ms. Lopez") {
  return signEddsa(
    {
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: ["VerifiableCredential", "AchievementCredential"],
      name: "Spring tutoring",
      issuer: { id: tutor.did, type: ["Profile"], name },
      validFrom: "2026-12-01T12:00:00Z",
      credentialSubject: {
        type: ["AchievementSubject"],
        id: learner,
        narrative: "Steady progress.",
        achievement: {
          id: `urn:uuid:${crypto.randomUUID()}`,
          type: ["Achievement"],
          name: "Spring tutoring",
          description: "Spring tutoring",
          criteria: { narrative: "Written by the provider." },
          achievementType: "ext:BackpackProgressNote",
        },
      },
    },
    tutor,
  );
}

test("a third-party entry is labelled with its writer only when its own credential bears it out", async () => {
  const holder = newKey();
  const tutor = newKey();
  const aboutAna = await note(tutor, holder.did);
  const aboutSomeoneElse = await note(tutor, newKey().did);
  const forged = { ...(await note(tutor, holder.did)), issuer: { id: tutor.did, type: ["Profile"], name: "The Principal" } };
  const unlisted = await note(tutor, holder.did);
  const made = await makeShare({
    holder,
    credentials: [aboutAna, aboutSomeoneElse, forged, unlisted],
    manifestExtra: { third_party: [0, 1, 2] },
  });
  const result = await openShare(made.bytes, made.code, { now: NOW });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  const [ana, other, altered, notListed] = result.share.records;
  assert.equal(ana.provenance, "third_party_attested");
  assert.equal(ana.author.name, "Ms. Lopez");
  assert.equal(ana.author.did, tutor.did);
  assert.match(ana.author.fingerprint, /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
  assert.equal(ana.report.verdict, "unknown_issuer");
  for (const r of [other, altered, notListed]) {
    assert.equal(r.author, undefined);
    assert.equal(r.provenance, "issuer_signed");
  }
  assert.equal(altered.report.verdict, "invalid_signature");
});
