"""`minutebot check` on the roster: every row that will not work, one line each, naming the CSV line and the fix.

The roster loader (parsers.minutes.owning.people.Roster) is forgiving on purpose — a row it cannot use is simply never matched —
so an admin would only notice when an owner is never chased. Here those rows are said out loud: a missing or
malformed email, a malformed manager_email, the same email twice (errors); an alias shared by two people, which
then matches neither (a warning).
"""
from __future__ import annotations

import csv
import io
import re

EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")


def roster_problems(text: str) -> tuple[list[str], list[str]]:
    """(errors, warnings) for the roster CSV text, each a line like 'line 4 (王芳): email … is not an address; …'."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in next(reader, [])]
    errors, warnings, emails, aliases = [], [], {}, {}
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        line = reader.line_num
        cells = {name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
        who = f"line {line} ({cells.get('name') or 'no name'})"
        errors += _row_errors(who, cells, emails, line)
        for alias in filter(None, (a.strip() for a in re.split(r"[;；]", cells.get("aliases", "")))):
            aliases.setdefault(alias.lower(), []).append(cells.get("name") or cells.get("email"))
    for alias, names in aliases.items():
        if len(set(names)) > 1:
            warnings.append(f"alias {alias!r} is given to {' and '.join(sorted(set(names)))}: minutes naming "
                            f"{alias!r} will match neither; keep it on one row")
    return errors, warnings


def _row_errors(who: str, cells: dict, emails: dict, line: int) -> list[str]:
    out = []
    email, manager = cells.get("email", "").lower(), cells.get("manager_email", "").lower()
    if not cells.get("name"):
        out.append(f"{who}: the name column is empty; the row is ignored — write the person's name")
    if not email:
        out.append(f"{who}: no email; this person can be named but never mailed — fill in the email column")
    elif not EMAIL.match(email):
        out.append(f"{who}: email {email!r} is not an address; write it like wangfang@example.cn")
    elif email in emails:
        out.append(f"{who}: email {email} is already on line {emails[email]}; keep one row per person")
    else:
        emails[email] = line
    if manager and not EMAIL.match(manager):
        out.append(f"{who}: manager_email {manager!r} is not an address; escalations would go nowhere — fix it "
                   "or leave it empty")
    return out
