"""The early-warning view's sentences (domain/on_track.py writes them in English), marked here
so `make i18n` puts them in the catalogue; a test holds this list to the domain's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from backpack_app.ui.i18n import t

SENTENCES = (
    QT_TRANSLATE_NOOP(
        "Backpack",
        "Chronic absence is missing 10% or more of the days enrolled: attendance at or below 90%, for the school year to date or for any term, is off track; below 95% is worth watching.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "Any suspension or expulsion, or two or more discipline incidents in a school year, is off track; one incident is worth watching.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "A failing grade in an English or maths course is off track; a failing grade in another course is worth watching. A grade fails when the school's record says Failed (or, where it says nothing, the grade is F).",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "A GPA below 2.0 that the school signed is off track. Backpack never computes a GPA: only a grade point average in a school-signed academic record counts.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "In {year} so far: {rate} of the days enrolled ({enrolled}); days missed: {missed}.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "In 9th grade, a student is on track with at least {credits} full-year credits by the end of the year (a semester course earns half of one; a failed course none) and at most one semester F in a core course (English, maths, science, social studies). Before the year is over, fewer credits are not off track: the credits so far are compared with the pace to {credits} by the end of the year. The grade level is the one the school's signed records state, else the one the family gives (self-reported).",
    ),
    QT_TRANSLATE_NOOP("Backpack", "Grade level {level} as stated by {who}."),
    QT_TRANSLATE_NOOP("Backpack", "There is no attendance summary signed by the school."),
    QT_TRANSLATE_NOOP("Backpack", "The school's attendance summaries have no usable day counts."),
    QT_TRANSLATE_NOOP("Backpack", "Talk to the school counsellor about the days missed."),
    QT_TRANSLATE_NOOP("Backpack", "Add a goal for attendance."),
    QT_TRANSLATE_NOOP("Backpack", "There is no behaviour summary signed by the school."),
    QT_TRANSLATE_NOOP("Backpack", "Talk to the school counsellor about what happened."),
    QT_TRANSLATE_NOOP("Backpack", "Add a goal with the school."),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "In {year}: discipline incidents: {incidents}; suspensions or expulsions: {removals}.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "There is no English or maths grade signed by the school."),
    QT_TRANSLATE_NOOP("Backpack", "Failing in English or maths: {courses}."),
    QT_TRANSLATE_NOOP("Backpack", "Talk to the teacher and the school counsellor about support."),
    QT_TRANSLATE_NOOP("Backpack", "Add a goal for the course."),
    QT_TRANSLATE_NOOP("Backpack", "There is no GPA signed by the school."),
    QT_TRANSLATE_NOOP("Backpack", "The school signed a GPA of {gpa} ({school}, {term})."),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "The learner's grade level is not known, so the 9th-grade rule cannot be applied.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "There are no course grades signed by the school for this year."),
    QT_TRANSLATE_NOOP("Backpack", "The school's records state no credits for these courses."),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "In {year}: credits earned: {credits} (terms: {terms}); semester F in core courses: {fs}.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "No attendance records for {year}."),
    QT_TRANSLATE_NOOP(
        "Backpack", "No failing grade in English or maths; failing elsewhere: {courses}."
    ),
    QT_TRANSLATE_NOOP("Backpack", "No failing grade in English or maths."),
    QT_TRANSLATE_NOOP(
        "Backpack", "GPAs from {count} schools are held; the most recent one ({school}) is used."
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "The learner is in grade {level} (as {who} says); this rule is for the 9th-grade year.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "Two school records for {term} disagree; the most recently issued one ({id}) is used.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "No attendance records from the school."),
    QT_TRANSLATE_NOOP("Backpack", "Ask the school for a signed attendance summary for each term."),
    QT_TRANSLATE_NOOP("Backpack", "The summary has no usable day counts."),
    QT_TRANSLATE_NOOP(
        "Backpack", "{rate} of the days enrolled ({enrolled}); days missed: {missed}"
    ),
    QT_TRANSLATE_NOOP("Backpack", "No behaviour records from the school."),
    QT_TRANSLATE_NOOP(
        "Backpack", "Ask the school whether it keeps a behaviour summary for each term."
    ),
    QT_TRANSLATE_NOOP("Backpack", "incidents: {incidents}; suspensions or expulsions: {removals}"),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "Two school records for {course} ({term}) give different grades; the most recently issued one is used.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "No English or maths course grades from the school."),
    QT_TRANSLATE_NOOP("Backpack", "Import the school's signed course record (transcript)."),
    QT_TRANSLATE_NOOP("Backpack", "courses failing: {failing} of {count}"),
    QT_TRANSLATE_NOOP("Backpack", "No GPA signed by the school."),
    QT_TRANSLATE_NOOP("Backpack", "Ask the school for a signed academic record stating the GPA."),
    QT_TRANSLATE_NOOP("Backpack", "GPA {gpa} ({school})"),
    QT_TRANSLATE_NOOP("Backpack", "Talk to the school counsellor about a plan."),
    QT_TRANSLATE_NOOP("Backpack", "The grade level."),
    QT_TRANSLATE_NOOP("Backpack", "Say the learner's grade level."),
    QT_TRANSLATE_NOOP("Backpack", "No course grades from the school for 9th grade."),
    QT_TRANSLATE_NOOP("Backpack", "Talk to the school counsellor about credit recovery."),
    QT_TRANSLATE_NOOP(
        "Backpack", "Talk to the school counsellor about the credits still to earn this year."
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "The year is not over: {credits} credits so far is on pace for {need} by its end (about {pace} by now).",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "The year is not over: {credits} credits so far is behind the pace for {need} by its end (about {pace} by now); the rest can still be earned this year.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack", "Courses whose subject is told by their SCED subject code: {count}."
    ),
    QT_TRANSLATE_NOOP(
        "Backpack", "Courses whose subject is told by the subject the school named: {count}."
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "Courses whose subject is guessed from words in their title (the school's record names no subject): {count}.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "Not counted: {title}, because {reason}."),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "The school's SCED code and the subject it named ({subject}) disagree for {course}; the code is used.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "The school's records for {year} state different grade levels; the most recently issued one (grade {level}) is used.",
    ),
    QT_TRANSLATE_NOOP(
        "Backpack",
        "You gave grade {given}; the school's signed records say grade {level} ({year}), which is used.",
    ),
    QT_TRANSLATE_NOOP("Backpack", "it has expired"),
    QT_TRANSLATE_NOOP("Backpack", "it is not a readable credential"),
    QT_TRANSLATE_NOOP("Backpack", "it is not valid yet"),
    QT_TRANSLATE_NOOP("Backpack", "someone other than the school signed it"),
    QT_TRANSLATE_NOOP("Backpack", "its issuer ({issuer}) is not in your trust list"),
    QT_TRANSLATE_NOOP("Backpack", "its signature could not be checked on this computer"),
    QT_TRANSLATE_NOOP(
        "Backpack", "its signature does not match its contents (it may have been changed)"
    ),
    QT_TRANSLATE_NOOP("Backpack", "no signed original is stored with it"),
    QT_TRANSLATE_NOOP("Backpack", "the family (self-reported, not the school's record)"),
    QT_TRANSLATE_NOOP("Backpack", "the school has revoked it"),
    QT_TRANSLATE_NOOP("Backpack", "the school's signed records for {year}"),
    QT_TRANSLATE_NOOP("Backpack", "you added it from a paper and the school did not sign it"),
    QT_TRANSLATE_NOOP("Backpack", "it is signed in a way Backpack cannot check"),
)


def say(text: Any) -> str:
    """A domain sentence in the window's language (its values too, when they are sentences)."""
    template = getattr(text, "template", None)
    if template is None:
        return t(str(text))
    args = {k: say(v) if hasattr(v, "template") else v for k, v in text.args.items()}
    return t(template).format(**args)
