// Check a VP-JWT (OpenID4VP `jwt_vc_json`) with the js-vc peer's libraries: run with the
// peer's folder as the working directory, `node --input-type=module -e "$(cat this)" TOKEN
// NONCE AUD`. The holder's did:key signs the VP-JWT (jose, did-method-key), nonce and aud are
// the verifier's, and every VC-JWT inside verifies with the peer's own verifyJwt.
// Exit 0 only when all of that holds; the reason otherwise on stdout.
import * as jose from 'jose';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {didKeyDriver} from './lib/common.mjs';
import {verifyJwt} from './lib/verifiers.mjs';

const [token, nonce, aud] = process.argv.slice(1);
const fail = why => { console.log(`refused: ${why}`); process.exit(1); };
const header = jose.decodeProtectedHeader(token);
if(header.alg !== 'EdDSA' || typeof header.kid !== 'string' ||
  !header.kid.startsWith('did:key:')) {
  fail(`unexpected header ${JSON.stringify(header)}`);
}
const vm = await didKeyDriver.get({url: header.kid});
const jwk = await Ed25519Multikey.toJwk({keyPair: await Ed25519Multikey.from(vm)});
let payload;
try {
  ({payload} = await jose.jwtVerify(token, await jose.importJWK(jwk, 'EdDSA'),
    {algorithms: ['EdDSA'], audience: aud, clockTolerance: 300}));
} catch(e) {
  fail(`holder signature or audience: ${e.message}`);
}
if(payload.nonce !== nonce) fail('wrong nonce');
if(payload.iss !== header.kid.split('#')[0]) fail('iss is not the signing key\'s DID');
if(payload.vp?.holder && payload.vp.holder !== payload.iss) fail('holder is not iss');
const inner = [].concat(payload.vp?.verifiableCredential || []);
if(!inner.length) fail('no credential inside');
for(const [i, vc] of inner.entries()) {
  const r = await verifyJwt(String(vc), `vp.verifiableCredential[${i}] `);
  if(!r.ok) fail(r.error);
}
console.log(`ok: ${inner.length} credential(s)`);
