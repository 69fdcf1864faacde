"""heldout74 cases 10230-10238: 铁岭安驰专用车制造有限公司 (fire-fighting trucks, Tieling, Liaoning)."""
from h74_lib import It, VAGUE, E, addr, addrs, subj, text, text_q, multi, message, rfcdate0, rfcdate, hexid, esc
from h74_clients import (BOT_AC, envelope, outlook_thread, outlook_msgid_onprem, word_html, html_table,
                         simple_html, paras_html, coremail_msgid, exmail_msgid, apple_msgid, tb_msgid)

AC = "anchi-fire.example.cn"
WZY = ("王振宇", "wangzhenyu@tlxf.example.gov.cn")
HAMISH = ("Hamish Douglas", "hamish.douglas@tasmanfire.example.co.nz")


def c10230():
    sent = "2026-04-08 16:22:10 +0800"
    frm = ("于海波", E("于海波"))
    rows = [["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
            ["NC2026-04-07", "2026-04-07", "技术部/于部长", "生产部、质量部、采购部", "18米举高喷射消防车样车试制评审",
             "讨论样车底盘改装方案；质量部确认臂架焊缝需100%探伤",
             "①技术部4月10日前提交臂架焊接工艺评定（隋工）②采购部4月15日前确定液压泵供应商（穆经理）"
             "③生产部下周一前完成工装夹具改制（关主任）", "进行中", "需补充客户技术协议"],
            ["NC2026-04-02", "2026-04-02", "技术部/于部长", "售后服务部", "老款水罐车泵体漏水投诉处理",
             "确认为密封圈批次问题，已更换", "①售后服务部4月3日前回访3家用户（那主管）", "已完成", "无"]]
    head = ["各位：", "", "本周技术部牵头的内部沟通记录整理如下，请相关负责人按时完成。", ""]
    tail = ["", "于海波", "技术部"]
    html = word_html(head + [("raw", html_table(rows, cell_style="border:solid windowtext 1.0pt;font-size:9pt"))] + tail,
                     charset="gb2312", font="宋体")
    plain = "\n".join(head) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + "\n".join(tail) + "\n"
    root = multi("alternative", [text_q(plain, "gb2312", "quoted-printable"),
                                 text_q(html, "gb2312", "quoted-printable", "html")],
                 "----=_NextPart_000_0012_01DCC74A.5D8E1F60")
    root.preamble = "This is a multipart message in MIME format."
    hdr = envelope(BOT_AC, frm[1], "anchi", [("JSB-YUHB", "192.168.2.57")], sent, "4ZgL7x0WkDz3pQn") + [
        ("From", addr(*frm, charset="gb2312")),
        ("To", addrs([("隋亮", E("隋亮")), ("穆晓光", E("穆晓光")), ("关树林", E("关树林"))], charset="gb2312")),
        ("Cc", addrs([("常红", E("常红")), ("姜慧敏", E("姜慧敏")), BOT_AC], charset="gb2312")),
        ("Subject", subj("内部沟通记录表 NC2026-04-07", "gb2312")),
        ("Date", rfcdate0(sent)),
        ("Message-ID", outlook_msgid_onprem("10230", AC)),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", outlook_thread("10230")),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        It("隋亮", "提交臂架焊接工艺评定", ("md", 4, 10), "2026-04-10"),
        It("穆晓光", "确定液压泵供应商", ("md", 4, 15), "2026-04-15"),
        It("关树林", "完成工装夹具改制", ("next_wd", 0), "2026-04-13"),
    ]
    notes = ("Seed 内部沟通记录表 (9 columns) in Outlook gb2312 quoted-printable, HTML + tab-separated plain. Sent Wed "
             "2026-04-08, right after Qingming (04-04..06). The 待办事项 cell uses the seed's '①部门X月X日前任务（称呼）' "
             "form: the bracketed title is the owner (隋工 = 隋亮, 穆经理 = 穆晓光, 关主任 = 关树林), not the department. "
             "'4月10日前' -> 2026-04-10; '4月15日前' -> 2026-04-15; '下周一前' -> 2026-04-13. Row NC2026-04-02 is 已完成 "
             "-> not an item. 核心内容摘要 facts are not items.")
    return dict(no=10230, slug="ac-internal-record-table-outlook-gb2312-qp", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Outlook gb2312 QP seed 内部沟通记录表: ①部门+日期+任务（称呼） cell, titles as owners; 已完成 row skipped")


def c10231():
    sent = "2026-05-28 10:48:36 +0800"
    frm = WZY
    lines = ["邵经理、那主管：", "", "现将5月27日交付验收会议纪要发给你们，请按分工落实。", "",
             "关于2台水罐消防车交付验收问题的会议纪要", "",
             "5月27日，支队装备科组织铁岭安驰专用车制造有限公司对2台SG80水罐消防车进行交付验收。"
             "经检查，1号车符合合同技术要求；2号车车载水泵出口阀门渗漏，随车工具及中文操作手册不全。会议明确：",
             "一、安驰公司售后服务部负责在6月5日前更换2号车不合格的水泵出口阀门，并提供第三方检测报告。",
             "二、安驰公司邵飞经理负责补齐随车工具清单及中文操作手册（各2套），6月10日前送达支队。",
             "三、支队装备科（王振宇）负责组织驾驶员和战斗员操作培训，时间待双方商定。",
             "四、双方于6月中旬组织2号车复验。",
             "整改期间，安驰公司每日向支队装备科报送整改进展。", "",
             "铁岭市消防救援支队装备科", "王振宇", "2026年5月28日"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines), charset="GBK", body_style="font-family:宋体;font-size:14px")
    root = multi("alternative", [text(plain, "GBK", "base64"), text(html, "GBK", "base64", "html")],
                 "----=_Part_%d_%d.1779936516000" % (int(hexid("p10231", 5), 16), int(hexid("q10231", 7), 16)))
    hdr = envelope(BOT_AC, frm[1], "anchi", [("mail.tlxf.example.gov.cn", "59.46.112.20")], sent, "4ZpD2s5VnLz7wKc") + [
        ("Date", rfcdate0(sent, " (GMT+08:00)")),
        ("From", addr(*frm, charset="GBK")),
        ("To", addrs([("邵飞", E("邵飞")), ("那春雨", E("那春雨"))], charset="GBK")),
        ("Cc", addrs([("高志刚", E("高志刚")), BOT_AC], charset="GBK")),
        ("Message-ID", coremail_msgid("10231", frm[1])),
        ("Subject", subj("关于2台水罐消防车交付验收问题的会议纪要", "GBK")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT6.0.5 build 20240415(9ab7ce68)"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-Originating-IP", "[59.46.112.77]"),
    ]
    items = [
        It(None, "更换2号车不合格的水泵出口阀门", ("md", 6, 5), "2026-06-05", dept="售后服务部"),
        It("邵飞", "补齐随车工具清单及中文操作手册", ("md", 6, 10), "2026-06-10"),
        It(WZY[0], "组织驾驶员和战斗员操作培训", VAGUE, email=WZY[1]),
        It(None, "组织2号车复验", VAGUE),
    ]
    notes = ("Minutes written by the CUSTOMER (a fire-rescue detachment, external From, Coremail GBK base64) and sent "
             "to us. Sent Thu 2026-05-28. 一 names our 售后服务部 only -> no_owner, department 售后服务部, 6月5日前 -> "
             "2026-06-05. 二 邵飞经理 = 邵飞, 6月10日前 -> 2026-06-10. 三 the customer's own task, owner 王振宇 (the "
             "From person, not in the roster) -> his address, department null; '时间待双方商定' -> vague_due. 四 双方 "
             "-> no_owner, department null, '6月中旬' -> vague_due. The daily progress report line is a standing "
             "rule. No next meeting date (复验 is an item, not a meeting with a date).")
    return dict(no=10231, slug="ac-customer-written-acceptance-coremail-gbk", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="Customer-written minutes (external From, Coremail GBK): our dept-only item, our named person, "
                      "the customer's own item (From person), 双方 + 中旬 -> no_owner + vague")


def c10232():
    sent = "2026-07-21 14:10:26 +0800"
    frm = ("那春雨", E("那春雨"))
    lines = ["问题协调解决记录（紧急程度：高）", "",
             "问题：盘锦客户SG80水罐车（车号辽L·X2186）出水作业时取力器异响后停转，现场无法供水。",
             "协调时间：7月21日13:30 电话会；参与：那春雨、隋亮、穆晓光、姜慧敏、邵飞", "",
             "处理安排：",
             "1. 隋工：远程指导现场排查取力器故障，2小时内给出初步结论。",
             "2. 那春雨：安排服务车携备件（取力器总成）赶赴现场，今晚8点前出发。",
             "3. 穆经理：联系取力器厂家确认同批次质量问题，24小时内回复。",
             "4. 姜部长：牵头故障原因分析，明天中午12点前出报告。",
             "5. 销售部：向客户书面说明处理方案，尽快。", "",
             "客户要求48小时内恢复车辆战备状态，请各位务必盯紧。", "", "那春雨", "售后服务部"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines))
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "----=_NextPart_669EA6AA_0E4F5B31_%s" % hexid("b10232", 8).upper())
    hdr = envelope(BOT_AC, frm[1], "anchi", [("smtpbg159.exmail-relay.example.net", "203.205.250.159")],
                   sent, "4ZrY1c8HmFz6tDw") + [
        ("X-QQ-mid", "bizesmtp" + hexid("mid10232", 14) + "t1784614226tz3h7a"),
        ("From", addr(*frm)),
        ("To", addrs([("隋亮", E("隋亮")), ("穆晓光", E("穆晓光")), ("姜慧敏", E("姜慧敏")), ("邵飞", E("邵飞"))])),
        ("Cc", addrs([("高志刚", E("高志刚")), BOT_AC])),
        ("Subject", subj("【紧急】盘锦客户水罐车取力器故障 协调记录")),
        ("Mime-Version", "1.0"),
        ("Date", rfcdate0(sent)),
        ("X-Priority", "1"),
        ("Message-ID", exmail_msgid("10232", AC)),
        ("X-Mailer", "WeCom Mail 4.1.33"),
    ]
    items = [
        It("隋亮", "远程指导现场排查取力器故障", ("hours", 2), "2026-07-21 16:10"),
        It("那春雨", "安排服务车携备件（取力器总成）赶赴现场", ("days", 0, "20:00"), "2026-07-21 20:00"),
        It("穆晓光", "联系取力器厂家确认同批次质量问题", ("hours", 24), "2026-07-22 14:10"),
        It("姜慧敏", "牵头故障原因分析", ("days", 1, "12:00"), "2026-07-22 12:00"),
        It(None, "向客户书面说明处理方案", VAGUE, dept="销售部"),
    ]
    notes = ("Seed 问题协调解决记录 (紧急程度 高) in WeCom mail, UTF-8 base64. Sent Tue 2026-07-21 14:10:26. Hour "
             "deadlines count from the Date header: '2小时内' -> 2026-07-21 16:10; '24小时内' -> 2026-07-22 14:10. "
             "'今晚8点前' -> 2026-07-21 20:00; '明天中午12点前' -> 2026-07-22 12:00. 销售部 only -> no_owner, "
             "department 销售部, 尽快 -> vague_due. '客户要求48小时内恢复' is the customer's requirement, not an item. "
             "Titles: 隋工 = 隋亮, 穆经理 = 穆晓光, 姜部长 = 姜慧敏.")
    return dict(no=10232, slug="ac-urgent-issue-hours-wecom", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=None, notes=notes,
                tests="WeCom urgent 问题协调 record: 2小时内/24小时内 from the Date header, 今晚8点前, 明天中午12点前; "
                      "dept-only 尽快; customer's 48小时内 not an item")


