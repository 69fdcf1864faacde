"""How fast parse_message reads a 20 KB HTML minutes mail (three shapes), next to a bare stdlib parse of the same bytes.

    .venv/bin/python benches/bench_parse.py [--seconds 3]

Prints messages per second for `email.message_from_bytes(raw, policy=email.policy.default)` and for
`parsers.parse_message(raw, ...)`, and their ratio (the target: parse_message at >= 0.5x the stdlib rate).
The mail is sent on 60 different days in turn, so nothing the parser remembers about a date helps it.
"""
from __future__ import annotations

import argparse
import email
import email.policy
import sys
import time
from email.message import EmailMessage
from datetime import datetime, timedelta, timezone
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsers import parse_message                   # noqa: E402
from parsers.minutes.owning.people import Roster                   # noqa: E402
from parsers.dates.workdays import WorkdayCalendar        # noqa: E402

ROSTER = """name,email,department,manager_email,aliases
李娜,lina@xinghe.cn,市场部,,李经理;Li Na
王芳,wangfang@xinghe.cn,市场部,lina@xinghe.cn,芳姐
张伟,zhangwei@xinghe.cn,技术部,,张经理
陈喆,chenzhe@xinghe.cn,技术部,zhangwei@xinghe.cn,Jerry
刘洋,liuyang@xinghe.cn,技术部,zhangwei@xinghe.cn,刘工
"""
OWNERS = ("王芳", "刘工", "Jerry", "技术部", "李经理")
DUES = ("10月12日前", "下周三", "3个工作日内", "尽快", "本月底", "10/28", "明天下午3点前", "待定")


def minutes_mail(styles: int = 2, day: int = 0, plain_part: bool = True, merged: bool = False) -> bytes:
    """An Outlook-like minutes mail of about 20 KB: text and HTML parts (or the HTML alone), a style sheet of
    `styles` rules, inline styles on every paragraph and cell, facts, decisions, an action table of eight rows
    (with `merged`, a header cell spanning two columns, so the HTML must be read for its merged cells)."""
    style = "<style><!--" + "".join(
        f"\np.MsoNormal{i}, li.MsoNormal{i}, div.MsoNormal{i} {{margin:0cm; font-size:10.5pt; "
        f"font-family:\"微软雅黑\",sans-serif; mso-fareast-language:ZH-CN;}}" for i in range(styles)) + "\n--></style>"
    span = "<span lang=ZH-CN style='font-size:10.5pt;font-family:\"微软雅黑\",sans-serif;color:#1F1F1F'>"
    cell = "<td width=120 valign=top style='border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"

    def para(text: str) -> str:
        return f"<p class=MsoNormal>{span}{text}</span><o:p></o:p></p>\n"

    def row(cells) -> str:
        return "<tr>" + "".join(f"{cell}<p class=MsoNormal>{span}{c}</span></p></td>" for c in cells) + "</tr>\n"

    lines = ["各位好：", "以下是今天项目周会的会议纪要，如有异议请于今日内回复。", "会议时间：2024年10月10日 14:00-15:30",
             "参会人员：李娜、王芳、张伟、陈喆、刘洋", "<b>一、会议结论</b>", "1. 上线日期定为10月18日，不再调整。",
             "2. 预算按Q4计划执行，超支部分另行审批。", "<b>二、待办事项</b>"]
    table = [("序号", "事项", "负责人", "截止时间", "状态")] + [
        (str(n), f"完成第{n}批渠道物料的设计与审核", OWNERS[n % 5], DUES[n % 8], "进行中") for n in range(1, 9)]
    tail = ["下次会议：10月17日（周四）14:00，3楼大会议室。", "谢谢！", "李娜", "星河电子 市场部 经理"]
    body = "".join(para(t) for t in lines) + "<table class=MsoTableGrid border=1>" + "".join(map(row, table)) + \
        "</table>" + "".join(para(t) for t in tail)
    html = f"<html><head><meta charset=utf-8>{style}</head><body lang=ZH-CN><div class=WordSection1>{body}</div></body></html>"
    plain = "\n".join(lines + ["\t".join(r) for r in table] + tail).replace("<b>", "").replace("</b>", "")
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"] = "李娜 <lina@xinghe.cn>", "王芳 <wangfang@xinghe.cn>, 张伟 <zhangwei@xinghe.cn>"
    msg["Cc"], msg["Subject"] = "纪要助手 <minutes@xinghe.cn>", "【会议纪要】项目周会"
    sent = datetime(2024, 9, 2, 16, 2, 37, tzinfo=timezone(timedelta(hours=8))) + timedelta(days=day)
    msg["Date"], msg["Message-ID"] = format_datetime(sent), f"<bench-{day}@xinghe.cn>"
    if merged:
        html = html.replace("<tr>", "<tr><td colspan=2 style='display:none'></td>", 1)
    if plain_part:
        msg.set_content(plain, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def rates(funcs, mails: list[bytes], seconds: float, burst: float = 0.25) -> list[float]:
    """Messages per second of each function, measured in alternating short bursts so that a busy machine (the
    noise here is +-30% from one second to the next) slows both sides alike."""
    counts, spent = [0] * len(funcs), [0.0] * len(funcs)
    while min(spent) < seconds:
        for index, func in enumerate(funcs):
            count, start = 0, time.perf_counter()
            while time.perf_counter() - start < burst:
                func(mails[(counts[index] + count) % len(mails)])
                count += 1
            counts[index] += count
            spent[index] += time.perf_counter() - start
    return [count / elapsed for count, elapsed in zip(counts, spent)]


SHAPES = (("text + HTML, cells not merged (the HTML adds nothing)", {}),
          ("text + HTML with merged cells (both read)", {"merged": True}),
          ("HTML only", {"plain_part": False}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    tz, roster, calendar = ZoneInfo("Asia/Shanghai"), Roster.from_csv_text(ROSTER), WorkdayCalendar()

    def parse(raw: bytes):
        return parse_message(raw, tz=tz, roster=roster, calendar=calendar, bot_address="minutes@xinghe.cn")

    for name, shape in SHAPES:
        mails = [minutes_mail(day=day, **shape) for day in range(60)]
        parsed = parse(mails[0])
        stdlib, ours = rates([lambda raw: email.message_from_bytes(raw, policy=email.policy.default), parse], mails,
                             args.seconds)
        print(f"{name}: {len(mails[0])} bytes, kind {parsed.kind}, {len(parsed.items)} items")
        print(f"  stdlib message_from_bytes: {stdlib:8.1f} msgs/s")
        print(f"  parse_message:             {ours:8.1f} msgs/s")
        print(f"  ratio:                     {ours / stdlib:8.2f}  (target >= 0.50)")


if __name__ == "__main__":
    main()
