import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { contextsModule } from "../tools/gen-contexts.mjs";

test("the embedded contexts are exactly those resources/contexts/index.json lists", () => {
  const committed = readFileSync(new URL("../src/engine/contexts.js", import.meta.url), "utf8");
  assert.equal(committed, contextsModule());
});
