"""heldout62 cases 9025-9030."""
import html as H

from h62_clients import alt, bot, build
from h62_lib import FU, I, MV, QS, SQ, TL, email_of, html_page, html_table, part, text_to_html

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9025
@case
def c9025():
    iso = "2026-08-20T16:15:09+08:00"       # Thursday; Mid-Autumn 09-25..27, National Day 10-01..07
    text = """局务会纪要（2026年第19期）

8月20日上午，孟庆和副局长主持召开局务会。现将会议有关事项纪要如下：

一、上次会议事项落实情况
1. 文旅节中期总结已于7月28日报送区政府。（已完成）
2. 夜游主入口、停车场移动母婴室已于7月25日到位。（已完成）
3. 文物点夜间巡查报告正在汇总，文物保护科8月21日提交。（进行中）

二、下步工作安排
1. 文旅节总结表彰。产业发展科（付晓东）9月10日前拿出文旅节总结报告和表彰建议名单。
2. 中秋国庆假期文旅市场安全检查。执法大队牵头，中秋节前完成一轮全覆盖检查。
3. 国庆假期旅游接待预案。公共服务科常慧同志负责，国庆节前报局党组。
4. 假期值班情况报送。办公室负责，国庆节后第一个工作日报送假期值班及市场运行情况。

三、其他
会议强调，中秋、国庆假期期间严格执行领导带班和24小时值班制度。

下次局务会：8月27日（周四）上午8:30。

局办公室　冯雪
"""
    html = html_page('<div style="font-size:14px">%s</div>' % text_to_html(text), "GB2312")
    body = alt(text, html, "----=_001_NextPart810376529144_=----", "GB2312", "base64", "quoted-printable",
               quoted=True, preamble="This is a multi-part message in MIME format.\n")
    to = [P("付晓东"), P("白志刚"), P("常慧"), P("韩立军"), P("齐振宇")]
    eml, _ = build("foxmail", P("冯雪"), to, [P("孟庆和"), bot(SQ)], "局务会纪要（2026年第19期）", iso, body, SQ,
                   cs="GB2312", relay_ip="10.133.9.77", remote_host="FX-PC")
    items = [
        I("付晓东", "拿出文旅节总结报告和表彰建议名单", "md:9-10", "2026-09-10"),
        I(None, "中秋国庆假期文旅市场安全检查（一轮全覆盖检查）", "before:Mid-autumn Festival", "2026-09-24",
          dept="文化市场综合执法大队"),
        I("常慧", "国庆假期旅游接待预案报局党组", "before:National Day", "2026-09-30"),
        I(None, "报送假期值班及市场运行情况", "after:National Day", "2026-10-08", dept="办公室"),
    ]
    return dict(num=9025, slug="foxmail-gb2312-review-then-midautumn-nationalday", kind="minutes", eml=eml,
                items=items, followup=FU("md:8-27", "2026-08-27", "08:30"),
                notes="Government 局务会纪要 sent with Foxmail (GB2312) on Thu 2026-08-20. 一、上次会议事项落实情况 is status "
                      "of old items (including the open one with a date, 8月21日提交) -> not items. 二、下步工作安排: 1. "
                      "付晓东 in brackets after the unit, 09-10. 2. '执法大队牵头' = unit only -> no_owner, department "
                      "文化市场综合执法大队 (执法大队 is its short name); '中秋节前' -> last working day before 09-25 = Thu "
                      "09-24. 3. 常慧, '国庆节前' -> Wed 09-30. 4. unit 办公室 -> no_owner; '国庆节后第一个工作日' -> Thu "
                      "10-08. '24小时值班' is a duty rule. 下次局务会 8月27日（周四）上午8:30 -> 2026-08-27 08:30.",
                tests="Foxmail GB2312 gov minutes: 上次事项落实 status excluded; 中秋节前 / 国庆节前 / 国庆节后第一个工作日")


