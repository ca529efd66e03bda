"""Persistent, encrypted state of one backpack: header, database, attachments, backups."""
