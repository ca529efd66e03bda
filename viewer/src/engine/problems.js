// What verification finds wrong, as a verdict class, a message code with its parameters, and an
// English sentence (the page writes its own words from the code; the sentence is for debugging
// and matches the Python verifier's where it can).
import { render } from "./messages.js";

export class Problem extends Error {
  constructor(verdict, code, params = {}) {
    super(render(code, params));
    this.verdict = verdict;
    this.code = code;
    this.params = params;
  }
}

export const malformed = (code, params) => new Problem("malformed", code, params);
export const invalidProof = (code, params) => new Problem("invalid_signature", code, params);
export const unsupported = (code, params) => new Problem("unsupported", code, params);
/** The key cannot be found offline (record_proof words these differently from other causes). */
export class UnresolvableKey extends Problem {
  constructor(code, params) {
    super("unverifiable_offline", code, params);
  }
}
export const unresolvable = (code, params) => new UnresolvableKey(code, params);
export const unknownContext = (url) => new Problem("unverifiable_offline", "unknown_context", { url });
