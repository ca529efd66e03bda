"""`demographics.csv`: checked, then dropped.

Nothing from this file goes into a credential (data minimisation: a birth date, sex, race and
birthplace are the most sensitive directory and private data a SIS holds, and a course record
does not need them). The file is still read so that a broken export is reported: a malformed
date, a value outside the binding's vocabulary, or a row for someone who is not in users.csv.
A problem here withholds no one, since none of it is issued; `--strict` still fails on it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from backpack_app.school.columns import DEMOGRAPHIC_FLAGS

SEX = {"male", "female", "unspecified", "other"}


def _problem(row: dict[str, str]) -> tuple[str, str]:
    """(column, what is wrong) with one row, or ("", "")."""
    birth = row.get("birthDate", "").strip()
    if birth:
        try:
            date.fromisoformat(birth)
        except ValueError:
            return "birthDate", f"has a malformed birthDate ({birth[:40]!r}; expected YYYY-MM-DD)"
        if len(birth) != 10:
            return "birthDate", f"has a malformed birthDate ({birth[:40]!r}; expected YYYY-MM-DD)"
    sex = row.get("sex", "").strip()
    if sex and sex not in SEX and not sex.startswith("ext:"):
        return "sex", f"has an unknown sex value {sex[:40]!r}"
    for flag in DEMOGRAPHIC_FLAGS:
        if row.get(flag, "").strip().lower() not in ("", "true", "false"):
            return flag, f"has {flag} {row[flag][:40]!r}, not true or false"
    return "", ""


def check_demographics(reader: Any) -> None:
    """Report bad demographics rows; keep none of their values."""
    users = {r["sourcedId"] for _, r in reader.tables["users"]}
    for line, row in reader.tables.get("demographics", []):
        if row["sourcedId"] not in users:
            reader.problem(
                "demographics", line, f"is for {row['sourcedId']!r}, who is not in users.csv"
            )
        else:
            column, message = _problem(row)
            if message:
                reader.problem("demographics", line, message, column=column)
