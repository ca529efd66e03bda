#!/usr/bin/env node
// node tools/bench.mjs [CREDENTIALS=50] [FILE_MB=10]
// Also prints the size of the engine bundled and minified for the page (esbuild).
// Times the engine on a share of school credentials and files: Argon2id, decryption, and the
// checks of every credential, as the page does them. Prints the numbers. The credentials are the
// OneRoster fixtures' courses: 4 in 5 signed here (eddsa-rdfc-2022) as distinct credentials
// (each its own id, as a family's records are), 1 in 5 their VC-JWTs.
import "./node-globals.mjs";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openShare } from "../src/engine/index.js";
import { deriveCodeKey, decodeSalt, normalizeCode } from "../src/engine/container.js";
import { makeShare, newKey, signEddsa } from "./share-writer.mjs";

const count = Number(process.argv[2] ?? 50);
const megabytes = Number(process.argv[3] ?? 10);
const issued = fileURLToPath(new URL("../../tests/fixtures/oneroster/", import.meta.url));
const pool = [];
for (const [folder, ext] of [["issued", ".json"], ["issued-vc-jwt", ".jwt"]]) {
  for (const student of ["stu-00001", "stu-00002"]) {
    for (const name of readdirSync(`${issued}${folder}/${student}`).sort()) {
      if (!name.endsWith(ext) || name.startsWith("clr") || name.startsWith("academic")) continue;
      const text = readFileSync(`${issued}${folder}/${student}/${name}`, "utf8");
      pool.push(ext === ".json" ? JSON.parse(text) : text.trim());
    }
  }
}
const json = pool.filter((c) => typeof c !== "string");
const jwts = pool.filter((c) => typeof c === "string");
const school = newKey();
const credentials = [];
for (let i = 0; i < count; i++) {
  if (i % 5 === 4) {
    credentials.push(jwts[i % jwts.length]);
    continue;
  }
  const course = structuredClone(json[i % json.length]);
  course.id = `urn:uuid:${crypto.randomUUID()}`;
  course.issuer.id = school.did;
  credentials.push(await signEddsa(course, school));
}
const files = [];
const fileCount = megabytes > 0 ? 4 : 0;
for (let i = 0; i < fileCount; i++) {
  const bytes = new Uint8Array((megabytes * 1024 * 1024) / fileCount);
  for (let at = 0; at < bytes.length; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
  files.push({ name: `work-${i}.bin`, mediaType: "application/octet-stream", bytes });
}
const share = await makeShare({ credentials, files });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
await deriveCodeKey(normalizeCode(share.code), decodeSalt("AAAAAAAAAAAAAAAAAAAAAA=="), { memory_kib: 65536, iterations: 3, lanes: 1 });
const argon = performance.now() - t0;
const argonCpu = cpu() - c0;
const c1 = cpu();
const t1 = performance.now();
const marks = {};
const result = await openShare(share.bytes, share.code, {
  onProgress: (stage, { done }) => {
    const at = Math.round(performance.now() - t1);
    if (stage !== "verify") marks[stage] = at;
    else if (done === 0) marks.holder = at;
    else if (done === 1) marks.records = at;
  },
});
const total = performance.now() - t1;
const totalCpu = cpu() - c1;
if (!result.ok) throw new Error(JSON.stringify(result.error));
const verdicts = {};
for (const r of result.share.records) verdicts[r.report.verdict] = (verdicts[r.report.verdict] ?? 0) + 1;
console.log(`share: ${count} credentials (${jwts.length ? "1 in 5 a VC-JWT" : "JSON"}), ${megabytes} MB of files, ${(share.bytes.length / 1048576).toFixed(1)} MB sealed`);
// On a shared machine the wall-clock time includes waiting for a core; CPU time does not.
console.log(`argon2id (64 MiB, 3 passes): ${argon.toFixed(0)} ms (${argonCpu.toFixed(0)} ms of CPU)`);
console.log(`openShare (argon2id + decrypt + holder proof + every credential): ${total.toFixed(0)} ms (${totalCpu.toFixed(0)} ms of CPU)`);
console.log(`stages (ms from the start): ${JSON.stringify(marks)} (key: Argon2id; decrypt; holder: the holder proof over the whole presentation; records: the first record checked)`);
console.log(`verdicts: ${JSON.stringify(verdicts)}`);
const { build } = await import("esbuild");
const bundled = await build({
  entryPoints: [fileURLToPath(new URL("../src/engine/index.js", import.meta.url))],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  logLevel: "error",
});
console.log(`engine bundled and minified: ${(bundled.outputFiles[0].contents.length / 1024).toFixed(1)} KB`);
