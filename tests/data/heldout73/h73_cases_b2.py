"""Cases 10113-10117: 蕉城区海洋与渔业局, continued."""
from h73_cases_b import BOTB, DOM, MX, cm_alt, cm_headers, cm_received, me
from h73_common import (addr, addrs, case, ew, fu, html_escape, html_paras, html_table, it, message, multipart,
                        received, rfc_date, t8, text_part)


def c10113():
    t = t8("2026-07-02 11:20:37")
    rows = [
        ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
        ["NC2026-0622", "2026-06-22", "渔业科/缪科长", "办公室", "休渔期渔民技能培训", "确定培训班次和场地",
         "①办公室6月26日前发通知（林秀娟）", "已完成", "-"],
        ["NC2026-0630", "2026-06-30", "渔业科/缪科长", "计划财务科、办公室", "渔业油价补贴资金发放",
         "核对2025年度补贴名册，确定发放流程", "①渔业科7月3日前完成补贴名册公示（阮小芳）②计划财务科7月10日前完成资金拨付（甘科长）",
         "进行中", "公示期5个工作日"],
        ["NC2026-0701", "2026-07-01", "渔业科/阮小芳", "渔政执法大队", "休渔期违规船只处理",
         "执法大队通报6月查处违规出海渔船7艘", "①执法大队下周一前提供违规船只清单（钟立诚）②渔业科收到清单后3个工作日内暂停相应船只补贴资格",
         "进行中", "-"],
    ]
    text = ("缪科长、各位：\n\n本周两次内部沟通的记录表已更新，请查看（6月22日那条已完成，保留备查）。\n\n"
            + "\n".join("\t".join(r) for r in rows) + "\n\n阮小芳\n渔业科\n")
    html = ('<div style="font-family:宋体;font-size:10.5pt">缪科长、各位：<br><br>本周两次内部沟通的记录表已更新，请查看'
            '（6月22日那条已完成，保留备查）。<br><br>' +
            html_table(rows, attrs='cellpadding="2" cellspacing="0" style="border-collapse:collapse" '
                                   'x:str', cell_style="border:.5pt solid windowtext;font-size:10pt") +
            '<br>阮小芳<br>渔业科</div>\n')
    alt = multipart("alternative", "----=_Part_44710_1637811423.1782962437215", [
        text_part(text, "UTF-8", "quoted-printable"), text_part(html, "UTF-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<ruanxiaofang@{DOM}>"), ("Delivered-To", BOTB[1]),
        cm_received(t8("2026-07-02 11:20:40"), "10.21.6.77", "AQAAfwD3KwC9cJ1h"),
        ("Date", rfc_date(t)), ("From", addr("阮小芳", f"ruanxiaofang@{DOM}", "UTF-8")),
        ("To", addrs(["缪建新"], "UTF-8")), ("Cc", addrs(["甘文彬", "钟立诚", "林秀娟", BOTB], "UTF-8")),
        ("Message-ID", f"<1c8f2a7e.2b41.19f6a0d3b88.ruanxiaofang@{DOM}>"),
        ("Subject", ew("内部沟通记录表（更新至7月1日）", "UTF-8")),
        ("MIME-Version", "1.0"), ("X-Mailer", "NetEase Mail Master 5.3.2.1018 (Windows)"),
    ]
    items = [
        it("阮小芳", "完成补贴名册公示", ("date", "2026-07-03"), "2026-07-03"),
        it("甘文彬", "完成资金拨付", ("date", "2026-07-10"), "2026-07-10"),
        it("钟立诚", "提供违规船只清单", ("nextweek", 0), "2026-07-06"),
        it(None, "暂停相应船只补贴资格", None, None, flags=["no_owner", "no_due"], dept="渔业科"),
    ]
    notes = ("Seed 内部沟通记录表 pasted from Excel: tab-separated rows in the text part, an x:str table in the HTML "
             "part (both UTF-8 QP), NetEase Mail Master for Windows. Sent Thu 2026-07-02. Row NC2026-0622 is 已完成 -> "
             "not extracted. In 待办事项 cells each ①② is an item with its name in brackets: 阮小芳 07-03, 甘科长 = "
             "甘文彬 07-10, 钟立诚 '下周一前' -> Mon 2026-07-06. The last ② names only 渔业科 and depends on an event "
             "('收到清单后3个工作日内') -> owner null (no_owner, department 渔业科), due null (no_due). '公示期5个工作日' "
             "in 备注 is not a deadline.")
    return case(10113, "jc-internal-record-excel-paste-mailmaster", "minutes", message(hdr, alt), notes, items,
                None, "Seed 内部沟通记录表 pasted from Excel (tabs + x:str HTML): 已完成 row, ①② items with names in "
                      "brackets, 下周一前, conditional unit-only item")


# ------------------------------------------------------------------------------------------------------------
def c10114():
    t = t8("2026-08-14 15:10:03")
    body = """各位，昨天海域使用论证评审会的腾讯会议智能纪要，请大家看一下待办，有问题周一前跟我说。

兰海燕

---------- 转发的邮件 ----------
发件人：腾讯会议 <no-reply@wemeet.example.com>
日期：2026年8月13日 16:21
主题：【腾讯会议】智能纪要已生成：三都澳海上风电送出海缆路由海域使用论证评审会
收件人：兰海燕 <lanhaiyan@jcqhyj.example.gov.cn>

会议主题：三都澳海上风电送出海缆路由海域使用论证评审会
会议时间：2026/08/13 14:30-16:05
会议号：815 336 729

智能纪要

【会议主要内容】
1. 论证单位汇报了海缆路由比选方案，推荐方案全长21.6公里，穿越两处养殖区。
2. 专家组认为需补充对大黄鱼养殖区的影响分析，并复核施工期悬浮泥沙扩散范围。
3. 局里要求在9月底前完成论证报告修改，10月报区政府审批。

【待办事项】
1. 兰海燕：8月21日前汇总专家意见并反馈论证单位
2. 钟立诚：下周三前核实路由沿线违规养殖设施情况
3. 论证单位（闽东海洋工程咨询）：9月中旬前提交修改稿
4. 甘文彬：核实海域使用金征收标准，中秋节前报局领导

AI生成内容仅供参考，请以实际为准
"""
    alt = cm_alt(body, "UTF-8", "----=_Part_512008_703215546.1786691403311")
    hdr = cm_headers(me("兰海燕"), ["钟立诚", "甘文彬"], ["陈清泉", BOTB],
                     "转发：【腾讯会议】智能纪要已生成：三都澳海上风电送出海缆路由海域使用论证评审会", t,
                     "4e9a0c1b.75e.19ea5c2d8f1", "UTF-8")
    items = [
        it("兰海燕", "汇总专家意见并反馈论证单位", ("date", "2026-08-21"), "2026-08-21"),
        it("钟立诚", "核实路由沿线违规养殖设施情况", ("nextweek", 2), "2026-08-19"),
        it(None, "提交修改稿", None, None, flags=["no_owner", "vague_due"]),
        it("甘文彬", "核实海域使用金征收标准，报局领导", ("before_holiday", "中秋"), "2026-09-24"),
    ]
    notes = ("Tencent Meeting 智能纪要 forwarded by a person (Coremail UTF-8): kind minutes, and only 【待办事项】 "
             "counts; 【会议主要内容】 has facts and the bureau's own plan ('9月底前', '10月报区政府') which nobody owns "
             "as an action. Sent Fri 2026-08-14 (the AI mail is dated Thu 08-13). '8月21日前' -> 2026-08-21. "
             "'下周三前' -> 2026-08-19 from either date. The consulting firm is outside the roster with no address -> "
             "owner null, no_owner; '9月中旬前' -> vague_due. '中秋节前' -> last working day before 中秋 (09-25..27) "
             "= Thu 2026-09-24. The preface's '周一前跟我说' is an invitation to comment, not an item.")
    return case(10114, "jc-tencent-meeting-ai-minutes-forward-coremail", "minutes", message(hdr, alt), notes, items, None,
                "Tencent Meeting AI minutes forwarded: only 待办 counts; outside unit owner, 9月中旬 vague, 中秋节前 "
                "= 09-24")


# ------------------------------------------------------------------------------------------------------------
def c10115():
    t = t8("2026-08-26 17:30:18")
    rows = [
        ["序号", "议定事项", "责任领导", "责任科室", "责任人", "完成时限", "备注"],
        ["1", "完成2027年部门预算“一上”编报", "陈清泉", "计划财务科", "甘文彬", "9月10日", ""],
        ["2", "制定中秋、国庆期间渔港安全检查方案", "陈清泉", "渔政执法大队", "雷振华", "中秋节前", ""],
        ["3", "完成渔船AIS设备抽检", "郑宗明", "渔政执法大队", "钟立诚", "国庆前", "抽检比例不低于20%"],
        ["4", "修订海洋灾害应急预案", "陈清泉", "海域管理科", "", "月底前", "需征求气象、海事意见"],
        ["5", "上半年工作总结报区委办", "郑宗明", "办公室", "林秀娟", "已完成", "8月5日已报送"],
    ]
    cell = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    table = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;'
             'border:none">\n' + "\n".join(
                 "<tr>" + "".join(f'<td valign=top style="{cell}"><p class=MsoNormal><span style="font-family:'
                                  f'仿宋_GB2312">{html_escape(c) or "<o:p>&nbsp;</o:p>"}</span></p></td>'
                                  for c in r) + "</tr>" for r in rows) + "\n</table>")
    intro = "各位领导、各科室：\n\n8月26日局务会议定事项督办表如下，请各责任科室按时限办理，办结后报办公室销号。"
    outro = "下次局务会定于9月14日（周一）上午9点召开，届时逐项通报办理情况。\n\n办公室 林秀娟"
    text = (intro + "\n\n" + "\n".join(" | ".join(r) for r in rows) + "\n\n" + outro + "\n")
    from h73_cases_a import mso_paras, outlook_html
    html = outlook_html(mso_paras(intro) + "\n" + table + "\n" + mso_paras(outro), "utf-8")
    alt = multipart("alternative", "----=_NextPart_000_0057_01DD3545.A0C27E10", [
        text_part(text, "utf-8", "base64", crlf=True), text_part(html, "utf-8", "quoted-printable", "html")])
    hdr = [
        ("Return-Path", f"<linxiujuan@{DOM}>"), ("Delivered-To", BOTB[1]),
        received("LINXJ-PC", "10.21.6.35", MX, t8("2026-08-26 17:30:21"), "4g0Rtd1wXqz8Fb", BOTB[1]),
        ("From", addr("林秀娟", f"linxiujuan@{DOM}")),
        ("To", addrs(["陈清泉", "甘文彬", "雷振华", "钟立诚", "兰海燕"])), ("Cc", addrs(["郑宗明", BOTB])),
        ("Subject", ew("局务会议定事项督办表（8月26日）")), ("Date", rfc_date(t)),
        ("Message-ID", f"<005701dd3545$a0c27e10$e2477a30$@{DOM}>"), ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Ad01RaBfC1k2nT0wSJqyq8gD7vXm0A=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        it("甘文彬", "完成2027年部门预算“一上”编报", ("date", "2026-09-10"), "2026-09-10"),
        it("雷振华", "制定中秋、国庆期间渔港安全检查方案", ("before_holiday", "中秋"), "2026-09-24"),
        it("钟立诚", "完成渔船AIS设备抽检", ("before_holiday", "国庆"), "2026-09-30"),
        it(None, "修订海洋灾害应急预案", ("month_end",), "2026-08-31", dept="海域管理科"),
    ]
    notes = ("Outlook UTF-8 督办表 with a Word-style MsoTableGrid table (仿宋_GB2312 spans) and a pipe-separated text "
             "part. Sent Wed 2026-08-26. 责任领导 is the supervising leader, not the owner; 责任人 owns the row. #2 "
             "'中秋节前' -> Thu 2026-09-24; #3 '国庆前' -> last working day before 10-01 = Wed 2026-09-30. AMBIGUOUS: "
             "#4 has an empty 责任人 -> unit-only owner 海域管理科 (no_owner), though a reader might give it to the 责任领导 "
             "陈清泉; '月底前' -> 2026-08-31. Row 5 is 已完成 -> not an item. '9月10日' -> 2026-09-10. Next meeting "
             "'9月14日（周一）上午9点' -> 2026-09-14 09:00.")
    return case(10115, "jc-supervision-table-word-paste-outlook", "minutes", message(hdr, alt), notes, items,
                fu(("date", "2026-09-14"), "2026-09-14", "09:00"),
                "Government 督办表 pasted from Word into Outlook: 责任领导 vs 责任人, 中秋节前/国庆前, empty 责任人, "
                "已完成 row, next 局务会 in September")


