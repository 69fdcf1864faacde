"""heldout64 cases, organisation C: 宝鸡钛源精工 (titanium bar and wire), customer Southern Reef (Australia)."""
import datetime as dt

from hl64_cases_a import T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, leaf, message, multi
from hl64_html import esc, ms_html, web_html, web_table

AEST = dt.timezone(dt.timedelta(hours=10))

# ------------------------------------------------------------------ 9216
HEAD16 = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
          "解决方案/进展", "下次沟通时间", "负责人"]
ROWS16 = [["EC2026-04-14", "2026-04-14", "Southern Reef Dental Implants/Olivia Brennan", "销售部/党经理", "客户",
           "客户要求TC4 ELI棒材直径公差由h9收紧至h8，希望5月底前交第一批",
           "①技术质量部贺工评估h8公差可行性（4月17日前）<br>②4月20日反馈客户评估结果", "2026-04-20", "党晓燕"]]
T9216 = """权部长、贺工：

今天和澳洲客户的电话沟通记录如下，请按表内时间反馈。

{{T0}}

党晓燕
销售部"""


def _plain16():
    rows = ["\t".join(HEAD16)] + ["\t".join(x.replace("<br>", " ") for x in r) for r in ROWS16]
    return T9216.replace("{{T0}}", "\n".join(rows))


@case(9216, "tiyuan-ec-followup-table-foxmail-gbk", "minutes",
      "Seed 外部沟通跟进表 (customer row) as a Foxmail GBK HTML table: ① names 技术质量部贺工 inline, ② names nobody so "
      "the row 负责人 owns it; the customer's wish '5月底前交第一批' is not ours; 下次沟通时间 -> follow-up",
      dt.datetime(2026, 4, 14, 15, 25, 36, tzinfo=T8),
      [It("heting", "评估h8公差可行性", ("date", "2026-04-17")),
       It("dangxy", "反馈客户评估结果", ("date", "2026-04-20"))],
      ("date", "2026-04-20"),
      "Sent Tue 2026-04-14 15:25 +0800. ① '技术质量部贺工' = 贺婷 (alias 贺工), '（4月17日前）' -> 2026-04-17. ② names "
      "nobody -> the row's 负责人 党晓燕; '4月20日反馈' -> 2026-04-20. '希望5月底前交第一批' is the customer's "
      "request in 核心需求/反馈, not a task. 下次沟通时间 2026-04-20, no time. Foxmail, GBK base64.")
def b9216(c):
    hs = envelope("foxmail", c, "C", "dangxy", ["quanpeng", "heting"], ["leizh", "kousy", "botC"],
                  "Southern Reef 外部沟通跟进表（EC2026-04-14）", cs="GBK", quote=True)
    html = web_html(T9216, [web_table(HEAD16, ROWS16)], font="宋体", cs="GBK")
    return message(hs, alt("foxmail", c, _plain16(), html, "GBK", "base64"))


# ------------------------------------------------------------------ 9217
T9217 = """Hi Sharon, Peter,

Thanks for the call yesterday. My notes and actions below - shout if I've missed anything.

Attendees: Olivia Brennan, Tom Whitaker (Southern Reef); Sharon Dang, Peter Quan, Simon Kou (Tiyuan)

Notes
- Heat TY26-0412: two bars showed UT indications at 40 mm depth. Tiyuan has quarantined the heat.
- Our forecast for H2 is 3.2 t, split over four deliveries.

Actions
Action: Sharon Dang - confirm the mill certificate format per ISO 5832-3 - by Monday 11 May
Action: Peter Quan - send the ultrasonic test reports for heat TY26-0412 - within 48 hours
Action: Olivia - place the blanket PO for Q3 - end of May
Action: Tom Whitaker - supplier audit plan for the Baoji site - TBC

Next call: Thursday 21 May, 4pm AEST / 2pm Beijing.

Kind regards,
Olivia

Olivia Brennan | Supply Chain Manager
Southern Reef Dental Implants Pty Ltd | Sydney NSW"""


