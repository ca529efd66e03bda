"""The demo school, as tests use it (see backpack_app/credentials/demo_school.py)."""

from backpack_app.credentials.demo_school import (
    CLR201,
    CREATED,
    OB303,
    VC2,
    School,
    clr_credential,
    course_credential,
    email_identity,
    new_school,
)

__all__ = [
    "CLR201",
    "CREATED",
    "OB303",
    "VC2",
    "School",
    "clr_credential",
    "course_credential",
    "email_identity",
    "new_school",
]
