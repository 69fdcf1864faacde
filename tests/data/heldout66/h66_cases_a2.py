"""Cases 9406-9409: 安庆长锚链业 (continued): RE: thread minutes, .docx minutes, a rescheduling chat, an auto-reply."""
import datetime as dt

from h66_common import (CM, P, addr, addrs, attachment, ew, fmt_date, item, make_docx, message, mso_html, multipart,
                        text_part)

BOT = ("纪要助手", f"minutes@{CM}")
RCV = "from smtpbg.exmail.example.qq.com (smtpbg.exmail.example.qq.com [203.205.250.101])\n\tby mx.changmao-chain.example.cn (Postfix) with ESMTPS id {qid}\n\tfor <minutes@changmao-chain.example.cn>; {date}"


def c9406():
    date = fmt_date(2026, 5, 7, 16, 50, 27)
    new = """各位：

本周质量周会的纪要接着发在这个邮件里，方便对照上次的。

时间：5月7日（周四）15:00-16:20　地点：质量部会议室
参加：吴敏、汪海涛、查丽、潘晓东、方静

一、上次事项
- 2#焊机故障报告已交（潘工），关闭。
- 一季度投诉闭环表已交周总，关闭。

二、本次事项
1. φ64批次（CM2604-118）剩余链环复检报告，5个工作日内完成 —— 汪工
2. 修订闪光焊作业指导书（增加焊后磁粉检测频次），5/15前 —— 查工
3. 与船级社验船师沟通R4试制见证计划，下周一 —— 吴科长
4. 给舟山船厂发正式回函（含复检结论和补偿方案），周六（5月9日调休上班）前 —— 方经理

下次周会：下周四同一时间。

汪海涛
质量部
"""
    quoted = """
________________________________
发件人: 汪海涛 <wanght@changmao-chain.example.cn>
发送时间: 2026年4月23日 17:10
收件人: 吴敏 <wumin@changmao-chain.example.cn>; 查丽 <zhali@changmao-chain.example.cn>; 潘晓东 <panxd@changmao-chain.example.cn>
抄送: 纪要助手 <minutes@changmao-chain.example.cn>
主题: 质量周会纪要（4月23日）

各位：
4月23日质量周会纪要：
1. 2#焊机故障报告，4月28日前 —— 潘工
2. 一季度投诉闭环表交周总，4月30日前 —— 吴科长
3. 磁粉探伤仪送检，5月8日前 —— 汪工
下次周会：5月7日（周四）15:00。
汪海涛
"""
    text = new + quoted
    html = mso_html(text.split("\n"), font="等线", charset="utf-8")
    alt = multipart("alternative", "_000_TYZPR06MB5874A1E0C3D2B7F41A9C6E2BD91ATYZPR06MB5874apcp_", [
        text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    hdrs = [("Return-Path", f"<wanght@{CM}>"),
            ("Received", RCV.format(qid="4ZdQ1p7Yh6z2kN", date=date)),
            ("From", addr(*P("wanght"))),
            ("To", addrs(["wumin", "zhali", "panxd", "fangjing"])),
            ("Cc", addrs([BOT])),
            ("Subject", "RE: " + ew("质量周会纪要（4月23日）")),
            ("Thread-Topic", ew("质量周会纪要（4月23日）")),
            ("Thread-Index", "AdzTJk1VfQx3s0eJTWm1a7iF2c9PBAKfH3Aw"),
            ("Date", date),
            ("Message-ID", f"<001f01dcddf1$7a2c1e40$6e845ac0$@{CM}>"),
            ("In-Reply-To", f"<000e01dcd2e8$1b7d9f60$52783e20$@{CM}>"),
            ("References", f"<000e01dcd2e8$1b7d9f60$52783e20$@{CM}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "zh-cn")]
    items = [
        item("wanght", "φ64批次（CM2604-118）剩余链环复检报告", "wd:5"),
        item("zhali", "修订闪光焊作业指导书（增加焊后磁粉检测频次）", "abs:2026-05-15"),
        item("wumin", "与船级社验船师沟通R4试制见证计划", "nw:0"),
        item("fangjing", "给舟山船厂发正式回函（含复检结论和补偿方案）", "abs:2026-05-09"),
    ]
    return dict(num=9406, slug="outlook-re-old-thread-new-minutes", kind="minutes",
                eml=message(hdrs, alt, crlf=True), items=items, followup=("nw:3", "15:00"),
                notes="New minutes posted as 'RE:' in the thread of the 04-23 minutes (In-Reply-To set, subject still says "
                      "4月23日). Only the new part counts: '一、上次事项' are closed reports, and the quoted 04-23 items below the "
                      "Outlook 发件人/发送时间 block are old. Sent Thu 2026-05-07. 5个工作日内 -> 05-08, 05-09 (Sat make-up "
                      "workday after Labour Day), 05-11, 05-12, 05-13; 5/15前; 下周一 -> 05-11; '周六（5月9日调休上班）前' -> 05-09. "
                      "'下周四同一时间' -> 05-14 15:00 (meeting started 15:00).",
                tests="new minutes as RE: in an old thread; quoted old items ignored; 5个工作日内 over the 05-09 make-up Saturday; next meeting '下周四同一时间'")


def c9407():
    date = fmt_date(2026, 7, 6, 18, 20, 4)
    when = dt.datetime(2026, 7, 6, 18, 5, 0)
    docx = make_docx([
        ("h", "R4级系泊链试制技术评审会会议纪要"),
        ("t", [["会议时间", "2026年7月6日 14:00-17:00"], ["会议地点", "技术部会议室"],
               ["主持人", "檀文斌"], ["参会人员", "周建平、孙立群、何志勇、查丽、吴敏、储卫红、方静"], ["记录人", "查丽"]]),
        ("p", "一、会议内容"),
        ("p", "会议听取了技术部关于R4级系泊链（φ100）试制的准备情况汇报，讨论了原材料、热处理能力和认证路线。"),
        ("p", "二、会议结论"),
        ("p", "1. 同意按R4级开展试制，首批试制2节，不对外承诺交期。"),
        ("p", "2. 试制费用由技术部单独立项核算。"),
        ("p", "三、待办事项"),
        ("t", [["序号", "工作内容", "责任人", "完成时间"],
               ["1", "编制R4级系泊链试制工艺方案", "查丽", "7月10日前"],
               ["2", "试制用合金钢圆钢（φ100）询价，至少三家", "储卫红", "下周三"],
               ["3", "热处理炉温控系统能力评估", "何志勇", "尽快"],
               ["4", "向船级社提交R4产品认可申请", "吴敏", "7月底前"],
               ["5", "与海工客户澄清技术要求（低温冲击试验温度）", "方静", "待客户回复后"]]),
        ("p", "四、下次评审会时间待定，视工艺方案进度另行通知。"),
    ], when, "檀文斌")
    text = "各位：\n\n今天R4系泊链试制评审会的纪要见附件，请查收。如有修改意见明天中午前告诉我。\n\n檀文斌\n技术部\n"
    html = mso_html(text.split("\n"), charset="gb2312")
    alt = multipart("alternative", "----=_NextPart_001_0047_01DD0D52.3E6B1A80", [
        text_part(text, "plain", "gb2312", "base64"), text_part(html, "html", "gb2312", "quoted-printable")])
    alt = alt.replace("Content-Type: multipart/alternative;", "Content-Type: multipart/alternative;", 1)
    att = attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "R4系泊链试制评审会纪要0706.docx", charset="gb2312")
    mixed = multipart("mixed", "----=_NextPart_000_0046_01DD0D52.3E6B1A80", [alt, att],
                      preamble="This is a multipart message in MIME format.")
    hdrs = [("Return-Path", f"<tanwb@{CM}>"),
            ("Received", RCV.format(qid="4ZqG5d1Kt8z6sB", date=date)),
            ("From", addr(*P("tanwb"), charset="gb2312")),
            ("To", addrs(["zhoujp", "sunlq", "hezy", "zhali", "wumin", "chuwh", "fangjing"], "gb2312")),
            ("Cc", addrs([BOT], "gb2312")),
            ("Subject", ew("R4系泊链试制评审会纪要", "gb2312")),
            ("Date", date),
            ("Message-ID", f"<004601dd0d52$3e6b1a80$bb414f80$@{CM}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "Ad0NUj5rCkRbQW1cRo2ZXl0P7Zr8Lg=="),
            ("Content-Language", "zh-cn")]
    items = [
        item("zhali", "编制R4级系泊链试制工艺方案", "abs:2026-07-10"),
        item("chuwh", "试制用合金钢圆钢（φ100）询价，至少三家", "nw:2"),
        item("hezy", "热处理炉温控系统能力评估", None, vague=True),
        item("wumin", "向船级社提交R4产品认可申请", "me"),
        item("fangjing", "与海工客户澄清技术要求（低温冲击试验温度）", None),
    ]
    return dict(num=9407, slug="outlook-docx-attachment-minutes", kind="minutes",
                eml=message(hdrs, mixed, crlf=True), items=items, followup=None,
                notes="The minutes are only in the .docx (RFC 2047 gb2312 filename); the body just points to it. Sent Mon "
                      "2026-07-06 18:20. 7月10日前; 下周三 -> 07-15; 尽快 -> vague_due; 7月底前 -> 07-31; '待客户回复后' is a "
                      "condition, not a date -> no_due. 会议结论 are decisions. '明天中午前告诉我' in the body is the sender's "
                      "request for comments, not an item. 下次评审会时间待定 -> no follow-up.",
                tests="minutes only in a .docx attachment (gb2312 RFC 2047 name); decisions vs 待办 table; 待客户回复后 -> no_due")


def c9408():
    date = fmt_date(2026, 6, 2, 11, 7, 52)
    text = ("孙部长，\n\n周四下午的合同评审会能不能改到下周一上午？舟山船厂周四要来厂里看货，我得全程陪着。"
            "你看行的话我重新发会议邀请，资料还是按原来的准备，周三前发给大家。\n\n"
            "方静\n\n发自我的iPhone")
    body = text_part(text, "plain", "utf-8", "quoted-printable")
    hdrs = [("Return-Path", f"<fangjing@{CM}>"),
            ("Received", RCV.format(qid="4ZhR6c2Nw5z7mV", date=date)),
            ("From", addr(*P("fangjing"))),
            ("Content-Type", None), ]
    hdrs = [h for h in hdrs if h[1] is not None]
    hdrs += [("Mime-Version", "1.0 (1.0)"),
             ("Subject", ew("周四合同评审会改期")),
             ("Date", date),
             ("Message-Id", f"<8F3A2C71-5B0D-4E9A-A6C2-1D7E40B9F215@{CM}>"),
             ("Cc", addrs(["zhangyh", BOT])),
             ("To", addrs(["sunlq"])),
             ("X-Mailer", "iPhone Mail (22F76)")]
    return dict(num=9408, slug="iphone-reschedule-request", kind="other",
                eml=message(hdrs, body), items=[], followup=None,
                notes="A person-to-person rescheduling request from iPhone Mail (UTF-8 QP) that happens to Cc the bot. "
                      "It proposes moving a meeting (周四 -> 下周一上午) and promises material 周三前, but it is not minutes of a "
                      "meeting: kind other, no items, no follow-up.",
                tests="iPhone Mail rescheduling chat Cc'ing the bot: other, no items despite 周三前/下周一上午")


def c9409():
    date = fmt_date(2026, 6, 19, 9, 12, 40)
    text = ("您好，我已于6月19日至6月21日端午休假，6月22日（周一）返回。\n"
            "休假期间邮件可能无法及时回复，质量方面的紧急事务请联系汪海涛（wanght@changmao-chain.example.cn，"
            "电话0556-5512316）。\n\n吴敏\n质量部")
    body = text_part(text, "plain", "utf-8", "base64")
    hdrs = [("Return-Path", f"<wumin@{CM}>"),
            ("Received", RCV.format(qid="4ZnB2v8Pq1z3dR", date=date)),
            ("X-QQ-mid", "bizesmtp11t1781831560tq3n8s2c"),
            ("From", addr(*P("wumin"))),
            ("To", f"minutes+r8c41e07d2a95@{CM}"),
            ("Subject", ew("自动回复: 纪要确认：跨部门协作事项跟踪表（6月第3周）")),
            ("Date", date),
            ("Message-ID", f"<autoreply_6A0F2D1B3E5C4A79@{CM}>"),
            ("In-Reply-To", f"<r.202606181800.5c2e91a0d4@{CM}>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
            ("MIME-Version", "1.0")]
    return dict(num=9409, slug="exmail-autoreply-dragon-boat", kind="auto",
                eml=message(hdrs, body), items=[], followup=None,
                notes="Exmail vacation auto-reply (Auto-Submitted: auto-replied, X-Autoreply, Precedence auto_reply) to the "
                      "bot's recap, sent on the Dragon Boat holiday 06-19. Body has dates and a contact person but no person "
                      "wrote it: kind auto.",
                tests="Exmail vacation auto-reply with Auto-Submitted/X-Autoreply, dates in body")


CASES = [c9406, c9407, c9408, c9409]
