"""Due phrases -> deadlines: the 146-phrase golden list, policy cases around it, and lines that hold no due."""
import csv
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.dates.due import deadline, find_all_dues, find_due, resolve
from parsers.dates.tokens import MAX_TOKENS
from parsers.dates.workdays import WorkdayCalendar

CAL = WorkdayCalendar()
SHANGHAI = ZoneInfo("Asia/Shanghai")
GOLDEN = Path(__file__).parent / "data" / "dates" / "date-phrases.tsv"


def at(stamp: str) -> datetime:
    """'2024-10-10 15:00' in Shanghai."""
    return datetime.fromisoformat(stamp).replace(tzinfo=SHANGHAI)


THU = at("2024-10-10 15:00")


# ---- the golden list (research/date-phrases.tsv) --------------------------------------------------------
def golden_rows(split: str) -> list[dict]:
    with GOLDEN.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [r for r in rows if r["note"].startswith("[holdout]") == (split == "holdout")]


def golden_answer(row: dict) -> tuple[str, str]:
    """(date, time) as the TSV writes them. A vague period (中旬, 月初) has no date in a Due, so the TSV's
    policy guess for it is compared with `approx`."""
    due = resolve(row["phrase"], datetime.fromisoformat(row["send_time"]), CAL)
    day = due and (due.date or due.approx)
    if not day:
        return "NONE", ""
    return day.isoformat(), due.time.strftime("%H:%M") if due.time else ""


@pytest.mark.parametrize("split,size", [("main", 92), ("holdout", 54)])
def test_golden_phrases_are_at_least_97_percent_right(split, size):
    rows = golden_rows(split)
    misses = [(r["phrase"], r["send_time"], (r["expected_date"], r["expected_time_or_blank"]), golden_answer(r))
              for r in rows if golden_answer(r) != (r["expected_date"], r["expected_time_or_blank"])]
    for miss in misses:
        print("MISS phrase=%s sent=%s expected=%s got=%s" % miss)
    assert len(rows) == size
    assert (len(rows) - len(misses)) / len(rows) >= 0.97


# ---- policy cases beyond the golden list -----------------------------------------------------------------
SEP18_WED = at("2024-09-18 10:15")
MON_FROM_UTC = datetime(2024, 10, 13, 23, 32, tzinfo=timezone.utc).astimezone(SHANGHAI)   # Sunday in UTC

