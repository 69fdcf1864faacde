"""heldout65 cases 9301-9305: 荆州湖乡藕业 (Outlook gb2312, Foxmail GBK, DingTalk AI minutes, WeCom, Exmail thread)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, msgid_outlook,
                     thread_index, outlook_html, mso_p, mso_table, html_paras, html_table, text_table, hx, esc)
from h65_roster import who, bot

DOM = "huxiang-ou.example.cn"
BOT = bot("H")


@case(9301, "h-outlook-gb2312-internal-record-table", "minutes",
      "Outlook 2016 zh-CN gb2312 (text base64 + HTML QP) 内部沟通记录表 seed table; ①②③ items in one 待办 cell as "
      "'部门+日期前+事项（邓工）' with title aliases; 下周三前; next meeting line with 上午9:30")
def c9301():
    t = T("2026-04-14 17:36:12")
    rows = [["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
            ["NC2026-04-14", "2026-04-14", "生产部/向经理", "品控部、采购部、仓储物流部", "藕带季清洗线及包材准备",
             "今年藕带预计4月下旬开采，日处理量目标12吨；清洗线2号喷淋头已换新；真空袋第一批已到货",
             "①生产部4月17日前完成藕带清洗线联动调试（邓工）\n②品控部4月20日前输出藕带原料验收标准（严工）\n"
             "③采购部下周三前确认第二批真空袋到货时间（喻经理）", "进行中", "需补充去年退货批次的原因分析"]]
    intro = "各位好：\n\n今天下午藕带季产线准备协调会的记录整理如下，请对照分工推进，有出入的请直接回复。\n"
    outro = "\n下次碰头：4月21日（周二）上午9:30，生产部会议室。\n\n聂文\n总经理办公室\n荆州湖乡藕业食品有限公司\n电话：0716-8123456"
    plain = intro + "\n" + text_table(rows) + "\n" + outro + "\n"
    inner = "\n".join(mso_p(x) for x in intro.split("\n")) + "\n" + mso_table(rows) + "\n" + \
        "\n".join(mso_p(x) for x in outro.split("\n"))
    body = multi("alternative", [leaf("text/plain", plain, "gb2312", "base64"),
                                 leaf("text/html", outlook_html(inner, "gb2312"), "gb2312", "quoted-printable")],
                 "----=_NextPart_000_0017_01DCCBF0.6A3F2E40")
    to = ["向丽", "邓超群", "严俊", "喻敏", "付晓东"]
    hdr = deliver(BOT[1], who("聂文")[1], t, 9301, "NIEWEN-PC", "10.16.2.41") + [
        ("From", addr("聂文", "gb2312")), ("To", addrs(to, "gb2312")),
        ("Cc", addrs(["覃国栋", "黎雪梅", BOT], "gb2312")),
        ("Subject", ew("内部沟通记录-藕带季产线准备协调会（NC2026-04-14）", "gb2312")),
        ("Date", rfc_date(t)), ("Message-ID", msgid_outlook(9301, DOM)), ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(9301)), ("Content-Language", "zh-cn")]
    items = [I("邓超群", "完成藕带清洗线联动调试", "2026-04-17", ("abs", "2026-04-17")),
             I("严俊", "输出藕带原料验收标准", "2026-04-20", ("abs", "2026-04-20")),
             I("喻敏", "确认第二批真空袋到货时间", "2026-04-22", ("next", 2))]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-04-21", "09:30"),
            "notes": "Seed 内部沟通记录表 filled in by the secretary for 向经理's meeting. Sent Tue 2026-04-14 17:36 +0800. "
                     "The 待办事项 cell holds three items, each 'dept + date前 + task (title)': 邓工 = 邓超群, 严工 = 严俊, "
                     "喻经理 = 喻敏 (roster aliases). '下周三前' from Tue 04-14 -> Wed of the next week 2026-04-22. "
                     "核心内容摘要 facts (4月下旬开采, 12吨) and the 备注 remark are not items. "
                     "'下次碰头：4月21日（周二）上午9:30' -> next_followup 2026-04-21 09:30."}


@case(9302, "h-foxmail-gbk-ec-supplier-keyvalue", "minutes",
      "Foxmail 7.2 GBK base64 (text + HTML) 外部沟通跟进表 as key：value lines with a supplier; ③ owned by the "
      "external supplier (To display name); conditional ② with no date; delay date in 核心需求 is information")
def c9302():
    t = T("2026-04-22 10:05:41")
    lines = ["蔡经理好，", "", "上午电话沟通的内容按我们的外部沟通跟进表整理如下，请核对：", "",
             "沟通编号：EC2026-04-22", "沟通日期：2026-04-22", "对方单位/联系人：武汉楚韵包装有限公司/蔡卫经理",
             "我方对接人：采购部/喻敏", "沟通类型：供应商",
             "核心需求/反馈：原定4月25日到货的第二批真空袋（2万只）因吹膜机故障需推迟至4月30日",
             "解决方案/进展：①生产部确认藕带分装能否顺延2天（4月24日前，向经理）②若无法顺延，我方启动备用供应商询价"
             "③楚韵包装4月27日前先发5000只应急（蔡卫）",
             "下次沟通时间：2026-04-24", "负责人：喻敏", "", "如有异议请于今日内回复。", "", "喻敏",
             "采购部 | 荆州湖乡藕业食品有限公司", "手机：139 7165 2208"]
    plain = "\n".join(lines) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            ' body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n' + html_paras(plain.rstrip("\n")) +
            '\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>yumin@huxiang-ou.example.cn'
            '</div></div></span></div>\n</body></html>\n')
    body = multi("alternative", [leaf("text/plain", plain, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 "----=_001_NextPart825137452084_=----")
    hdr = deliver(BOT[1], who("喻敏")[1], t, 9302, "YUMIN-NB", "10.16.5.17") + [
        ("Date", rfc_date(t)), ("From", addr("喻敏", "GBK")), ("To", addr("蔡卫", "GBK")),
        ("Cc", addrs(["向丽", "黎雪梅", BOT], "GBK")),
        ("Subject", ew("外部沟通跟进表-第二批真空袋交期（EC2026-04-22）", "GBK")),
        ("X-Priority", "3"), ("X-GUID", "6C1E2B7A-4D0F-4A8B-93E5-" + hx(9302, 12).upper()),
        ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
        ("Message-ID", f"<2026042210054123{hx(9302, 6)}@huxiang-ou.example.cn>")]
    items = [I("向丽", "确认藕带分装能否顺延2天", "2026-04-24", ("abs", "2026-04-24")),
             I("喻敏", "启动备用供应商询价（若无法顺延）", None, None),
             I("蔡卫", "先发5000只真空袋应急", "2026-04-27", ("abs", "2026-04-27"))]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-04-24"),
            "notes": "Seed 外部沟通跟进表 written as key：value lines (Foxmail GBK). Sent Wed 2026-04-22. ① names 向经理 "
                     "(= 向丽) with 4月24日前. ② names no person, so the row 负责人 喻敏 owns it; it is conditional and has "
                     "no date -> no_due. ③ is the supplier's own task, owner 蔡卫 resolved from the To display name "
                     "(not in the roster, department null), 4月27日前. '推迟至4月30日' is the supplier's delay (information). "
                     "下次沟通时间 2026-04-24, no time."}


@case(9303, "h-dingtalk-ai-minutes-mayday-eve", "minutes",
      "DingTalk/Alimail UTF-8 mail pasting a 钉钉智能纪要: summary, 章节速览 and 发言人总结 mention work but only "
      "待办事项 count; sent on the eve of May Day: 节后第一个工作日, 3个工作日内 across 05-01..05-05")
def c9303():
    t = T("2026-04-30 17:42:08")
    txt = """熊总、各位：
