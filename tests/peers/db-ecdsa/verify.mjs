// Test-only: time Digital Bazaar's ecdsa-rdfc-2019 verifier on a folder of credentials (the
// ecdsa-rdfc-2019 ones; this folder installs no JCS suite). Usage: node verify.mjs DIR
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {documentLoader} from './loader.mjs';

const dir = process.argv[2];
const docs = readdirSync(dir).filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')))
  .filter(d => d.proof?.cryptosuite === 'ecdsa-rdfc-2019');
const suite = new DataIntegrityProof({cryptosuite: ecdsaRdfc2019});
let bad = 0;
const start = performance.now();
for(const credential of docs) {
  const result = await vc.verifyCredential({credential, suite, documentLoader});
  if(!result.verified) {
    bad++;
  }
}
const seconds = (performance.now() - start) / 1000;
console.log(`${docs.length} verified, ${bad} failed => ${(docs.length / seconds).toFixed(1)} credentials/s`);
