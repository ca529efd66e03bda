"""Passwords of printable copies: generated like share codes, or strong enough to hold offline.

A PDF's AES-256 protection is one cheap hash per guess, and a printout cannot be taken back, so
a chosen password must resist an offline search: zxcvbn (a well-kept strength estimator that
knows dictionaries, names, dates and keyboard patterns) must put it at 10^14 guesses or more.
"""

from __future__ import annotations

from collections.abc import Sequence

from backpack_app.crypto.sealing import new_share_code
from backpack_app.errors import WeakPassword

MIN_GUESSES_LOG10 = 14.0
MIN_CHARS = 12
MAX_CHARS = 200


def new_pdf_password() -> str:
    """100 random bits, written as a share code is (five groups of four characters)."""
    return new_share_code()


def check_pdf_password(password: str, *, context: Sequence[str] = ()) -> None:
    """Raise WeakPassword unless `password` meets the bar; `context` holds words an attacker
    would try first (the learner's and recipient's names, the purpose)."""
    from zxcvbn import zxcvbn  # its dictionaries load only when a password is checked

    if len(password) > MAX_CHARS:
        raise WeakPassword(f"A printout password may have at most {MAX_CHARS} characters.")
    words = [w for text in context for w in text.split() if w] + ["backpack", "share", "iep"]
    if len(password) < MIN_CHARS or zxcvbn(password, user_inputs=words)["guesses_log10"] < (
        MIN_GUESSES_LOG10
    ):
        raise WeakPassword(
            "That printout password is too easy to guess: use four or more random words "
            "(at least 12 characters), or leave it out to have one generated."
        )
