"""Chinese working days: the 2024–2026 State Council schedules, overrides on top, a flagged guess beyond."""
from datetime import date, timedelta

import pytest

from parsers.dates.workdays import LUNAR_NEW_YEAR, WorkdayCalendar

CAL = WorkdayCalendar()


def days(first: str, last: str) -> list[date]:
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


# 2024 (corpus README + the rest of the 2024 notice): holiday blocks and 调休 make-up working days
HOLIDAYS_2024 = [("2023-12-30", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
                 ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
                 ("2024-10-01", "2024-10-07")]
MAKEUP_2024 = ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
               "2024-09-29", "2024-10-12"]
MAKEUP_2025 = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]
MAKEUP_2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
HOLIDAYS_LATER = [("2025-01-28", "2025-02-04"), ("2025-10-01", "2025-10-08"), ("2026-02-15", "2026-02-23")]


@pytest.mark.parametrize("first,last", HOLIDAYS_2024 + HOLIDAYS_LATER)
def test_every_day_of_a_holiday_block_is_off_and_the_block_is_found(first, last):
    assert not any(CAL.is_workday(d) for d in days(first, last))
    assert CAL.holiday_block(date.fromisoformat(first)) == (date.fromisoformat(first), date.fromisoformat(last))
    assert CAL.is_workday(date.fromisoformat(first) - timedelta(days=1))
    assert CAL.is_workday(date.fromisoformat(last) + timedelta(days=1))


@pytest.mark.parametrize("day", MAKEUP_2024 + MAKEUP_2025 + MAKEUP_2026)
def test_makeup_weekend_days_are_workdays(day):
    d = date.fromisoformat(day)
    assert d.weekday() >= 5 and CAL.is_workday(d)


def test_new_years_eve_2024_was_a_working_day_and_a_plain_weekend_is_no_holiday():
    assert CAL.is_workday(date(2024, 2, 9))
    assert not CAL.is_workday(date(2024, 10, 19)) and CAL.holiday_block(date(2024, 10, 19)) is None


@pytest.mark.parametrize("start,n,expected", [
    ("2024-09-26", 2, "2024-09-29"),     # corpus 004: Fri 09-27, then the make-up Sunday
    ("2024-09-30", 5, "2024-10-12"),     # corpus 024: across National Day to the make-up Saturday
    ("2024-02-08", 3, "2024-02-19"),     # corpus 009: 除夕 02-09, make-up Sunday 02-18, Monday 02-19
    ("2024-10-11", 3, "2024-10-15"),     # corpus 016
    ("2024-10-18", 5, "2024-10-25"),     # corpus 023: a plain week
    ("2025-01-24", 3, "2025-02-05"),
    ("2026-02-13", 2, "2026-02-24"),
])
def test_add_workdays_counts_from_the_day_after(start, n, expected):
    assert CAL.add_workdays(date.fromisoformat(start), n) == date.fromisoformat(expected)


def test_next_workday_workdays_between_and_bad_input():
    assert CAL.next_workday(date(2024, 9, 30)) == date(2024, 10, 8)
    assert CAL.next_workday(date(2024, 10, 12), include=True) == date(2024, 10, 12)
    assert CAL.next_workday(date(2024, 10, 13), include=True) == date(2024, 10, 14)
    assert CAL.workdays_between(date(2024, 9, 30), date(2024, 10, 12)) == 5
    assert CAL.workdays_between(date(2024, 10, 12), date(2024, 10, 12)) == 0
    assert CAL.workdays_between(date(2024, 10, 14), date(2024, 10, 10)) == 0
    with pytest.raises(ValueError):
        CAL.add_workdays(date(2024, 10, 10), 0)


def test_holiday_helpers_for_jiehou_and_jieqian():
    assert CAL.holiday_after(date(2024, 9, 29)) == date(2024, 10, 8)      # 节后第一个工作日
    assert CAL.holiday_after(date(2024, 10, 3)) == date(2024, 10, 8)      # asked during the holiday
    assert CAL.holiday_before(date(2024, 9, 20)) == date(2024, 9, 30)     # 国庆节前, the 09-29 Sunday is no end
    assert CAL.named_holiday("national", date(2024, 9, 20)) == (date(2024, 10, 1), date(2024, 10, 7))
    assert CAL.named_holiday("spring", date(2024, 3, 1)) == (date(2025, 1, 28), date(2025, 2, 4))
    assert CAL.named_holiday("mid_autumn", date(2024, 9, 1)) == (date(2024, 9, 15), date(2024, 9, 17))


