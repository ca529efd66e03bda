// Verifying one credential (credentials/document.py, checks.py, endorsements.py): its format,
// signature, issuer, dates, status, the records inside a CLR and its endorsements, as one report
// shaped like a credential of `backpack verify --json`. The page has no trust list: a correctly
// signed credential is `unknown_issuer`, exactly as the Python verifier says with none.
import { Problem, UnresolvableKey, malformed, invalidProof } from "./problems.js";
import { render } from "./messages.js";
import { parseDateTime } from "./dates.js";
import { issuerId, issuerName } from "./did.js";
import { verifyLinkedDataProofs, asList, isObject } from "./proofs.js";
import { checkShape, conformanceNotes, typesOf, vcVersion, repeatedNodes, conflictingNodes, statedName } from "./shapes.js";
import { checkStatus, StatusLists } from "./status.js";
import { ENVELOPED_PREFIX, peekCredential, verifyVcJwt } from "./jwt.js";

export const VERDICTS = [
  "malformed", "invalid_signature", "unsupported", "unverifiable_offline",
  "revoked", "expired", "not_yet_valid", "unknown_issuer", "verified",
];
export const isValid = (verdict) => verdict === "verified" || verdict === "unknown_issuer";
const CLOCK_SKEW = 5 * 60 * 1000;
const MAX_NESTED = 500;
const MAX_ENDORSEMENTS = 50;
const MAX_LEVEL = 2;
const ENDORSEMENT_LEVEL = 10;

export function worst(verdicts) {
  let index = VERDICTS.length - 1;
  for (const v of verdicts) index = Math.min(index, VERDICTS.indexOf(v));
  return VERDICTS[index];
}

class Checks {
  constructor() {
    this.items = [];
    this.offlineReason = null;
  }

  add(id, status, code, params = {}) {
    this.items.push({ id, status, code, params, detail: render(code, params) });
  }

  detail(id) {
    return this.items.find((c) => c.id === id)?.detail ?? "";
  }
}

function report({ file = null, verdict, summaryCode, summaryParams, checks, id = null, types = [], issuer = null, name = null, nested = [], endorsements = [] }) {
  const out = {
    file,
    valid: isValid(verdict),
    verdict,
    summary: render(summaryCode, summaryParams),
    summaryCode,
    summaryParams,
    checks,
    id,
    type: types,
    issuer: { id: issuer, name },
  };
  if (nested.length) out.nested = nested;
  if (endorsements.length) out.endorsements = endorsements;
  return out;
}

/** The report of something that is not a credential the verifier can read. */
export function malformedReport(problem, { file = null } = {}) {
  const check = { id: "format", status: "failed", code: problem.code, params: problem.params, detail: problem.message };
  return report({ file, verdict: "malformed", summaryCode: "summary_malformed", summaryParams: { reason: problem.message, reasonCode: problem.code }, checks: [check] });
}

function rethrowUnexpected(error) {
  if (!(error instanceof Problem)) throw error;
  return error;
}

async function recordProof(checks, proof, whose = "issuer") {
  let key;
  try {
    key = await proof();
  } catch (error) {
    const exc = rethrowUnexpected(error);
    const verdict = exc.verdict;
    if (verdict === "malformed") throw exc;
    if (verdict === "unsupported") {
      checks.items.push(problemCheck("proof", "not_checked", exc));
      checks.add("issuer_key", "not_checked", "proof_unsupported_key");
    } else if (verdict === "unverifiable_offline" && !(exc instanceof UnresolvableKey)) {
      checks.offlineReason = exc;
      checks.items.push(problemCheck("proof", "not_checked", exc));
      checks.add("issuer_key", "not_checked", "proof_offline_key");
    } else if (verdict === "unverifiable_offline") {
      checks.offlineReason = exc;
      checks.add("proof", "not_checked", whose === "issuer" ? "proof_needs_issuer_key" : "proof_needs_holder_key");
      checks.items.push(problemCheck("issuer_key", "not_checked", exc));
    } else {
      checks.items.push(problemCheck("proof", "failed", exc));
      checks.add("issuer_key", "not_checked", "proof_failed_key");
    }
    return [verdict];
  }
  checks.add("proof", "passed", "proof_ok");
  checks.add("issuer_key", "passed", whose === "issuer" ? "issuer_key_ok" : "holder_key_ok", { key });
  return [];
}