def c10233():
    sent = "2026-08-10 09:26:14 +0800"
    frm = ("常红", E("常红"))
    lines = ["生产部周例会纪要", "会议时间：8月10日（周一）8:00-9:00　地点：生产部办公室", "",
             "一、上周待办回顾",
             "1. 关主任：总装线节拍优化方案——已完成。",
             "2. 隋工：电气线束图纸更新——完成80%，延至8月12日。", "",
             "二、本周待办",
             "1. 关树林：完成3台SG80水罐车总装下线，8月14日（周五）前。",
             "2. 于部长：确认抚顺客户泡沫消防车的技术协议，两周内。",
             "3. 穆晓光：钢材（Q345）8月采购到货跟踪，下周五下班前。",
             "4. 常红：发布高温期间车间作业时间调整方案，今天内。",
             "5. 质量部：对总装下线车辆全检，随线进行。", "",
             "下周一早8点例会照常。", "", "常红", "生产部"]
    plain = "\n".join(lines) + "\n"
    html = simple_html(paras_html(lines))
    root = multi("alternative", [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", "html")],
                 "----=_Part_%d_%d.1786325174000" % (int(hexid("p10233", 5), 16), int(hexid("q10233", 7), 16)))
    hdr = envelope(BOT_AC, frm[1], "anchi", [("m16-120.qiye.mail-relay.example.net", "220.181.16.120")],
                   sent, "4ZsM3q7BwJz9fRh") + [
        ("Date", rfcdate0(sent, " (CST)")),
        ("From", addr(*frm)),
        ("To", addrs([("关树林", E("关树林")), ("于海波", E("于海波")), ("穆晓光", E("穆晓光")), ("姜慧敏", E("姜慧敏")),
                      ("隋亮", E("隋亮"))])),
        ("Cc", addr(*BOT_AC)),
        ("Message-ID", coremail_msgid("10233", frm[1])),
        ("Subject", subj("生产部周例会纪要 8.10")),
        ("MIME-Version", "1.0"),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version SP_ntes V3.5 build 20231208(7a1b2c9e)"),
        ("X-NTES-SC", "AL_Qu2xAP" + hexid("ntes10233", 24)),
        ("X-CM-TRANSID", "QsCowAD3" + hexid("t10233", 18)),
    ]
    items = [
        It("关树林", "完成3台SG80水罐车总装下线", ("md", 8, 14), "2026-08-14"),
        It("于海波", "确认抚顺客户泡沫消防车的技术协议", ("days", 14), "2026-08-24"),
        It("穆晓光", "钢材（Q345）8月采购到货跟踪", ("next_wd", 4), "2026-08-21"),
        It("常红", "发布高温期间车间作业时间调整方案", ("days", 0), "2026-08-10"),
        It(None, "对总装下线车辆全检", None, dept="质量部"),
    ]
    notes = ("NetEase enterprise mail (Coremail-based webmail), UTF-8 base64. Sent Mon 2026-08-10. '上周待办回顾' is "
             "status of old items (including '延至8月12日'), not new items. 本周待办: '8月14日（周五）前' -> 2026-08-14; "
             "'两周内' -> send date + 14 days = 2026-08-24; '下周五下班前' -> 2026-08-21, no time; '今天内' -> "
             "2026-08-10; 质量部 only and '随线进行' (no deadline) -> no_owner + no_due. 于部长 = 于海波. '下周一早8点"
             "例会照常' -> 2026-08-17 08:00.")
    return dict(no=10233, slug="ac-weekly-review-vs-new-netease", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("next_wd", 0, "08:00"), "2026-08-17 08:00"),
                notes=notes, tests="NetEase enterprise weekly: 上周待办回顾 (status, incl. 延至) vs 本周待办; 两周内, "
                "下周五下班前, 今天内; dept-only no_due; next meeting 下周一早8点")


