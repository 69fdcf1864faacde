"""heldout69 cases of 安平县联丝网业有限公司 and its Saudi customer: 9717-9725 and 9737."""
import datetime as dt
import io

from h69_clients import apple, exmail, foxmail, gmail, outlook, outlook_body, thunderbird
from h69_common import BOTS, FU, Case, I, P, T
from h69_mime import (attach, fixed_zip, flowed, html_doc, hx, leaf, lines_html, message, multi, rdate, table_html,
                      table_text, esc)

BOT = BOTS["msh"]
SA = "hadba-fencing.example.sa"
FAISAL = ("Faisal Al-Otaibi", f"faisal.otaibi@{SA}")
HARBI = ("Mohammed Al-Harbi", f"m.harbi@{SA}")


def _en_html(text):
    out = []
    for ln in text.split("\n"):
        out.append(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>")
    return "\n".join(out)


def c9717():
    t = T(2026, 5, 10, 13, 20, 4, off=3)
    text = """Dear Cathy, Tony,

Thank you for the call today. As agreed, please find the minutes below. I am copying your minutes mailbox as you asked.

Attendees: Faisal Al-Otaibi, Mohammed Al-Harbi (Al-Hadba); Cathy Hao, Tony Tian (Anping Lianse Mesh)

1. Order HF-2605: 2 x 40HQ of PVC-coated chain-link fence, 2.4m x 25m rolls.
   Decision: coating colour RAL 6005 (moss green) confirmed.
2. Galvanizing: zinc coating min. 60 g/m2 before PVC coating, as per our spec rev. C.

Action items
- Cathy to send the revised PI with the new Incoterm (CFR Dammam) by Thursday.
- Tony to share the salt spray test report (1000h) by May 14.
- Mohammed to open the LC once the revised PI is received.
- Anping team to confirm the production slot for the second container ASAP.

Next call: Wednesday 20 May, 11:00 Riyadh time / 16:00 Beijing time.

Best regards,
Faisal Al-Otaibi
Procurement Manager | Al-Hadba Fencing & Contracting Co.
Riyadh, KSA | Office hours Sun-Thu 8:00-17:00 (GMT+3)
"""
    eml, mid = gmail(FAISAL, [P("haojing"), P("tianyu")], [HARBI, P("jiazhiqiang"), BOT],
                     "Minutes - call 10 May - Order HF-2605", t, text, _en_html(text), "9717", BOT)
    items = [
        I("haojing", "send the revised PI with the new Incoterm (CFR Dammam)", "2026-05-14", ("wd", 3)),
        I("tianyu", "share the salt spray test report (1000h)", "2026-05-14", ("md", 5, 14)),
        I(HARBI, "open the LC once the revised PI is received"),
        I(None, "confirm the production slot for the second container", vague=True),
    ]
    notes = ("English minutes from the Saudi customer (Google Workspace Gmail, UTF-8 QP). Date Sun 2026-05-10 13:20 +0300 = "
             "18:20 Sunday in Shanghai (Sunday is a working day in Riyadh, not in China; dates are still resolved in "
             "Asia/Shanghai). 'Cathy to … by Thursday' -> 郝婧 (alias Cathy), Thu 2026-05-14; 'Tony to … by May 14' -> 田宇; "
             "Mohammed (Cc display name Mohammed Al-Harbi, outside the roster) has a condition, no date -> no_due; 'Anping "
             "team … ASAP' -> no_owner + vague_due. 'Next call: Wednesday 20 May, 11:00 Riyadh time / 16:00 Beijing time' -> "
             "2026-05-20 16:00 (Beijing). RAL/60 g/m2 are decisions; office hours in the signature are noise.")
    return Case(9717, "msh-saudi-customer-english-gmail", "minutes", eml, items,
                FU("2026-05-20", "16:00", ("tz", "2026-05-20 11:00", 3)), notes,
                "Saudi customer's English minutes (Gmail, +0300 Sunday): 'X to … by Thursday' with English aliases, external owner without date, 'team … ASAP', next call in two time zones"), mid


def c9718():
    t = T(2026, 5, 19, 17, 45, 30)
    text = """生产调度会纪要（5月19日）

参加：耿卫东、孟晓飞、封立新、尹浩然、段金锁

一、上周完成情况
焊网车间完成产量312吨，达成率104%；沙特订单第一柜已于5月16日装柜。

二、本周安排
1. 生产部（耿厂长）：沙特HF-2605第二柜排产，5月25日前完成拉丝、编织工序；
2. 储运部（段师傅）：联系天津港订舱，5月22日（周五）前确认船期；
3. 质检部（封工）：①浸塑层厚度抽检方案5月21日前定稿；②本周五前送检盐雾试验样品；
4. 技术部（尹工）：研究浸塑线烘道温度不稳问题，拿出改进方案，时间待定。

三、其他
本周六加班，食堂正常供餐。

下次调度会：下周二下午2点。

生产部 孟晓飞
"""
    eml, mid = foxmail(P("mengxiaofei"), [P("gengweidong"), P("fenglixin"), P("yinhaoran"), P("duanjinsuo")],
                       [P("jiazhiqiang"), BOT], "生产调度会纪要（5月19日）", t, text, "9718", BOT, cs="GBK")
    items = [
        I("gengweidong", "沙特HF-2605第二柜排产", "2026-05-25", ("md", 5, 25)),
        I("duanjinsuo", "联系天津港订舱", "2026-05-22", ("md", 5, 22)),
        I("fenglixin", "浸塑层厚度抽检方案", "2026-05-21", ("md", 5, 21)),
        I("fenglixin", "送检盐雾试验样品", "2026-05-22", ("this", 4)),
        I("yinhaoran", "研究浸塑线烘道温度不稳问题", vague=True),
    ]
    notes = ("Foxmail GBK 生产调度会. Sent Tue 2026-05-19 17:45 +0800. Owners are titles in brackets after the department "
             "(耿厂长, 段师傅, 封工, 尹工). 封工 has ①② sub-tasks -> two items (5月21日前; 本周五前 -> 2026-05-22). "
             "'5月22日（周五）前' -> 2026-05-22. 时间待定 -> vague_due. 上周完成情况 (312吨, 5月16日装柜) is a report. "
             "'本周六加班' is a notice. '下次调度会：下周二下午2点' -> 2026-05-26 14:00.")
    return Case(9718, "msh-dispatch-meeting-subtasks-foxmail", "minutes", eml, items, FU("2026-05-26", "14:00", ("next", 1)), notes,
                "Foxmail GBK 调度会: dept（title） owners, ①② sub-tasks -> two items, report of last week excluded, 时间待定, 下周二下午2点")


def c9719():
    t = T(2026, 6, 3, 19, 30, 42)
    text = """各位，今天下午沙特项目周会的腾讯会议智能纪要，贴在下面，待办请各位认领跟进。

【腾讯会议 · 智能纪要】
会议主题：沙特项目第二柜进度周会
会议时间：2026/06/03 15:00-15:45
参会人：郝婧、田宇、耿卫东、段金锁

会议摘要
本次会议主要讨论了沙特Al-Hadba项目第二柜的生产、包装和订舱安排。郝婧提到客户希望6月底前到港，段金锁表示天津港6月12日船期舱位紧张，耿卫东确认第二柜网卷已全部下线。

章节小结
1. 生产进度（00:00-12:30）：第二柜网卷已下线，正在包装。
2. 订舱与船期（12:30-30:10）：6月12日船期舱位紧张，备选6月19日。
3. 单据（30:10-45:00）：原产地证需要更新。

待办事项
□ 郝婧：与Al-Hadba确认第二柜唛头及托盘要求（6月5日前）
□ 段金锁：跟进天津港6月12日船期的订舱确认
□ 田宇：更新装箱单和原产地证申请资料（下周一前）
□ 耿卫东：安排第二柜6月10日前完成包装

本纪要由腾讯会议AI助手生成，仅供参考。

田宇
"""
    eml, mid = exmail(P("tianyu"), [P("haojing"), P("gengweidong"), P("duanjinsuo")], [BOT],
                      "腾讯会议智能纪要｜沙特项目第二柜进度周会", t, text, "9719", BOT, cs="gb18030", wecom=True)
    items = [
        I("haojing", "与Al-Hadba确认第二柜唛头及托盘要求", "2026-06-05", ("md", 6, 5)),
        I("duanjinsuo", "跟进天津港6月12日船期的订舱确认"),
        I("tianyu", "更新装箱单和原产地证申请资料", "2026-06-08", ("next", 0)),
        I("gengweidong", "安排第二柜6月10日前完成包装", "2026-06-10", ("md", 6, 10)),
    ]
    notes = ("腾讯会议 AI 智能纪要 pasted by a person into WeCom/Exmail mail (gb18030 base64). Sent Wed 2026-06-03 19:30 +0800. "
             "Only 待办事项 (□ lines) are items; 会议摘要/章节小结 dates (6月底前到港, 6月19日 alternative) are not. "
             "6月5日前 -> 2026-06-05; 下周一前 -> 2026-06-08; '6月10日前完成包装' -> 2026-06-10. AMBIGUOUS: 段金锁's line "
             "names the 6月12日 sailing, not a deadline for his task -> no_due (a reader could take 06-12).")
    return Case(9719, "msh-tencent-meeting-ai-minutes-wecom", "minutes", eml, items, None, notes,
                "腾讯会议 AI 纪要 in WeCom mail: only 待办事项 □ lines; summary dates ignored; a sailing date inside a task is not a due (AMBIGUOUS)")


def _docx_9720():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = "封立新"
    cp.last_modified_by = "封立新"
    cp.created = cp.modified = dt.datetime(2026, 6, 8, 16, 30, 0)
    cp.revision = 2
    cp.title = "质量专题会内部沟通记录表"
    h = d.add_paragraph()
    r = h.add_run("内部沟通记录表")
    r.bold = True
    r.font.size = Pt(16)
    rows = [("沟通编号", "NC2026-06-08"), ("沟通日期", "2026-06-08"), ("发起部门/负责人", "质检部/封立新"),
            ("参与部门", "生产部、技术部、外贸部"), ("沟通主题", "客户投诉：HF-2605第一柜部分网片焊点脱焊"),
            ("沟通内容", "客户反馈第一柜约3%网片焊点脱焊。现场复核：焊接电流偏低、焊机电极磨损；在库同批次网片需全检。"),
            ("结论/待办", "①生产部6月12日前完成在库网片焊点全检（耿厂长）\n②技术部端午节前调整焊接电流参数并出验证报告（尹工）\n"
                       "③外贸部节后第一个工作日向客户提交8D报告（郝经理）"),
            ("进度", "进行中"), ("备注", "需补充焊机维保记录")]
    tb = d.add_table(rows=len(rows), cols=2)
    tb.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        tb.cell(i, 0).text = a
        tb.cell(i, 1).text = b
    d.add_paragraph("记录人：封立新")
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def c9720():
    t = T(2026, 6, 8, 17, 20, 33)
    text = """各位：

附件是今天下午质量专题会的纪要（内部沟通记录表），请查收并按表内时限落实。

封立新
质检部
"""
    att = attach("质量专题会纪要NC2026-06-08.docx", _docx_9720(),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    node = outlook_body(text, lines_html(text, "p"), "gb2312", "9720", atts=[att])
    eml, mid = outlook(P("fenglixin"), [P("gengweidong"), P("yinhaoran"), P("haojing")], [P("jiazhiqiang"), BOT],
                       "质量专题会纪要（焊点脱焊）", t, node, "9720", BOT, cs="gb2312")
    items = [
        I("gengweidong", "完成在库网片焊点全检", "2026-06-12", ("md", 6, 12)),
        I("yinhaoran", "调整焊接电流参数并出验证报告", "2026-06-18", ("before_hol", "2026-06-19")),
        I("haojing", "向客户提交8D报告", "2026-06-22", ("after_hol", "2026-06-19")),
    ]
    notes = ("Outlook gb2312 mail whose body only says 'see attachment'; the minutes are a .docx (python-docx, fixed "
             "timestamps) holding the seed 内部沟通记录表 with ①②③ in the 结论/待办 cell, owners as （耿厂长）（尹工）（郝经理）. "
             "Sent Mon 2026-06-08 17:20 +0800. 6月12日前 -> 2026-06-12; 端午节前 (端午 06-19..21) -> 2026-06-18; "
             "节后第一个工作日 -> 2026-06-22. '约3%' is a finding.")
    return Case(9720, "msh-docx-internal-record-outlook", "minutes", eml, items, None, notes,
                "Outlook gb2312 + .docx attachment carrying the seed 内部沟通记录表: ①②③ with (title) owners; 端午节前 / 节后第一个工作日")


def c9721():
    t = T(2026, 5, 11, 9, 2, 17)
    host = "mx.anping-lsmesh.example.cn"
    b = f"B7C21A4F0E.{int(t.timestamp())}/{host}"
    orig_mid = f"<r.20260511.{hx('9721r', 10)}@anping-lsmesh.example.cn>"
    notice = f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.harby@{SA}>: host mx1.{SA}[203.0.113.45] said: 550
    5.1.1 <m.harby@{SA}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: B7C21A4F0E
X-Postfix-Sender: rfc822; minutes@anping-lsmesh.example.cn
Arrival-Date: Mon, 11 May 2026 09:02:11 +0800 (CST)

Final-Recipient: rfc822; m.harby@{SA}
Original-Recipient: rfc822;m.harby@{SA}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.{SA}
Diagnostic-Code: smtp; 550 5.1.1 <m.harby@{SA}>: Recipient address rejected:
    User unknown
"""
    from h69_mime import ew
    orig = f"""Return-Path: <minutes@anping-lsmesh.example.cn>
From: {ew("纪要助手")} <minutes@anping-lsmesh.example.cn>
To: Mohammed Al-Harbi <m.harby@{SA}>
Subject: {ew("【纪要确认】Minutes - call 10 May - Order HF-2605")}
Date: Mon, 11 May 2026 09:02:10 +0800
Message-ID: {orig_mid}
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==rb{hx('9721b', 12)}=="
"""
    parts = [leaf("text/plain", notice, "us-ascii", "7bit", headers=[("Content-Description", "Notification")]),
             {"head": [("Content-Type", "message/delivery-status"), ("Content-Description", "Delivery report")],
              "body": status.encode()},
             {"head": [("Content-Type", "text/rfc822-headers"), ("Content-Description", "Undelivered Message Headers")],
              "body": orig.encode()}]
    parts[0]["head"][0] = ("Content-Type", "text/plain; charset=us-ascii")
    node = multi("report", parts, b, "This is a MIME-encapsulated message.", params="")
    node["head"][0] = ("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"')
    hdr = [("Return-Path", "<>"), ("Delivered-To", BOT[1]), ("Received", f"by {host} (Postfix)\n\tid 3E9D54A1C2; {rdate(t)} (CST)"),
           ("Date", rdate(t) + " (CST)"), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOT[1]), ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0")]
    eml = message(hdr, node, [("Content-Transfer-Encoding", "7bit"), ("Message-Id", f"<20260511010217.3E9D54A1C2@{host}>")])
    notes = ("Postfix DSN (multipart/report, From MAILER-DAEMON, Return-Path <>, Auto-Submitted: auto-replied) for the bot's "
             "recap of 9717 sent to a mistyped customer address (m.harby). The returned headers carry the minutes subject -> "
             "kind auto, no items.")
    return Case(9721, "msh-dsn-bounce-recap", "auto", eml, [], None, notes,
                "Postfix DSN for the bot's recap to a mistyped Saudi address (text/rfc822-headers quoting the minutes subject) -> auto"), None


def c9722():
    t = T(2026, 6, 16, 10, 5, 51, off=3)
    text = """Dear Tony,

Could you please send us a quotation for 500 rolls of welded mesh, 1.2m x 30m, 2.5mm wire, hot-dip galvanized after welding, CFR Dammam, by Thursday?

We have a municipal tender closing on 30 June and need your price and lead time to prepare our bid. If possible, please also include the price for 1000 rolls.

Thank you.

Mohammed Al-Harbi
Purchasing Engineer | Al-Hadba Fencing & Contracting Co.
"""
    eml, mid = gmail(HARBI, [P("tianyu")], [P("haojing"), FAISAL, BOT], "RFQ - welded mesh 1.2m x 30m (tender)", t, text,
                     _en_html(text), "9722", BOT)
    notes = ("A customer's request for quotation (Gmail, +0300) sent with the minutes mailbox still in Cc from earlier "
             "threads. It asks for a reply 'by Thursday' and mentions a 30 June tender, but no meeting took place -> kind "
             "other, no items.")
    return Case(9722, "msh-customer-rfq-gmail", "other", eml, [], None, notes,
                "Saudi customer's RFQ ('by Thursday', tender 30 June) with the bot in Cc: a person's request, not minutes -> other"), mid


def c9723():
    t = T(2026, 7, 4, 21, 37, 9)
    text = """今天碰头会定的几件事，大家记一下：
1、郝婧 下周五前把沙特第三单的LC条款再过一遍，有问题直接找我
2、耿厂长 浸塑二线改造方案 7月15号前报我
3、老段 仓库东区货架加固，找人尽快弄
4、雅琴 上半年出口退税资料整理，月底前
其他的下周一例会再说。

发自我的iPhone
"""
    eml, mid = apple(P("jiazhiqiang"), [P("haojing"), P("gengweidong"), P("duanjinsuo"), P("zhengyaqin")], [BOT],
                     "碰头会", t, text, "9723", BOT, iphone=True)
    items = [
        I("haojing", "把沙特第三单的LC条款再过一遍", "2026-07-10", ("next", 4)),
        I("gengweidong", "浸塑二线改造方案", "2026-07-15", ("md", 7, 15)),
        I("duanjinsuo", "仓库东区货架加固", vague=True),
        I("zhengyaqin", "上半年出口退税资料整理", "2026-07-31", ("month_end",)),
    ]
    notes = ("The general manager's terse minutes from iPhone Mail (text/plain UTF-8 QP), sent Saturday 2026-07-04 21:37 "
             "+0800, subject only '碰头会'. Owner first, then task, then deadline: 下周五前 -> 2026-07-10; 7月15号前 -> "
             "2026-07-15; 尽快 -> vague_due; 月底前 -> 2026-07-31. Nicknames: 耿厂长=耿卫东, 老段=段金锁, 雅琴=郑雅琴. "
             "'下周一例会再说' -> follow-up Monday 2026-07-06, no time.")
    return Case(9723, "msh-boss-terse-iphone", "minutes", eml, items, FU("2026-07-06", None, ("next", 0)), notes,
                "iPhone Mail terse minutes sent on a Saturday, subject '碰头会': nickname owners (老段, 雅琴), 下周五前 from Saturday, 7月15号前, 尽快, 月底前, 下周一例会 (no time)"), mid


def c9724():
    t = T(2026, 7, 15, 16, 40, 2)
    old_mid = "<000001dcf8a2$51c0e4a0$f542ade0$@anping-lsmesh.example.cn>"
    text = """各位：

今天下午开了7月出货协调会，纪要直接回在这个出货计划的邮件里，方便对照。

7月出货协调会（7月15日）纪要：
1. 耿厂长负责第三柜（HF-2607）装柜出运，7月底前；
2. 郝经理下周三前与客户确认第四柜规格变更；
3. 储运部段师傅本周五联系货代锁舱位；
4. 田宇7月20日前完成6月出货单据归档。

孟晓飞

发件人: 孟晓飞
发送时间: 2026年6月10日 9:15
收件人: 耿卫东; 郝婧; 段金锁; 田宇
抄送: 贾志强
主题: 6月份出货计划

各位：
6月份出货计划如下：
1. 第二柜（HF-2605-2）6月12日天津港开船，耿厂长6月10日前完成包装；
2. 第三柜（HF-2607）7月初排产，郝经理6月20日前确认规格；
3. 段师傅6月8日前订舱。
孟晓飞
"""
    html = lines_html(text.split("发件人: 孟晓飞")[0]) + (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + lines_html("发件人: 孟晓飞" + text.split("发件人: 孟晓飞")[1], "p") + "</div>")
    node = outlook_body(text, html, "gb2312", "9724")
    eml, mid = outlook(P("mengxiaofei"), [P("gengweidong"), P("haojing"), P("duanjinsuo"), P("tianyu")],
                       [P("jiazhiqiang"), BOT], "答复: 6月份出货计划", t, node, "9724", BOT, cs="gb2312",
                       irt=old_mid, refs=[old_mid])
    items = [
        I("gengweidong", "第三柜（HF-2607）装柜出运", "2026-07-31", ("month_end",)),
        I("haojing", "与客户确认第四柜规格变更", "2026-07-22", ("next", 2)),
        I("duanjinsuo", "联系货代锁舱位", "2026-07-17", ("this", 4)),
        I("tianyu", "完成6月出货单据归档", "2026-07-20", ("md", 7, 20)),
    ]
    notes = ("New minutes posted as an Outlook '答复:' (gb2312 base64) in a month-old thread (In-Reply-To the June plan). "
             "Sent Wed 2026-07-15 16:40 +0800. Only the new 7月出货协调会 lines are items; the quoted June plan below the "
             "发件人/发送时间 block has old items with June dates that must not be extracted. 7月底前 -> 2026-07-31; "
             "下周三前 -> 2026-07-22; 本周五 -> 2026-07-17; 7月20日前. Owners 耿厂长/郝经理/段师傅 by alias.")
    return Case(9724, "msh-new-minutes-as-reply-old-thread-outlook", "minutes", eml, items, None, notes,
                "New minutes as Outlook '答复:' in an old thread: quoted June plan (items with dates) below 发件人/发送时间 is not extracted; 本周五/下周三前/7月底前"), mid


def c9725():
    t = T(2026, 8, 6, 17, 58, 40)
    raw = """各位：

今天358防攀爬网技术评审的记录如下，勾掉的是已经做完的。

评审结论：网孔尺寸按76.2×12.7mm、丝径4.0mm执行；样品焊点拉力合格（平均≥800N）。

待办：
[x] @封立新 焊点拉力测试（已完成，报告见共享盘\\质检\\358）
[ ] @封立新 358防攀爬网样品盐雾试验报告 8/12前
[ ] @孟晓飞 小批量试产排程，下周二
[ ] @郝婧 向客户确认网孔尺寸76.2×12.7mm是否接受，8月10日前
[ ] 模具费用报价（谁来跟？）

下次评审等盐雾结果出来再定时间。

--
尹浩然 | 技术部
安平县联丝网业有限公司
"""
    eml, mid = thunderbird(P("yinhaoran"), [P("fenglixin"), P("mengxiaofei"), P("haojing")], [P("jiazhiqiang"), BOT],
                           "358防攀爬网技术评审记录", t, flowed(raw, 60), "9725", BOT, lang="zh-CN")
    items = [
        I("fenglixin", "358防攀爬网样品盐雾试验报告", "2026-08-12", ("md", 8, 12)),
        I("mengxiaofei", "小批量试产排程", "2026-08-11", ("next", 1)),
        I("haojing", "向客户确认网孔尺寸76.2×12.7mm是否接受", "2026-08-10", ("md", 8, 10)),
        I(None, "模具费用报价"),
    ]
    notes = ("Thunderbird text/plain UTF-8 format=flowed 8bit (long lines soft-wrapped with trailing spaces). Sent Thu "
             "2026-08-06 17:58 +0800. Checkbox list: '[x]' is done -> not an item; '[ ] @name task date' -> items. 8/12前 "
             "-> 2026-08-12; 下周二 -> 2026-08-11; 8月10日前 -> 2026-08-10; '模具费用报价（谁来跟？）' has no owner and no "
             "date -> no_owner+no_due. '358' is a product name; 76.2×12.7mm/4.0mm/800N are specs. Follow-up not fixed.")
    return Case(9725, "msh-checkbox-mentions-thunderbird-flowed", "minutes", eml, items, None, notes,
                "Thunderbird format=flowed: '[x]' done vs '[ ] @name' items, 8/12前, 下周二, unowned '(谁来跟？)' item; numbers in product names/specs")


def c9737():
    t = T(2026, 8, 14, 11, 26, 15)
    line = ("本次沟通确认3件事：①浸塑线二期设备询价（负责人：耿厂长，截止时间：8月20日）；②二季度出口退税申报（负责人：郑会计，"
            "截止时间：月底前）；③SGS年度验厂资料准备（负责人：封工，截止时间：下周三17:00）。")
    text = f"""贾总、各位：

今天上午10:00经营碰头会，{line}

另：8月份产量计划维持2800吨不变。

下周三同一时间再碰一次。

郝婧
外贸部
"""
    eml, mid = exmail(P("haojing"), [P("jiazhiqiang"), P("gengweidong"), P("zhengyaqin"), P("fenglixin")], [BOT],
                      "8月14日经营碰头会纪要", t, text, "9737", BOT, cs="gb18030")
    items = [
        I("gengweidong", "浸塑线二期设备询价", "2026-08-20", ("md", 8, 20)),
        I("zhengyaqin", "二季度出口退税申报", "2026-08-31", ("month_end",)),
        I("fenglixin", "SGS年度验厂资料准备", "2026-08-19", ("next", 2), at="17:00"),
    ]
    notes = ("Seed sentence '本次沟通确认3件事：①…（负责人：…，截止时间：…）；②…' on one line (Exmail gb18030). Sent Fri "
             "2026-08-14 11:26 +0800. ① 耿厂长 8月20日 -> 2026-08-20; ② 郑会计=郑雅琴, 月底前 -> 2026-08-31; ③ 封工, "
             "下周三17:00 -> 2026-08-19 17:00. 2800吨 is a plan figure. Meeting at 10:00 today; '下周三同一时间' -> "
             "2026-08-19 10:00.")
    return Case(9737, "msh-seed-inline-sentence-exmail", "minutes", eml, items, FU("2026-08-19", "10:00", ("next", 2)), notes,
                "Seed one-line '本次沟通确认3件事：①…（负责人：…，截止时间：…）' in Exmail gb18030; 月底前; 下周三17:00; '下周三同一时间' follow-up"), mid


def cases():
    return [_c(f()) for f in (c9717, c9718, c9719, c9720, c9721, c9722, c9723, c9724, c9725, c9737)]


def _c(r):
    return r[0] if isinstance(r, tuple) else r
