"""heldout64 cases, organisation C (continued)."""
import datetime as dt

from hl64_cases_a import T8, case
from hl64_clients import alt, bnd, envelope
from hl64_core import It, attach, leaf, message, multi, pdf_bytes
from hl64_html import esc, ms_html, web_html

# ------------------------------------------------------------------ 9220
T9220 = """党经理、车经理：

今天下午的沟通按内部沟通记录表整理如下：

沟通编号：NC2026-06-11
沟通日期：2026-06-11
发起部门/人：销售部/党经理
参与部门/人：财务部车经理、技术质量部、销售部寇思远
沟通主题：上半年出口订单交付与回款梳理
核心内容摘要：上半年出口订单共23单，已交付19单；Southern Reef预付款30%已到账一笔，另一笔待核对。
待办事项：
①销售部寇思远整理上半年出口订单交付台账，标注未交付4单的
预计发货日（截止：6月30日（周二）前）
②财务部车经理核对Southern Reef第二笔预付款到账情况（截
止：下周二（6月16日））
③技术质量部复核出口材质证明模板（截止：待定）
状态：进行中
备注：7月1日起出口单据统一用新模板。

寇思远"""


@case(9220, "tiyuan-nc-record-wrapped-nested-brackets-exmail", "minutes",
      "Exmail plain UTF-8 QP: seed 内部沟通记录表 as 字段：值 lines; ①②③ items hard-wrapped mid-word over two lines, "
      "deadlines in nested brackets '（截止：6月30日（周二）前）'; department-only item with 待定; 备注 date is a rule",
      dt.datetime(2026, 6, 11, 17, 20, 48, tzinfo=T8),
      [It("kousy", "整理上半年出口订单交付台账，标注未交付4单的预计发货日", ("date", "2026-06-30")),
       It("chelina", "核对Southern Reef第二笔预付款到账情况", ("next", 1)),
       It(None, "复核出口材质证明模板", "vague", dept="技术质量部")],
      None,
      "Sent Thu 2026-06-11 17:20 +0800. ① wraps after '未交付4单的'; owner 寇思远 (the writer), '6月30日（周二）前' "
      "-> 2026-06-30 (a Tuesday). ② wraps inside the word 截止; 车经理 = 车丽娜, '下周二（6月16日）' -> 2026-06-16 "
      "(both readings agree). ③ department only -> no_owner, department 技术质量部, '待定' -> vague_due. "
      "'7月1日起…新模板' in 备注 and the 核心内容摘要 figures are information. No next meeting.")
def b9220(c):
    hs = envelope("exmail", c, "C", "kousy", ["dangxy", "chelina"], ["quanpeng", "botC"],
                  "内部沟通记录 NC2026-06-11 上半年出口订单交付与回款")
    return message(hs, leaf("text/plain", T9220, "utf-8", "quoted-printable"))


# ------------------------------------------------------------------ 9221
T9221 = """几件事记一下，今天经营会定的：

1. 党经理 月底前把澳洲客户年度框架协议谈下来，价格底线按会上说的。
2. 同主任 熔炼炉真空泵维修给结论，换还是修，明天下班前。
3. 薛琳 两周内把第二家海绵钛供应商引进来，先做小批量验证。

上周客户审核已经通过了，大家辛苦。

雷振华"""


@case(9221, "tiyuan-boss-terse-apple-mail-night", "minutes",
      "Apple Mail plain text from the general manager at 21:40: terse 'name task when' lines with the deadline "
      "before or after the task (月底前, 明天下班前, 两周内); a done report is not an item",
      dt.datetime(2026, 7, 21, 21, 40, 16, tzinfo=T8),
      [It("dangxy", "把澳洲客户年度框架协议谈下来", ("mend",)),
       It("tongjj", "熔炼炉真空泵维修给结论（换还是修）", ("rel", 1)),
       It("xuelin", "把第二家海绵钛供应商引进来，先做小批量验证", ("days", 14))],
      None,
      "Sent Tue 2026-07-21 21:40 +0800. 党经理 = 党晓燕, '月底前' -> 2026-07-31. 同主任 = 同建军, '明天下班前' "
      "-> 2026-07-22, no time. 薛琳 '两周内' -> send date + 14 days = 2026-08-04. '上周客户审核已经通过了' "
      "reports a result. No next meeting.")
def b9221(c):
    hs = envelope("apple", c, "C", "leizh", ["dangxy", "tongjj", "xuelin"], ["botC"], "经营会几件事")
    return message(hs, leaf("text/plain", T9221, "utf-8", "base64"))


