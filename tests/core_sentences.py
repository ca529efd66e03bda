"""The core's sentences the window may show, found in its source, for the Spanish catalogue.

The core speaks English (the CLI prints it as is). The window translates a core sentence by
matching it against templates of every sentence the core can say: the messages of the errors
it raises, the details of verification checks and the summaries of reports. This module finds
those sentences with `ast` and writes `backpack_app/ui/core_sentences.py`, marked for
`pyside6-lupdate`; a test fails when the written module is out of date.

    python -m tests.core_sentences      # rewrite the module after changing core sentences
"""

from __future__ import annotations

import ast
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backpack_app"
TARGET = PACKAGE / "ui" / "core_sentences.py"
# Interfaces have their own words; the school tool is a command-line program in English.
SKIPPED = ("ui", "cli", "school")
SENTENCE_KEYWORDS = ("summary", "detail", "reason")

HEADER = '''"""Every sentence the core can show in the window, marked for translation (context "Core").

Written by `python -m tests.core_sentences`; do not edit by hand. `{0}`, `{1}`... stand for
the parts the core fills in (names, dates, numbers, nested sentences).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SENTENCES = (
'''


def _templates(node: ast.AST) -> list[str]:
    """The text of a string expression with each interpolated part as `{}` (unnumbered)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value.replace("{", "{{").replace("}", "}}")]
    if isinstance(node, ast.JoinedStr):
        texts = [""]
        for value in node.values:
            if isinstance(value, ast.Constant):
                pieces = [str(value.value).replace("{", "{{").replace("}", "}}")]
            elif isinstance(value, ast.FormattedValue) and _is_word_choice(value.value):
                pieces = _templates(value.value)  # {'revoked' if ... else 'suspended'}
            else:
                pieces = ["{}"]
            texts = [text + piece for text in texts for piece in pieces]
        return texts
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _templates(node.left), _templates(node.right)
        return [a + b for a in left for b in right]
    if isinstance(node, ast.IfExp):
        return _templates(node.body) + _templates(node.orelse)
    return []


def _is_word_choice(node: ast.AST) -> bool:
    """`'a' if test else 'b'`: words the sentence chooses between, part of its template."""
    return (
        isinstance(node, ast.IfExp)
        and all(isinstance(b, ast.Constant | ast.IfExp) for b in (node.body, node.orelse))
        and all(_templates(b) for b in (node.body, node.orelse))
    )


def _numbered(template: str) -> str:
    parts = template.split("{}")
    out = parts[0]
    for index, part in enumerate(parts[1:]):
        out += "{" + str(index) + "}" + part
    return out


def _said(tree: ast.AST) -> Iterator[ast.AST]:
    """Expressions that become a message: raised errors, check details, summaries, reasons."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            yield node.exc.args[0]
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "add" and len(node.args) == 3:
                yield node.args[2]  # checks.add(id, status, detail)
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "__init__"
                and isinstance(func.value, ast.Call)
                and node.args
            ):
                yield node.args[0]  # super().__init__(message) in an error class
            for keyword in node.keywords:
                if keyword.arg in SENTENCE_KEYWORDS:
                    yield keyword.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            yield node.value  # a sentence kept in a name first (constants, `detail = ...`)
        elif isinstance(node, ast.AugAssign):
            yield node.value  # a sentence added to another (`detail += ...`)
        elif isinstance(node, ast.Return) and node.value is not None:
            yield node.value  # a sentence made by a helper (`_summary`, `source_note`)


def is_sentence(template: str) -> bool:
    """A message for people, or a part of one: words besides its placeholders, and no markup,
    address or code."""
    words = template.replace("{}", "").strip(" .:(),")
    if re.fullmatch(r"\{\} [a-z]{4,}", template):
        return True  # a counted noun: "{} credentials"
    if not words or " " not in words:
        return False
    if any(mark in template for mark in ("://", "\n", "<", ">", "$", "==", "%")):
        return False
    if re.search(r"\b(SELECT|FROM|WHERE|JOIN|INSERT INTO)\b", template) or re.fullmatch(
        r"[a-z_0-9]+(, [a-z_0-9]+)+", template
    ):
        return False  # SQL and column lists
    first = template.lstrip()[:1]
    return first.isupper() or template.startswith(("{}", " ")) or words[:1].islower()


def core_sentences() -> list[str]:
    """Every sentence template of the core, numbered (`{0}`, `{1}`...), sorted."""
    found: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in SKIPPED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for expression in _said(tree):
            for template in _templates(expression):
                if is_sentence(template):
                    found.add(_numbered(template.strip()))
    return sorted(found)


def module_text() -> str:
    lines = [HEADER]
    for sentence in core_sentences():
        quoted = json.dumps(sentence, ensure_ascii=False)
        lines.append(f'    QT_TRANSLATE_NOOP("Core", {quoted}),\n')
    lines.append(")\n")
    return "".join(lines)


def main() -> int:
    TARGET.write_text(module_text(), encoding="utf-8")
    print(f"wrote {len(core_sentences())} sentences to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
