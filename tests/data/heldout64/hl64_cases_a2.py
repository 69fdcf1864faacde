"""heldout64 cases, organisation A (continued)."""
import datetime as dt

from hl64_cases_a import ART, T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, leaf, message, multi
from hl64_html import esc, gm_html, ms_html, ms_table, web_html

# ------------------------------------------------------------------ 9206
T9206 = """各位，SD-24装配线节拍评审的飞书智能纪要如下，待办我已经核对过，请大家认领。

智能纪要：SD-24 装配线节拍评审 2026年7月6日
会议时间：2026年7月6日 09:30-10:45
参会人：于海波、曲文静、宋志刚、韩冬、郭立新

总结
本次会议围绕SD-24播种机装配线节拍展开。郭立新提出排种器工位是瓶颈，需要在月底前完成工位拆分方案；于海波认为应先做时间研究再定。会议决定先做一周时间研究，再确定是否拆分工位。

章节
00:02 装配线现状：于海波介绍目前节拍为42分钟/台，目标35分钟/台。
18:40 排种器工位瓶颈：宋志刚提到限深轮支架需要改型；韩冬补充富裕县经销商反馈的退货问题。
41:15 下一步计划：时间研究由生产部牵头，工程部配合。

待办
□ 于海波：7月10日前完成装配线各工位时间研究
□ 宋志刚：本周五提交限深轮支架改型图纸
□ 韩冬：跟进富裕县经销商的退货申请

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用

曲文静 | 生产部计划员"""


@case(9206, "tandil-feishu-ai-minutes-todo-only", "minutes",
      "Feishu/Lark mail sharing a 飞书妙记 智能纪要: only the 待办 list is items; a deadline in the AI 总结 "
      "('月底前完成工位拆分方案') and the 章节 timestamps are not; a 待办 without date",
      dt.datetime(2026, 7, 6, 11, 20, 31, tzinfo=T8),
      [It("haibo", "完成装配线各工位时间研究", ("date", "2026-07-10")),
       It("zhigang", "提交限深轮支架改型图纸", ("this", 4)),
       It("handong", "跟进富裕县经销商的退货申请", None)],
      None,
      "Sent Mon 2026-07-06 11:20 +0800. AI-generated minutes: only 待办 counts. '7月10日前' -> 2026-07-10. "
      "'本周五' -> 2026-07-10. 韩冬's 待办 has no deadline -> no_due. The 总结 sentence '需要在月底前完成工位拆分方案' "
      "is a proposal the meeting did not adopt (决定先做时间研究), and the 章节 lines ('00:02', '42分钟/台') are "
      "timestamps and facts. No next meeting.")
def b9206(c):
    hs = envelope("feishu", c, "A", "wenjing", ["haibo", "zhigang", "handong", "lixin"], ["botA"],
                  "分享智能纪要：SD-24 装配线节拍评审")
    return message(hs, alt("feishu", c, T9206, web_html(T9206, font="PingFang SC"), "utf-8", "base64"))


# ------------------------------------------------------------------ 9207
T9207 = """Nancy, Haibo,

Can we move Thursday's quality review to Friday at 3pm? The bank visit got moved to Thursday morning and I
want to be in the review.

If Friday doesn't work for you, Monday 10:00 is my fallback. Please reply by tomorrow so Wendy can re-book the room.

Thanks,
Martín
""" + """--
Martín Etchegaray | General Manager
Tandil Agro Implements (Qiqihar) Co., Ltd."""


@case(9207, "tandil-reschedule-chat-m365", "other",
      "M365 English reschedule request with the bot in Cc out of habit: weekdays, times and 'reply by tomorrow' "
      "but no minutes -> other",
      dt.datetime(2026, 7, 14, 16, 5, 50, tzinfo=T8),
      [], None,
      "A person asking to move a meeting (Thursday -> Friday 3pm, fallback Monday 10:00) and asking for a reply "
      "by tomorrow. Not minutes and not a reply to a recap -> kind other, no items, no follow-up.")
def b9207(c):
    hs = envelope("m365", c, "A", "martin", ["nancy", "haibo"], ["wenjing", "botA"],
                  "Thursday quality review -> Friday 3pm?")
    return message(hs, alt("m365", c, T9207, ms_html(T9207, lang="EN-US"), "utf-8", "quoted-printable"))


