"""`backpack on-track`: the early-warning indicators, computed on this computer, never stored."""

from __future__ import annotations

import argparse
import json

from backpack_app.cli.output import counted

WORDS = {
    "on_track": "on track",
    "watch": "watch",
    "off_track": "OFF TRACK",
    "missing_data": "missing data",
}
NAMES = {
    "attendance": "Attendance",
    "behavior": "Behaviour",
    "course_grades": "Course grades",
    "gpa": "GPA",
    "ninth_grade_on_track": "9th-grade on track",
}


def cmd_on_track(ctx, args: argparse.Namespace) -> int:
    from backpack_app.domain.on_track import ASK_GRADE_LEVEL, not_counted_sentences

    with ctx.open() as wallet:
        learner = wallet.learner(args.learner)
        if args.grade_level is not None:  # kept with the learner: not asked again
            saved = learner.grade_level != args.grade_level
            learner = wallet.set_grade_level(learner.id, args.grade_level)
        found = wallet.on_track(learner.id)
        state_tests = wallet.profile_figures(learner.id)["state_tests"]
    if args.json:
        ctx.say(json.dumps([i.to_json() for i in found], indent=2, ensure_ascii=False))
        return 0
    ctx.say(f"On track: {learner.name} (computed here from the records you hold; never shared)")
    if args.grade_level is not None and saved:
        ctx.say(
            f"Kept grade level {learner.grade_level} with {learner.name} (self-reported): "
            "on-track uses it from now on without --grade-level."
        )
    for indicator in found:
        ctx.say()
        ctx.say(f"{NAMES[indicator.id]}: {WORDS[indicator.status]}")
        ctx.say(f"  {indicator.finding}")
        ctx.say(f"  Rule: {indicator.rule}")
        for point in indicator.trend:
            ctx.say(f"  {point.term}: {WORDS[point.status]} ({point.text})")
        for line in indicator.missing:
            ctx.say(f"  Missing: {line}")
        for line in indicator.notes:
            ctx.say(f"  Note: {line}")
        for sentence in not_counted_sentences(indicator.not_counted):
            ctx.say(f"  {sentence}")
        if indicator.not_counted:
            ids = ", ".join(n.id for n in indicator.not_counted)
            ctx.say(f"  Not counted (backpack show ID): {ids}")
        for step in indicator.next_steps:
            if step == ASK_GRADE_LEVEL:  # how, here
                step = (
                    "Say the learner's grade level: backpack on-track --grade-level N "
                    "(kept with the learner from then on, self-reported)."
                )
            ctx.say(f"  Next: {step}")
        if indicator.records:
            ctx.say(f"  Records (backpack show ID): {', '.join(indicator.records)}")
    if state_tests:
        ctx.say()
        ctx.say(
            f"{counted(state_tests, 'state test result')} you entered from score reports "
            f"{'is' if state_tests == 1 else 'are'} self-reported: none of these indicators "
            f"counts {'it' if state_tests == 1 else 'them'}."
        )
    return 0


def cmd_state_test(ctx, args: argparse.Namespace) -> int:
    """`state-test import REPORT.csv` or `state-test add ...`: unsigned Assessment records."""
    from backpack_app.domain.state_tests import checked_score, read_score_report
    from backpack_app.errors import UserError

    if args.state_test_command == "import":
        try:
            data = args.csv.read_bytes()
        except OSError as exc:
            raise UserError(f"Cannot read {args.csv} ({exc.strerror}).") from None
        scores = read_score_report(data)
        files = [args.csv, *args.file]
    else:
        scores = [checked_score(args.subject, args.year, args.scale_score, args.level, args.test)]
        files = list(args.file)
    with ctx.open() as wallet:
        added = wallet.add_state_scores(scores, learner=args.learner, files=files)
    for record in added:
        ctx.say(f"{record.id}  {record.title}")
    ctx.say(
        f"Added {counted(len(added), 'state test result')} (self-reported: entered from the "
        "report, signed by no one)."
    )
    return 0


def cmd_standards(ctx, args: argparse.Namespace) -> int:
    with ctx.open() as wallet:
        learner = wallet.learner(args.learner)
        found = wallet.standards_over_time(learner.id)
    if args.json:
        ctx.say(json.dumps([s.to_json() for s in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        ctx.say(
            f"No school-signed course of {learner.name} scores a standard yet (only records "
            "whose signature checks out, from schools you trust, count)."
        )
    for standard in found:
        ctx.say(f"{standard.code or '-'}  {standard.name}")
        for term, course, level in standard.levels:
            ctx.say(f"    {term or '(no term)'}: {level} ({course})")
    return 0
