// The page's entry: once the whole page is parsed (the share element and the end marker after
// it), hand the share to the interface, which opens it with the engine.
import * as engine from "./engine/index.js";
import { start } from "./ui/app.js";

// Set by build.mjs: true only in builds made for tests/browser (never in the committed asset).
// eslint-disable-next-line no-undef
if (__BACKPACK_TEST_HOOKS__) window.__backpackEngine = engine;

function run() {
  start({ doc: document, win: window, engine });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
else run();
