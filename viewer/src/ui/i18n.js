// The page's words, in English and Spanish, chosen by the browser's languages.
const EN = {
  title: "A shared record",
  titleOf: "Records shared by {name}",
  intro: "Someone shared school records with you. Type the share code they gave you to open them on this device; nothing is sent anywhere.",
  codeLabel: "Share code",
  codeHint: "For example ABCD-EFGH-JKLM-NPQR. Capitals, spaces and dashes do not matter.",
  open: "Open",
  opening: "Checking the code and opening the share. This takes a few seconds…",
  stage_key: "Checking the code…",
  stage_decrypt: "Decrypting…",
  stage_verify: "Checking every signature…",
  learner: "Learner",
  purpose: "Purpose",
  sharedWith: "Shared with",
  created: "Shared on",
  expires: "Opens until",
  records: "Records ({n})",
  noRecords: "This share holds no records.",
  holderOk: "The learner's signature on this share checks out: it was made with the key below and not changed since.",
  holderBad: "The learner's signature on this share does not check out.",
  learnerKey: "Learner's key",
  // verdicts: the same names as `backpack verify --json`
  v_verified: "Verified",
  v_unknown_issuer: "Signature checks out; the issuer is not confirmed",
  v_expired: "Expired",
  v_not_yet_valid: "Not valid yet",
  v_revoked: "Revoked by the issuer",
  v_invalid_signature: "Tampered or invalid signature",
  v_malformed: "Not a readable credential",
  v_unverifiable_offline: "Cannot be checked offline",
  v_unsupported: "Signed in a way this page cannot check",
  v_unknown: "Not checked",
  selfReported: "Self-reported",
  selfReportedNote: "Entered by the learner or family, not issued by a school.",
  restricted: "Restricted",
  restrictedNote: "The family marked this record as private: handle it with care.",
  issuer: "Issued by",
  issuerClaims: "{name} (the name the issuer gives itself)",
  issuerKey: "Issuer's key",
  didWebLink: "Check this key at {domain} (opens the school's website)",
  checks: "Every check ({n})",
  s_passed: "passed",
  s_failed: "failed",
  s_warning: "warning",
  s_not_checked: "not checked",
  c_format: "Format",
  c_proof: "Signature",
  c_issuer_key: "Issuer's key",
  c_issuer_trust: "Trusted issuer",
  c_validity: "Dates",
  c_status: "Revocation",
  c_recipient: "Recipient",
  c_nested: "Records inside",
  c_endorsements: "Endorsements",
  c_conformance: "Standard",
  c_consistency: "Consistency",
  c_schema: "Schema",
  c_holder: "Learner's signature",
  grade: "Grade",
  credits: "Credits",
  term: "Term",
  course: "Course",
  verdict: "Check",
  totalCredits: "Total credits",
  validFrom: "Valid from",
  validUntil: "Valid until",
  description: "Description",
  files: "Files ({n})",
  save: "Save {name} ({size})",
  limitsTitle: "What this page cannot know",
  limitKey: "The page checks that each record was signed with the issuer's key shown and not changed since. It cannot know whether that key really belongs to the school it names: the Backpack app checks keys against a list of schools you trust, this page has no such list. If it matters, compare the key with the school.",
  limitStatus: "Whether a school withdrew (revoked) a record was checked against the status lists the family included in the share, as they were when the family last fetched them. A school may have withdrawn a record since.",
  limitOffline: "This page works without the internet and sends nothing anywhere: the share was opened on this device only.",
  again: "Try again",
  // one sentence per problem
  e_not_a_share: "This page holds no Backpack share: it was damaged or edited after it was made. Ask the family to send it again.",
  e_unsupported_version: "This share was made by a newer Backpack than this page understands. Ask the family to make the page again.",
  e_card_share: "This share was locked to one person's Backpack card, not to a code, so only the Backpack app can open it. Ask the family for a code share.",
  e_bad_code: "That does not look like a share code: it has 16 letters and digits, like ABCD-EFGH-JKLM-NPQR.",
  e_wrong_code: "Wrong code: this code does not open this share. Check it with the family and try again.",
  e_damaged: "This page was damaged or edited after it was made, so it cannot be opened safely. Ask the family to send it again.",
  e_truncated: "This page is incomplete: the file was cut short (perhaps a download did not finish). Ask the family to send it again.",
  e_expired: "This share expired on {date} by this device's clock. Ask the family for a new one.",
  e_not_for_this_code: "This share was signed for someone else, not for this code, so it is not shown. Ask the family to share with you directly.",
  e_too_large: "This share is too large for a web browser to open. Ask the family for the .backpack file instead.",
  e_internal: "This page could not open the share ({detail}). Ask the family for the .backpack file instead.",
  bytes: "{n} bytes",
  kb: "{n} KB",
  mb: "{n} MB",
};

