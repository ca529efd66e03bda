// The opened share: who, why, until when; each record with its verdict and every check; files.
import { h, field } from "./dom.js";
import { verdictBadge, verdictTone, checkName, statusWords } from "./verdicts.js";
import { asList, typesOf, issuerOf, titleOf, text, didWebDocument, decodeJwtPayload } from "./credential.js";
import { transcriptRows, transcriptTable } from "./transcript.js";
import { words } from "./messages.js";
import { render } from "../engine/messages.js";

// Self-reported entries of these kinds are restricted in the sender's Backpack (domain/records.py).
const RESTRICTED_KINDS = new Set(["supports", "discipline", "health"]);

export function renderShare(share, t, { fileUrl }) {
  const learner = text(share.learner?.name) || "—";
  const files = Array.isArray(share.files) ? share.files : [];
  const fileByDigest = new Map(files.map((f) => [f.sha256, f]));
  const records = Array.isArray(share.records) ? share.records : [];
  // What an endorsement in the share endorses: the title of the credential it names.
  const titles = new Map(
    records.filter((r) => r.credential && typeof r.credential === "object").map((r) => [r.credential.id, titleOf(r.credential)]),
  );
  return h(
    "div",
    { class: "share", "data-share-id": share.id || null },
    h("h1", { id: "share-title", tabindex: "-1" }, t("titleOf", { name: learner })),
    h(
      "dl",
      { class: "terms" },
      field(t("learner"), learner),
      field(t("purpose"), text(share.purpose)),
      field(t("sharedWith"), share.recipient === "Whoever has the code" ? t("anyoneWithCode") : text(share.recipient)),
      field(t("created"), share.created ? t.date(share.created) : ""),
      field(t("expires"), share.expires ? t.date(share.expires) : ""),
    ),
    holderSection(share, t),
    h("h2", {}, t("records", { n: records.length })),
    records.length
      ? h("ol", { class: "records" }, records.map((r) => h("li", {}, recordCard(r, t, fileByDigest, fileUrl, titles))))
      : h("p", {}, t("noRecords")),
    files.length ? filesSection(files, t, fileUrl) : null,
    h(
      "section",
      { class: "limits", "aria-labelledby": "limits-title" },
      h("h2", { id: "limits-title" }, t("limitsTitle")),
      h("p", {}, t("limitKey")),
      h("p", {}, t("limitStatus")),
      h("p", {}, t("limitOffline")),
    ),
  );
}

function holderSection(share, t) {
  const verified = share.holder?.verified !== false;
  const checks = Array.isArray(share.holder?.checks) ? share.holder.checks : [];
  return h(
    "section",
    { class: `holder ${verified ? "good" : "bad"}`, "data-holder-verified": String(verified) },
    h("p", {}, verified ? t("holderOk") : t("holderBad")),
    h("p", { class: "key" }, `${t("learnerKey")}: `, h("code", {}, text(share.learner?.did, 2000))),
    share.learner?.fingerprint
      ? h(
          "p",
          { class: "key" },
          `${t("fingerprint")}: `,
          h("code", { "data-fingerprint": "" }, share.learner.fingerprint),
          ` — ${t("fingerprintNote")}`,
        )
      : null,
    checks.length ? checksList(checks, t, "c_holder") : null,
  );
}

