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

export function verdictWords(verdict, t) {
  return t.has(`v_${verdict}`) ? t(`v_${verdict}`) : t("v_unknown");
}

export function verdictBadge(verdict, t) {
  const tone = verdictTone(verdict);
  return h(
    "span",
    { class: `verdict ${tone}` },
    h("span", { class: "mark", "aria-hidden": "true" }, MARK[tone]),
    " ",
    verdictWords(verdict, t),
  );
}

export function checkName(id, t) {
  return t.has(`c_${id}`) ? t(`c_${id}`) : String(id);
}

export function statusWords(status, t) {
  return t.has(`s_${status}`) ? t(`s_${status}`) : String(status);
}
