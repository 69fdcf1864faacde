"""heldout52 cases 8001-8010 (April - early May 2026: Qingming and Labour Day weeks)."""
from _case import Case, I, U, build, hop, register, server_headers, sh, tz
from _dates import (AFTER, BEFORE, HOURS, MD, MONTH_END, NEXT, NONE, THIS, TODAY, TOMORROW, VAGUE, WDAY,
                    WORKDAYS)
from _kit import esc, html_table, multipart, paras_html, text_part
from _people import P, bot
from _styles import (alimail, alimail_boundary, alimail_html, coremail_html, coremail_web, exchange, exo_boundary,
                     foxmail, foxmail_boundary, foxmail_html, iphone, lark, lark_boundary, lark_html,
                     netease_boundary, outlook_mac, mac_boundary, word_html)


def _coremail_hop(local, sent, ip):
    return "from %s$qcyjj.example.cn ( [%s] ) by ajax-webmail-mail2 (Coremail) ;\n\t%s (GMT+08:00)" % (
        local, ip, sent.strftime("%a, %-d %b %Y %H:%M:%S +0800"))


# ============================================================================ 8001
def c8001():
    seed = 8001
    sent = sh(2026, 4, 2, 17, 20, 36)
    text = """各位科长：

    4月2日上午，高振华局长主持召开清明节前安全生产检查部署会，乌云其木格副局长及各科室负责人参加。现将会议议定事项纪要如下：

一、会议认为，清明节期间祭扫出行人员集中，森林草原防火和道路交通安全压力较大，各科室要切实增强风险意识，坚决防范遏制各类事故发生。

二、会议议定事项
（一）开展节前安全生产大检查，重点检查辖区加油站、燃气场站和人员密集场所。
责任单位：安全生产综合协调科（许丽华）
完成时限：4月3日前
（二）节后对检查发现问题开展“回头看”复查，形成问题清单。
责任单位：执法大队
完成时限：节后第一个工作日
（三）组织对辖区3家危化品经营企业进行节日期间专项抽查。
责任单位：危险化学品监管科牵头，各街道安办配合
完成时限：4月10日前
（四）编排清明假期领导带班和24小时值班表，报区政府总值班室。
责任人：办公室赵德胜
完成时限：今天下班前
（五）在大青山沿线主要祭扫点设置森林草原防火宣传点位。
责任单位：宣传教育科、防灾减灾科
完成时限：4月3日前

三、有关要求
各科室要严格执行24小时值班和领导带班制度，假期（4月4日至6日）遇突发情况第一时间上报，确保信息畅通。

下次会议时间另行通知。

青城区应急管理局办公室
刘佳琪（记录）
2026年4月2日
"""
    html = coremail_html(text)
    root = multipart("alternative", [text_part(text, "plain", "GBK", "base64", quoted=False),
                                     text_part(html, "html", "GBK", "base64", quoted=False)],
                     netease_boundary(seed))
    frm = "liujiaqi"
    h = server_headers("A", P(frm)["email"], sent, seed, hops=[_coremail_hop("liujiaqi", sent, "10.30.8.21")])
    h += coremail_web(frm, ["gaozhenhua", "wuyunqimuge", "xulihua", "suhe", "wangjianjun", "handong", "limengyao",
                            "zhaodesheng"], [bot("A")], "关于清明节前安全生产检查部署会议的纪要", sent, seed)
    items = [
        I("xulihua", "开展节前安全生产大检查", MD(4, 3), "2026-04-03"),
        U("执法大队", "对检查发现问题开展“回头看”复查，形成问题清单", AFTER("qingming"), "2026-04-07"),
        U("危险化学品监管科", "组织对辖区3家危化品经营企业进行节日期间专项抽查", MD(4, 10), "2026-04-10"),
        I("zhaodesheng", "编排清明假期领导带班和24小时值班表，报区政府总值班室", TODAY(), "2026-04-02"),
        U("宣传教育科", "在大青山沿线主要祭扫点设置森林草原防火宣传点位", MD(4, 3), "2026-04-03"),
        U("防灾减灾科", "在大青山沿线主要祭扫点设置森林草原防火宣传点位", MD(4, 3), "2026-04-03"),
    ]
    notes = ("Formal government minutes (会议纪要) from Coremail webmail, GBK base64 text+HTML. Sent Thu 2026-04-02 17:20, "
             "the working day before the Qingming holiday (04-04..04-06). Items are the （一）..（五） 议定事项 with "
             "责任单位/责任人/完成时限 label lines. （一） '安全生产综合协调科（许丽华）': a person in brackets after a unit "
             "is the owner -> 许丽华. （二） 执法大队 only -> no_owner, department 执法大队; '节后第一个工作日' = Tue "
             "2026-04-07 (first working day after 04-04..06). （三） '危险化学品监管科牵头，各街道安办配合': the lead unit "
             "owns it, 配合 is never an owner -> no_owner, department 危险化学品监管科. （四） '办公室赵德胜', '今天下班前' "
             "-> the send date 2026-04-02 with no time. （五） names two units for one task -> two items (one per unit), "
             "both no_owner. '一、会议认为' is a finding and '三、有关要求' a standing rule: not items. '下次会议时间"
             "另行通知' -> next_followup null.")
    return register(Case(8001, "gov-qingming-inspection-coremail-gbk", "minutes", "A", "Coremail webmail",
                         "multipart/alternative; GBK; base64",
                         "（一）（二） 责任单位/完成时限 labels; unit(person) owner; 牵头/配合; one task for two units; "
                         "节后第一个工作日 over Qingming; 今天下班前",
                         notes, build(h, root), sent, items, None))


