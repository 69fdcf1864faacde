"""Cases 10331-10338: a second round across the four organisations."""
from clients75 import env
from lib75 import FJ, SOCA, YJ, HC, I, F, VAGUE, email_of, BY_NAME
from mime75 import leaf, multi, message, ts, hx, flowed, text_table, esc
from styles75 import (outlook_html, outlook_p, outlook_table, div_html, lines_div, coremail_table)

BOT_FJ = ("纪要助手", f"minutes@{FJ}")
BOT_SOCA = ("Minutes Bot", f"minutes@{SOCA}")
BOT_YJ = ("纪要助手", f"minutes@{YJ}")
BOT_HC = ("纪要助手", f"minutes@{HC}")
MARCELO = ("Marcelo Ferreyra", "marcelo.ferreyra@cocinaaustral.example.com.uy")   # buyer, Montevideo
NAN = ("南英华", "nanyinghua@yjcf.example.cn")                                     # SOE 综合部
YIN = ("尹相国", "yinxiangguo@yjcf.example.cn")


def P(*names, en=False):
    out = []
    for n in names:
        disp = BY_NAME[n][4].split(";")[0] if en and any("\u4e00" <= ch <= "\u9fff" for ch in n) else n
        out.append((disp, email_of(n)))
    return out


def tencent_node(text, cs, seed):
    html = div_html(lines_div(text.split("\n")), size="14px")
    return multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", html, cs, "base64")],
                 f"----=_NextPart_{hx(seed, 8, True)}_{hx(seed + 'b', 8, True)}_{hx(seed + 'c', 8, True)}")


# ------------------------------------------------------------------------------------------------ 10331
T10331 = """Dear all / 各位，

今天乌拉圭客户 Cocina Austral 的 Marcelo 来厂参观，会议要点如下（中英混写，方便抄送客户）：

1. 客户确认2027年度主厨刀系列意向量约18,000把，分两批出货。
2. 客户对大马士革纹样品满意，但要求刀柄改为G10材质。
3. 付款方式：30%预付，70%见提单副本。

AI: Kelly – 按G10刀柄更新报价单并发客户 – by 7/24
AI: 陈工 – G10刀柄结构图及样品（3把）– 8月7日前
AI: 李主管 – 提供LFGB/FDA检测报告副本 – this Friday
AI: Marcelo – confirm logo artwork & packaging language (ES/EN) – by end of July
AI: 冯丽华 – 拟定框架合同草稿 – 待定，等客户确认数量

Next call with Marcelo: 7月28日（周二）晚上8点（Montevideo 9:00 am）

Lisa Feng 冯丽华
外贸部经理 | 阳江锋匠刀剪实业有限公司
"""


def b10331(c):
    H, _ = env("wecom", ("冯丽华", email_of("冯丽华")), [MARCELO] + P("吴嘉欣", "陈伟明", "李秀兰"),
               "Visit minutes 21 Jul / Cocina Austral来访会议纪要", c["date"], "10331", cc=P("黄志坚") + [BOT_FJ])
    return message(H, tencent_node(T10331, "utf-8", "10331"))


# ------------------------------------------------------------------------------------------------ 10332
JY = [
    ["序号", "工作事项", "责任人（主责/配合）", "完成时限"],
    ["1", "电商渠道二季度冲刺\n①618大促GMV目标拆解到店铺\n②直播间排期表", "熊慧（主责）/周雅琪（配合）", "①6月10日前\n②6月12日前"],
    ["2", "新品荔枝米酒上市\n①配方定型\n②小批量试产3批次", "胡俊（主责）/万晓东（配合）", "①本季度末\n②7月15日前"],
    ["3", "重庆、长沙两地经销商超90天应收账款催收", "严志刚（主责）/万晓东（配合）", "季度末前"],
    ["4", "食品生产许可证延续申请材料", "程敏", "7月1日前"],
]
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5f3c4d50000000049454e44ae426082")