EXTRA = [
    # phrase, sent, date, time ("" = none), flags
    ("周三17:00", SEP18_WED, "2024-09-18", "17:00", ""),          # weekday on the send day = today
    ("Wednesday", SEP18_WED, "2024-09-18", "", ""),
    ("本周三前", SEP18_WED, "2024-09-18", "", ""),
    ("周二12:00", SEP18_WED, "2024-09-24", "12:00", ""),          # already past this week -> next week's
    ("下周三", SEP18_WED, "2024-09-25", "", ""),
    ("本周五前", at("2024-02-04 11:15"), "2024-02-09", "", ""),     # on a make-up Sunday this Friday is past
    ("下周一10:00前", at("2024-02-04 11:15"), "2024-02-05", "10:00", ""),
    ("2个工作日内", MON_FROM_UTC, "2024-10-16", "", ""),            # the caller converted the UTC Date header
    ("本周五前", MON_FROM_UTC, "2024-10-18", "", ""),
    ("下周三前", MON_FROM_UTC, "2024-10-23", "", ""),
    ("下周一前", MON_FROM_UTC, "2024-10-21", "", ""),
    ("1月10日前", at("2024-12-20 10:00"), "2025-01-10", "", ""),    # year rollover
    ("元旦后", at("2024-12-20 10:00"), "2025-01-02", "", ""),
    ("年底前", at("2024-12-20 10:00"), "2024-12-31", "", ""),
    ("下季度末", at("2024-12-20 10:00"), "2025-03-31", "", ""),
    ("Q1", at("2024-12-20 10:00"), "2025-03-31", "", ""),
    ("下个工作日", at("2025-02-07 10:00"), "2025-02-08", "", ""),    # make-up Saturday 2025
    ("下个工作日", at("2026-02-13 10:00"), "2026-02-14", "", ""),    # make-up Saturday 2026
    ("2个工作日内", at("2026-02-27 10:00"), "2026-03-02", "", ""),   # Sat 02-28 counts in 2026
    ("年后上班第一天", at("2024-02-08 16:30"), "2024-02-18", "", ""),
    ("3个工作日内", at("2024-02-08 16:30"), "2024-02-19", "", ""),
    ("2个工作日内", at("2027-01-05 10:00"), "2027-01-07", "", "estimated"),   # 2027: nobody knows yet
    ("3个工作日内", at("2026-12-30 10:00"), "2027-01-05", "", "estimated"),
    ("节后第一个工作日", at("2027-09-20 10:00"), "2027-10-04", "", "estimated"),
    ("明天", at("2027-03-02 10:00"), "2027-03-03", "", ""),
    ("9月30日前", THU, "2024-09-30", "", "past"),
    ("2月5日前", at("2024-02-08 16:30"), "2024-02-05", "", "past"),
    ("今天下班前", THU, "2024-10-10", "18:00", "policy_time"),
    ("by EOD", THU, "2024-10-10", "18:00", "policy_time"),
    ("明天上午", THU, "2024-10-11", "12:00", "policy_time"),
    ("明天上午10点前", THU, "2024-10-11", "10:00", ""),
    ("周五3点前", THU, "2024-10-11", "15:00", ""),                  # a bare 3点 in office hours is 15:00
    ("４小时内", at("2024-10-08 10:20:44"), "2024-10-08", "14:20", ""),
    ("１０月１２日前", THU, "2024-10-12", "", ""),                   # full-width digits
    ("周三１７：００", THU, "2024-10-16", "17:00", ""),
    ("二〇二四年十二月三十一日", THU, "2024-12-31", "", ""),
    ("廿五号", THU, "2024-10-25", "", ""),
    ("by next Monday", at("2024-10-09 09:40"), "2024-10-14", "", ""),
    ("Thursday 17 October, 3pm", at("2024-10-09 09:40"), "2024-10-17", "15:00", ""),
    ("Tue, Oct 22, 10:00", THU, "2024-10-22", "10:00", ""),
    ("October 12th", THU, "2024-10-12", "", ""),
    ("12 Oct 2024", THU, "2024-10-12", "", ""),
    ("by the 15th", THU, "2024-10-15", "", ""),
    ("end of next month", THU, "2024-11-30", "", ""),
    ("within 3 business days", THU, "2024-10-14", "", ""),
    ("after National Day", at("2024-09-20 10:00"), "2024-10-08", "", ""),
    ("春节前", at("2025-01-10 10:00"), "2025-01-27", "", ""),       # 2025-01-26 is a make-up Sunday
    ("中秋节后", at("2024-09-10 10:00"), "2024-09-18", "", ""),
    ("10月16日（周三）下午5点前", THU, "2024-10-16", "17:00", ""),
    ("周三（10月23日）前", THU, "2024-10-23", "", ""),              # the written date wins over the weekday
    ("截止时间：周三17:00", SEP18_WED, "2024-09-18", "17:00", ""),
    ("半个月内", THU, "2024-10-25", "", ""),
    ("一个半小时内", THU, "2024-10-10", "16:30", ""),
    ("下月初", THU, "2024-11-05", "", ""),                         # SPEC 5: a period end, the 5th by policy
]


@pytest.mark.parametrize("phrase,sent,day,clock,flags", EXTRA)
def test_resolve_policy_cases(phrase, sent, day, clock, flags):
    due = resolve(phrase, sent, CAL)
    assert due is not None and due.date == date.fromisoformat(day)
    assert (due.time.strftime("%H:%M") if due.time else "") == clock
    assert {f for f in ("estimated", "past", "policy_time", "vague") if getattr(due, f)} == set(flags.split())


@pytest.mark.parametrize("phrase,guess", [("尽快", None), ("ASAP", None), ("待定", None), ("近期", None),
                                          ("TBD", None), ("11月中旬", "2024-11-20"),
                                          ("12月下旬", "2024-12-31")])