以下是今天会议的钉钉AI纪要，待办我核对过了，纪要助手已抄送。

【智能纪要】端午礼盒订货沟通会
会议时间：2026-04-30 15:00-16:10
参会人：熊志刚、程佳、付晓东、汪蓓

会议摘要
本次会议围绕端午礼盒订货展开。熊志刚表示长沙客户去年礼盒复购率较高，今年需要提前锁定订单量；付晓东提到冷库目前约有60%库容可用；汪蓓提醒礼盒预付款比例不低于30%。

章节速览
00:02 去年礼盒销售复盘：熊志刚回顾去年端午礼盒销量约1.8万盒，其中长沙渠道占四成
00:25 冷库库容：付晓东说节后第一周要腾出一个库位给礼盒
00:48 报价策略：程佳建议报价单区分卤藕和藕粉两类

发言人总结
熊志刚：我来跟长沙那边确认量，节后就打电话。
付晓东：库存我这几天对一下。
汪蓓：预付款比例按30%执行。

待办事项
1. 节后第一个工作日联系长沙客户确认端午礼盒订单量 @熊志刚
2. 5月8日前整理端午礼盒报价单（卤藕/藕粉分开） @程佳
3. 3个工作日内核对冷库库存并反馈可用库位 @付晓东

以上内容由AI生成，仅供参考

