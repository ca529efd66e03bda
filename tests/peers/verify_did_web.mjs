// Check credentials signed by a did:web key with the js-vc peer's own verifier (its suites,
// its offline loader), given the DID documents to trust: the peer resolves did:key only and
// never fetches a did:web, so each document, and each key in it, is added to its loader as a
// static entry. Run with the peer's folder as the working directory:
//   node --input-type=module -e "$(cat this)" CREDENTIAL.json... -- DID-DOCUMENT.json...
// Prints one JSON line {"file": verdict ("valid" | "invalid: why")}; exit 0 only when all
// are valid.
import {readFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {makeDocumentLoader} from './lib/common.mjs';
import {suites, errMsg} from './lib/verifiers.mjs';

const args = process.argv.slice(1);
const cut = args.indexOf('--');
const files = args.slice(0, cut);
const extra = new Map();
for(const path of args.slice(cut + 1)) {
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  extra.set(doc.id, doc);
  for(const method of doc.verificationMethod || []) {
    extra.set(method.id, {'@context': doc['@context'], ...method});
  }
}
const documentLoader = makeDocumentLoader({extra});
const verdicts = {};
for(const file of files) {
  const credential = JSON.parse(readFileSync(file, 'utf8'));
  const result = await vc.verifyCredential({credential, suite: suites, documentLoader});
  verdicts[file] = result.verified ? 'valid' :
    `invalid: ${errMsg(result.error || result.results?.find(r => !r.verified)?.error)}`;
}
console.log(JSON.stringify(verdicts));
process.exit(Object.values(verdicts).every(v => v === 'valid') ? 0 : 1);
