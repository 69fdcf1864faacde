"""Cases 10301-10308: 阳江锋匠刀剪实业有限公司 (kitchen knives and scissors, Yangjiang, Guangdong)."""
from clients75 import env
from lib75 import FJ, I, F, VAGUE, email_of
from mime75 import leaf, multi, message, attachment, make_docx, ts, hx, text_table
from styles75 import (outlook_html, outlook_p, outlook_table, outlook_quote_block, outlook_quote_text, div_html,
                      lines_div, coremail_table)

BOT = ("纪要助手", f"minutes@{FJ}")


def P(*names):
    return [(n, email_of(n)) for n in names]


# ------------------------------------------------------------------------------------------------ 10301
NC_ROWS = [
    ["沟通编号", "沟通日期", "发起部门/人", "参与部门/人", "沟通主题", "核心内容摘要", "待办事项", "状态", "备注"],
    ["NC2026-04-02", "2026-04-02", "总经办/黄总", "生产部、研发部、品质部、采购部", "新款中式桑刀量产准备",
     "确认首批3000把4月底前下线；热处理由真空炉改网带炉的方案暂缓，先按现工艺做首批；刀柄材质定黑檀木",
     "①品质部4月3日前提交开刃角度抽检报告（李主管）\n②研发部节后第一个工作日输出新刀柄3D图（陈工）\n"
     "③采购部本周五前确认黑檀木刀柄供应商报价（谭主管）\n④生产部4月10日前完成热处理炉温曲线验证（关主任）",
     "进行中", "需补充同类产品电商售价对比"],
]


def b10301(c):
    intro = ["各位好：", "", "今天下午新款桑刀量产准备会的记录如下，请按待办事项落实，清明放假前后请留意时间节点。", ""]
    outro = ["", "莫小燕", "锋匠刀剪 总经办", "电话：0662-3318 206"]
    html = outlook_html("\n".join(outlook_p(x) for x in intro) + outlook_table(NC_ROWS) +
                        "\n".join(outlook_p(x) for x in outro), "gb2312")
    text = "\n".join(intro) + "\n" + text_table(NC_ROWS) + "\n" + "\n".join(outro) + "\n"
    H, _ = env("outlook", P("莫小燕")[0], P("梁振东", "植文杰", "李秀兰", "谭国强"),
               "新款桑刀量产准备会议纪要（NC2026-04-02）", c["date"], "10301",
               cc=P("黄志坚", "关永健", "陈伟明") + [BOT], cs="gb2312")
    node = multi("alternative", [leaf("text/plain", text, "gb2312", "base64", crlf=True),
                                 leaf("text/html", html, "gb2312", "base64", crlf=True)],
                 f"----=_NextPart_000_0017_01DCC27A.{hx('10301', 8, True)}", preamble="This is a multipart message in MIME format.")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10302
T10302 = """梁厂长、李主管：

今早和宏钢特钢钟经理通了电话，钢带交期的情况按跟进表记录如下，请看一下有没有问题。

外部沟通跟进表
沟通编号：EC2026-05-06
沟通日期：2026-05-06
对方单位/联系人：广东宏钢特钢有限公司/钟经理
我方对接人：采购部/谭国强
沟通类型：供应商
核心需求/反馈：原定4月30日到货的2.5mm 5Cr15MoV钢带12吨，因对方轧机检修推迟至5月15日到货
解决方案/进展：①与生产部确认5月12日前的排产能否先用库存3.0mm料（5月7日前答复）②若无法调整，启动两家备选钢厂询价 ③品质部对备选钢厂来料做硬度和金相抽检
下次沟通时间：2026-05-09
负责人：谭国强

备注：钟经理口头答应5月15日前先发4吨，书面确认函明天发过来。

谭国强
采购部
"""


def b10302(c):
    html = div_html(lines_div(T10302.split("\n")), font="宋体", size="10.5pt")
    H, _ = env("foxmail", P("谭国强")[0], P("梁振东", "李秀兰"), "外部沟通跟进表（EC2026-05-06）宏钢钢带交期",
               c["date"], "10302", cc=P("黄志坚") + [BOT], cs="GBK")
    node = multi("alternative", [leaf("text/plain", T10302, "GBK", "base64", crlf=True),
                                 leaf("text/html", html, "GBK", "base64", crlf=True)],
                 f"----=_001_NextPart{num10302()}_=----", preamble="This is a multi-part message in MIME format.")
    return message(H, node)


