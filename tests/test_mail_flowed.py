"""Plain text sent as format=flowed (RFC 3676: Thunderbird, Apple Mail) is read as written: a line that ends in a
space continues on the next one, so a task wrapped by the client keeps its deadline and owner (heldout40 6828)."""
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.flowed import unflow
from parsers.mail.mime import decode
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "Nora Lind,nora.lind@fjord.example.no,,,\n"
                              "韩嘉怡,hanjiayi@yard.example.cn,技术部,,\n")
MINUTES = ("Hi all,\n\nminutes of today's design review below.\n\n"
           "1. Hatch covers\n"
           "    - Fjord Shipping will send the updated load case for the hatch covers \n"
           "(two extra containers per row) by 12 June. Owner: Nora Lind\n"
           "2. 涂装\n"
           "    - 技术部韩嘉怡完成货舱涂层方案的修订并提交船东 \n"
           "确认，6月15日前\n\nBest regards\nNora\n")


def test_a_soft_break_joins_the_lines_and_keeps_the_space():
    assert unflow("- send the drawing \nby 3 June.\n") == "- send the drawing by 3 June.\n"


def test_delsp_yes_drops_the_space_of_the_soft_break():
    assert unflow("Teilnehmer: Nora, Ma \nrkus\n", delsp=True) == "Teilnehmer: Nora, Markus\n"


def test_chinese_meeting_chinese_is_joined_without_a_space():
    assert unflow("完成并提交评审组 \n确认。Send \nit") == "完成并提交评审组确认。Send it"


def test_quote_depths_are_never_joined_and_keep_their_marks():
    assert unflow("> quoted \n> more\n>> deeper \nmine") == "> quoted more\n>> deeper \nmine"


def test_an_empty_line_and_the_signature_separator_stay_lines_of_their_own():
    assert unflow("para \n\nnext\n-- \nNora") == "para \n\nnext\n-- \nNora"


def test_space_stuffing_is_undone():
    assert unflow("  indented one level\n From here") == " indented one level\nFrom here"


def _mail(flowed: bool) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"] = "Nora Lind <nora.lind@fjord.example.no>", "韩嘉怡 <hanjiayi@yard.example.cn>"
    msg["Cc"], msg["Subject"] = "minutebot@yard.example.cn", "Minutes: hatch cover design review"
    msg["Date"] = format_datetime(datetime(2026, 6, 2, 9, 40, tzinfo=timezone(timedelta(hours=2))))
    msg.set_content(MINUTES, charset="utf-8", cte="8bit")
    if flowed:
        msg.set_param("format", "flowed")
    return msg.as_bytes()


def test_a_flowed_minutes_mail_keeps_each_wrapped_task_whole():
    mail = decode(_mail(True))
    assert "hatch covers (two extra containers per row) by 12 June. Owner: Nora Lind" in mail.plain
    parsed = parse_message(_mail(True), tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                           bot_address="minutebot@yard.example.cn")
    got = [(i.owner.name if i.owner else None, i.due_date.isoformat() if i.due_date else None) for i in parsed.items]
    assert got == [("Nora Lind", "2026-06-12"), ("韩嘉怡", "2026-06-15")]
    assert "提交船东确认" in parsed.items[1].task


def test_the_same_lines_without_format_flowed_are_left_as_sent():
    assert "hatch covers \n(two extra" in decode(_mail(False)).plain.replace("\r\n", "\n")
