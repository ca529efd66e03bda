"""Baked badges: credentials inside PNG and SVG images, read safely and verified like any other."""

from __future__ import annotations

import datetime as dt
import json
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backpack_app.credentials.baking import (
    OB2_KEYWORD,
    OB3_KEYWORD,
    bake_png,
    bake_svg,
    extract_baked_credential,
)
from backpack_app.credentials.png_text import MAX_CHUNKS, MAX_IMAGE_BYTES, MAX_TEXT_BYTES
from backpack_app.credentials.verifier import VerifyContext, verify_bytes
from backpack_app.domain.trust import TrustedIssuer, TrustList
from backpack_app.domain.verification import CheckId, Verdict
from backpack_app.errors import MalformedCredential
from tests.images import SVG, chunk, itxt, tiny_png
from tests.issuing import course_credential, new_school

NOW = dt.datetime(2026, 1, 10, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def school():
    return new_school()


@pytest.fixture(scope="module")
def signed_text(school) -> str:
    return json.dumps(school.sign(course_credential(school)))


def verify(data: bytes, school=None):
    trust = TrustList.of([TrustedIssuer(id=school.did, name=school.name)]) if school else None
    return verify_bytes(data, VerifyContext(now=NOW, trust=trust or TrustList()), file="badge")


def reason(report) -> str:
    return report.check(CheckId.FORMAT).detail


def test_baked_ob3_png_round_trip_verifies(school, signed_text):
    baked = bake_png(tiny_png(), signed_text)
    extracted = extract_baked_credential(baked)
    assert extracted.credential == signed_text.encode() and extracted.keyword == OB3_KEYWORD
    report = verify(baked, school)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert "baked into a PNG image (Open Badges 3.0)" in reason(report)


def test_baked_png_with_a_tampered_credential_fails_its_signature(signed_text):
    tampered = signed_text.replace('"value": "A"', '"value": "A+"')
    assert tampered != signed_text
    assert verify(bake_png(tiny_png(), tampered)).verdict is Verdict.INVALID_SIGNATURE


def test_compressed_itxt_within_bounds_is_read(signed_text):
    png = tiny_png(itxt(OB3_KEYWORD, zlib.compress(signed_text.encode()), compressed=True))
    assert extract_baked_credential(png).credential == signed_text.encode()


def test_jws_in_png_is_passed_on_as_a_token():
    token = "eyJhbGciOiJFUzI1NiJ9.eyJ4IjoxfQ.c2ln"
    assert extract_baked_credential(bake_png(tiny_png(), token)).credential == token.encode()


def oversized() -> bytes:
    png = tiny_png()
    return png + b"\0" * (MAX_IMAGE_BYTES + 1 - len(png))


def bomb() -> bytes:
    return tiny_png(itxt(OB3_KEYWORD, zlib.compress(b"0" * (MAX_TEXT_BYTES + 1)), compressed=True))


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda: tiny_png(chunk(b"tIME", b"\x07\xea\x01\x01\x00\x00\x00", crc=1)), "bad CRC"),
        (lambda: tiny_png()[:33] + struct.pack(">I", 10_000) + b"IDAT" + b"\0" * 18, "longer"),
        (lambda: tiny_png()[:-12], "truncated"),
        (lambda: tiny_png(*[chunk(b"tEXt", b"k\0v")] * MAX_CHUNKS), "more than"),
        (oversized, "larger than"),
        (bomb, "expands beyond"),
        (lambda: tiny_png(itxt(OB3_KEYWORD, b"\x00\x01garbage", compressed=True)), "damaged"),
        (lambda: tiny_png(itxt(OB3_KEYWORD, b"{}"), itxt(OB3_KEYWORD, b"{}")), "two credentials"),
        (lambda: tiny_png(itxt(OB3_KEYWORD, b"{}"), itxt(OB2_KEYWORD, b"{}")), "two credentials"),
        (lambda: tiny_png(), "no Open Badges credential"),
        (lambda: b"\x89PNG\r\n\x1a\n" + chunk(b"IDAT", b""), "IHDR"),
    ],
    ids=[
        "bad-crc",
        "length-beyond-end",
        "no-iend",
        "too-many-chunks",
        "oversized",
        "zlib-bomb",
        "broken-zlib",
        "two-ob3-chunks",
        "ob3-and-ob2-chunks",
        "no-credential",
        "no-header",
    ],
)
def test_hostile_or_broken_png_is_one_malformed_report(make, why):
    data = make()
    with pytest.raises(MalformedCredential, match=why):
        extract_baked_credential(data)
    report = verify(data)
    assert report.verdict is Verdict.MALFORMED and not report.valid
    assert why in reason(report)


def test_baked_ob3_svg_round_trip_verifies(school, signed_text):
    baked = bake_svg(SVG, signed_text)
    assert b"<![CDATA[" in baked and b"<openbadges:credential" in baked
    report = verify(baked, school)
    assert report.verdict is Verdict.VERIFIED, report.summary
    assert "baked into an SVG image (Open Badges 3.0)" in reason(report)


PLAIN_DOCTYPE = (
    b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
    b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
)


def test_svg_with_a_plain_doctype_is_read(school, signed_text):
    # What Illustrator-style exports carry; 1EdTech's validator accepts it (issue #17).
    head, body = SVG.split(b"?>\n", 1)
    exported = head + b"?>\n" + PLAIN_DOCTYPE + body
    report = verify(bake_svg(exported, signed_text), school)
    assert report.verdict is Verdict.VERIFIED, report.summary


