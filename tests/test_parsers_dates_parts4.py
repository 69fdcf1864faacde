"""Date parts the dates4 blind set found missing, each tested on variants written here (not the set's phrases):
halves (H1/H2), a month written with its year, 工作天 and Cantonese 今個月/今個禮拜, hour spans written short (36h,
5 hrs), a day and its time joined by an English word, holidays named in English, 双节, 开工第一天, 除夕前 when 除夕 is
a day off, and spans counted from an event the mail does not date (no date, vague)."""
from datetime import date, datetime, time

import pytest

from parsers.dates.due import find_due, resolve
from parsers.dates.workdays import WorkdayCalendar

CAL = WorkdayCalendar()
THU = datetime.fromisoformat("2024-10-10T15:00+08:00")        # Thursday; Saturday 10-12 is a make-up working day
SPRING = datetime.fromisoformat("2024-02-01T10:00+08:00")     # Thursday before Spring Festival 2024 (02-10..17)
AUG = datetime.fromisoformat("2024-08-20T09:00+08:00")        # Tuesday before Mid-Autumn (09-15..17) and National Day
MARCH = datetime.fromisoformat("2024-03-20T09:00+08:00")      # Wednesday before Qingming 2024 (04-04..06)


def read(phrase: str, sent: datetime = THU):
    due = resolve(phrase, sent, CAL)
    return due and (due.date, due.time)


@pytest.mark.parametrize("phrase, sent, day", [
    ("H2", THU, date(2024, 12, 31)), ("2025 H1", THU, date(2025, 6, 30)), ("2025H2前", THU, date(2025, 12, 31)),
    ("H1前", MARCH, date(2024, 6, 30)), ("下半年", MARCH, date(2024, 12, 31)),
])
def test_a_half_year_is_due_on_its_last_day(phrase, sent, day):
    assert read(phrase, sent) == (day, None)


@pytest.mark.parametrize("phrase, day", [
    ("2025年2月", date(2025, 2, 28)), ("24年11月前", date(2024, 11, 30)), ("明年4月", date(2025, 4, 30)),
    ("二〇二五年六月", date(2025, 6, 30)), ("2028年2月", date(2028, 2, 29)),
])
def test_a_month_written_with_its_year_is_due_at_its_end(phrase, day):
    assert read(phrase) == (day, None)


def test_a_month_without_its_year_is_no_deadline_and_free_text_needs_a_cue():
    assert read("11月份") is None
    assert find_due("系统预计2025年3月上线", THU, CAL) is None
    assert find_due("2025年3月前完成迁移", THU, CAL).date == date(2025, 3, 31)


@pytest.mark.parametrize("phrase, day", [
    ("5個工作天內", date(2024, 10, 16)), ("兩個工作天內", date(2024, 10, 12)), ("4个工作天", date(2024, 10, 15)),
    ("今個月尾", date(2024, 10, 31)), ("今個月底前", date(2024, 10, 31)), ("下個月尾", date(2024, 11, 30)),
    ("今個禮拜五", date(2024, 10, 11)), ("今個禮拜內", date(2024, 10, 13)),
])
def test_hong_kong_and_taiwan_words(phrase, day):
    assert read(phrase) == (day, None)


@pytest.mark.parametrize("phrase, day, at", [
    ("within 36h", date(2024, 10, 12), time(3, 0)), ("in 5 hrs", date(2024, 10, 10), time(20, 0)),
    ("within 12hrs", date(2024, 10, 11), time(3, 0)), ("within 2 hours", date(2024, 10, 10), time(17, 0)),
])
def test_hour_spans_written_short(phrase, day, at):
    assert read(phrase) == (day, at)


@pytest.mark.parametrize("phrase, day, at", [
    ("下周二 before noon", date(2024, 10, 15), time(12, 0)), ("周五 by 4pm", date(2024, 10, 11), time(16, 0)),
    ("next Mon before 10am", date(2024, 10, 14), time(10, 0)), ("明天 until 3pm", date(2024, 10, 11), time(15, 0)),
])
def test_a_day_and_its_time_joined_by_an_english_word(phrase, day, at):
    assert read(phrase) == (day, at)


@pytest.mark.parametrize("phrase, sent, day", [
    ("before Tomb-sweeping Day", MARCH, date(2024, 4, 3)), ("after Qingming", MARCH, date(2024, 4, 7)),
    ("before the Dragon Boat Festival", MARCH, date(2024, 6, 7)), ("after Mid-Autumn", AUG, date(2024, 9, 18)),
    ("by Golden Week", AUG, date(2024, 9, 30)), ("before the May Day holiday", MARCH, date(2024, 4, 30)),
    ("after Lunar New Year", SPRING, date(2024, 2, 18)),
])
def test_holidays_named_in_english(phrase, sent, day):
    assert read(phrase, sent) == (day, None)


