"""Pydantic models of a learner's record. No I/O, no crypto, no Qt."""
