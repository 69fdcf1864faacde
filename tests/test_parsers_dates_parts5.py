"""Deadline parts added for issue #13 (round 5), each on phrases written here, not taken from any suite: days counted
from Easter (Western and Orthodox), the solar terms, Cantonese clock readings, short dashed dates, a glued date and
time, the n-th day of a year, statutory holidays in years outside our own table or written during their break; and
the table tests/data/dates/phrases13.tsv of our own phrases."""
import csv
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from parsers.dates.churchdays import church_day
from parsers.dates.due import find_due, resolve
from parsers.dates.workdays import WorkdayCalendar

CAL = WorkdayCalendar()
SHANGHAI = ZoneInfo("Asia/Shanghai")
TABLE = Path(__file__).parent / "data" / "dates" / "phrases13.tsv"
MON = datetime(2025, 3, 3, 10, 0, tzinfo=SHANGHAI)


def read(phrase: str, sent: datetime = MON) -> tuple[date | None, time | None]:
    due = resolve(phrase, sent, CAL)
    return (due.date, due.time) if due else (None, None)


def in_line(line: str, sent: datetime = MON) -> tuple[date | None, time | None, str]:
    due = find_due(line, sent, CAL)
    return (due.date, due.time, due.text) if due else (None, None, "")


# ---- Easter and the days counted from it ------------------------------------------------------------------------
@pytest.mark.parametrize("name,year,expected", [
    ("复活节", 2030, date(2030, 4, 21)), ("耶稣受难日", 2030, date(2030, 4, 19)), ("复活节星期一", 2030, date(2030, 4, 22)),
    ("东正教复活节", 2030, date(2030, 4, 28)), ("五旬节", 2030, date(2030, 6, 9)), ("拉匝路周六", 2030, date(2030, 4, 20)),
])
def test_a_church_day_is_its_offset_from_that_years_easter(name, year, expected):
    assert church_day(name, year) == expected


def test_a_church_day_in_a_line_is_a_deadline_and_never_this_weeks_weekday():
    assert in_line("请于复活节前提交报价单") == (date(2025, 4, 20), None, "复活节前")
    assert in_line("香港同事：耶穌受難日前交回簽署文件")[0] == date(2025, 4, 18)
    assert in_line("圣周四前完成排练")[0] == date(2025, 4, 17)           # not Thursday 03-06


# ---- the solar terms --------------------------------------------------------------------------------------------
def test_a_solar_term_is_its_day_and_a_word_that_merely_starts_with_one_is_not():
    assert in_line("春耕物资请在芒种前到位")[0] == date(2025, 6, 5)
    assert read("2024年冬至")[0] == date(2024, 12, 21)
    assert in_line("小满跟进，周五前完成")[0] == date(2025, 3, 7)        # 小满 a person, the due is Friday
    assert read("大雪天") == (None, None) and read("白露为霜") == (None, None)


# ---- Cantonese clocks: only after a Cantonese part of the day, or with 踏/搭/个字 --------------------------------------
@pytest.mark.parametrize("phrase,expected", [
    ("晏晝六點三", time(18, 15)), ("晏昼一点七", time(13, 35)), ("朝早八點踏十一", time(8, 55)),
    ("下昼四点搭半", time(16, 30)), ("十点八个字", time(10, 40)), ("晏晝兩點二十分", time(14, 20)),
    ("晏昼两点二十", time(14, 20)), ("晏晝三點", time(15, 0)), ("晏晝五點四", time(17, 20)), ("晏晝五點九", time(17, 45)),
    ("晏昼4:15", time(16, 15)), ("晏昼4点7", time(16, 7)),           # a colon clock, or Arabic minutes: as written
])
def test_cantonese_clock_counts_each_zi_as_five_minutes(phrase, expected):
    assert read(phrase)[1] == expected


def test_a_mandarin_clock_with_minutes_keeps_them():
    assert read("下午三点二十")[1] == time(15, 20)
    assert read("上午10点5分")[1] == time(10, 5)


def test_a_cantonese_deadline_in_a_line():
    assert in_line("陳生負責報價，聽日晏晝三點三之前回覆") == (date(2025, 3, 4), time(15, 15), "聽日晏晝三點三之前")


# ---- short dashed dates, a date glued to its time, the n-th day of a year -------------------------------------------
@pytest.mark.parametrize("phrase,expected", [
    ("28-2-14", date(2028, 2, 14)), ("5-20-27", date(2027, 5, 20)), ("31-1-6", date(2031, 1, 6)),
    ("3-4-5", None), ("29-2-29", None),
])
def test_three_short_numbers_with_dashes(phrase, expected):
    assert read(phrase)[0] == expected


def test_a_date_glued_to_its_time_is_one_deadline():
    assert read("2025-06-3017:45") == (date(2025, 6, 30), time(17, 45))
    assert in_line("终稿截止2025/06/3009:00") [:2] == (date(2025, 6, 30), time(9, 0))


def test_the_nth_day_after_a_year_counts_from_its_first_of_january():
    assert read("2027年第二天") == (date(2027, 1, 2), None)
    assert read("后年第一天上午10点") == (date(2027, 1, 1), time(10, 0))
    assert read("第二天")[0] == date(2025, 3, 4)                        # no year: from the send day, as before


# ---- statutory holidays: any year the calendar knows, and 'before it' written during the break ----------------------
def test_spring_festival_in_a_year_outside_our_own_table_comes_from_the_calendar_package():
    assert read("春节前", datetime(2012, 5, 2, 9, tzinfo=SHANGHAI))[0] == date(2013, 2, 8)


def test_before_a_holiday_written_during_that_holiday_is_next_years():
    assert read("十一假期前", datetime(2024, 10, 4, 9, tzinfo=SHANGHAI))[0] == date(2025, 9, 30)
    assert read("国庆后", datetime(2024, 10, 4, 9, tzinfo=SHANGHAI))[0] == date(2024, 10, 8)


def test_eleven_before_qian_is_national_day_but_not_inside_a_bigger_number():
    sent = datetime(2025, 9, 10, 9, tzinfo=SHANGHAI)
    assert in_line("物料请在十一前寄到", sent)[:2] == (date(2025, 9, 30), None)
    assert in_line("第十一前三项已完成", sent)[0] is None and read("双十一前", sent)[0] == date(2025, 11, 11)


# ---- the table of our own phrases -------------------------------------------------------------------------------
def rows() -> list[dict]:
    with TABLE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_the_table_covers_each_new_part_with_several_phrases():
    kinds = Counter(row["kind"] for row in rows())
    assert len(rows()) >= 60 and min(kinds.values()) >= 4, kinds


@pytest.mark.parametrize("row", rows(), ids=lambda row: f"{row['kind']}:{row['phrase']}")
def test_each_phrase_of_the_table(row):
    due = resolve(row["phrase"], datetime.fromisoformat(row["send_time"]), CAL)
    got = ("NONE", "", "") if due is None else (
        due.date.isoformat() if due.date else "NONE", due.time.strftime("%H:%M") if due.time else "", due.problem)
    assert got == (row["expected_date"], row["expected_time_or_blank"], row["expected_problem"])
