"""Data behind the screens (loaded off the UI thread)."""
