"""The JS peer's verdict on credentials the tests issue from hand-written exports.

Those runs are reproducible (the fixture's test-only school key, a fixed clock and salt), so
each credential's bytes are the same on every machine. With `BACKPACK_JS_PEER` set (a set-up
`shared/peers/js-vc` folder, and node), the peer's `verify.mjs` checks them live; without it,
each file's SHA-256 must be in `fixtures/handmade/peer-verdicts.json` with the verdict `valid`.
Set `BACKPACK_RECORD_PEER=1` beside `BACKPACK_JS_PEER` to add the live verdicts to that file
(after a change to what is issued: run the hand-written export tests once that way).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

RECORDED = Path(__file__).parent / "fixtures" / "handmade" / "peer-verdicts.json"
CREDENTIAL_SUFFIXES = (".json", ".jwt")


def _credentials(folder: Path) -> list[Path]:
    """The credential files of an issuing run (its student folders; not index.json)."""
    return sorted(p for p in folder.glob("*/*") if p.suffix in CREDENTIAL_SUFFIXES and p.is_file())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _live(peer: Path, folder: Path, work: Path) -> dict[str, str]:
    """{file relative to `folder`: the peer's verdict}, from `node verify.mjs`."""
    copy = work / "peer-input"
    shutil.rmtree(copy, ignore_errors=True)
    for student in (p for p in folder.iterdir() if p.is_dir()):
        shutil.copytree(student, copy / student.name)
    verdicts = work / "peer-verdicts.json"
    subprocess.run(
        ["node", str(peer / "verify.mjs"), str(copy), "--quiet", "--json", str(verdicts)],
        capture_output=True,
        timeout=300,
        cwd=peer,
        check=False,
    )
    return {r["file"]: r["verdict"] for r in json.loads(verdicts.read_text())["results"]}


def check_with_peer(folder: Path, work: Path, case: str) -> list[str]:
    """What the peer does not accept among the credentials below `folder` (empty: all valid),
    live or from the recorded verdicts; `case` names the run in the recording."""
    files = _credentials(folder)
    if not files:
        return []
    peer = os.environ.get("BACKPACK_JS_PEER")
    recorded = json.loads(RECORDED.read_text()) if RECORDED.exists() else {}
    if peer and shutil.which("node"):
        verdicts = _live(Path(peer), folder, work)
        found = {
            str(p.relative_to(folder)): verdicts.get(str(p.relative_to(folder))) for p in files
        }
        if os.environ.get("BACKPACK_RECORD_PEER"):
            for path in files:
                recorded[_digest(path)] = {
                    "file": f"{case}/{path.relative_to(folder)}",
                    "verdict": found[str(path.relative_to(folder))],
                }
            RECORDED.parent.mkdir(parents=True, exist_ok=True)
            RECORDED.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    else:
        found = {
            str(p.relative_to(folder)): recorded.get(_digest(p), {}).get("verdict", "not recorded")
            for p in files
        }
    return [f"{case}/{name}: {verdict}" for name, verdict in found.items() if verdict != "valid"]