@case(9217, "tiyuan-customer-english-action-lines-outlook-mac-aest", "minutes",
      "Customer-written English minutes from Outlook for Mac with a +1000 Date: 'Action: X - task - due' lines, "
      "'within 48 hours' counted from the Date header, the writer's own item, TBC; next call in AEST and Beijing time",
      dt.datetime(2026, 5, 7, 9, 30, 14, tzinfo=AEST),
      [It("dangxy", "confirm the mill certificate format per ISO 5832-3", ("date", "2026-05-11")),
       It("quanpeng", "send the ultrasonic test reports for heat TY26-0412", ("hours", 48)),
       It(("ext", "olivia"), "place the blanket PO for Q3", ("mend",)),
       It(("ext", "tom"), "supplier audit plan for the Baoji site", "vague")],
      ("date", "2026-05-21", "14:00"),
      "Date header Thu 2026-05-07 09:30 +1000 = 2026-05-07 07:30 Shanghai. 'Sharon Dang' = 党晓燕 (alias), "
      "'by Monday 11 May' -> 2026-05-11. 'Peter Quan' = 权鹏, 'within 48 hours' -> 2026-05-09 07:30 (from the "
      "send instant). 'Olivia' = the writer (From, outside the roster), 'end of May' -> 2026-05-31. Tom Whitaker "
      "(Cc, outside the roster) 'TBC' -> vague_due. 'Next call: Thursday 21 May, 4pm AEST / 2pm Beijing' -> "
      "2026-05-21 14:00 Shanghai time.")
def b9217(c):
    hs = envelope("outlook_mac", c, "C", "olivia", ["dangxy", "quanpeng"], ["tom", "kousy", "botC"],
                  "Call notes + actions - TY26-0412 and H2 forecast", date_tz=AEST)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,sans-serif;font-size:12pt">' +
            "".join(f"<div>{esc(x) or '<br>'}</div>" for x in T9217.split("\n")) + "</div></body></html>")
    return message(hs, alt("outlook_mac", c, T9217, html, "utf-8", "quoted-printable"))


# ------------------------------------------------------------------ 9218
H9218 = """<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:14px">
<tr><th rowspan="2">车间</th><th rowspan="2">序号</th><th rowspan="2">事项</th><th colspan="2">责任落实</th></tr>
<tr><th>责任人</th><th>完成时间</th></tr>
<tr><td rowspan="2">熔炼车间</td><td>1</td><td>完成设备点检记录补签</td><td rowspan="2">同主任</td><td>本周三</td></tr>
<tr><td>2</td><td>真空自耗炉2#电极更换</td><td>6月5日前</td></tr>
<tr><td rowspan="2">锻造车间</td><td>3</td><td>完成设备点检记录补签</td><td rowspan="2">惠主任</td><td>本周三</td></tr>
<tr><td>4</td><td>快锻机液压站漏油整改</td><td>端午节前</td></tr>
<tr><td>精整车间</td><td>5</td><td>砂轮库存盘点</td><td>樊主任</td><td>本周内</td></tr>
</table>"""
T9218 = """各车间：

今天早上生产调度会，雷总主持。上周6月份订单已排满，熔炼产能按3炉/天安排。会上布置事项如下：

{{T0}}

下周一早8:30调度会照常，地点不变。

权鹏
技术质量部"""
P9218 = """各车间：

今天早上生产调度会，雷总主持。上周6月份订单已排满，熔炼产能按3炉/天安排。会上布置事项如下：

熔炼车间 1 完成设备点检记录补签 同主任 本周三
熔炼车间 2 真空自耗炉2#电极更换 同主任 6月5日前
锻造车间 3 完成设备点检记录补签 惠主任 本周三
锻造车间 4 快锻机液压站漏油整改 惠主任 端午节前
精整车间 5 砂轮库存盘点 樊主任 本周内

下周一早8:30调度会照常，地点不变。

权鹏
技术质量部"""