def num10302():
    return "287466053817"


# ------------------------------------------------------------------------------------------------ 10303
T10303 = """各位：

今天周会的内容整理如下，这次按人列，各自认领，有问题直接找我。

一、上周情况
1. 斩骨刀订单PO-2605-118已全部出货，共4200把，客户验货一次通过。
2. 3号磨床主轴已更换，周六恢复生产。
3. 2号热处理炉炉膛有两处耐火砖脱落，已停炉。

二、本周安排
【关主任】
- 端午节前把2号热处理炉炉膛的耐火砖修补完，节后开炉要用
- 热处理首件记录表改成电子版，下周二前发我
【陈工（研发部，本周借调）】
- 新刀型的开刃夹具图纸，周三前给到机加组
【阿伟（机加组长）】
- 3号磨床保养记录补齐，周四下班前
【我】
- 二季度产能和良率数据汇总给黄总，月底前

三、其他
端午节6月19日至21日放假，20日（周六）值班安排另发。
下次周会：节后周一（6月22日）上午9点，地点不变。

梁振东
生产部
"""


def b10303(c):
    html = div_html(lines_div(T10303.split("\n")), font="微软雅黑", size="14px")
    H, _ = env("exmail", P("梁振东")[0], P("关永健", "陈伟明"), "生产部周会纪要 6.15", c["date"], "10303",
               cc=P("植文杰", "黄志坚") + [BOT], cs="gb18030")
    node = multi("alternative", [leaf("text/plain", T10303, "gb18030", "base64"),
                                 leaf("text/html", html, "gb18030", "base64")],
                 f"----=_NextPart_{hx('10303', 8, True)}_{hx('b', 8, True)}_{hx('c', 8, True)}",
                 preamble="This is a multi-part message in MIME format.")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10304
T10304 = """阿明：

中东那个客户想看大马士革纹主厨刀的实物效果，麻烦你周四前拍几张高清照片发我，白底，正反面和刃口特写各一张。

另外上次说的刀鞘颜色，你今天下午3点前告诉我选哪个，我好回客户。

谢谢！
冯丽华
"""


def b10304(c):
    H, _ = env("foxmail", P("冯丽华")[0], P("陈伟明"), "麻烦拍一下大马士革纹主厨刀的样品照片", c["date"], "10304",
               cc=P("吴嘉欣") + [BOT], cs="GBK")
    return message(H, leaf("text/plain", T10304, "GBK", "base64", crlf=True))


# ------------------------------------------------------------------------------------------------ 10305
TRACK = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况", "风险点及应对措施"],
    ["1", "礼盒主图拍摄", "电商部", "研发部", "林晓彤", "陈伟明", "2026-06-29", "2026-07-08", "2026-07-09",
     "已完成（延期1天，因样品返修）", "-"],
    ["2", "礼盒内衬EVA打样", "电商部", "采购部", "林晓彤", "谭国强", "2026-07-01", "2026-07-15", "-",
     "进行中（已完成60%）", "供应商打样慢，已约周一看样"],
    ["3", "刀身激光刻字文件", "电商部", "生产部", "林晓彤", "关永健", "2026-07-06", "2026-07-13", "-", "进行中",
     "刻字机需调试，周末加班"],
    ["4", "上新价格审批", "电商部", "财务部", "林晓彤", "何雪梅", "2026-07-08", "待定", "-", "未开始（等成本核算）",
     "成本核算依赖内衬报价"],
    ["5", "质检报告上传店铺后台", "电商部", "品质部", "林晓彤", "李秀兰", "2026-07-10", "2026-07-18", "-", "进行中",
     "SGS报告原件在外贸部"],
]


def b10305(c):
    head = ["各位同事：", "", "本周天猫旗舰店刀具礼盒上新协作事项跟踪如下（会议时间：2026年7月10日 16:00-16:40，线上）。", ""]
    tail = ["", "下次例会：下周五同一时间，还是线上。", "", "林晓彤 | 电商部"]
    html = div_html(lines_div(head) + coremail_table(TRACK) + lines_div(tail), font="微软雅黑", size="14px")
    text = "\n".join(head) + "\n" + text_table(TRACK, " | ") + "\n" + "\n".join(tail) + "\n"
    H, _ = env("coremail", P("林晓彤")[0], P("陈伟明", "谭国强", "关永健", "何雪梅", "李秀兰"),
               "跨部门协作事项跟踪表（第28周）天猫刀具礼盒上新", c["date"], "10305", cc=P("黄志坚") + [BOT], cs="utf-8")
    node = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=_Part_{hx('10305p', 6).upper()}_{hx('10305q', 9)}.1783675205123")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10306