# ------------------------------------------------------------------------------------------------------------
def c10116():
    t = t8("2026-04-14 10:05:44")
    body = """各位领导、各科室负责人：

原定本周四（4月16日）下午的局务会，因郑局要去市局参加休渔工作部署会，改到下周一（4月20日）上午9点，地点不变（三楼会议室）。
议题不变，需要上会的材料请于本周五下班前报办公室。

请相互转告，谢谢！

黄碧霞
"""
    alt = cm_alt(body, "GBK", "----=_Part_226031_1824090715.1776132344310")
    hdr = cm_headers(me("黄碧霞"), ["陈清泉", "缪建新", "雷振华", "兰海燕", "甘文彬"], ["郑宗明", "林秀娟", BOTB],
                     "局务会时间调整通知", t, "3a6e8c0d.1f2.19d8e7a0b93")
    notes = ("A rescheduling notice written by a person (Coremail GBK), sent to the usual distribution list that "
             "includes the bot. It moves a meeting and asks for material '本周五下班前', but it is not minutes: kind "
             "other, no items, no follow-up.")
    return case(10116, "other-reschedule-notice-coremail", "other", message(hdr, alt), notes,
                what="Coremail rescheduling notice (meeting moved to 下周一上午9点, material 本周五下班前): not minutes")