# ------------------------------------------------------------------ 9208
T9208 = """Hola, gracias por tu mensaje.

Estoy de vacaciones hasta el lunes 24 de agosto, con acceso limitado al correo. Para temas urgentes de
producto escribí a Diego Bustos (diego.bustos@tandil-maq.example.com.ar).

Hi, thanks for your message. I am on holiday until Monday, August 24 with limited access to email.
For urgent product topics please contact Diego Bustos.

Lucía Ferreyra
Product Owner - Seeders | Tandil Maquinarias S.A."""


@case(9208, "tandil-gmail-vacation-auto-submitted", "auto",
      "Gmail vacation responder in Spanish and English to a bot recap, Auto-Submitted: auto-replied, "
      "Date in -0300; dates and a name in the body -> auto",
      dt.datetime(2026, 8, 10, 22, 14, 6, tzinfo=ART),
      [], None,
      "Vacation auto-reply (Auto-Submitted: auto-replied, sent to the bot's signed reply address). The dates "
      "('hasta el lunes 24 de agosto') are not items -> kind auto.")
def b9208(c):
    hs = envelope("gmail", c, "A", "lucia", [], [], "Vacaciones / Out of office",
                  irt="<r.20260810.9c1e2a@tandil-qqhr.example.cn>",
                  extra=["Auto-Submitted: auto-replied"])
    hs = [x if not x.startswith("To: ") else "To: minutes+r7c2e91b4a0d@tandil-qqhr.example.cn" for x in hs]
    return message(hs, alt("gmail", c, T9208, gm_html(T9208), "UTF-8", "quoted-printable"))


# ------------------------------------------------------------------ 9231
HEAD31 = ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
          "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"]
ROWS31 = [
    ["1", "播种机出口包装改进", "生产部", "工程部", "曲文静", "宋志刚", "2026-04-20", "2026-05-09", "-",
     "进行中（已完成70%）", "木箱供应商产能紧，已预订两批"],
    ["2", "海关AEO认证资料整理", "财务部", "采购部", "刘佳琪", "张蕊", "2026-04-01", "2026-04-30", "2026-04-29",
     "已完成", "无"],
    ["3", "新供应商鹤城锻造首件鉴定", "采购部", "质量部", "张蕊", "白雪峰", "2026-04-25", "2026-05-15", "-",
     "延期（原定5月8日）", "首件磁粉探伤不合格，已要求重做"],
    ["4", "售后配件目录英文版", "销售服务部", "总部产品组", "韩冬", "Lucia", "2026-05-06", "待定", "-",
     "未开始", "等总部确认配件编号规则"],
]
T9231 = """各位好：

本周跨部门协作事项跟踪表更新如下，请各责任人核对。

{{T0}}

说明：5月9日（周六）正常上班，包装改进按原计划收尾。
下次碰头：5月15日（周五）下午2点，二楼小会议室。

曲文静
生产部"""


def _plain31():
    lines = ["\t".join(HEAD31)] + ["\t".join(r) for r in ROWS31]
    return T9231.replace("{{T0}}", "\n".join(lines))


@case(9231, "tandil-collab-tracking-table-outlook-gb2312", "minutes",
      "Seed 跨部门协作事项跟踪表 as an Outlook gb2312 Word table with 发起方/协作方 责任人 columns: 已完成 row "
      "excluded, 延期 row with new date, 待定 -> vague, due on the 05-09 make-up Saturday; 下次碰头 sentence",
      dt.datetime(2026, 5, 8, 17, 45, 20, tzinfo=T8),
      [It("wenjing", "播种机出口包装改进", ("date", "2026-05-09")),
       It("ruby", "新供应商鹤城锻造首件鉴定", ("date", "2026-05-15")),
       It("handong", "售后配件目录英文版", "vague")],
      ("date", "2026-05-15", "14:00"),
      "Sent Fri 2026-05-08 17:45 +0800. Seed tracking table; the owner is 责任人（发起方）, the 协作方 person helps. "
      "Row 1 进行中 -> 曲文静, 计划完成时间 2026-05-09 (Saturday, a Labour Day make-up working day). Row 2 已完成 "
      "with 实际完成时间 -> status, not an item. Row 3 延期（原定5月8日）: the planned date column is the current "
      "one -> 张蕊 2026-05-15. Row 4 计划完成时间 待定 -> 韩冬, vague_due (协作方 'Lucia' is head office). "
      "下次碰头 5月15日（周五）下午2点 -> 2026-05-15 14:00.")
def b9231(c):
    hs = envelope("outlook", c, "A", "wenjing", ["haibo", "zhigang", "kiki", "ruby", "xuefeng", "handong"],
                  ["martin", "botA"], "跨部门协作事项跟踪表（第19周）", cs="gb2312")
    html = ms_html(T9231, "gb2312", [ms_table(HEAD31, ROWS31)])
    return message(hs, alt("outlook", c, _plain31(), html, "gb2312", "base64"))