def b10332(c):
    from mime75 import Node, encode_body
    intro = ["各位：", "", "6月8日下午经营分析会纪要如下，请各主责人牵头落实，配合人积极支持。", "",
             "一、会议通报：1-5月销售额同比增长11.6%，其中电商渠道增长27%；应收账款余额较年初上升，需加快清理。", "",
             "二、重点工作分工"]
    outro = ["", "三、下次经营分析会：7月上旬，具体时间另行通知。", "", "付晓雨", "总经办"]
    html = outlook_html("\n".join(outlook_p(x) for x in intro) + outlook_table(JY) +
                        "\n".join(outlook_p(x) for x in outro) +
                        "<p class=MsoNormal><img width=120 height=36 src=\"cid:image001.png@01DCF74B.5A3C1E20\"></p>", "utf-8")
    text = "\n".join(intro) + "\n" + text_table(JY) + "\n" + "\n".join(outro) + "\n"
    img = Node(["Content-Type: image/png; name=\"image001.png\"", "Content-Description: image001.png",
                "Content-Disposition: inline; filename=\"image001.png\"", "Content-ID: <image001.png@01DCF74B.5A3C1E20>",
                "Content-Transfer-Encoding: base64"], encode_body(PNG, "base64"))
    rel = multi("related", [leaf("text/html", html, "utf-8", "quoted-printable", crlf=True), img],
                f"----=_NextPart_001_0062_01DCF74B.{hx('10332r', 8, True)}")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", crlf=True), rel],
                f"----=_NextPart_000_0061_01DCF74B.{hx('10332a', 8, True)}")
    H, _ = env("outlook", P("付晓雨")[0], P("熊慧", "周雅琪", "胡俊", "万晓东", "严志刚", "程敏"), "6月经营分析会纪要",
               c["date"], "10332", cc=P("涂国平") + [BOT_HC], cs="utf-8")
    return message(H, alt)


# ------------------------------------------------------------------------------------------------ 10333
T10333 = """Hi all,

Summary of today's tooling review for the pole hub mould T-PH-03 (the toolmaker joined by phone).

Status
- T1 samples: 3 of 12 dimensions out of tolerance, mainly the hub bore (+0.06 mm).
- The toolmaker will re-cut the core insert at their own cost.

Actions
* Owner: Kevin Cui
  Action: send the marked-up 2D drawing with the bore correction to the toolmaker
  Due: tomorrow 12:00
* Owner: Jianhua Liu
  Action: full CMM report on the T1 samples, all 12 dimensions
  Due: within 3 working days
* Owner: Yolanda Sun
  Action: update the mould delivery date in the project plan and tell HQ (Tina)
  Due: this Friday
* Owner: toolmaker (Mr. Qu, Weihai Precision Mould)
  Action: T2 samples, 30 pcs, shipped to Rizhao
  Due: 20 Aug
* Owner: Kevin Cui
  Action: decide whether we need a second cavity for the SS27 volume
  Due: TBD (after T2)

Next tooling review: Friday 21 Aug, 10:00, engineering office.

Kevin
-- 
Kevin Cui | Engineering | Soča Outdoor Gear (Rizhao) Co., Ltd.
"""


def b10333(c):
    H, _ = env("thunderbird", ("Kevin Cui", email_of("崔志刚")), P("刘建华", "孙悦", "王海燕", en=True),
               "Tooling review - pole hub mould T-PH-03", c["date"], "10333",
               cc=P("Tina Hribar", "Matej Kovač") + [BOT_SOCA])
    return message(H, leaf("text/plain", flowed(T10333), "UTF-8", "7bit", params="; format=flowed", quote_cs=False))