def test_vague_phrases_have_no_date_only_a_flag_and_maybe_a_guess(phrase, guess):
    due = resolve(phrase, THU, CAL)
    assert due.vague and due.date is None
    assert due.approx == (date.fromisoformat(guess) if guess else None)
    assert deadline(due, time(18, 0)) is None


# ---- find_due on whole lines --------------------------------------------------------------------------------
LINES = [
    ("市场部王芳10月12日前提交方案终稿", THU, "2024-10-12", "", "10月12日前"),
    ("Alice: send the deck by Friday", THU, "2024-10-11", "", "by Friday"),
    ("(负责人：李经理，截止时间：周三17:00)", SEP18_WED, "2024-09-18", "17:00", "周三17:00"),
    ("①周五前提交初稿（负责人：张三，截止时间：下周一12:00）", THU, "2024-10-14", "12:00", "下周一12:00"),
    ("客服部：交付日期由11月3日调整为11月6日", THU, "2024-11-06", "", "11月6日"),
    ("Timeline moved from Oct 13 to Oct 15.", THU, "2024-10-15", "", "Oct 15"),
    ("供应商申请延期至10月20日交货", THU, "2024-10-20", "", "10月20日"),
    ("尽快完成，最迟不晚于10月25日", THU, "2024-10-25", "", "不晚于10月25日"),
    ("3. 赵六：５个工作日内完成样机测试报告", THU, "2024-10-16", "", "５个工作日内"),
    ("Bob to confirm Q4 pricing by Oct 18.", THU, "2024-10-18", "", "by Oct 18"),
    ("王五：明天（周五）下午3点前把报价发我", THU, "2024-10-11", "15:00", "明天（周五）下午3点前"),
    ("检测报告年后上班第一天（2月18日）提交", at("2024-02-08 16:30"), "2024-02-18", "", "年后上班第一天（2月18日）"),
    ("李四：11月底", THU, "2024-11-30", "", "11月底"),
    ("负责人：孙丽  完成时限：3个工作日", THU, "2024-10-14", "", "3个工作日"),    # a label makes a bare duration due
    ("三到五个工作日内完成", THU, "2024-10-16", "", "三到五个工作日内"),               # a range: the later end
    ("机房迁移12月1日-5日完成", THU, "2024-12-05", "", "5日"),                        # range end in the start's month
    ("Deliver 200 units by 12/15/2024", THU, "2024-12-15", "", "by 12/15/2024"),
    ("双十一前完成备货", THU, "2024-11-11", "", "双十一前"),
    ("节后第一次例会：10月9日（周三）14:00", at("2024-09-26 17:36"), "2024-10-09", "14:00", "10月9日（周三）14:00"),
]


@pytest.mark.parametrize("line,sent,day,clock,text", LINES)
def test_find_due_picks_the_deadline_of_a_line(line, sent, day, clock, text):
    due = find_due(line, sent, CAL)
    assert due is not None and due.date == date.fromisoformat(day)
    assert (due.time.strftime("%H:%M") if due.time else "") == clock
    assert due.text == text and line[due.start:due.end] == text


@pytest.mark.parametrize("line", [
    "联系电话：0755-86001234 转 8021，手机13812345678",
    "地址：深圳市福田区滨河路88号 邮编：518048",
    "Q3完成目标的92%，同比增长3.5%，预算12.5万元",
    "1. 背景介绍",
    "(2) 讨论结果如下",
    "固件V2.1.3版本已发布，2.1版本停止维护",
    "工作时间 9:00-18:00，24小时服务热线 400-820-8820",
    "工作日 周一至周五",
    "会议室：3号楼502，共计20台样机",
    "本邮件含保密信息，如误收请于24小时内删除。",
    "每周五下午提交周报",
    "自11月1日起执行新的报销流程",
    "培训时间：10月22日 14:00-16:00",
    "开发周期为15个工作日",
    "谢谢大家的参与！",
    "Please review item 3 and the attached v1.2 spec.",
    "周报每周一上午10点前提交",
    "Meeting held on 12 Nov 2024, 3:00-4:00 PM",
    "负责双11大促的客服排班",
    "以后日常维护由王芳负责",                       # 后日 inside 以后日常
    "与去年同月相比增长5%",
    "负责圣诞节活动策划",                           # a festival named as a topic, not a deadline
    "春节晚会筹备组成立",
    "2025年度预算已批复",
    "订单号20241105001已发货",
    "上半年完成率85%",                              # a half year is a deadline only with 前/截止 or in a due cell
    "2024年初步方案已完成",                          # 初步, not 年初
])
def test_find_due_returns_none_on_lines_without_a_deadline(line):
    assert find_due(line, THU, CAL) is None