# ------------------------------------------------------------------ 9222
T9222 = """贺工：

麻烦周五前把TY26-0601的材质证明和UT报告发我一下，客户那边催了。

谢谢！
小寇"""


@case(9222, "tiyuan-personal-request-qq", "other",
      "QQ Mail one-to-one request '麻烦周五前把…发我' with the bot auto-completed into Cc: not minutes -> other",
      dt.datetime(2026, 7, 1, 9, 12, 55, tzinfo=T8),
      [], None,
      "A colleague asking another for documents by Friday; the bot is in Cc by address-book auto-complete. "
      "No meeting, no minutes -> kind other, no items.")
def b9222(c):
    hs = envelope("qq", c, "C", "kousy", ["heting"], ["botC"], "TY26-0601材质证明", cs="gb18030", quote=True)
    html = web_html(T9222, font="system-ui", cs="gb18030")
    return message(hs, alt("qq", c, T9222, html, "gb18030", "base64"))


# ------------------------------------------------------------------ 9223
PDF23 = [("h1", "Minutes - Quality Review Southern Reef / Tiyuan"),
         ("p", "Date: 15 July 2026, 14:00-15:30 (Beijing time), Teams"),
         ("p", "Participants: Olivia Brennan, Tom Whitaker (SRDI); Quan Peng, He Ting, Kou Siyuan (Tiyuan)"),
         ("h2", "1. NCR-2607 - surface pits on 6 mm bars, lot 7"),
         ("p", "Root cause: pickling time exceeded. Corrective action in place since 10 July."),
         ("h2", "2. Capability for diameter tolerance h8"),
         ("p", "Trial lot of 200 kg machined; 3 of 60 bars at the upper limit."),
         ("h2", "Actions"),
         ("row", "No. | Action                                          | Owner              | Due"),
         ("row", "1   | Provide capability study (Cpk) for diameter h8  | He Ting            | 24 Jul 2026"),
         ("row", "2   | Update packaging to double bag + desiccant      | Kou Siyuan         | 31 Jul 2026"),
         ("row", "3   | Share incoming inspection results for lot 7     | Tom Whitaker (SRDI)| 22 Jul 2026"),
         ("row", "4   | Close NCR-2607 with effectiveness check         | Quan Peng          | ASAP"),
         ("p", ""),
         ("p", "Next review: 5 August 2026, 14:00 Beijing time")]
T9223 = """Dear Olivia, Tom, all,

Attached are the minutes of today's quality review (PDF). Please check the action list and let me know if anything is missing.

Best regards
Tina He (贺婷)
Quality Engineer | Baoji Tiyuan Precision Titanium"""


@case(9223, "tiyuan-pdf-minutes-attachment-outlook-en", "minutes",
      "Outlook English mail whose minutes are a PDF attachment (reportlab, text extractable): actions table with "
      "owners in pinyin order (He Ting, Kou Siyuan, Quan Peng) and a customer owner; ASAP; next review date",
      dt.datetime(2026, 7, 15, 18, 10, 33, tzinfo=T8),
      [It("heting", "Provide capability study (Cpk) for diameter h8", ("date", "2026-07-24")),
       It("kousy", "Update packaging to double bag + desiccant", ("date", "2026-07-31")),
       It(("ext", "tom"), "Share incoming inspection results for lot 7", ("date", "2026-07-22")),
       It("quanpeng", "Close NCR-2607 with effectiveness check", "vague")],
      ("date", "2026-08-05", "14:00"),
      "Sent Wed 2026-07-15 18:10 +0800; the mail body only introduces the PDF. Owners: 'He Ting' = 贺婷, "
      "'Kou Siyuan' = 寇思远, 'Quan Peng' = 权鹏 (roster aliases); 'Tom Whitaker (SRDI)' is the customer's man in "
      "To. Dues 2026-07-24, 2026-07-31, 2026-07-22; 'ASAP' -> vague_due. 'since 10 July' is a fact. "
      "Next review 5 August 2026 14:00 Beijing time -> 2026-08-05 14:00.")
def b9223(c):
    hs = envelope("outlook_en", c, "C", "heting", ["olivia", "tom"], ["quanpeng", "kousy", "botC"],
                  "Minutes - Quality Review 15 Jul 2026 (NCR-2607, h8 capability)")
    body = alt("outlook", c, T9223, ms_html(T9223, "utf-8", lang="EN-US"), "utf-8", "quoted-printable", n=1)
    att = attach(pdf_bytes(PDF23, "Quality Review 2026-07-15"), "application/pdf",
                 "Minutes_QualityReview_SRDI_20260715.pdf")
    return message(hs, multi("mixed", [body, att], bnd("outlook", c, 0)))


