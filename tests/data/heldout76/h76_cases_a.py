"""heldout76 cases 10401-10406: 六盘水乌蒙果业 (kiwifruit) and its Singapore buyer / packaging supplier."""
from h76_common import (WM, addr, addrs, arrival, bot, case, esc, ew, fu, html_page, html_table, it, lines_to_html,
                        message, multi, text, thread_index)

LCG = "liongreen.example.sg"   # Lion City Greengrocers Pte Ltd (Singapore buyer)
QY = "qianyin-pack.example.cn"  # 水城黔印包装 (carton supplier, Shuicheng district)

# ------------------------------------------------------------------------------------------------ 10401
T01 = """各位好：

今天下午基地周例会的纪要如下，请各自对照落实，有出入的今天回我。

时间：4月13日（周一）16:00-17:20
地点：场部二楼会议室
参会：罗总、龙秀英、安志强、杨梅、刘成、吴德勇
记录：龙秀英

一、上周情况
杨主管：上周1号、2号基地的农残抽检已完成，结果全部合格，报告已归档。
刘主管：冷库3号间压缩机已换新，试运行正常。

二、本周分工
【龙秀英】
① 汇总3号基地红心猕猴桃授粉情况（人工授粉面积、花粉用量），本周五前报罗总；
② 联系水城区农技推广站落实疏果培训讲师，
   下周二前把培训日期定下来。
【安志强】
① 4月20日前完成2号基地滴灌主管网检修，老化接头全部更换；
② 配合杨主管做溃疡病复查采样，具体时间听杨主管通知。
【刘成】
月底前完成冷库除霜和两台叉车的年检。
【杨梅】
溃疡病复查：4月22日前出复查结论。

三、其他
罗总强调：授粉期间各基地一律不准打药，发现一次按制度处理。

下次例会：下周一同一时间，地点不变。

龙秀英
基地管理部
六盘水乌蒙果业有限公司
"""


@case(10401, "wumeng-base-weekly-by-person-foxmail-gbk", "minutes",
      "Foxmail GBK base64 (text+html): minutes grouped by person (【姓名】 + ①②), a wrapped item, reports of last "
      "week's work (not items), 本周五/下周二/月底, a support task with no date; 下周一同一时间 -> follow-up",
      "Sent Mon 2026-04-13 17:40 +0800. Items grouped under 【name】. 龙秀英 ① 本周五前 -> 2026-04-17; ② wraps over two "
      "lines, 下周二前 -> 2026-04-21. 安志强 ① 4月20日前 -> 2026-04-20; ② '配合…采样，具体时间听杨主管通知' has no "
      "deadline -> no_due (a support task is still his item). 刘成 月底前 -> 2026-04-30. 杨梅 4月22日前 -> 2026-04-22. "
      "'一、上周情况' lines are reports of finished work, not items; 罗总强调 is a rule, not an item. '下次例会：下周一同一"
      "时间' = Mon 2026-04-20 at the meeting's start 16:00.",
      items=[
          it("龙秀英", "汇总3号基地授粉情况报罗总", ("thisweek", 5), "2026-04-17"),
          it("龙秀英", "落实疏果培训讲师并确定培训日期", ("nextweek", 2), "2026-04-21"),
          it("安志强", "完成2号基地滴灌主管网检修", ("abs", "2026-04-20"), "2026-04-20"),
          it("安志强", "配合杨主管做溃疡病复查采样", ("none",), None, flags=["no_due"]),
          it("刘成", "完成冷库除霜和两台叉车年检", ("month_end",), "2026-04-30"),
          it("杨梅", "出溃疡病复查结论", ("abs", "2026-04-22"), "2026-04-22"),
      ],
      followup=fu(("nextweek", 1), "2026-04-20", "16:00"))