# ============================================================================ 8002
def c8002():
    seed = 8002
    sent = sh(2026, 4, 3, 11, 5, 12)
    text = """各位好：

今天上午生产例会纪要如下，请按分工跟进。明天开始放清明假，4月7日（周二）上班。

参会：罗国强、覃海燕、梁小敏、韦志远、何丽君、苏婉清（记录）

【罗国强】
1. 节后第一个工作日召集SMT、组装、老化三段班组长开复工安全交底会。
2. P2.5户内模组订单（HY-2604-017）排产确认，下周三前给销售回复交期。

【覃海燕】
3. 3号SMT线回流焊炉温曲线重新测试，4月10日前出报告。
4. 锡膏库存和仓储对一次数，4月8日前对完。

【仓储主管韦志远】
5. 假期仓库封存，门窗、水电检查，今天下班前拍照发群里。
6. 清点呆滞物料，列清单给何经理。

【梁小敏】
7. 客户退回的两块坏点模组出8D报告，4月9日（周四）前。

【何丽君】
8. 尽快跟乾晶确认5月份恒流驱动IC到货计划。

下次例会：节后4月7日（周二）早上8:30，还是三楼会议室。
"""
    sig = ["苏婉清 | PMC", "中山市辉映光电科技有限公司", "电话：0760-85596231  分机 8012"]
    plain = text + "\n\n\n" + "\n".join(sig) + "\n"
    html = foxmail_html(text, sig)
    root = multipart("alternative", [text_part(plain, "plain", "gb2312", "base64"),
                                     text_part(html, "html", "gb2312", "base64")],
                     foxmail_boundary(seed), preamble="This is a multi-part message in MIME format.\n")
    frm = "suwanqing"
    sub = [hop("DESKTOP-PMC02 (unknown [120.236.41.77])", "authenticated", "smtp.huiying-led.example.cn (Alimail)",
               "ESMTPA", seed, sent)]
    h = server_headers("B", P(frm)["email"], sent, seed, hops=sub)
    h += foxmail(frm, ["luoguoqiang", "qinhaiyan", "liangxiaomin", "weizhiyuan", "helijun"],
                 ["huangzhiming", bot("B")], "4月3日生产例会纪要（节前）", sent, seed)
    items = [
        I("luoguoqiang", "召集SMT、组装、老化三段班组长开复工安全交底会", AFTER("qingming"), "2026-04-07"),
        I("luoguoqiang", "P2.5户内模组订单排产确认，给销售回复交期", NEXT("三"), "2026-04-08", check_task=False),
        I("qinhaiyan", "3号SMT线回流焊炉温曲线重新测试", MD(4, 10), "2026-04-10"),
        I("qinhaiyan", "锡膏库存和仓储对一次数", MD(4, 8), "2026-04-08"),
        I("weizhiyuan", "假期仓库封存，门窗、水电检查", TODAY(), "2026-04-03"),
        I("weizhiyuan", "清点呆滞物料，列清单给何经理", NONE),
        I("liangxiaomin", "客户退回的两块坏点模组出8D报告", MD(4, 9, wd=3), "2026-04-09"),
        I("helijun", "跟乾晶确认5月份恒流驱动IC到货计划", VAGUE),
    ]
    notes = ("Production meeting minutes grouped by person (【姓名】 headings own the numbered lines under them), Foxmail "
             "gb2312 base64 text+HTML. Sent Fri 2026-04-03, the last working day before Qingming (04-04..06). "
             "#1 节后第一个工作日 -> Tue 2026-04-07. #2 下周三 = Wednesday of next calendar week -> 2026-04-08 (the order "
             "number HY-2604-017 is a ticket key, not part of the task). #3 4月10日前 -> 04-10; #4 4月8日前 -> 04-08. "
             "Heading '仓储主管韦志远' is a title+name -> 韦志远 owns #5 (今天下班前 -> 2026-04-03, no time) and #6 "
             "(no deadline -> no_due; 何经理 is the recipient, not the owner). #7 '4月9日（周四）前' -> 04-09 (a Thursday, "
             "checked). #8 尽快 -> vague_due. 下次例会 '节后4月7日（周二）早上8:30' -> 2026-04-07 08:30. The holiday "
             "sentence and the 参会 line are not items.")
    return register(Case(8002, "factory-weekly-by-person-foxmail-gb2312", "minutes", "B", "Foxmail 7.2 (Windows)",
                         "multipart/alternative; gb2312; base64",
                         "minutes grouped by person (【姓名】); title+name heading 仓储主管韦志远; 下周三 from a Friday "
                         "before Qingming; 节后第一个工作日; no_due and vague_due",
                         notes, build(h, root), sent, items, MD(4, 7, "08:30", wd=1), ("2026-04-07", "08:30")))


