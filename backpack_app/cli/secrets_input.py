"""Where the CLI gets passphrases, recovery keys and transaction codes: environment, file, or a
prompt."""

from __future__ import annotations

import getpass
import os
import stat
import sys
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import TextIO

from backpack_app.errors import UserError

PASSPHRASE_ENV = "BACKPACK_PASSPHRASE"
NEW_PASSPHRASE_ENV = "BACKPACK_NEW_PASSPHRASE"
RECOVERY_KEY_ENV = "BACKPACK_RECOVERY_KEY"
SCHOOL_PASSPHRASE_ENV = "BACKPACK_SCHOOL_PASSPHRASE"
SHARE_CODE_ENV = "BACKPACK_SHARE_CODE"
PDF_PASSWORD_ENV = "BACKPACK_PDF_PASSWORD"
TX_CODE_ENV = "BACKPACK_TX_CODE"
SECRET_ENVS = (
    PASSPHRASE_ENV,
    NEW_PASSPHRASE_ENV,
    RECOVERY_KEY_ENV,
    SCHOOL_PASSPHRASE_ENV,
    SHARE_CODE_ENV,
    PDF_PASSWORD_ENV,
    TX_CODE_ENV,
)
MAX_SECRET_FILE_BYTES = 4096


class NoSecretSource(UserError):
    """No environment variable, file or terminal to get a secret from."""


def read_secret_file(path: Path, what: str, warn: TextIO) -> str:
    """First line of a small file; warns when others can read it."""
    try:
        mode = path.stat().st_mode
        with open(path, encoding="utf-8") as fh:
            text = fh.read(MAX_SECRET_FILE_BYTES + 1)
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read the {what} file {path}.") from exc
    if len(text) > MAX_SECRET_FILE_BYTES:
        raise UserError(f"The {what} file {path} is too large to hold a {what}.")
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        print(
            f"Warning: other users of this computer can read {path}; run 'chmod 600 {path}'.",
            file=warn,
        )
    lines = text.splitlines()
    return lines[0] if lines else ""


class SecretSource:
    """Secrets for one CLI run. Environment values are taken out of the environment at once."""

    def __init__(
        self,
        *,
        passphrase_file: Path | None = None,
        environ: MutableMapping[str, str] = os.environ,
        interactive: bool | None = None,
        prompt: Callable[[str], str] = getpass.getpass,
        warn: TextIO = sys.stderr,
    ):
        self._taken = {name: environ.pop(name) for name in SECRET_ENVS if name in environ}
        self._file = passphrase_file
        self._interactive = sys.stdin.isatty() if interactive is None else interactive
        self._prompt = prompt
        self._warn = warn

    def _ask(self, label: str, hint: str) -> str:
        if not self._interactive:
            raise NoSecretSource(f"No {label} given and no terminal to ask for it: {hint}")
        return self._prompt(f"{label.capitalize()}: ")

    def passphrase(self) -> str:
        """The current passphrase: BACKPACK_PASSPHRASE, --passphrase-file, or a prompt."""
        if PASSPHRASE_ENV in self._taken:
            return self._taken[PASSPHRASE_ENV]
        if self._file is not None:
            return read_secret_file(self._file, "passphrase", self._warn)
        return self._ask("passphrase", f"set {PASSPHRASE_ENV} or use --passphrase-file FILE.")

    def first_passphrase(self) -> str:
        """The passphrase for a new backpack (asked twice when typed)."""
        if PASSPHRASE_ENV in self._taken or self._file is not None:
            return self.passphrase()
        return self._ask_twice("passphrase", f"set {PASSPHRASE_ENV} or use --passphrase-file FILE.")

    def new_passphrase(self) -> str:
        """A replacement passphrase: BACKPACK_NEW_PASSPHRASE or a prompt (asked twice)."""
        if NEW_PASSPHRASE_ENV in self._taken:
            return self._taken[NEW_PASSPHRASE_ENV]
        return self._ask_twice("new passphrase", f"set {NEW_PASSPHRASE_ENV}.")

    def school_passphrase(self, *, new: bool = False) -> str:
        """The passphrase of a school key file: BACKPACK_SCHOOL_PASSPHRASE or a prompt."""
        if SCHOOL_PASSPHRASE_ENV in self._taken:
            return self._taken[SCHOOL_PASSPHRASE_ENV]
        hint = f"set {SCHOOL_PASSPHRASE_ENV}."
        return (
            self._ask_twice("school key passphrase", hint)
            if new
            else self._ask("school key passphrase", hint)
        )

    def tx_code(self, description: str | None) -> str:
        """An issuer's transaction code: BACKPACK_TX_CODE or a prompt (used once, never kept)."""
        if TX_CODE_ENV in self._taken:
            return self._taken[TX_CODE_ENV].strip()
        if description and self._interactive:
            print(description[:300], file=self._warn)
        return self._ask("transaction code", f"set {TX_CODE_ENV}.").strip()

    def _ask_twice(self, label: str, hint: str) -> str:
        first = self._ask(label, hint)
        if self._ask(f"{label} again", hint) != first:
            raise UserError("The two passphrases you typed differ; nothing was changed.")
        return first

    def recovery_key(self, key_file: Path | None) -> str:
        """A recovery key from --recovery-key-file, BACKPACK_RECOVERY_KEY, or a prompt."""
        if key_file is not None:
            return read_secret_file(key_file, "recovery key", self._warn)
        if RECOVERY_KEY_ENV in self._taken:
            return self._taken[RECOVERY_KEY_ENV]
        return self._ask("recovery key", f"use --recovery-key-file FILE or set {RECOVERY_KEY_ENV}.")

    def has_recovery_key(self, key_file: Path | None) -> bool:
        return key_file is not None or RECOVERY_KEY_ENV in self._taken

    @property
    def interactive(self) -> bool:
        return self._interactive

    def _given(self, option: str, value: str | None, file: Path | None, env: str) -> str | None:
        """A secret from its --...-file, else from argv (with a warning), else its variable."""
        what = option[2:].replace("-", " ")
        if file is not None:
            return read_secret_file(file, what, self._warn)
        if value is not None:
            print(
                f"Warning: {option} is visible to other users of this computer while the "
                f"command runs; use {option}-file FILE or {env} instead.",
                file=self._warn,
            )
            return value
        return self._taken.get(env)

    def given_share_code(self, value: str | None) -> str | None:
        """--code or BACKPACK_SHARE_CODE as given, without a word (to start work early;
        `share_code` is where the code is taken, and warned about)."""
        return value if value is not None else self._taken.get(SHARE_CODE_ENV)

    def share_code(self, value: str | None, file: Path | None) -> str | None:
        """A share code from --code-file, --code (warned) or BACKPACK_SHARE_CODE; else None."""
        return self._given("--code", value, file, SHARE_CODE_ENV)

    def pdf_password(self, value: str | None, file: Path | None) -> str | None:
        """A printout's password from --pdf-password-file, --pdf-password (warned) or
        BACKPACK_PDF_PASSWORD; else None."""
        return self._given("--pdf-password", value, file, PDF_PASSWORD_ENV)

    def ask(self, label: str, hint: str) -> str:
        """Ask on the terminal (not echoed), or NoSecretSource with `hint` when there is none."""
        return self._ask(label, hint)
