"""Trusting a school from what the school hands out (a mixin of MainWindow): its trust entry
file, written by `backpack school trust-entry`, names the school and its key. The question is
about the school by name and where the entry came from, never a bare DID."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.tasks import Task


class TrustActions:
    """Methods of MainWindow; `self` has `wallet` and `_refresh_current`."""

    wallet: Any

    def _trust_issuer(self, issuer_id: str, claimed: str) -> None:
        """Records signed by a key the trust list does not know: trust it from the school's
        trust file (offered first), or from a name the user knows the school by."""
        school = claimed or self.tr("a school")
        choice = dialogs.ask_action(
            self,
            self.tr("Trust the school"),
            self.tr(
                "These records say they come from “{school}”, but anyone can make a key that "
                "claims a school's name. Load the trust file the school gave you (it names the "
                "school and its key); ask the school for it if you have none."
            ).format(school=school),
            [self.tr("Load the school's trust file…"), self.tr("I know this school: name it…")],
        )
        if choice == 0:
            self.load_trust_file(issuer_id)
        elif choice == 1:
            name = dialogs.ask_text(
                self,
                self.tr("Trust the school"),
                self.tr(
                    "Only if you know these records are the school's: its name, as you know it:"
                ),
                claimed,
            )
            if name:
                from backpack_app.domain.trust import TrustedIssuer

                self._trust([TrustedIssuer(id=issuer_id, name=name)])

    def load_trust_file(self, expected: str | None = None) -> None:
        """Read a school's trust file, say whom it names and where it came from, and trust it
        when the user agrees. `expected`: the key the records being trusted are signed with."""
        wallet = self.wallet
        chosen = dialogs.ask_open_files(
            self, self.tr("The school's trust file"), self.tr("Trust files (*.json);;All files (*)")
        )
        if wallet is None or not chosen:
            return
        path = chosen[0]

        def failed(error: BaseException) -> None:
            dialogs.problem(self, inline_message(self, error, self.tr("It could not be read.")))

        Task(self, lambda: wallet.read_trust_file(path)).on_success(
            lambda entries: self._offer_entries(entries, path, expected)
        ).on_error(failed).start()

    def _offer_entries(self, entries: list, path: Path, expected: str | None) -> None:
        names = ", ".join(e.name for e in entries)
        if expected and all(e.id != expected for e in entries):
            dialogs.problem(
                self,
                self.tr(
                    "The trust file {file} is for {names}, but these records are signed with "
                    "another key. Nothing was trusted: ask the school which file is theirs."
                ).format(file=path.name, names=names),
            )
            return
        if expected:
            entries = [e for e in entries if e.id == expected]
            names = ", ".join(e.name for e in entries)
        sites = [e.url for e in entries if e.url]
        if dialogs.confirm(
            self,
            self.tr("Trust the school"),
            self.tr("Trust {names}? From the trust file {file}{site}.").format(
                names=names,
                file=path.name,
                site=self.tr(", which gives its website as {url}").format(url=sites[0])
                if sites
                else "",
            ),
        ):
            self._trust(entries)

    def _trust(self, entries: list) -> None:
        wallet = self.wallet
        if wallet is None:
            return

        def work() -> None:
            wallet.trust_issuers(entries)
            wallet.recheck_credentials(issuers=[e.id for e in entries])  # (theirs only)

        Task(self, work).on_success(lambda _r: self._refresh_current()).start()

    def _refresh_current(self) -> None:  # provided by MainWindow
        raise NotImplementedError