function recordCard(record, t, fileByDigest, fileUrl, titles) {
  const report = record.report || {};
  const verdict = typeof report.verdict === "string" ? report.verdict : "malformed";
  const doc = record.credential && typeof record.credential === "object"
    ? record.credential
    : typeof record.jwt === "string" ? decodeJwtPayload(record.jwt) : null;
  const title = (doc && titleOf(doc)) || text(report.id) || "—";
  const issuer = doc ? issuerOf(doc) : { id: report.issuer?.id || "", name: report.issuer?.name || "" };
  const isClr = doc && typesOf(doc).includes("ClrCredential");
  const checks = Array.isArray(report.checks) ? report.checks : [];
  const headingId = `record-${record.index ?? 0}`;
  const restricted = Boolean(record.restricted) || RESTRICTED_KINDS.has(record.kind);
  // A third-party entry (a tutor's note): the engine gives `author` only when its own signed
  // credential bears out the family's mark (engine/share.js: thirdPartyAuthor).
  const author = record.author && typeof record.author === "object" ? record.author : null;
  const own = (record.selfReported || author) && verdict === "unknown_issuer";
  return h(
    "article",
    {
      class: `record ${own ? "good" : verdictTone(verdict)}${record.selfReported ? " self" : ""}${author ? " third-party" : ""}${restricted ? " restricted" : ""}`,
      "data-verdict": verdict,
      "data-index": record.index,
      "data-self-reported": record.selfReported ? "true" : null,
      "data-provenance": text(record.provenance) || null,
      "data-author-did": author ? text(author.did, 2000) : null,
      "data-restricted": restricted ? "true" : null,
      "aria-labelledby": headingId,
    },
    h("h3", { id: headingId }, title),
    h("p", { class: "verdict-line" }, verdictBadge(verdict, t, { selfReported: record.selfReported, thirdParty: Boolean(author) })),
    record.selfReported && verdict === "unknown_issuer"
      ? h("p", { class: "summary" }, t("selfSignedSummary"))
      : author && verdict === "unknown_issuer"
        ? h("p", { class: "summary" }, t("thirdPartySummary"))
        : summaryLine(report, t, issuer),
    record.selfReported
      ? h("p", { class: "flag self" }, h("strong", {}, t("selfReported")), ": ", t("selfReportedNote"))
      : null,
    author
      ? h(
          "p",
          { class: "flag third" },
          h("strong", {}, t("thirdParty")),
          ": ",
          t("thirdPartyNote", { name: text(author.name, 200) || t("noName") }),
        )
      : null,
    restricted
      ? h("p", { class: "flag restricted" }, h("strong", {}, t("restricted")), ": ", t("restrictedNote"))
      : null,
    record.selfReported ? null : author ? writerBlock(author, t) : issuerBlock(issuer, t),
    doc ? (author ? writtenDetails(doc, t, titles) : details(doc, t)) : null,
    isClr ? transcriptTable(transcriptRows(doc, report), t) : null,
    evidenceLinks(doc, fileByDigest, t, fileUrl),
    checks.length ? checksList(checks, t, null) : null,
  );
}

function issuerBlock(issuer, t) {
  if (!issuer.id && !issuer.name) return null;
  const web = didWebDocument(issuer.id);
  return h(
    "dl",
    { class: "issuer" },
    field(t("issuer"), issuer.name ? t("issuerClaims", { name: issuer.name }) : ""),
    field(
      t("issuerKey"),
      h(
        "span",
        {},
        h("code", {}, issuer.id),
        web
          ? [
              " ",
              h(
                "a",
                { href: web.url, target: "_blank", rel: "noopener noreferrer", class: "didweb" },
                t("didWebLink", { domain: web.domain }),
              ),
            ]
          : null,
      ),
    ),
  );
}

function writerBlock(author, t) {
  return h(
    "dl",
    { class: "issuer" },
    field(t("writtenBy"), text(author.name, 200) || t("noName")),
    field(t("writerKey"), h("code", {}, text(author.did, 2000))),
    field(t("fingerprint"), h("code", {}, text(author.fingerprint, 100))),
  );
}

/** What a provider wrote (a note's narrative, an achievement's description, an endorsement's
 * comment), the hours attended, and the record endorsed (as `backpack reply` signs them). */
function writtenDetails(doc, t, titles) {
  const subject = asList(doc.credentialSubject)[0] || {};
  const achievement = subject.achievement && typeof subject.achievement === "object" ? subject.achievement : {};
  const endorsement = typesOf(doc).includes("EndorsementCredential");
  const note = achievement.achievementType === "ext:BackpackProgressNote";
  const said = endorsement ? subject.endorsementComment : note ? subject.narrative : achievement.description;
  const hours = asList(subject.result).find(
    (r) => r && typeof r.resultDescription === "string" && r.resultDescription.endsWith("#hours"),
  );
  const rows = [
    field(t("endorses"), endorsement ? titles.get(subject.id) || text(subject.id) : ""),
    field(t("writtenText"), text(said, 5000)),
    field(t("hoursAttended"), hours ? text(hours.value) : ""),
    field(t("validFrom"), doc.validFrom ? t.date(doc.validFrom) : ""),
  ].flat();
  return rows.length ? h("dl", { class: "fields" }, rows) : null;
}

