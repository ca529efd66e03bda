// TEMPORARY stand-in for viewer/src/engine/ (branch `engine`) until it lands: same API.
export function normalizeCode(text) {
  const s = String(text || "").toUpperCase().replace(/[^A-Z0-9]/g, "");
  return s.length === 16 ? s.match(/.{4}/g).join("-") : null;
}

export function readHeader(bytes) {
  const magic = new TextDecoder().decode(bytes.slice(0, 8));
  if (magic !== "BPSHARE\0") return { ok: false, error: { code: "not_a_share" } };
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const version = view.getUint16(8);
  const length = view.getUint32(10);
  try {
    return { ok: true, header: JSON.parse(new TextDecoder().decode(bytes.slice(14, 14 + length))), version };
  } catch {
    return { ok: false, error: { code: "damaged" } };
  }
}

export async function openShare(bytes, code, { now } = {}) {
  if (code !== "STUB-STUB-STUB-STUB") return { ok: false, error: { code: "wrong_code" } };
  const check = (id, status, detail) => ({ id, status, detail });
  const course = (name, term, grade) => ({
    type: ["VerifiableCredential", "AchievementCredential"],
    credentialSubject: { achievement: { name, humanCode: "X1" }, term, result: [{ value: grade }], creditsEarned: 1 },
  });
  return {
    ok: true,
    share: {
      id: "stub",
      learner: { name: "Ana Rivera", did: "did:key:z6MkStub" },
      recipient: "Whoever has the code",
      purpose: "Tutoring",
      created: now.toISOString(),
      expires: "2099-01-01T00:00:00Z",
      holder: { verified: true, checks: [check("proof", "passed", "Signed by the learner.")] },
      records: [
        {
          index: 0,
          selfReported: false,
          credential: {
            type: ["VerifiableCredential", "ClrCredential"],
            name: "Transcript",
            issuer: { id: "did:web:lincoln-hs.example.org", name: "Lincoln High" },
            credentialSubject: { verifiableCredential: [course("Algebra I", "Fall 2024", "A"), course("Biology", "Spring 2025", "B+")] },
          },
          report: {
            verdict: "unknown_issuer",
            checks: [check("proof", "passed", "The signature is valid."), check("issuer_trust", "warning", "Not in a trust list.")],
            nested: [{ verdict: "verified" }, { verdict: "revoked" }],
          },
        },
        {
          index: 1,
          selfReported: true,
          restricted: true,
          credential: { name: "Piano", issuer: "did:key:z6MkStub", credentialSubject: { achievement: { name: "Piano, grade 5" } } },
          report: { verdict: "verified", checks: [check("proof", "passed", "ok")] },
        },
      ],
      files: [{ sha256: "00", name: "report card.pdf", mediaType: "application/pdf", size: 3, bytes: new Uint8Array([1, 2, 3]) }],
    },
  };
}
