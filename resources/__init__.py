"""Data files shipped with the app (contexts, icons, fonts); see backpack_app.paths."""
