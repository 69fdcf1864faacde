"""Cases 10823-10830: 邢台骏童童车 (continued) and 银川朔方甘草生物科技 (with Hungarian buyer Alföld Phyto)."""
import datetime as dt

from h80_clients import _rcv, exmail, foxmail, netease, outlook, thread_index, wecom
from h80_html import T, div_html, esc, outlook_html, to_text
from h80_lib import addr, addrs, ew, fu, hx, it, leaf, message, multi, rfc_date
from h80_people import ORGS, person

CST = dt.timezone(dt.timedelta(hours=8))
CEST = dt.timezone(dt.timedelta(hours=2))
BOTC = ORGS["C"]["bot"]
BOTD = ORGS["D"]["bot"]
P = person
DC = ORGS["C"]["domain"]
DD = ORGS["D"]["domain"]


def case(slug, kind, raw, notes, row, items=(), followup=None):
    return {"slug": slug, "kind": kind, "raw": raw, "items": list(items), "followup": followup,
            "notes": notes, "row": row}


def lines(text):
    return text.rstrip("\n").split("\n")


def c10823():
    sent = dt.datetime(2026, 7, 14, 15, 20, 8, tzinfo=CST)
    subject = "7月14日采购付款沟通会纪要"
    text = ("郭总、各位：\n\n本次沟通确认3件事：①高主管提交轮胎及鞍座二季度比价表（负责人：高主管，截止时间：周五12:00）；"
            "②仓储部同步库存呆滞物料清单（负责人：建业，截止时间：周一18:00）；③财务部审核7月付款计划（负责人：田会计，"
            "截止时间：周三17:00）。\n\n如有异议请于今日内回复。\n\n高秀娟 采购部\n")
    frm = P("高秀娟")
    to = [P("郭振海"), P("李建业"), P("田雅静")]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8"), "UTF-8", "base64")],
                 f"----=_NextPart_{hx('10823b', 8).upper()}_{hx('10823c', 8).upper()}_{hx('10823d', 8).upper()}")
    h = wecom(frm, to, [BOTC], subject, sent, f"<tencent_{hx('10823', 36).upper()}@{DC}>", BOTC, seed="10823")
    items = [
        it("高秀娟", "提交轮胎及鞍座二季度比价表", "2026-07-17", ("wkday", "五"), time="12:00"),
        it("李建业", "同步库存呆滞物料清单", "2026-07-20", ("wkday", "一"), time="18:00"),
        it("田雅静", "审核7月付款计划", "2026-07-15", ("wkday", "三"), time="17:00"),
    ]
    notes = ("The seed's one-line sentence '本次沟通确认3件事：①…（负责人：…，截止时间：…）；②…；③…' from WeCom mail. "
             "Sent Tue 2026-07-14 15:20. ① 高主管 = 高秀娟, '周五12:00' -> 2026-07-17 12:00. ② '建业' = 李建业, "
             "'周一18:00': this week's Monday 07-13 is past -> 2026-07-20 18:00. ③ '田会计' = 田雅静, '周三17:00' -> "
             "2026-07-15 17:00. '如有异议请于今日内回复' is not an item.")
    return case("10823-seed-inline-sentence-wecom", "minutes", message(h, body), notes,
                "Seed one-line '确认3件事：①…（负责人：高主管，截止时间：周五12:00）' via WeCom: title/short-name "
                "aliases, past 周一 rolls to next week, times kept", items)


