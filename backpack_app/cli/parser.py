"""The command line's grammar. Names are a contract other issues and tests rely on."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from backpack_app import __version__
from backpack_app.cli.school_commands import add_school_commands
from backpack_app.domain.vocabulary import (
    Category,
    EmploymentKind,
    GoalStatus,
    InterestKind,
    MilestoneStatus,
    ReadinessTrack,
    ResearchKind,
    Sensitivity,
)


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-09-01") from None


def hours(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of hours") from None
    if not 0 <= value <= 100_000:
        raise argparse.ArgumentTypeError("hours must be between 0 and 100000")
    return value


def _values(enum: type) -> list[str]:
    return [m.value for m in enum]


# option -> (kwargs for argparse, where it lands: "record" field or "details" field)
FIELD_OPTIONS: dict[str, tuple[dict, str, str]] = {
    "--title": ({"help": "what this entry is called"}, "record", "title"),
    "--description": ({"help": "a longer description"}, "record", "description"),
    "--date": ({"type": iso_date, "help": "the date of the entry (YYYY-MM-DD)"}, "record", "date"),
    "--target-date": (
        {"type": iso_date, "help": "when the goal should be met"},
        "details",
        "target_date",
    ),
    "--status": ({"help": "progress status"}, "details", "status"),
    "--org": ({"help": "the organisation (becomes the title)"}, "record", "title"),
    "--hours": ({"type": hours, "help": "hours served"}, "details", "hours"),
    "--start": ({"type": iso_date, "help": "start date"}, "details", "start_date"),
    "--end": ({"type": iso_date, "help": "end date"}, "details", "end_date"),
    "--supervisor": ({"help": "supervisor's name and contact"}, "details", "supervisor"),
    "--role": ({"help": "role or position"}, "details", "role"),
    "--reflection": ({"help": "what the learner thinks about this work"}, "details", "reflection"),
    "--awarded-by": ({"help": "who gave the recognition"}, "details", "awarded_by"),
    "--due-date": ({"type": iso_date, "help": "when the milestone is due"}, "details", "due_date"),
    "--track": ({"choices": _values(ReadinessTrack)}, "details", "track"),
    "--location": ({"help": "where it took place"}, "details", "location"),
    "--observed-by": ({"help": "who observed it"}, "details", "observed_by"),
    "--school": ({"help": "the school the document comes from"}, "details", "school"),
    "--term": ({"help": "the term or school year"}, "details", "term"),
}
STATUS_CHOICES = {"goal": _values(GoalStatus), "milestone": _values(MilestoneStatus)}
KIND_CHOICES = {
    "employment": _values(EmploymentKind),
    "research": _values(ResearchKind),
    "interest": _values(InterestKind),
}

ENTRY_TYPES: dict[str, tuple[Category, list[str], str]] = {
    "goal": (
        Category.GOAL,
        ["--title", "--description", "--target-date", "--status"],
        "a goal with a target date and progress notes",
    ),
    "portfolio": (
        Category.PORTFOLIO,
        ["--title", "--description", "--date", "--reflection"],
        "a piece of work, with files",
    ),
    "service": (
        Category.SERVICE,
        [
            "--org",
            "--title",
            "--description",
            "--hours",
            "--start",
            "--end",
            "--supervisor",
            "--date",
        ],
        "community service",
    ),
    "activity": (
        Category.ACTIVITY,
        ["--title", "--description", "--role", "--start", "--end"],
        "an activity or club",
    ),
    "employment": (
        Category.EMPLOYMENT,
        ["--org", "--title", "--description", "--role", "--start", "--end", "--supervisor"],
        "a job, internship or apprenticeship",
    ),
    "research": (
        Category.RESEARCH,
        ["--title", "--description", "--location", "--start", "--end"],
        "research or study abroad",
    ),
    "recognition": (
        Category.RECOGNITION,
        ["--title", "--description", "--date", "--awarded-by"],
        "a recognition or award the learner received",
    ),
    "milestone": (
        Category.MILESTONE,
        ["--title", "--description", "--status", "--due-date", "--target-date", "--track"],
        "a college and career readiness milestone",
    ),
    "interest": (
        Category.INTEREST,
        ["--title", "--description"],
        "a strength, interest or learning preference",
    ),
    "character": (
        Category.CHARACTER,
        ["--title", "--description", "--date", "--observed-by"],
        "a self-management or character entry (private)",
    ),
}
DOCUMENT_CATEGORIES: dict[str, Category] = {
    "supports": Category.SUPPORTS,
    "discipline": Category.DISCIPLINE,
    "health": Category.HEALTH,
    "demographics": Category.DEMOGRAPHICS,
    "attendance": Category.ATTENDANCE,
    "assessment": Category.ASSESSMENT,
    "report-card": Category.TRANSCRIPT,
    "transcript": Category.TRANSCRIPT,
    "gradebook": Category.GRADEBOOK,
    "award": Category.AWARD,
    "licence": Category.LICENCE,
    "narrative": Category.NARRATIVE,
}


LEARNER_HELP = "whose record it is (needed when the backpack has several learners)"


def _add_field_options(p: argparse.ArgumentParser, entry: str, options: list[str]) -> None:
    for opt in options:
        kwargs = FIELD_OPTIONS[opt][0]
        kwargs = dict(kwargs)
        if opt == "--status":
            kwargs["choices"] = STATUS_CHOICES[entry]
        if "choices" not in kwargs:
            typed = kwargs.get("type")
            kwargs["metavar"] = (
                "YYYY-MM-DD" if typed is iso_date else "HOURS" if typed is hours else "TEXT"
            )
        p.add_argument(opt, dest=f"field_{opt[2:].replace('-', '_')}", **kwargs)
    if entry in KIND_CHOICES:
        p.add_argument("--kind", choices=KIND_CHOICES[entry], dest="field_kind")
    p.add_argument(
        "--sensitivity",
        choices=_values(Sensitivity),
        help="who may see it: normal; private (left out of presets); restricted (shared only "
        "by id with --include-restricted). Default: as its kind is",
    )
    p.add_argument(
        "--file",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="attach a file (repeat for several)",
    )


def _secret_options(p: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    p.add_argument(
        "--passphrase-file",
        type=Path,
        default=default,
        metavar="FILE",
        help="read the passphrase from the first line of FILE",
    )


def _pdf_password_options(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--pdf-password-file",
        type=Path,
        metavar="FILE",
        help=f"{what}, from FILE's first line (or set BACKPACK_PDF_PASSWORD)",
    )
    p.add_argument("--pdf-password", metavar="PW", help="(visible to other users; avoid)")


def build_parser() -> argparse.ArgumentParser:
    # argparse asks gettext for its words ("options", "show this help message and exit"...)
    # for every parser and argument, and gettext looks for catalogues on disk each time: two
    # fifths of building this parser. The answers cannot change while it is built.
    words = argparse._  # type: ignore[attr-defined]
    argparse._ = functools.cache(words)  # type: ignore[attr-defined]
    try:
        return _build_parser()
    finally:
        argparse._ = words  # type: ignore[attr-defined]


class _Recorder:
    """Stands for a command's parser (or a group or subparsers of it) while the grammar is
    declared: every call is written down, in order across the whole command, to be made on the
    real objects when the command is used (`_replay`)."""

    def __init__(self, log: list) -> None:
        self._log = log

    def __getattr__(self, method: str) -> Callable[..., _Recorder]:
        def record(*args: Any, **kwargs: Any) -> _Recorder:
            result = _Recorder(self._log)
            self._log.append((self, method, args, kwargs, result))
            return result

        return record


def _replay(log: list, recorder: _Recorder, parser: argparse.ArgumentParser) -> None:
    real: dict[int, Any] = {id(recorder): parser}
    for target, method, args, kwargs, result in log:
        real[id(result)] = getattr(real[id(target)], method)(*args, **kwargs)


class _LazySubcommands(argparse._SubParsersAction):
    """Subcommands whose arguments are declared when one of them is used: `backpack verify`
    builds only the verify parser, `--help` and `--version` none (the whole grammar is some
    fifty parsers and 350 arguments). Help and errors are argparse's own, unchanged."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: dict[str, tuple[list, _Recorder]] = {}

    def add_parser(self, name: str, **kwargs: Any) -> Any:  # type: ignore[override]
        super().add_parser(name, **kwargs)  # (an empty parser: its name and help for listings)
        log: list = []
        self._pending[name] = (log, _Recorder(log))
        return self._pending[name][1]

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # type: ignore[override]
        name = values[0] if values else None
        if name in self._pending:
            log, recorder = self._pending.pop(name)
            _replay(log, recorder, self._name_parser_map[name])
        super().__call__(parser, namespace, values, option_string)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _LazySubcommands)