# ------------------------------------------------------------------ 9026
@case
def c9026():
    iso = "2026-07-18T20:31:44+08:00"       # Saturday
    text = """施总，鞋博会今天和两家渠道碰了，简单记一下：

1. 福州动步体育（经销商）要轻跑3代样鞋，各码1双，周三前寄出（阿峰安排）
2. 他们要经销政策的书面版，我下周一发过去
3. 莆田那家运动鞋集合店想看童鞋线，等雅婷那边童鞋样出来我再约，先不定时间
4. 展位物料周一让物流拉回仓库（雨桐安排）

名片都拍照传群里了。

俊杰

发自网易邮箱大师
"""
    html = html_page('<div style="font-size:15px">%s</div>' % text_to_html(text))
    body = alt(text, html, "----=_Part_2231_887409316.1784377904021", "UTF-8", "base64", "base64")
    to = [P("施明辉")]
    eml, _ = build("mailmaster", P("蔡俊杰"), to, [P("苏晓峰"), P("陈雨桐"), P("洪雅婷"), bot(TL)], "鞋博会渠道沟通",
                   iso, body, TL, cs="UTF-8", relay_ip="223.104.48.176", remote_host="m16-178.mailmaster.example.net")
    items = [
        I("苏晓峰", "给福州动步体育寄轻跑3代样鞋，各码1双", "wd:3", "2026-07-22"),
        I("蔡俊杰", "发经销政策的书面版", "next:1", "2026-07-20"),
        I("蔡俊杰", "童鞋样出来后约莆田集合店看童鞋线", None, None),
        I("陈雨桐", "展位物料拉回仓库", "wd:1", "2026-07-20"),
    ]
    return dict(num=9026, slug="mailmaster-iphone-tradeshow-saturday", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="NetEase Mail Master (iPhone) short notes from a trade show, sent Saturday 2026-07-18 20:31. Owners "
                      "in brackets by nickname (阿峰=苏晓峰, 雨桐=陈雨桐) or '我' = the sender 蔡俊杰. '周三前' from a "
                      "Saturday -> Wed 07-22. '下周一' -> Mon 07-20 (the next calendar week starts 07-20). '先不定时间' -> "
                      "no_due. Bare '周一' -> the next Monday, 07-20. '名片都拍照传群里了' is done. The sign-off '发自"
                      "网易邮箱大师' is a client signature.",
                tests="Mail Master iPhone notes sent on a Saturday: 周三前 / 下周一 / bare 周一 from a weekend; 我 owner")


# ------------------------------------------------------------------ 9027
@case
def c9027():
    iso = "2026-07-30T18:20:41+08:00"       # Thursday
    preface = """各位：

下午项目会是腾讯会议开的，下面是它自动生成的智能纪要，我核对过，待办以这个为准。抄送纪要机器人跟踪。

易欣
"""
    fwd_hdr = """发件人: 腾讯会议 <no-reply@txmeeting-notice.example.com>
发送时间: 2026年7月30日 17:05
收件人: 易欣 <yi.xin@morava-traction.example.cn>
主题: 【智能纪要】T-27项目160kW变型评审会
"""
    minutes = """【智能纪要】T-27项目160kW变型评审会
会议时间：2026/07/30 15:00-16:30（GMT+08:00）
参会人：易欣、周立新、文博、龙海涛、谭慧、Tomáš Dvořák

智能摘要
会议评审了160kW变型的设计冻结条件。会议决定8月12日进行客户FAI复审，温升试验在布尔诺台架完成。周立新提到冷却风道方案已定；谭慧表示客户FAI遗留的2个问题还未关闭。

待办事项
1. 周立新：输出160kW电机温升试验大纲，8月5日前
2. 文博：与布尔诺确认试验台架排期，下周三
3. 龙海涛：8月底前完成铜线年度框架协议续签
4. 谭慧：跟进客户FAI遗留问题关闭情况
5. 待确认：更新项目主计划

章节要点
00:02 设计冻结条件
00:31 试验安排
01:05 采购与质量

以上内容由AI生成，请注意甄别
"""
    text = preface + "\n________________________________\n" + fwd_hdr + "\n" + minutes
    fwd_html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
                "<b>发件人:</b> 腾讯会议 &lt;no-reply@txmeeting-notice.example.com&gt; <br><b>发送时间:</b> 2026年7月30日 "
                "17:05<br><b>收件人:</b> 易欣 &lt;yi.xin@morava-traction.example.cn&gt;<br><b>主题:</b> 【智能纪要】"
                "T-27项目160kW变型评审会</p></div>")
    html = html_page("<div class=WordSection1>%s%s%s</div>" % (text_to_html(preface), fwd_html, text_to_html(minutes)),
                     "utf-8")
    body = alt(text, html, "_000_PS2PR06MB27A0F3C1B2D94E58A6C7PS2PR06MB27A0_", "utf-8", "base64", "base64",
               quoted=True)
    to = [("周立新", email_of("周立新")), ("文博", email_of("文博")), ("龙海涛", email_of("龙海涛")), ("谭慧", email_of("谭慧"))]
    eml, _ = build("m365", P("易欣"), to, [("Tomas Dvorak", email_of("Tomáš Dvořák")), bot(MV)],
                   "转发: 【智能纪要】T-27项目160kW变型评审会", iso, body, MV, utc=True, relay_ip="40.107.215.88",
                   remote_host="APC01-TYZ-obe.outbound.protection.outlook.com", extra=[])
    eml = eml.replace(b"Content-Language: en-US", b"Content-Language: zh-CN").replace(
        b"Accept-Language: en-US", b"Accept-Language: zh-CN, en-US")
    items = [
        I("周立新", "输出160kW电机温升试验大纲", "md:8-5", "2026-08-05"),
        I("文博", "与布尔诺确认试验台架排期", "next:3", "2026-08-05"),
        I("龙海涛", "完成铜线年度框架协议续签", "mend:8", "2026-08-31"),
        I("谭慧", "跟进客户FAI遗留问题关闭情况", None, None),
        I(None, "更新项目主计划", None, None),
    ]
    return dict(num=9027, slug="m365-zh-forward-tencent-meeting-ai-minutes", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Outlook (M365, zh-CN, +0000 Date = Thu 2026-07-30 18:20 Shanghai) '转发:' of a 腾讯会议 智能纪要, "
                      "with the organiser's preface. Only 待办事项 count; the 智能摘要 decision '8月12日进行客户FAI复审' "
                      "and facts are not items, and 章节要点 timestamps (00:31, 01:05) are not times. The forwarded "
                      "mail is from the same day, so both anchors agree. 1. '8月5日前' -> 08-05. 2. '下周三' -> 08-05. "
                      "3. '8月底前' -> 08-31. 4. no deadline -> no_due. 5. '待确认' is no owner -> no_owner + no_due. No "
                      "next meeting.",
                tests="M365 zh forward of a 腾讯会议 智能纪要: only 待办 counts, 待确认 owner, same-day forward")


