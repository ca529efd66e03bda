"""Reading and verifying credentials offline: contexts, canonicalization, proofs, reports."""
