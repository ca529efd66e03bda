"""Processed JSON-LD contexts, computed when Backpack is built and loaded by a new process.

Why: processing the contexts an Open Badges 3.0 credential names (VC 2.0 and OB 3.0, hundreds
of terms, a scoped context per class) is most of the work of verifying the first credential
in a process: a command that verifies one file paid it every time. `make` runs this module,
which expands typical credentials and saves what `jsonld_memo` then holds; a process loads
that in a few milliseconds before its first expansion, and works as before on a miss.

Why it is safe:
- The file is used only when its fingerprint matches: the shipped contexts (their bytes), the
  pyld and frozendict versions, the Python version and this format. Anything else (missing,
  stale, damaged) is ignored and contexts are processed as they always were.
- It is read with an unpickler that can make nothing but frozendicts (pyld's finished
  contexts) and plain data; any other class in the file refuses the whole file.
- It is a shipped resource (written by the build, like the translations), never written by a
  running Backpack, so nothing a user receives can reach it.
- The memo's own rules apply to what is loaded (`jsonld_memo.restore`), and a test keeps the
  N-Quads byte-identical to plain pyld with the file loaded.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import pickle
import sys
import threading
from pathlib import Path
from typing import Any

import frozendict

from backpack_app.credentials import contexts, jsonld_memo
from backpack_app.credentials.pyld_light import PYLD_VERSION as pyld_version
from backpack_app.credentials.pyld_light import jsonld
from backpack_app.paths import resource_path

FORMAT = "backpack-processed-contexts-1"
FILE_NAME = "processed.pickle"
MODE = "json-ld-1.1"  # the processing mode `linked_data` asks for
_INITIAL = "initial-context"
_loaded: bool | None = None
_lock = threading.Lock()


def cache_path() -> Path:
    return resource_path("contexts", FILE_NAME)


def fingerprint() -> str:
    """What the saved contexts depend on: the shipped context files and the code that read them."""
    digest = hashlib.sha256(FORMAT.encode())
    versions = (pyld_version, frozendict.__version__, sys.version_info[:2])
    digest.update(repr(versions).encode())
    folder = contexts.contexts_folder()
    index = (folder / "index.json").read_bytes()
    digest.update(index)
    for name in sorted(set(json.loads(index).values())):
        digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return digest.hexdigest()


def _initial_context() -> Any:
    return jsonld.JsonLdProcessor()._get_initial_context({"processingMode": MODE})


class _Writer(pickle.Pickler):
    def persistent_id(self, obj: Any) -> str | None:
        # pyld's initial context is a per-process object that every processed context leads
        # back to; it is saved as a name and becomes this process's own when loaded.
        return _INITIAL if obj is _initial_context() else None


class _Reader(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        if pid != _INITIAL:
            raise pickle.UnpicklingError(pid)  # (never shown: the file is just not used)
        return _initial_context()

    def find_class(self, module: str, name: str) -> Any:
        frozen = jsonld_memo.FROZEN
        if (module, name) == (frozen.__module__, frozen.__qualname__):
            return frozen
        raise pickle.UnpicklingError(module, name)  # only frozendicts are made


def write(path: Path, documents: list[dict[str, Any]]) -> int:
    """Process the contexts of `documents` and save them at `path`; returns the entries saved."""
    global _loaded
    from backpack_app.credentials.linked_data import canonical_nquads
    from backpack_app.errors import MalformedCredential

    with _lock:
        _loaded = False  # built from the contexts themselves, not from an earlier file
    for document in documents:
        # A warm-up document the contexts reject has still had its contexts processed.
        with contextlib.suppress(MalformedCredential):
            canonical_nquads(document)
    saved = jsonld_memo.snapshot(contexts.load_document)
    buffer = io.BytesIO()
    _Writer(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(saved)
    path.write_bytes(f"{fingerprint()}\n".encode() + buffer.getvalue())
    return len(saved[0]) + len(saved[1])


def load(path: Path) -> bool:
    """Load saved contexts into the memo; False (and nothing loaded) unless they are current."""
    try:
        with path.open("rb") as fh:
            stamp = fh.readline().strip().decode("ascii", "replace")
            if stamp != fingerprint():
                return False
            saved = _Reader(fh).load()
        jsonld_memo.restore(*saved, document_loader=contexts.load_document)
    except (OSError, pickle.UnpicklingError, ValueError, TypeError, EOFError):
        return False
    return True


def load_once() -> bool:
    """Load the shipped processed contexts, once per process (before the first expansion)."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = load(cache_path())
        return _loaded


