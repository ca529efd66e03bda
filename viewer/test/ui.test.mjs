// The page's interface pieces that need no browser: languages, words, did:web links, names.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pickLanguage, translator, KEYS, SPANISH_KEYS } from "../src/ui/i18n.js";
import { CODES, SPANISH_CODES, words } from "../src/ui/messages.js";
import { didWebDocument, decodeJwtPayload, titleOf } from "../src/ui/credential.js";

test("the browser's first known language wins; English otherwise", () => {
  assert.equal(pickLanguage(["es-MX", "en-US"]), "es");
  assert.equal(pickLanguage(["fr-FR", "es"]), "es");
  assert.equal(pickLanguage(["de-DE"]), "en");
  assert.equal(pickLanguage([]), "en");
});

test("Spanish says everything English says", () => {
  assert.deepEqual([...SPANISH_KEYS].sort(), [...KEYS].sort());
  assert.deepEqual([...SPANISH_CODES].sort(), [...CODES].sort());
});

test("dates and parameters are filled in, in the page's language", () => {
  const es = translator("es");
  assert.equal(
    es("e_expired", { date: es.date("2027-01-02T23:59:59Z") }),
    "Esto venció el 2 de enero de 2027 según el reloj de este dispositivo. Pida a la familia que lo comparta de nuevo.",
  );
  const en = translator("en");
  assert.equal(words("status_revoked", { asOf: "2025-12-01T00:00:00Z" }, en), "The issuer revoked this record (as of December 1, 2025).");
  assert.equal(words("no_such_code", {}, en, "the engine's words"), "the engine's words");
});

test("a did:web key gets the address of its DID document; nothing else does", () => {
  assert.deepEqual(didWebDocument("did:web:lincoln-hs.example.org"), {
    domain: "lincoln-hs.example.org",
    url: "https://lincoln-hs.example.org/.well-known/did.json",
  });
  assert.equal(didWebDocument("did:web:example.org:schools:lincoln#key-1").url, "https://example.org/schools/lincoln/did.json");
  assert.equal(didWebDocument("did:web:example.org%3A8443").url, "https://example.org:8443/.well-known/did.json");
  assert.equal(didWebDocument("did:key:z6Mk"), null);
  assert.equal(didWebDocument("did:web:evil.example/../x"), null);
  assert.equal(didWebDocument("did:web:javascript:alert(1)"), null);
});

test("a VC-JWT's credential and a record's name are read for display", () => {
  const payload = Buffer.from(JSON.stringify({ vc: { name: "Algebra" } })).toString("base64url");
  assert.deepEqual(decodeJwtPayload(`e30.${payload}.sig`), { name: "Algebra" });
  assert.equal(decodeJwtPayload("not a token"), null);
  assert.equal(titleOf({ credentialSubject: { achievement: { name: " Biology " } }, name: "x" }), "Biology");
});