def c10824():
    sent = dt.datetime(2026, 7, 17, 17, 40, 31, tzinfo=CST)
    subject = "验厂（BSCI复审）不符合项整改分工会纪要"
    text = """各位：

今天下午开了验厂不符合项整改分工会，纪要如下：

一、不符合项共6项，其中消防2项、职业健康2项、工时记录2项（明细见上周审核报告）。

二、分工
1. 赵铁军：整改验厂不符合项（生产车间部分：消防通道、灭火器点检）（截止：7月24日（周五）前）
2. 孟庆华：整改验厂不符合项（品质部及化学品仓部分）（截止：7月22日（周三）前）
3. 田雅静：整理近3个月工资表及考勤记录（截止：7月底前（含加班费核算））
4. 李建业：化学品仓MSDS重新打印上墙（截止：下周一）

三、复审时间：暂定8月上旬，具体等审核机构通知。

孟庆华
品质部
"""
    frm = P("孟庆华")
    to = [P("赵铁军"), P("田雅静"), P("李建业")]
    cc = [P("郭振海"), BOTC]
    body = multi("alternative", [leaf("text/plain", text, "GBK", "base64", cs_quote=True),
                                 leaf("text/html", div_html(lines(text), cs="GBK", font="宋体", size="10.5pt"),
                                      "GBK", "quoted-printable", cs_quote=True)],
                 "----=_001_NextPart871204531664_=----")
    h = foxmail(frm, to, cc, subject, sent, "<202607171740315538417@juntong-bike.example.cn>", BOTC, cs="GBK",
                seed="10824")
    items = [
        it("赵铁军", "整改验厂不符合项", "2026-07-24"),
        it("孟庆华", "整改验厂不符合项", "2026-07-22"),
        it("田雅静", "整理近3个月工资表及考勤记录", "2026-07-31", ("monthend",)),
        it("李建业", "化学品仓MSDS重新打印上墙", "2026-07-20", ("nextwk", "一")),
    ]
    notes = ("Foxmail GBK minutes where two items have the same task text '整改验厂不符合项' for different owners "
             "and dates (the bracketed scope differs) - both must be kept. Deadlines sit in nested brackets. Sent "
             "Fri 2026-07-17. #1 '7月24日（周五）前' -> 2026-07-24. #2 '7月22日（周三）前' -> 2026-07-22. #3 "
             "'7月底前（含加班费核算）' -> 2026-07-31. #4 '下周一' -> 2026-07-20. Section 一 is facts; '复审时间："
             "暂定8月上旬' is an outside audit date, not a follow-up of this group -> null.")
    return case("10824-same-task-text-nested-brackets-foxmail", "minutes", message(h, body), notes,
                "Foxmail GBK: two items with identical task text (different owners/dates), deadlines in nested "
                "brackets, 7月底前（含…）, 下周一", items)


def c10825():
    sent = dt.datetime(2026, 8, 5, 11, 20, 45, tzinfo=CST)
    subject = "Fw: 【腾讯会议】智能纪要：平衡车新品评审会"
    text = """转给纪要助手跟踪，待办以下面为准。—许文博

----- 转发的邮件 -----
发件人：腾讯会议 <noreply@summary.wemeet-notify.example.com>
日期：2026年8月5日 10:32
收件人：许文博 <xuwenbo@juntong-bike.example.cn>
主题：【腾讯会议】智能纪要：平衡车新品评审会

【会议纪要】平衡车新品评审会  2026/08/05 09:30-10:25
参会人：郭振海、许文博、刘思彤、孟庆华、赵铁军

▍会议摘要
本次会议评审了JT-B3儿童平衡车样车。主要结论：车架高度调节范围扩大到38–46cm，座垫改用一体发泡。刘思彤反馈哥伦比亚客户希望9月中旬前收到修改后的样车，孟庆华提出需先完成安全测试。

▍要点回顾
1. 车架方案：调节范围扩大，需同步修改图纸和BOM。
2. 认证：样车需按EN 71及ICONTEC要求做测试。

▍待办事项
· 许文博 8月10日前完成JT-B3样车评审资料修订（含调节范围变更）
· 刘思彤 下周三前回复哥伦比亚客户样品意见
· 孟庆华 8月14日前出具样车安全测试计划
· 整理评审会录音中的客户问题清单（待分配）

本纪要由腾讯会议AI生成，内容仅供参考
"""
    frm = P("许文博")
    to = [BOTC]
    cc = [P("刘思彤"), P("孟庆华")]
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="utf-8"), "utf-8", "base64")],
                 f"----=_NextPart_{hx('10825b', 8).upper()}_{hx('10825c', 8).upper()}_{hx('10825d', 8).upper()}")
    h = exmail(frm, to, cc, subject, sent, f"<tencent_{hx('10825', 36).upper()}@{DC}>", BOTC, cs="utf-8",
               seed="10825")
    items = [
        it("许文博", "完成JT-B3样车评审资料修订（含调节范围变更）", "2026-08-10"),
        it("刘思彤", "回复哥伦比亚客户样品意见", "2026-08-12", ("nextwk", "三")),
        it("孟庆华", "出具样车安全测试计划", "2026-08-14"),
        it(None, "整理评审会录音中的客户问题清单"),
    ]
    notes = ("Tencent Meeting AI minutes (智能纪要) forwarded by 许文博 via Exmail UTF-8 with the bot in To. Only "
             "▍待办事项 gives items; the 摘要 ('9月中旬前收到样车') and 要点 are not items. Sent Wed 2026-08-05. "
             "#1 -> 2026-08-10. #2 '下周三前' -> 2026-08-12. #3 -> 2026-08-14. #4 '（待分配）' and no date -> no_owner "
             "+ no_due.")
    return case("10825-tencent-meeting-ai-minutes-exmail", "minutes", message(h, body), notes,
                "Forwarded 腾讯会议 智能纪要 (Exmail UTF-8): only 待办 counts; '姓名 + deadline + task' lines; "
                "unassigned 待办", items)