# ============================================================================ 8003
def c8003():
    seed = 8003
    sent = sh(2026, 4, 7, 16, 40, 21)
    text = """各位：

今天（4月7日）14:00在车间会议室召开清明节后安全讲评会，吴昌林主持，质量管理部陈经理、工程技术部罗工参加。纪要如下：

一、假期保障情况
清明假期共保障航班186架次，无不安全事件。4月5日B-652L机左发滑油渗漏，已按AMM排故后放行。

二、存在问题及措施
1. 夜班工具箱交接记录不全。王工负责修订工具交接单格式，4月9日前发车间审核。
2. 滑油渗漏问题需评估是否发布工程指令（EO）。罗工牵头，3个工作日内给出评估意见。
3. 节日期间有2名新取照放行人员单独值班，由吴主任牵头重新梳理夜班排班原则，本周五前定稿。
4. 周转件（AOG）调拨响应慢，请航材保障部潘经理尽快与MCC确定夜间调拨流程。

三、下次讲评会
下周二同一时间（14:00）再碰一次，重点看以上整改落实情况。

吴昌林
航线维修车间 | 黔翔航空贵阳维修基地
"""
    html = word_html([text], "gb2312")
    root = multipart("alternative", [text_part(text, "plain", "gb2312", "quoted-printable", crlf_body=True),
                                     text_part(html, "html", "gb2312", "quoted-printable", crlf_body=True)],
                     exo_boundary(seed))
    frm = "wuchanglin"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "mapi", seed, sent)]
    h = server_headers("C", P(frm)["email"], sent, seed, hops=hops)
    h += exchange(frm, ["wanglei", "luomin", "panhong", "longting"], ["chenshufen", bot("C")],
                  "航线维修车间清明节后安全讲评会纪要", sent, seed, label="gb2312")
    items = [
        I("wanglei", "修订工具交接单格式", MD(4, 9), "2026-04-09"),
        I("luomin", "评估是否发布工程指令（EO）", WORKDAYS(3), "2026-04-10"),
        I("wuchanglin", "重新梳理夜班排班原则", THIS("五"), "2026-04-10"),
        I("panhong", "与MCC确定夜间调拨流程", VAGUE),
    ]
    notes = ("Outlook (Microsoft 365) zh-CN minutes, gb2312 quoted-printable text + Word HTML, CRLF. Sent Tue 2026-04-07, "
             "first working day after Qingming. Owners are written by title: 王工 = 王磊, 罗工 = 罗敏, 吴主任 = 吴昌林, "
             "潘经理 = 潘宏 (roster aliases). #2 '3个工作日内' counted from the day after sending: Wed 04-08, Thu 04-09, "
             "Fri 04-10 -> 2026-04-10. #3 本周五 -> 2026-04-10. #4 尽快 -> vague_due. The 假期保障情况 paragraph is a "
             "report (facts, an aircraft registration and a past date), not an item; '陈经理' only attended. "
             "'下周二同一时间（14:00）再碰一次' -> next_followup 2026-04-14 14:00.")
    return register(Case(8003, "mro-post-qingming-outlook-gb2312-qp", "minutes", "C", "Outlook 16 (Microsoft 365), zh-CN",
                         "multipart/alternative; gb2312; quoted-printable; CRLF",
                         "owners by title (王工, 罗工, 吴主任, 潘经理); 3个工作日内 / 本周五 on the first day after "
                         "Qingming; 下周二同一时间 next meeting sentence",
                         notes, build(h, root, crlf=True), sent, items, NEXT("二", "14:00"), ("2026-04-14", "14:00")))


