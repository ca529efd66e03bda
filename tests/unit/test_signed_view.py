"""What is shown is what was signed: shape-only edits of an RDF-signed credential (a key
dropped from one of two copies of a node, a value repeated) still verify, so the record shown
is read from the graph's view of the JSON, and conflicting copies are flagged (issue #17)."""

from __future__ import annotations

import copy
import datetime as dt

from backpack_app.credentials.mapping import map_credential
from backpack_app.credentials.same_nodes import conflicting_nodes, repeated_nodes, signed_view
from backpack_app.credentials.verifier import VerifyContext, verify_document
from backpack_app.domain.verification import CheckId, CheckStatus, Verdict
from tests.issuing import course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)


def twice_named(school):
    """A course whose achievement names its creator, the issuer, a second time in full."""
    doc = course_credential(school)
    doc["credentialSubject"]["achievement"]["creator"] = copy.deepcopy(doc["issuer"])
    return school.sign(doc)


def test_key_dropped_from_one_copy_still_verifies_and_is_still_shown():
    school = new_school("Lincoln High School")
    signed = twice_named(school)
    edited = copy.deepcopy(signed)
    del edited["issuer"]["name"]  # the graph keeps it: the other copy states it
    report = verify_document(edited, VerifyContext(now=NOW))
    assert report.verdict is Verdict.UNKNOWN_ISSUER  # correct by RDF semantics
    assert report.issuer_name == "Lincoln High School"
    shown = map_credential(edited, issuer=school.did)
    assert shown.details["school"] == "Lincoln High School"
    assert report.check(CheckId.CONSISTENCY) is None  # less said, nothing contradicted


def test_repeated_value_is_shown_once():
    school = new_school()
    signed = school.sign(course_credential(school))
    edited = copy.deepcopy(signed)
    edited["credentialSubject"]["achievement"]["type"] = ["Achievement", "Achievement"]
    assert verify_document(edited, VerifyContext(now=NOW)).verdict is Verdict.UNKNOWN_ISSUER
    assert signed_view(edited)["credentialSubject"]["achievement"]["type"] == ["Achievement"]
    assert map_credential(edited, issuer=school.did) == map_credential(signed, issuer=school.did)


def test_conflicting_copies_are_flagged():
    school = new_school("Lincoln High School")
    doc = course_credential(school)
    doc["credentialSubject"]["achievement"]["creator"] = {
        **copy.deepcopy(doc["issuer"]),
        "name": "Harvard",
    }
    assert conflicting_nodes(repeated_nodes(doc)) == [school.did]
    report = verify_document(school.sign(doc), VerifyContext(now=NOW))
    check = report.check(CheckId.CONSISTENCY)
    assert check.status is CheckStatus.WARNING and school.did in check.detail
    both = signed_view(doc)["issuer"]["name"]
    assert both == ["Lincoln High School", "Harvard"]


def test_a_node_inside_itself_is_expanded_once():
    doc = {"id": "urn:x", "name": "a", "part": {"id": "urn:x", "note": "b"}}
    view = signed_view(doc)
    assert view["name"] == "a" and view["note"] == "b"
    assert view["part"] == {"id": "urn:x", "note": "b"}