def c10826():
    sent = dt.datetime(2026, 8, 3, 9, 14, 2, tzinfo=CST)
    recap = "<mb.20260731.5d0e3b@juntong-bike.example.cn>"
    subject = "自动回复：【纪要确认】7月31日外贸周会纪要"
    text = ("您好，我正在休假（8月3日—8月7日），期间不便处理邮件。\n外贸业务请联系刘思彤，8月10日返岗后我会尽快回复。\n"
            "这是一封自动回复邮件。\n\n张雨萌\n")
    frm = P("张雨萌")
    body = multi("alternative", [leaf("text/plain", text, "gb18030", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="gb18030"), "gb18030", "base64")],
                 f"----=_NextPart_{hx('10826b', 8).upper()}_{hx('10826c', 8).upper()}_{hx('10826d', 8).upper()}")
    h = exmail(frm, [BOTC], [], subject, sent, f"<tencent_{hx('10826', 36).upper()}@{DC}>", BOTC, seed="10826",
               irt=recap, refs=[recap])
    notes = ("Exmail vacation auto-reply with NO Auto-Submitted / X-Autoreply / Precedence header: only the "
             "'自动回复：' subject, the In-Reply-To of a bot recap and the '这是一封自动回复邮件' body show it is "
             "automatic. kind auto; the dates (8月3日—8月7日, 8月10日返岗) are not commands.")
    return case("10826-auto-vacation-exmail-no-headers", "auto", message(h, body), notes,
                "Exmail vacation reply without Auto-Submitted headers (subject/body only) -> auto")


def c10827():
    sent = dt.datetime(2026, 5, 9, 17, 30, 6, tzinfo=CST)
    subject = "5月9日（周六调休）生产协调会纪要"
    text = """各位：

今天调休上班，节后第一次生产协调会，纪要如下：

1、JT-16首批物料齐套率92%，缺鞍座和轮胎。

2、待办：
（1）高秀娟：2个工作日内落实鞍座到货日期；
（2）许文博：周五前把折叠锁新图纸下发车间；
（3）李建业：下周一盘点成品仓，数据当天报我；
（4）孟庆华：明天（周日）休息，下周一上午11点前发出首件检验报告；
（5）赵铁军（本人）：5月15日前完成焊接班组人员调整。

下次协调会：下周六（5月16日）上午9点，三楼会议室。

赵铁军 生产部
"""
    frm = P("赵铁军")
    to = [P(n) for n in ("高秀娟", "许文博", "李建业", "孟庆华")]
    cc = [P("郭振海"), BOTC]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8"), "UTF-8", "quoted-printable")],
                 f"----=_Part_{int(hx('10827', 6), 16)}_{int(hx('10827x', 7), 16)}.1778319006000")
    h = netease(frm, to, cc, subject, sent, f"<{hx('10827m', 8)}.{hx('10827n', 5)}.{hx('10827o', 11)}@{DC}>", BOTC,
                seed="10827")
    items = [
        it("高秀娟", "落实鞍座到货日期", "2026-05-12", ("wd", 2)),
        it("许文博", "把折叠锁新图纸下发车间", "2026-05-15", ("wkday", "五")),
        it("李建业", "盘点成品仓", "2026-05-11", ("nextwk", "一")),
        it("孟庆华", "发出首件检验报告", "2026-05-11", ("nextwk", "一"), time="11:00"),
        it("赵铁军", "完成焊接班组人员调整", "2026-05-15"),
    ]
    notes = ("NetEase enterprise mail sent on Sat 2026-05-09, the May Day make-up working day. #1 '2个工作日内' "
             "counts from the next working day: Mon 05-11, Tue 05-12 -> 2026-05-12. #2 '周五前': this week's "
             "Friday 05-08 is past -> 2026-05-15. #3 '下周一' -> 2026-05-11. #4 '下周一上午11点前' -> 2026-05-11 "
             "11:00 ('明天（周日）休息' is not a deadline). #5 '赵铁军（本人）' = the sender -> 2026-05-15. Line 1 "
             "is a fact. 下次协调会 '下周六（5月16日）上午9点' -> 2026-05-16 09:00.")
    return case("10827-makeup-saturday-netease", "minutes", message(h, body), notes,
                "NetEase minutes sent on the 05-09 make-up Saturday: 2个工作日内, past 周五 rolls over, 下周一 from a "
                "Saturday, （本人）, next meeting 下周六", items, fu("2026-05-16", "09:00", ("nextwk", "六")))


