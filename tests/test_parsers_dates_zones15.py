"""Issue #13, international teams: a deadline written in another time zone ('by Friday 5pm CET', '周五17:00（德国时间）',
'EOD Friday PST', 'Thu 9am (London)', '美东时间周三上午10点') is that zone's moment converted into the configured zone,
the day moving across midnight; and a lunar month-day written with a Chinese-numeral month and a lunar day word
without 日/号 ('五月廿二', '八月初三') is a lunar date, while '五月廿二日' and '5月22号' stay solar. Also: another
country's holiday (以色列国庆节) is not ours, and 午后 is the afternoon like 下午.
Each rule is tried on sentences it was not written from; tests/data/dates/phrases15.tsv holds our own phrases with
each day and time computed by make_phrases15.py with zoneinfo and lunar-python alone."""
import csv
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from parsers.context import Context
from parsers.dates.due import deadline, find_due, resolve
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes

CAL = WorkdayCalendar()
SHANGHAI = ZoneInfo("Asia/Shanghai")
DATES = Path(__file__).parent / "data" / "dates"
TABLE = DATES / "phrases15.tsv"
THU = datetime(2024, 10, 10, 15, 0, tzinfo=SHANGHAI)     # Europe and the US still on summer time


def in_line(line: str, sent: datetime = THU) -> tuple[date | None, time | None, str]:
    due = find_due(line, sent, CAL)
    return (due.date, due.time, due.text) if due else (None, None, "")


# ---- a deadline in another zone -----------------------------------------------------------------------------------
def test_a_clock_with_a_zone_abbreviation_is_that_zones_time_here():
    assert in_line("Anna to send the signed NDA by Friday 5pm CET") == (date(2024, 10, 11), time(23, 0),
                                                                         "by Friday 5pm CET")
    assert in_line("Jörg: review the FMEA before Tuesday 09:30 CEST, please")[:2] == (date(2024, 10, 15), time(15, 30))
    assert in_line("Ken to file the report by Monday 8am EDT")[:2] == (date(2024, 10, 14), time(20, 0))


def test_the_day_moves_when_the_conversion_crosses_midnight():
    assert in_line("please upload the build by Wednesday 11pm CET")[:2] == (date(2024, 10, 17), time(5, 0))
    assert in_line("请在周一晚上9点（美东时间）前回复")[:2] == (date(2024, 10, 15), time(9, 0))
    assert in_line("hand in the draft Sunday 10am (Tokyo)")[:2] == (date(2024, 10, 13), time(9, 0))   # a day back


def test_an_end_of_day_in_a_zone_is_that_zones_end_of_day_and_gets_a_time_of_its_own():
    due = find_due("Mike: final pricing EOD Friday PST", THU, CAL)
    assert (due.date, due.time, due.end_of_day, due.policy_time) == (date(2024, 10, 12), time(9, 0), False, False)
    assert deadline(due, time(18, 0)) == datetime(2024, 10, 12, 9, 0, tzinfo=SHANGHAI)
    assert in_line("德方周四下班前（德国时间）确认图纸")[:2] == (date(2024, 10, 11), time(0, 0))


def test_a_zone_written_before_the_day_or_as_a_chinese_place_name():
    assert in_line("美东时间周三上午10点前提交投标文件")[:2] == (date(2024, 10, 16), time(22, 0))
    assert in_line("东京时间明天下午5点前把样品寄出")[:2] == (date(2024, 10, 11), time(16, 0))
    assert in_line("截止时间：周五17:00（德国时间）")[:2] == (date(2024, 10, 11), time(23, 0))
    assert in_line("北京时间周五下午3点前提交")[:2] == (date(2024, 10, 11), time(15, 0))    # our own zone: unchanged


def test_daylight_saving_dates_are_each_regions_own():
    march = datetime(2025, 3, 12, 10, 0, tzinfo=SHANGHAI)    # the US switched on 03-09, Europe on 03-30
    assert in_line("by Friday 9am ET", march)[:2] == (date(2025, 3, 14), time(21, 0))
    assert in_line("by Friday 9am CET", march)[:2] == (date(2025, 3, 14), time(16, 0))
    april = datetime(2025, 4, 2, 10, 0, tzinfo=SHANGHAI)
    assert in_line("by Friday 9am CET", april)[:2] == (date(2025, 4, 4), time(15, 0))      # CET names Berlin's clock


def test_a_summer_time_name_is_its_fixed_offset_even_out_of_season():
    january = datetime(2025, 1, 15, 10, 0, tzinfo=SHANGHAI)
    assert in_line("send it by Friday 9am CEST", january)[:2] == (date(2025, 1, 17), time(15, 0))
    assert in_line("send it by Friday 9am CET", january)[:2] == (date(2025, 1, 17), time(16, 0))
    assert in_line("upload by Friday 9am PDT", january)[:2] == (date(2025, 1, 18), time(0, 0))


def test_an_ambiguous_abbreviation_follows_the_configured_zone():
    assert in_line("周五下午5点CST前交付")[:2] == (date(2024, 10, 11), time(17, 0))          # China Standard Time
    berlin = THU.astimezone(ZoneInfo("Europe/Berlin"))
    assert in_line("deliver by Friday 5pm CST", berlin)[:2] == (date(2024, 10, 12), time(0, 0))   # US Central
    assert in_line("deliver by Friday 5pm IST")[:2] == (date(2024, 10, 11), time(19, 30))          # India