# ------------------------------------------------------------------ 9233
T9233 = """各位：

本周销售周会纪要如下。

事项一：7月回款催收
负责人：党晓燕
截止时间：8月14日（周五）
状态：进行中

事项二：澳洲客户年度框架协议签署
负责人：党经理
截止时间：7月31日
状态：已完成

事项三：宝鸡钛博会参展物料准备
负责人：小寇
截止时间：8月下旬
状态：未开始

事项四：质保金退还对账
负责人：车会计
截止时间：3个工作日内
状态：未开始

党晓燕 | 销售部
宝鸡钛源精工有限公司"""


@case(9233, "tiyuan-shixiang-blocks-exmail-gb18030", "minutes",
      "Tencent Exmail gb18030 minutes in 事项/负责人/截止时间/状态 blocks: 已完成 block excluded, aliases 小寇/车会计, "
      "'8月下旬' vague, 3个工作日内 from a Monday",
      dt.datetime(2026, 8, 10, 12, 5, 39, tzinfo=T8),
      [It("dangxy", "7月回款催收", ("date", "2026-08-14")),
       It("kousy", "宝鸡钛博会参展物料准备", "vague"),
       It("chelina", "质保金退还对账", ("work", 3))],
      None,
      "Sent Mon 2026-08-10 12:05 +0800. 事项一 -> 党晓燕 2026-08-14 (a Friday, matches). 事项二 状态 已完成 -> "
      "not an item. 事项三 小寇 = 寇思远, '8月下旬' is a period, not a date -> vague_due (AMBIGUOUS: a reader may "
      "take the end of the period, 08-31). 事项四 车会计 = 车丽娜, '3个工作日内' -> Tue 08-11, Wed 08-12, "
      "Thu 08-13 -> 2026-08-13. No next meeting.")
def b9233(c):
    hs = envelope("exmail", c, "C", "dangxy", ["kousy", "chelina"], ["leizh", "botC"], "销售周会纪要（8月10日）",
                  cs="gb18030", quote=True)
    html = web_html(T9233, font="微软雅黑", cs="gb18030")
    return message(hs, alt("exmail", c, T9233, html, "gb18030", "base64"))


# ------------------------------------------------------------------ 9238
T9238 = """各位：

技术质量部8月例会纪要（主要是中秋、国庆前后的安排）：

1. 贺工：中秋节前完成年度内审，问题清单同步发我。
2. 同主任：9月20日（周日，调休上班）前完成熔炼炉大修，大修期间熔炼停产。
3. 樊主任：国庆节后第一个工作日恢复精整线双班。
4. 年度管理评审报告由我本人负责，月底前出初稿。

下次会议：9月7日（周一）上午9点。

权鹏
技术质量部"""


@case(9238, "tiyuan-midautumn-national-day-outlook-gb2312-qp", "minutes",
      "Outlook gb2312 QP minutes sent in August about September/October: 中秋节前 (09-25 holiday), a due on the "
      "09-20 make-up Sunday, 国庆节后第一个工作日, an item owned by the writer ('由我本人负责')",
      dt.datetime(2026, 8, 24, 16, 30, 21, tzinfo=T8),
      [It("heting", "完成年度内审，问题清单同步", ("before_hol", "2026-09-25")),
       It("tongjj", "完成熔炼炉大修", ("date", "2026-09-20")),
       It("fanning", "恢复精整线双班", ("after_hol", "2026-10-01")),
       It("quanpeng", "年度管理评审报告出初稿", ("mend",))],
      ("date", "2026-09-07", "09:00"),
      "Sent Mon 2026-08-24 16:30 +0800. 贺工 = 贺婷, '中秋节前' -> Mid-Autumn holiday Fri 09-25..Sun 09-27, last "
      "working day before = Thu 2026-09-24. 同主任 = 同建军, '9月20日（周日，调休上班）前' -> 2026-09-20 (a make-up "
      "working Sunday). 樊主任 = 樊宁, '国庆节后第一个工作日' -> National Day 10-01..10-07 -> Thu 2026-10-08. "
      "'由我本人负责' -> the writer 权鹏, '月底前' -> 2026-08-31. 下次会议 9月7日（周一）上午9点 -> 2026-09-07 09:00.")
def b9238(c):
    hs = envelope("outlook", c, "C", "quanpeng", ["heting", "tongjj", "fanning"], ["leizh", "botC"],
                  "技术质量部8月例会纪要", cs="gb2312")
    return message(hs, alt("outlook", c, T9238, ms_html(T9238, "gb2312"), "gb2312", "quoted-printable"))
