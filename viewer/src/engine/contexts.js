// The JSON-LD contexts Backpack ships (resources/contexts/, listed in its index.json), embedded
// in the page: a credential naming any other context cannot be checked offline, and nothing is
// ever fetched. Written by tools/gen-contexts.mjs; a test checks it matches index.json.
import c_bitstring_status_list_v1 from "../../../resources/contexts/bitstring-status-list-v1.json" with { type: "json" };
import c_clr_2_0_0 from "../../../resources/contexts/clr-2.0.0.json" with { type: "json" };
import c_clr_2_0_1 from "../../../resources/contexts/clr-2.0.1.json" with { type: "json" };
import c_credentials_examples_v1 from "../../../resources/contexts/credentials-examples-v1.json" with { type: "json" };
import c_credentials_examples_v2 from "../../../resources/contexts/credentials-examples-v2.json" with { type: "json" };
import c_credentials_undefined_terms_v2 from "../../../resources/contexts/credentials-undefined-terms-v2.json" with { type: "json" };
import c_credentials_v1 from "../../../resources/contexts/credentials-v1.json" with { type: "json" };
import c_credentials_v2 from "../../../resources/contexts/credentials-v2.json" with { type: "json" };
import c_data_integrity_v1 from "../../../resources/contexts/data-integrity-v1.json" with { type: "json" };
import c_data_integrity_v2 from "../../../resources/contexts/data-integrity-v2.json" with { type: "json" };
import c_dcc_v1 from "../../../resources/contexts/dcc-v1.json" with { type: "json" };
import c_did_v1 from "../../../resources/contexts/did-v1.json" with { type: "json" };
import c_ed25519_2020_v1 from "../../../resources/contexts/ed25519-2020-v1.json" with { type: "json" };
import c_multikey_v1 from "../../../resources/contexts/multikey-v1.json" with { type: "json" };
import c_ob_3_0_0 from "../../../resources/contexts/ob-3.0.0.json" with { type: "json" };
import c_ob_3_0_1 from "../../../resources/contexts/ob-3.0.1.json" with { type: "json" };
import c_ob_3_0_2 from "../../../resources/contexts/ob-3.0.2.json" with { type: "json" };
import c_ob_3_0_3 from "../../../resources/contexts/ob-3.0.3.json" with { type: "json" };
import c_ob_extensions from "../../../resources/contexts/ob-extensions.json" with { type: "json" };
import c_security_v1 from "../../../resources/contexts/security-v1.json" with { type: "json" };
import c_security_v2 from "../../../resources/contexts/security-v2.json" with { type: "json" };
import c_status_list_2021_v1 from "../../../resources/contexts/status-list-2021-v1.json" with { type: "json" };

/** URL -> the context document (parsed once, at load). */
export const CONTEXTS = new Map([
  ["https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json", c_clr_2_0_1],
  ["https://purl.imsglobal.org/spec/clr/v2p0/context.json", c_clr_2_0_0],
  ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", c_ob_3_0_1],
  ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", c_ob_3_0_2],
  ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", c_ob_3_0_3],
  ["https://purl.imsglobal.org/spec/ob/v3p0/context.json", c_ob_3_0_0],
  ["https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", c_ob_extensions],
  ["https://w3id.org/dcc/v1", c_dcc_v1],
  ["https://w3id.org/security/data-integrity/v1", c_data_integrity_v1],
  ["https://w3id.org/security/data-integrity/v2", c_data_integrity_v2],
  ["https://w3id.org/security/multikey/v1", c_multikey_v1],
  ["https://w3id.org/security/suites/ed25519-2020/v1", c_ed25519_2020_v1],
  ["https://w3id.org/security/v1", c_security_v1],
  ["https://w3id.org/security/v2", c_security_v2],
  ["https://w3id.org/vc/status-list/2021/v1", c_status_list_2021_v1],
  ["https://www.w3.org/2018/credentials/examples/v1", c_credentials_examples_v1],
  ["https://www.w3.org/2018/credentials/v1", c_credentials_v1],
  ["https://www.w3.org/ns/credentials/examples/v2", c_credentials_examples_v2],
  ["https://www.w3.org/ns/credentials/status/v1", c_bitstring_status_list_v1],
  ["https://www.w3.org/ns/credentials/undefined-terms/v2", c_credentials_undefined_terms_v2],
  ["https://www.w3.org/ns/credentials/v2", c_credentials_v2],
  ["https://www.w3.org/ns/did/v1", c_did_v1],
]);
