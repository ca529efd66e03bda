// A verdict in words beside its machine name (the names of `backpack verify --json`).
import { h } from "./dom.js";

const GOOD = new Set(["verified"]);
const FAIR = new Set(["unknown_issuer", "unverifiable_offline", "unsupported", "not_yet_valid"]);

export function verdictTone(verdict) {
  if (GOOD.has(verdict)) return "good";
  if (FAIR.has(verdict)) return "fair";
  return "bad";
}

const MARK = { good: "✓", fair: "!", bad: "✗" };

export function verdictWords(verdict, t, { short = false, selfReported = false, thirdParty = false } = {}) {
  if (selfReported && verdict === "unknown_issuer") return t(short ? "vs_unknown_issuer" : "v_self_signed");
  if (thirdParty && verdict === "unknown_issuer") return t(short ? "vs_unknown_issuer" : "v_third_party");
  const key = `${short ? "vs" : "v"}_${verdict}`;
  return t.has(key) ? t(key) : t("v_unknown");
}

/** The verdict in words (`short` in tables); a learner's own entry signed by their key is
 * "signed by the learner", and a third-party entry "signed by its writer", not an unconfirmed
 * issuer (the machine name stays the same). */
export function verdictBadge(verdict, t, options = {}) {
  const own = options.selfReported || options.thirdParty; // signed by the learner, or by a named writer
  const tone = own && verdict === "unknown_issuer" ? "good" : verdictTone(verdict);
  return h(
    "span",
    { class: `verdict ${tone}` },
    h("span", { class: "mark", "aria-hidden": "true" }, MARK[tone]),
    " ",
    verdictWords(verdict, t, options),
  );
}

export function checkName(id, t) {
  return t.has(`c_${id}`) ? t(`c_${id}`) : String(id);
}

export function statusWords(status, t) {
  return t.has(`s_${status}`) ? t(`s_${status}`) : String(status);
}