# ------------------------------------------------------------------ 9234
T9234 = """Hi all,

Notes from yesterday's mid-year plan review. Sorry for the delay.

Done since last review
- Dealer price list signed off (Jul 20).
- Daqing fair booth booked, stand design approved.

Actions
- Haibo Yu (plant manager): ramp line 2 to 14 units/day by August 14.
- Product owner Lucía: freeze the 2027 spec list by end of August.
- Ruby, as purchasing lead: qualify a second source for the hub bearings within two weeks.
- Engineering: finish the FEA on the 9 m toolbar.

Next check-in: Aug 5, 8:30 am Qiqihar / Aug 4, 9:30 pm Tandil.

Martín

Sent from my MacBook"""


@case(9234, "tandil-role-titled-owners-apple-mail", "minutes",
      "Apple Mail English plain QP: owners written with roles ('Haibo Yu (plant manager)', 'Product owner Lucía', "
      "'Ruby, as purchasing lead'), 'Done since last review' section, department-only 'Engineering', "
      "'within two weeks'; next check-in in two time zones",
      dt.datetime(2026, 7, 29, 7, 50, 42, tzinfo=T8),
      [It("haibo", "ramp line 2 to 14 units/day", ("date", "2026-08-14")),
       It(("ext", "lucia"), "freeze the 2027 spec list", ("date", "2026-08-31")),
       It("ruby", "qualify a second source for the hub bearings", ("days", 14)),
       It(None, "finish the FEA on the 9 m toolbar", None, dept="工程部")],
      ("date", "2026-08-05", "08:30"),
      "Sent Wed 2026-07-29 07:50 +0800. 'by August 14' -> 2026-08-14. 'Product owner Lucía' -> Lucía Ferreyra "
      "(Cc, outside the roster), 'by end of August' -> 2026-08-31 (the send month is July, the text names "
      "August). 'within two weeks' -> send date + 14 days = 2026-08-12. 'Engineering' names a department, no "
      "person, no date -> owner null, [no_owner, no_due]; department 工程部 (AMBIGUOUS: the English name of our "
      "工程部; a strict reader may leave department null). 'Done since last review' lines are status. "
      "Next check-in Aug 5 8:30 am Qiqihar -> 2026-08-05 08:30.")
def b9234(c):
    hs = envelope("apple", c, "A", "martin", ["haibo", "ruby", "lixin"], ["lucia", "botA"], "Mid-year plan review - notes")
    return message(hs, leaf("text/plain", T9234, "utf-8", "quoted-printable"))


# ------------------------------------------------------------------ 9237
T9237 = """姜经理：

价格可以接受。请下周一前发正式报价单（盖章版），交期请按每月两批安排，每批不少于200件。

另外上次的首件鉴定报告，我们质量部白工这两天会给您回复。

张蕊
采购部 | 坦迪尔农机（齐齐哈尔）有限公司

-----邮件原件-----
发件人: 姜涛 <jiangtao@hecheng-forge.example.cn>
发送时间: 2026年7月22日 16:31
收件人: 张蕊 <zhangrui@tandil-qqhr.example.cn>
主题: 关于轮毂锻件2026下半年报价

张主管您好：

附上轮毂锻件下半年报价：42CrMo 锻件 每件186元（含税），8月1日起执行。
如有问题请随时联系。

姜涛
鹤城锻造 销售部"""


@case(9237, "tandil-supplier-quote-reply-outlook", "other",
      "Outlook gb2312 'RE:' in a supplier price thread (not minutes, not a recap reply) with the bot in Cc: "
      "'下周一前发正式报价单' is a request to the supplier -> other",
      dt.datetime(2026, 7, 23, 10, 12, 37, tzinfo=T8),
      [], None,
      "A buyer's reply to a supplier's quotation, the bot copied by mistake. It asks for a stamped quote by next "
      "Monday, but it is correspondence, not minutes -> kind other, no items.")
def b9237(c):
    hs = envelope("outlook", c, "A", "ruby", ["jiangtao"], ["xuefeng", "botA"], "RE: 关于轮毂锻件2026下半年报价",
                  cs="gb2312", irt="<20260722163102.1188@hecheng-forge.example.cn>",
                  refs=["<20260722163102.1188@hecheng-forge.example.cn>"])
    return message(hs, alt("outlook", c, T9237, ms_html(T9237, "gb2312"), "gb2312", "quoted-printable"))