@pytest.mark.parametrize(
    "doctype",
    [
        b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd" [<!ELEMENT svg ANY>]>\n',
        b'<!DOCTYPE svg [<!ENTITY school "Lincoln">]>\n',
    ],
    ids=["internal-subset", "entity"],
)
def test_svg_doctype_with_an_internal_subset_is_still_refused(signed_text, doctype):
    head, body = bake_svg(SVG, signed_text).split(b"?>\n", 1)
    report = verify(head + b"?>\n" + doctype + body)
    assert report.verdict is Verdict.MALFORMED
    assert "DTD" in reason(report)


def test_svg_with_a_byte_order_mark_or_leading_space_is_read(signed_text):
    with_bom = b"\xef\xbb\xbf" + bake_svg(SVG, signed_text)
    spaced = b"\n  " + bake_svg(SVG.split(b"?>", 1)[1].lstrip(), signed_text)
    for baked in (with_bom, spaced):
        assert extract_baked_credential(baked).credential == signed_text.encode()


def test_svg_jws_goes_in_the_verify_attribute():
    token = "eyJhbGciOiJFUzI1NiJ9.eyJ4IjoxfQ.c2ln"
    baked = bake_svg(SVG, token)
    assert f'verify="{token}"'.encode() in baked
    assert extract_baked_credential(baked).credential == token.encode()


def test_cdata_end_marker_inside_the_credential_survives_baking():
    text = json.dumps({"note": "a]]>b", "@context": []})
    assert extract_baked_credential(bake_svg(SVG, text)).credential == text.encode()


def test_ob2_svg_assertion_body_wins_over_its_verify_url():
    svg = SVG.replace(
        b"<circle",
        b'<openbadges:assertion xmlns:openbadges="http://openbadges.org" '
        b'verify="https://example.org/a/1"><![CDATA[{"id": "x"}]]></openbadges:assertion><circle',
    )
    baked = extract_baked_credential(svg)
    assert baked.credential == b'{"id": "x"}' and baked.keyword == OB2_KEYWORD


def test_svg_script_is_never_run_and_the_credential_is_still_read(school, signed_text):
    # Nothing in an SVG is executed: a <script> is an element like any other and is ignored.
    svg = SVG.replace(b"<circle", b"<script>alert(document.cookie)</script><circle")
    report = verify(bake_svg(svg, signed_text), school)
    assert report.verdict is Verdict.VERIFIED


EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential
 xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">&xxe;</openbadges:credential></svg>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<svg xmlns="http://www.w3.org/2000/svg">&lol3;</svg>"""

TWO_ELEMENTS = SVG.replace(
    b"<circle",
    b'<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">{}'
    b'</openbadges:credential><openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0">{}'
    b"</openbadges:credential><circle",
)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (EXTERNAL_ENTITY, "DTD"),
        (BILLION_LAUGHS, "DTD"),
        (TWO_ELEMENTS, "two credentials"),
        (SVG, "no Open Badges credential"),
        (b"<html><body/></html>", "not an SVG"),
        (b"<svg", "not well-formed"),
        (b"<svg>" + b" " * MAX_IMAGE_BYTES + b"</svg>", "larger than"),
    ],
    ids=[
        "external-entity",
        "billion-laughs",
        "two-elements",
        "none",
        "html",
        "broken",
        "oversized",
    ],
)
def test_hostile_or_broken_svg_is_one_malformed_report(data, why):
    report = verify(data)
    assert report.verdict is Verdict.MALFORMED
    assert why in reason(report)


def test_baking_refuses_an_image_that_already_holds_a_credential(signed_text):
    with pytest.raises(MalformedCredential, match="already"):
        bake_png(bake_png(tiny_png(), signed_text), signed_text)
    with pytest.raises(MalformedCredential, match="already"):
        bake_svg(bake_svg(SVG, signed_text), signed_text, keyword=OB2_KEYWORD)


def test_verify_command_reads_baked_images_in_a_batch(cli, tmp_path, signed_text):
    png, svg, bad = tmp_path / "badge.png", tmp_path / "badge.svg", tmp_path / "bad.png"
    png.write_bytes(bake_png(tiny_png(), signed_text))
    svg.write_bytes(bake_svg(SVG, signed_text))
    bad.write_bytes(bomb())
    result = cli("verify", "--at", NOW.isoformat(), "--json", str(png), str(svg), str(bad))
    reports = json.loads(result.out)
    assert [r["valid"] for r in reports] == [True, True, False]
    assert reports[2]["verdict"] == "malformed" and "Traceback" not in result.err


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_damage_to_a_baked_png_is_read_or_refused_never_raised(data):
    png = bake_png(tiny_png(), '{"a": 1}')
    where = data.draw(st.integers(0, len(png) - 1))
    damaged = png[:where] + bytes([data.draw(st.integers(0, 255))]) + png[where + 1 :]
    assert verify(damaged).verdict is Verdict.MALFORMED


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_that_starts_like_xml_is_refused_never_raised(text):
    assert verify(("<" + text).encode()).verdict is Verdict.MALFORMED


def test_unknown_xml_encoding_is_malformed():
    report = verify(b'<?xml version="1.0" encoding="bogus"?><svg/>')
    assert report.verdict is Verdict.MALFORMED