const ES = {
  title: "Un registro compartido",
  titleOf: "Registros compartidos por {name}",
  intro: "Alguien compartió registros escolares con usted. Escriba el código que le dieron para abrirlos en este dispositivo; no se envía nada a ninguna parte.",
  codeLabel: "Código para compartir",
  codeHint: "Por ejemplo ABCD-EFGH-JKLM-NPQR. No importan las mayúsculas, los espacios ni los guiones.",
  open: "Abrir",
  opening: "Comprobando el código y abriendo lo compartido. Tarda unos segundos…",
  stage_key: "Comprobando el código…",
  stage_decrypt: "Descifrando…",
  stage_verify: "Comprobando cada firma…",
  learner: "Estudiante",
  purpose: "Motivo",
  sharedWith: "Compartido con",
  created: "Compartido el",
  expires: "Se puede abrir hasta",
  records: "Registros ({n})",
  noRecords: "Esto no contiene registros.",
  holderOk: "La firma del estudiante es válida: se hizo con la clave de abajo y no ha cambiado desde entonces.",
  holderBad: "La firma del estudiante no es válida.",
  learnerKey: "Clave del estudiante",
  v_verified: "Verificado",
  v_unknown_issuer: "La firma es válida; el emisor no está confirmado",
  v_expired: "Vencido",
  v_not_yet_valid: "Aún no es válido",
  v_revoked: "Revocado por el emisor",
  v_invalid_signature: "Alterado o con firma no válida",
  v_malformed: "No es una credencial legible",
  v_unverifiable_offline: "No se puede comprobar sin conexión",
  v_unsupported: "Firmado de una forma que esta página no puede comprobar",
  v_unknown: "Sin comprobar",
  selfReported: "Declarado por el estudiante",
  selfReportedNote: "Lo escribió el estudiante o su familia; no lo emitió una escuela.",
  restricted: "Restringido",
  restrictedNote: "La familia marcó este registro como privado: trátelo con cuidado.",
  issuer: "Emitido por",
  issuerClaims: "{name} (el nombre que el emisor se da a sí mismo)",
  issuerKey: "Clave del emisor",
  didWebLink: "Comprobar esta clave en {domain} (abre el sitio web de la escuela)",
  checks: "Todas las comprobaciones ({n})",
  s_passed: "correcto",
  s_failed: "fallido",
  s_warning: "aviso",
  s_not_checked: "sin comprobar",
  c_format: "Formato",
  c_proof: "Firma",
  c_issuer_key: "Clave del emisor",
  c_issuer_trust: "Emisor de confianza",
  c_validity: "Fechas",
  c_status: "Revocación",
  c_recipient: "Destinatario",
  c_nested: "Registros incluidos",
  c_endorsements: "Respaldos",
  c_conformance: "Estándar",
  c_consistency: "Coherencia",
  c_schema: "Esquema",
  c_holder: "Firma del estudiante",
  grade: "Nota",
  credits: "Créditos",
  term: "Periodo",
  course: "Curso",
  verdict: "Comprobación",
  totalCredits: "Créditos en total",
  validFrom: "Válido desde",
  validUntil: "Válido hasta",
  description: "Descripción",
  files: "Archivos ({n})",
  save: "Guardar {name} ({size})",
  limitsTitle: "Lo que esta página no puede saber",
  limitKey: "La página comprueba que cada registro se firmó con la clave del emisor que se muestra y que no ha cambiado. No puede saber si esa clave pertenece de verdad a la escuela que nombra: la aplicación Backpack compara las claves con una lista de escuelas de confianza, y esta página no tiene esa lista. Si es importante, compare la clave con la escuela.",
  limitStatus: "Si una escuela retiró (revocó) un registro se comprobó con las listas de estado que la familia incluyó, tal como estaban cuando la familia las descargó. Una escuela puede haber retirado un registro después.",
  limitOffline: "Esta página funciona sin internet y no envía nada: lo compartido se abrió solo en este dispositivo.",
  again: "Intentar de nuevo",
  e_not_a_share: "Esta página no contiene nada compartido con Backpack: se dañó o se modificó después de hacerla. Pida a la familia que la envíe de nuevo.",
  e_unsupported_version: "Esto lo hizo un Backpack más nuevo de lo que esta página entiende. Pida a la familia que vuelva a hacer la página.",
  e_card_share: "Esto se cerró para la tarjeta de Backpack de una persona, no con un código, así que solo la aplicación Backpack puede abrirlo. Pida a la familia que lo comparta con un código.",
  e_bad_code: "Eso no parece un código para compartir: tiene 16 letras y números, como ABCD-EFGH-JKLM-NPQR.",
  e_wrong_code: "Código incorrecto: este código no abre lo compartido. Compruébelo con la familia e inténtelo de nuevo.",
  e_damaged: "Esta página se dañó o se modificó después de hacerla, así que no se puede abrir con seguridad. Pida a la familia que la envíe de nuevo.",
  e_truncated: "Esta página está incompleta: el archivo quedó cortado (quizá una descarga no terminó). Pida a la familia que la envíe de nuevo.",
  e_expired: "Esto venció el {date} según el reloj de este dispositivo. Pida a la familia que lo comparta de nuevo.",
  e_not_for_this_code: "Esto se firmó para otra persona, no para este código, así que no se muestra. Pida a la familia que lo comparta con usted directamente.",
  e_too_large: "Esto es demasiado grande para abrirlo en un navegador web. Pida a la familia el archivo .backpack.",
  e_internal: "Esta página no pudo abrir lo compartido ({detail}). Pida a la familia el archivo .backpack.",
  bytes: "{n} bytes",
  kb: "{n} KB",
  mb: "{n} MB",
};

const TABLES = { en: EN, es: ES };

/** "es" when the browser prefers Spanish to English, else "en". */
export function pickLanguage(languages) {
  for (const tag of languages || []) {
    const base = String(tag).toLowerCase().split("-")[0];
    if (base in TABLES) return base;
  }
  return "en";
}

/** A translator for one language: t("key", {param}) with {param} filled in. */
export function translator(lang) {
  const table = TABLES[lang] || EN;
  const t = (key, params = {}) => {
    const text = key in table ? table[key] : EN[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
  };
  t.lang = lang;
  t.has = (key) => key in table;
  t.date = (value) => formatDate(value, lang);
  t.size = (n) => formatSize(n, t);
  return t;
}

function formatDate(value, lang) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value ?? "");
  return new Intl.DateTimeFormat(lang, { dateStyle: "long" }).format(date);
}

function formatSize(n, t) {
  if (n < 1024) return t("bytes", { n });
  if (n < 1024 * 1024) return t("kb", { n: Math.round(n / 1024) });
  return t("mb", { n: (n / (1024 * 1024)).toFixed(1) });
}

export const LANGUAGES = Object.keys(TABLES);
export const KEYS = Object.keys(EN);
export const SPANISH_KEYS = Object.keys(ES);
