"""The only package that touches `cryptography.hazmat`: intent-named functions for the rest."""
