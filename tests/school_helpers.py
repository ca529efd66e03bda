"""What the school tests share: a sample OneRoster export and a school key file (fixtures),
reading and editing the export's CSV files, the school that signs, and what a run wrote.

A test module uses the fixtures by naming them at module level, e.g.
`export_dir = school_helpers.export_dir`.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from backpack_app.crypto.holder import new_holder_key
from backpack_app.crypto.school_key import open_school_key_file
from backpack_app.school.issuing import DATA_INTEGRITY, Issuer, issue_student
from backpack_app.school.oneroster import StudentRecord
from backpack_app.school.sample import write_sample

SCHOOL_ENV = {"BACKPACK_SCHOOL_PASSPHRASE": "school key passphrase"}
NOW = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)
FIXTURE = Path(__file__).parent / "fixtures" / "oneroster"  # the committed export and its key
FIXTURE_PASSPHRASE = "fixture school passphrase"
FIXTURE_GRADING = FIXTURE / "export" / "grading.toml"  # the sample's policy, written with it


@pytest.fixture
def export_dir(tmp_path: Path) -> Path:
    """A sample export of four students (the fourth has no results)."""
    write_sample(tmp_path / "export", 4)
    return tmp_path / "export"


@pytest.fixture
def key_file(cli, tmp_path) -> Path:
    """A school key file made by `backpack school init`, sealed with SCHOOL_ENV's passphrase."""
    path = tmp_path / "school.key"
    made = cli(
        "school",
        "init",
        "--name",
        "Lincoln High School",
        "--url",
        "https://lincoln-hs.example.org",
        "--out",
        str(path),
        env=SCHOOL_ENV,
    )
    assert made.code == 0, made
    return path


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    """The rows of `name`.csv in `folder`."""
    with open(folder / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_rows(folder: Path, name: str, found: list[dict[str, str]]) -> None:
    """Write `name`.csv again with these rows (the header is the first row's columns)."""
    with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(found[0]))
        writer.writeheader()
        writer.writerows(found)


def edit(folder: Path, name: str, line: int, **changes: str) -> None:
    """Change the row at `line` (1 is the header) of `name`.csv."""
    found = rows(folder, name)
    found[line - 2].update(changes)
    write_rows(folder, name, found)


def issue(cli, key_file: Path, export_dir: Path, out: Path, *extra: str, env=SCHOOL_ENV):
    """`backpack school issue` of `export_dir` into `out`, with any further options."""
    return cli(
        "school",
        "issue",
        "--key",
        str(key_file),
        "--oneroster",
        str(export_dir),
        "--out",
        str(out),
        *extra,
        env=env,
    )


def new_issuer() -> Issuer:
    """A school with a fresh did:key."""
    key = new_holder_key()
    return Issuer("Lincoln High School", "https://lincoln-hs.example.org", key.did, key.private)


def issuer_from_key_file(path: Path, passphrase: str) -> Issuer:
    """The school a key file holds, as `backpack school issue` opens it."""
    key, info = open_school_key_file(path.read_bytes(), passphrase)
    return Issuer(info.name, info.url, info.did, key.private)


def issue_record(
    issuer: Issuer, record: StudentRecord, *, proof: str = DATA_INTEGRITY
) -> tuple[list[Any], Any]:
    """One student's signed course credentials and CLR, issued at NOW with the salt "s4lt"
    (the academic record credential, when there is one, is left out of the list)."""
    signed, clr = issue_student(
        issuer,
        record.student,
        record.results,
        now=NOW,
        partial=False,
        salt=lambda: "s4lt",
        gpa=record.gpa,
        proof=proof,
    )
    return signed[: len(record.results)], clr


def files_of(folder: Path) -> dict[Path, bytes]:
    """Every file below `folder` (an issuing run's output): relative path -> bytes."""
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