DOCX_ROWS = [
    ["序号", "工作内容", "责任部门", "责任人", "完成时间"],
    ["1", "全厂灭火器、消防栓点检并建立台账", "生产部", "关永健", "6月10日前"],
    ["2", "砂轮机、抛光机防护罩专项检查", "生产部", "梁振东", "6月12日前"],
    ["3", "组织淬火油泄漏应急演练", "品质部", "李秀兰", "6月下旬"],
    ["4", "采购防割手套500副", "采购部", "谭国强", "端午节前"],
    ["5", "安全培训签到表归档", "总经办", "", "6月30日"],
]


def docx10306():
    paras = [("h", "2026年“安全生产月”启动会会议纪要"),
             "会议时间：2026年6月3日 9:00-10:30    地点：三楼会议室",
             "主持：黄志坚    记录：莫小燕",
             "参会：梁振东、关永健、李秀兰、谭国强、植文杰",
             "一、会议内容",
             "黄总通报了5月份厂内两起轻微割伤事件，强调开刃、抛光工序必须佩戴防割手套；安全生产月期间每周三为安全检查日。",
             "二、工作安排",
             "三、下次会议：6月17日（周三）下午3点，检查以上事项落实情况。",
             "总经办 2026年6月3日"]
    import datetime as dt
    return make_docx(paras, tables=[(6, DOCX_ROWS)], when=dt.datetime(2026, 6, 3, 10, 50), author="莫小燕",
                     title="安全生产月启动会会议纪要")


def b10306(c):
    body = ["各位：", "", "6月“安全生产月”启动会纪要见附件，请按分工落实。纪要助手已抄送，会自动跟踪提醒。", "",
            "莫小燕", "总经办"]
    html = outlook_html("\n".join(outlook_p(x) for x in body), "utf-8")
    H, _ = env("outlook", P("莫小燕")[0], P("梁振东", "关永健", "李秀兰", "谭国强"), "安全生产月启动会会议纪要",
               c["date"], "10306", cc=P("黄志坚") + [BOT], cs="utf-8")
    alt = multi("alternative", [leaf("text/plain", "\n".join(body) + "\n", "utf-8", "base64", crlf=True),
                                leaf("text/html", html, "utf-8", "base64", crlf=True)],
                f"----=_NextPart_001_0042_01DCF30A.{hx('10306a', 8, True)}")
    att = attachment("安全生产月启动会会议纪要.docx", docx10306(),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    node = multi("mixed", [alt, att], f"----=_NextPart_000_0041_01DCF30A.{hx('10306m', 8, True)}",
                 preamble="This is a multipart message in MIME format.")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10307
NEW10307 = """各位好，

今天下午开了618复盘会，沿用这个邮件线程，纪要如下（上次的备货纪要在下面，供对照）。

会议结论：
1. 618期间旗舰店成交额完成目标的87%，主推款斩切两用刀断货3天。
2. 下半年大促备货按预测量的1.2倍执行，安全库存按新标准。

后续跟进：
1. 林晓彤：7月15日前输出618复盘报告（含断货损失测算）
2. 谭国强：与钢材供应商签订下半年框架协议，7月底前
3. 梁振东：斩切两用刀安全库存从800把调到1500把，下周一前在ERP里改好
4. 何雪梅：核算大促期间平台扣点和推广费，本月20号前

双11备货启动会时间另行通知。

林晓彤
电商部
"""

OLD10307 = """大家好，618备货会议纪要如下：

1. 梁振东：6月5日前完成斩切两用刀加产2000把
2. 谭国强：5月30日前补齐礼盒包材
3. 林晓彤：6月1日前完成活动页面上线
4. 李秀兰：出货前全检刃口，6月8日前完成

林晓彤
"""


def b10307(c):
    q = outlook_quote_text("林晓彤 <linxiaotong@fjcutlery.example.cn>", "2026年5月28日 18:02",
                           "梁振东 <liangzhendong@fjcutlery.example.cn>; 谭国强 <tanguoqiang@fjcutlery.example.cn>; 李秀兰 <lixiulan@fjcutlery.example.cn>",
                           "618大促备货会议纪要")
    text = NEW10307 + "\n________________________________" + q + "\n" + OLD10307
    html = outlook_html("\n".join(outlook_p(x) for x in NEW10307.split("\n")) +
                        outlook_quote_block("林晓彤 <linxiaotong@fjcutlery.example.cn>", "2026年5月28日 18:02",
                                            "梁振东; 谭国强; 李秀兰", "618大促备货会议纪要") +
                        "\n".join(outlook_p(x) for x in OLD10307.split("\n")), "utf-8")
    old_id = "<000c01dcee5a$1f0b2a90$5d217fb0$@fjcutlery.example.cn>"
    H, _ = env("outlook", P("林晓彤")[0], P("梁振东", "谭国强", "李秀兰", "何雪梅"), "RE: 618大促备货会议纪要",
               c["date"], "10307", cc=P("黄志坚") + [BOT], cs="utf-8", irt=old_id, refs=[old_id])
    node = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", crlf=True),
                                 leaf("text/html", html, "utf-8", "quoted-printable", crlf=True)],
                 f"----=_NextPart_000_0093_01DCFDF1.{hx('10307', 8, True)}")
    return message(H, node)


