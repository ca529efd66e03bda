"""The page and the Python verifier agree: the page's engine, run in headless Chromium, and
`backpack verify --json` give the same verdict and the same checks (id and status) for the
project's credential fixtures (the W3C and 1EdTech vectors in tests/fixtures/vectors) and for
credentials made here: valid, tampered, expired, not yet valid, revoked and not revoked by a
status list the family included, unknown issuer (a did:web key nobody gave), VC-JWT signed and
altered, Ed25519Signature2020, and a file that is no credential."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from backpack_app.cli.main import run
from backpack_app.credentials.vc_jwt import sign_vc_jwt, signing_key
from backpack_app.sharing.page import build_page
from tests.browser.conftest import open_page
from tests.issuing import (
    clr_credential,
    course_credential,
    new_school,
    new_web_school,
    status_list,
    with_status,
)
from tests.unit.test_verify_real_issuers import sign_2020

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "fixtures" / "vectors"
BUNDLE = ROOT / "tests" / "fixtures" / "bundles" / "bundle_v2_code.backpack"
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
FIXTURES = sorted(
    p.name
    for p in VECTORS.glob("*.json")
    if not p.name.endswith(("expect.json", "proof-options.json", "unsigned.json"))
)


def _made() -> dict[str, tuple[object, dict | None]]:
    """name -> (credential or VC-JWT, status list the family included or None)."""
    school = new_school()
    course = course_credential(school)
    signed = school.sign(course)
    tampered = copy.deepcopy(signed)
    tampered["credentialSubject"]["result"][0]["value"] = "A+"
    listed = school.sign(with_status(course_credential(school, course="Chemistry"), 4))
    token = sign_vc_jwt(course, key=signing_key(school.key.private), kid=school.method)
    head, body, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["credentialSubject"]["result"][0]["value"] = "A+"
    altered_body = (
        base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode("ascii")
    )
    web = new_web_school()
    dcc = {
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            "https://w3id.org/security/suites/ed25519-2020/v1",
            "https://w3id.org/dcc/v1",
        ],
        "id": "urn:uuid:2fe91f0f-4c64-48c8-bfc8-7132f75776fe",
        "type": ["VerifiableCredential", "LearningCredential"],
        "issuer": {"type": "Issuer", "id": school.did, "name": school.name},
        "issuanceDate": "2025-01-15T00:00:00Z",
        "credentialSubject": {
            "type": "Person",
            "name": "Ana Rivera",
            "hasCredential": {"type": ["EducationalOccupationalCredential"], "name": "Robotics"},
        },
    }
    return {
        "valid": (signed, None),
        "clr": (school.sign(clr_credential(school, [signed, school.sign(course)])), None),
        "tampered": (tampered, None),
        "expired": (school.sign(course_credential(school, valid_until="2025-06-30T00:00:00Z")), None),
        "not-yet-valid": (school.sign(course_credential(school, valid_from="2099-01-01T00:00:00Z")), None),
        "revoked": (listed, school.sign(status_list(school, [4]))),
        "not-revoked": (listed, school.sign(status_list(school, [7]))),
        "status-not-included": (listed, None),
        "unknown-issuer-did-web": (web.sign(course_credential(web)), None),
        "vc-jwt": (token, None),
        "vc-jwt-altered": (f"{head}.{altered_body}.{sig}", None),
        "ed25519-signature-2020": (sign_2020(dcc, school), None),
        "not-a-credential": ({"hello": "world"}, None),
    }  # fmt: skip


MADE = _made()


def _python(folder: Path, name: str, credential, listed) -> dict:
    path = folder / f"{name}.json"
    path.write_text(credential if isinstance(credential, str) else json.dumps(credential))
    argv = ["verify", "--json", "--at", NOW.isoformat().replace("+00:00", "Z"), str(path)]
    if listed is not None:
        lists = folder / f"{name}.status.json"
        lists.write_text(json.dumps(listed))
        argv += ["--status", str(lists)]
    out, err = io.StringIO(), io.StringIO()
    run(argv, environ={}, stdout=out, stderr=err, interactive=False)
    assert "Traceback" not in err.getvalue()
    return json.loads(out.getvalue())[0]


@pytest.fixture(scope="module")
def engine_page(browser, test_viewer, tmp_path_factory):
    """A page built with the test hook: the engine on window.__backpackEngine."""
    folder = tmp_path_factory.mktemp("verifier")
    page_file = folder / "page.html"
    page_file.write_bytes(build_page(BUNDLE.read_bytes(), viewer=test_viewer))
    opened = open_page(browser, page_file)
    opened.page.wait_for_function("() => Boolean(window.__backpackEngine)")
    yield opened, folder
    assert opened.requests == [], "the page's verifier requested something"
    opened.close()


def _page(opened, credential, listed) -> dict:
    return opened.page.evaluate(
        """async ([credential, listed, now]) => {
            const statusLists = listed ? [{credential: listed}] : [];
            return await window.__backpackEngine.verifyCredential(
                credential, {now: new Date(now), statusLists});
        }""",
        [credential, listed, NOW.isoformat()],
    )


def _checks(report: dict) -> list[tuple[str, str]]:
    return [(c["id"], c["status"]) for c in report["checks"]]


def _same(opened, folder: Path, name: str, credential, listed) -> None:
    python = _python(folder, name, credential, listed)
    page = _page(opened, credential, listed)
    assert (page["verdict"], _checks(page)) == (python["verdict"], _checks(python)), (
        name,
        page.get("summary"),
        python["summary"],
    )
    nested_page = [n["verdict"] for n in page.get("nested") or []]
    assert nested_page == [n["verdict"] for n in python.get("nested") or []], name


@pytest.mark.parametrize("name", sorted(MADE))
def test_made_credentials_agree(engine_page, name):
    opened, folder = engine_page
    credential, listed = MADE[name]
    _same(opened, folder, name, credential, listed)


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_credentials_agree(engine_page, name):
    opened, folder = engine_page
    _same(opened, folder, name, json.loads((VECTORS / name).read_text()), None)


def test_the_expected_verdicts_are_the_ones_compared(engine_page):
    """The cases are what they say (so agreeing means something)."""
    opened, _ = engine_page
    verdicts = {name: _page(opened, *MADE[name])["verdict"] for name in MADE}
    assert verdicts["valid"] == "unknown_issuer"  # no trust list: neither has one here
    assert verdicts["tampered"] == "invalid_signature"
    assert verdicts["vc-jwt-altered"] == "invalid_signature"
    assert verdicts["expired"] == "expired"
    assert verdicts["revoked"] == "revoked"
    assert verdicts["not-revoked"] == "unknown_issuer"
    assert verdicts["not-a-credential"] == "malformed"
