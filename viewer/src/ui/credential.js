// Reading what a credential says, for display only (every decision is the engine's report).
export function asList(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function text(value, limit = 500) {
  if (typeof value === "string") return value.trim().slice(0, limit);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

export function typesOf(doc) {
  return asList(doc?.type).filter((x) => typeof x === "string");
}

function base64UrlToText(part) {
  const b64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** A VC-JWT's credential (its payload, or the `vc` claim of an older one); null if unreadable. */
export function decodeJwtPayload(token) {
  try {
    const payload = JSON.parse(base64UrlToText(String(token).split(".")[1]));
    return payload && typeof payload.vc === "object" ? payload.vc : payload;
  } catch {
    return null;
  }
}

export function issuerOf(doc) {
  const issuer = doc?.issuer;
  if (typeof issuer === "string") return { id: issuer, name: "" };
  if (issuer && typeof issuer === "object") return { id: text(issuer.id, 2000), name: text(issuer.name) };
  return { id: "", name: "" };
}

/** What a record is called: its achievement's name, else the credential's. */
export function titleOf(doc) {
  const subject = asList(doc?.credentialSubject)[0];
  const achievement = subject && typeof subject === "object" ? subject.achievement : null;
  return (
    text(achievement?.name, 300) ||
    text(doc?.name, 300) ||
    text(subject?.name, 300) ||
    ""
  );
}

/** https://DOMAIN/.well-known/did.json (or /PATH/did.json) for did:web; null otherwise. */
export function didWebDocument(did) {
  if (typeof did !== "string" || !did.startsWith("did:web:")) return null;
  const parts = did.slice("did:web:".length).split("#")[0].split(":");
  if (!parts[0]) return null;
  let host;
  try {
    host = decodeURIComponent(parts[0]);
  } catch {
    return null;
  }
  if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?$/.test(host)) return null;
  const path = parts.slice(1).map((p) => encodeURIComponent(decodeURIComponent(p)));
  const url = `https://${host}/${path.length ? path.join("/") : ".well-known"}/did.json`;
  return { domain: host, url };
}