def test_an_offset_from_utc():
    assert in_line("by Tuesday 11:00 UTC+2")[:2] == (date(2024, 10, 15), time(17, 0))
    assert in_line("Friday 6pm GMT-5 at the latest")[:2] == (date(2024, 10, 12), time(7, 0))
    assert find_due("by Friday 5pm UTC+20", THU, CAL).time == time(17, 0)        # no zone: read here


@pytest.mark.parametrize("line,expected", [
    ("请按北京时间提交", None),                                            # a zone alone is no deadline
    ("the Tokyo team sends the deck by Friday 5pm", (date(2024, 10, 11), time(17, 0))),   # a place not at a clock
    ("London office: by Friday 5pm", (date(2024, 10, 11), time(17, 0))),
    ("by Friday CET", (date(2024, 10, 11), None)),                      # no clock: the day as written
    ("PT clinic report by Friday", (date(2024, 10, 11), None)),
])
def test_a_zone_word_away_from_a_clock_changes_nothing(line, expected):
    due = find_due(line, THU, CAL)
    assert (None if due is None else (due.date, due.time)) == expected


def test_minutes_keep_the_converted_time_and_cut_the_zone_out_of_the_task():
    roster = Roster.from_csv_text("name,email,department\n王芳,wangfang@example.cn,市场部\n"
                                  "Anna Berg,anna.berg@example.de,\n")
    text = ("Action items\n1. Anna Berg: send the signed NDA by Friday 5pm CET\n"
            "2. 王芳：周五下班前（美西时间）确认报价\n\nNext call: Tue Oct 15, 10:00 CEST\n")
    ctx = Context(THU, CAL, roster)
    read = read_minutes(text, ctx)
    got = [(item.task, item.due_date, item.due_time) for item in read.items]
    assert got[0] == ("send the signed NDA", date(2024, 10, 11), time(23, 0))
    assert got[1][1:] == (date(2024, 10, 12), time(9, 0))
    assert next_followup(list(read.followups), ctx).start == datetime(2024, 10, 15, 16, 0, tzinfo=SHANGHAI)   # converted once, not twice


# ---- a lunar month-day --------------------------------------------------------------------------------------------
def test_a_lunar_day_word_after_a_chinese_numeral_month_is_lunar():
    sent = datetime(2025, 1, 15, 10, 0, tzinfo=SHANGHAI)
    assert in_line("新品五月廿二前上市", sent)[0] == date(2025, 6, 17)
    assert in_line("八月初三之前完成装修", sent)[0] == date(2025, 9, 24)
    assert in_line("厂房后年九月廿二交付", sent)[0] == date(2027, 10, 21)
    assert in_line("十二月廿三前发年货", sent)[0] == date(2025, 1, 22)           # 小年, this lunar year's


@pytest.mark.parametrize("line,expected", [("新品五月廿二日前上市", date(2025, 5, 22)), ("新品5月22号前上市", date(2025, 5, 22)),
                                           ("新品5月廿二前上市", date(2025, 5, 22)), ("九月三十前完成", date(2025, 9, 30)),
                                           ("五月二十二前", date(2025, 5, 22))])
def test_a_written_day_mark_a_digit_month_or_a_plain_numeral_stays_solar(line, expected):
    assert in_line(line, datetime(2025, 1, 15, 10, 0, tzinfo=SHANGHAI))[0] == expected


# ---- the table -------------------------------------------------------------------------------------------------
def rows() -> list[dict]:
    with TABLE.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_the_table_is_what_its_script_computes_and_covers_each_part():
    assert subprocess.run([sys.executable, str(DATES / "make_phrases15.py"), "--check"]).returncode == 0
    kinds = Counter(row["kind"] for row in rows())
    assert len(rows()) >= 60 and min(kinds.values()) >= 4, kinds


@pytest.mark.parametrize("row", rows(), ids=lambda row: f"{row['kind']}:{row['phrase']}:{row['send_time'][:10]}:{row['zone']}")
def test_each_phrase_of_the_table(row):
    sent = datetime.fromisoformat(row["send_time"]).astimezone(ZoneInfo(row["zone"]))
    due = resolve(row["phrase"], sent, CAL)
    got = ("NONE", "", "") if due is None else (
        due.date.isoformat() if due.date else "NONE", due.time.strftime("%H:%M") if due.time else "", due.problem)
    assert got == (row["expected_date"], row["expected_time_or_blank"], row["expected_problem"])


# ---- a holiday word that is not ours -------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["以色列国庆节那天对方不上班", "伊斯兰历新年期间清真寺关闭", "犹太植树节活动照片", "树木新年",
                                  "灯会在丰收节第二天举行"])
def test_another_countrys_holiday_or_a_festivals_nth_day_gives_no_date(line):
    assert find_due(line, THU, CAL) is None and resolve(line, THU, CAL) is None


def test_our_holidays_next_to_such_words_still_read():
    assert in_line("以色列客户要求春节前交货", datetime(2025, 1, 6, 10, 0, tzinfo=SHANGHAI))[0] == date(2025, 1, 27)
    assert in_line("植树节前完成绿化方案", datetime(2025, 2, 20, 10, 0, tzinfo=SHANGHAI))[0] == date(2025, 3, 12)


def test_wuhou_is_the_afternoon_like_xiawu():
    assert in_line("样品明天午后3点前寄出") == (date(2024, 10, 11), time(15, 0), "明天午后3点前")
    assert in_line("報價單週五午後3時前提交")[:2] == (date(2024, 10, 11), time(15, 0))
    assert in_line("周五午后两点半（东京时间）前确认")[:2] == (date(2024, 10, 11), time(13, 30))
    assert in_line("中午前回复")[:2] == (date(2024, 10, 10), time(12, 0))
