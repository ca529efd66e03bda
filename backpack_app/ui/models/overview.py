"""The learner at a glance: counts, latest records, goals due, service hours, readiness."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backpack_app.domain.records import RecordSummary
from backpack_app.domain.verification import Verdict
from backpack_app.ui.terms import category_words


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


def build_overview(
    summaries: list[RecordSummary],
    figures: dict[str, Any],
    signed: list[Any],
    *,
    latest: int = 5,
) -> Overview:
    """From a learner's record summaries, the figures the store counts (`profile_figures`), and
    the credential rows of their signed records."""
    view = Overview(
        service_hours=figures["service_hours"],
        milestones=figures["milestones"],
        milestones_done=figures["milestones_done"],
        goals_due=list(figures["goals_due"]),
    )
    for summary in summaries:
        label = category_words(summary.category)
        view.counts[label] = view.counts.get(label, 0) + 1
    for credential in signed:
        if credential.parent_record_id is None:
            view.signed += 1
            view.verified += credential.report["verdict"] == Verdict.VERIFIED.value
    newest = sorted(summaries, key=lambda s: (s.created, s.id), reverse=True)[:latest]
    view.latest = [(s.title, category_words(s.category)) for s in newest]
    return view


def overview_html(name: str, view: Overview) -> str:
    """The Overview page's text (escaped: titles come from records and credentials)."""
    from html import escape

    parts = [f"<h3>{escape(name)}</h3>"]
    if not view.counts:
        return parts[0] + "<p>No records yet. Import what your school gave you, or add a goal.</p>"
    parts.append(
        f"<p><b>{view.signed}</b> signed records, <b>{view.verified}</b> from issuers you trust; "
        f"<b>{view.service_hours:g}</b> hours of community service; readiness "
        f"<b>{view.milestones_done} of {view.milestones}</b> milestones done.</p>"
    )
    parts.append("<h4>Records</h4><ul>")
    parts += [f"<li>{escape(k)}: {n}</li>" for k, n in sorted(view.counts.items())]
    parts.append("</ul>")
    if view.goals_due:
        parts.append("<h4>Goals due</h4><ul>")
        parts += [f"<li>{escape(t)} - by {d}</li>" for t, d in view.goals_due[:5]]
        parts.append("</ul>")
    parts.append("<h4>Latest</h4><ul>")
    parts += [f"<li>{escape(t)} <i>({escape(k)})</i></li>" for t, k in view.latest]
    parts.append("</ul>")
    return "".join(parts)
