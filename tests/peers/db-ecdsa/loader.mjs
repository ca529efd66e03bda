// Test-only: the offline document loader both scripts use: Backpack's shipped contexts
// (data only) and did:key documents for P-256 / P-384 and Ed25519 Multikey keys.
import {readFileSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

const here = dirname(fileURLToPath(import.meta.url));
const contexts = join(here, '..', '..', '..', 'resources', 'contexts');
const index = JSON.parse(readFileSync(join(contexts, 'index.json'), 'utf8'));

export async function documentLoader(url) {
  if(url.startsWith('did:key:')) {
    const did = url.split('#')[0];
    const fingerprint = did.slice('did:key:'.length);
    const Multikey = fingerprint.startsWith('z6Mk') ? Ed25519Multikey : EcdsaMultikey;
    const key = await Multikey.from({
      id: `${did}#${fingerprint}`, controller: did, publicKeyMultibase: fingerprint,
      '@context': 'https://w3id.org/security/multikey/v1', type: 'Multikey'
    });
    const method = await key.export({publicKey: true, includeContext: true});
    return {contextUrl: null, documentUrl: url, document: url.includes('#') ? method : {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did, verificationMethod: [method], assertionMethod: [method.id]
    }};
  }
  if(!(url in index)) {
    throw new Error(`no offline copy of ${url}`);
  }
  const document = JSON.parse(readFileSync(join(contexts, index[url]), 'utf8'));
  return {contextUrl: null, documentUrl: url, document};
}