# ------------------------------------------------------------------ 9028
@case
def c9028():
    iso = "2026-08-11T15:30:27+08:00"       # Tuesday
    info = [["沟通基本信息", "内容"],
            ["沟通主题", "160kW电机小批量试制跨部门对齐会"],
            ["沟通时间", "2026年8月11日 10:00-11:30"],
            ["沟通地点/线上渠道", "生产部会议室 + Teams"],
            ["参与部门及人员", "生产：欧阳主任；工程：周工、文工；质量：谭经理；供应链：龙经理；项目：易工"],
            ["主持人/记录人", "主持人：欧阳主任；记录人：欧阳主任"],
            ["沟通目标", "明确试制节点、物料齐套和检验安排"]]
    todo = [["序号", "事项", "负责人", "截止时间"],
            ["1", "试制BOM冻结并下发", "周工", "8月14日（周五）"],
            ["2", "试制工装（定子浸漆吊具）验收", "欧阳主任", "下周二"],
            ["3", "首件检验计划", "谭经理", "2个工作日内"],
            ["4", "长周期物料（编码器、轴承）到货确认", "龙经理", "本周五17:00前"],
            ["5", "客户见证试验邀请函", "易工", "8月20日前"]]
    t_info = "\n".join("%s\t%s" % tuple(r) for r in info)
    t_todo = "\n".join("\t".join(r) for r in todo)
    text = ("各位好，\n\n今天上午对齐会的记录如下。\n\n跨部门沟通记录表\n%s\n\n决议事项\n1. 试制数量定为6台，其中2台用于客户见证试验。\n"
            "2. 试制期间工程变更一律走ECN，不接受口头变更。\n\n待办事项\n%s\n\n下次对齐会：8月18日（周二）14:00，地点同上。\n\n"
            "欧阳舟\n生产部\n" % (t_info, t_todo))
    inner = ('<div class=WordSection1><p class=MsoNormal>各位好，</p><p class=MsoNormal>今天上午对齐会的记录如下。</p>'
             '<p class=MsoNormal><b>跨部门沟通记录表</b></p>%s<p class=MsoNormal><b>决议事项</b></p><p class=MsoNormal>'
             '1. 试制数量定为6台，其中2台用于客户见证试验。</p><p class=MsoNormal>2. 试制期间工程变更一律走ECN，不接受口头变更。'
             '</p><p class=MsoNormal><b>待办事项</b></p>%s<p class=MsoNormal>下次对齐会：8月18日（周二）14:00，地点同上。</p>'
             '<p class=MsoNormal>欧阳舟<br>生产部</p></div>' % (html_table(info), html_table(todo)))
    html = html_page(inner, "utf-8", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">')
    body = alt(text, html, "----=_NextPart_000_0031_01DD2963.8A7C41B0", "utf-8", "base64", "base64", quoted=True,
               preamble="This is a multipart message in MIME format.\n")
    to = [P("周立新"), P("文博"), P("谭慧"), P("龙海涛"), P("易欣")]
    eml, _ = build("outlook", P("欧阳舟"), to, [bot(MV)], "160kW小批量试制 跨部门对齐会记录", iso, body, MV, cs="utf-8",
                   relay_ip="10.60.1.57", remote_host="OUYANG-PC")
    items = [
        I("周立新", "试制BOM冻结并下发", "md:8-14", "2026-08-14"),
        I("欧阳舟", "试制工装（定子浸漆吊具）验收", "next:2", "2026-08-18"),
        I("谭慧", "首件检验计划", "wdays:2", "2026-08-13"),
        I("龙海涛", "长周期物料（编码器、轴承）到货确认", "this:5", "2026-08-14", "17:00"),
        I("易欣", "客户见证试验邀请函", "md:8-20", "2026-08-20"),
    ]
    return dict(num=9028, slug="outlook-zh-seed-cross-dept-record-titles", kind="minutes", eml=eml, items=items,
                followup=FU("md:8-18", "2026-08-18", "14:00"),
                notes="Seed 跨部门沟通记录表 (two-column info table) + 决议事项 + 待办 table, Outlook zh-CN UTF-8 base64, "
                      "written in Chinese inside the Czech-owned company. Owners are titles only: 周工=周立新, 欧阳主任="
                      "欧阳舟 (also the writer), 谭经理=谭慧, 龙经理=龙海涛, 易工=易欣 (文工=文博 attends but owns nothing). "
                      "Sent Tue 2026-08-11. '8月14日（周五）' -> 08-14; '下周二' -> 08-18; '2个工作日内' -> 08-12, 08-13; "
                      "'本周五17:00前' -> 08-14 17:00; '8月20日前' -> 08-20. 决议事项 are decisions. 下次对齐会 "
                      "8月18日（周二）14:00 -> 2026-08-18 14:00.",
                tests="seed 跨部门沟通记录表 + 待办 table in the foreign-owned company, owners by title only")


# ------------------------------------------------------------------ 9029
@case
def c9029():
    iso = "2026-07-15T09:42:30+08:00"       # Wednesday
    head = ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度（高/中/低）", "影响范围", "责任部门", "责任人", "计划解决时间",
            "实际解决时间", "解决方案"]
    row = ["QS-P-0715", "出口欧洲卷发头套（批号QS-0712）客户投诉有刺激性气味", "外贸部刘思远", "2026-07-15 08:50", "高",
           "在途2柜+库存约800顶", "生产部", "彭建华", "2026-07-17", "-", "排查漂染及定型工序，返工处理异味批次"]
    steps = """分工如下：
1. 谢小兰：今晚8点前封存同批次库存并贴待检标识
2. 品管部：3天内完成异味来源检测（送第三方）
3. 刘思远：明天上午给客户书面回复（中英文）
4. 蒋经理：要求漂染剂供应商一周内提供MSDS和VOC检测报告

周五（7月17日）上午9点开复盘会。"""
    text = ("各位：\n\n早上8:50接到外贸部反馈，9:10开了紧急会，问题记录如下。\n\n问题协调解决记录表\n" + "\t".join(head) + "\n"
            + "\t".join(row) + "\n\n" + steps + "\n\n尹红梅\n品管部\n")
    inner = ('<div style="font-family:微软雅黑;font-size:14px"><div>各位：</div><div><br></div><div>早上8:50接到外贸部反馈，'
             '9:10开了紧急会，问题记录如下。</div><div><br></div><div><b>问题协调解决记录表</b></div>%s<div><br></div>%s'
             '<div><br></div><div>尹红梅</div><div>品管部</div></div>' % (html_table([head, row], style="font-size:12px"),
                                                                     text_to_html(steps)))
    html = html_page(inner)
    body = alt(text, html, "----=_NextPart_6A56E2F2_0C8A1D30_7F2B4E19", "utf-8", "quoted-printable", "quoted-printable")
    to = [P("彭建华"), P("谢小兰"), P("刘思远"), P("蒋卫东")]
    eml, _ = build("exmail", P("尹红梅"), to, [P("邓国梁"), P("曾雅琴"), bot(QS)], "【紧急】QS-0712批次异味问题处理记录",
                   iso, body, QS, cs="utf-8", relay_ip="183.3.226.71", remote_host="smtpbg151.qq.example.com",
                   extra=["X-Priority: 1"])
    items = [
        I("彭建华", "排查漂染及定型工序，返工处理异味批次", "abs:2026-07-17", "2026-07-17"),
        I("谢小兰", "封存同批次库存并贴待检标识", "today", "2026-07-15", "20:00"),
        I(None, "完成异味来源检测（送第三方）", "plus:3", "2026-07-18", dept="品管部"),
        I("刘思远", "给客户书面回复（中英文）", "plus:1", "2026-07-16", "12:00"),
        I("蒋卫东", "要求漂染剂供应商提供MSDS和VOC检测报告", "plus:7", "2026-07-22"),
    ]
    return dict(num=9029, slug="exmail-utf8-seed-issue-record-tonight-3days", kind="minutes", eml=eml, items=items,
                followup=FU("md:7-17", "2026-07-17", "09:00"),
                notes="Seed 问题协调解决记录表 (紧急程度 高) in Tencent Exmail UTF-8 QP, X-Priority 1. Sent Wed 2026-07-15 "
                      "09:42. The table row is an item: 责任人 彭建华, 计划解决时间 2026-07-17. 分工: 谢小兰 '今晚8点前' -> "
                      "07-15 20:00; 品管部 only -> no_owner, '3天内' -> send date + 3 = 07-18; 刘思远 '明天上午' -> 07-16 "
                      "with the research policy 上午 = 12:00 (AMBIGUOUS: no clock time is written; a reader may record "
                      "the date only); 蒋经理=蒋卫东 '一周内' -> 07-22. 提交时间 08:50 and the 9:10 meeting are event "
                      "times. '周五（7月17日）上午9点开复盘会' -> 2026-07-17 09:00.",
                tests="seed 问题协调解决记录表 row as an item + 今晚8点前 / 3天内 / 明天上午 / 一周内")