# ============================================================================ 8004
def c8004():
    seed = 8004
    sent = sh(2026, 4, 15, 12, 10, 44)
    text = """Hi all,

Thanks for a productive sync this morning. Short summary below.

Attendees: Noa, Avi, Haidong, Lan, Snow, JP, Yumei

Updates
- Line 3 (16 mm flat dripper) is running at 92% OEE after the die change.
- JP: the Ningxia land-reclamation tender was published, it closes April 28.
- Snow: two clogging claims came in from Wuzhong cooperatives, under investigation.

Decisions
- We keep the 0.9 mm wall thickness for the Hexi order. No spec change this season.

Action items
AI: Haidong – send the Line 3 preventive maintenance plan for May – by Friday
AI: Snow – root-cause report on the Wuzhong clogging claims – by Apr 22
AI: JP + Lan – joint tender technical proposal (agronomy section + pricing) – by April 24
AI: Yumei – confirm resin delivery slot with the supplier – ASAP
AI: Avi – schedule field visits for the two complaint sites – next Tuesday

Next sync: Wed Apr 22, same time (9:30).

Noa

Noa Ben-Ami
General Manager | Tzafon Drip Irrigation (Yinchuan) Co., Ltd.
"""
    htmlbody = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>" \
               "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">%s</div></body></html>" % \
               paras_html(text, "div")
    root = multipart("alternative", [text_part(text, "plain", "UTF-8", "quoted-printable"),
                                     text_part(htmlbody, "html", "UTF-8", "quoted-printable")],
                     mac_boundary(seed), preamble="> This message is in MIME format. Since your mail reader does not "
                                                  "understand\nthis format, some or all of this message may not be legible.\n")
    frm = "noa.benami@tzafon-drip.example.cn"
    h = server_headers("D", frm, sent, seed, hops=[hop("[192.168.10.23] (unknown [111.51.20.14])", "authenticated",
                                                        "mail-sg.tzafon-drip.example.cn (LarkMail)", "ESMTPSA", seed, sent)])
    h += outlook_mac(frm, ["avi.cohen@tzafon-drip.example.cn", "yanghaidong", "maxiaolan", "dingxue", "najianping",
                           "shayumei"], [bot("D")], "Weekly Ops Sync – Apr 15 – minutes & AIs", sent, seed)
    items = [
        I("yanghaidong", "send the Line 3 preventive maintenance plan for May", WDAY("fri"), "2026-04-17"),
        I("dingxue", "root-cause report on the Wuzhong clogging claims", MD(4, 22), "2026-04-22"),
        I("najianping", "joint tender technical proposal (agronomy section + pricing)", MD(4, 24), "2026-04-24"),
        I("maxiaolan", "joint tender technical proposal (agronomy section + pricing)", MD(4, 24), "2026-04-24"),
        I("shayumei", "confirm resin delivery slot with the supplier", VAGUE),
        I("avi.cohen@tzafon-drip.example.cn", "schedule field visits for the two complaint sites", NEXT("tue"),
          "2026-04-21"),
    ]
    notes = ("English weekly sync from the Israeli GM, Outlook for Mac, UTF-8 quoted-printable text+HTML. Sent Wed "
             "2026-04-15. Only the 'AI:' lines are items; Updates (a tender closing April 28, claims under "
             "investigation) and Decisions are not. Owners by first name/nickname through roster aliases: Haidong = "
             "杨海东, Snow = 丁雪, JP = 纳建平, Lan = 马晓兰, Yumei = 沙玉梅, Avi = Avi Cohen. 'JP + Lan' gives the "
             "same task to two people -> two items. 'by Friday' -> Fri 2026-04-17; 'by Apr 22' / 'by April 24' "
             "absolute; ASAP -> vague_due; 'next Tuesday' -> Tuesday of next week 2026-04-21. 'Next sync: Wed Apr 22, "
             "same time (9:30)' -> 2026-04-22 09:30.")
    return register(Case(8004, "english-ai-lines-outlook-mac", "minutes", "D", "Outlook for Mac 16.95 (English)",
                         "multipart/alternative; UTF-8; quoted-printable",
                         "English 'AI: Name – task – due' lines; first-name aliases; two owners for one task; by Friday, "
                         "next Tuesday, ASAP; decisions/updates not items",
                         notes, build(h, root), sent, items, MD(4, 22, "09:30", wd=2), ("2026-04-22", "09:30")))


# ============================================================================ 8005
def c8005():
    seed = 8005
    sent = sh(2026, 4, 22, 10, 30, 5)
    text = """各科室、执法大队、指挥中心：

4月21日下午，乌云其木格副局长主持召开全区防汛备汛工作推进会，区水务局、区气象局、各街道办事处分管负责同志参加。会议听取了防灾减灾科关于今年汛期形势的汇报，区气象局刘珺介绍了今年主汛期降水趋势预测。现将会议要求纪要如下：

会议指出，今年我区汛期降水可能偏多，城区内涝和大青山沿山山洪风险突出，各单位要立足防大汛、抗大洪、抢大险，提前做好各项准备。

会议要求：一是防灾减灾科要在5月15日前完成全区积水点、地下空间排查台账更新，责任人王建军。二是由巴特尔科长牵头制定今年防汛应急演练方案，4月底前报局党委会审定。三是指挥中心陈工本周五前完成山洪预警广播和应急广播终端联调测试。四是各街道办事处于5月8日前上报防汛物资储备清单，由防灾减灾科汇总。五是执法大队对在建工地深基坑防汛措施开展检查，具体时间待定。

下次调度会：5月6日（星期三）上午9:30，局三楼会议室。

应急救援科 孟凡超
2026年4月22日
"""
    root = text_part(text, "plain", "gb2312", "base64")
    frm = "mengfanchao"
    sub = [hop("DESKTOP-YJJ-MFC (unknown [10.30.8.57])", "authenticated", "mail.qcyjj.example.cn (Coremail)",
               "SMTP", seed, sent)]
    h = server_headers("A", P(frm)["email"], sent, seed, hops=sub)
    h += foxmail(frm, ["wangjianjun", "bateer", "chenzhigang", "handong", "xulihua"], ["wuyunqimuge", bot("A")],
                 "2026年防汛备汛工作推进会会议纪要", sent, seed)
    items = [
        I("wangjianjun", "完成全区积水点、地下空间排查台账更新", MD(5, 15), "2026-05-15"),
        I("bateer", "制定今年防汛应急演练方案", MONTH_END(), "2026-04-30"),
        I("chenzhigang", "完成山洪预警广播和应急广播终端联调测试", THIS("五"), "2026-04-24"),
        U(None, "上报防汛物资储备清单", MD(5, 8), "2026-05-08"),
        U("执法大队", "对在建工地深基坑防汛措施开展检查", VAGUE),
    ]
    notes = ("Government minutes written as one running paragraph '一是…二是…三是…' (Foxmail, text/plain only, charset "
             "label gb2312 with base64 GBK bytes: the GBK-only 珺 in 刘珺). Sent Wed 2026-04-22. 一是 unit + "
             "'责任人王建军' -> 王建军, 5月15日前. 二是 '巴特尔科长牵头' -> 巴特尔; '4月底前' -> 2026-04-30. 三是 '指挥中心"
             "陈工' -> 陈志刚 (alias 陈工); 本周五前 -> 2026-04-24. 四是 各街道办事处 are outside units -> no_owner, "
             "department null; '由防灾减灾科汇总' is support, not ownership (AMBIGUOUS: one could credit 防灾减灾科; a "
             "careful assistant records the reporting units). 五是 执法大队, '具体时间待定' -> vague_due. 会议指出 and "
             "the 汇报/介绍 are not items. 下次调度会 '5月6日（星期三）上午9:30' (after the Labour Day holiday) -> "
             "2026-05-06 09:30.")
    return register(Case(8005, "gov-flood-yishi-ershi-foxmail-plain", "minutes", "A", "Foxmail 7.2 (plain-text mode)",
                         "text/plain only; gb2312 label with GBK bytes; base64",
                         "一是…二是… running paragraph; 科长牵头; 陈工 alias; 4月底前; outside units -> no_owner null "
                         "department; 待定; next meeting after Labour Day",
                         notes, build(h, root), sent, items, MD(5, 6, "09:30", wd=2), ("2026-05-06", "09:30")))


