"""Issue #13: deadlines the way people write them — working days counted in a period ('the first working day of
January', 下个月最后一个工作日), 'the 4th of December', Cantonese day words (聽朝, 聽晚, 今朝, 後日, 呢個禮拜五), a
tentative date in a bracketed aside, the holiday a bare 节后 means, the day a change takes effect (下周一起执行).
Each part is tried on sentences it was not written from; the table tests/data/dates/phrases14.tsv holds our own
phrases with each day computed by make_phrases14.py with chinesecalendar and datetime alone."""
import csv
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from parsers.context import Context
from parsers.dates.due import find_due, resolve
from parsers.dates.holidays import holiday_named
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes

CAL = WorkdayCalendar()
HKT = ZoneInfo("Asia/Hong_Kong")
SHANGHAI = ZoneInfo("Asia/Shanghai")
DATES = Path(__file__).parent / "data" / "dates"
TABLE = DATES / "phrases14.tsv"


def at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def in_line(line: str, sent: datetime) -> tuple[date | None, time | None, str]:
    due = find_due(line, sent, CAL)
    return (due.date, due.time, due.text) if due else (None, None, "")


# ---- working days counted inside a period --------------------------------------------------------------------
def test_an_ordinal_working_day_of_a_month_lands_on_a_make_up_sunday_when_the_calendar_says_so():
    sent = at("2025-12-31T17:31+08:00")             # New Year 2026: 01-01..01-03 off, Sunday 01-04 worked
    assert in_line("Kiki to confirm the freeze window on the first working day of January.", sent)[0] == date(2026, 1, 4)
    assert in_line("Please send it by the second business day of January, thanks", sent)[0] == date(2026, 1, 5)
    assert in_line("请在1月第一个工作日前提交", sent)[0] == date(2026, 1, 4)


def test_the_last_working_day_of_a_period_steps_back_over_a_holiday():
    sent = at("2026-09-15T10:00+08:00")             # 2026-09-30 is a Wednesday before National Day
    assert in_line("finance closes on the last business day of the quarter", sent)[0] == date(2026, 9, 30)
    assert in_line("本季度最后一个工作日前完成对账", sent)[0] == date(2026, 9, 30)
    assert in_line("下个月最后一个工作日前交齐", sent)[0] == date(2026, 10, 30)


def test_the_nth_working_day_counts_working_days_only():
    assert resolve("the fifth working day of next month", at("2026-01-20T10:00+08:00"), CAL).date == date(2026, 2, 6)
    assert in_line("the third working day of October", at("2026-09-15T10:00+08:00"))[0] == date(2026, 10, 10)   # a make-up Saturday
    assert in_line("10月第二个工作日前", at("2026-09-15T10:00+08:00"))[0] == date(2026, 10, 9)


@pytest.mark.parametrize("line", ["每月第一个工作日提交报表", "每个月最后一个工作日对账",
                                  "the last working day of each month we close the books"])
def test_a_working_day_of_every_month_is_a_routine_not_a_deadline(line):
    assert find_due(line, at("2026-03-10T10:00+08:00"), CAL) is None


# ---- English day-of-month forms ------------------------------------------------------------------------------
def test_the_4th_of_a_month_is_that_month_not_this_months_4th():
    sent = at("2025-10-26T10:00+08:00")
    assert in_line("Please send the deck by the 4th of December.", sent)[:2] == (date(2025, 12, 4), None)
    assert in_line("we agreed on the 9th of November for the pilot", sent)[0] == date(2025, 11, 9)
    assert in_line("by the 21st", sent)[0] == date(2025, 11, 21)        # passed this month: next month's
    assert in_line("due by end of next week", sent)[0] == date(2025, 10, 31)   # sent on a Sunday: the coming week


# ---- Cantonese day words ---------------------------------------------------------------------------------------
def test_cantonese_day_words_are_a_day_and_a_part_of_the_day():
    sent = datetime(2026, 1, 21, 15, 5, tzinfo=HKT)
    assert in_line("- 補償道具發放名單核對，聽朝10點前搞掂", sent)[:2] == (date(2026, 1, 22), time(10, 0))
    assert in_line("你聽晚8點前覆我", sent)[:2] == (date(2026, 1, 22), time(20, 0))
    assert in_line("份報價今朝11點前要出", sent)[:2] == (date(2026, 1, 21), time(11, 0))
    assert in_line("我哋後日交返份 report", sent)[0] == date(2026, 1, 23)
    assert in_line("設計稿大後日之前畀 Dan", sent)[0] == date(2026, 1, 24)
    assert in_line("呢個禮拜六之前執好", sent)[0] == date(2026, 1, 24)
    assert in_line("下個禮拜三前交", sent)[0] == date(2026, 1, 28)