# ------------------------------------------------------------------------------------------------ 10334
T10334 = """市商务局姜科长、张科长：

4月23日上午，我集团与市商务局就边民互市贸易落地加工项目召开对接会，现将会议纪要报送如下：

一、参会人员
市商务局：金美善副局长、姜明浩科长、张立新科长
延吉城发物流集团：尹相国副总经理、南英华（综合部）、朴永吉（仓储运营部）

二、会议议定事项
1. 项目选址：初步选定边合区3号仓储地块。由城发物流集团仓储运营部（朴永吉）负责完成地块现状测绘，五一节前提交。
2. 政策对接：由市商务局口岸和开放合作科（姜明浩）负责梳理互市商品落地加工政策清单，节后3个工作日内提供给集团。
3. 市场流通科（张立新）负责提供全市农副产品加工企业名录，4月30日前。
4. 集团综合部（南英华）负责起草合作框架协议初稿，5月15日前报双方领导审阅。

三、下一步工作
下次对接会定于5月13日（周三）下午2点，在城发集团三楼会议室召开。

延吉城发物流集团有限公司 综合部
南英华
2026年4月23日
"""


def b10334(c):
    html = outlook_html("\n".join(outlook_p(x) for x in T10334.split("\n")), "gb2312")
    H, _ = env("outlook", NAN, P("姜明浩", "张立新") + [YIN], "关于边民互市贸易落地加工项目对接会的会议纪要", c["date"],
               "10334", cc=P("金美善") + [BOT_YJ], cs="gb2312")
    node = multi("alternative", [leaf("text/plain", T10334, "gb2312", "base64", crlf=True),
                                 leaf("text/html", html, "gb2312", "base64", crlf=True)],
                 f"----=_NextPart_000_0011_01DCD2F1.{hx('10334', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10335
T10335 = """晓雨帮我转成正式纪要，先发大家：

胡俊：荔枝米酒第二次试产 下周二
熊慧：八月电商节方案 周五给我
严志刚：上半年成本分析 8月10号
彭亮：孝感-武汉配送线路招标 尽快
小汪：糯米新产季锁价谈判 月底前

下周一早上8:30碰一下

发自我的iPhone
"""


def b10335(c):
    from styles75 import apple_html
    H, _ = env("iphone", P("涂国平")[0], P("胡俊", "熊慧", "严志刚", "彭亮", "汪静"), "今天碰头的几件事", c["date"], "10335",
               cc=P("付晓雨") + [BOT_HC])
    b = f"Apple-Mail-{hx('10335', 8, True)}-{hx('10335b', 4, True)}-{hx('10335c', 4, True)}-{hx('10335d', 4, True)}-{hx('10335e', 12, True)}"
    node = multi("alternative", [leaf("text/plain", T10335, "utf-8", "quoted-printable", quote_cs=False),
                                 leaf("text/html", apple_html(T10335.split("\n")), "utf-8", "quoted-printable",
                                      quote_cs=False)], b)
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10336
WT = [
    ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间", "实际解决时间", "解决方案"],
    ["QC-2026-0819-01", "外贸客户反馈PO-2607-031批次水果刀刃口出现锈点（约2%）", "吴嘉欣", "2026-08-19 08:50", "高",
     "已出货4800把", "品质部", "李秀兰", "4小时内", "-", "排查钝化工序参数，出具初步原因分析"],
]


def b10336(c):
    intro = ["各位：", "", "今早收到外贸客户的生锈投诉，已按问题协调流程登记，情况如下：", ""]
    outro = ["", "临时措施分工：", "1. 生产部关主任：立即封存同批次库存，1小时内完成盘点；",
             "2. 外贸部嘉欣：24小时内回复客户初步说明（英文版我来审）；", "3. 研发部陈工：明天中午12点前给出钝化液浓度复核结果；",
             "4. 采购部：联系钝化液供应商提供该批次COA，今天下班前。", "", "今天下午5点在品质部碰头看结果。", "", "李秀兰 | 品质部"]
    html = div_html(lines_div(intro) + coremail_table(WT) + lines_div(outro), font="微软雅黑", size="14px")
    text = "\n".join(intro) + "\n" + text_table(WT) + "\n" + "\n".join(outro) + "\n"
    H, _ = env("qiye163", P("李秀兰")[0], P("关永健", "吴嘉欣", "陈伟明", "谭国强"), "【紧急】出口水果刀生锈客诉 问题协调解决记录",
               c["date"], "10336", cc=P("黄志坚", "冯丽华") + [BOT_FJ])
    node = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=_Part_{int(hx('10336', 6), 16)}_{int(hx('10336b', 8), 16)}.1787103618932")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10337
T10337 = """各位 / Dear all,

今天行政例会纪要如下（中英对照，方便Matej阅读）。
Minutes of today's admin meeting below (bilingual for Matej).

1. 消防演练 Fire drill
   已与岚山区消防救援大队确认9月17日（周四）下午2点演练。
   The drill with the Lanshan fire brigade is confirmed for Thu 17 Sep, 2 pm.
   - 王经理：各车间疏散路线图更新并张贴，9月10日前 / Helen: update and post evacuation maps for all workshops by 10 Sep
   - 高雅婷：灭火器、应急灯全面点检，中秋节前完成 / Grace: full check of extinguishers and emergency lights before the Mid-Autumn holiday

2. 节假日安排 Holidays
   中秋节9月25日至27日放假，国庆节10月1日至7日放假；9月20日（周日）、10月10日（周六）正常上班。
   Mid-Autumn 25-27 Sep and National Day 1-7 Oct are off; Sun 20 Sep and Sat 10 Oct are working days.
   - 于经理：中秋福利（月饼）采购预算报审批，下周三前 / Hongbo: Mid-Autumn gift budget for approval by next Wednesday
   - 张经理：与供应商确认国庆期间停发货安排，9月18日前 / Simon: confirm the National Day shipping stop with suppliers by 18 Sep
   - 高雅婷：节后复工安全检查，国庆节后第一个工作日 / Grace: post-holiday safety check on the first working day after National Day

3. 其他 Others
   食堂9月起增加夜班宵夜。The canteen adds a night-shift meal from September.

下次行政例会：9月11日（周五）下午3点 / Next admin meeting: Fri 11 Sep, 3 pm.

高雅婷 Grace Gao
HR & Admin | Soča Outdoor Gear (Rizhao) Co., Ltd.
"""


def b10337(c):
    html = outlook_html("\n".join(outlook_p(x) for x in T10337.split("\n")), "utf-8")
    H, _ = env("outlook", ("高雅婷 Grace Gao", email_of("高雅婷")), P("王海燕", "于洪波", "张明") + P("Matej Kovač"),
               "消防演练及节假日安排会议纪要 / Fire drill & holiday planning - minutes", c["date"], "10337",
               cc=[BOT_SOCA], cs="utf-8")
    node = multi("alternative", [leaf("text/plain", T10337, "utf-8", "quoted-printable", crlf=True),
                                 leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)],
                 f"----=_NextPart_000_0029_01DD36B2.{hx('10337', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10338
T10338 = """熊经理：

我的第27周周报如下。

一、本周完成
1. 抖音店铺“夏日冰镇米酒”专题页上线，周三起投放。
2. 天猫店6月复盘数据整理完毕，6月GMV 86.4万，环比+12%。
3. 达人合作：新签2位本地美食达人，7月中旬开播。

二、下周计划
1. 7月8日前完成冰镇米酒组合装的主图和详情页改版；
2. 周四前把7月直播排期发给您确认；
3. 跟进品控部的检测报告上传（等程主管那边出报告）。

三、需要协调
组合装的外箱目前只有样品，量产时间需要生产部确认。

周雅琪
"""


def b10338(c):
    H, _ = env("dingtalk", P("周雅琪")[0], P("熊慧"), "电商部周报（第27周）- 周雅琪", c["date"], "10338", cc=[BOT_HC])
    html = div_html(lines_div(T10338.split("\n")), size="14px")
    node = multi("alternative", [leaf("text/plain", T10338, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=ALIBOUNDARY_71924_{hx('10338', 8, True)}")
    return message(H, node)


CASES = [
    dict(num=10331, slug="fj-wecom-ai-lines-uruguay-buyer-tz", kind="minutes", date=ts("2026-07-21 18:05:20"),
         build=b10331, probes=["by 7/24", "8月7日前", "this Friday", "by end of July", "待定", "晚上8点（Montevideo 9:00 am）"],
         items=[I("吴嘉欣", "按G10刀柄更新报价单并发客户", "2026-07-24", ("md", 7, 24)),
                I("陈伟明", "G10刀柄结构图及样品（3把）", "2026-08-07", ("md", 8, 7)),
                I("李秀兰", "提供LFGB/FDA检测报告副本", "2026-07-24", ("this", 4)),
                I("Marcelo Ferreyra", "confirm logo artwork & packaging language (ES/EN)", "2026-07-31", ("month_end",),
                  email=MARCELO[1]),
                I("冯丽华", "拟定框架合同草稿", None, VAGUE)],
         followup=F("2026-07-28", "20:00", ("at", "2026-07-28", "09:00", -3)),
         notes="WeCom mail, mixed Chinese/English 'AI: owner – task – due' lines after a buyer visit; sent Tue 2026-07-21. "
               "Kelly = 吴嘉欣, 陈工 = 陈伟明, 李主管 = 李秀兰 (aliases); Marcelo resolves through the To display name Marcelo "
               "Ferreyra (buyer, not in roster, department null). 'by 7/24' -> 2026-07-24; 'this Friday' -> 2026-07-24; 'by "
               "end of July' -> 2026-07-31; '待定，等客户确认数量' -> vague_due. Points 1-3 (volumes, G10 request, payment "
               "terms) are information. Next call '7月28日（周二）晚上8点（Montevideo 9:00 am）' -> 2026-07-28 20:00 Shanghai "
               "(UTC-3 09:00 = 20:00 UTC+8).",
         tests="WeCom mixed zh/en 'AI: X – task – due' lines; alias owners; external buyer from To; next call given in two zones"),
    dict(num=10332, slug="hc-outlook-zhuze-peihe-cell-subtasks-related", kind="minutes", date=ts("2026-06-08 17:30:26"),
         build=b10332, probes=["熊慧（主责）/周雅琪（配合）", "①6月10日前", "①本季度末", "季度末前", "另行通知"],
         items=[I("熊慧", "618大促GMV目标拆解到店铺", "2026-06-10", ("md", 6, 10)),
                I("熊慧", "直播间排期表", "2026-06-12", ("md", 6, 12)),
                I("胡俊", "荔枝米酒配方定型", "2026-06-30", ("quarter_end",)),
                I("胡俊", "荔枝米酒小批量试产3批次", "2026-07-15", ("md", 7, 15)),
                I("严志刚", "重庆、长沙两地经销商超90天应收账款催收", "2026-06-30", ("quarter_end",)),
                I("程敏", "食品生产许可证延续申请材料", "2026-07-01", ("md", 7, 1))],
         notes="Outlook utf-8 (text + multipart/related HTML with an inline logo). Sent Mon 2026-06-08. '责任人（主责/配合）' "
               "holds both roles in one cell: the 主责 person owns the row; the 配合 person is not an owner. Rows 1 and 2 "
               "each hold two ①② sub-tasks with their own ①② deadlines -> two items per row. '本季度末' / '季度末前' -> "
               "2026-06-30. The 1-5月 figures are information; '7月上旬，具体时间另行通知' -> no follow-up.",
         tests="Outlook related+inline image; 主责/配合 in one cell; ①② sub-tasks with ①② deadlines in one row; 本季度末"),
    dict(num=10333, slug="soca-thunderbird-flowed-owner-action-due", kind="minutes", date=ts("2026-08-05 16:40:19"),
         build=b10333, probes=["Due: tomorrow 12:00", "Due: within 3 working days", "Due: this Friday", "Due: 20 Aug", "TBD"],
         items=[I("崔志刚", "send the marked-up 2D drawing with the bore correction to the toolmaker", "2026-08-06",
                  ("rel", 1), time="12:00"),
                I("刘建华", "full CMM report on the T1 samples, all 12 dimensions", "2026-08-10", ("workdays", 3)),
                I("孙悦", "update the mould delivery date in the project plan and tell HQ (Tina)", "2026-08-07", ("this", 4)),
                I("Mr. Qu", "T2 samples, 30 pcs, shipped to Rizhao", "2026-08-20", ("md", 8, 20)),
                I("崔志刚", "decide whether we need a second cavity for the SS27 volume", None, VAGUE)],
         followup=F("2026-08-21", "10:00", ("md", 8, 21)),
         notes="Thunderbird format=flowed 7bit English with Owner/Action/Due blocks; sent Wed 2026-08-05. 'tomorrow 12:00' -> "
               "2026-08-06 12:00. 'within 3 working days' -> 08-06, 08-07, 08-10 -> 2026-08-10. 'this Friday' -> 2026-08-07. "
               "The toolmaker's Mr. Qu is in no header and not in the roster -> owner 'Mr. Qu', email null. 'TBD (after "
               "T2)' -> vague_due. Next tooling review Friday 21 Aug 10:00.",
         tests="Thunderbird flowed English Owner:/Action:/Due: blocks; within 3 working days; outsider owner with no address; TBD"),
    dict(num=10334, slug="yj-soe-sent-minutes-labour-day-outlook", kind="minutes", date=ts("2026-04-23 17:05:44"),
         build=b10334, probes=["五一节前提交", "节后3个工作日内", "4月30日前", "5月15日前", "5月13日（周三）下午2点"],
         items=[I("朴永吉", "完成地块现状测绘", "2026-04-30", ("pre_hol", "2026-05-01")),
                I("姜明浩", "梳理互市商品落地加工政策清单", "2026-05-08", ("post_hol", "2026-05-01", 3)),
                I("张立新", "提供全市农副产品加工企业名录", "2026-04-30", ("md", 4, 30)),
                I("南英华", "起草合作框架协议初稿", "2026-05-15", ("md", 5, 15), email=NAN[1])],
         followup=F("2026-05-13", "14:00", ("md", 5, 13)),
         notes="Minutes written by the SOE (延吉城发物流集团 综合部, external From) to the bureau, Outlook gb2312; sent Thu "
               "2026-04-23. '五一节前' -> last working day before the 05-01..05 block = Thu 2026-04-30. '节后3个工作日内' -> "
               "05-06, 05-07, 05-08 -> 2026-05-08 (the 05-09 make-up Saturday is not reached). 朴永吉 (SOE, in no header) "
               "-> email null; 南英华 is the From (outsider, department null). 下次对接会 5月13日（周三）下午2点.",
         tests="Outlook gb2312 minutes sent by an SOE to the bureau; 五一节前 / 节后3个工作日内; outsider owners from From and from nowhere"),
    dict(num=10335, slug="hc-iphone-terse-sunday", kind="minutes", date=ts("2026-08-02 21:47:12"),
         build=b10335, probes=["下周二", "周五给我", "8月10号", "尽快", "月底前", "下周一早上8:30"],
         items=[I("胡俊", "荔枝米酒第二次试产", "2026-08-04", ("next", 1)),
                I("熊慧", "八月电商节方案", "2026-08-07", ("wd", 4)),
                I("严志刚", "上半年成本分析", "2026-08-10", ("md", 8, 10)),
                I("彭亮", "孝感-武汉配送线路招标", None, VAGUE),
                I("汪静", "糯米新产季锁价谈判", "2026-08-31", ("month_end",))],
         followup=F("2026-08-03", "08:30", ("next", 0)),
         notes="Terse iPhone mail from the GM on Sun 2026-08-02 21:47, one 'name：task due' line each. It says the formal "
               "minutes will follow, but this mail already assigns the items, so it is minutes. '下周二' -> Tuesday of the "
               "following Monday-start week = 2026-08-04; bare '周五' -> 2026-08-07; '8月10号' -> 2026-08-10; '尽快' -> "
               "vague_due; 小汪 = 汪静 (alias), '月底前' -> 2026-08-31. '下周一早上8:30碰一下' -> 2026-08-03 08:30.",
         tests="iPhone terse minutes sent on a Sunday: 下周二 / 周五 / 下周一早上8:30 from a Sunday; nickname owner 小汪"),
    dict(num=10336, slug="fj-qiye163-issue-record-hour-deadlines", kind="minutes", date=ts("2026-08-19 09:40:18"),
         build=b10336, probes=["4小时内", "1小时内完成盘点", "24小时内回复客户", "明天中午12点前", "今天下班前", "今天下午5点"],
         items=[I("李秀兰", "排查钝化工序参数，出具初步原因分析", "2026-08-19", ("hours", 4), time="13:40"),
                I("关永健", "封存同批次库存并完成盘点", "2026-08-19", ("hours", 1), time="10:40"),
                I("吴嘉欣", "回复客户初步说明", "2026-08-20", ("hours", 24), time="09:40"),
                I("陈伟明", "给出钝化液浓度复核结果", "2026-08-20", ("rel", 1), time="12:00"),
                I(None, "联系钝化液供应商提供该批次COA", "2026-08-19", ("rel", 0), dept="采购部")],
         followup=F("2026-08-19", "17:00", ("rel", 0)),
         notes="NetEase Qiye Mail (UTF-8) with the seed 问题协调解决记录表 (紧急程度 高) plus a list of interim measures. Sent "
               "Wed 2026-08-19 09:40:18. Hour deadlines count from the Date header: the row's '4小时内' -> 13:40; '1小时内' "
               "-> 10:40; '24小时内' -> 2026-08-20 09:40. '明天中午12点前' -> 2026-08-20 12:00. '采购部…今天下班前' -> "
               "department only, 2026-08-19 without a time. 提交时间 08:50 is when the complaint came in, not the anchor. "
               "'今天下午5点在品质部碰头' -> 2026-08-19 17:00.",
         tests="qiye.163 问题协调解决记录表 (seed) + measures list: 4/1/24小时内 from the Date header; 明天中午12点前; 今天下班前 dept-only"),
    dict(num=10337, slug="soca-bilingual-midautumn-national-day-outlook", kind="minutes", date=ts("2026-08-28 15:22:05"),
         build=b10337, probes=["9月10日前", "中秋节前完成", "下周三前", "9月18日前", "国庆节后第一个工作日", "9月11日（周五）下午3点"],
         items=[I("王海燕", "各车间疏散路线图更新并张贴", "2026-09-10", ("md", 9, 10)),
                I("高雅婷", "灭火器、应急灯全面点检", "2026-09-24", ("pre_hol", "2026-09-25")),
                I("于洪波", "中秋福利（月饼）采购预算报审批", "2026-09-02", ("next", 2)),
                I("张明", "与供应商确认国庆期间停发货安排", "2026-09-18", ("md", 9, 18)),
                I("高雅婷", "节后复工安全检查", "2026-10-08", ("post_hol", "2026-10-01"))],
         followup=F("2026-09-11", "15:00", ("md", 9, 11)),
         notes="Bilingual Outlook minutes (each action written in Chinese and again in English on the same line: one item, "
               "not two). Sent Fri 2026-08-28. 王经理 = 王海燕, 于经理 = 于洪波, 张经理 = 张明. '中秋节前' -> last working day "
               "before 09-25..27 = Thu 2026-09-24. '下周三前' -> 2026-09-02. '国庆节后第一个工作日' -> 10-01..07 off -> Thu "
               "2026-10-08. The drill date 9月17日, the holiday and make-up dates (09-20, 10-10) and the canteen line are "
               "information. 下次行政例会 9月11日（周五）下午3点 -> 2026-09-11 15:00.",
         tests="bilingual zh/en lines (one item each); 中秋节前; 国庆节后第一个工作日; holiday/make-up dates as information"),
    dict(num=10338, slug="hc-other-weekly-report-dingtalk", kind="other", date=ts("2026-07-03 18:30:02"),
         build=b10338,
         notes="A person's weekly report (周报) to her manager with the bot in Cc: 本周完成 / 下周计划 ('7月8日前', '周四前') / "
               "需要协调. It records no meeting and assigns nothing to anyone else -> kind other, no items.",
         tests="other: personal 周报 with dated plans (DingTalk mail), not minutes"),
]