# ============================================================================ 8006
def c8006():
    seed = 8006
    sent = sh(2026, 4, 27, 10, 40, 12)
    head = ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
            "解决方案"]
    row = ["Q-2604-03", "Kessler到货200箱体中11箱出现批量死灯", "钟嘉豪", "2026-04-26 21:10", "高",
           "HY-DE-0412批次，200箱体", "品质部", "冯志鹏（主责）/研发部谭伟（配合）", "24小时内",
           "取3颗失效灯珠做切片分析，出初步结论"]
    intro = """各位：

今天9:30针对Kessler（德国）反馈的P3.9户外租赁屏坏点问题开了紧急协调会，记录如下：

问题协调解决记录表"""
    after = """后续措施：
1. 钟嘉豪：明天下午3点前给客户发初步回复邮件（英文），抄送陈薇。
2. 生产部：对同批次（D/C 2614）库存箱体全检，4月30日前完成。
3. 何丽君：向灯珠供应商发质量异议函，节前发出。
4. 研发部谭伟：评估是否需要调整恒流驱动参数，待切片分析结果出来后再定。

明天下午4点再碰一次进展。

梁小敏
品质部 | 辉映光电"""
    plain = intro + "\n" + "\t".join(head) + "\n" + "\t".join(row) + "\n\n" + after + "\n"
    inner = paras_html(intro, "div") + html_table([head, row], style="plain") + paras_html("\n" + after, "div")
    html = alimail_html(inner)
    root = multipart("alternative", [text_part(plain, "plain", "UTF-8", "quoted-printable", quoted=False),
                                     text_part(html, "html", "UTF-8", "quoted-printable", quoted=False)],
                     alimail_boundary(seed))
    frm = "liangxiaomin"
    sub = [hop("10.21.3.66(mailfrom:liangxiaomin@huiying-led.example.cn fp:SMTPD_---0Wq3Lk2b_1777257612 cluster:ay29)",
               "10.21.3.66", "smtp.huiying-led.example.cn(127.0.0.1)", "ESMTPSA", seed, sent)]
    h = server_headers("B", P(frm)["email"], sent, seed, hops=sub)
    h += alimail(frm, ["fengzhipeng", "tanwei", "zhongjiahao", "helijun", "luoguoqiang"],
                 ["chenwei", "ouyangjun", bot("B")], "【紧急】P3.9户外屏坏点客诉 问题协调会纪要", sent, seed)
    items = [
        I("fengzhipeng", "取3颗失效灯珠做切片分析，出初步结论", HOURS(24), "2026-04-28", "10:40"),
        I("zhongjiahao", "给客户发初步回复邮件（英文）", TOMORROW("15:00"), "2026-04-28", "15:00"),
        U("生产部", "对同批次（D/C 2614）库存箱体全检", MD(4, 30), "2026-04-30"),
        I("helijun", "向灯珠供应商发质量异议函", BEFORE("labour"), "2026-04-30"),
        I("tanwei", "评估是否需要调整恒流驱动参数", NONE),
    ]
    notes = ("DingTalk mail (Alimail web) minutes with the seed 问题协调解决记录表 as an HTML table (tab-separated in the "
             "text part), UTF-8 quoted-printable. Sent Mon 2026-04-27 10:40:12. Table row: 责任人 cell '冯志鹏（主责）/"
             "研发部谭伟（配合）' -> owner 冯志鹏 only (配合 is never an owner); the task is the 解决方案 cell; '24小时内' "
             "counts from the Date header -> 2026-04-28 10:40. 后续措施: #1 '明天下午3点前' -> 2026-04-28 15:00 (抄送陈薇 is "
             "not ownership). #2 生产部 only -> no_owner, department 生产部 ('D/C 2614' is a date code, not a date). #3 "
             "'节前' = the last working day before the Labour Day holiday (05-01..05-05) -> Thu 2026-04-30. #4 '待切片分析"
             "结果出来后再定' is conditional with no date -> no_due (AMBIGUOUS: some would say vague_due; it names no "
             "deadline word like 尽快/待定 for the item itself). The 提交时间 2026-04-26 21:10 is a fact. '明天下午4点再碰"
             "一次进展' -> next_followup 2026-04-28 16:00.")
    return register(Case(8006, "issue-record-table-hours-dingtalk-qp", "minutes", "B", "DingTalk mail (Alimail webmail)",
                         "multipart/alternative; UTF-8; quoted-printable",
                         "seed 问题协调解决记录表; 主责/配合 in one cell; 24小时内 from Date; 明天下午3点前; 节前 = last "
                         "working day before Labour Day; next meeting 明天下午4点",
                         notes, build(h, root), sent, items, TOMORROW("16:00"), ("2026-04-28", "16:00")))


