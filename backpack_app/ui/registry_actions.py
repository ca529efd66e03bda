"""Issuer registries in Settings (a mixin of MainWindow): add one from a file, or from a web
address (an online action: the user is asked first), and remove one. Nothing is relied on until
the user adds it; a school a registry lists then shows as "listed in REGISTRY (as of DATE)"."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from backpack_app.errors import FetchFailed
from backpack_app.ui import dialogs
from backpack_app.ui.errors import inline_message
from backpack_app.ui.tasks import Task
from backpack_app.ui.terms import core_words, date_words


class RegistryActions:
    """Methods of MainWindow; `self` has `wallet`, `main` and `_refresh_current`."""

    wallet: Any
    main: Any

    def connect_registries(self) -> None:
        settings = self.main.settings
        settings.registry_file_requested.connect(self.add_registry_file)
        settings.registry_address_requested.connect(self.add_registry_address)
        settings.registry_remove_requested.connect(self.remove_registry)

    def add_registry_file(self) -> None:
        chosen = dialogs.ask_open_files(
            self,
            self.tr("An issuer registry"),
            self.tr("Issuer registries (*.json);;All files (*)"),
        )
        if self.wallet is None or not chosen:
            return
        name = self._registry_name(chosen[0].stem)
        if name:
            self._add_registry(str(chosen[0]), name, chosen[0].name)

    def add_registry_address(self) -> None:
        address = dialogs.ask_text(
            self,
            self.tr("Add an issuer registry"),
            self.tr("The registry's web address (https://…):"),
        )
        if self.wallet is None or not address:
            return
        host = urlsplit(address).hostname if address.startswith("https://") else None
        if not host:
            dialogs.problem(
                self,
                self.tr("{address} is not a web address Backpack fetches (https only).").format(
                    address=address[:200]
                ),
            )
            return
        name = self._registry_name(host)
        if not name or not dialogs.confirm(
            self,
            self.tr("Go online?"),
            self.tr(
                "Backpack will connect to {host} once, to fetch this registry. Nothing from "
                "your backpack is sent. Go online?"
            ).format(host=host),
        ):
            return
        self._add_registry(address, name, address)

    def _registry_name(self, suggested: str) -> str | None:
        return dialogs.ask_text(
            self,
            self.tr("Add an issuer registry"),
            self.tr("What to call this registry (records from its schools will say so):"),
            suggested,
        )

    def _add_registry(self, source: str, name: str, shown: str) -> None:
        wallet = self.wallet

        def added(registry: Any) -> None:
            self._refresh_current()
            dialogs.inform(
                self,
                self.tr("Registry added"),
                self.tr(
                    "{name} (as of {day}) lists {count} schools. Records from them now say "
                    "they are listed in it."
                ).format(
                    name=registry.name,
                    day=date_words(registry.as_of.date()),
                    count=len(registry.entries),
                ),
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, FetchFailed):
                text = self.tr("{source} could not be fetched: {reason}").format(
                    source=shown, reason=core_words(str(error))
                )
            else:
                text = self.tr("{source} was not added: {reason}").format(
                    source=shown,
                    reason=inline_message(self, error, self.tr("it could not be read.")),
                )
            dialogs.problem(self, text)

        Task(self, lambda: wallet.add_registry(source, name=name)).on_success(added).on_error(
            failed
        ).start()

    def remove_registry(self, name: str) -> None:
        wallet = self.wallet
        if wallet is None or not dialogs.confirm(
            self,
            self.tr("Remove the registry?"),
            self.tr(
                "Stop relying on {name}? Schools listed only there will show as not in your "
                "trust list again."
            ).format(name=name),
        ):
            return
        Task(self, lambda: wallet.remove_registry(name)).on_success(
            lambda _r: self._refresh_current()
        ).on_error(lambda error: dialogs.problem(self, inline_message(self, error, name))).start()

    def _refresh_current(self) -> None:  # provided by MainWindow
        raise NotImplementedError
