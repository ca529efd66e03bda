"""The learner at a glance: counts, latest records, goals due, service hours, readiness."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from backpack_app.ui.i18n import t
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
    signed: int = 0


def build_overview(figures: dict[str, Any]) -> Overview:
    """From the figures the store counts (`profile_figures`): nothing is read record by record."""
    view = Overview(
        service_hours=figures["service_hours"],
        milestones=figures["milestones"],
        milestones_done=figures["milestones_done"],
        goals_due=list(figures["goals_due"]),
        signed=figures["signed"],
        verified=figures["verified"],
    )
    for category, count in figures["counts"].items():
        label = category_words(category)
        view.counts[label] = view.counts.get(label, 0) + count
    view.latest = [(title, kind_words(category)) for title, category in figures["latest"]]
    return view


def overview_html(name: str, view: Overview) -> str:
    """The Overview page's text (escaped: titles come from records and credentials)."""
    from html import escape

    parts = [f"<h3>{escape(name)}</h3>"]
    if not view.counts:
        return parts[0] + t(
            QT_TRANSLATE_NOOP(
                "Backpack",
                "<p>No records yet. Import what your school gave you, or add a goal.</p>",
            )
        )
    parts.append(
        t(
            QT_TRANSLATE_NOOP(
                "Backpack",
                "<p><b>{signed}</b> signed records, <b>{trusted}</b> from issuers you trust; "
                "<b>{hours}</b> hours of community service; readiness "
                "<b>{done} of {milestones}</b> milestones done.</p>",
            )
        ).format(
            signed=view.signed,
            trusted=view.verified,
            hours=f"{view.service_hours:g}",
            done=view.milestones_done,
            milestones=view.milestones,
        )
    )
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
