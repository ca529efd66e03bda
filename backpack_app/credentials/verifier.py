"""Verify one credential file offline: recognise its format and hand it to the module that
checks that format. Every problem becomes a report, never an exception.

The arrows run one way: this module → `ob2` / `presentation` → `document` → `checks`.
"""

from __future__ import annotations

from backpack_app.credentials import ob2, presentation
from backpack_app.credentials.checks import VerifyContext, malformed_report
from backpack_app.credentials.dates import friendly_date
from backpack_app.credentials.document import verify_document, verify_token
from backpack_app.credentials.parsing import parse_json
from backpack_app.credentials.pictures import credential_in_picture, is_picture
from backpack_app.credentials.vc_jwt import looks_like_jwt, read_compact_jws
from backpack_app.domain.verification import CheckId, Report
from backpack_app.errors import MalformedCredential

__all__ = [
    "VerifyContext",
    "friendly_date",
    "malformed_report",
    "verify_bytes",
    "verify_document",
    "verify_picture",
    "verify_token",
]


def verify_bytes(data: bytes, ctx: VerifyContext, *, file: str | None = None) -> Report:
    """Verify a credential file's bytes; every problem becomes a report, never an exception."""
    if is_picture(data):
        return verify_picture(data, ctx, file=file)
    return _verify_text(data, ctx, file=file)


def verify_picture(data: bytes, ctx: VerifyContext, *, file: str | None = None) -> Report:
    """Verify the credential baked into a badge image or held by a QR code in a picture; its
    format check says it came from there."""
    try:
        baked = credential_in_picture(data)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    report = _verify_text(baked.credential, ctx, file=file)
    checks = [
        c.model_copy(update={"detail": f"{c.detail} It was {baked.describe()}."})
        if c.id is CheckId.FORMAT
        else c
        for c in report.checks
    ]
    return report.model_copy(update={"checks": checks})


def _verify_text(data: bytes, ctx: VerifyContext, *, file: str | None) -> Report:
    if looks_like_jwt(data):
        try:
            token = data.decode("ascii").strip()
            _, payload = read_compact_jws(token)
        except UnicodeDecodeError:
            return malformed_report("It is not a readable token.", file=file)
        except MalformedCredential as exc:
            return malformed_report(str(exc), file=file)
        if ob2.is_ob2(payload):
            return ob2.verify_ob2_token(token, ctx, file=file)
        if presentation.presentation_in(payload) is not None:
            return presentation.verify_presentation(payload, ctx, file=file, token=token)
        return verify_token(token, ctx, file=file)
    if data.strip().startswith((b"https://", b"http://")):
        return ob2.hosted_url_report(data.strip().decode("utf-8", "replace"), file=file)
    try:
        document = parse_json(data)
    except MalformedCredential as exc:
        return malformed_report(str(exc), file=file)
    if ob2.is_ob2(document):
        return ob2.verify_ob2(document, ctx, file=file)
    if presentation.presentation_in(document) is not None:
        return presentation.verify_presentation(document, ctx, file=file)
    return verify_document(document, ctx, file=file)