@case(9218, "tiyuan-rowspan-same-task-twice-coremail", "minutes",
      "Coremail HTML table with a two-row header (colspan 责任落实) and rowspan-merged 车间/责任人 cells; the same "
      "task text '完成设备点检记录补签' for two owners; 本周三, 端午节前, 本周内; next meeting '下周一早8:30'",
      dt.datetime(2026, 6, 1, 10, 50, 4, tzinfo=T8),
      [It("tongjj", "完成设备点检记录补签", ("this", 2)),
       It("tongjj", "真空自耗炉2#电极更换", ("date", "2026-06-05")),
       It("huiwd", "完成设备点检记录补签", ("this", 2)),
       It("huiwd", "快锻机液压站漏油整改", ("before_hol", "2026-06-19")),
       It("fanning", "砂轮库存盘点", ("sunday",))],
      ("next", 0, "08:30"),
      "Sent Mon 2026-06-01 10:50 +0800. The 责任人 cells span two rows each: 同主任 = 同建军 owns #1 and #2, "
      "惠主任 = 惠卫东 owns #3 and #4. #1 and #3 have the same task text and are two items. '本周三' -> 2026-06-03. "
      "'6月5日前' -> 2026-06-05. '端午节前' -> Thu 2026-06-18. #5 樊主任 = 樊宁, '本周内' -> end of this calendar "
      "week, Sun 2026-06-07 (AMBIGUOUS: a business reader may expect Fri 06-05). '3炉/天' is a plan figure. "
      "'下周一早8:30调度会照常' -> 2026-06-08 08:30.")
def b9218(c):
    hs = envelope("coremail", c, "C", "quanpeng", ["tongjj", "huiwd", "fanning"], ["leizh", "botC"],
                  "6月1日生产调度会纪要")
    html = web_html(T9218, [H9218], font="宋体")
    return message(hs, alt("coremail", c, P9218, html, "UTF-8", "quoted-printable"))


# ------------------------------------------------------------------ 9219
T9219 = """各位，今天质量分析会的钉钉智能纪要如下，请查收。

【智能纪要】TC4 ELI 批次质量分析会
时间：2026-06-24 10:00-11:05
参与人：权鹏、贺婷、樊宁、寇思远、同建军

摘要
会议讨论了TY26-0601批次金相组织异常的原因，初步判断与锻造终锻温度偏低有关。同建军表示熔炼工序参数无异常。寇思远提到客户希望月底前拿到复检结论。

关键决策
1. TY26-0601批次暂停发货，待复检结论。
2. 终锻温度下限由900℃调整为920℃，即日起执行。

待办事项
☐ 贺婷：周五前完成TY26-0601批次金相复检
☐ 樊宁：7月1日前完成精整线砂轮更换
☐ 寇思远：跟进Southern Reef的样品反馈

发言摘要
权鹏 00:01：今天主要看0601这个批次，大家先说一下情况。
贺婷 03:25：金相照片我下周一前整理出来发群里。
同建军 12:40：熔炼这边参数我查过了，没有问题。

以上内容由钉钉AI生成，仅供参考"""


@case(9219, "tiyuan-dingtalk-ai-minutes-todo-only", "minutes",
      "DingTalk mail sharing a 钉钉 智能纪要: only 待办事项 are items; 关键决策 ('即日起执行'), a speaker's promise in "
      "发言摘要 ('下周一前整理') and the customer's wish in 摘要 are not; a 待办 without date",
      dt.datetime(2026, 6, 24, 14, 10, 27, tzinfo=T8),
      [It("heting", "完成TY26-0601批次金相复检", ("wd", 4)),
       It("fanning", "完成精整线砂轮更换", ("date", "2026-07-01")),
       It("kousy", "跟进Southern Reef的样品反馈", None)],
      None,
      "Sent Wed 2026-06-24 14:10 +0800 (after 端午). Only the 待办事项 list counts. '周五前' -> 2026-06-26. "
      "'7月1日前' -> 2026-07-01. 寇思远's 待办 has no deadline -> no_due. The 发言摘要 line '金相照片我下周一前整理出来' "
      "is a transcript, the 关键决策 are decisions, '客户希望月底前拿到复检结论' in 摘要 is the customer's wish. "
      "No next meeting.")
def b9219(c):
    hs = envelope("dingtalk", c, "C", "quanpeng", ["heting", "fanning", "kousy", "tongjj"], ["botC"],
                  "【智能纪要】TC4 ELI 批次质量分析会")
    return message(hs, alt("dingtalk", c, T9219, web_html(T9219, font="PingFang SC"), "UTF-8", "base64"))