--
程佳 | 销售部
荆州湖乡藕业食品有限公司
"""
    html = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">\n' +
            html_paras(txt.rstrip("\n"), "div") + '\n</div>\n')
    body = multi("alternative", [leaf("text/plain", txt, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=ALIBOUNDARY_{hx(9303, 5)}_4b1c_{hx(93031, 8)}")
    hdr = deliver(BOT[1], who("程佳")[1], t, 9303, "out30-61.freemail.example.net", "47.88.30.61") + [
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;FP=0|-1|-1|-1|0|-1|-1|-1;HT=" + hx(9303, 8)),
        ("Date", rfc_date(t)), ("From", addr("程佳", "UTF-8", quote=False)),
        ("To", addrs(["熊志刚", "付晓东", "汪蓓"], "UTF-8", quote=False)), ("Cc", addr(BOT, "UTF-8", quote=False)),
        ("Message-ID", f"<{hx(9303, 8)}-{hx(93032, 4)}-4c7e-9a1d-{hx(93033, 12)}.chengjia@huxiang-ou.example.cn>"),
        ("Subject", ew("端午礼盒订货沟通会 - 钉钉智能纪要", "UTF-8")),
        ("X-Mailer", "DingTalk Mail/7.6.15"), ("MIME-Version", "1.0"), ("x-aliyun-mail-creator", "W4_5406463_" + hx(9303, 6))]
    items = [I("熊志刚", "联系长沙客户确认端午礼盒订单量", "2026-05-06", ("after_hol", "2026-05-01")),
             I("程佳", "整理端午礼盒报价单（卤藕/藕粉分开）", "2026-05-08", ("abs", "2026-05-08")),
             I("付晓东", "核对冷库库存并反馈可用库位", "2026-05-08", ("work", 3))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "AI-generated minutes (钉钉智能纪要) pasted into a mail on Thu 2026-04-30, the last working day before "
                     "May Day (05-01..05-05 off, 05-09 Sat a make-up working day). Only the 待办事项 list counts; the summary, "
                     "chapter notes and 发言人总结 repeat or restate the same work and are not extra items. "
                     "节后第一个工作日 -> 2026-05-06. 5月8日前 -> 2026-05-08. 3个工作日内 counted from the day after sending: "
                     "05-06, 05-07, 05-08 -> 2026-05-08. Owners come from the @mentions. No next meeting."}


@case(9304, "h-wecom-grouped-by-person", "minutes",
      "WeCom (企业微信) mail, UTF-8 QP: minutes grouped by person under 【姓名】 headings; a done report and a "
      "'无新增事项' line are not items; 本周五前 / 月底前 / 明天下班前 / 尽快")
def c9304():
    t = T("2026-05-11 09:12:30")
    txt = """生产周会（5月11日 8:30-9:00）纪要，按人列一下：

【向丽】
- 本周五前提交5月下旬排产计划给覃总
- 月底前完成2号线员工轮岗培训

【黎雪梅】
- 上周微生物复检已做完，结果合格（知悉即可）
- 明天下班前把4月客诉分析发群里

【付晓东】
- 冷库3号门密封条漏冷，尽快换掉

【邓超群】
- 藕带清洗线运行正常，无新增事项

向丽
"""
    html = '<div style="font-size:14px;font-family:-apple-system,PingFang SC">' + "\n".join(
        f"<p>{esc(x) if x else '<br>'}</p>" for x in txt.rstrip().split("\n")) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "utf-8", "quoted-printable"),
                                 leaf("text/html", html, "utf-8", "quoted-printable")],
                 f"----=_Part_{hx(9304, 8)}_WeCom")
    hdr = deliver(BOT[1], who("向丽")[1], t, 9304, "smtpbg.wecom-relay.example.net", "113.96.223.71") + [
        ("X-QQ-mid", "bizesmtp" + hx(9304, 10) + "t1778462550tz" + hx(93041, 6)),
        ("X-QQ-Originating-IP", "ZWJ8" + hx(9304, 16)), ("Date", rfc_date(t)),
        ("From", addr("向丽", "utf-8")), ("To", addrs(["黎雪梅", "付晓东", "邓超群"], "utf-8")),
        ("Cc", addrs(["覃国栋", BOT], "utf-8")), ("Subject", ew("生产周会纪要 5.11", "utf-8")),
        ("Message-ID", f"<tencent_{hx(9304, 24).upper()}@huxiang-ou.example.cn>"), ("X-Mailer", "WeCom(4.1.36)"),
        ("MIME-Version", "1.0")]
    items = [I("向丽", "提交5月下旬排产计划给覃总", "2026-05-15", ("this", 4)),
             I("向丽", "完成2号线员工轮岗培训", "2026-05-31", ("monthend",)),
             I("黎雪梅", "把4月客诉分析发群里", "2026-05-12", ("tomorrow",)),
             I("付晓东", "更换冷库3号门密封条", None, ("vague",))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Minutes grouped by person: each 【姓名】 heading owns the bullets under it. Sent Mon 2026-05-11. "
                     "本周五前 -> 2026-05-15; 月底前 -> 2026-05-31 (a Sunday; kept as written); 明天下班前 -> 2026-05-12 with "
                     "no time (下班前 gives the date only, corpus convention); 尽快 -> vague_due. '微生物复检已做完' is a "
                     "report of done work and '无新增事项' is no item; 覃总 is the addressee of item 1, not its owner."}


@case(9305, "h-exmail-new-minutes-in-old-thread", "minutes",
      "Tencent Exmail 'Re:' posting this week's minutes on top of last week's quoted minutes (QQ 原始邮件 block): "
      "only the new 本周待办 count; 上周回顾 done lines are status; 2个工作日内 / 周四前 / 下周一上午10点前; "
      "'下次例会：下周一同一时间'")
def c9305():
    t = T("2026-05-18 18:31:05")
    new = """各位，本周例会（5月18日16:30-17:40，三楼会议室）纪要接着发在这个帖子里：