def c10828():
    sent = dt.datetime(2026, 4, 7, 17, 20, 40, tzinfo=CST)
    subject = "跨部门沟通记录：甘草酸单铵盐新工艺试产协调会"
    info = T([["沟通基本信息", "内容"],
              ["沟通主题", "甘草酸单铵盐新工艺试产跨部门协调会"],
              ["沟通时间", "2026年4月7日14:30-16:00"],
              ["沟通地点/线上渠道", "公司二楼会议室 + 钉钉视频（基地）"],
              ["参与部门及人员", "生产部：丁海涛；品控部：白雪；研发中心：纳文静；种植基地部：杨建国；市场部：苏婉清"],
              ["主持人/记录人", "主持人：马俊峰；记录人：周晓玲"],
              ["沟通目标", "确定新工艺试产时间、原料批次和质量放行标准"]])
    todo = T([["序号", "事项", "负责人", "完成时限"],
              ["1", "编制试产工艺规程及批生产记录", "纳文静（主责）/丁海涛（配合）", "3个工作日内"],
              ["2", "确认试产用原料批次及库存量", "杨建国", "4月9日前"],
              ["3", "制定试产批次内控检验方案", "白雪（主责）、纳文静（配合）", "4月15日前"],
              ["4", "梳理匈牙利客户对新工艺样品的资质文件要求", "苏婉清", "本月底前"],
              ["5", "试产车间设备清洗验证", "丁海涛", "待定"]])
    blocks = ["各位：", "", "今天下午协调会的沟通记录如下。", "", info, "", "会议结论：",
              "1. 试产定在4月下旬，使用2025年秋季采挖的乌拉尔甘草根。",
              "2. 试产批次质量放行以企业内控标准为准，外部检测同步送样。", "", "待办事项：", todo, "",
              "下次沟通时间：下周二同一时间，地点不变。", "", "周晓玲 | 行政部", "银川朔方甘草生物科技有限公司"]
    frm = P("周晓玲")
    to = [P(n) for n in ("丁海涛", "白雪", "纳文静", "杨建国", "苏婉清")]
    cc = [P("马俊峰"), BOTD]
    body = multi("alternative", [
        leaf("text/plain", to_text(blocks), "utf-8", "base64", cs_quote=True),
        leaf("text/html", outlook_html(blocks, "utf-8", bold_first=False), "utf-8", "base64", cs_quote=True)],
        "----=_NextPart_000_01F2_01DCC6A4.3B9E7D10")
    h = outlook(frm, to, cc, subject, sent, f"<001f01dcc6a4$3b9e7d10$b2db7730$@{DD}>", BOTD, cs="utf-8",
                seed="10828")
    items = [
        it("纳文静", "编制试产工艺规程及批生产记录", "2026-04-10", ("wd", 3)),
        it("杨建国", "确认试产用原料批次及库存量", "2026-04-09"),
        it("白雪", "制定试产批次内控检验方案", "2026-04-15"),
        it("苏婉清", "梳理匈牙利客户对新工艺样品的资质文件要求", "2026-04-30", ("monthend",)),
        it("丁海涛", "试产车间设备清洗验证", vague=True),
    ]
    notes = ("Seed 跨部门沟通记录表 (沟通基本信息/内容 table) plus a 待办 table, Outlook UTF-8 base64. Sent Tue "
             "2026-04-07 17:20, first working day after Qingming (04-04..04-06 off). 负责人 cells hold '主责/配合': "
             "the 主责 person owns the item. #1 '3个工作日内' -> 04-08, 04-09, 04-10 = 2026-04-10. #2 -> 2026-04-09. "
             "#3 -> 2026-04-15. #4 '本月底前' -> 2026-04-30. #5 '待定' -> vague_due. 会议结论 lines are decisions. "
             "'下次沟通时间：下周二同一时间' -> the meeting began 14:30 on 04-07 -> 2026-04-14 14:30.")
    return case("10828-cross-dept-record-zhuze-peihe-outlook", "minutes", message(h, body), notes,
                "Seed 跨部门沟通记录表 + 待办 table (Outlook UTF-8): 主责/配合 in one cell, 3个工作日内 after Qingming, "
                "本月底前, 待定; next meeting '下周二同一时间'", items, fu("2026-04-14", "14:30", ("nextwk", "二")))


