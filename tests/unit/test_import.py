"""Importing signed credentials: verified, matched to a learner, stored byte for byte, or refused."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

from backpack_app.credentials.importing import Outcome
from backpack_app.credentials.mapping import map_credential
from backpack_app.credentials.recipient import matching_learners
from backpack_app.domain.records import Category, Provenance, Sensitivity
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.helpers import tree_digest
from tests.issuing import clr_credential, course_credential, email_identity, new_school

PEER = Path(__file__).parents[1] / "fixtures" / "peer"


@pytest.fixture(scope="module")
def school():
    return new_school()


def as_bytes(doc) -> bytes:
    return json.dumps(doc, indent=2).encode()


def stored(home: Path) -> dict[str, str]:
    """Digests of the backpack's files, less SQLite's shared-memory index (reads touch it)."""
    return {k: v for k, v in tree_digest(home).items() if not k.endswith("-shm")}


def only(results):
    assert len(results) == 1, results
    return results[0]


def test_course_is_matched_by_hashed_email_and_stored_byte_for_byte(wallet, school):
    data = as_bytes(school.sign(course_credential(school, grade="B+")))
    result = only(wallet.import_credentials(data, file="algebra.json"))
    assert result.outcome is Outcome.IMPORTED and result.learner.name == "Ana Rivera"
    recipient = result.report.check(CheckId.RECIPIENT)
    assert recipient.status is CheckStatus.PASSED and "email address" in recipient.detail
    record = wallet.get_record(result.record_id)
    assert record.category is Category.TRANSCRIPT
    assert record.provenance is Provenance.SCHOOL_SIGNED
    assert record.title == "Algebra I"
    assert (record.details.grade, record.details.code, record.details.credits) == (
        "B+",
        "MATH101",
        1.0,
    )
    assert record.details.school == "Lincoln High School"
    assert record.details.term == "Fall 2024"
    stored = wallet.credential(record.id)
    assert stored.original == data and stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.format == "vc-json" and stored.report["verdict"] == "unknown_issuer"


def test_a_signed_record_cannot_be_edited(wallet, school):
    result = only(wallet.import_credentials(as_bytes(school.sign(course_credential(school)))))
    with pytest.raises(Exception, match="cannot be edited"):
        wallet.edit_record(result.record_id, changes={"title": "Calculus"})


def test_clr_brings_its_courses_in_order_and_goes_as_one(wallet, school):
    courses = [
        school.sign(course_credential(school, course=name, grade=g))
        for name, g in [("Algebra I", "A"), ("Biology", "B"), ("Chemistry", "C")]
    ]
    clr = school.sign(clr_credential(school, courses))
    result = only(wallet.import_credentials(as_bytes(clr), file="clr.json"))
    assert result.outcome is Outcome.IMPORTED and len(result.child_record_ids) == 3
    assert wallet.records_inside(result.record_id) == result.child_record_ids
    titles = [wallet.get_record(r).title for r in result.child_record_ids]
    assert titles == ["Algebra I", "Biology", "Chemistry"]
    child = wallet.credential(result.child_record_ids[1])
    assert child.parent_record_id == result.record_id
    assert json.loads(child.original) == courses[1]  # the course's own signed JSON
    with pytest.raises(Exception, match="part of a signed learner record"):
        wallet.delete_record(result.child_record_ids[0])
    wallet.delete_record(result.record_id)
    assert wallet.list_records() == []


def test_the_same_credential_twice_is_stored_once(wallet, school):
    data = as_bytes(school.sign(course_credential(school)))
    first = only(wallet.import_credentials(data))
    again = only(wallet.import_credentials(data))
    assert again.outcome is Outcome.DUPLICATE and again.record_id == first.record_id
    assert len(wallet.list_records()) == 1


def test_tampered_credential_changes_nothing(wallet, school):
    signed = school.sign(course_credential(school))
    signed["credentialSubject"]["result"][0]["value"] = "A+"
    before = stored(wallet.layout.home)
    result = only(wallet.import_credentials(as_bytes(signed)))
    assert result.outcome is Outcome.REFUSED
    assert result.report.verdict is Verdict.INVALID_SIGNATURE
    assert wallet.list_records() == []
    assert stored(wallet.layout.home) == before


def test_credential_naming_nobody_waits_for_the_user_to_choose(wallet, school):
    doc = course_credential(school)
    doc["credentialSubject"]["identifier"] = [email_identity("someone.else@example.org")]
    data = as_bytes(school.sign(doc))
    refused = only(wallet.import_credentials(data))
    assert refused.outcome is Outcome.REFUSED and "--learner" in refused.message
    assert wallet.list_records() == []
    chosen = only(wallet.import_credentials(data, learner="Ana Rivera"))
    assert chosen.outcome is Outcome.IMPORTED
    assert chosen.report.check(CheckId.RECIPIENT).status is CheckStatus.WARNING


def test_sis_id_picks_the_right_child_of_two(wallet, school):
    wallet.add_learner("Ben Rivera", sis_ids=["S-2002"])
    doc = course_credential(school)
    doc["credentialSubject"]["identifier"] = [
        {
            "type": "IdentityObject",
            "hashed": True,
            "identityHash": "md5$" + hashlib.md5(b"S-2002pepper").hexdigest(),
            "identityType": "sisSourcedId",
            "salt": "pepper",
        }
    ]
    result = only(wallet.import_credentials(as_bytes(school.sign(doc))))
    assert result.learner.name == "Ben Rivera"
    assert "SIS id" in result.report.check(CheckId.RECIPIENT).detail


def test_expired_credential_is_kept_with_its_verdict(wallet, school):
    doc = course_credential(school, valid_until="2025-06-30T00:00:00Z")
    result = only(wallet.import_credentials(as_bytes(school.sign(doc))))
    assert result.outcome is Outcome.IMPORTED and result.report.verdict is Verdict.EXPIRED
    assert wallet.credential(result.record_id).report["verdict"] == "expired"


def test_presentation_imports_each_credential(wallet, school):
    jwt = (PEER / "ob3-jwt-eddsa-0001.jwt").read_text().strip()
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [
            school.sign(course_credential(school)),
            {"type": "EnvelopedVerifiableCredential", "id": f"data:application/vc+jwt,{jwt}"},
        ],
    }
    results = wallet.import_credentials(as_bytes(vp), learner="Ana Rivera")
    assert [r.outcome for r in results] == [Outcome.IMPORTED, Outcome.IMPORTED]
    token_row = wallet.credential(results[1].record_id)
    assert token_row.format == "vc-jwt" and token_row.original == jwt.encode()


def test_peer_clr_and_jwt_import(wallet):
    for name in (
        "clr2-eddsa-0006.json",
        "ob3-jwt-es256-0003.jwt",
        "ob3-ed25519-2020-vc1-0013.json",
    ):
        result = only(wallet.import_credentials((PEER / name).read_bytes(), learner="Ana Rivera"))
        assert result.outcome is Outcome.IMPORTED, (name, result.report.summary)
        assert result.report.valid


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 10_000 + b"]" * 10_000,
        b"{not json",
        b'{"type": ["VerifiablePresentation"]}',
        b"\x89PNG",
    ],
    ids=["deep", "truncated", "empty-presentation", "binary"],
)
def test_bad_input_is_refused_and_changes_nothing(wallet, data):
    before = stored(wallet.layout.home)
    result = only(wallet.import_credentials(data))
    assert result.outcome is Outcome.REFUSED and result.report.verdict is Verdict.MALFORMED
    assert stored(wallet.layout.home) == before


def test_competency_maps_to_gradebook_with_level_and_alignment(school):
    doc = course_credential(school)
    achievement = doc["credentialSubject"]["achievement"]
    achievement.update(
        achievementType="Competency",
        name="Solve linear equations",
        alignment=[
            {
                "type": ["Alignment"],
                "targetName": "CCSS.MATH.8.EE.C.7",
                "targetUrl": "https://case.example.org/items/8-EE-C-7",
                "targetFramework": "Common Core",
            }
        ],
        resultDescription=[
            {
                "id": "urn:rd:1",
                "type": ["ResultDescription"],
                "name": "Mastery",
                "resultType": "RubricCriterionLevel",
                "rubricCriterionLevel": [
                    {"id": "urn:lv:3", "type": ["RubricCriterionLevel"], "name": "Proficient"}
                ],
            }
        ],
    )
    doc["credentialSubject"]["result"] = [
        {"type": ["Result"], "resultDescription": "urn:rd:1", "achievedLevel": "urn:lv:3"}
    ]
    mapped = map_credential(doc, issuer=school.did)
    assert mapped.category is Category.GRADEBOOK
    assert mapped.details["results"][0] == {
        "name": "Mastery",
        "value": "",
        "status": "",
        "level": "Proficient",
        "result_type": "RubricCriterionLevel",
    }
    assert mapped.details["alignments"][0]["name"] == "CCSS.MATH.8.EE.C.7"


def test_hostile_values_are_cut_to_size(school):
    doc = course_credential(school)
    doc["credentialSubject"]["achievement"]["name"] = "x" * 100_000
    doc["credentialSubject"]["creditsEarned"] = 1e308
    doc["credentialSubject"]["term"] = {"@value": 5}
    mapped = map_credential(copy.deepcopy(doc), issuer=school.did)
    assert len(mapped.title) == 500 and mapped.details["credits"] is None
    assert mapped.details["term"] == ""


def test_unhashed_identifier_and_mailto_subject(wallet, school):
    ana = wallet.learner()
    plain = {
        "credentialSubject": {
            "identifier": [
                {
                    "type": "IdentityObject",
                    "hashed": False,
                    "identityHash": "S-1001",
                    "identityType": "sourcedId",
                }
            ]
        }
    }
    mailto = {"credentialSubject": {"id": "mailto:Ana.Rivera@example.org"}}
    did = {"credentialSubject": {"id": ana.did}}
    for doc in (plain, mailto, did):
        assert [m.learner.id for m in matching_learners(doc, [ana])] == [ana.id]
    wrong = {"credentialSubject": {"identifier": [email_identity("ana.rivera@example.org", "x")]}}
    wrong["credentialSubject"]["identifier"][0]["identityHash"] = "sha256$" + "0" * 64
    assert matching_learners(wrong, [ana]) == []


def test_cli_import_json_and_exit_codes(cli, tmp_path, school):
    assert cli("init", "--learner", "Ana").code == 0
    good = tmp_path / "good.json"
    good.write_bytes(as_bytes(school.sign(course_credential(school))))
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"{")
    ok = cli("import", "--learner", "Ana", "--json", str(good))
    assert ok.code == 0, ok
    [entry] = json.loads(ok.out)
    assert entry["outcome"] == "imported" and entry["learner"] == "Ana"
    mixed = cli("import", "--learner", "Ana", str(good), str(bad), str(tmp_path / "missing"))
    assert mixed.code == 1 and "already here" in mixed.out and "not imported" in mixed.out
    assert "Traceback" not in mixed.err
    assert cli("import", "--learner", "Nobody", str(good)).code == 2
    assert cli("import").code == 2
    shown = cli("show", "--json", entry["record"])
    assert json.loads(shown.out)["credential"]["report"]["verdict"] == "unknown_issuer"
    text = cli("show", entry["record"]).out
    assert "Verified, but the issuer is not in your trust list" in text
    assert Sensitivity.NORMAL.value in text


def test_recheck_uses_todays_trust_list_and_keeps_the_recipient_check(wallet, school):
    from backpack_app.domain.trust import TrustedIssuer

    courses = [school.sign(course_credential(school, course="Biology"))]
    clr = only(wallet.import_credentials(as_bytes(school.sign(clr_credential(school, courses)))))
    assert wallet.credential(clr.record_id).report["verdict"] == "unknown_issuer"
    wallet.trust_issuers([TrustedIssuer(id=school.did, name="Lincoln High School")])
    assert wallet.recheck_credentials() == 2  # the CLR and the course inside it
    for record_id in (clr.record_id, *clr.child_record_ids):
        report = wallet.credential(record_id).report
        assert report["verdict"] == "verified"
        recipient = next(c for c in report["checks"] if c["id"] == "recipient")
        assert (
            recipient["status"] in ("passed", "not_checked")
            and "backpack was opened" not in recipient["detail"]
        )
    assert wallet.recheck_credentials() == 0


def test_recheck_checks_a_clr_once_with_what_it_holds(wallet, school, monkeypatch):
    """The courses inside a CLR take their reports from the CLR's own check (as on import),
    rather than each being verified a second time."""
    from backpack_app.credentials import importing

    courses = [school.sign(course_credential(school, course=n)) for n in ("Art", "Biology")]
    clr = only(wallet.import_credentials(as_bytes(school.sign(clr_credential(school, courses)))))
    before = {r: wallet.credential(r).report for r in (clr.record_id, *clr.child_record_ids)}
    checked = []
    verify = importing.verify_found
    monkeypatch.setattr(
        importing,
        "verify_found",
        lambda found, *a, **k: checked.append(found) or verify(found, *a, **k),
    )
    assert wallet.recheck_credentials() == 0
    assert len(checked) == 1 and "ClrCredential" in checked[0].document["type"]
    after = {r: wallet.credential(r).report for r in before}
    assert after == before  # the same reports, recipient checks kept


def test_baked_badge_imports_its_credential_and_keeps_the_image(wallet, school):
    from backpack_app.credentials.baking import bake_png, bake_svg
    from tests.images import SVG, tiny_png

    signed = json.dumps(school.sign(course_credential(school, course="Robotics")))
    png = bake_png(tiny_png(), signed)
    result = only(wallet.import_credentials(png, file="badge.png"))
    assert result.outcome is Outcome.IMPORTED and result.report.valid
    record = wallet.get_record(result.record_id)
    assert record.title == "Robotics" and [a.name for a in record.attachments] == ["badge.png"]
    assert json.loads(wallet.credential(record.id).original) == json.loads(signed)
    assert wallet.attachments.iter_plaintext(record.attachments[0]).__next__() == png[: 1 << 20]
    # The same badge again is stored once; an SVG of another badge works the same way.
    assert only(wallet.import_credentials(png)).outcome is Outcome.DUPLICATE
    other = json.dumps(school.sign(course_credential(school, course="Chess")))
    svg = only(wallet.import_credentials(bake_svg(SVG, other)))
    assert [a.name for a in wallet.get_record(svg.record_id).attachments] == ["badge.svg"]


def test_damaged_badge_image_changes_nothing(wallet, school):
    from backpack_app.credentials.baking import bake_png
    from tests.images import tiny_png

    png = bytearray(bake_png(tiny_png(), json.dumps(school.sign(course_credential(school)))))
    png[40] ^= 0xFF  # a chunk's bytes no longer match its CRC
    before = stored(wallet.layout.home)
    result = only(wallet.import_credentials(bytes(png)))
    assert result.outcome is Outcome.REFUSED and result.report.verdict is Verdict.MALFORMED
    assert stored(wallet.layout.home) == before


def test_hosted_open_badge_2_is_kept_as_not_checkable_offline(wallet):
    from backpack_app.domain.records import Provenance

    salt = "deadsea"
    identity = "sha256$" + hashlib.sha256(("ana.rivera@example.org" + salt).encode()).hexdigest()
    assertion = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://badges.example.org/assertions/1",
        "recipient": {"type": "email", "hashed": True, "salt": salt, "identity": identity},
        "badge": {
            "id": "https://badges.example.org/badges/robotics",
            "type": "BadgeClass",
            "name": "Robotics Club",
            "description": "Built a robot.",
            "issuer": {
                "id": "https://badges.example.org/issuer",
                "type": "Profile",
                "name": "Lincoln Robotics",
            },
        },
        "verification": {"type": "hosted"},
        "issuedOn": "2025-05-01T12:00:00Z",
    }
    result = only(wallet.import_credentials(as_bytes(assertion)))
    assert result.outcome is Outcome.IMPORTED
    assert result.report.verdict is Verdict.UNVERIFIABLE_OFFLINE
    assert "email address" in result.report.check(CheckId.RECIPIENT).detail
    record = wallet.get_record(result.record_id)
    assert record.category is Category.AWARD and record.title == "Robotics Club"
    assert record.provenance is Provenance.SCHOOL_UNSIGNED
    assert record.details.school == "Lincoln Robotics"
    assert wallet.recheck_credentials() == 0


def test_a_course_the_clr_also_carries_is_one_record_in_either_order(wallet, school):
    """Observed: every course appeared twice, inside the CLR and again as its own file."""
    algebra, biology = (
        school.sign(course_credential(school, course=name)) for name in ("Algebra I", "Biology")
    )
    clr = school.sign(clr_credential(school, [algebra, biology]))
    # Its own file first, then the CLR: the course is placed inside the CLR, not stored twice.
    own = only(wallet.import_credentials(as_bytes(algebra), file="algebra.json"))
    held = only(wallet.import_credentials(as_bytes(clr), file="clr.json"))
    assert held.outcome is Outcome.IMPORTED and own.record_id in held.child_record_ids
    titles = sorted(r.title for r in wallet.list_records())
    assert titles == ["Algebra I", "Biology", "Transcript of Ana Rivera"]
    assert wallet.credential(own.record_id).parent_record_id == held.record_id
    assert wallet.credential(own.record_id).original == as_bytes(algebra)  # its own source
    # Deleting the CLR leaves the course that came in its own file.
    wallet.delete_record(held.record_id)
    assert [r.title for r in wallet.list_records()] == ["Algebra I"]
    assert wallet.credential(own.record_id).parent_record_id is None
    # The CLR first, then a course file it carries: one record, said plainly.
    wallet.delete_record(own.record_id)
    held = only(wallet.import_credentials(as_bytes(clr), file="clr.json"))
    again = only(wallet.import_credentials(as_bytes(biology), file="biology.json"))
    assert again.outcome is Outcome.DUPLICATE and again.record_id in held.child_record_ids
    assert "inside the learner record" in again.message
    assert len(wallet.list_records()) == 3