一、上周事项回顾
1. 5月下旬排产计划已提交（向丽）——已完成
2. 冷库3号门密封条已更换（付晓东）——已完成

二、本周待办
1. 严工2个工作日内出具新批次卤藕的菌落总数复检报告；
2. 程佳周四前把湘客隆的端午礼盒合同回签件寄回；
3. 邓工下周一上午10点前提交清洗线节水改造方案。

下次例会：下周一同一时间。

聂文
"""
    old = """

------------------ 原始邮件 ------------------
发件人: "聂文"<niewen@huxiang-ou.example.cn>;
发送时间: 2026年5月11日(星期一) 晚上6:05
收件人: "向丽"<xiangli@huxiang-ou.example.cn>;"熊志刚"<xiongzhigang@huxiang-ou.example.cn>;
抄送: "纪要助手"<minutes@huxiang-ou.example.cn>;
主题: 【周例会】湖乡藕业经营周例会纪要

本周待办：
1. 向丽5月15日前提交5月下旬排产计划；
2. 付晓东尽快更换冷库3号门密封条；
3. 熊总5月13日前确认长沙两家商超的端午陈列费用。
"""
    txt = new + old
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>' +
            "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in new.rstrip().split("\n")) +
            '</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
            'padding:8px;">' + "".join(f"<div>{esc(x)}</div>" for x in old.strip().split("\n")[1:7]) +
            '</div><div><br></div>' + "".join(f"<div>{esc(x)}</div>" for x in old.strip().split("\n")[7:]) + "\n")
    body = multi("alternative", [leaf("text/plain", txt, "gb18030", "base64"), leaf("text/html", html, "gb18030", "base64")],
                 f"----=_NextPart_6A0B{hx(9305, 4).upper()}_{hx(93051, 8).upper()}_{hx(93052, 8).upper()}")
    parent = "<tencent_5C2E91D4A07B3F6E8812C0A9@exmail-relay.example.net>"
    hdr = deliver(BOT[1], who("聂文")[1], t, 9305, "smtpbg511.exmail-relay.example.net", "203.205.250.111") + [
        ("X-QQ-FEAT", hx(9305, 40)), ("X-QQ-SSF", "00000000000000F0"), ("X-QQ-XMAILINFO", "N" + hx(93053, 30)),
        ("X-HAS-ATTACH", "no"), ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "58.19.73.206"),
        ("X-QQ-STYLE", ""), ("From", addr("聂文", "gb18030")),
        ("To", addrs(["向丽", "熊志刚", "严俊", "程佳", "邓超群"], "gb18030")), ("Cc", addr(BOT, "gb18030")),
        ("Subject", "Re: " + ew("【周例会】湖乡藕业经营周例会纪要", "gb18030")),
        ("Mime-Version", "1.0"), ("Date", rfc_date(t)), ("X-Priority", "3"),
        ("Message-ID", f"<tencent_{hx(9305, 24).upper()}@exmail-relay.example.net>"),
        ("In-Reply-To", parent), ("References", parent), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    items = [I("严俊", "出具新批次卤藕的菌落总数复检报告", "2026-05-20", ("work", 2)),
             I("程佳", "把湘客隆的端午礼盒合同回签件寄回", "2026-05-21", ("wd", 3)),
             I("邓超群", "提交清洗线节水改造方案", "2026-05-25", ("next", 0), "10:00")]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-05-25", "16:30"),
            "notes": "New minutes posted as 'Re:' in last week's thread (In-Reply-To the 05-11 minutes). Sent Mon 2026-05-18 "
                     "18:31. Only 二、本周待办 counts: 上周事项回顾 lines are marked 已完成 (status) and the quoted 原始邮件 "
                     "is last week's minutes, already recorded. 严工 = 严俊, 2个工作日内 -> 05-19, 05-20 -> 2026-05-20; "
                     "周四前 -> 2026-05-21; 邓工 = 邓超群, 下周一上午10点前 -> 2026-05-25 10:00. '下次例会：下周一同一时间' "
                     "= Monday 2026-05-25 at this meeting's start time 16:30."}