const problemCheck = (id, status, exc) => ({ id, status, code: exc.code, params: exc.params, detail: exc.message });

function recordTrust(checks, issuer, name) {
  checks.add("issuer_trust", "warning", "issuer_untrusted", { issuer, name });
  return ["unknown_issuer"];
}

function recordPeriod(checks, start, until, now) {
  if (start && now + CLOCK_SKEW < start.ms) {
    checks.add("validity", "failed", "not_yet_valid", { date: start.text });
    return ["not_yet_valid"];
  }
  if (until && now - CLOCK_SKEW > until.ms) {
    checks.add("validity", "failed", "expired", { date: until.text });
    return ["expired"];
  }
  checks.add("validity", "passed", "valid_span", { from: start?.text ?? null, until: until?.text ?? null });
  return [];
}

function parseField(document, name) {
  const value = document[name];
  if (value === undefined || value === null) return null;
  const parsed = parseDateTime(value);
  if (!parsed) {
    throw typeof value === "string" && value.length <= 64
      ? malformed("field_value_not_datetime", { field: name, value })
      : malformed("field_not_datetime", { field: name });
  }
  return parsed;
}

function checkValidity(document, ctx, checks) {
  const [startName, endName] = vcVersion(document) === 2 ? ["validFrom", "validUntil"] : ["issuanceDate", "expirationDate"];
  const start = parseField(document, startName);
  const until = parseField(document, endName);
  return recordPeriod(checks, start, until, ctx.now);
}

function summary(verdict, whoWords, checks) {
  const reasonOf = (id) => checks.items.find((c) => c.id === id);
  const params = (check) => ({ reason: check?.detail ?? "", reasonCode: check?.code ?? null, reasonParams: check?.params ?? {} });
  switch (verdict) {
    case "verified":
      return ["summary_verified", { who: whoWords }];
    case "unknown_issuer":
      return ["summary_unknown_issuer", { who: whoWords }];
    case "invalid_signature":
      return ["summary_invalid_signature", params(reasonOf("proof"))];
    case "unsupported":
      return ["summary_unsupported", params(reasonOf("proof"))];
    case "unverifiable_offline": {
      const exc = checks.offlineReason;
      if (exc) return ["summary_unverifiable_offline", { reason: exc.message, reasonCode: exc.code, reasonParams: exc.params }];
      return ["summary_unverifiable_offline", params(reasonOf("issuer_key"))];
    }
    case "revoked":
      return ["summary_revoked", params(reasonOf("status"))];
    default:
      return ["summary_not_current", params(reasonOf("validity"))];
  }
}

function issuerWords(issuer, name) {
  return name ? `calls itself "${name}"` : issuer || "unknown";
}

/**
 * Verify a parsed credential; `proof` checks its signature (default: its Data Integrity proofs).
 * ctx: {now: ms, statusLists: StatusLists}.
 */
export async function verifyDocument(document, ctx, { file = null, level = 0, proof = null } = {}) {
  let issuer;
  try {
    checkShape(document);
    issuer = issuerId(document);
  } catch (error) {
    return malformedReport(rethrowUnexpected(error), { file });
  }
  const checks = new Checks();
  checks.add("format", "passed", typesOf(document).includes("ClrCredential") ? "format_ok_clr" : "format_ok");
  const notes = conformanceNotes(document);
  if (notes.length) checks.add("conformance", "warning", "conformance", { notes });
  const repeated = repeatedNodes(document);
  const conflicts = conflictingNodes(repeated);
  if (conflicts.length) checks.add("consistency", "warning", "consistency", { nodes: conflicts });
  const name = issuerName(document) ?? statedName(issuer, repeated);
  let verdicts;
  try {
    verdicts = await recordProof(checks, proof ?? (() => verifyLinkedDataProofs(document, issuer)));
  } catch (error) {
    return malformedReport(rethrowUnexpected(error), { file });
  }
  const shown = issuerWords(issuer, name);
  verdicts.push(...recordTrust(checks, issuer, name));
  try {
    verdicts.push(...checkValidity(document, ctx, checks));
  } catch (error) {
    return malformedReport(rethrowUnexpected(error), { file });
  }
  const status = await checkStatus(document, issuer, ctx.statusLists, ctx.now);
  checks.add("status", status.status, status.code, status.params);
  if (status.verdict) verdicts.push(status.verdict);
  checks.add("recipient", "not_checked", "recipient_not_compared");
  let nested;
  try {
    nested = await verifyNested(document, ctx, checks, level);
  } catch (error) {
    const exc = rethrowUnexpected(error);
    checks.items.push(problemCheck("nested", "failed", exc));
    verdicts.push(exc.verdict);
    nested = [];
  }
  const endorsements = await verifyEndorsements(document, ctx, checks, level);
  const own = worst(verdicts);
  const failing = isValid(own) ? nested.find((n) => !n.valid) : undefined;
  const verdict = failing ? failing.verdict : own;
  const [summaryCode, summaryParams] = failing
    ? ["summary_nested_failed", { reason: failing.summary }]
    : summary(own, shown, checks);
  return report({
    file,
    verdict,
    summaryCode,
    summaryParams,
    checks: checks.items,
    id: typeof document.id === "string" ? document.id : null,
    types: typesOf(document),
    issuer,
    name,
    nested,
    endorsements,
  });
}