def test_find_all_dues_returns_every_phrase_in_order():
    dues = find_all_dues("①市场部10月12日前提交方案(王芳)②技术部10月13日前输出计划(陈喆)", THU, CAL)
    assert [(d.date, d.text) for d in dues] == [(date(2024, 10, 12), "10月12日前"), (date(2024, 10, 13), "10月13日前")]
    assert find_all_dues("没有日期", THU, CAL) == []


def test_vague_word_only_when_no_date_is_given():
    assert find_due("李四：尽快确认样品", THU, CAL).vague
    assert find_due("下次会议时间待定", THU, CAL).vague


# ---- deadline() -------------------------------------------------------------------------------------------
def test_deadline_applies_the_default_time_in_the_senders_zone():
    due = resolve("10月12日前", THU, CAL)
    assert deadline(due, time(18, 0)) == datetime(2024, 10, 12, 18, 0, tzinfo=SHANGHAI)
    timed = resolve("10月13日17:30", THU, CAL)
    assert deadline(timed, time(18, 0)) == datetime(2024, 10, 13, 17, 30, tzinfo=SHANGHAI)


def test_deadline_of_an_hour_phrase_is_the_exact_instant():
    sent = at("2024-10-08 10:20:44")
    due = find_due("1小时内完成回滚", sent, CAL)
    assert due.time == time(11, 20) and deadline(due, time(18, 0)) == sent + timedelta(hours=1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789年月日号周一二三十前内后天下本工作小时:/.-()（）点半 byFriOct农历正腊初廿刻晨夜節週第个最节春", max_size=30),
       st.datetimes(min_value=datetime(2004, 1, 1), max_value=datetime(2030, 12, 31)))
def test_never_raises_on_odd_text_and_any_year(text, sent):
    for due in find_all_dues(text, sent.replace(tzinfo=SHANGHAI), CAL):
        assert text[due.start:due.end] == due.text