def c10829():
    sent = dt.datetime(2026, 5, 21, 16, 30, 0, tzinfo=CEST)
    subject = "Alföld Phyto / Shuofang - call notes 21 May"
    text = """Dear Ms Su, dear colleagues,

Thank you for the call this afternoon. Short notes below.

Participants: Zsófia Nagy, Bence Kovács (Alföld Phyto); Wanqing Su, Bai Xue, Na Wenjing (Shuofang)

1. Lot GL-2605 (glycyrrhizic acid ammonium salt, 2 x 200 kg)
Quality is in line with the agreed spec; the residual solvent result was borderline.

Action: Shuofang (Ms Su) - send the CoA and residual-solvent chromatograms for lot GL-2605 by Monday.
Action: Bence - confirm whether the HPLC method transfer can be closed, by 5 June.
Action: both sides - align the glycyrrhizic acid assay spec for 2027 contracts; timing TBD.
Action: Ms Na - share the stability data (6 months) of the new process before our next call.

2. Logistics
The next shipment leaves Tianjin in week 25; no action.

Next call: Tuesday 2 June, 10:00 CEST (16:00 Yinchuan).

Kind regards,
Zsófia Nagy
Purchasing Manager | Alföld Phyto Kft. | Kecskemét, Hungary
"""
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
            "<body>\n<div dir=\"ltr\">\n" + "\n".join(
                f"<div><span style=\"font-size:11pt\">{esc(ln) if ln else '<br>'}</span></div>" for ln in lines(text))
            + "\n</div>\n</body>\n</html>\n")
    frm = P("Zsófia Nagy")
    to = [("Wanqing Su", P("苏婉清")[1]), ("Bai Xue", P("白雪")[1]), ("Na Wenjing", P("纳文静")[1])]
    cc = [P("Bence Kovács"), BOTD]
    b = f"B_3{int(hx('10829', 8), 16) % 10**9}_{int(hx('10829a', 8), 16) % 10**9}"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", cs_quote=True),
                                 leaf("text/html", html, "UTF-8", "quoted-printable", cs_quote=True)], b)
    h = _rcv(BOTD, "mail.alfoldphyto.example.hu", "195.228.45.17", sent, "10829", hop2="[192.168.10.41]")
    h += [("User-Agent", "Microsoft-MacOutlook/16.97.25051114"), ("Date", rfc_date(sent)),
          ("Subject", ew(subject, "UTF-8", "B")), ("From", addr(*frm, cs="UTF-8")),
          ("To", addrs(to, "UTF-8")), ("CC", addrs(cc, "UTF-8")),
          ("Message-ID", f"<{hx('10829m', 8).upper()}-{hx('10829n', 4).upper()}-{hx('10829o', 4).upper()}-"
                         f"{hx('10829p', 4).upper()}-{hx('10829q', 12).upper()}@alfoldphyto.example.hu>"),
          ("Thread-Topic", ew(subject, "UTF-8", "B")), ("Thread-Index", thread_index("10829")),
          ("MIME", None)]
    items = [
        it("苏婉清", "send the CoA and residual-solvent chromatograms for lot GL-2605", "2026-05-25",
           ("wkday", "Mon")),
        it("Bence Kovács", "confirm whether the HPLC method transfer can be closed", "2026-06-05"),
        it(None, "align the glycyrrhizic acid assay spec for 2027 contracts", vague=True),
        it("纳文静", "share the stability data (6 months) of the new process", "2026-06-02"),
    ]
    notes = ("English minutes written by the Hungarian buyer (Outlook for Mac). Date Thu 2026-05-21 16:30 +0200 = "
             "22:30 in Shanghai, same date. #1 'Shuofang (Ms Su)' = 苏婉清 (alias Ms Su), 'by Monday' -> "
             "2026-05-25. #2 Bence (Cc display name, outside the roster) -> 2026-06-05. #3 'both sides' -> "
             "no_owner, 'timing TBD' -> vague_due. #4 'Ms Na' = 纳文静 (alias), 'before our next call' -> the call "
             "on 2026-06-02 (AMBIGUOUS: could be left undated). 'week 25; no action' is not an item. Next call "
             "'Tuesday 2 June, 10:00 CEST (16:00 Yinchuan)' -> 2026-06-02 16:00.")
    return case("10829-en-hungarian-buyer-outlook-mac", "minutes", message(h, body), notes,
                "Outlook for Mac English minutes from the Hungarian buyer (+0200 Date, 22:30 Shanghai): 'Company "
                "(Ms X)', 'both sides', 'before our next call'; next call in CEST and Yinchuan time", items,
                fu("2026-06-02", "16:00", ("tz", "2026-06-02T10:00+02:00")))


