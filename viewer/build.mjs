// Builds the viewer the Python package embeds in every share page: one minified script,
// resources/viewer/viewer.js, and its styles, resources/viewer/viewer.css (both committed, so
// `make run` and `make test` need no npm). `node build.mjs --check` builds to memory and fails
// when a committed file differs. `--test-hooks` (tests only, never committed) also exposes the
// engine on `window.__backpackEngine`, for the differential test in tests/browser/.
import { build, transform } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.env.BACKPACK_VIEWER_OUT || join(here, "..", "resources", "viewer");
const check = process.argv.includes("--check");
const testHooks = process.argv.includes("--test-hooks");
const target = ["es2020", "chrome100", "firefox100", "safari15"];

const result = await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target,
  legalComments: "none",
  charset: "utf8",
  write: false,
  logLevel: "warning",
  define: { __BACKPACK_TEST_HOOKS__: testHooks ? "true" : "false" },
});
const css = await transform(readFileSync(join(here, "src", "ui", "style.css"), "utf8"), {
  loader: "css",
  minify: true,
  target,
  legalComments: "none",
  charset: "utf8",
});
const outputs = { "viewer.js": result.outputFiles[0].text, "viewer.css": css.code };

if (check) {
  let stale = false;
  for (const [name, code] of Object.entries(outputs)) {
    let committed = "";
    try {
      committed = readFileSync(join(outDir, name), "utf8");
    } catch {
      committed = "";
    }
    if (committed !== code) {
      console.error(`resources/viewer/${name} differs from a fresh build: run \`make viewer\` and commit it.`);
      stale = true;
    }
  }
  if (stale) process.exit(1);
  console.log(`viewer.js and viewer.css are current (${outputs["viewer.js"].length} + ${outputs["viewer.css"].length} bytes).`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, code] of Object.entries(outputs)) {
    writeFileSync(join(outDir, name), code);
    console.log(`wrote ${join(outDir, name)} (${code.length} bytes)`);
  }
}
