"""The façade: `Backpack`, one object opened with a passphrase, that every interface calls.

`backpack.py` holds the object and its vault life cycle; its import, sharing and publication
methods are mixins in `importing.py`, `sharing.py` and `publications.py` (the only module that
reaches the network, and only from the user's explicit online actions).
"""

from backpack_app.wallet.backpack import Backpack, check_new_passphrase, utc_now

__all__ = ["Backpack", "check_new_passphrase", "utc_now"]
