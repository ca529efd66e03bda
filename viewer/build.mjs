// Builds the viewer the Python package embeds in every share page: one minified script,
// resources/viewer/viewer.js (committed, so `make run` and `make test` need no npm).
// `node build.mjs --check` builds to memory and fails when the committed file differs.
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "resources", "viewer", "viewer.js");
const check = process.argv.includes("--check");

const result = await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: ["es2020", "chrome100", "firefox100", "safari15"],
  legalComments: "none",
  charset: "utf8",
  write: false,
  logLevel: "warning",
});
const code = result.outputFiles[0].text;
if (check) {
  let committed = "";
  try {
    committed = readFileSync(out, "utf8");
  } catch {
    committed = "";
  }
  if (committed !== code) {
    console.error("resources/viewer/viewer.js differs from a fresh build: run `make viewer` and commit it.");
    process.exit(1);
  }
  console.log(`viewer.js is current (${code.length} bytes).`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.log(`wrote resources/viewer/viewer.js (${code.length} bytes)`);
}
