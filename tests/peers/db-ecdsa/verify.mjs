// Test-only: time Digital Bazaar's verifiers on a folder of credentials signed with
// ecdsa-rdfc-2019, ecdsa-jcs-2019 or eddsa-jcs-2022 (others are left out and counted).
// Usage: node verify.mjs DIR
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {createVerifyCryptosuite as ecdsaJcs2019} from '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
import {createVerifyCryptosuite as eddsaJcs2022} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import {documentLoader} from './loader.mjs';

const suites = {
  'ecdsa-rdfc-2019': new DataIntegrityProof({cryptosuite: ecdsaRdfc2019}),
  'ecdsa-jcs-2019': new DataIntegrityProof({cryptosuite: ecdsaJcs2019()}),
  'eddsa-jcs-2022': new DataIntegrityProof({cryptosuite: eddsaJcs2022()})
};
const dir = process.argv[2];
const all = readdirSync(dir).filter(f => f.endsWith('.json'))
  .map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const docs = all.filter(d => d.proof?.cryptosuite in suites);
let bad = 0;
const start = performance.now();
for(const credential of docs) {
  const suite = suites[credential.proof.cryptosuite];
  const result = await vc.verifyCredential({credential, suite, documentLoader});
  if(!result.verified) {
    bad++;
    if(process.env.VERBOSE) {
      console.error(credential.proof.cryptosuite, JSON.stringify(result.error ?? result, null, 1).slice(0, 1500));
    }
  }
}
const seconds = (performance.now() - start) / 1000;
console.log(`${docs.length} verified, ${bad} failed => ` +
  `${(docs.length / seconds).toFixed(1)} credentials/s (${all.length - docs.length} left out)`);
