"""The core's words the window shows (category names, verdicts, sentences), translated.

The core keeps its English labels (the CLI prints them); these entries must stay equal to
them, which a test checks.
"""

from __future__ import annotations

import re
from functools import cache
from string import Formatter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from backpack_app.domain.records import CATEGORIES, Category
from backpack_app.domain.verification import Verdict
from backpack_app.ui.i18n import t

CATEGORY_WORDS = {
    Category.TRANSCRIPT: QT_TRANSLATE_NOOP("Backpack", "Courses and transcript"),
    Category.ASSESSMENT: QT_TRANSLATE_NOOP("Backpack", "Assessments"),
    Category.ATTENDANCE: QT_TRANSLATE_NOOP("Backpack", "Attendance"),
    Category.GRADEBOOK: QT_TRANSLATE_NOOP("Backpack", "Standards-based gradebook"),
    Category.AWARD: QT_TRANSLATE_NOOP("Backpack", "Awards and badges"),
    Category.LICENCE: QT_TRANSLATE_NOOP("Backpack", "Credentials and licences"),
    Category.NARRATIVE: QT_TRANSLATE_NOOP("Backpack", "Teacher narratives"),
    Category.SUPPORTS: QT_TRANSLATE_NOOP("Backpack", "Supplementary supports (IEP/504)"),
    Category.DISCIPLINE: QT_TRANSLATE_NOOP("Backpack", "Discipline"),
    Category.HEALTH: QT_TRANSLATE_NOOP("Backpack", "Health"),
    Category.DEMOGRAPHICS: QT_TRANSLATE_NOOP("Backpack", "Demographics"),
    Category.GOAL: QT_TRANSLATE_NOOP("Backpack", "Goals"),
    Category.PORTFOLIO: QT_TRANSLATE_NOOP("Backpack", "Portfolio"),
    Category.SERVICE: QT_TRANSLATE_NOOP("Backpack", "Community service"),
    Category.ACTIVITY: QT_TRANSLATE_NOOP("Backpack", "Activities and clubs"),
    Category.EMPLOYMENT: QT_TRANSLATE_NOOP("Backpack", "Employment and internships"),
    Category.RESEARCH: QT_TRANSLATE_NOOP("Backpack", "Research and study abroad"),
    Category.RECOGNITION: QT_TRANSLATE_NOOP("Backpack", "Recognitions"),
    Category.MILESTONE: QT_TRANSLATE_NOOP("Backpack", "College and career readiness"),
    Category.INTEREST: QT_TRANSLATE_NOOP("Backpack", "Strengths, interests, learning preferences"),
    Category.CHARACTER: QT_TRANSLATE_NOOP("Backpack", "Self-management and character"),
}
VERDICT_TEXT = {
    Verdict.VERIFIED: QT_TRANSLATE_NOOP("Backpack", "Verified"),
    Verdict.UNKNOWN_ISSUER: QT_TRANSLATE_NOOP(
        "Backpack", "Verified, but the issuer is not in your trust list"
    ),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("Backpack", "Expired"),
    Verdict.NOT_YET_VALID: QT_TRANSLATE_NOOP("Backpack", "Not valid yet"),
    Verdict.REVOKED: QT_TRANSLATE_NOOP("Backpack", "Revoked by the issuer"),
    Verdict.INVALID_SIGNATURE: QT_TRANSLATE_NOOP("Backpack", "Tampered or invalid signature"),
    Verdict.MALFORMED: QT_TRANSLATE_NOOP("Backpack", "Not a readable credential"),
    Verdict.UNVERIFIABLE_OFFLINE: QT_TRANSLATE_NOOP("Backpack", "Cannot be checked offline"),
}


def category_words(category: Category) -> str:
    """The category's name in the current language."""
    return t(CATEGORY_WORDS.get(category, CATEGORIES[category].label))


def verdict_words(verdict: Verdict) -> str:
    return t(VERDICT_TEXT[verdict])


@cache
def _core_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each core sentence as a pattern capturing its filled-in parts, most specific first."""
    from backpack_app.ui.core_sentences import SENTENCES

    patterns = []
    for template in SENTENCES:
        regex, literal = "", 0
        for text, field, _spec, _conversion in Formatter().parse(template):
            regex += re.escape(text)
            literal += len(text)
            if field is not None:
                regex += f"(?P<p{field}>.+?)"
        patterns.append((literal, re.compile(regex, re.DOTALL), template))
    patterns.sort(key=lambda item: -item[0])
    return [(pattern, template) for _literal, pattern, template in patterns]


def core_words(text: str, *, depth: int = 0) -> str:
    """A sentence of the core in the current language: matched against the core's templates,
    translated, and filled with its parts (themselves translated when they are sentences).
    Text that matches no template is shown as the core wrote it."""
    if depth > 3 or not text:
        return text
    for pattern, template in _core_patterns():
        found = pattern.fullmatch(text)
        if found is None:
            continue
        translated = QCoreApplication.translate("Core", template)
        if translated == template and not found.groupdict():
            return text
        parts = {
            name[1:]: core_words(value, depth=depth + 1)
            for name, value in found.groupdict().items()
        }
        return translated.format(*(parts[str(i)] for i in range(len(parts))))
    return text
