"""Org C: 西安长译语言服务有限公司 (translation agency, Xi'an), changyi.example.cn."""
from .common import (ORGS, Leaf, Multi, addr, addrs, build, em, esc, ew, followup, item, make_pdf,
                     received_chain, to_html)

O = ORGS["C"]
BOT = ("纪要助手", O["bot"])
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def feishu_headers(date, frm, to, cc, subject, msgid, extra=()):
    h = [
        ("X-Lms-Return-Path", f"<lba+26a1f3c0e+{frm[1].split('@')[0]}+changyi.example.cn@feishu.example.net>"),
        ("From", addr(*frm)),
        ("To", addrs(to)),
    ]
    if cc:
        h.append(("Cc", addrs(cc)))
    h += [
        ("Subject", ew(subject)),
        ("Date", date),
        ("Message-Id", msgid),
        ("Mime-Version", "1.0"),
        ("X-Mailer", "Lark Mail"),
        ("X-Original-From", addr(*frm)),
    ]
    h += list(extra)
    return h


# ---------------------------------------------------------------------------------------------
@case
def c8220():
    date = "Wed, 8 Apr 2026 18:30:27 +0800"
    text = """各位，今天周会的飞书智能纪要如下，待办请各自认领，我会在项目表里跟进。

智能纪要：Hartmann德语手册项目周会 2026年4月8日
参会人：苗雨晴、段文轩、屈婷、杜泽宇、贺嘉怡

总结
本次会议同步了Hartmann设备手册德译中项目的进展。第一批（约4.2万字）已于节前交付，客户反馈整体满意，但术语一致性需要加强。苗雨晴将在周五前与客户确认术语表终版；段文轩负责第二批审校，预计下周二完成；杜泽宇提出翻译记忆库需要定期备份。会议还讨论了五一前后的人手安排，暂不增加外包译员。

章节
00:00 项目进度同步
06:12 客户反馈问题讨论
15:40 第二批排期与人手

待办
- 苗雨晴：周五前与客户确认德语术语表终版
- 段文轩：4月14日前完成第二批手册审校
- 杜泽宇：下周一导出Trados翻译记忆库并备份到NAS
- 屈婷：整理客户反馈问题清单

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", to_html(text, "div", "PingFang SC"), "utf-8", "base64"),
    ], "3f0c9a1e5b7d2c48a6e1f09b3d5c7e21")
    frm = ("苗雨晴", em("苗雨晴"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.12", date, "4fW8Gm2hT1z3kA", frm[1])
    h += feishu_headers(date, frm, [("段文轩", em("段文轩")), ("屈婷", em("屈婷")), ("杜泽宇", em("杜泽宇"))],
                        [("贺嘉怡", em("贺嘉怡")), BOT], "【智能纪要】Hartmann德语手册项目周会 2026年4月8日",
                        "<a7c3e1d0-5b2f-4e8a-9c61-0f4d2b8e7a15@changyi.example.cn>")
    items = [
        item("苗雨晴", "与客户确认德语术语表终版", "2026-04-10", rule=("wd", 5)),
        item("段文轩", "完成第二批手册审校", "2026-04-14", rule=("md", 4, 14)),
        item("杜泽宇", "导出Trados翻译记忆库并备份到NAS", "2026-04-13", rule=("next_wd", 1)),
        item("屈婷", "整理客户反馈问题清单", None, flags=["no_due"], rule=("none",)),
    ]
    return dict(
        num=8220, slug="feishu-ai-minutes-todo-only", kind="minutes", org="C",
        client="Feishu (Lark) Mail",
        encoding="multipart/alternative UTF-8 base64",
        eml=build(h, body), items=items, next=None,
        summary="4 items (1 no_due), no follow-up",
        tests="飞书 智能纪要: only 待办 counts; 总结 restates tasks with other words/dates ('预计下周二完成'); 章节 timestamps; 周五前, 下周一, no date",
        notes=("Feishu AI minutes shared by mail, sent Wed 2026-04-08 18:30 +0800. Only the 待办 list counts (4 items). "
               "周五前 -> Fri 2026-04-10; 4月14日前 -> 04-14; 下周一 -> Mon 2026-04-13; 屈婷's item has no deadline -> "
               "no_due. The 总结 paragraph restates two tasks ('预计下周二完成' = 04-14 as well) and a decision (暂不增加外包"
               "译员): not items; 章节 timestamps are not times. No next meeting."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8221():
    date = "Thu, 14 May 2026 16:05:39 +0800"
    text = """会议纪要（由钉钉AI听记生成）

会议主题：丝路博览会口译派单会
会议时间：2026-05-14 14:00-15:10
参会人：寇欣、来宏伟、党博、闫晓蕾