@pytest.mark.parametrize("line", ["收听日程安排后再定", "以后日常维护由王芳负责", "大家会后晚上再聊", "收听日志已上传"])
def test_words_that_merely_hold_a_day_word_are_no_deadline(line):
    assert find_due(line, at("2026-01-21T15:05+08:00"), CAL) is None


# ---- a bracketed aside ---------------------------------------------------------------------------------------
def test_a_tentative_date_in_brackets_is_its_own_phrase_and_the_cued_deadline_after_it_wins():
    sent = at("2025-12-02T10:00+08:00")
    assert in_line("确认开业日期（初定12月28日），下周一前回复陈总", sent) == (date(2025, 12, 8), None, "下周一前")
    assert in_line("签约仪式（暂定1月9日）请周四前把名单报给我", sent)[0] == date(2025, 12, 4)
    assert in_line("launch (tentatively Dec 28), reply by Monday", sent)[0] == date(2025, 12, 8)
    assert in_line("June 2 (Tue) at 2:30 PM", sent)[:2] == (date(2026, 6, 2), time(14, 30))   # a restatement joins
    assert in_line("(Mon) 27/4 10:00 review", sent)[:2] == (date(2026, 4, 27), time(10, 0))
    assert in_line("任涛：明天（10日，周六上班）上午10点前发给监理", at("2026-10-09T10:00+08:00"))[:2] == \
        (date(2026, 10, 10), time(10, 0))                 # a bracket that opens on a date is no aside


# ---- the day a change takes effect -----------------------------------------------------------------------------
def test_the_day_a_change_takes_effect_is_the_weakest_deadline():
    sent = at("2026-07-08T10:00+08:00")
    assert in_line("限制性名单更新改为T+0，下周一起执行并书面反馈", sent)[0] == date(2026, 7, 13)
    assert in_line("新的排班表8月1日起实施", sent)[0] == date(2026, 8, 1)
    assert in_line("下周一起执行，周五前提交书面反馈", sent)[0] == date(2026, 7, 10)     # a cued deadline wins
    assert in_line("自11月1日起执行新的报销流程", sent)[0] is None                          # a notice's rule
    assert in_line("从下周一起每天打卡", sent)[0] is None


# ---- the holiday a bare 节后 means --------------------------------------------------------------------------------
def test_a_mail_that_names_one_holiday_gives_its_bare_jie_that_holiday():
    assert holiday_named("二是各医院要在国庆节前完成值班表报备") == "national"
    assert holiday_named("中秋、国庆双节期间") == ""                       # two named: the bare word stays the coming break
    sent = at("2026-09-18T17:33+08:00")             # Mid-Autumn 09-25..27, National Day 10-01..07
    assert resolve("节后第一个工作日", sent, CAL).date == date(2026, 9, 28)                 # alone: the coming break
    assert resolve("节后第一个工作日", sent, CAL, holiday="national").date == date(2026, 10, 8)
    assert resolve("节前", sent, CAL, holiday="national").date == date(2026, 9, 30)
    assert resolve("节后", sent, CAL, holiday="spring").date == date(2026, 9, 28)           # months away: not meant


def test_minutes_read_their_bare_jie_as_the_holiday_they_name():
    roster = Roster.from_csv_text("name,email,department\n吴思雨,wusiyu@example.cn,办公室\n")
    text = ("会议要求：\n一是各单位国庆节前完成值班表报备。\n二是吴思雨汇总整改台账，节后第一个工作日报送。\n"
            "三是吴思雨节后提交值班总结。")
    read = read_minutes(text, Context(at("2026-09-18T17:33+08:00"), CAL, roster))
    assert [item.due_date for item in read.items if item.owner] == [date(2026, 10, 8), date(2026, 10, 8)]
    plain = read_minutes(text.replace("国庆节前", "月底前"), Context(at("2026-09-18T17:33+08:00"), CAL, roster))
    assert [item.due_date for item in plain.items if item.owner] == [date(2026, 9, 28), date(2026, 9, 28)]


# ---- the table -------------------------------------------------------------------------------------------------
def rows() -> list[dict]:
    with TABLE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_the_table_is_what_its_script_computes_and_covers_each_part():
    assert subprocess.run([sys.executable, str(DATES / "make_phrases14.py"), "--check"]).returncode == 0
    kinds = Counter(row["kind"] for row in rows())
    assert len(rows()) >= 60 and min(kinds.values()) >= 4, kinds


@pytest.mark.parametrize("row", rows(), ids=lambda row: f"{row['kind']}:{row['phrase']}:{row['send_time'][:10]}")
def test_each_phrase_of_the_table(row):
    due = resolve(row["phrase"], datetime.fromisoformat(row["send_time"]), CAL)
    got = ("NONE", "", "") if due is None else (
        due.date.isoformat() if due.date else "NONE", due.time.strftime("%H:%M") if due.time else "", due.problem)
    assert got == (row["expected_date"], row["expected_time_or_blank"], row["expected_problem"])
