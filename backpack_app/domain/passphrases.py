"""The rule every new passphrase follows (shared by the façade and the first-run screen)."""

MIN_PASSPHRASE_CHARS = 8
