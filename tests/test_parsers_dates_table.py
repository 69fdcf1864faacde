"""The date reader on a table of phrases we wrote ourselves (tests/data/dates/phrases.tsv): each row is a base time,
a phrase, the expected day and time, and the problem it must raise (no_such_day, weekday_mismatch) if any.

The rows cover the kinds of phrase the public date-parsing suites hold (absolute and relative days, weekdays in
this or next week, parts of the day and clock forms, working days, durations, period ends, years written or
relative, n-th weekdays, statutory holidays, festivals and lunar days, Traditional characters, impossible days),
each written as a deadline; every part of the structure has rows it was not written from."""
import csv
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from parsers.dates.due import resolve
from parsers.dates.workdays import WorkdayCalendar

TABLE = Path(__file__).parent / "data" / "dates" / "phrases.tsv"
CAL = WorkdayCalendar()


def rows() -> list[dict]:
    with TABLE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def answer(row: dict) -> tuple[str, str, str]:
    """(date or NONE, HH:MM or '', problem or '') as the table writes them; a vague period gives its guess."""
    due = resolve(row["phrase"], datetime.fromisoformat(row["send_time"]), CAL)
    if due is None:
        return "NONE", "", ""
    day = due.date or due.approx
    return (day.isoformat() if day else "NONE", due.time.strftime("%H:%M") if due.time else "", due.problem)


def expected(row: dict) -> tuple[str, str, str]:
    return row["expected_date"], row["expected_time_or_blank"], row["expected_problem"]


def test_the_table_has_at_least_300_phrases_of_every_kind():
    table = rows()
    kinds = Counter(row["kind"] for row in table)
    assert len(table) >= 300 and len({row["phrase"] + row["send_time"] for row in table}) == len(table)
    assert min(kinds.values()) >= 5, kinds


@pytest.mark.parametrize("row", rows(), ids=lambda row: f"{row['kind']}:{row['phrase']}")
def test_each_phrase_reads_as_written_in_the_table(row):
    assert answer(row) == expected(row)
