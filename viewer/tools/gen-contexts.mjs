// Writes src/engine/contexts.js: one JSON import per context Backpack ships
// (resources/contexts/index.json), so the page embeds exactly those. `--check` fails when the
// committed module differs (a test runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("../../resources/contexts/", import.meta.url));
const target = fileURLToPath(new URL("../src/engine/contexts.js", import.meta.url));

export function contextsModule() {
  const index = JSON.parse(readFileSync(folder + "index.json", "utf8"));
  const names = [...new Set(Object.values(index))].sort();
  const ident = (n) => "c_" + n.slice(0, -5).replace(/[-.]/g, "_");
  const lines = [
    "// The JSON-LD contexts Backpack ships (resources/contexts/, listed in its index.json), embedded",
    "// in the page: a credential naming any other context cannot be checked offline, and nothing is",
    "// ever fetched. Written by tools/gen-contexts.mjs; a test checks it matches index.json.",
    ...names.map((n) => `import ${ident(n)} from "../../../resources/contexts/${n}" with { type: "json" };`),
    "",
    "/** URL -> the context document (parsed once, at load). */",
    "export const CONTEXTS = new Map([",
    ...Object.entries(index).map(([url, n]) => `  ["${url}", ${ident(n)}],`),
    "]);",
  ];
  return lines.join("\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = contextsModule();
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== text) {
      console.error("src/engine/contexts.js is stale: run node tools/gen-contexts.mjs");
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
    console.log("wrote src/engine/contexts.js");
  }
}