# ============================================================================ 8007
def c8007():
    seed = 8007
    sent = sh(2026, 4, 29, 17, 35, 50)
    text = """各位同事：

今天下午节前安全检查会纪要如下（Noa已确认）：

1. 挤出车间3号线、5号线节前停机后切断电源并挂牌上锁，负责人：白永强，明天下班前完成。
2. 原料库（PE粒料）消防通道清理，今天下班前，沙玉梅负责。
3. 节后复工前安全检查（电气、叉车、空压机），EHS苏晴负责，节后第一个工作日完成。
4. 员工节前安全培训签到表整理归档，5个工作日内交HR，负责人：苏晴。
5. 5月9日（周六）调休上班，当天安排设备试运行，由杨海东负责。
6. 灭火器年检：3月已完成，不再跟进。

节后第一次生产例会：5月6日（周三）8:30，地点不变。

杨海东
Production Manager | 银川泽丰滴灌科技有限公司
"""
    html = lark_html(paras_html(text, "div"))
    root = multipart("alternative", [text_part(text, "plain", "UTF-8", "base64"),
                                     text_part(html, "html", "UTF-8", "base64")], lark_boundary(seed))
    frm = "yanghaidong"
    h = server_headers("D", P(frm)["email"], sent, seed)
    h += lark(frm, ["baiyongqiang", "shayumei", "suqing"], ["noa.benami@tzafon-drip.example.cn", bot("D")],
              "五一节前生产安全检查会 纪要", sent, seed)
    items = [
        I("baiyongqiang", "挤出车间3号线、5号线节前停机后切断电源并挂牌上锁", TOMORROW(), "2026-04-30"),
        I("shayumei", "原料库（PE粒料）消防通道清理", TODAY(), "2026-04-29"),
        I("suqing", "节后复工前安全检查（电气、叉车、空压机）", AFTER("labour"), "2026-05-06"),
        I("suqing", "员工节前安全培训签到表整理归档", WORKDAYS(5), "2026-05-09"),
        I("yanghaidong", "安排设备试运行", MD(5, 9, wd=5), "2026-05-09"),
    ]
    notes = ("Chinese minutes inside the Israeli-owned company, Lark (Feishu) Mail, UTF-8 base64 text+HTML. Sent Wed "
             "2026-04-29, two days before Labour Day (holiday 05-01..05-05, make-up working Saturday 05-09). #1 明天下"
             "班前 -> 2026-04-30, no time. #2 今天下班前 -> 2026-04-29. #3 节后第一个工作日 -> Wed 2026-05-06. #4 '5个"
             "工作日内' from the day after sending: 04-30 (1), 05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 make-up day "
             "(5) -> 2026-05-09 (a Mon-Fri count gives 05-12 or later). #5 '5月9日（周六）' -> 2026-05-09, owner 杨海东 "
             "(the writer). #6 is reported done (3月已完成) -> not an item. 'EHS苏晴' = unit+name -> 苏晴. Next: '5月6日"
             "（周三）8:30' -> 2026-05-06 08:30.")
    return register(Case(8007, "pre-mayday-safety-lark-zh", "minutes", "D", "Lark (Feishu) Mail web",
                         "multipart/alternative; UTF-8; base64",
                         "5个工作日内 across Labour Day incl. the 05-09 make-up Saturday; 明天下班前/今天下班前; "
                         "节后第一个工作日; done row excluded",
                         notes, build(h, root), sent, items, MD(5, 6, "08:30", wd=2), ("2026-05-06", "08:30")))