def build_10401():
    date = "Mon, 13 Apr 2026 17:40:12 +0800"
    html = html_page('<div style="font-family:微软雅黑;font-size:14px">\n' + lines_to_html(T01) + "\n</div>", "GBK",
                     "<style>body { line-height: 1.5; }</style>\n")
    body = multi("alternative", "----=_001_NextPart318256311418_=----",
                 [text("text/plain", T01, "GBK", "base64"), text("text/html", html, "GBK", "base64")],
                 preamble="This is a multi-part message in MIME format.\n")
    h = arrival("longxiuying@" + WM, "minutes@" + WM, date, "smtp.wumeng-fruit.example.cn", "10.18.2.31", "10401") + [
        ("Date", date),
        ("From", addr("龙秀英", "longxiuying@" + WM, "GBK", quote=True)),
        ("To", addrs(["罗建军", "安志强", "杨梅", "刘成", "吴德勇"], "GBK", quote=True)),
        ("Cc", addrs([bot(WM)], "GBK", quote=True)),
        ("Subject", ew("4月13日基地周例会纪要", "GBK")),
        ("X-Priority", "3"),
        ("X-GUID", "5E2B90C4-77A1-4D0B-9C1E-3A6F0D5B2E17"),
        ("X-Has-Attach", "no"),
        ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<2026041317401198725414@wumeng-fruit.example.cn>"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10402
T02 = """Hi Lucy, Haitao,

Thanks for making time this morning. My notes below - shout if I missed anything.

Attendees: Grace Teo, Marcus Lim (LCG); Lucy Chen, Hu Haitao (Wumeng Fruit)

Agreed:
- Trial order: 2 x 40' reefer, grades 90-100g and 100-110g, loading in the last week of May.
- Pulp temperature at loading 0-1\u00b0C, one data logger per container.
- Payment 30% deposit, 70% against copy B/L.

Action:
- Lucy: revised CIF Singapore quote reflecting the new grade split -> Mon 11 May
- Haitao: packing list template + carton spec (dimensions, ply, print) -> EOD today
- Grace: confirm retail label artwork with our design team -> next Fri
- Marcus: check whether our import permit needs renewing before the first shipment -> ASAP

Next check-in: Thu 21 May, 3pm SGT (=3pm Beijing).

Cheers,
Grace

--
Grace Teo | Senior Buyer, Fresh Produce
Lion City Greengrocers Pte Ltd
+65 6XXX 2210
"""


@case(10402, "wumeng-sg-buyer-arrow-actions-gmail", "minutes",
      "Gmail English call notes from the Singapore buyer: 'Name: task -> due' arrows, Mon 11 May / EOD today / "
      "next Fri / ASAP; owners via roster aliases (Lucy, Haitao) and Cc display names; 'Agreed' block not items",
      "Sent Thu 2026-05-07 10:15 +0800 (SGT = Beijing time). 'Lucy' = 陈露 (alias Lucy Chen, also in To) -> Mon 11 "
      "May = 2026-05-11. 'Haitao' = 胡海涛, 'EOD today' -> 2026-05-07 without a time. 'Grace' is the sender Grace Teo "
      "(not in roster, department null); 'next Fri' -> Friday of next week 2026-05-15. 'Marcus' = Cc Marcus Lim, "
      "ASAP -> vague_due. The 'Agreed' lines (order size, temperature, payment) are decisions. 'Next check-in: Thu 21 "
      "May, 3pm SGT' -> 2026-05-21 15:00.",
      items=[
          it("陈露", "send revised CIF Singapore quote reflecting the new grade split", ("abs", "2026-05-11"),
             "2026-05-11"),
          it("胡海涛", "send packing list template and carton spec", ("today",), "2026-05-07"),
          it("Grace Teo", "confirm retail label artwork with design team", ("nextweek", 5), "2026-05-15",
             ext_email="grace.teo@" + LCG),
          it("Marcus Lim", "check whether import permit needs renewing before first shipment", ("none",), None,
             flags=["vague_due"], ext_email="marcus.lim@" + LCG),
      ],
      followup=fu(("abs", "2026-05-21"), "2026-05-21", "15:00"))
def build_10402():
    date = "Thu, 7 May 2026 10:15:41 +0800"
    paras = T02.split("\n")
    html = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras) + "</div>\n"
    body = multi("alternative", "000000000000a1b2c3d4e5f60718",
                 [text("text/plain", T02, "UTF-8", "quoted-printable", quote=False),
                  text("text/html", html, "UTF-8", "quoted-printable", quote=False)])
    h = arrival("grace.teo@" + LCG, "minutes@" + WM, date, "mail-sor-f69.google.com", "209.85.220.69", "10402") + [
        ("MIME-Version", "1.0"),
        ("From", "Grace Teo <grace.teo@%s>" % LCG),
        ("Date", date),
        ("Message-ID", "<CAF3kq9VtY2m0x7LrZP4hN6bWQe1Ju8sDk5cG0aPq_Tf=Lw3x@mail.gmail.com>"),
        ("Subject", "Call notes - red-flesh kiwifruit trial shipment (7 May)"),
        ("To", "Lucy Chen <chenlu@%s>, Hu Haitao <huhaitao@%s>" % (WM, WM)),
        ("Cc", "Marcus Lim <marcus.lim@%s>,\n %s" % (LCG, addr(*bot(WM)))),
        ("X-Gm-Features", "AQt7F2pLk0Jd9sWq3rHcUe6m1BvYzN4x"),
        ("X-Gm-Gg", "ASbGncuR7r2b9Wc0kPq1"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10403
EC_ROWS = [
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型(客户/供应商/合作方)", "核心需求/反馈",
     "解决方案/进展", "下次沟通时间", "负责人"],
    ["EC2026-05-08-01", "2026-05-08", "Lion City Greengrocers/Grace Teo", "销售部/胡海涛", "客户",
     "客户要求首柜5月下旬装柜，装柜前需看到农残检测报告和装柜计划",
     "①品控部杨主管出具最近批次农残检测报告(5月11日前)②5月13日向客户反馈装柜计划及预计船期", "2026-05-13", "胡海涛"],
    ["EC2026-05-08-02", "2026-05-08", "水城黔印包装/周经理", "仓储物流部/刘主管", "供应商",
     "5层加厚纸箱首版样品抗压不达标，原定5月12日交付的首批纸箱可能推迟",
     "①明天确认第二版加厚样品抗压测试结果②若仍不合格，启动备选纸箱厂询价", "待定", "刘成"],
]


@case(10403, "wumeng-ec-followup-table-outlook-gb2312", "minutes",
      "Outlook zh-CN gb2312 QP 外部沟通跟进表 (seed columns, customer + supplier rows): ①② in the 解决方案 cell, row "
      "负责人 owns unnamed sub-items, 明天 = the 05-09 make-up Saturday, conditional item without date; one row's 下次沟通"
      "时间 is 待定",
      "Sent Fri 2026-05-08 16:20 +0800. Row 1: ① names 品控部杨主管 (= 杨梅) -> 5月11日前 = 2026-05-11; ② names no "
      "one, so the row 负责人 胡海涛 owns it: 5月13日 -> 2026-05-13. Row 2 (supplier): ① 明天 -> Sat 2026-05-09, a "
      "make-up working day (kept as written). ② '若仍不合格，启动备选纸箱厂询价' is conditional with no date -> no_due, "
      "owner 刘成 (row 负责人 = 刘主管). '原定5月12日交付' in 核心需求 is a fact. 下次沟通时间: row 1 2026-05-13, row 2 "
      "待定 -> next_followup 2026-05-13 without time.",
      items=[
          it("杨梅", "出具最近批次农残检测报告", ("abs", "2026-05-11"), "2026-05-11"),
          it("胡海涛", "向客户反馈装柜计划及预计船期", ("abs", "2026-05-13"), "2026-05-13"),
          it("刘成", "确认第二版加厚样品抗压测试结果", ("plus", 1), "2026-05-09"),
          it("刘成", "启动备选纸箱厂询价", ("none",), None, flags=["no_due"]),
      ],
      followup=fu(("abs", "2026-05-13"), "2026-05-13"))
def build_10403():
    date = "Fri, 8 May 2026 16:20:07 +0800"
    intro = "陈经理、各位：\n\n今天分别和新加坡客户、纸箱厂沟通了一次，按公司外部沟通跟进表整理如下，请相关同事跟进。\n"
    tail = "\n如有遗漏请补充。\n\n胡海涛\n销售部 | 六盘水乌蒙果业有限公司\n"
    plain = intro + "\n" + "\n".join("\t".join(r) for r in EC_ROWS) + "\n" + tail
    tbl = html_table(EC_ROWS, 'class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                              'style="border-collapse:collapse;border:none"', td_style="font-size:10.5pt")
    html = html_page('<div class=WordSection1>\n' + lines_to_html(intro) + "\n" + tbl + "\n" + lines_to_html(tail)
                     + "\n</div>", "gb2312",
                     '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n')
    body = multi("alternative", "----=_NextPart_000_0047_01DCDEB4.6F1A2C30",
                 [text("text/plain", plain, "gb2312", "quoted-printable"),
                  text("text/html", html, "gb2312", "quoted-printable")],
                 preamble="This is a multipart message in MIME format.\n")
    h = arrival("huhaitao@" + WM, "minutes@" + WM, date, "PC-HUHT", "10.18.3.77", "10403") + [
        ("From", addr("胡海涛", "huhaitao@" + WM, "gb2312", quote=True)),
        ("To", addrs(["陈露"], "gb2312", quote=True)),
        ("Cc", addrs(["杨梅", "刘成", bot(WM)], "gb2312", quote=True)),
        ("Subject", ew("外部沟通跟进表（EC2026-05-08）新加坡试单及纸箱交期", "gb2312")),
        ("Date", date),
        ("Message-ID", "<000001dcdeb4$6f1a2c30$4d4e8490$@wumeng-fruit.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", thread_index("10403")),
        ("Content-Language", "zh-cn"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10404
AI04 = [
    ("会议主题", "端午礼盒补货及618大促后半程复盘"),
    ("会议时间", "2026-06-16 17:30-18:35"),
    ("参会人", "陈露、胡海涛、蒙丽、刘成"),
]
SUM04 = ("会议围绕618大促后半程和端午礼盒补货展开。陈露指出礼盒库存按当前动销只够3天左右，需尽快补货；胡海涛认为社区团购"
         "渠道价格偏低，建议下周前与平台重新谈价；蒙丽反馈旗舰店详情页仍是去年素材，转化率偏低。刘成提醒端午期间快递揽收"
         "时效会延长1-2天。")
CH04 = [
    ("00:02", "礼盒库存与补货", "陈露：按现在每天两百多单的量，礼盒只够三天，二次补货的量这周就得定。"),
    ("00:19", "社区团购价格", "胡海涛表示会尽快联系团购平台，争取6月底前把价格调回来。"),
    ("00:41", "详情页与物流", "蒙丽：详情页节前必须换完。刘成：端午三天顺丰冷链照常收，但时效慢一两天。"),
]
TODO04 = [
    ("蒙丽", "端午节前完成天猫旗舰店礼盒详情页更新", "节前"),
    ("陈露", "确认端午礼盒二次补货数量", "本周四"),
    ("胡海涛", "提交618大促复盘数据", "节后第一个工作日"),
    ("刘成", "跟进顺丰冷链端午期间揽收安排", "无"),
]


@case(10404, "wumeng-dingtalk-ai-minutes-duanwu", "minutes",
      "钉钉 智能纪要 (HTML only, from Alimail/DingTalk): 智能摘要 and 章节速览 mention plans and dates, only the 待办 "
      "block counts; 节前/本周四/节后第一个工作日 around 端午 (06-19..21), a 待办 with 截止时间 无",
      "Sent Tue 2026-06-16 19:02 +0800. Only the 待办事项 list is items; the summary's '尽快补货', '下周前…谈价', '6月底前"
      "把价格调回来' are discussion, not 待办. 蒙丽 节前 -> last working day before 端午 (06-19..21 off) = Thu "
      "2026-06-18. 陈露 本周四 -> 2026-06-18. 胡海涛 节后第一个工作日 -> Mon 2026-06-22. 刘成 截止时间 '无' -> no_due. "
      "No next meeting.",
      items=[
          it("蒙丽", "完成天猫旗舰店礼盒详情页更新", ("before_holiday", "2026-06-19"), "2026-06-18"),
          it("陈露", "确认端午礼盒二次补货数量", ("thisweek", 4), "2026-06-18"),
          it("胡海涛", "提交618大促复盘数据", ("after_holiday", "2026-06-19"), "2026-06-22"),
          it("刘成", "跟进顺丰冷链端午期间揽收安排", ("none",), None, flags=["no_due"]),
      ])
def build_10404():
    date = "Tue, 16 Jun 2026 19:02:55 +0800"
    info = "".join('<tr><td style="color:#8f959e;width:80px">%s</td><td>%s</td></tr>' % (esc(k), esc(v))
                   for k, v in AI04)
    chap = "".join('<div style="margin:6px 0"><span style="color:#3370ff">%s</span> <b>%s</b><br>%s</div>'
                   % (t, esc(h), esc(s)) for t, h, s in CH04)
    todo = "".join('<li style="margin:4px 0">%s %s <span style="color:#8f959e">截止时间：%s</span></li>'
                   % ("@" + esc(o), esc(t), esc(d)) for o, t, d in TODO04)
    inner = ('<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px;color:#1f2329">'
             '<div>大家好，钉钉生成的会议纪要转给大家，已抄送纪要助手。——蒙丽</div><br>'
             '<div style="font-size:18px;font-weight:bold">智能纪要：端午礼盒补货及618复盘</div>'
             '<table>%s</table><h3>智能摘要</h3><div>%s</div><h3>章节速览</h3>%s<h3>待办事项</h3><ul>%s</ul>'
             '<div style="color:#8f959e;font-size:12px">本纪要由钉钉AI生成，内容仅供参考，请注意核实。</div></div>'
             % (info, esc(SUM04), chap, todo))
    body = text("text/html", html_page(inner, "UTF-8"), "UTF-8", "base64")
    h = arrival("mengli@" + WM, "minutes@" + WM, date, "out30-71.freemail.mail.aliyun.com", "115.124.30.71",
                "10404") + [
        ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1"),
        ("Date", date),
        ("From", addr("蒙丽", "mengli@" + WM)),
        ("To", addrs(["陈露", "胡海涛", "刘成"])),
        ("Cc", addrs([bot(WM)])),
        ("Message-ID", "<8c1f2a4e-6b3d-4f7e-9a21-d0e5c7b9a3f1.mengli@wumeng-fruit.example.cn>"),
        ("Subject", ew("【钉钉智能纪要】端午礼盒补货及618复盘")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Alimail-Mailagent revision 4"),
        ("X-Mailer-Client", "DingTalk"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10405
NEW05 = """各位：

借这个老邮件线程发一下昨天（7月7日）品控小会的纪要，方便大家对照4月的安排。

一、7月采前抽检
1. 吴工负责7月批次糖度（可溶性固形物）抽检，7月10日前出数据；
2. 我负责修订《红心猕猴桃采后分级标准》，7月底前发征求意见稿；
3. 安工本周内把各基地采样点位坐标发我（含新增的4号基地）。

二、客户投诉
新加坡客户反映上批果实软果率偏高，陈经理已回复客户并给了补偿方案，此事不再单独跟进。

下次品控会：7月21日（周二）上午9点，品控部办公室。

杨梅
品控部
"""
OLD05 = """各位好：
4月农残抽检安排如下：
1. 吴德勇4月15日前完成1号、2号基地取样；
2. 安志强4月16日前送样到六盘水市农产品质量检测中心；
3. 杨梅4月24日前汇总检测结果上报罗总。
谢谢！
"""


@case(10405, "wumeng-new-minutes-in-old-thread-exmail-gb18030", "minutes",
      "Tencent Exmail gb18030 '回复：' of an April thread carrying new July minutes above a QQ '原始邮件' quote whose "
      "April items must not be extracted; '我负责' = the sender; 本周内 (AMBIGUOUS); 7月底前; next meeting with 上午9点",
      "AMBIGUOUS: '本周内' has two readings (Friday or the calendar-week end); the gold takes the calendar-week end "
      "as the research phrase table does (本周内 -> Sunday). Sent Wed 2026-07-08 09:05 +0800. New minutes posted as a "
      "reply in the April 农残抽检 thread: only the text above '原始邮件' counts; the quoted April items (4月15日/16日/24日) "
      "are old and must not be extracted. 吴工 = 吴德勇, 7月10日前 -> 2026-07-10. '我负责' = sender 杨梅, 7月底前 -> "
      "2026-07-31. 安工 = 安志强, 本周内 -> Sun 2026-07-12. The complaint paragraph is closed (不再单独跟进). Next "
      "meeting 7月21日（周二）上午9点 -> 2026-07-21 09:00.",
      items=[
          it("吴德勇", "完成7月批次糖度抽检并出数据", ("abs", "2026-07-10"), "2026-07-10"),
          it("杨梅", "修订红心猕猴桃采后分级标准并发征求意见稿", ("month_end",), "2026-07-31"),
          it("安志强", "发送各基地采样点位坐标", ("week_end",), "2026-07-12"),
      ],
      followup=fu(("abs", "2026-07-21"), "2026-07-21", "09:00"))
def build_10405():
    date = "Wed, 8 Jul 2026 09:05:33 +0800"
    qhdr = ("------------------ 原始邮件 ------------------\n发件人: \"杨梅\"<yangmei@%s>;\n发送时间: 2026年4月10日"
            "(星期五) 下午3:12\n收件人: \"吴德勇\"<wudeyong@%s>; \"安志强\"<anzhiqiang@%s>;\n抄送: \"罗建军\"<luojianjun@%s>;\n"
            "主题: 【品控】4月农残抽检安排\n" % (WM, WM, WM, WM))
    plain = NEW05 + "\n\n" + qhdr + "\n" + OLD05
    html = html_page('<div>%s</div><div><br></div><div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">'
                     '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size:12px;background:'
                     '#efefef;padding:8px;">%s</div><div><br></div><blockquote>%s</blockquote>'
                     % (lines_to_html(NEW05), "<br>".join(esc(l) for l in qhdr.split("\n")[1:] if l),
                        lines_to_html(OLD05)), "gb18030")
    body = multi("alternative", "----=_NextPart_668D1F7D_0B7C5E10_3A9F2C41",
                 [text("text/plain", plain, "gb18030", "base64"), text("text/html", html, "gb18030", "base64")],
                 preamble="This is a multi-part message in MIME format.\n")
    h = arrival("yangmei@" + WM, "minutes@" + WM, date, "smtpbg151.exmail.example.com", "183.3.255.151", "10405") + [
        ("X-QQ-mid", "bizesmtp90t1783472733t7k2m1qd"),
        ("X-QQ-SSF", "0000000000000000000000000000000"),
        ("X-QQ-GoodBg", "2"),
        ("From", addr("杨梅", "yangmei@" + WM, "gb18030", quote=True)),
        ("To", addrs(["吴德勇", "安志强"], "gb18030", quote=True, sep=", ")),
        ("Cc", addrs(["罗建军", bot(WM)], "gb18030", quote=True, sep=", ")),
        ("Subject", ew("回复：【品控】4月农残抽检安排", "gb18030")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_4B7E2D91C06A3F58E1D2B7C9@qq.com>"),
        ("In-Reply-To", "<tencent_9A01C3E5F27B84D6A5E0C1B3@qq.com>"),
        ("References", "<tencent_9A01C3E5F27B84D6A5E0C1B3@qq.com>"),
        ("X-QQ-ReplyHash", "2871650394"),
    ]
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 10406
T06 = """晓燕：

上周去新加坡出差的报销单我已经在OA里提交了，麻烦周五前帮我审一下，发票原件明天上午给你送过去。
另外5月的客户招待费能不能这个月底前一起报？有几张是电子发票，我直接转你邮箱。

谢谢！

发自我的iPhone
"""


@case(10406, "wumeng-other-expense-request-iphone", "other",
      "iPhone Mail (UTF-8 QP, text only) person-to-person request to finance with the bot in Cc by mistake: "
      "周五前/明天上午/月底前 in a request, no minutes -> other",
      "A colleague asks finance to review her expense claim. It has deadline words (周五前, 明天上午, 这个月底前) but is "
      "a personal request, not meeting minutes: kind other, no items, no follow-up.")
def build_10406():
    date = "Wed, 3 Jun 2026 11:20:48 +0800"
    body = text("text/plain", T06, "utf-8", "quoted-printable", quote=False)
    h = arrival("chenlu@" + WM, "minutes@" + WM, date, "smtp.wumeng-fruit.example.cn", "10.18.3.52", "10406") + [
        ("Content-Type", None),
    ]
    h = h[:-1] + [
        ("From", addr("陈露", "chenlu@" + WM)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", ew("出差报销的事")),
        ("Message-Id", "<3E9A1F47-2C6B-4D83-B5E0-7A1C9D2F6E84@wumeng-fruit.example.cn>"),
        ("To", addr("王晓燕", "wangxiaoyan@" + WM)),
        ("Cc", addr(*bot(WM))),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    return message(h, body)
