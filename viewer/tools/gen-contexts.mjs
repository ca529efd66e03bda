// Writes src/engine/contexts.js: the JSON-LD contexts Backpack ships (resources/contexts/, as its
// index.json lists them), packed as one gzip-compressed JSON text (they are alike, so 76 KB pack
// into under 9 KB of the page). A test checks the packed contexts equal the shipped files.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("../../resources/contexts/", import.meta.url));
const target = fileURLToPath(new URL("../src/engine/contexts.js", import.meta.url));

/** {index: url -> file name, docs: file name -> context document}, from resources/contexts/. */
export function shippedContexts() {
  const index = JSON.parse(readFileSync(folder + "index.json", "utf8"));
  const docs = {};
  for (const name of [...new Set(Object.values(index))].sort()) {
    docs[name] = JSON.parse(readFileSync(folder + name, "utf8"));
  }
  return { index, docs };
}

function contextsModule() {
  const packed = gzipSync(Buffer.from(JSON.stringify(shippedContexts())), { level: 9 }).toString("base64");
  return `// The JSON-LD contexts Backpack ships (resources/contexts/, listed in its index.json), embedded
// in the page: a credential naming any other context cannot be checked offline, and nothing is
// ever fetched. Written by tools/gen-contexts.mjs (gzip-compressed JSON); a test checks that it
// holds exactly the shipped files.
import { gunzipSync, strFromU8 } from "fflate";
import { b64decode } from "./bytes.js";

const PACKED =
  "${packed}";

/** URL -> the context document (unpacked and parsed once, at load). */
export const CONTEXTS = (() => {
  const { index, docs } = JSON.parse(strFromU8(gunzipSync(b64decode(PACKED))));
  return new Map(Object.entries(index).map(([url, name]) => [url, docs[name]]));
})();
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, contextsModule());
  console.log("wrote src/engine/contexts.js");
}
