// Node 18 (Debian bookworm's) keeps WebCrypto off the global scope unless a flag is given; the
// engine uses it as a browser offers it (globalThis.crypto). Imported first by the tests and tools.
import { webcrypto } from "node:crypto";

if (!globalThis.crypto || !globalThis.crypto.subtle) {
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true, writable: true });
}