def _rich_course(school: Any) -> dict[str, Any]:
    """A course credential with the parts issuers add: each class with a scoped context."""
    from backpack_app.credentials import demo_school

    doc = demo_school.course_credential(school)
    doc["issuer"]["address"] = {"type": ["Address"], "addressCountry": "US"}
    doc["evidence"] = [{"type": ["Evidence"], "name": "Final project"}]
    doc["credentialSchema"] = [
        {"id": "https://example.org/schema.json", "type": "1EdTechJsonSchemaValidator2019"}
    ]
    achievement = doc["credentialSubject"]["achievement"]
    achievement["image"] = {"id": "https://example.org/badge.png", "type": "Image"}
    achievement["creator"] = {"id": school.did, "type": ["Profile"], "name": school.name}
    achievement["alignment"] = [
        {"type": ["Alignment"], "targetName": "A standard", "targetUrl": "https://example.org/s"}
    ]
    level = {"id": "urn:uuid:1", "type": ["RubricCriterionLevel"], "name": "Mastered"}
    achievement["resultDescription"] = [
        {
            "id": "urn:uuid:2",
            "type": ["ResultDescription"],
            "name": "Grade",
            "resultType": "LetterGrade",
            "rubricCriterionLevel": [level],
        }
    ]
    doc["credentialSubject"]["result"][0]["resultDescription"] = "urn:uuid:2"
    return doc


def warm_up_documents() -> list[dict[str, Any]]:
    """Credentials and proof options as issuers write them, under each usual list of contexts."""
    from backpack_app.credentials import demo_school

    vc1, vc2 = "https://www.w3.org/2018/credentials/v1", demo_school.VC2
    ob3, clr = demo_school.OB303, demo_school.CLR201
    extensions = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"
    ed2020 = "https://w3id.org/security/suites/ed25519-2020/v1"
    school = demo_school.new_school()
    course = _rich_course(school)
    transcript = demo_school.clr_credential(school, [])
    proofs = [
        {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"},
        {"type": "Ed25519Signature2020"},
    ]
    for proof in proofs:
        proof.update(created=demo_school.CREATED, proofPurpose="assertionMethod")
        proof.update(verificationMethod=school.method, proofValue="z")
    subject = transcript["credentialSubject"]
    subject["verifiableCredential"] = [{**course, "proof": proofs[0]}]
    subject["achievement"] = [course["credentialSubject"]["achievement"]]
    subject["association"] = [{"type": "Association", "associationType": "isChildOf"}]
    # A share: the learner's presentation (VC 2.0 only) with its `authentication` proof.
    presentation = {
        "@context": [vc2],
        "id": "urn:uuid:3",
        "type": ["VerifiablePresentation"],
        "name": "A reader",
        "description": "Why it is shared",
        "holder": {"id": school.did, "name": "A learner"},
        "verifiableCredential": [{**course, "@context": [vc2, ob3], "proof": proofs[0]}],
    }
    holder_proof = {**proofs[0], "proofPurpose": "authentication", "challenge": "3"}
    holder_proof.update(domain="urn:example:reader", expires=demo_school.CREATED)
    found = [presentation, {**holder_proof, "@context": [vc2]}]
    for document, roots in (
        (course, [[vc2, ob3], [vc2, ob3, extensions], [vc2, ob3, extensions, ed2020]]),
        (course, [[vc1, ob3, extensions, ed2020]]),
        (transcript, [[vc2, clr, ob3], [vc2, clr, ob3, extensions]]),
    ):
        for root in roots:
            found.append({**document, "@context": root})
            if document is transcript:  # its courses name the same contexts but the CLR's
                nested = [c for c in root if c != clr]
                subject["verifiableCredential"][0]["@context"] = nested
                found[-1] = copy.deepcopy(found[-1])
            found.extend({**proof, "@context": root} for proof in proofs)
    return found


if __name__ == "__main__":  # `make`: python -m backpack_app.credentials.context_cache [FILE]
    # Through the imported module: the one `linked_data` uses, not this __main__ copy of it.
    from backpack_app.credentials import context_cache

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else context_cache.cache_path()
    count = context_cache.write(target, context_cache.warm_up_documents())
    print(f"Saved {count} processed contexts and terms to {target}.")