@pytest.mark.parametrize("phrase, sent, day", [
    ("双节前", AUG, date(2024, 9, 14)),        # before Mid-Autumn, the first break (its make-up Saturday)
    ("双节后", AUG, date(2024, 10, 8)),        # after National Day, the last
    ("开工第一天", SPRING, date(2024, 2, 18)),  # the make-up Sunday after Spring Festival
    ("复工首日", SPRING, date(2024, 2, 18)),
])
def test_two_holidays_together_and_the_first_day_back(phrase, sent, day):
    assert read(phrase, sent) == (day, None)


def test_new_years_eve_before_a_break_that_starts_on_it():
    assert read("除夕前", datetime.fromisoformat("2026-01-05T10:00+08:00")) == (date(2026, 2, 14), None)
    assert read("大年三十之前", datetime.fromisoformat("2025-01-02T10:00+08:00")) == (date(2025, 1, 27), None)
    assert read("除夕前", SPRING) == (date(2024, 2, 9), None)          # 2024: 除夕 was a working day
    assert read("儿童节前", datetime.fromisoformat("2025-03-05T09:30+08:00")) == (date(2025, 6, 1), None)


@pytest.mark.parametrize("phrase", [
    "到货后5个工作日内", "验收通过之后两周内", "合同盖章后3天内", "within 10 days of receiving the invoice",
    "within 2 weeks after signing", "in 3 business days following approval",
])
def test_a_span_counted_from_an_event_gives_no_date_but_a_vague_deadline(phrase):
    due = resolve(phrase, THU, CAL)
    assert due is not None and due.vague and due.date is None


@pytest.mark.parametrize("phrase, day", [
    ("会后2个工作日内", date(2024, 10, 12)), ("今后一周内", date(2024, 10, 17)), ("within 3 days from today", date(2024, 10, 13)),
    ("within 2 days after the meeting", date(2024, 10, 12)),
])
def test_a_span_from_now_or_this_meeting_still_counts_from_the_send_day(phrase, day):
    assert read(phrase) == (day, None)


def test_by_joins_a_day_and_its_time_but_not_a_version_number_and_a_weekday():
    sent = datetime.fromisoformat("2025-06-03T18:00+08:00")          # Tuesday
    assert find_due("regression pass on build 3.1 by Friday", sent, CAL).date == date(2025, 6, 6)
    assert read("Thu before 5pm", sent) == (date(2025, 6, 5), time(17, 0))


def test_early_month_in_english_reads_as_the_start_of_the_month_and_mid_month_stays_vague():
    assert read("early November") == read("11月初") == (date(2024, 11, 5), None)
    assert read("by early-Dec") == (date(2024, 12, 5), None)
    for vague in ("mid-November", "late Nov", "11月中旬", "11月上旬"):
        due = resolve(vague, THU, CAL)
        assert due.vague and due.date is None, vague


def test_the_first_working_day_after_a_holiday_named_in_english():
    sent = datetime.fromisoformat("2024-04-24T10:00+08:00")           # before May Day 2024 (05-01..05, make-up 05-11)
    assert read("first working day after the May Day holiday", sent) == (date(2024, 5, 6), None)
    assert read("the first business day after Golden Week", AUG) == (date(2024, 10, 8), None)


@pytest.mark.parametrize("phrase, sent, day", [
    ("国庆后3个工作日内", AUG, date(2024, 10, 10)),         # 10-08 is the first working day after the break
    ("节后5个工作日内", datetime.fromisoformat("2024-09-20T10:00+08:00"), date(2024, 10, 12)),   # make-up Saturday
    ("9月2日后一周内", AUG, date(2024, 9, 9)),
    ("下周一之后2个工作日内", THU, date(2024, 10, 16)),
])
def test_a_span_after_a_day_the_line_gives_counts_from_that_day(phrase, sent, day):
    due = resolve(phrase, sent, CAL)
    assert (due.date, due.text) == (day, phrase)


@pytest.mark.parametrize("phrase, day", [
    ("before Christmas", date(2024, 12, 25)), ("by Christmas Eve", date(2024, 12, 24)),
    ("by Thanksgiving", date(2024, 11, 28)), ("H1 2025", date(2025, 6, 30)), ("until National Day", date(2025, 9, 30)),
])
def test_english_festivals_a_half_with_its_year_after_it_and_until_a_holiday(phrase, day):
    assert read(phrase) == (day, None)