# ============================================================================ 8008
def c8008():
    seed = 8008
    sent_utc = tz(sh(2026, 4, 30, 1, 5, 41), 0)
    text = """各位：

今晚夜班交接后（00:10—00:50）开了五一保障协调会，纪要如下：

1. 航线车间吴主任：五一期间（5月1日—5日）每班增派1名放行人员，排班表4月30日12:00前发MCC。
2. 航材保障部石静：今天下班前核对五一期间高价周转件（起动机、机轮、刹车组件）库存，缺件清单发群里。
3. 定检车间田主任：节后第一个工作日召开B-652K机C检开工准备会。
4. 质量管理部：五一期间夜班质量巡检安排，3个工作日内报基地。
5. MCC（本人）：下周三前更新AOG应急联络表。

节后第一次生产讲评会：5月6日（周三）09:00，基地二楼会议室。

龙婷
生产控制中心（MCC）值班经理
"""
    owa_html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n'
                '</div>\n</body>\n</html>\n' % paras_html(text, "div"))
    root = multipart("alternative", [text_part(text, "plain", "utf-8", "base64", crlf_body=True),
                                     text_part(owa_html, "html", "utf-8", "base64", crlf_body=True)],
                     exo_boundary(seed))
    frm = "longting"
    hops = [hop("SG2PR06MB5310.apcprd06.prod.outlook.com (::1)", "2603:1096:4:1a2::17",
                "SG2PR06MB5310.apcprd06.prod.outlook.com", "HTTPS", seed, sent_utc)]
    h = server_headers("C", P(frm)["email"], sent_utc, seed, hops=hops)
    h += exchange(frm, ["wuchanglin", "shijing", "tianmaosong", "chenshufen"], ["yangguanghui", bot("C")],
                  "五一保障夜班协调会纪要（4/29夜班）", sent_utc, seed, owa=True)
    items = [
        I("wuchanglin", "五一期间每班增派1名放行人员的排班表发MCC", MD(4, 30, "12:00"), "2026-04-30", "12:00",
          check_task=False),
        I("shijing", "核对五一期间高价周转件（起动机、机轮、刹车组件）库存", TODAY(), "2026-04-30"),
        I("tianmaosong", "召开B-652K机C检开工准备会", AFTER("labour"), "2026-05-06"),
        U("质量管理部", "五一期间夜班质量巡检安排", WORKDAYS(3), "2026-05-08"),
        I("longting", "更新AOG应急联络表", NEXT("三"), "2026-05-06"),
    ]
    notes = ("Outlook on the web (Microsoft 365) from a night shift: Date 'Wed, 29 Apr 2026 17:05:41 +0000' is Thu "
             "2026-04-30 01:05 in Shanghai, so every relative date uses 04-30. #1 吴主任 = 吴昌林, '4月30日12:00前' -> "
             "2026-04-30 12:00. #2 '今天下班前' -> 2026-04-30 (the UTC date 04-29 is wrong). #3 田主任 = 田茂松, 节后第一个"
             "工作日 -> 2026-05-06. #4 质量管理部 only -> no_owner; '3个工作日内' from Thu 04-30: 05-01..05-05 are "
             "holiday, 05-06 (1), 05-07 (2), 05-08 (3) -> 2026-05-08. #5 'MCC（本人）' is the writer 龙婷; 下周三 from "
             "Thursday -> 2026-05-06. Next: '5月6日（周三）09:00' -> 2026-05-06 09:00. UTF-8 base64, CRLF.")
    return register(Case(8008, "mro-night-shift-owa-utc-date", "minutes", "C", "Outlook on the web (Microsoft 365)",
                         "multipart/alternative; UTF-8; base64; Date in +0000",
                         "Date +0000 on the previous UTC day (01:05 Shanghai): 今天下班前 = Shanghai date; 3个工作日内 "
                         "over Labour Day; 本人 = the writer",
                         notes, build(h, root, crlf=True), sent_utc, items, MD(5, 6, "09:00", wd=2),
                         ("2026-05-06", "09:00")))


# ============================================================================ 8009
def c8009():
    seed = 8009
    sent = sh(2026, 5, 6, 19, 50, 3)
    text = """Team,

Quick notes from today's visit at Yinfeng Winery (Helan Mountain east slope), with Li Chunsheng and his field manager.

- Block C (Cabernet, 38 ha): pressure at the end of the laterals is 0.6 bar, design is 1.0. Most likely the filter station.
- Two sub-mains were damaged by a tractor during the holiday. They patched them with tape.

Actions:
Action: Hai Bo – replace the two damaged sub-main sections – within 3 working days
Action: Snow – send the filter station flushing checklist (Chinese) to Li Chunsheng – by tomorrow 12:00
Action: Lan – soil moisture readings for blocks C and D – by Saturday (it's a working day this week)
Action: me – pressure test report for Block C to Noa and HQ – by May 13

Li Chunsheng also asked for a quote for 12 ha of new plantings – JP, please follow up, no rush.

Avi

Sent from my iPhone
"""
    root = text_part(text, "plain", "utf-8", "quoted-printable", quoted=False)
    frm = "avi.cohen@tzafon-drip.example.cn"
    hops = [hop("smtpclient.apple (unknown [223.104.108.23])", "authenticated", "mail-sg.tzafon-drip.example.cn (LarkMail)",
                "ESMTPSA", seed, sent)]
    h = server_headers("D", frm, sent, seed, hops=hops)
    h += iphone(frm, ["haibo", "dingxue", "maxiaolan", "najianping"], ["noa.benami@tzafon-drip.example.cn", bot("D")],
                "Yinfeng site visit – notes + actions", sent, seed)
    items = [
        I("haibo", "replace the two damaged sub-main sections", WORKDAYS(3), "2026-05-09"),
        I("dingxue", "send the filter station flushing checklist (Chinese) to Li Chunsheng", TOMORROW("12:00"),
          "2026-05-07", "12:00"),
        I("maxiaolan", "soil moisture readings for blocks C and D", WDAY("sat"), "2026-05-09"),
        I("avi.cohen@tzafon-drip.example.cn", "pressure test report for Block C to Noa and HQ", MD(5, 13),
          "2026-05-13"),
        I("najianping", "follow up on the quote for 12 ha of new plantings", NONE, check_task=False),
    ]
    notes = ("iPhone Mail, text/plain UTF-8 quoted-printable, English 'Action: Name – task – due' lines from the Israeli "
             "field-service manager. Sent Wed 2026-05-06 (first day after Labour Day). Hai Bo = 海波, Snow = 丁雪, Lan = "
             "马晓兰, 'me' = the sender Avi Cohen. 'within 3 working days' from the day after sending: Thu 05-07, Fri "
             "05-08, Sat 05-09 (make-up working day) -> 2026-05-09. 'by tomorrow 12:00' -> 2026-05-07 12:00. 'by "
             "Saturday' -> 2026-05-09. 'by May 13' -> 2026-05-13. The closing sentence 'JP, please follow up, no rush' "
             "assigns a task to JP = 纳建平 outside the Actions list: a careful assistant records it, with no deadline "
             "('no rush') -> no_due (AMBIGUOUS). The bullet observations are findings. No next meeting.")
    return register(Case(8009, "site-visit-actions-iphone-en", "minutes", "D", "iPhone Mail (iOS)",
                         "text/plain only; UTF-8; quoted-printable",
                         "English 'Action:' lines; 'me' = sender; within 3 working days over the 05-09 make-up Saturday; "
                         "by tomorrow 12:00; prose request with 'no rush'",
                         notes, build(h, root), sent, items, None))


