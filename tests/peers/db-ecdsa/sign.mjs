// Test-only: sign Open Badges 3.0 credentials with Digital Bazaar's ECDSA cryptosuites
// (ecdsa-rdfc-2019 and ecdsa-jcs-2019 on P-256 and P-384; ecdsa-sd-2023 base and derived
// proofs) and EdDSA JCS cryptosuite (eddsa-jcs-2022) so Backpack's
// verifier is checked against an independent signer. Contexts come from Backpack's own
// resources/contexts (data only). Usage: node sign.mjs OUT_DIR
import {writeFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {documentLoader} from './loader.mjs';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {createSignCryptosuite as ecdsaJcs2019} from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import {createSignCryptosuite as eddsaJcs2022} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {
  createSignCryptosuite, createDiscloseCryptosuite
} from '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
import * as vc from '@digitalbazaar/vc';

function credential(did, n) {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
    ],
    id: `urn:uuid:00000000-0000-4000-8000-00000000000${n}`,
    type: ['VerifiableCredential', 'AchievementCredential'],
    name: 'Algebra I (Fall 2024)',
    issuer: {id: did, type: ['Profile'], name: 'Lincoln High School'},
    validFrom: '2025-01-15T00:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://lincoln-hs.example.org/courses/Algebra-I',
        type: ['Achievement'],
        achievementType: 'Course',
        name: 'Algebra I',
        description: 'A first course in Algebra I.',
        criteria: {narrative: 'Pass the course.'}
      },
      result: [{type: ['Result'], value: 'A'}]
    }
  };
}

async function keyFor(curve) {
  const key = curve === 'Ed25519' ?
    await Ed25519Multikey.generate() : await EcdsaMultikey.generate({curve});
  const did = `did:key:${key.publicKeyMultibase}`;
  key.controller = did;
  key.id = `${did}#${key.publicKeyMultibase}`;
  return {key, did};
}

const out = process.argv[2];
mkdirSync(out, {recursive: true});
const write = (name, doc) => writeFileSync(join(out, name), JSON.stringify(doc, null, 2) + '\n');
let n = 1;
for(const curve of ['P-256', 'P-384']) {
  const {key, did} = await keyFor(curve);
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: ecdsaRdfc2019});
  const signed = await vc.issue({credential: credential(did, n++), suite, documentLoader});
  write(`db-ecdsa-rdfc-2019-${curve.toLowerCase().replace('-', '')}.json`, signed);
}
for(const curve of ['P-256', 'P-384']) {
  const {key, did} = await keyFor(curve);
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: ecdsaJcs2019()});
  const signed = await vc.issue({credential: credential(did, n++), suite, documentLoader});
  write(`db-ecdsa-jcs-2019-${curve.toLowerCase().replace('-', '')}.json`, signed);
}
{
  const {key, did} = await keyFor('Ed25519');
  const suite = new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaJcs2022()});
  const signed = await vc.issue({credential: credential(did, n++), suite, documentLoader});
  write('db-eddsa-jcs-2022.json', signed);
}
{
  const {key, did} = await keyFor('P-256');
  const suite = new DataIntegrityProof({
    signer: key.signer(),
    cryptosuite: createSignCryptosuite({mandatoryPointers: ['/issuer', '/validFrom']})
  });
  const base = await vc.issue({credential: credential(did, n++), suite, documentLoader});
  write('db-ecdsa-sd-2023-base.json', base);
  const derived = await vc.derive({
    verifiableCredential: base,
    suite: new DataIntegrityProof({
      cryptosuite: createDiscloseCryptosuite({selectivePointers: ['/credentialSubject/achievement']})
    }),
    documentLoader
  });
  write('db-ecdsa-sd-2023-derived.json', derived);
}
console.log(`signed ${n - 1} credentials into ${out}`);
