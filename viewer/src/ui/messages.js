// The page's own words for the engine's most common message codes, in English and Spanish.
// Any other code shows the engine's English sentence (its `detail`, or render(code, params)).
// The page has no trust list, so "not in your trust list" becomes what a page can say.
const EN = {
  format_ok: () => "It is a well-formed verifiable credential.",
  format_ok_clr: () => "It is a well-formed CLR 2.0 credential.",
  proof_ok: () => "The signature matches the content: nothing was changed after signing.",
  issuer_key_ok: (p) => `Signed with the issuer's own key (${p.key}).`,
  holder_key_ok: (p) => `Signed with the learner's own key (${p.key}).`,
  issuer_untrusted: (p) =>
    p.name
      ? `The issuer ${p.issuer} calls itself "${p.name}"; this page cannot confirm that the key belongs to it.`
      : `This page cannot confirm who owns the issuer's key ${p.issuer}.`,
  not_yet_valid: (p, d) => `It is not valid until ${d(p.date)}.`,
  expired: (p, d) => `It expired on ${d(p.date)}.`,
  valid_span: (p, d) =>
    (p.from ? `It is valid from ${d(p.from)}` : "It is valid with no start date") +
    (p.until ? ` until ${d(p.until)}.` : ", with no end date."),
  recipient_not_compared: () => "Not compared with a learner's details (a page knows none).",
  nested_count: (p) => `${p.good} of the ${p.total} records inside it verify.`,
  status_none: () => "The issuer does not publish revocation for this record.",
  status_not_checked: (p) =>
    `The issuer can ${p.purpose === "revocation" ? "revoke" : "suspend"} this record, and the family included no copy of its list, so this was not checked.`,
  status_revoked: (p, d) => `The issuer revoked this record (as of ${d(p.asOf)}).`,
  status_not_revoked: (p, d) => `Not revoked as of ${d(p.asOf)}.`,
  status_stale: (p) => ` That is ${p.days} days ago; a newer list may say more.`,
  status_suspended: (p, d) => `The issuer suspended this record (as of ${d(p.asOf)}); do not rely on it unless the issuer lifts the suspension.`,
  status_not_suspended: (p, d) => `Not suspended as of ${d(p.asOf)}.`,
  signature_mismatch: () => "The signature does not match the content: it was changed after signing, or signed by another key.",
  key_not_issuers: () => "It was signed with a key that does not belong to its issuer.",
  no_signature: () => "It carries no signature.",
  did_web_offline: (p) => `The issuer's key is published on the web (${p.did}) and the page fetches nothing, so it was not checked.`,
  unknown_context: (p) => `It uses the vocabulary ${p.url}, which this page does not know, so it cannot be checked.`,
  proof_failed_key: () => "Not checked, because the signature failed.",
  proof_needs_issuer_key: () => "The signature could not be checked without the issuer's key.",
  summary_invalid_signature: (p) => `Do not rely on this record: ${lowerFirst(p.reason)}`,
  summary_not_current: (p) => `This record is not current: ${p.reason}`,
  summary_revoked: (p) => String(p.reason ?? ""),
  summary_unverifiable_offline: (p) => `This record cannot be checked offline: ${p.reason}`,
  summary_malformed: (p) => `This is not a credential Backpack can read: ${p.reason}`,
  summary_nested_failed: (p) => `A record inside this CLR did not verify: ${p.reason}`,
  holder_proof_ok: (p) => `The learner's key signed this share (${p.key}).`,
  holder_binding_ok: () => "It was signed for this very share and this code.",
  share_not_expired: (p, d) => `It is open until ${d(p.expires)}.`,
  summary_verified: (p) => `Verified: issued by ${p.who} and unchanged since.`,
  summary_unknown_issuer: (p) =>
    `The signature is genuine and nothing was changed; this page cannot confirm that the key belongs to ${p.who}.`,
};