# ------------------------------------------------------------------------------------------------------------
def c10117():
    t = t8("2026-08-26 17:33:02")
    body = """这是一封自动回复邮件。

您好！本人8月24日至8月31日在海上执行伏季休渔巡查任务，期间无法查看邮件。
紧急事务请联系渔政执法大队值班室：0593-2870110。

雷振华
"""
    part = text_part(body, "GBK", "base64")
    hdr = [
        ("Return-Path", f"<leizhenhua@{DOM}>"), ("Delivered-To", BOTB[1]),
        cm_received(t8("2026-08-26 17:33:03"), "127.0.0.1", "AQAAfwD3LpR8cJ1k"),
        ("Date", rfc_date(t)), ("From", addr("雷振华", f"leizhenhua@{DOM}", "GBK")),
        ("To", addr(BOTB[0], BOTB[1], "GBK")),
        ("Subject", ew("自动回复：[纪要确认] 局务会议定事项督办表（8月26日）", "GBK")),
        ("In-Reply-To", f"<mb.20260826173025.41c2@{DOM}>"),
        ("X-Mailer", CM_XMAILER_AUTO), ("MIME-Version", "1.0"),
        ("Message-ID", f"<6b1d0e4f.3a9.19f2b6c7e40.Coremail.leizhenhua@{DOM}>"),
    ]
    notes = ("Coremail vacation auto-reply WITHOUT Auto-Submitted or X-Autoreply headers: only the subject prefix "
             "'自动回复：', the opening sentence '这是一封自动回复邮件' and the fact that it answers the bot's recap show "
             "that no person wrote it. Dates and a phone number in the body: kind auto, no items.")
    return case(10117, "auto-vacation-coremail-no-header", "auto", message(hdr, part), notes,
                what="Coremail vacation reply without Auto-Submitted (subject 自动回复： + body sentence only)")


CM_XMAILER_AUTO = "Coremail Webmail Server Version XT6.0.2 build 20250422(b2c7f9a1)"