def c10830():
    sent = dt.datetime(2026, 6, 10, 18, 2, 55, tzinfo=CST)
    subject = "种植基地6月协调会待办（表格）"
    rows = [["序号", "工作内容", "负责人", "完成时间", "备注"],
            ["1", "完成贺兰基地二期200亩甘草移栽补苗", ("杨建国", 2), "6月15日前", ""],
            ["2", "统计一期采挖产量并报生产部", "6月底前", ""],
            ["3", "根茎样品有效成分检测", "纳文静", "下周五前", "端午放假注意提前送样"],
            ["4", "基地农残抽检", "白雪", "端午节后", ""],
            ["5", "基地灌溉水泵维修", "丁海涛", "尽快", "配合：杨建国"]]
    cells = []
    for r, row in enumerate(rows):
        tds = []
        for c in row:
            text, span = c if isinstance(c, tuple) else (c, 1)
            rs = f" rowspan={span}" if span > 1 else ""
            cls = "xl66" if r == 0 else "xl65"
            tds.append(f"<td class={cls}{rs} style='border:.5pt solid windowtext;mso-number-format:\"\\@\"'>"
                       f"{esc(text) if text else '&nbsp;'}</td>")
        cells.append("<tr height=19 style='height:14.25pt'>" + "".join(tds) + "</tr>")
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;}\n"
            "td.xl65 {font-family:宋体;font-size:11pt;}\ntd.xl66 {font-family:宋体;font-size:11pt;font-weight:700;"
            "background:#D9E1F2;}\n--></style>\n</head>\n<body lang=ZH-CN>\n<div class=WordSection1>\n"
            "<p class=MsoNormal>马总、各位：</p>\n<p class=MsoNormal>6月10日基地协调会待办如下（从Excel贴过来的，"
            "按这个跟进）：</p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<table border=0 cellpadding=0 cellspacing=0 width=620 style='border-collapse:collapse;width:465pt'>\n"
            + "\n".join(cells) + "\n</table>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<p class=MsoNormal>杨建国</p>\n<p class=MsoNormal>种植基地部</p>\n</div>\n</body>\n</html>\n")
    frm = P("杨建国")
    to = [P("马俊峰"), P("纳文静"), P("白雪"), P("丁海涛")]
    body = leaf("text/html", html, "gb2312", "quoted-printable", cs_quote=True)
    h = outlook(frm, to, [BOTD], subject, sent, f"<002b01dcf8b9$5d7c1e40$18745ac0$@{DD}>", BOTD, seed="10830")
    items = [
        it("杨建国", "完成贺兰基地二期200亩甘草移栽补苗", "2026-06-15"),
        it("杨建国", "统计一期采挖产量并报生产部", "2026-06-30", ("monthend",)),
        it("纳文静", "根茎样品有效成分检测", "2026-06-19", ("nextwk", "五")),
        it("白雪", "基地农残抽检", "2026-06-22", ("post_hol",)),
        it("丁海涛", "基地灌溉水泵维修", vague=True),
    ]
    notes = ("Single-part text/html (gb2312 QP) with a table pasted from Excel: the 负责人 cell '杨建国' is merged "
             "over rows 1-2 (rowspan=2), so row 2 has only four cells and is also 杨建国's. Sent Wed 2026-06-10. "
             "#1 -> 2026-06-15. #2 '6月底前' -> 2026-06-30. #3 '下周五前' -> Friday of next week = 2026-06-19, which "
             "is the Dragon Boat holiday; the date is kept as written (the 备注 itself warns about the holiday). "
             "#4 '端午节后' -> first working day after 06-19..06-21 = 2026-06-22. #5 '尽快' -> vague_due; '配合：杨建国' "
             "in 备注 does not change the owner 丁海涛.")
    return case("10830-excel-paste-rowspan-html-only-outlook", "minutes", message(h, body), notes,
                "HTML-only Outlook gb2312 Excel paste with a rowspan-merged 负责人 cell; 下周五前 lands on the "
                "Dragon Boat holiday (kept); 端午节后; 配合 in 备注", items)


CASES = [c10823, c10824, c10825, c10826, c10827, c10828, c10829, c10830]