def c10234():
    sent = "2026-04-22 17:05:48 +0800"
    frm = ("姜慧敏", E("姜慧敏"))
    body = """各位好，

今天质量例会按人整理的待办如下，大家对一下自己的部分：

【姜慧敏】
- 组织焊工资质复审（共10人），4月30日前完成。

【隋亮】
- 修订电气装配检验规程。
- 配合底盘厂完成ABS线束整改验证，5月8日前。

【那春雨】
- 汇总一季度售后质量反馈，五一前发质量部。

【待定】
- 客户来厂监造的接待方案（负责人待定，尽快）。

下次质量例会：5月6日（周三）下午3点，质量部会议室。

-- 
姜慧敏
铁岭安驰专用车制造有限公司 质量部
"""
    root = text(body, "utf-8", "8bit", flowed=True)
    root.headers.append(("Content-Language", "zh-CN"))
    hdr = envelope(BOT_AC, frm[1], "anchi", [("[192.168.2.88]", "192.168.2.88")], sent, "4ZhP5t2CkMz1xVb") + [
        ("Message-ID", tb_msgid("10234", AC)),
        ("Date", rfcdate(sent)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.2"),
        ("From", addr(*frm)),
        ("To", addrs([("隋亮", E("隋亮")), ("那春雨", E("那春雨"))], sep=",\n ")),
        ("Cc", addrs([("高志刚", E("高志刚")), BOT_AC], sep=",\n ")),
        ("Subject", subj("质量例会待办（4月22日）")),
    ]
    items = [
        It("姜慧敏", "组织焊工资质复审（共10人）", ("md", 4, 30), "2026-04-30"),
        It("隋亮", "修订电气装配检验规程", None),
        It("隋亮", "配合底盘厂完成ABS线束整改验证", ("md", 5, 8), "2026-05-08"),
        It("那春雨", "汇总一季度售后质量反馈", ("before_hol", "Labour"), "2026-04-30"),
        It(None, "客户来厂监造的接待方案", VAGUE),
    ]
    notes = ("Thunderbird, text/plain format=flowed, raw 8bit UTF-8. Minutes grouped by person under 【姓名】 headings; "
             "each bullet belongs to the heading above. Sent Wed 2026-04-22. '4月30日前' -> 2026-04-30; 隋亮's first "
             "bullet has no date -> no_due; '5月8日前' -> 2026-05-08; '五一前' -> last working day before the Labour "
             "Day block = 2026-04-30; the 【待定】 heading and '负责人待定，尽快' -> no_owner, department null, "
             "vague_due. '下次质量例会：5月6日（周三）下午3点' -> 2026-05-06 15:00 (first Wednesday after the holiday).")
    return dict(no=10234, slug="ac-thunderbird-8bit-grouped-by-person", kind="minutes", sent=sent,
                raw=message(hdr, root, None), items=items, follow=(("md", 5, 6, "15:00"), "2026-05-06 15:00"),
                notes=notes, tests="Thunderbird 8bit flowed zh grouped by 【person】 headings; 【待定】 owner; 五一前; "
                "no-date bullet; 下午3点 next meeting after Labour Day")


CASES = [c10230, c10231, c10232, c10233, c10234]