# ============================================================================ 8010
def c8010():
    seed = 8010
    sent = sh(2026, 5, 7, 15, 30, 48)
    rows = [["序号", "工作任务", "责任科室", "责任人", "完成时限", "备注"],
            ["1", "制定专项检查工作方案并印发", "危险化学品监管科", "苏和", "5月9日（周六）前", ""],
            ["2", "对辖区12家重点企业开展第一轮现场检查", "执法大队", "韩冬", "3个工作日内", ""],
            ["3", "对检查发现的重大隐患下达整改指令书并跟踪销号", None, None, "本月底前", ""],
            ["4", "更新危化品企业“一企一档”电子台账", "危险化学品监管科", "包红梅", "5月20日前", ""],
            ["5", "组织涉危企业主要负责人安全培训", "安全生产综合协调科", "", "待定", "培训场地待落实"],
            ["6", "邀请应急专家参与检查", "危险化学品监管科", "苏和", "5月6日", "已完成"]]
    intro = """各位：

5月7日上午，苏和科长主持召开危险化学品企业专项执法检查协调会，执法大队、安全生产综合协调科参加。会议明确了任务分工，详见下表："""
    outro = """请各责任人按时限推进。5月9日（周六）调休，正常上班。

下次会议：下周四（5月14日）下午3点，听取第一轮检查情况汇报。

危险化学品监管科
苏和"""
    trows = []
    for r in rows:
        trows.append("\t".join("" if c is None else c for c in r))
    plain = intro + "\n\n" + "\n".join(trows) + "\n\n" + outro + "\n"
    table = html_table(rows, style="word", spans={(2, 2): 2, (2, 3): 2})
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s<div><br></div>%s'
            '<div><br></div>%s</div>' % (paras_html(intro, "div"), table, paras_html(outro, "div")))
    root = multipart("alternative", [text_part(plain, "plain", "UTF-8", "base64", quoted=False),
                                     text_part(html, "html", "UTF-8", "base64", quoted=False)],
                     netease_boundary(seed))
    frm = "suhe"
    h = server_headers("A", P(frm)["email"], sent, seed, hops=[_coremail_hop("suhe", sent, "10.30.8.64")])
    h += coremail_web(frm, ["handong", "baohongmei", "xulihua", "qiqige"], ["gaozhenhua", bot("A")],
                      "危险化学品企业专项执法检查协调会纪要", sent, seed, label="UTF-8")
    items = [
        I("suhe", "制定专项检查工作方案并印发", MD(5, 9, wd=5), "2026-05-09"),
        I("handong", "对辖区12家重点企业开展第一轮现场检查", WORKDAYS(3), "2026-05-11"),
        I("handong", "对检查发现的重大隐患下达整改指令书并跟踪销号", MONTH_END(), "2026-05-31"),
        I("baohongmei", "更新危化品企业“一企一档”电子台账", MD(5, 20), "2026-05-20"),
        U("安全生产综合协调科", "组织涉危企业主要负责人安全培训", VAGUE),
    ]
    notes = ("Coremail webmail, UTF-8 base64; the HTML part holds a Word-pasted task table whose 责任科室/责任人 cells for "
             "rows 2-3 are merged (rowspan=2), so row 3 is owned by 执法大队 韩冬 too; the text part is tab-separated with "
             "empty merged cells. Sent Thu 2026-05-07. Row 1 '5月9日（周六）前' -> 2026-05-09, the Labour Day make-up "
             "Saturday. Row 2 '3个工作日内': Fri 05-08 (1), Sat 05-09 make-up (2), Mon 05-11 (3) -> 2026-05-11 (Mon-Fri "
             "would give 05-12). Row 3 本月底前 -> 2026-05-31. Row 5 has a unit and no person -> no_owner, department "
             "安全生产综合协调科; 待定 -> vague_due; 备注 is a remark. Row 6 备注 已完成 -> not an item. 下次会议 '下周四"
             "（5月14日）下午3点' -> 2026-05-14 15:00.")
    return register(Case(8010, "gov-hazchem-table-rowspan-coremail", "minutes", "A", "Coremail webmail (Word table pasted)",
                         "multipart/alternative; UTF-8; base64",
                         "HTML task table with rowspan-merged owner cells; 3个工作日内 over the 05-09 make-up Saturday; "
                         "本月底前; 已完成 row; unit-only row with 待定",
                         notes, build(h, root), sent, items, NEXT("四", "15:00"), ("2026-05-14", "15:00")))


for _f in (c8001, c8002, c8003, c8004, c8005, c8006, c8007, c8008, c8009, c8010):
    _f()
