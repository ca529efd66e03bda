import "../tools/node-globals.mjs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { shippedContexts } from "../tools/gen-contexts.mjs";
import { CONTEXTS } from "../src/engine/contexts.js";
import { canonicalNQuads } from "../src/engine/linkedData.js";

test("the embedded contexts are exactly those resources/contexts/ ships (else: node tools/gen-contexts.mjs)", () => {
  const { index, docs } = shippedContexts();
  assert.deepEqual([...CONTEXTS.keys()].sort(), Object.keys(index).sort());
  for (const [url, name] of Object.entries(index)) assert.deepEqual(CONTEXTS.get(url), docs[name], url);
});

const vectors = new URL("../../tests/fixtures/vectors/", import.meta.url);
const vector = (name) => readFileSync(new URL(name, vectors), "utf8");

test("RDFC-1.0 N-Quads equal the W3C vc-di-eddsa test vectors (document and proof options)", async () => {
  assert.equal(await canonicalNQuads(JSON.parse(vector("eddsa-rdfc-2022-unsigned.json"))), vector("eddsa-rdfc-2022-unsigned.nq"));
  assert.equal(await canonicalNQuads(JSON.parse(vector("eddsa-rdfc-2022-proof-options.json"))), vector("eddsa-rdfc-2022-proof-options.nq"));
});
