// The English sentence of every message code the engine gives (checks, problems, share errors),
// as the Python verifier words it. The page shows its own words (English or Spanish) from the
// code and its params; these are the `detail` texts, for debugging and for agreeing with Python.
import { friendlyDate, parseDateTime } from "./dates.js";

const date = (iso) => {
  if (!iso) return "";
  const parsed = parseDateTime(iso);
  return parsed ? friendlyDate(parsed) : String(iso);
};
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const MESSAGES = {
  // problems: malformed
  not_object: "It is not a JSON object.",
  not_json: "It is not valid JSON.",
  too_large: "It is larger than the 8 MB it may be.",
  too_deep: "It is nested more than 64 levels deep.",
  no_vc_context: "It does not start with the W3C Verifiable Credentials context.",
  no_vc_type: "Its type does not include VerifiableCredential.",
  no_issuer_field: "It does not say who issued it (issuer).",
  no_issuer: "It does not say who issued it.",
  no_issuance_date: "It has no issuanceDate date.",
  valid_from_not_datetime: "Its validFrom is not a date and time.",
  no_subject: "It has no credentialSubject.",
  no_ob_context: "An Open Badges 3.0 credential needs the Open Badges context.",
  ob_no_id: "An Open Badges 3.0 credential needs an id.",
  no_achievement: "Its subject does not name an achievement.",
  clr_contexts: "A CLR 2.0 credential must start with the VC 2.0 and CLR 2.0.1 contexts, in that order.",
  clr_empty: "This CLR holds no credentials (verifiableCredential).",
  field_not_datetime: (p) => `Its ${p.field} is not a date and time.`,
  field_value_not_datetime: (p) => `Its ${p.field} (${p.value}) is not a date and time.`,
  undefined_type: (p) => `The type '${p.term}' is not defined by the credential's contexts, so it would not be covered by the signature.`,
  relative_reference: (p) => `The reference '${p.term}' is not a full address, so it would not be covered by the signature.`,
  undefined_term: (p) => `The term '${p.term}' is not defined by the credential's contexts, so it would not be covered by the signature.`,
  invalid_linked_data: (p) => `Its linked-data structure is invalid (${p.reason}).`,
  too_many_blank_nodes: (p) => `It has more than ${p.max} unnamed parts; refused.`,
  work_limit: "Its structure is built to make checking it take too much work; it was refused.",
  jcs_unwritable: "It holds a value JSON canonicalization cannot write.",
  token_part_unreadable: (p) => `Its ${p.what} cannot be read.`,
  token_part_not_object: (p) => `Its ${p.what} is not a JSON object.`,
  not_compact_jwt: "It is not a compact JSON Web Token.",
  token_too_large: "The token is larger than a credential may be.",
  embedded_key_not_jwk: "Its embedded key is not a JSON Web Key.",
  claim_not_time: (p) => `Its ${p.claim} claim is not a time.`,
  claim_disagrees: (p) => `Its token's ${p.claim} disagrees with its ${p.field}.`,
  token_other_id: "Its token names a different credential id than its content.",
  token_other_subject: "Its token names a different subject than its content.",
  not_a_credential_entry: "An entry in it is not a credential.",
  enveloped_not_jwt: "An enveloped credential in it is not a VC-JWT.",
  enveloped_inside_not_jwt: "An enveloped credential inside it is not a VC-JWT.",
  endorsement_not_credential: "An endorsement in it is not a credential.",
  not_readable_token: "It is not a readable token.",
  unreadable: "It could not be read.",
  file_unreadable: (p) => `The file cannot be read (${p.reason}).`,
  not_text: "It is not text (UTF-8).",
  // problems: invalid signature
  not_multibase: (p) => `The ${p.what} is not in the expected multibase form.`,
  not_base58: (p) => `The ${p.what} is not valid base58.`,
  published_key_form: "The issuer's published key is not in the expected form.",
  published_key_base64: "The issuer's published key is not valid base64url.",
  not_public_jwk: "The issuer's published key is not a public JSON Web Key.",
  jwk_not_on_curve: "The issuer's published key is not a valid key.",
  did_jwk_fragment: "The signature names a key that its did:jwk does not contain.",
  did_jwk_unreadable: "Its did:jwk is not a readable key.",
  no_verification_method: "The signature does not name the key that made it.",
  did_key_fragment: "The signature names a key that its did:key does not contain.",
  proof_no_method: "Its signature does not say how it was made.",
  jcs_context_changed: "Its signature was made for other vocabularies than it now uses.",
  no_signature: "It carries no signature.",
  proof_block_unreadable: "Its signature block is not in a form Backpack understands.",
  previous_proof_unreadable: "Its signature names earlier signatures in a form Backpack cannot read.",
  previous_proof_missing: "Its signature builds on another signature that is not there.",
  wrong_purpose: (p) => `Its signature was made for ${p.purpose}, not for ${p.expected}.`,
  wrong_challenge: "Its signature was made for another exchange (challenge differs).",
  wrong_domain: "Its signature was made for another recipient (domain differs).",
  key_not_issuers: "It was signed with a key that does not belong to its issuer.",
  key_type_not_allowed: "Its signature uses a key type this signature method does not allow.",
  signature_mismatch: "The signature does not match the content: it was changed after signing, or signed by another key.",
  alg_not_accepted: (p) => `It is signed with ${p.alg}, which Backpack does not accept.`,
  token_crit: "Its token demands extensions Backpack does not understand.",
  embedded_key_invalid: "Its embedded key is not a valid key.",
  token_other_issuer: "Its token names a different issuer than its content.",
  token_no_key: "Its token does not name the key that signed it.",
  alg_key_mismatch: (p) => `Its token claims '${p.alg}', which does not fit its ${p.algorithm} key.`,
  clr_too_deep: "This CLR nests too many credentials.",
  // problems: unsupported / offline
  unsupported_key_kind: (p) => `The issuer's ${p.what} is a kind of key Backpack cannot check.`,
  unsupported_published_key: "The issuer publishes a kind of key Backpack cannot check.",
  selective_disclosure: (p) => `It is signed with ${p.suite} (selective disclosure), which Backpack cannot check.`,
  unsupported_suite: (p) => `It is signed with ${p.suite}, which Backpack cannot check.`,
  unsupported_alg: (p) => `It is signed with ${p.alg}, which Backpack cannot check.`,
  embedded_key_kind: "Its embedded key is of a kind Backpack cannot check.",
  did_web_offline: (p) => `The issuer's key is published on the web (${p.did}) and no copy of it is saved here.`,
  did_method_offline: (p) => `The issuer uses a kind of identifier (${p.method}) that cannot be checked offline.`,
  key_url_offline: "The issuer's key is named by a web address, which cannot be checked offline.",
  key_not_did: (p) => `The issuer's key is named ${p.method}, which is not a DID Backpack can resolve, so it cannot be checked offline.`,
  embedded_key_unidentified: "Its key travels inside the file and its issuer is not otherwise identified, so nothing shows who signed it.",
  unknown_context: (p) => `It uses the vocabulary ${p.url}, which Backpack does not know, so it cannot be checked.`,
  // checks
  format_ok: "It is a well-formed verifiable credential.",
  format_ok_clr: "It is a well-formed CLR 2.0 credential.",
  conformance: (p) => `It does not fully follow the Open Badges 3.0 specification: ${p.notes.map((n) => MESSAGES[n]).join("; ")}.`,
  no_valid_from: "it states no validFrom date, which Open Badges 3.0 requires",
  no_subject_id: "its subject has neither an id nor an identifier, so it does not say who earned it (Open Badges 3.0 B.1.3)",
  consistency: (p) => `It states the same part (${p.nodes.join(", ")}) twice with different content; both were signed, and Backpack shows them together.`,
  proof_ok: "The signature matches the content: nothing was changed after signing.",
  proof_unsupported_key: "Not checked, because Backpack cannot check this kind of signature.",
  proof_offline_key: "Not checked, because the signature could not be checked.",
  proof_needs_issuer_key: "The signature could not be checked without the issuer's key.",
  proof_needs_holder_key: "The signature could not be checked without the holder's key.",
  proof_failed_key: "Not checked, because the signature failed.",
  issuer_key_ok: (p) => `Signed with the issuer's own key (${p.key}).`,
  holder_key_ok: (p) => `Signed with the holder's own key (${p.key}).`,
  issuer_untrusted: (p) =>
    p.name ? `The issuer ${p.issuer} calls itself "${p.name}", but it is not in your trust list.` : `The issuer ${p.issuer} is not in your trust list.`,
  not_yet_valid: (p) => `It is not valid until ${date(p.date)}.`,
  expired: (p) => `It expired on ${date(p.date)}.`,
  valid_span: (p) =>
    (p.from ? `It is valid from ${date(p.from)}` : "It is valid with no start date") +
    (p.until ? ` until ${date(p.until)}.` : ", with no end date."),
  recipient_not_compared: "Not compared with a learner (no backpack was opened).",
  nested_count: (p) => `${p.good} of the ${p.total} records inside it verify.`,
  endorsements_too_many: (p) => `It carries more than ${p.max} endorsements; they were not checked.`,
  endorsements_ok: (p) =>
    (p.total === 1 ? "The endorsement verifies" : `All ${p.total} endorsements verify`) + who(p.names) + ".",
  endorsements_some_bad: (p) =>
    `${p.total - p.good} of the ${p.total} endorsements do not verify and should not be relied on` +
    (p.good ? `; the others verify${who(p.names)}` : "") + ".",
  // status
  status_none: "The issuer does not publish revocation for this record.",
  status_parts: (p) => [...new Set(p.findings.map((parts) => parts.map((x) => render(x.code, x.params)).join("")))].join(" "),
  status_form_unknown: (p) => `The issuer publishes its status in a form Backpack does not read${p.kind ? ` (${p.kind})` : ""}, so revocation was not checked.`,
  status_no_list: "It does not say where its status list is.",
  status_multi_bit: "Its status uses several bits a record, which Backpack does not read.",
  status_list_unused: (p) => `The saved copy of its ${p.purpose} list was not used, so ${p.purpose} was not checked: ${p.reason}`,
  status_not_checked: (p) =>
    `The issuer can ${p.purpose === "revocation" ? "revoke" : "suspend"} this record, and no copy of its ${p.purpose} list is saved here, so ${p.purpose} was not checked.`,
  status_unchecked_because: (p) => `The ${p.purpose} status could not be checked: ${render(p.problem.code, p.problem.params)}.`,
  list_other_issuer: (p) => `that list was published by ${p.issuer}, not by the issuer of this record`,
  list_other_kind: (p) => `that list is a ${p.kind}, not the kind its entry names`,
  list_other_purpose: (p) => `that list is not a ${p.purpose} list`,
  list_index_beyond: (p) => `its place (${p.index}) lies beyond the end of that list (${p.size} entries)`,
  status_revoked: (p) => `The issuer revoked this record (as of ${date(p.asOf)}).`,
  status_suspended: (p) => `The issuer suspended this record (as of ${date(p.asOf)}); do not rely on it unless the issuer lifts the suspension.`,
  status_not_revoked: (p) => `Not revoked as of ${date(p.asOf)}.`,
  status_not_suspended: (p) => `Not suspended as of ${date(p.asOf)}.`,
  status_stale: (p) => ` That is ${p.days} days ago; refresh the list for newer news.`,
  status_short_list: (p) =>
    ` Its list holds ${p.size.toLocaleString("en-US")} entries, fewer than the ${p.min.toLocaleString("en-US")} the specification asks for (which hides less about whose record is checked).`,
  status_message: (p) => `The issuer's status message for this record (as of ${date(p.asOf)}): "${p.message}".`,
  status_index: "Its place in the revocation list is not a number.",
  not_status_list: "It is not a status list credential.",
  list_subject: (p) => `Its subject is not a ${p.type}.`,
  list_other_url: (p) => `It does not say it is the list published at ${p.url}.`,
  list_missing: "Its list of statuses (encodedList) is missing.",
  list_not_multibase: "Its encodedList is not multibase base64url ('u...').",
  list_not_base64: "Its encodedList is not valid base64.",
  list_not_gzip: "Its encodedList is not GZIP-compressed data.",
  list_too_large: (p) => `Its list expands to more than ${p.mib} MiB, far beyond any real status list, so it was not read.`,
  list_cut_short: "Its encodedList is cut short.",
  list_empty: "Its list of statuses is empty.",
  list_not_yet_valid: (p) => `The list is not valid until ${p.date}.`,
  list_expired_when_saved: "The list had already expired when it was saved.",
  // the holder's proof on a share
  holder_proof_ok: (p) => `The learner's key signed this share (${p.key}).`,
  holder_binding_ok: "It was signed for this very share and this code.",
  share_not_expired: (p) => `It is open until ${date(p.expires)}.`,
  // summaries
  summary_verified: (p) => `Verified: issued by ${p.who} and unchanged since.`,
  summary_unknown_issuer: (p) => `The signature is genuine, but the issuer (${p.who}) is not in your trust list.`,
  summary_invalid_signature: (p) => `Do not rely on this record: ${lowerFirst(p.reason)}`,
  summary_unsupported: (p) => `This record cannot be checked here: ${p.reason}`,
  summary_unverifiable_offline: (p) => `This record cannot be checked offline: ${p.reason}`,
  summary_revoked: (p) => p.reason,
  summary_not_current: (p) => `This record is not current: ${p.reason}`,
  summary_malformed: (p) => `This is not a credential Backpack can read: ${p.reason}`,
  summary_nested_failed: (p) => `A record inside this CLR did not verify: ${p.reason}`,
};

function lowerFirst(text) {
  return text ? text[0].toLowerCase() + text.slice(1) : text;
}

function who(names) {
  return names && names.length ? ` (from ${names.join(", ")}, as they call themselves)` : "";
}

/** English sentences of `openShare` errors (error.code), as the Python reader words them. */
export const SHARE_ERRORS = {
  not_a_share: "This is not a Backpack share.",
  unsupported_version: "This share was made by a newer Backpack; update to open it.",
  card_share: "This share was made for a Backpack card, so it opens only in the Backpack app that holds that card.",
  bad_code: "A share code has 20 letters and digits in five groups of four.",
  wrong_code: "This share could not be opened with this key or code.",
  damaged: "This share is damaged: its contents do not match its list of contents.",
  expired: (p) => `This share expired on ${date(p.expires)}. Ask the family for a new one.`,
  not_for_this_code: "This share was made for someone else, so it is not shown here. Ask the family to share with you directly.",
  too_large: "This share is larger than a share may be.",
};

/** The English sentence of `code` with `params`. */
export function render(code, params = {}) {
  const template = MESSAGES[code];
  if (typeof template === "function") return template(params);
  if (typeof template === "string") return template;
  return code;
}
