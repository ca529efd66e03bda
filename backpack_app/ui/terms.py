"""The core's words the window shows (category names, verdicts, sentences), translated.

The core keeps its English labels (the CLI prints them); these entries must stay equal to
them, which a test checks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from string import Formatter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from backpack_app.domain.vocabulary import Category, Section, Sensitivity, Verdict
from backpack_app.ui.i18n import current_language, t, translating

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
    Verdict.UNSUPPORTED: QT_TRANSLATE_NOOP("Backpack", "Signed in a way Backpack cannot check"),
}


SENSITIVITY_WORDS = {
    Sensitivity.NORMAL: QT_TRANSLATE_NOOP("Backpack", "normal"),
    Sensitivity.PRIVATE: QT_TRANSLATE_NOOP("Backpack", "private"),
    Sensitivity.RESTRICTED: QT_TRANSLATE_NOOP("Backpack", "⚠ restricted"),
}


def sensitivity_words(sensitivity: Sensitivity) -> str:
    """How shareable a record is, in the current language."""
    return t(SENSITIVITY_WORDS[sensitivity])


def category_words(category: Category) -> str:
    """The category's name in the current language."""
    from backpack_app.domain.records import CATEGORIES  # the models: not for the first screen

    return t(CATEGORY_WORDS.get(category, CATEGORIES[category].label))


def kind_words(category: Category) -> str:
    """The category's name, marked as self-reported for a Learner Profile category (what the
    learner wrote is never to be taken for what a school signed)."""
    from backpack_app.domain.records import CATEGORIES

    if CATEGORIES[category].section is Section.PROFILE:
        return t(QT_TRANSLATE_NOOP("Backpack", "{kind} · self-reported")).format(
            kind=category_words(category)
        )
    return category_words(category)


def verdict_words(verdict: Verdict) -> str:
    return t(VERDICT_TEXT[verdict])


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_DATE = re.compile(rf"(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})")


@dataclass(frozen=True)
class _Template:
    text: str
    prefix: str
    suffix: str
    pattern: re.Pattern[str]


@cache
def _core_templates() -> list[_Template]:
    """Each core sentence as a pattern capturing its filled-in parts, most specific first."""
    from backpack_app.ui.core_sentences import SENTENCES

    found = []
    for template in SENTENCES:
        pieces = list(Formatter().parse(template))
        regex = "".join(
            re.escape(text) + (f"(?P<p{field}>.*?)" if field is not None else "")
            for text, field, _spec, _conversion in pieces
        )
        prefix = pieces[0][0] if pieces else ""
        suffix = pieces[-1][0] if pieces and pieces[-1][1] is None else ""
        literal = sum(len(text) for text, *_rest in pieces)
        compiled = re.compile(regex, re.DOTALL)
        found.append((literal, _Template(template, prefix, suffix, compiled)))
    found.sort(key=lambda item: -item[0])
    return [template for _length, template in found]


# Not after a title before a name ("Ms. Lopez", a tutor writing back, is one name).
SENTENCE_END = re.compile(
    r"(?<!\bMs\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSr\.)(?<!\bSra\.)(?<!\bSt\.)"
    r"(?<=[.!?])\s+(?=[A-Z\"'(])"
)


def core_words(text: str, *, depth: int = 0) -> str:
    """A sentence of the core in the current language: matched against the core's templates,
    translated, and filled with its parts (themselves translated when they are sentences or
    dates). Several sentences in a row are translated one by one. Text that matches no
    template is shown as the core wrote it."""
    if not translating() or depth > 6:
        return text
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return lead + _translated(core, depth) + trail


def _translated(text: str, depth: int) -> str:
    date = ENGLISH_DATE.fullmatch(text)
    if date is not None:
        return _local_date(date)
    loose = None  # a match whose parts hold whole sentences: used only if nothing fits better
    for template in _core_templates():
        if not (text.startswith(template.prefix) and text.endswith(template.suffix)):
            continue
        found = template.pattern.fullmatch(text)
        if found is None:
            continue
        if any(SENTENCE_END.search(part) for part in found.groups()):
            loose = loose or (template, found)
            continue
        return _fill(template, found, depth)
    sentences = SENTENCE_END.split(text)
    if len(sentences) > 1:
        return " ".join(core_words(sentence, depth=depth + 1) for sentence in sentences)
    if loose is not None:
        return _fill(*loose, depth)
    if text[:1].islower():  # a sentence the core lowered to go after a colon
        capital = text[0].upper() + text[1:]
        words = _translated(capital, depth + 1)
        if words != capital:
            return words[0].lower() + words[1:]
    return text


def _fill(template: _Template, found: re.Match[str], depth: int) -> str:
    parts = [core_words(found[f"p{i}"], depth=depth + 1) for i in range(len(found.groups()))]
    return QCoreApplication.translate("Core", template.text).format(*parts)


def _local_date(found: re.Match[str]) -> str:
    """A date the core wrote in English ("5 March 2025"), in the window's language."""
    return date_words(dt.date(int(found[3]), MONTHS.index(found[2]) + 1, int(found[1])))


def date_words(day: dt.date) -> str:
    """A date as the window's language writes it ("5 March 2025", "5 de marzo de 2025")."""
    fmt = t(QT_TRANSLATE_NOOP("Backpack", "d MMMM yyyy"))
    return QLocale(current_language()).toString(QDate(day.year, day.month, day.day), fmt)


def known_words(contact: str | None, since: dt.date | None) -> str:
    """Whether a third-party writer's key is a contact's, and since when (`backpack open`)."""
    if contact is None or since is None:
        return t(
            QT_TRANSLATE_NOOP("Backpack", "not in your contacts: compare the fingerprint with them")
        )
    return t(QT_TRANSLATE_NOOP("Backpack", "in your contacts as {name} since {day}")).format(
        name=contact, day=date_words(since)
    )


def written_words(author: dict) -> str:
    """Who wrote a third-party attested record, as the façade gives it (`author_of`):
    "Written by NAME (key fingerprint …, in your contacts as … since …)", plain text."""
    since = author.get("contact_since")
    known = known_words(author.get("contact"), dt.date.fromisoformat(since) if since else None)
    return t(
        QT_TRANSLATE_NOOP(
            "Backpack", "Written by {author} (key fingerprint {fingerprint}, {known})"
        )
    ).format(author=author["name"], fingerprint=author["fingerprint"], known=known)


RESTRICTED_MARK = QT_TRANSLATE_NOOP("Backpack", "{kind} 🔒 restricted")


def marked_category_words(category: Category) -> str:
    """The category's name, marked when its records are restricted (supports, discipline,
    health: never shared by a category or a preset)."""
    from backpack_app.domain.records import CATEGORIES  # pydantic: not on the first screen

    words = category_words(category)
    if CATEGORIES[category].sensitivity is Sensitivity.RESTRICTED:
        return t(RESTRICTED_MARK).format(kind=words)
    return words