function details(doc, t) {
  const subject = Array.isArray(doc.credentialSubject) ? doc.credentialSubject[0] : doc.credentialSubject;
  const achievement = subject && typeof subject.achievement === "object" ? subject.achievement : {};
  const results = Array.isArray(subject?.result) ? subject.result : subject?.result ? [subject.result] : [];
  const grade = results.map((r) => text(r?.value)).find(Boolean) || "";
  const credits = subject?.creditsEarned;
  const rows = [
    field(t("description"), text(achievement?.description, 2000) || text(doc.description, 2000)),
    field(t("term"), text(subject?.term)),
    field(t("grade"), grade),
    field(t("credits"), typeof credits === "number" ? String(credits) : ""),
    field(t("validFrom"), doc.validFrom || doc.issuanceDate ? t.date(doc.validFrom || doc.issuanceDate) : ""),
    field(t("validUntil"), doc.validUntil || doc.expirationDate ? t.date(doc.validUntil || doc.expirationDate) : ""),
  ].flat();
  return rows.length ? h("dl", { class: "fields" }, rows) : null;
}

function checksList(checks, t, label) {
  return h(
    "details",
    { class: "checks" },
    h("summary", {}, label ? t(label) : t("checks", { n: checks.length })),
    h(
      "ul",
      {},
      checks.map((c) =>
        h(
          "li",
          { class: `check ${c.status}`, "data-check": c.id, "data-status": c.status },
          h("span", { class: "check-name" }, checkName(c.id, t)),
          " — ",
          h("span", { class: "check-status" }, statusWords(c.status, t)),
          checkWords(c, t) ? [": ", checkWords(c, t)] : null,
        ),
      ),
    ),
  );
}

function evidenceLinks(doc, fileByDigest, t, fileUrl) {
  const ev = Array.isArray(doc?.evidence) ? doc.evidence : doc?.evidence ? [doc.evidence] : [];
  const files = ev
    .map((e) => (typeof e?.id === "string" && e.id.startsWith("urn:sha256:") ? fileByDigest.get(e.id.slice(11)) : null))
    .filter(Boolean);
  if (!files.length) return null;
  return h("ul", { class: "evidence" }, files.map((f) => h("li", {}, fileLink(f, t, fileUrl))));
}

function filesSection(files, t, fileUrl) {
  return h(
    "section",
    { class: "files", "aria-labelledby": "files-title" },
    h("h2", { id: "files-title" }, t("files", { n: files.length })),
    h("ul", {}, files.map((f) => h("li", {}, fileLink(f, t, fileUrl)))),
  );
}

export function safeName(name) {
  const cleaned = String(name || "file").replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^\.+/, "");
  return cleaned.slice(0, 200) || "file";
}

function fileLink(file, t, fileUrl) {
  const name = safeName(file.name);
  return h(
    "a",
    { href: fileUrl(file), download: name, class: "file", "data-sha256": file.sha256 },
    t("save", { name, size: t.size(file.size ?? file.bytes?.length ?? 0) }),
  );
}

function checkWords(check, t) {
  const english = text(check.detail, 2000) || (check.code ? render(check.code, check.params || {}) : "");
  return words(check.code, check.params, t, english);
}

function summaryLine(report, t, issuer) {
  const english = t.lang === "en" ? text(report.summary, 1000) : "";
  // Who, in the page's words: the name the issuer gives itself (quoted), else its key.
  const who = issuer?.name ? `"${issuer.name}"` : issuer?.id || "";
  const said = words(report.summaryCode, { ...report.summaryParams, who }, t, english);
  return said ? h("p", { class: "summary" }, said) : null;
}
