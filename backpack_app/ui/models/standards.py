"""The standards (competencies) a course credential scored, read from the JSON text the listing
carries (`ListedRecord.standards_json`), only when a course's row is opened, so listing
thousands of records parses none of them. The reading itself is the core's
(`credentials/standards.py`), shared with the view of a received share.
"""

from __future__ import annotations

import json

from backpack_app.credentials.standards import Standard, scored_standards

__all__ = ["Standard", "standards"]


def standards(standards_json: str) -> list[Standard]:
    """The course's scored standards, in the credential's order; none when the text is empty or
    not what the listing gives (`[results, alignments]`)."""
    if not standards_json:
        return []
    try:
        results, alignments = json.loads(standards_json)
    except (ValueError, TypeError):
        return []
    if not isinstance(results, list) or not isinstance(alignments, list):
        return []
    return scored_standards(results, alignments)
