// A transcript (a CLR) as a table: term, course, grade, credits and each course's own verdict.
import { h } from "./dom.js";
import { verdictBadge } from "./verdicts.js";
import { asList, text, decodeJwtPayload } from "./credential.js";

/** The courses inside a ClrCredential, each with the report its own signature got. */
export function transcriptRows(credential, report) {
  const subject = asList(credential?.credentialSubject)[0] || {};
  const inner = asList(subject.verifiableCredential);
  const nested = Array.isArray(report?.nested) ? report.nested : [];
  return inner.map((item, i) => {
    const doc = typeof item === "string" ? decodeJwtPayload(item) : envelopedPayload(item) || item;
    const sub = asList(doc?.credentialSubject)[0] || {};
    const achievement = (sub && typeof sub.achievement === "object" && sub.achievement) || {};
    const results = asList(sub.result);
    const grade = results.map((r) => text(r?.value)).find(Boolean) || "";
    const credits = sub.creditsEarned ?? achievement.creditsAvailable;
    return {
      term: text(sub.term),
      course: text(achievement.name) || text(doc?.name),
      code: text(achievement.humanCode),
      grade,
      credits: typeof credits === "number" && Number.isFinite(credits) ? credits : null,
      verdict: nested[i]?.verdict,
    };
  });
}

function envelopedPayload(item) {
  const id = item && typeof item === "object" ? item.id : null;
  if (typeof id === "string" && id.startsWith("data:application/vc+jwt,")) {
    return decodeJwtPayload(id.slice("data:application/vc+jwt,".length));
  }
  return null;
}

export function transcriptTable(rows, t) {
  if (!rows.length) return null;
  const terms = [];
  for (const row of rows) if (!terms.includes(row.term)) terms.push(row.term);
  const body = [];
  for (const term of terms) {
    const inTerm = rows.filter((r) => r.term === term);
    inTerm.forEach((row, i) => {
      body.push(
        h(
          "tr",
          { "data-verdict": row.verdict || null },
          i === 0 ? h("th", { scope: "rowgroup", rowspan: inTerm.length }, term || "—") : null,
          h("td", {}, row.course, row.code ? h("span", { class: "code" }, ` ${row.code}`) : null),
          h("td", {}, row.grade),
          h("td", { class: "num" }, row.credits === null ? "" : formatNumber(row.credits, t.lang)),
          h("td", {}, row.verdict ? verdictBadge(row.verdict, t, { short: true }) : ""),
        ),
      );
    });
  }
  const total = rows.reduce((sum, r) => sum + (r.credits || 0), 0);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "transcript" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("term")),
          h("th", { scope: "col" }, t("course")),
          h("th", { scope: "col" }, t("grade")),
          h("th", { scope: "col", class: "num" }, t("credits")),
          h("th", { scope: "col" }, t("verdict")),
        ),
      ),
      h("tbody", {}, body),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "row", colspan: 3 }, t("totalCredits")),
          h("td", { class: "num" }, formatNumber(total, t.lang)),
          h("td", {}),
        ),
      ),
    ),
  );
}

function formatNumber(n, lang) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);
}
