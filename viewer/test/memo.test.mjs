// The engine remembers processed contexts and shares term definitions between context copies
// (src/engine/contextMemo.js). Its N-Quads must be byte-identical to plain jsonld.js's, which a
// child process computes without the engine loaded, for every credential and presentation here.
import "../tools/node-globals.mjs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { canonicalNQuads } from "../src/engine/linkedData.js";

const fixtures = fileURLToPath(new URL("../../tests/fixtures/", import.meta.url));
const viewer = fileURLToPath(new URL("..", import.meta.url));

function documents() {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = folder + name;
      if (statSync(path).isDirectory()) walk(path + "/");
      else if (name.endsWith(".json") && !name.endsWith(".expect.json") && !["manifest.json", "index.json"].includes(name)) {
        const doc = JSON.parse(readFileSync(path, "utf8"));
        if (doc && typeof doc === "object" && !Array.isArray(doc) && "@context" in doc) found.push([path, doc]);
      }
    }
  };
  for (const sub of ["peer/", "oneroster/issued/", "vectors/", "db-ecdsa/", "bundles/"]) walk(fixtures + sub);
  return found;
}

const PLAIN = `
import jsonld from "jsonld";
import { CONTEXTS } from "./src/engine/contexts.js";
let input = "";
for await (const chunk of process.stdin) input += chunk;
const out = [];
const documentLoader = async (url) => {
  if (!CONTEXTS.has(url)) throw new Error("unknown context " + url);
  return { contextUrl: null, documentUrl: url, document: CONTEXTS.get(url) };
};
for (const doc of JSON.parse(input)) {
  try {
    out.push(await jsonld.canonize(doc, { algorithm: "RDFC-1.0", format: "application/n-quads", safe: false, base: null, documentLoader }));
  } catch {
    out.push(null);
  }
}
process.stdout.write(JSON.stringify(out));
`;

test("N-Quads with the context memo equal plain jsonld.js's on every fixture", async () => {
  const docs = documents();
  assert.ok(docs.length > 100);
  const plain = JSON.parse(
    execFileSync(process.execPath, ["--input-type=module", "-e", PLAIN], {
      cwd: viewer, input: JSON.stringify(docs.map(([, d]) => d)), maxBuffer: 256 * 1024 * 1024,
    }).toString(),
  );
  let compared = 0;
  for (let i = 0; i < docs.length; i++) {
    let ours = null;
    try {
      ours = await canonicalNQuads(docs[i][1]);
    } catch {
      ours = null;
    }
    if (ours === null || plain[i] === null) continue; // refused by the strict reading (or unknown context)
    assert.equal(ours, plain[i], docs[i][0]);
    compared++;
  }
  assert.ok(compared > 90, `compared ${compared}`);
});