def _build_parser() -> argparse.ArgumentParser:
    root = _Parser(
        prog="backpack",
        description="Backpack keeps a learner's record encrypted on this computer. "
        "Run without a command to open the app.",
    )
    root.add_argument("--version", action="version", version=f"Backpack {__version__}")
    root.add_argument("--home", metavar="DIR", help="the backpack folder to use")
    _secret_options(root, top=True)
    sub = root.add_subparsers(dest="command", metavar="COMMAND")

    def cmd(name: str, help_text: str, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        _secret_options(p, top=False)
        return p

    p = cmd("init", "create a new backpack")
    p.add_argument("--learner", metavar="NAME", help="add the first learner too")

    learner = sub.add_parser("learner", help="add or list learners").add_subparsers(
        dest="learner_command", metavar="ACTION", required=True
    )
    p = cmd("add", "add a learner (with their own signing key)", learner)
    p.add_argument("name")
    p.add_argument("--born", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--email", action="append", default=[])
    p.add_argument("--sis-id", action="append", default=[], dest="sis_ids")
    p = cmd("list", "list learners", learner)
    p.add_argument("--json", action="store_true")

    add = sub.add_parser("add", help="add an entry to a learner's record").add_subparsers(
        dest="entry", metavar="TYPE", required=True
    )
    for entry, (_, options, help_text) in ENTRY_TYPES.items():
        p = cmd(entry, f"add {help_text}", add)
        p.add_argument("--learner", metavar="NAME", help=LEARNER_HELP)
        _add_field_options(p, entry, options)
        if entry == "goal":
            p.add_argument("--note", metavar="TEXT", help="a first progress note (dated today)")
    p = cmd("document", "add an official document a school gave you (unsigned)", add)
    p.add_argument("--category", required=True, choices=list(DOCUMENT_CATEGORIES))
    p.add_argument("--learner", metavar="NAME", help=LEARNER_HELP)
    _add_field_options(p, "document", ["--title", "--description", "--date", "--school", "--term"])

    p = cmd("list", "list records")
    p.add_argument("--learner", metavar="NAME")
    p.add_argument("--category", choices=_values(Category))
    p.add_argument("--search", metavar="TEXT", help="only records whose title or text has TEXT")
    p.add_argument("--json", action="store_true")

    p = cmd("on-track", "the early-warning indicators (attendance, behaviour, grades, GPA)")
    p.add_argument("--learner", metavar="NAME")
    p.add_argument(
        "--grade-level",
        type=int,
        choices=range(1, 13),
        metavar="N",
        help="the learner's grade level (1-12) as the family knows it, for the 9th-grade rule (self-reported: used only when the school's signed records state none)",
    )
    p.add_argument("--json", action="store_true")

    tests = sub.add_parser(
        "state-test", help="state test results from a score report (unsigned)"
    ).add_subparsers(dest="state_test_command", metavar="ACTION", required=True)
    p = cmd("import", "add every result of the state's student score-report CSV", tests)
    p.add_argument("csv", type=Path, metavar="REPORT.csv")
    p.add_argument("--learner", metavar="NAME")
    p.add_argument("--file", type=Path, action="append", default=[], help="the report's PDF too")
    p = cmd("add", "add one result by hand, with the report attached", tests)
    p.add_argument("--subject", required=True)
    p.add_argument("--year", required=True, help="the school year, e.g. 2024-25")
    p.add_argument("--scale-score", default="")
    p.add_argument("--level", default="", help="the proficiency level as the report says it")
    p.add_argument("--test", default="", help="the test's name, e.g. SBAC")
    p.add_argument("--learner", metavar="NAME")
    p.add_argument("--file", type=Path, action="append", default=[], help="the score report")

    p = cmd("standards", "each standard your signed courses score, level by term")
    p.add_argument("--learner", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = cmd("show", "show one record")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = cmd("edit", "change a record you added")
    p.add_argument("id")
    every = [o for o in FIELD_OPTIONS if o not in ("--status", "--org")]
    _add_field_options(p, "edit", every)
    p.add_argument(
        "--status",
        dest="field_status",
        choices=sorted(set(STATUS_CHOICES["goal"] + STATUS_CHOICES["milestone"])),
    )
    p.add_argument(
        "--kind", dest="field_kind", choices=sorted({k for ks in KIND_CHOICES.values() for k in ks})
    )
    p.add_argument("--note", metavar="TEXT", help="add a dated progress note (goals)")

    p = cmd("delete", "delete a record and its files")
    p.add_argument("id")

    attachment = sub.add_parser("attachment", help="files attached to records").add_subparsers(
        dest="attachment_command", metavar="ACTION", required=True
    )
    p = cmd("export", "write a record's file out, decrypted", attachment)
    p.add_argument("record_id")
    p.add_argument("--name", metavar="FILENAME")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")

    cmd("passwd", "change the passphrase")
    p = cmd("recover", "open with the recovery key and set a new passphrase")
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE")
    rk = sub.add_parser("recovery-key", help="manage the recovery key").add_subparsers(
        dest="recovery_command", metavar="ACTION", required=True
    )
    cmd("rotate", "issue a new recovery key (the old one stops working)", rk)

    p = cmd("verify", "check credential files offline (no backpack needed)")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument(
        "--ob2-key",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a saved Open Badges 2.0 issuer key (CryptographicKey JSON or PEM); repeatable",
    )
    p.add_argument("--json", action="store_true", help="one JSON report per file")
    p.add_argument("--at", metavar="ISO-DATETIME", help="check validity at this moment")
    p.add_argument("--trust", type=Path, metavar="FILE", help="issuers to treat as trusted")
    p.add_argument(
        "--status",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a saved status list credential to check revocation against (repeatable)",
    )
    p.add_argument(
        "--did-doc",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a saved did:web document of an issuer (repeatable)",
    )
    p.add_argument(
        "--registry",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="an issuer registry (DCC format) whose issuers count as known (repeatable)",
    )
    p.add_argument(
        "--context",
        nargs=2,
        action="append",
        default=[],
        metavar=("URL", "FILE"),
        help="a JSON-LD context Backpack does not ship, for credentials that name URL "
        "(repeatable; 'context add' keeps one in a backpack, for import and the window)",
    )
    p.add_argument(
        "--schemas",
        action="store_true",
        help="also check OB 3.0 / CLR 2.0 credentials against 1EdTech's JSON Schemas",
    )

    p = cmd("import-status", "save an issuer's status (revocation) list from a file")
    p.add_argument("file", type=Path)
    cmd("refresh-status", "online: fetch the status lists and did:web documents of your records")
    did_web = sub.add_parser("did-web", help="saved documents of did:web issuers").add_subparsers(
        dest="did_web_command", metavar="ACTION", required=True
    )
    p = cmd("import", "save a did:web issuer's DID document from a file", did_web)
    p.add_argument("file", type=Path)
    p = cmd("refresh", "online: fetch and save one did:web issuer's DID document", did_web)
    p.add_argument("did")

    p = cmd(
        "receive",
        "online: receive credentials from a school's link or QR code (OpenID4VCI, VC-API)",
    )
    p.add_argument("link", metavar="LINK-or-QR.png", help="the link, or a file holding it")
    p.add_argument("--learner", metavar="NAME", help="whose key the credentials are bound to")
    p.add_argument("--json", action="store_true", help="the issuer and one result per credential")

    p = cmd(
        "present",
        "online: answer a verifier's request for records (a VC-API exchange link); "
        "shows what it asks for, and sends only with --send",
    )
    p.add_argument("link", metavar="LINK-or-QR.png", help="the link, or a file holding it")
    p.add_argument("--learner", metavar="NAME", help="whose records answer it")
    p.add_argument("--records", metavar="ID,ID", help="the records to send (default: all that fit)")
    p.add_argument(
        "--include-restricted", action="store_true", help="allow restricted records chosen by id"
    )
    p.add_argument("--send", action="store_true", help="sign and send the presentation")
    p.add_argument("--json", action="store_true", help="the request and its matches as JSON")

    context = sub.add_parser(
        "context", help="JSON-LD contexts Backpack does not ship"
    ).add_subparsers(dest="context_command", metavar="ACTION", required=True)
    p = cmd("add", "check a JSON-LD context file and keep it in the backpack", context)
    p.add_argument("file", type=Path)
    p.add_argument("--url", required=True, help="the address credentials name it by")

    p = cmd("import", "verify credential files and keep them in the backpack")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument(
        "--learner", metavar="NAME", help="whose record this is, if it names nobody here"
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="file it for --learner even when it names another learner here",
    )
    p.add_argument("--json", action="store_true", help="one JSON result per credential")

    trust = sub.add_parser("trust", help="the issuers you trust").add_subparsers(
        dest="trust_command", metavar="ACTION", required=True
    )
    p = cmd("list", "list trusted issuers", trust)
    p.add_argument("--json", action="store_true")
    p = cmd("add", "trust an issuer (a DID, a school's trust file, or a credential)", trust)
    p.add_argument("source", metavar="FILE-or-DID")
    p.add_argument("--name", help="the issuer's name as you know it")
    p = cmd("remove", "stop trusting an issuer", trust)
    p.add_argument("did")
    registry = trust.add_parser(
        "registry", help="issuer registries you rely on (DCC format)"
    ).add_subparsers(dest="registry_command", metavar="ACTION", required=True)
    p = cmd("add", "keep a snapshot of an issuer registry (a file, or https:// online)", registry)
    p.add_argument("source", metavar="FILE-or-URL")
    p.add_argument("--name", help="what to call it (default: its file or address)")
    cmd("list", "list the registries you added, with their dates", registry)
    p = cmd("remove", "stop relying on a registry you added", registry)
    p.add_argument("name", metavar="NAME", help="its name, as 'trust registry list' shows it")

    card = sub.add_parser("card", help="your card, for others to share with you").add_subparsers(
        dest="card_command", metavar="ACTION", required=True
    )
    p = cmd("export", "write your public card (a name and a receiving key)", card)
    p.add_argument("--name", help="the name on the card (default: the only learner's)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--qr", type=Path, metavar="PNG", help="also write the card as a QR code")

    contact = sub.add_parser("contact", help="people you share with").add_subparsers(
        dest="contact_command", metavar="ACTION", required=True
    )
    p = cmd("add", "save someone's card", contact)
    p.add_argument("file", type=Path, metavar="FILE-or-QR.png")
    p.add_argument("--name", help="the name to save them under (default: the card's)")
    p = cmd("list", "list saved contacts", contact)
    p.add_argument("--json", action="store_true")

    p = cmd("share", "make a signed, encrypted, time-limited share of chosen records")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar="CONTACT", help="encrypt for a saved contact's card")
    to.add_argument("--code", action="store_true", help="encrypt with a share code instead")
    p.add_argument("--learner", metavar="NAME")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--records", metavar="ID,ID", help="record ids, comma-separated")
    what.add_argument("--category", choices=_values(Category))
    what.add_argument("--preset", choices=["transcript", "learner-profile", "directory"])
    p.add_argument(
        "--include-restricted",
        action="store_true",
        help="allow restricted records (supports, discipline, health) named in --records",
    )
    p.add_argument("--expires", metavar="30d|DATE", help="when it stops opening (default 30d)")
    p.add_argument("--purpose", metavar="TEXT", help="why you share (shown to the recipient)")
    p.add_argument("--out", type=Path, metavar="FILE", help="the .backpack file to write")
    p.add_argument(
        "--html",
        type=Path,
        metavar="PAGE.html",
        help="(code shares) also, or only, a page any browser can open: no app needed",
    )
    p.add_argument("--qr", type=Path, metavar="PNG", help="also write a QR code of the share")
    p.add_argument(
        "--pdf", type=Path, metavar="PDF", help="also write a printable copy (plaintext)"
    )
    _pdf_password_options(p, "protect the printable copy (AES-256) with a password")
    p.add_argument(
        "--pdf-protect", action="store_true", help="protect it with a generated password"
    )
    p.add_argument(
        "--code-file",
        type=Path,
        metavar="FILE",
        help="write the share code to FILE, not the screen",
    )
    p.add_argument(
        "--ask-for-contribution",
        metavar="TEXT",
        help="ask the recipient to write back (a note, a badge, an endorsement) until it expires",
    )

    p = cmd("request-contribution", "ask someone to write back (a note, a badge), sharing nothing")
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", metavar="CONTACT", help="encrypt for a saved contact's card")
    to.add_argument("--code", action="store_true", help="encrypt with a share code instead")
    p.add_argument("--ask", required=True, metavar="TEXT", help="what you ask them to write")
    p.add_argument("--learner", metavar="NAME")
    p.add_argument("--expires", metavar="30d|DATE", help="until when they may answer (default 30d)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument(
        "--code-file",
        type=Path,
        metavar="FILE",
        help="write the share code to FILE, not the screen",
    )

    p = cmd("reply", "write back to a family whose share asks for it: signed, sealed to them")
    p.add_argument("file", type=Path, metavar="SHARE", help="the share the family sent you")
    p.add_argument(
        "--kind",
        required=True,
        choices=["note", "narrative", "achievement", "endorsement"],
        help="a note; a narrative (with --strengths, --challenges); an achievement (a badge); "
        "an endorsement of a shared record (with --endorses)",
    )
    p.add_argument("--title", required=True, metavar="TEXT", help="what your reply is called")
    p.add_argument(
        "--text", required=True, metavar="TEXT", help="the note or narrative, or what was achieved"
    )
    p.add_argument("--strengths", metavar="TEXT", help="(a narrative) the learner's strengths")
    p.add_argument("--challenges", metavar="TEXT", help="(a narrative) the learner's challenges")
    p.add_argument("--hours", type=float, metavar="H", help="hours attended")
    p.add_argument(
        "--file",
        dest="attach",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="attach a file (repeatable)",
    )
    p.add_argument(
        "--endorses", metavar="N|ID", help="the shared record endorsed (its number or id)"
    )
    p.add_argument(
        "--name",
        metavar="NAME",
        help="who writes, as the family will read it (default: the only learner's name)",
    )
    p.add_argument(
        "--key-file",
        type=Path,
        metavar="ORG.key",
        help="sign with a program's organisation key made with 'backpack school init' "
        "(its passphrase: BACKPACK_SCHOOL_PASSPHRASE, else asked), as --did",
    )
    p.add_argument(
        "--did",
        metavar="did:web:DOMAIN",
        help="the did:web that key is published under ('backpack school did-web')",
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="REPLY.backpack", help="the reply to write"
    )
    p.add_argument(
        "--code-file",
        type=Path,
        metavar="FILE",
        help="the share code, on FILE's first line (or set BACKPACK_SHARE_CODE; else asked)",
    )
    p.add_argument("--code", metavar="CODE", help="(visible to other users; avoid)")
    _pdf_password_options(p, "the password of a protected printout")

    replies = sub.add_parser(
        "replies", help="providers' replies kept apart until you accept or discard them"
    )
    replies.add_argument("--json", action="store_true")
    _secret_options(replies, top=False)
    replies_sub = replies.add_subparsers(dest="replies_command", metavar="ACTION")
    p = cmd(
        "accept", "file a reply kept apart under the learner (third-party attested)", replies_sub
    )
    p.add_argument("id")
    p = cmd("discard", "delete a reply kept apart", replies_sub)
    p.add_argument("id")

    shares = sub.add_parser("shares", help="the log of what you shared")
    shares.add_argument("--json", action="store_true")
    _secret_options(shares, top=False)
    shares_sub = shares.add_subparsers(dest="shares_command", metavar="ACTION")
    p = cmd("revoke", "mark a share revoked in your log; delete its published pages", shares_sub)
    p.add_argument("id")
    p = cmd(
        "cleanup",
        "delete the published pages of expired and revoked shares (online)",
        shares_sub,
    )
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS)

    p = cmd(
        "publish",
        "put a code share's page in S3-compatible storage behind a link that expires with it "
        "(online)",
    )
    p.add_argument("share", type=Path, metavar="SHARE.backpack")
    p.add_argument(
        "--s3", required=True, metavar="s3://BUCKET/FOLDER", help="where to put the page"
    )
    p.add_argument(
        "--endpoint", metavar="URL", help="an S3-compatible server (MinIO, R2, B2); default AWS"
    )
    p.add_argument("--region", metavar="REGION", help="the bucket's region")
    p.add_argument("--qr", type=Path, metavar="PNG", help="also write a QR code of the link")
    p.add_argument(
        "--include-code",
        action="store_true",
        help="put the share code in the link: anyone who has the link can open the share",
    )
    p.add_argument(
        "--code-file",
        type=Path,
        metavar="FILE",
        help="with --include-code: the share code, on FILE's first line (or BACKPACK_SHARE_CODE)",
    )
    p.add_argument("--json", action="store_true")

    p = cmd("open", "open and check a share sent to you")
    p.add_argument("file", type=Path, metavar="FILE|QR.png|REPORT.pdf|PAGE.html")
    p.add_argument(
        "--code-file",
        type=Path,
        metavar="FILE",
        help="the share code, on FILE's first line (or set BACKPACK_SHARE_CODE; else asked)",
    )
    p.add_argument("--code", metavar="CODE", help="(visible to other users; avoid)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--at", metavar="ISO-DATETIME", help="check expiry at this later moment")
    p.add_argument("--export-presentation", type=Path, metavar="OUT.json")
    p.add_argument("--files", type=Path, metavar="DIR", help="save its files in DIR (new or empty)")
    _pdf_password_options(p, "the password of a protected printout")
    p.add_argument("--save", action="store_true", help="keep it in Received (read-only)")
    p.add_argument("--pin", action="store_true", help="remember the learner's key from now on")
    p.add_argument(
        "--accept-new-key",
        action="store_true",
        help="trust and remember a learner key other than the one remembered for that name "
        "(a reply: file and remember one signed by another key than the card you asked)",
    )

    received = sub.add_parser("received", help="shares you kept")
    received.add_argument("--json", action="store_true")
    _secret_options(received, top=False)
    received_sub = received.add_subparsers(dest="received_command", metavar="ACTION")
    p = cmd("open", "check a kept share again", received_sub)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = cmd("delete", "delete a kept share", received_sub)
    p.add_argument("id")

    cmd("demo", "make a demo backpack in --home (demo schools, records and a share)")
    add_school_commands(sub)

    sync = sub.add_parser(
        "sync",
        help="keep this backpack on several computers through a shared folder",
        description="Without an action: merge the other computers' changes now and send "
        "this one's.",
    )
    _secret_options(sync, top=False)
    sync.add_argument(
        "--compact",
        action="store_true",
        help="also rewrite this computer's log densely (done by itself after 500 syncs)",
    )
    sync_sub = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    name_help = "this computer's name for the others (default: its host name)"
    p = cmd("setup", "start syncing through FOLDER (writes this backpack there now)", sync_sub)
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("--name", metavar="NAME", help=name_help)
    p = cmd("join", "make the backpack kept in FOLDER on this computer, in --home", sync_sub)
    p.add_argument("folder", type=Path, metavar="FOLDER")
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE")
    p.add_argument("--name", metavar="NAME", help=name_help)
    p = cmd("rename", "give this computer another name for the others (syncs now)", sync_sub)
    p.add_argument("name", metavar="NAME")
    p = cmd("devices", "the computers that sync this backpack", sync_sub)
    p.add_argument("--json", action="store_true")
    p = cmd("remove-device", "stop merging a computer's changes", sync_sub)
    p.add_argument("id", metavar="ID")

    p = cmd("backup", "write an encrypted backup of the whole backpack")
    p.add_argument("outfile", type=Path)
    cmd("check", "read back every database page and every stored file; report damage")
    p = cmd("restore", "restore a backup into --home (a new or empty folder)")
    p.add_argument("infile", type=Path)
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE")
    return root