/** Verify a VC-JWT: the same checks as any credential, with the JWS as its proof. */
export async function verifyToken(token, ctx, { file = null, level = 0 } = {}) {
  let credential;
  try {
    credential = peekCredential(token);
  } catch (error) {
    return malformedReport(rethrowUnexpected(error), { file });
  }
  return verifyDocument(credential, ctx, { file, level, proof: async () => (await verifyVcJwt(token))[1] });
}

/** A credential inside a CLR or a presentation: JSON with a proof, a VC-JWT, or an enveloped one. */
export async function verifyNestedItem(item, ctx, level, { enveloped = "enveloped_inside_not_jwt" } = {}) {
  if (isObject(item) && typesOf(item).includes("EnvelopedVerifiableCredential")) {
    const envelope = item.id;
    if (typeof envelope === "string" && envelope.startsWith(ENVELOPED_PREFIX)) {
      return verifyToken(envelope.slice(ENVELOPED_PREFIX.length), ctx, { level });
    }
    return malformedReport(malformed(enveloped, {}));
  }
  if (typeof item === "string") return verifyToken(item, ctx, { level });
  return verifyDocument(item, ctx, { level });
}

async function verifyNested(document, ctx, checks, level) {
  if (!typesOf(document).includes("ClrCredential")) return [];
  const subject = asList(document.credentialSubject)[0];
  const inner = asList(subject.verifiableCredential);
  if (level > 0 || inner.length > MAX_NESTED) throw invalidProof("clr_too_deep", {});
  const reports = [];
  for (const item of inner) reports.push(await verifyNestedItem(item, ctx, level + 1));
  const bad = reports.filter((r) => !r.valid).length;
  checks.add("nested", bad ? "failed" : "passed", "nested_count", { good: reports.length - bad, total: reports.length });
  return reports;
}

function subjectOf(credential) {
  const subjects = asList(credential.credentialSubject);
  return isObject(subjects[0]) ? subjects[0] : {};
}

function endorsementsIn(credential) {
  const holders = [credential];
  const achievement = subjectOf(credential).achievement;
  if (isObject(achievement)) holders.push(achievement);
  if (isObject(credential.issuer)) holders.push(credential.issuer);
  return holders.flatMap((h) => asList(h.endorsement));
}

async function verifyEndorsements(document, ctx, checks, level) {
  const found = level < MAX_LEVEL ? endorsementsIn(document) : [];
  if (!found.length) return [];
  if (found.length > MAX_ENDORSEMENTS) {
    checks.add("endorsements", "warning", "endorsements_too_many", { max: MAX_ENDORSEMENTS });
    return [];
  }
  const reports = [];
  for (const item of found) {
    reports.push(isObject(item) ? await verifyDocument(item, ctx, { level: ENDORSEMENT_LEVEL }) : malformedReport(malformed("endorsement_not_credential", {})));
  }
  const good = reports.filter((r) => r.valid);
  const names = [...new Set(good.map((r) => r.issuer.name || r.issuer.id || "someone"))].sort();
  const params = { total: reports.length, good: good.length, names };
  checks.add("endorsements", good.length === reports.length ? "passed" : "warning", good.length === reports.length ? "endorsements_ok" : "endorsements_some_bad", params);
  return reports;
}

/** A verification context from the public options ({now, statusLists}). */
export function makeContext({ now, statusLists } = {}, nowMs) {
  const lists = statusLists instanceof StatusLists ? statusLists : new StatusLists(statusLists ?? []);
  return { now: nowMs(now), statusLists: lists };
}