# ------------------------------------------------------------------------------------------------ 10308
T10308 = """您好，我于7月7日至7月12日在阳东出差看备选钢厂，期间邮件回复不及时。
急事请联系采购部 小梁（0662-3318 215），或打我手机。7月13日（周一）返回后处理。

谭国强
"""


def b10308(c):
    bot_tok = f"minutes+r{hx('10307recap', 14)}@{FJ}"
    recap = f"<r.20260707153044.{hx('10307r', 10)}@{FJ}>"
    H, _ = env("exmail", P("谭国强")[0], [("纪要助手", bot_tok)], "自动回复: 【纪要确认】RE: 618大促备货会议纪要",
               c["date"], "10308", cs="gb18030", irt=recap, refs=[recap], rcpt=bot_tok)
    html = div_html(lines_div(T10308.split("\n")), size="14px")
    node = multi("alternative", [leaf("text/plain", T10308, "gb18030", "base64"),
                                 leaf("text/html", html, "gb18030", "base64")],
                 f"----=_NextPart_{hx('10308', 8, True)}_{hx('x', 8, True)}_{hx('y', 8, True)}")
    return message(H, node)


CASES = [
    dict(num=10301, slug="fj-internal-record-outlook-gb2312", kind="minutes", date=ts("2026-04-02 16:48:21"),
         build=b10301, probes=["节后第一个工作日", "本周五前"],
         items=[I("李秀兰", "提交开刃角度抽检报告", "2026-04-03", ("md", 4, 3)),
                I("陈伟明", "输出新刀柄3D图", "2026-04-07", ("post_hol", "2026-04-05")),
                I("谭国强", "确认黑檀木刀柄供应商报价", "2026-04-03", ("this", 4)),
                I("关永健", "完成热处理炉温曲线验证", "2026-04-10", ("md", 4, 10))],
         notes="Seed 内部沟通记录表 in an Outlook gb2312 HTML table (+ tab-separated text part). Sent Thu 2026-04-02, "
               "two days before Qingming (04-04..06 off). ① '4月3日前' -> 2026-04-03. ② '节后第一个工作日' -> first working "
               "day after the 04-04..06 block = Tue 2026-04-07; 陈工 = 陈伟明 (alias) although the cell names 研发部. "
               "③ '本周五前' -> Fri 2026-04-03. ④ 关主任 = 关永健 (alias), 2026-04-10. The 核心内容摘要 cell holds decisions "
               "('4月底前下线' is a plan, not an item). No next meeting given.",
         tests="Outlook zh-CN gb2312 HTML 内部沟通记录表 (seed); ①–④ with (title) owners; 节后第一个工作日 after Qingming; 本周五前"),
    dict(num=10302, slug="fj-supplier-followup-foxmail-gbk", kind="minutes", date=ts("2026-05-06 10:22:07"),
         build=b10302, probes=["5月7日前答复", "2026-05-09"],
         items=[I("谭国强", "与生产部确认5月12日前的排产能否先用库存3.0mm料", "2026-05-07", ("md", 5, 7)),
                I("谭国强", "启动两家备选钢厂询价", None, None),
                I(None, "对备选钢厂来料做硬度和金相抽检", None, None, dept="品质部")],
         followup=F("2026-05-09", None, ("md", 5, 9)),
         notes="Seed 外部沟通跟进表 written as key：value lines, Foxmail GBK base64. Sent Wed 2026-05-06 (first working day "
               "after May Day 05-01..05). Row 负责人 谭国强 owns ① and ② (they name no one else). ① '(5月7日前答复)' -> "
               "2026-05-07. ② is conditional ('若无法调整') with no date -> no_due. ③ names only 品质部 -> owner null, "
               "no_owner + no_due (李主管 is only the addressee). '4月30日' / '5月15日' are supplier facts. "
               "下次沟通时间 2026-05-09 = Saturday make-up working day (no time).",
         tests="Foxmail GBK 外部沟通跟进表 (seed) as key：value; row owner; conditional item no_due; dept-only ③; follow-up on the 05-09 make-up Saturday"),
    dict(num=10303, slug="fj-grouped-by-person-exmail-gb18030", kind="minutes", date=ts("2026-06-15 17:36:40"),
         build=b10303, probes=["端午节前", "下周二前", "周三前", "周四下班前", "月底前"],
         items=[I("关永健", "修补2号热处理炉炉膛耐火砖", "2026-06-18", ("pre_hol", "2026-06-19")),
                I("关永健", "热处理首件记录表改成电子版", "2026-06-23", ("next", 1)),
                I("陈伟明", "新刀型开刃夹具图纸给到机加组", "2026-06-17", ("wd", 2)),
                I("阿伟", "补齐3号磨床保养记录", "2026-06-18", ("wd", 3)),
                I("梁振东", "汇总二季度产能和良率数据给黄总", "2026-06-30", ("month_end",))],
         followup=F("2026-06-22", "09:00", ("md", 6, 22)),
         notes="Exmail gb18030, minutes grouped by person (【关主任】/【陈工】/【阿伟】/【我】). Sent Mon 2026-06-15; "
               "端午 2026-06-19..21 off. '端午节前' -> last working day before the block = Thu 2026-06-18. '下周二前' -> "
               "2026-06-23. '周三前' -> 2026-06-17. '周四下班前' -> 2026-06-18, no time (下班前 gives no clock time). "
               "阿伟 is not in the roster and not in To/Cc -> email null, department null. '【我】' is the sender 梁振东; "
               "'月底前' -> 2026-06-30. '一、上周情况' lines are reports, not items. '20日（周六）值班安排另发' is a notice. "
               "下次周会 6月22日 上午9点 -> 2026-06-22 09:00.",
         tests="Exmail gb18030 minutes grouped by person; 端午节前; 下周二/周三/周四下班前; 【我】 = sender; outsider nickname owner; done-report section"),
    dict(num=10304, slug="fj-other-sample-photo-request-foxmail", kind="other", date=ts("2026-07-14 09:12:55"),
         build=b10304,
         notes="A person's request to a colleague (photos by Thursday, a colour choice by 3 pm) with the bot in Cc out of "
               "habit. Not minutes: kind other, no items, no recap. Foxmail single-part GBK base64.",
         tests="other: one-to-one request with 周四前 / 下午3点前, bot in Cc by habit (Foxmail GBK text-only)"),
    dict(num=10305, slug="fj-collab-tracking-two-owner-columns-coremail", kind="minutes", date=ts("2026-07-10 17:20:05"),
         build=b10305, probes=["下周五同一时间", "16:00-16:40", "待定"],
         items=[I("谭国强", "礼盒内衬EVA打样", "2026-07-15", ("md", 7, 15)),
                I("关永健", "刀身激光刻字文件", "2026-07-13", ("md", 7, 13)),
                I("何雪梅", "上新价格审批", None, VAGUE),
                I("李秀兰", "质检报告上传店铺后台", "2026-07-18", ("md", 7, 18))],
         followup=F("2026-07-17", "16:00", ("next", 4)),
         notes="Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） columns, Coremail UTF-8 HTML. Sent Fri "
               "2026-07-10. Row 1 is 已完成 with an actual date -> not an item. AMBIGUOUS: every row has the initiator 林晓彤 "
               "in 发起方; the owner recorded is the 协作方 person who does the work (as in the seed's own example, where the "
               "协作部门 delivers). Row 4 计划完成时间 '待定' -> vague_due. Row 5 2026-07-18 is a Saturday (not a make-up day) "
               "and is kept as written. '下次例会：下周五同一时间' with 会议时间 16:00 -> 2026-07-17 16:00.",
         tests="Coremail 跨部门协作事项跟踪表 (seed) with two 责任人 columns (AMBIGUOUS owner), 已完成 row, 待定, next meeting '下周五同一时间'"),
    dict(num=10306, slug="fj-docx-safety-month-outlook", kind="minutes", date=ts("2026-06-03 11:05:40"),
         build=b10306, probes=["6月下旬", "端午节前", "6月17日（周三）下午3点"],
         items=[I("关永健", "全厂灭火器、消防栓点检并建立台账", "2026-06-10", ("md", 6, 10)),
                I("梁振东", "砂轮机、抛光机防护罩专项检查", "2026-06-12", ("md", 6, 12)),
                I("李秀兰", "组织淬火油泄漏应急演练", None, VAGUE),
                I("谭国强", "采购防割手套500副", "2026-06-18", ("pre_hol", "2026-06-19")),
                I(None, "安全培训签到表归档", "2026-06-30", ("md", 6, 30), dept="总经办")],
         followup=F("2026-06-17", "15:00", ("md", 6, 17)),
         notes="The minutes are only in the .docx attachment (python-docx table 序号/工作内容/责任部门/责任人/完成时间); the "
               "Outlook body just says 见附件. Sent Wed 2026-06-03. Row 3 '6月下旬' is a vague period -> vague_due. Row 4 "
               "'端午节前' -> Thu 2026-06-18 (端午 06-19..21). Row 5 has 责任部门 总经办 and an empty 责任人 -> no_owner. "
               "'每周三为安全检查日' is a rule, not an item. 下次会议 6月17日（周三）下午3点 -> 2026-06-17 15:00.",
         tests="Outlook utf-8 body '见附件' + .docx minutes table; 6月下旬 vague; 端午节前; empty 责任人 cell; next meeting in the docx"),
    dict(num=10307, slug="fj-new-minutes-as-re-in-old-thread-outlook", kind="minutes", date=ts("2026-07-07 15:30:12"),
         build=b10307, probes=["7月15日前", "7月底前", "下周一前", "本月20号前"],
         items=[I("林晓彤", "输出618复盘报告（含断货损失测算）", "2026-07-15", ("md", 7, 15)),
                I("谭国强", "与钢材供应商签订下半年框架协议", "2026-07-31", ("month_end",)),
                I("梁振东", "斩切两用刀安全库存从800把调到1500把并在ERP里改好", "2026-07-13", ("next", 0)),
                I("何雪梅", "核算大促期间平台扣点和推广费", "2026-07-20", ("md", 7, 20))],
         notes="New minutes (618 复盘, 2026-07-07) posted as 'RE:' in the thread of the 05-28 备货 minutes, which are quoted "
               "below an Outlook 发件人/发送时间 block. Only the new items count; the four quoted May/June items are the old "
               "meeting's. Sent Tue 2026-07-07. '7月底前' -> 2026-07-31; '下周一前' -> 2026-07-13; '本月20号前' -> 2026-07-20. "
               "'完成目标的87%' is a result. '双11备货启动会时间另行通知' -> no follow-up. UTF-8 quoted-printable.",
         tests="new minutes sent as RE: in an old minutes thread; quoted old items must be ignored; 7月底前 / 下周一前 / 本月20号前"),
    dict(num=10308, slug="fj-auto-ooo-exmail-no-auto-submitted", kind="auto", date=ts("2026-07-07 15:41:03"),
         build=b10308,
         notes="Tencent Exmail out-of-office reply to the bot's recap of 10307. It carries no Auto-Submitted or "
               "X-Autoreply header: only the '自动回复:' subject, In-Reply-To the recap and the body tell it is automatic. "
               "Dates in the body (7月7日至7月12日, 7月13日) are not commands. kind auto.",
         tests="auto: Exmail out-of-office without Auto-Submitted (subject 自动回复 + In-Reply-To the recap)"),
]