const ES = {
  format_ok: () => "Es una credencial verificable bien formada.",
  format_ok_clr: () => "Es una credencial CLR 2.0 bien formada.",
  proof_ok: () => "La firma coincide con el contenido: nada cambió después de firmarlo.",
  issuer_key_ok: (p) => `Firmado con la clave propia del emisor (${p.key}).`,
  holder_key_ok: (p) => `Firmado con la clave propia del estudiante (${p.key}).`,
  issuer_untrusted: (p) =>
    p.name
      ? `El emisor ${p.issuer} se llama a sí mismo «${p.name}»; esta página no puede confirmar que la clave le pertenezca.`
      : `Esta página no puede confirmar de quién es la clave del emisor ${p.issuer}.`,
  not_yet_valid: (p, d) => `No es válido hasta el ${d(p.date)}.`,
  expired: (p, d) => `Venció el ${d(p.date)}.`,
  valid_span: (p, d) =>
    (p.from ? `Es válido desde el ${d(p.from)}` : "Es válido sin fecha de inicio") +
    (p.until ? ` hasta el ${d(p.until)}.` : ", sin fecha de fin."),
  recipient_not_compared: () => "No se comparó con los datos de un estudiante (una página no conoce ninguno).",
  nested_count: (p) => `${p.good} de los ${p.total} registros incluidos se verifican.`,
  status_none: () => "El emisor no publica revocaciones para este registro.",
  status_not_checked: (p) =>
    `El emisor puede ${p.purpose === "revocation" ? "revocar" : "suspender"} este registro y la familia no incluyó una copia de su lista, así que no se comprobó.`,
  status_revoked: (p, d) => `El emisor revocó este registro (al ${d(p.asOf)}).`,
  status_not_revoked: (p, d) => `No revocado al ${d(p.asOf)}.`,
  status_stale: (p) => ` Fue hace ${p.days} días; una lista más reciente puede decir más.`,
  status_suspended: (p, d) => `El emisor suspendió este registro (al ${d(p.asOf)}); no confíe en él salvo que el emisor levante la suspensión.`,
  status_not_suspended: (p, d) => `No suspendido al ${d(p.asOf)}.`,
  signature_mismatch: () => "La firma no coincide con el contenido: se cambió después de firmarlo, o lo firmó otra clave.",
  key_not_issuers: () => "Se firmó con una clave que no pertenece a su emisor.",
  no_signature: () => "No lleva firma.",
  did_web_offline: (p) => `La clave del emisor está publicada en la web (${p.did}) y la página no descarga nada, así que no se comprobó.`,
  unknown_context: (p) => `Usa el vocabulario ${p.url}, que esta página no conoce, así que no se puede comprobar.`,
  proof_failed_key: () => "Sin comprobar, porque la firma falló.",
  proof_needs_issuer_key: () => "La firma no se pudo comprobar sin la clave del emisor.",
  summary_invalid_signature: () => "No confíe en este registro: su firma no es válida (vea las comprobaciones).",
  summary_not_current: () => "Este registro no está vigente (vea las fechas en las comprobaciones).",
  summary_revoked: () => "El emisor retiró este registro (vea la revocación en las comprobaciones).",
  summary_unverifiable_offline: () => "Este registro no se puede comprobar sin conexión (vea por qué en las comprobaciones).",
  summary_malformed: () => "Esto no es una credencial legible.",
  summary_nested_failed: () => "Un registro incluido en este expediente no se verificó (vea la tabla).",
  holder_proof_ok: (p) => `La clave del estudiante firmó esto (${p.key}).`,
  holder_binding_ok: () => "Se firmó para esto mismo y para este código.",
  share_not_expired: (p, d) => `Se puede abrir hasta el ${d(p.expires)}.`,
  summary_verified: (p) => `Verificado: lo emitió ${p.who} y no ha cambiado.`,
  summary_unknown_issuer: (p) =>
    `La firma es auténtica y nada cambió; esta página no puede confirmar que la clave pertenezca a ${p.who}.`,
};

const TABLES = { en: EN, es: ES };

function lowerFirst(text) {
  const said = String(text ?? "");
  return said ? said[0].toLowerCase() + said.slice(1) : said;
}

/** The words for a message `code` in `t.lang`, else `fallback` (the engine's English). */
export function words(code, params, t, fallback) {
  if (code === "status_parts" && Array.isArray(params?.findings)) {
    // Revocation and suspension findings, each made of parts ("Not revoked as of …", "That is
    // 40 days ago…"): each part in the page's words when it has them, else the whole fallback.
    const parts = params.findings.map((finding) =>
      (Array.isArray(finding) ? finding : []).map((part) => words(part?.code, part?.params, t, null)),
    );
    if (parts.every((finding) => finding.every(Boolean))) {
      return [...new Set(parts.map((finding) => finding.join("")))].join(" ");
    }
    return fallback || "";
  }
  const template = (TABLES[t.lang] || EN)[code];
  if (typeof template !== "function") return fallback || "";
  try {
    return template(params || {}, (value) => t.date(value));
  } catch {
    return fallback || "";
  }
}

export const CODES = Object.keys(EN);
export const SPANISH_CODES = Object.keys(ES);