一、会议摘要
1. 博览会期间（5月25日-28日）需提供中英、中俄同传及交传，共计18人天。
2. 寇欣提出：下月起口译报价统一上调10%，老客户按原价执行至年底。
3. 来宏伟表示主办方倾向打包价，需在本周内给出最终报价。
4. 党博介绍了现有口译员档期，俄语同传缺1人，需外聘。

二、发言人观点
寇欣：报价上调必须提前书面告知老客户。
来宏伟：主办方付款周期为会后30天。
党博：同传设备由会场提供，我方只需确认清单。

三、待办事项
☑ 党博 确认会场同传设备清单（已完成）
☐ 党博 5月20日前提交博览会口译员排班表
☐ 闫晓蕾 3个工作日内完成两名兼职口译员合同签订
☐ 来宏伟 本周五与主办方确认最终报价

以上内容由AI生成，请核对后使用。
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", to_html(text, "div"), "utf-8", "base64"),
    ], "----=ALIBOUNDARY_41877_7f3c1a2b9e00_6a054d73_1f")
    frm = ("党博", em("党博"))
    h = received_chain("C", "out30-131.mail.aliyun.example.net", "115.124.30.131", date, "4fcB7K5mPHz3kB", frm[1])
    h += [
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R151e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
                               "HT=maildocker-contentspam033037026112;MF=dangbo@changyi.example.cn;NM=1;PH=DW;RN=5;SR=0"),
        ("Date", date),
        ("From", addr(*frm)),
        ("To", addrs([("寇欣", em("寇欣")), ("来宏伟", em("来宏伟")), ("闫晓蕾", em("闫晓蕾"))])),
        ("Cc", addrs([BOT])),
        ("Message-ID", "<3b9e71a2-0c4d-4f6e-8a15-d2c07e94b1f8.dangbo@changyi.example.cn>"),
        ("Subject", ew("丝路博览会口译派单会 - 钉钉AI听记纪要")),
        ("X-Mailer", "DingTalk Mail"),
        ("MIME-Version", "1.0"),
        ("x-aliyun-mail-creator", "W4_5990301_v5ForWebDing_QU02TW96aWxsYS81LjAgKE1hY2ludG9zaCk="),
    ]
    items = [
        item("党博", "提交博览会口译员排班表", "2026-05-20", rule=("md", 5, 20)),
        item("闫晓蕾", "完成两名兼职口译员合同签订", "2026-05-19", rule=("wdays", 3)),
        item("来宏伟", "与主办方确认最终报价", "2026-05-15", rule=("this_wd", 5)),
    ]
    return dict(
        num=8221, slug="dingtalk-ai-minutes-checked-todo", kind="minutes", org="C",
        client="DingTalk Mail (钉钉邮箱, Alibaba mail engine)",
        encoding="multipart/alternative UTF-8 base64",
        eml=build(h, body), items=items, next=None,
        summary="3 items, no follow-up",
        tests="钉钉 AI听记 minutes: 会议摘要/发言人观点 are not items (one says '本周内'); ☑ done to-do skipped; 3个工作日内 over a weekend; 本周五",
        notes=("DingTalk AI minutes sent Thu 2026-05-14 16:05 +0800. Only the ☐ rows of 待办事项 count; the ☑ row is done "
               "(已完成). 党博 5月20日前 -> 2026-05-20. 闫晓蕾 3个工作日内 -> Fri 05-15 (1), Mon 05-18 (2), Tue 05-19 (3) "
               "-> 2026-05-19. 来宏伟 本周五 -> 2026-05-15. The 摘要 lines (报价上调10% = a decision, '需在本周内给出最终"
               "报价' = a restatement, 5月25日-28日 = event dates) and 发言人观点 are not items. No next meeting."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8222():
    date = "Tue, 9 Jun 2026 18:05:44 +0800"
    text = """Dear Katrin,

Thank you for your time today. Please find the minutes of our call below. If anything is missing or incorrect, just let me know.

Participants: Katrin Vogel (Hartmann Fördertechnik); Joy He, Duan Wenxuan, Zeyu Du (Chang'an Translation)

Decisions
- Volume: approx. 68,000 words, German > Chinese, delivered in three batches.
- Terminology from v4.1 will be reused; any change needs Katrin's approval.
- Final delivery of all batches by 31 July.

Action items

Task: Provide the updated source files (IDML + PDF) for manual v4.2
Owner: Katrin Vogel
Due: June 12

Task: Send the revised quote including DTP
Owner: Joy He
Due: 16 June

Task: Fix the tag errors in the delivered XLIFF files
Owner: Zeyu Du
Due: EOD

Task: Sign off the German-Chinese terminology list
Owner: Dr. Duan
Due: by Friday

Task: Arrange an on-site interpreter for the acceptance test in Xi'an
Owner: TBD
Due: TBD

Next sync: Tue Jun 16, 10:00 CEST (16:00 Beijing)

Best regards,
Joy He
Project Manager | Xi'an Chang'an Language Services Co., Ltd.
Tel. +86 29 8831 6620
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable"),
        Leaf("text/html", to_html(text, "outlook").replace("lang=ZH-CN", "lang=EN-US"), "utf-8", "quoted-printable"),
    ], "----=_NextPart_000_0B14_01DCF831.7E2A5C10")
    frm = ("Joy He", em("贺嘉怡"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.14", date, "4fh0Lb3yVXz3kC", frm[1])
    h += [
        ("From", addr(*frm)),
        ("To", addrs([("Katrin Vogel", "katrin.vogel@hartmann-ft.example.de")])),
        ("CC", addrs([("Duan Wenxuan", em("段文轩")), ("Zeyu Du", em("杜泽宇")), ("Minutes Bot", O["bot"])])),
        ("Subject", "Minutes: Hartmann manual v4.2 =?utf-8?Q?=E2=80=93?= kickoff call (9 June)"),
        ("Thread-Topic", "Minutes: Hartmann manual v4.2 =?utf-8?Q?=E2=80=93?= kickoff call (9 June)"),
        ("Thread-Index", "AdzX4r9k2m1pQ0bWRs6xVc3aL8h2Fw=="),
        ("Date", date),
        ("Message-ID", "<000b01dcf831$7e2a5c10$7a7f1430$@changyi.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "en-us"),
    ]
    items = [
        item("Katrin Vogel", "Provide the updated source files (IDML + PDF) for manual v4.2", "2026-06-12",
             email="katrin.vogel@hartmann-ft.example.de", rule=("md", 6, 12)),
        item("贺嘉怡", "Send the revised quote including DTP", "2026-06-16", rule=("md", 6, 16)),
        item("杜泽宇", "Fix the tag errors in the delivered XLIFF files", "2026-06-09", rule=("today",)),
        item("段文轩", "Sign off the German-Chinese terminology list", "2026-06-12", rule=("wd", 5)),
        item(None, "Arrange an on-site interpreter for the acceptance test in Xi'an", None, flags=["vague_due"],
             dept=None, rule=("vague",)),
    ]
    return dict(
        num=8222, slug="english-owner-due-blocks-outlook-cest", kind="minutes", org="C",
        client="Outlook 2021 en-US (Windows, IMAP account)",
        encoding="multipart/alternative UTF-8 quoted-printable; CRLF; en dash Q-encoded inside the subject",
        eml=build(h, body, crlf=True), items=items,
        next=followup("2026-06-16", "16:00", ("tz", "2026-06-16", "10:00", 120)),
        summary="5 items (1 no_owner+vague), follow-up 06-16 16:00",
        tests="English Task/Owner/Due blocks with a German client: owners via English aliases (Joy He, Zeyu Du, Dr. Duan) and To display name; June 12 / 16 June / EOD / by Friday / TBD; 'Next sync … CEST (16:00 Beijing)'",
        notes=("English minutes to the German client, sent Tue 2026-06-09 18:05 +0800 by 贺嘉怡 (display name Joy He). "
               "Items are Task/Owner/Due blocks. Katrin Vogel: outsider, address from To, department null; 'June 12' -> "
               "2026-06-12. Joy He = 贺嘉怡, '16 June' -> 06-16. Zeyu Du = 杜泽宇, 'EOD' -> the send date 2026-06-09, no "
               "time. 'Dr. Duan' = 段文轩 (alias), 'by Friday' -> Fri 2026-06-12. 'Owner: TBD / Due: TBD' -> owner null, "
               "no_owner, vague_due. Decisions (volume, reuse terminology, final delivery by 31 July) are not items. "
               "'Next sync: Tue Jun 16, 10:00 CEST (16:00 Beijing)' -> 2026-06-16 16:00 Asia/Shanghai (CEST = UTC+2)."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8223():
    date = "Wed, 1 Jul 2026 22:47:03 +0800"
    text = """## 本地化工程周会 2026-07-01

### 已完成
- [x] @屈婷 MT引擎评测报告（两家引擎对比）

### 待办
- [ ] @杜泽宇 部署新版QA检查脚本（数字/标签/术语三项）— 7/3
- [ ] @苗雨晴 把客户style guide同步到项目库 — 下周二
- [ ] @段文轩 审定MTPE抽检标准 — ASAP
- [ ] @寇总 批准CAT工具SaaS订阅续费 — 7月10日前

### 备注
- 文件服务器迁移放在7月第三周，具体时间另行通知
- 本周起QA报告统一放到 /projects/qa/2026/

-- 
杜泽宇 | 本地化技术部
"""
    html_body = ("<div dir=\"auto\">" + "".join(
        f"<div dir=\"auto\">{esc(l) if l.strip() else '<br>'}</div>" for l in text.rstrip().split("\n")) + "</div>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "quoted-printable", label="UTF-8"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable", label="UTF-8"),
    ], "0000000000004f8a2e0650e3c1d7")
    frm = ("杜泽宇", em("杜泽宇"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.13", date, "4fkZ9r3DzQz3kD", frm[1])
    h += [
        ("MIME-Version", "1.0"),
        ("From", addr(*frm, label="UTF-8")),
        ("Date", date),
        ("Message-ID", "<CAJr8w5nQ1Xk0pVd+2sLh7Tq9YzE3mWc4oRb6Fu1aGi8Nt0Ke5w@mail.gmail.com>"),
        ("Subject", ew("本地化工程周会 7/1 待办", label="UTF-8")),
        ("To", addrs([("苗雨晴", em("苗雨晴")), ("段文轩", em("段文轩")), ("屈婷", em("屈婷")), ("寇欣", em("寇欣"))],
                     label="UTF-8")),
        ("Cc", addrs([BOT], label="UTF-8")),
    ]
    items = [
        item("杜泽宇", "部署新版QA检查脚本（数字/标签/术语三项）", "2026-07-03", rule=("md", 7, 3)),
        item("苗雨晴", "把客户style guide同步到项目库", "2026-07-07", rule=("next_wd", 2)),
        item("段文轩", "审定MTPE抽检标准", None, flags=["vague_due"], rule=("vague",)),
        item("寇欣", "批准CAT工具SaaS订阅续费", "2026-07-10", rule=("md", 7, 10)),
    ]
    return dict(
        num=8223, slug="markdown-checkboxes-gmail-app", kind="minutes", org="C",
        client="Gmail app (Android) with the company account",
        encoding="multipart/alternative UTF-8 quoted-printable",
        eml=build(h, body), items=items, next=None,
        summary="4 items (1 vague), no follow-up",
        tests="Markdown '- [ ] @name' to-dos with '— date' tails; '- [x]' done; @寇总 title alias; 7/3, 下周二, ASAP; 备注 with a vague month week is not an item; '-- ' signature",
        notes=("Engineer's markdown minutes from the Gmail app, sent Wed 2026-07-01 22:47 +0800. '- [x]' is done -> not "
               "an item. '- [ ] @name … — due': @杜泽宇 7/3 -> 2026-07-03; @苗雨晴 下周二 -> Tue 2026-07-07; @段文轩 ASAP -> "
               "vague_due; @寇总 = 寇欣 (alias), 7月10日前 -> 07-10. 备注 lines (server migration 'in the third week of "
               "July, time to be announced'; a file path) are remarks, not items. No next meeting."),
    )


# ---------------------------------------------------------------------------------------------
PDF_8224 = [
    ("title", "华秦用户手册及培训资料翻译项目 启动会会议纪要"),
    ("p", "时间：2026年4月27日（周一）10:00-11:30      地点：线上（腾讯会议）"),
    ("p", "参会：华秦汽车零部件 宋立、王晓彤；长译 贺嘉怡、苗雨晴、段文轩"),
    ("p", "一、项目概况：中译英，约25万字，分三批交付，最终交付日期6月30日。"),
    ("p", "二、待办事项"),
    ("row", ["序号", "事项", "负责方/人", "完成时间"]),
    ("row", ["1", "提供全部待译文件及历史参考译文", "华秦：宋立", "4月29日前"]),
    ("row", ["2", "签订保密协议", "双方", "4月28日"]),
    ("row", ["3", "输出术语表初稿", "长译：段文轩", "5月8日前"]),
    ("row", ["4", "首批交付（约3万字）", "长译：苗雨晴", "节后第一个工作日"]),
    ("row", ["5", "确认排版格式要求", "华秦：宋立", "下周三"]),
    ("p", "三、下次会议：5月12日（周二）10:00，线上。"),
    ("p", "记录：贺嘉怡"),
]


@case
def c8224():
    date = "Mon, 27 Apr 2026 17:20:06 +0800"
    pdf = make_pdf(PDF_8224, "华秦用户手册翻译项目启动会会议纪要", "贺嘉怡")
    body = Multi("mixed", [
        Leaf("text/plain", "宋经理您好：\n\n附件是今天上午项目启动会的会议纪要（PDF），请查收。如有异议请于今日内回复。\n\n"
                           "贺嘉怡\n西安长译语言服务有限公司 项目部\n", "utf-8", "quoted-printable"),
        Leaf("application/pdf", data=pdf, cte="base64", filename="华秦项目启动会纪要0427.pdf",
             disposition="attachment"),
        Leaf("text/plain", "\n", "us-ascii", "7bit"),
    ], "Apple-Mail=_5E2A9C14-7B3D-4F08-A6E1-0C9D2B8F4A73")
    frm = ("贺嘉怡", em("贺嘉怡"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.12", date, "4fZ1aQ4kG8z3kE", frm[1])
    h += [
        ("From", addr(*frm)),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
        ("Subject", ew("华秦用户手册翻译项目启动会纪要")),
        ("Message-Id", "<8E3C1A70-4D2B-4F69-B0E5-7A1F92C4D6E8@changyi.example.cn>"),
        ("Date", date),
        ("To", addrs([("宋立", "songli@huaqin-auto.example.com")])),
        ("Cc", addrs([("王晓彤", "wangxiaotong@huaqin-auto.example.com"), ("苗雨晴", em("苗雨晴")),
                      ("段文轩", em("段文轩")), BOT])),
        ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    ]
    song = "songli@huaqin-auto.example.com"
    items = [
        item("宋立", "提供全部待译文件及历史参考译文", "2026-04-29", email=song, rule=("md", 4, 29)),
        item(None, "签订保密协议", "2026-04-28", dept=None, rule=("md", 4, 28)),
        item("段文轩", "输出术语表初稿", "2026-05-08", rule=("md", 5, 8)),
        item("苗雨晴", "首批交付（约3万字）", "2026-05-06", rule=("after_hol", "Labour Day")),
        item("宋立", "确认排版格式要求", "2026-05-06", email=song, rule=("next_wd", 3)),
    ]
    return dict(
        num=8224, slug="pdf-attachment-apple-mail-client", kind="minutes", org="C",
        client="Apple Mail (macOS)",
        encoding="multipart/mixed: text/plain UTF-8 QP + PDF (reportlab, CID font, RFC 2231 filename) + empty text part",
        eml=build(h, body), items=items, next=followup("2026-05-12", "10:00", ("abs", "2026-05-12", 2, "10:00")),
        summary="5 items from the PDF (1 no_owner), follow-up 05-12 10:00",
        tests="minutes only in a PDF attachment; '华秦：宋立'/'长译：X' owner cells; 双方; 节后第一个工作日 after Labour Day; 下周三 from a Monday",
        attach_text="\n".join(v if isinstance(v, str) else "\t".join(v) for _, v in PDF_8224),
        notes=("Minutes sent to the client as a PDF (the body only points to it), Mon 2026-04-27 17:20 +0800. From the PDF's "
               "待办事项 table: #1 华秦：宋立 -> 宋立, the client's contact (not in the roster; address from To), 4月29日前 "
               "-> 2026-04-29. #2 双方 -> no_owner, 4月28日 -> 04-28. #3 段文轩, 5月8日前 -> 05-08. #4 苗雨晴, "
               "节后第一个工作日 = first working day after Labour Day (05-01..05-05) -> Wed 2026-05-06. #5 宋立, 下周三 -> "
               "Wed 2026-05-06. The 最终交付日期6月30日 in 项目概况 is a project fact. 下次会议 5月12日（周二）10:00 -> "
               "2026-05-12 10:00. '如有异议请于今日内回复' in the body is not an item."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8225():
    date = "Fri, 12 Jun 2026 11:30:17 +0800"
    text = """各位好：
今天上午关于暑期实习译员招聘与培训的碰头会，纪要如下，请查阅。

参会：寇总、来总、段老师、屈老师、杜工、苗雨晴、闫晓蕾

一、来总牵头，与两所高校外国语学院对接实习基地协议，6月底前签回。
二、段老师：设计笔译测试题（英、德、日三套），下周三前发我。
三、屈老师：准备实习生CAT工具培训课件，杜工配合搭建练习环境，端午节后第一个工作日前完成。
四、闫晓蕾：在公众号和两校就业网发布招聘启事，今天下班前。
五、杜工：实习生系统账号开通，时间待定（看最终录用人数）。

会议还确定：实习补贴标准为每天150元，由人事行政部按月发放。

下次碰头：6月24日（周三）上午10:30，三楼小会议室。

闫晓蕾
人事行政部
西安长译语言服务有限公司
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gbk", "base64", label="GBK"),
        Leaf("text/html", to_html(text, "foxmail"), "gbk", "base64", label="GBK"),
    ], "----=_001_NextPart521388436147_=----")
    frm = ("闫晓蕾", em("闫晓蕾"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.14", date, "4fhM0y7WTbz3kF", frm[1])
    to = [("寇欣", em("寇欣")), ("来宏伟", em("来宏伟")), ("段文轩", em("段文轩")), ("屈婷", em("屈婷")),
          ("杜泽宇", em("杜泽宇")), ("苗雨晴", em("苗雨晴"))]
    h += [
        ("Date", date),
        ("From", addr(*frm, charset="gbk", label="GBK")),
        ("To", addrs(to, "gbk", label="GBK")),
        ("Cc", addrs([BOT], "gbk", label="GBK")),
        ("Subject", ew("暑期实习译员招聘与培训安排 会议纪要", "gbk", label="GBK")),
        ("X-Priority", "3"),
        ("X-GUID", "D41F7C28-6B0E-4A93-8E25-9F1C3A7B0D64"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202606121130173024871@changyi.example.cn>"),
    ]
    items = [
        item("来宏伟", "与两所高校外国语学院对接实习基地协议", "2026-06-30", rule=("month_end",)),
        item("段文轩", "设计笔译测试题（英、德、日三套）", "2026-06-17", rule=("next_wd", 3)),
        item("屈婷", "准备实习生CAT工具培训课件", "2026-06-22", rule=("after_hol", "Dragon Boat Festival")),
        item("闫晓蕾", "在公众号和两校就业网发布招聘启事", "2026-06-12", rule=("today",)),
        item("杜泽宇", "实习生系统账号开通", None, flags=["vague_due"], rule=("vague",)),
    ]
    return dict(
        num=8225, slug="title-owners-foxmail-gbk", kind="minutes", org="C",
        client="Foxmail 7.2 (Windows)",
        encoding="multipart/alternative GBK base64",
        eml=build(h, body), items=items, next=followup("2026-06-24", "10:30", ("abs", "2026-06-24", 3, "10:30")),
        summary="5 items (1 vague), follow-up 06-24 10:30",
        tests="owners written as titles (来总牵头, 段老师, 屈老师, 杜工) with 配合 in the same line; 6月底前, 下周三前, 端午节后第一个工作日前, 今天下班前, 时间待定",
        notes=("Sent Fri 2026-06-12 11:30 +0800. Owners by title (roster aliases): 来总 = 来宏伟 (牵头), 段老师 = 段文轩, "
               "屈老师 = 屈婷, 杜工 = 杜泽宇. 一 6月底前 -> 2026-06-30. 二 下周三前 -> Wed 2026-06-17. 三 屈婷 owns; "
               "'杜工配合搭建练习环境' is support, not an extra item; '端午节后第一个工作日前' -> Mon 2026-06-22. 四 今天下班前 "
               "-> 2026-06-12, no time. 五 '时间待定' -> vague_due. '会议还确定…' is a decision. 下次碰头 6月24日（周三）"
               "上午10:30 -> 2026-06-24 10:30."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8226():
    date = "Fri, 26 Jun 2026 17:02:40 +0800"
    text = """长译周报 · 第23期（6月22日—6月26日）

各位同事，周五好！本周要闻如下：

【公司动态】
1. 口译部党老师团队圆满完成丝路博览会同传任务，主办方发来感谢信，点赞！
2. Hartmann v4.2 项目第一批已于6月24日按期交付。
3. 7月1日起新版报销流程在飞书审批上线，纸质单据不再受理。

【温馨提示】
· 年度体检请在6月30日前完成预约（体检中心电话：029-8836 5120）。
· 端午节值班调休请在6月底前报人事行政部备案。
· 下周三（7月1日）下午4点三楼茶歇区有生日会，欢迎参加。

【本周数据】
交付字数 41.6万字｜新签客户 3家｜口译 22人天

周报由人事行政部编辑，有新闻线索欢迎投稿给我。

闫晓蕾
人事行政部
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "8bit"),
        Leaf("text/html", to_html(text, "div", "PingFang SC"), "utf-8", "8bit"),
    ], "b7e2d91c40a35f6e8d1c2a90f4b3e587")
    frm = ("闫晓蕾", em("闫晓蕾"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.12", date, "4fjx1V2nMcz3kG", frm[1])
    h += feishu_headers(date, frm, [("长译全体", f"all@{O['domain']}")], [BOT],
                        "长译周报 · 第23期（6月22日—6月26日）",
                        "<5d0f7b32-9e1a-4c68-b2d4-83a6f1e0c9b7@changyi.example.cn>")
    return dict(
        num=8226, slug="other-staff-newsletter-feishu-8bit", kind="other", org="C",
        client="Feishu (Lark) Mail",
        encoding="multipart/alternative UTF-8 8bit",
        eml=build(h, body), items=[], next=None,
        summary="other, no items",
        tests="an internal weekly newsletter written by a person to all staff (no bulk/list headers): reminders with dates ('6月30日前完成预约', '6月底前报…') are not minutes items",
        notes=("Weekly staff newsletter written by 闫晓蕾 and sent to the all-staff address (the bot is in Cc), Fri 2026-06-26 "
               "17:02 +0800. A person wrote it (no Precedence/List-* headers, so not auto), but it records no meeting: news, "
               "reminders to everyone ('6月30日前完成预约', '6月底前报人事行政部备案') and an event date -> kind other, no "
               "items, no follow-up."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8227():
    date = "Wed, 29 Apr 2026 16:45:31 +0800"
    text = """賀經理、苗小姐 您好：

今天下午視訊會議的會議記錄整理如下，請參考，若有遺漏再麻煩告知。

一、出席人員
鼎晟科技：林佩君、張志豪
長譯：賀嘉怡、苗雨晴、段文軒

二、結論
1. 型錄共120頁，繁中轉簡中，並依大陸市場調整在地化用語。
2. 交期以5/22為最終期限，分兩批交付。

三、待辦事項
1. 鼎晟（林佩君）：4/30前提供InDesign原始檔及字型清單。
2. 長譯（苗雨晴）：5/8(五)前提交第一批40頁譯稿。
3. 長譯（段文軒）：下週三前完成兩岸用語對照表。
4. 長譯（賀嘉怡）：節後第一個工作日提供正式報價單。
5. 鼎晟（張志豪）：確認簡中版是否需要加印條碼，時間待定。

四、下次會議
5/13(三) 下午2:30，視訊。

林佩君 Peggy Lin
鼎晟科技股份有限公司 行銷部
TEL: +886-2-2658-7311 #215
"""
    p = lambda l: f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n"
    html_body = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=big5\">"
                 "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
                 "p.MsoNormal {margin:0cm;font-size:12.0pt;font-family:新細明體;}\n--></style></head>"
                 "<body lang=ZH-TW link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
                 "<div class=WordSection1>\n" + "".join(p(l) for l in text.rstrip().split("\n")) + "</div></body></html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", text, "big5", "base64"),
        Leaf("text/html", html_body, "big5", "quoted-printable"),
    ], "----=_NextPart_000_0027_01DCD7C2.8A1E3F60")
    frm = ("林佩君", em("林佩君"))
    h = received_chain("C", "mail.dingsheng.example.com.tw", "61.220.41.88", date, "4fZrC60nXkz3kH", frm[1])
    h += [
        ("From", addr("林佩君", frm[1], "big5")),
        ("To", ",\n\t".join([addr("Joy He", em("贺嘉怡")), addr("苗雨晴", em("苗雨晴"), "big5")])),
        ("Cc", ",\n\t".join([addr("段文軒", em("段文轩"), "big5"),
                             addr("張志豪", "chihhao.chang@dingsheng.example.com.tw", "big5"),
                             addr(*BOT)])),
        ("Subject", ew("會議記錄：鼎晟產品型錄簡中化專案 4/29", "big5")),
        ("Date", date),
        ("Message-ID", "<002701dcd7c2$8a1e3f60$9e5abe20$@dingsheng.example.com.tw>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzXwoi4Xn1o2mYbQ0aJ8vPZKk3VtA=="),
        ("Content-Language", "zh-tw"),
    ]
    items = [
        item("林佩君", "提供InDesign原始檔及字型清單", "2026-04-30", rule=("md", 4, 30)),
        item("苗雨晴", "提交第一批40頁譯稿", "2026-05-08", rule=("abs", "2026-05-08", 5)),
        item("段文轩", "完成兩岸用語對照表", "2026-05-06", rule=("next_wd", 3)),
        item("贺嘉怡", "提供正式報價單", "2026-05-06", rule=("after_hol", "Labour Day")),
        item("張志豪", "確認簡中版是否需要加印條碼", None, flags=["vague_due"],
             email="chihhao.chang@dingsheng.example.com.tw", rule=("vague",)),
    ]
    return dict(
        num=8227, slug="taiwan-client-big5-outlook-zh-tw", kind="minutes", org="C",
        client="Outlook 2016 zh-TW (Taiwanese client)",
        encoding="multipart/alternative big5 (plain base64, HTML quoted-printable); CRLF; mixed big5/UTF-8 encoded words",
        eml=build(h, body, crlf=True), items=items,
        next=followup("2026-05-13", "14:30", ("abs", "2026-05-13", 3, "14:30")),
        summary="5 items (1 vague), follow-up 05-13 14:30",
        tests="Traditional-Chinese big5 minutes from a Taiwanese client: 'unit（person）' owners in traditional characters (段文軒 = 段文轩, 賀嘉怡 = 贺嘉怡); 4/30前, 5/8(五)前, 下週三前, 節後第一個工作日 on the eve of Labour Day; 5/13(三) 下午2:30",
        notes=("Minutes written by the Taiwanese client 林佩君 (outsider in the roster) in big5, sent Wed 2026-04-29 16:45 "
               "+0800. Owners: the person in brackets after the company. 林佩君 4/30前 -> 2026-04-30. 苗雨晴 5/8(五)前 -> "
               "2026-05-08 (a Friday, as written). 段文軒 is our 段文轩 (traditional form of the same name; Cc display "
               "name 段文軒 with his address): 下週三前 -> Wed 2026-05-06. 賀嘉怡 = 贺嘉怡 (To 'Joy He'): 節後第一個工作日 "
               "-> 2026-05-06. AMBIGUOUS: in Taiwan Labour Day is only 05-01, but the deliverable is the mainland agency's "
               "and the set's convention is the mainland calendar (holiday 05-01..05-05), so the first working day after "
               "is Wed 05-06. 張志豪 (client; not in the roster; address from Cc) '時間待定' -> vague_due. 結論 lines (交期 "
               "5/22) are decisions. 下次會議 5/13(三) 下午2:30 -> 2026-05-13 14:30. Task text is kept in traditional "
               "characters as written."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8228():
    date = "Mon, 20 Jul 2026 10:15:52 +0800"
    rows = [
        ["项目", "事项", "负责人", "截止", "状态"],
        ["华秦手册", "第三批交付（约8万字）", "苗雨晴", "7月24日", "进行中"],
        ["华秦手册", "第二批客户返修意见处理", "屈婷", "7/17", "已完成"],
        ["Hartmann v4.2", "德语终审", "段老师", "下周五", "进行中"],
        ["鼎晟型录", "印前PDF核对", "杜工", "7月22日前", "未开始"],
        ["新客户（医疗器械）", "报价及试译安排", "来总", "尽快", "未开始"],
        ["内部", "7月工时统计", "闫晓蕾", "本月底", "进行中"],
    ]
    text = ("各位：\n上午排期会纪要，表格是从Excel里直接粘的：\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n"
            "另外：8月起项目周报改为每周一上午发。\n下次排期会：8月3日（周一）10:00。\n\n-- \n贺嘉怡\n项目部\n")
    body = Leaf("text/plain", text, "utf-8", "8bit", params=[("format", "flowed")], inline_params=True, label="UTF-8")
    frm = ("贺嘉怡", em("贺嘉怡"))
    h = received_chain("C", "smtp-out.feishu.example.net", "101.126.44.13", date, "4fpCx84LrTz3kJ", frm[1])
    h += [
        ("Message-ID", "<7a0e3c5f-2b91-4d8e-a6c4-19f0b2d7e8a3@changyi.example.cn>"),
        ("Date", date),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", addrs([("苗雨晴", em("苗雨晴")), ("屈婷", em("屈婷")), ("段文轩", em("段文轩")), ("杜泽宇", em("杜泽宇")),
                      ("来宏伟", em("来宏伟")), ("闫晓蕾", em("闫晓蕾"))], label="UTF-8")),
        ("Cc", addrs([BOT], label="UTF-8")),
        ("From", addr(*frm, label="UTF-8")),
        ("Subject", ew("7月项目排期会纪要", label="UTF-8")),
    ]
    items = [
        item("苗雨晴", "华秦手册第三批交付（约8万字）", "2026-07-24", rule=("md", 7, 24), anchor="第三批交付（约8万字）"),
        item("段文轩", "Hartmann v4.2 德语终审", "2026-07-31", rule=("next_wd", 5), anchor="德语终审"),
        item("杜泽宇", "鼎晟型录印前PDF核对", "2026-07-22", rule=("md", 7, 22), anchor="印前PDF核对"),
        item("来宏伟", "新客户（医疗器械）报价及试译安排", None, flags=["vague_due"], rule=("vague",),
             anchor="报价及试译安排"),
        item("闫晓蕾", "7月工时统计", "2026-07-31", rule=("month_end",)),
    ]
    return dict(
        num=8228, slug="tab-separated-table-thunderbird-8bit", kind="minutes", org="C",
        client="Thunderbird (Windows)",
        encoding="text/plain UTF-8 8bit, format=flowed",
        eml=build(h, body), items=items, next=followup("2026-08-03", "10:00", ("abs", "2026-08-03", 1, "10:00")),
        summary="5 items (1 vague), follow-up 08-03 10:00",
        tests="Excel range pasted as tab-separated text: header row, 已完成 row skipped, titles in the 负责人 column (段老师/杜工/来总); 7月24日, 下周五, 7月22日前, 尽快, 本月底; follow-up in August",
        notes=("Plain-text Thunderbird mail (8bit UTF-8) with an Excel range pasted as tab-separated columns 项目/事项/负责人/"
               "截止/状态, sent Mon 2026-07-20 10:15 +0800. Row 2 已完成 -> not an item. Owners: 苗雨晴; 段老师 = 段文轩; "
               "杜工 = 杜泽宇; 来总 = 来宏伟; 闫晓蕾. Dates: 7月24日 -> 2026-07-24; 下周五 -> Fri 2026-07-31; 7月22日前 -> "
               "07-22; 尽快 -> vague_due; 本月底 -> 2026-07-31. Task text may include the 项目 column (scorers match "
               "loosely). '8月起项目周报改为每周一上午发' is a standing rule. 下次排期会 8月3日（周一）10:00 -> 2026-08-03 "
               "10:00."),
    )