# ------------------------------------------------------------------ 9030
@case
def c9030():
    iso = "2026-07-31T17:50:16+08:00"       # Friday
    text = """各位，

今天下午童鞋线上市协调会，记录如下。

会上先过了定价：童鞋线定价199-259元，首发渠道天猫和抖音，线下门店9月跟进。

会上明确，童鞋线的上市物料由蔡经理负责，8月10日前出齐；天猫、抖音童鞋专区页面由雨桐负责，8月14日（周五）前上线。首批童鞋2000双入仓，苏经理下周四之前落实。秋燕下周一中午12点前把童鞋线毛利测算发我和施总。GB 30585送检结果许工继续跟进，出了结果第一时间同步。

下次例会改到8月5日（周三）下午三点，原定周二的取消。

雅婷
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,PingFang SC;font-size:12pt">%s</div></body></html>\n' % text_to_html(text))
    body = alt(text, html, "B_3868969816_1948317286", "utf-8", "quoted-printable", "quoted-printable")
    to = [P("蔡俊杰"), P("陈雨桐"), P("苏晓峰"), P("林秋燕"), P("许志强")]
    eml, _ = build("macoutlook", P("洪雅婷"), to, [P("施明辉"), bot(TL)], "童鞋线上市协调会记录", iso, body, TL,
                   cs="UTF-8", relay_ip="117.28.251.90", remote_host="TiffanydeMacBook-Air.local")
    items = [
        I("蔡俊杰", "童鞋线的上市物料出齐", "md:8-10", "2026-08-10"),
        I("陈雨桐", "天猫、抖音童鞋专区页面上线", "md:8-14", "2026-08-14"),
        I("苏晓峰", "首批童鞋2000双入仓", "next:4", "2026-08-06"),
        I("林秋燕", "童鞋线毛利测算发洪雅婷和施总", "next:1", "2026-08-03", "12:00"),
        I("许志强", "跟进GB 30585送检结果并同步", None, None),
    ]
    return dict(num=9030, slug="macoutlook-prose-minutes-rescheduled-meeting", kind="minutes", eml=eml, items=items,
                followup=FU("md:8-5", "2026-08-05", "15:00"),
                notes="Outlook for Mac (UTF-8 QP) minutes written as prose: items are clauses inside one paragraph "
                      "('…由蔡经理负责，8月10日前出齐；…由雨桐负责…'). Sent Fri 2026-07-31. 蔡经理=蔡俊杰 08-10; 雨桐=陈雨桐 "
                      "'8月14日（周五）前' -> 08-14; 苏经理=苏晓峰 '下周四之前' -> 08-06; 秋燕=林秋燕 '下周一中午12点前' -> "
                      "08-03 12:00; 许工=许志强 no deadline ('出了结果第一时间') -> no_due. The pricing line is a "
                      "decision; '线下门店9月跟进' is a plan without an owner, not an item. Next meeting as a sentence "
                      "'改到8月5日（周三）下午三点' -> 2026-08-05 15:00; '原定周二的取消' is not a meeting.",
                tests="Outlook for Mac prose minutes (items inside sentences), 下周四之前, 下周一中午12点前, rescheduled "
                      "next meeting sentence")