def test_overrides_win_over_the_package():
    cal = WorkdayCalendar.from_overrides({"year": [{"year": 2024, "off": ["2024-10-08..2024-10-09"],
                                                    "work": ["2024-10-05"]}]})
    assert not cal.is_workday(date(2024, 10, 8)) and not cal.is_workday(date(2024, 10, 9))
    assert cal.is_workday(date(2024, 10, 5))
    assert cal.add_workdays(date(2024, 10, 4), 2) == date(2024, 10, 10)


def test_a_complete_override_year_is_known_and_used():
    data = {"year": [{"year": 2027, "complete": True, "off": ["2027-01-01", "2027-02-05..2027-02-11"],
                      "work": ["2027-02-14"]}]}
    cal = WorkdayCalendar.from_overrides(data)
    assert cal.is_known(2027) and not cal.spans_unknown_year(date(2026, 12, 30), date(2027, 1, 5))
    assert not cal.is_workday(date(2027, 2, 10)) and cal.is_workday(date(2027, 2, 14))
    assert not cal.missing_next_year(date(2026, 11, 20))


def test_a_partial_override_leaves_the_year_unknown():
    cal = WorkdayCalendar.from_overrides({"year": [{"year": 2027, "off": ["2027-02-05"]}]})
    assert not cal.is_known(2027) and not cal.is_workday(date(2027, 2, 5))


@pytest.mark.parametrize("data,error", [
    ({"year": [{"off": ["2027-01-01"]}]}, KeyError),
    ({"year": [{"year": 2027, "off": ["2027-13-01"]}]}, ValueError),
    ({"year": [{"year": 2027, "off": ["2027-02-11..2027-02-05"]}]}, ValueError),
    ({"year": [{"year": 2027, "work": [20270214]}]}, TypeError),
])
def test_malformed_override_tables_raise_for_the_config_loader(data, error):
    with pytest.raises(error):
        WorkdayCalendar.from_overrides(data)


def test_unknown_year_is_guessed_without_raising():
    assert not CAL.is_known(2027) and CAL.is_known(2024)
    off = [date(2027, 1, 1), date(2027, 5, 3 - 1), date(2027, 10, 1), date(2027, 10, 3)]
    off += days("2027-02-05", "2027-02-08")                     # 除夕 .. 初三 of the 2027 Spring Festival
    assert not any(CAL.is_workday(d) for d in off)
    assert CAL.is_workday(date(2027, 1, 4)) and not CAL.is_workday(date(2027, 1, 9))
    assert CAL.add_workdays(date(2026, 12, 30), 3) == date(2027, 1, 5)   # 2027-01-01 is not counted
    assert CAL.spans_unknown_year(date(2026, 12, 30), date(2027, 1, 5))
    assert CAL.holiday_after(date(2027, 9, 20)) == date(2027, 10, 4)


@pytest.mark.parametrize("today,missing", [
    ("2025-11-01", False),    # 2026 is in the package
    ("2026-10-31", False),    # too early to worry
    ("2026-11-01", True),
    ("2026-12-31", True),
])
def test_missing_next_year_warns_from_november(today, missing):
    assert CAL.missing_next_year(date.fromisoformat(today)) is missing


@pytest.mark.parametrize("year", range(2020, 2027))
def test_lunar_new_year_table_agrees_with_the_package(year):
    block = CAL.holiday_block(LUNAR_NEW_YEAR[year])
    assert block is not None and block[0] <= LUNAR_NEW_YEAR[year] <= block[1]


def test_workdays_between_counts_what_a_day_by_day_walk_counts_across_years_and_overrides():
    cal = WorkdayCalendar.from_overrides({"year": [{"year": 2025, "off": ["2025-03-03..2025-03-05"],
                                                    "work": ["2025-03-08"]}]})
    starts = [date(2023, 12, 28), date(2024, 2, 9), date(2025, 3, 2), date(2025, 12, 31), date(2026, 9, 30)]
    for start in starts:
        for length in (-3, 0, 1, 2, 6, 9, 40, 370, 800):
            end = start + timedelta(days=length)
            walked = sum(cal.is_workday(d) for d in days(str(start + timedelta(days=1)), str(end))) if length > 0 else 0
            assert cal.workdays_between(start, end) == walked, (start, end)
    assert cal.workdays_between(date(2025, 3, 2), date(2025, 3, 9)) == 3      # Mon-Wed off, Sat worked
