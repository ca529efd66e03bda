"""The learner at a glance: counts, latest records, goals due, service hours, readiness."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from backpack_app.domain.vocabulary import Provenance, entered_by_family
from backpack_app.ui.i18n import t
from backpack_app.ui.models.transcript import UNNAMED_SCHOOL
from backpack_app.ui.terms import category_words, kind_words


@dataclass
class Overview:
    counts: dict[str, int] = field(default_factory=dict)
    latest: list[tuple[str, str]] = field(default_factory=list)  # (title, kind)
    goals_due: list[tuple[str, str]] = field(default_factory=list)  # (title, date)
    service_hours: float = 0.0
    milestones_done: int = 0
    milestones: int = 0
    verified: int = 0
    signed: int = 0  # by schools
    attested: int = 0  # written and signed by a tutor or a program (third-party attested)
    gpas: list[dict[str, str]] = field(default_factory=list)  # as each school signed it
    credits: float | None = None  # stated by signed courses
    state_tests: int = 0  # state test results the family entered (self-reported)


def build_overview(figures: dict[str, Any]) -> Overview:
    """From the figures the store counts (`profile_figures`): nothing is read record by record."""
    view = Overview(
        service_hours=figures["service_hours"],
        milestones=figures["milestones"],
        milestones_done=figures["milestones_done"],
        goals_due=list(figures["goals_due"]),
        signed=figures["signed"],
        attested=figures.get("attested", 0),
        verified=figures["verified"],
        gpas=list(figures.get("gpas", [])),
        credits=figures.get("credits"),
        state_tests=figures.get("state_tests", 0),
    )
    for category, count in figures["counts"].items():
        label = category_words(category)
        view.counts[label] = view.counts.get(label, 0) + count
    self_reported = t(QT_TRANSLATE_NOOP("Backpack", "{kind}, self-reported"))
    attested = t(QT_TRANSLATE_NOOP("Backpack", "{kind} · third-party attested"))
    view.latest = [
        (
            title,
            self_reported.format(kind=kind_words(category))
            if entered_by_family(category, provenance)
            else attested.format(kind=category_words(category))
            if provenance is Provenance.THIRD_PARTY_ATTESTED
            else kind_words(category),
        )
        for title, category, provenance in figures["latest"]
    ]
    return view


def overview_html(name: str, view: Overview) -> str:
    """The Overview page's text (escaped: titles come from records and credentials)."""
    parts = [f"<h3>{escape(name)}</h3>"]
    if not view.counts:
        return parts[0] + t(
            QT_TRANSLATE_NOOP(
                "Backpack",
                "<p>No records yet. Import what your school gave you, or add a goal.</p>",
            )
        )
    parts.append("<p>" + "<br>".join(summary_lines(view)) + "</p>")
    parts.append(t(QT_TRANSLATE_NOOP("Backpack", "<h4>Records</h4>")) + "<ul>")
    parts += [f"<li>{escape(k)}: {n}</li>" for k, n in sorted(view.counts.items())]
    parts.append("</ul>")
    if view.goals_due:
        parts.append(t(QT_TRANSLATE_NOOP("Backpack", "<h4>Goals due</h4>")) + "<ul>")
        by = t(QT_TRANSLATE_NOOP("Backpack", "{goal} - by {day}"))
        parts += [f"<li>{by.format(goal=escape(g), day=d)}</li>" for g, d in view.goals_due[:5]]
        parts.append("</ul>")
    parts.append(t(QT_TRANSLATE_NOOP("Backpack", "<h4>Latest</h4>")) + "<ul>")
    parts += [f"<li>{escape(title)} <i>({escape(k)})</i></li>" for title, k in view.latest]
    parts.append("</ul>")
    return "".join(parts)


def summary_lines(view: Overview) -> list[str]:
    """The lines at the top, each only when it has something to say (no "0 of 0")."""
    lines = []
    if view.signed:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Backpack",
                    "<b>{signed}</b> records signed by schools, <b>{trusted}</b> of them from "
                    "schools you trust.",
                )
            ).format(signed=view.signed, trusted=view.verified)
        )
    if view.attested:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Backpack",
                    "<b>{attested}</b> written and signed by tutors or programs (third-party "
                    "attested).",
                )
            ).format(attested=view.attested)
        )
    for gpa in view.gpas:
        words = t(QT_TRANSLATE_NOOP("Backpack", "GPA <b>{gpa}</b>, as signed by {school}"))
        line = words.format(
            gpa=escape(gpa["gpa"]), school=escape(gpa["school"] or t(UNNAMED_SCHOOL))
        )
        if gpa["term"]:
            line += f" ({escape(gpa['term'])})"
        if gpa["verdict"] != "verified":
            line += " - " + t(QT_TRANSLATE_NOOP("Backpack", "a school not in your trust list"))
        lines.append(line)
    if view.credits:
        lines.append(
            t(
                QT_TRANSLATE_NOOP("Backpack", "<b>{credits}</b> credits in school-signed courses.")
            ).format(credits=f"{view.credits:g}")
        )
    if view.state_tests:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Backpack",
                    "<b>{count}</b> state test results you entered from score reports "
                    "(self-reported: no one signed them).",
                )
            ).format(count=view.state_tests)
        )
    if view.service_hours:
        lines.append(
            t(QT_TRANSLATE_NOOP("Backpack", "<b>{hours}</b> hours of community service.")).format(
                hours=f"{view.service_hours:g}"
            )
        )
    if view.milestones:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Backpack",
                    "College and career readiness: <b>{done} of {milestones}</b> milestones done.",
                )
            ).format(done=view.milestones_done, milestones=view.milestones)
        )
    return lines