def test_a_line_flooded_with_date_tokens_is_read_up_to_a_bound():
    """2 MB of '10月10月…' (bench_fuzz measures its time): the dates before the flood are read, then at most
    MAX_TOKENS tokens of one pattern; the same holds for a line of weekdays and of full dates."""
    for unit in ("10月", "周五", "10月10日", "下周一下午3点", "正月十五", "2030年元宵节前"):
        line = "王芳：10月12日前提交，" + unit * (1_200_000 // len(unit))
        dues = find_all_dues(line, THU, CAL)
        assert dues[0].date == date(2024, 10, 12) and dues[0].text == "10月12日前"
        assert len(dues) <= MAX_TOKENS
        assert find_due(line, THU, CAL).date is not None


# ---- the rows of issue 13 (sent Thu 2024-10-10 15:00) ----------------------------------------------------------
ISSUE_ROWS = [
    # text, read as a line (find_due) or a due cell (resolve), date or None, time, problem
    ("截止时间：10月18日（周五）17:00", True, "2024-10-18", "17:00", ""),
    ("王芳：2025年底前完成年度审计", True, "2025-12-31", "", ""),
    ("王芳：2025年内完成系统迁移", True, "2025-12-31", "", ""),
    ("王芳：25年12月1日前提交", True, "2025-12-01", "", ""),
    ("Alice: ship the release by December 5, 2025", True, "2025-12-05", "", ""),
    ("Bob: December 5, 2025 for the audit", True, "2025-12-05", "", ""),
    ("下周周五", False, "2024-10-18", "", ""),
    ("下周的周五", False, "2024-10-18", "", ""),
    ("周日, 10月20日", False, "2024-10-20", "", ""),
    ("周五, 10月20日", False, "2024-10-20", "", "weekday_mismatch"),      # the date wins, the weekday is a flag
    ("夜里12点", False, "2024-10-10", "23:59", ""),
    ("今晨5点", False, "2024-10-10", "05:00", ""),
    ("3点1刻", False, "2024-10-10", "15:15", ""),
    ("3:15p", False, "2024-10-10", "15:15", ""),
    ("20241020", False, "2024-10-20", "", ""),
    ("十月第一个星期一", False, "2024-10-07", "", ""),
    ("本日", False, "2024-10-10", "", ""),
    ("明晨9点", False, "2024-10-11", "09:00", ""),
    ("国庆", False, "2025-09-30", "", ""),                  # as 国庆前: the last working day before it
    ("春节", False, "2025-01-27", "", ""),
    ("中秋", False, "2025-09-30", "", ""),                  # 2025's falls inside the National Day break
    ("下月初", False, "2024-11-05", "", ""),
    ("2月29日", False, None, "", "no_such_day"),            # February 2025 has 28 days
    ("2月30日", False, None, "", "no_such_day"),
    ("下週五", False, "2024-10-18", "", ""),
    ("本週五前", False, "2024-10-11", "", ""),
    ("兩個工作日內", False, "2024-10-12", "", ""),
    ("王芳：方案下週五前提交给市场部", True, "2024-10-18", "", ""),   # one Traditional phrase in a Simplified line
]


@pytest.mark.parametrize("text,line,day,clock,problem", ISSUE_ROWS)
def test_the_rows_of_the_issue(text, line, day, clock, problem):
    due = (find_due if line else resolve)(text, THU, CAL)
    assert due is not None and due.date == (date.fromisoformat(day) if day else None)
    assert (due.time.strftime("%H:%M") if due.time else "", due.problem) == (clock, problem)


def test_a_year_written_before_any_part_sets_its_year():
    """The year is a part of its own: it combines with whatever day part follows, in forms no rule lists."""
    for phrase, day in [("2025年12月底", "2025-12-31"), ("2025年Q1", "2025-03-31"), ("2026年第二季度", "2026-06-30"),
                        ("明年春节前", "2025-01-27"), ("2025年国庆前", "2025-09-30"), ("2025年3月初", "2025-03-05"),
                        ("明年6月第一个周一", "2025-06-02"), ("2026年元宵节", "2026-03-03"), ("25年11月11日", "2025-11-11")]:
        assert resolve(phrase, THU, CAL).date == date.fromisoformat(day), phrase
    assert resolve("2023年春节前", THU, CAL).date == date(2023, 1, 20)        # that year's, even when past
    assert find_due("2025年度预算已批复", THU, CAL) is None                  # a year alone says no day
    for nonsense in ("9999年正月十五", "0000年腊月初十", "1900年春节前",       # nor a year no deadline has,
                     "2050年正月十五"):                                      # (lunar days: within 10 years)
        assert resolve(nonsense, THU, CAL) is None, nonsense                  # not even the day after it


@pytest.mark.parametrize("phrase,day,clock", [
    ("24h内", "2025-03-13", "10:00"), ("48 hours内", "2025-03-14", "10:00"), ("6h后", "2025-03-12", "16:00"),
    ("5 business days", "2025-03-19", ""), ("3 working days", "2025-03-17", ""),
])
def test_hours_written_h_and_a_bare_count_of_business_days_are_spans(phrase, day, clock):
    due = resolve(phrase, datetime(2025, 3, 12, 10, 0, tzinfo=SHANGHAI), CAL)
    assert (due.date.isoformat(), due.time.strftime("%H:%M") if due.time else "") == (day, clock)


def test_business_days_ago_is_no_deadline():
    assert resolve("5 business days ago", datetime(2025, 3, 12, 10, 0, tzinfo=SHANGHAI), CAL) is None


# ---- issue 13, second round: the bugs the minutes developer found, each with variants it was not written from ----
APR20_MON = at("2026-04-20 10:00")
NOV5_WED = at("2025-11-05 10:00")


@pytest.mark.parametrize("text,sent,day,clock", [
    ("23 April 2026 — 10:30", APR20_MON, "2026-04-23", "10:30"),       # the row found
    ("2026-04-23 — 10:30", APR20_MON, "2026-04-23", "10:30"),
    ("23 April 2026 – 10:30", APR20_MON, "2026-04-23", "10:30"),       # en dash
    ("10月23日——15:00", APR20_MON, "2026-10-23", "15:00"),             # a Chinese double dash
    ("周四 — 下午3点", APR20_MON, "2026-04-23", "15:00"),
    ("Thursday - 3pm", APR20_MON, "2026-04-23", "15:00"),
])
def test_a_dash_between_the_day_and_its_time_keeps_the_day(text, sent, day, clock):
    for read in (resolve, find_due):
        due = read(text, sent, CAL)
        assert (due.date.isoformat(), due.time.strftime("%H:%M")) == (day, clock), read
        assert due.text == text


def test_a_dash_between_two_days_is_still_a_range():
    assert resolve("10月12日 - 10月13日", NOV5_WED, CAL).date == date(2025, 10, 13)
    assert find_due("机房迁移12月1日-5日完成", NOV5_WED, CAL).date == date(2025, 12, 5)


@pytest.mark.parametrize("text,sent,day,clock,problem", [
    ("Mon 27/4 10:00", APR20_MON, "2026-04-27", "10:00", ""),       # the row found: 27 cannot be a month
    ("27/4 (Mon)", APR20_MON, "2026-04-27", "", ""),
    ("周一 27/4", APR20_MON, "2026-04-27", "", ""),
    ("Mon 4/5", APR20_MON, "2026-05-04", "", ""),                  # both orders exist: the weekday picks 4 May
    ("4/5 (Mon)", APR20_MON, "2026-05-04", "", ""),
    ("Fri 8/5", NOV5_WED, "2026-05-08", "", ""),
    ("Wed 8/5", NOV5_WED, "2026-08-05", "", ""),                   # the weekday confirms month first
    ("Tue 27/4", APR20_MON, "2026-04-27", "", "weekday_mismatch"),  # neither order is a Tuesday: the date, flagged
    ("Sat 4/5", APR20_MON, "2026-04-05", "", "weekday_mismatch"),   # neither a Saturday: month first, flagged
    ("27/4", APR20_MON, "2026-04-27", "", ""),
])
def test_a_numeric_date_is_read_day_first_when_the_month_cannot_be_first_or_a_weekday_says_so(
        text, sent, day, clock, problem):
    due = resolve(text, sent, CAL)
    assert (due.date.isoformat(), due.time.strftime("%H:%M") if due.time else "", due.problem) == (day, clock, problem)


def test_a_weekday_that_agrees_with_a_numeric_date_makes_it_a_date_in_free_text():
    assert find_due("张三：提交测试报告 Mon 27/4 10:00", APR20_MON, CAL).date == date(2026, 4, 27)
    assert find_due("Alice to send the deck Fri 8/5", NOV5_WED, CAL).date == date(2026, 5, 8)
    assert find_due("比例为 Tue 27/4", APR20_MON, CAL) is None       # a contradicting weekday vouches for nothing
    assert find_due("完成率 27/4", APR20_MON, CAL) is None             # a bare 27/4 in free text stays a fraction


@pytest.mark.parametrize("text,read,day,clock", [
    ("会议于11月12日（周三）下午3点召开，地点另行通知", resolve, "2025-11-12", "15:00"),   # the row found
    ("会议于11月12日（周三）下午3点召开，地点另行通知", find_due, "2025-11-12", "15:00"),
    ("11月20日上午10点在3楼举行，议程待定", resolve, "2025-11-20", "10:00"),
    ("下次会议：11月12日召开，具体时间另行通知", find_due, "2025-11-12", ""),
    ("拟于下周三下午召开评审会", resolve, "2025-11-12", "18:00"),                         # the row found
    ("拟于下周三下午召开评审会", find_due, "2025-11-12", "18:00"),
    ("定于本周五上午举行", resolve, "2025-11-07", "12:00"),
    ("明天下午3点开会", find_due, "2025-11-06", "15:00"),
    ("11月10日前提交材料，11月12日召开评审会", find_due, "2025-11-10", ""),                # a deadline beats an event
])
def test_the_day_of_a_meeting_is_read_and_beats_a_vague_word(text, read, day, clock):
    due = read(text, NOV5_WED, CAL)
    assert not due.vague and due.date.isoformat() == day
    assert (due.time.strftime("%H:%M") if due.time else "") == clock


def test_a_date_replaced_by_a_vague_word_stays_replaced():
    assert resolve("原定11月12日，现另行通知", NOV5_WED, CAL).vague     # 原定: the old date is no deadline
    assert find_due("10月20日的会议上决定尽快上线", NOV5_WED, CAL).vague   # a date qualifying a noun is none either


@pytest.mark.parametrize("line,day,clock", [
    ("整理报告(Fri)", "2025-11-07", ""),                   # the row found
    ("张三：提交报告 (Fri)", "2025-11-07", ""),
    ("send the notes (Tue)", "2025-11-11", ""),
    ("更新台账（Thu）", "2025-11-06", ""),
    ("(Fri 3pm)", "2025-11-07", "15:00"),
])
def test_a_weekday_abbreviation_alone_in_brackets_is_found_in_free_text(line, day, clock):
    due = find_due(line, NOV5_WED, CAL)
    assert due.date.isoformat() == day and (due.time.strftime("%H:%M") if due.time else "") == clock
    assert due.date == resolve(line, NOV5_WED, CAL).date


def test_a_weekday_abbreviation_outside_brackets_is_still_a_word():
    assert find_due("we sat down with the vendor", NOV5_WED, CAL) is None
    assert find_due("Sun Yu will review", NOV5_WED, CAL) is None


# ---- shapes the public suites read (JioNLP, Duckling, Recognizers-Text) that we missed; our own phrases ----------
@pytest.mark.parametrize("text,sent,day,clock", [
    ("上个月28号", APR20_MON, "2026-03-28", ""),                 # 上个月/上月 + a day, like 下个月/本月
    ("上月10日17:00", APR20_MON, "2026-03-10", "17:00"),
    ("昨天", APR20_MON, "2026-04-19", ""),                       # days already past: a date in a due cell
    ("昨晚9点", APR20_MON, "2026-04-19", "21:00"),               # and 昨晚 makes the hour an evening one
    ("前天下午", APR20_MON, "2026-04-18", "18:00"),
    ("大前天上午10点", APR20_MON, "2026-04-17", "10:00"),
    ("周四早上", APR20_MON, "2026-04-23", "12:00"),              # 周一早上: not 一早 + 上
    ("星期一早上9点", NOV5_WED, "2025-11-10", "09:00"),
    ("15.6.2026", APR20_MON, "2026-06-15", ""),                  # dotted and dashed day.month.year
    ("6-15-2026", APR20_MON, "2026-06-15", ""),
    ("10/31/1998", APR20_MON, "1998-10-31", ""),                 # a four-digit year of the last century
    ("上上周五", at("2024-11-15 09:00"), "2024-11-01", ""),       # the week before last, like 下下周
])
def test_shapes_the_public_suites_read(text, sent, day, clock):
    due = resolve(text, sent, CAL)
    assert (due.date.isoformat(), due.time.strftime("%H:%M") if due.time else "") == (day, clock)


def test_a_day_already_past_is_a_story_in_free_text_but_a_date_with_a_cue():
    assert find_due("王芳：跟进昨天客户提出的问题", APR20_MON, CAL) is None
    assert find_due("李四：前天会上说的样品", APR20_MON, CAL) is None
    due = find_due("王芳：昨天下午3点前应已提交", APR20_MON, CAL)
    assert due.date == date(2026, 4, 19) and due.past
    for line in ("提前天数不少于3天", "会议前日提交议程"):            # 前天/前日 inside other words
        assert find_due(line, APR20_MON, CAL) is None, line
