"""heldout62 cases 9009-9013."""
import html as H

from h62_clients import alt, bot, build
from h62_lib import (FU, I, MV, QS, SQ, TL, binary_part, email_of, html_page, make_docx, multipart, part,
                     quoted_charset_part, text_to_html)

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9009
@case
def c9009():
    iso = "2026-06-15T10:31:18+08:00"       # Monday; Dragon Boat 06-19..06-21 (no make-up day)
    text = """各位：

今天产品中心周会按人整理如下，端午前事情比较多，大家辛苦。

【许工】
1. 碳板跑鞋中底回弹测试报告，端午节前发我；
2. 和鞋底厂确认新模具的开模时间，节后第一天给我答复。

【嘉欣】
1. 童鞋系列配色稿第二版，下周二给到。
   （第一版的意见已经在飞书文档里标注了）

【苏经理】
1. 网布供应商切换的成本对比表，本周三前。

【雨桐】
1. 7月上新款的预售页面排期，6月底前定下来。

【我】
1. 秋冬企划书更新版，下周一前发施总。

上周说的鞋盒改版，蔡经理已经和包材厂定稿了，这项关掉。

下次周会：节后第一个工作日上午10点，还是这个会议室。

雅婷
产品中心 | 晋江踏浪运动用品有限公司
"""
    html = html_page('<div style="font-family:Microsoft YaHei;font-size:14px">%s</div>' % text_to_html(text))
    body = alt(text, html, "----=_NextPart_6A5F3E21_0B2C4D88_5E7A1C03", "UTF-8", "base64", "base64")
    to = [P("许志强"), P("王嘉欣"), P("苏晓峰"), P("陈雨桐")]
    eml, _ = build("wecom", P("洪雅婷"), to, [P("施明辉"), P("蔡俊杰"), bot(TL)], "产品中心周会纪要 0615", iso, body,
                   TL, cs="UTF-8", relay_ip="43.137.88.14", remote_host="smtpbgsg2.exmail.example.net")
    items = [
        I("许志强", "碳板跑鞋中底回弹测试报告", "before:Dragon Boat Festival", "2026-06-18"),
        I("许志强", "和鞋底厂确认新模具的开模时间", "after:Dragon Boat Festival", "2026-06-22"),
        I("王嘉欣", "童鞋系列配色稿第二版", "next:2", "2026-06-23"),
        I("苏晓峰", "网布供应商切换的成本对比表", "this:3", "2026-06-17"),
        I("陈雨桐", "7月上新款的预售页面排期", "monthend", "2026-06-30"),
        I("洪雅婷", "秋冬企划书更新版发施总", "next:1", "2026-06-22"),
    ]
    return dict(num=9009, slug="wecom-grouped-by-person-duanwu", kind="minutes", eml=eml, items=items,
                followup=FU("after:Dragon Boat Festival", "2026-06-22", "10:00"),
                notes="WeCom (企业微信邮箱) UTF-8 base64 minutes grouped by person in 【】 headers written with titles and "
                      "short names (许工=许志强, 嘉欣=王嘉欣, 苏经理=苏晓峰, 雨桐=陈雨桐); 【我】 is the sender 洪雅婷. Sent "
                      "Mon 2026-06-15; Dragon Boat holiday Fri 06-19..Sun 06-21 with no make-up day. '端午节前' -> last "
                      "working day before, Thu 06-18. '节后第一天' -> Mon 06-22. '下周二' -> 06-23. '本周三前' -> 06-17. "
                      "'6月底前' -> 06-30. '下周一前' -> 06-22. The 鞋盒改版 line is closed (done). Next meeting "
                      "'节后第一个工作日上午10点' -> 2026-06-22 10:00.",
                tests="WeCom minutes grouped by person (【许工】…, 【我】 = sender); 端午节前 / 节后第一天; follow-up 节后第一个工作日")


# ------------------------------------------------------------------ 9010
@case
def c9010():
    iso = "2026-05-18T09:14:55+08:00"       # Monday
    head = ["No.", "Action", "Owner", "Due", "Status"]
    rows = [
        ["SC-14", "Confirm second source for NdFeB magnets", "Harry Long", "24-Apr", "Closed"],
        ["SC-16", "Vendor audit of housing foundry", "Helen Tan", "15-May", "Done"],
        ["SC-17", "Update safety stock for copper wire (2 weeks -> 3 weeks)", "Harry Long", "22-May", "Open"],
        ["SC-18", "Re-quote encoder brackets from local supplier", "Cindy Yi", "2026/5/27", "Open"],
        ["SC-19", "Incoming inspection plan for varnish trial lot", "Quality team", "20-May", "Open"],
        ["SC-20", "Customs classification for stator laminations", "Harry Long / broker", "TBD", "Open"],
        ["SC-21", "Packaging spec for export motors", "Joe Ouyang", "29-May", "In progress"],
    ]
    text = ("Hi team,\n\nOpen actions from this morning's supply chain review, pasted from the tracker. Closed/Done "
            "rows left in for reference.\n\n" + "\t".join(head) + "\n" + "\n".join("\t".join(r) for r in rows) +
            "\n\nWe'll go through it again at next Monday's 9:00 call.\n\nRegards,\nHarry\n\nLong Haitao (Harry)\n"
            "Supply Chain Manager\nMorava Traction Systems (Zhuzhou) Co., Ltd.\n")
    cells = []
    for i, r in enumerate([head] + rows):
        tds = "".join('<td class=xl6%d style="border:.5pt solid windowtext;padding:0 5.4pt">%s</td>'
                      % (5 if i == 0 else 6, H.escape(c)) for c in r)
        cells.append("<tr style='height:15.0pt'>%s</tr>" % tds)
    table = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=720 "
             "style='width:540.0pt;border-collapse:collapse'>%s</table>" % "".join(cells))
    inner = ("<div class=WordSection1><p class=MsoNormal>Hi team,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>"
             "Open actions from this morning&#8217;s supply chain review, pasted from the tracker. Closed/Done rows "
             "left in for reference.</p><p class=MsoNormal>&nbsp;</p>%s<p class=MsoNormal>&nbsp;</p><p class=MsoNormal>"
             "We&#8217;ll go through it again at next Monday&#8217;s 9:00 call.</p><p class=MsoNormal>&nbsp;</p>"
             "<p class=MsoNormal>Regards,<br>Harry</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>"
             "<span style='font-size:9.0pt;color:gray'>Long Haitao (Harry)<br>Supply Chain Manager<br>Morava "
             "Traction Systems (Zhuzhou) Co., Ltd.</span></p></div>" % table)
    html = html_page(inner, "us-ascii", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                     '<style>td.xl65{font-weight:700;background:#D9E1F2}</style>')
    body = alt(text, html, "----=_NextPart_000_0042_01DCE6A1.3C8B9F70", "us-ascii", "7bit", "quoted-printable",
               quoted=True, preamble="This is a multipart message in MIME format.\n")
    to = [("Cindy Yi", email_of("易欣")), ("Helen Tan", email_of("谭慧")), ("Joe Ouyang", email_of("欧阳舟"))]
    eml, _ = build("outlook-en", ("Harry Long", email_of("龙海涛")), to, [bot(MV)],
                   "Supply chain review - open actions (18 May)", iso, body, MV, relay_ip="10.60.1.23",
                   remote_host="HARRY-LT")
    items = [
        I("龙海涛", "Update safety stock for copper wire (2 weeks -> 3 weeks)", "md:5-22", "2026-05-22"),
        I("易欣", "Re-quote encoder brackets from local supplier", "abs:2026-05-27", "2026-05-27"),
        I(None, "Incoming inspection plan for varnish trial lot", "md:5-20", "2026-05-20", dept="Quality"),
        I("龙海涛", "Customs classification for stator laminations", None, None, flags=["vague_due"]),
        I("欧阳舟", "Packaging spec for export motors", "md:5-29", "2026-05-29"),
    ]
    return dict(num=9010, slug="outlook-en-excel-tracker-closed-rows", kind="minutes", eml=eml, items=items,
                followup=FU("next:1", "2026-05-25", "09:00"),
                notes="Outlook desktop English; a table pasted from Excel (HTML xl65/xl66 cells; the text part is "
                      "tab-separated). Sent Mon 2026-05-18. Closed (SC-14) and Done (SC-16) rows are status, not items. "
                      "Excel dates without a year: '22-May' -> 05-22, '20-May' -> 05-20, '29-May' -> 05-29; '2026/5/27' "
                      "-> 05-27. 'Quality team' is a team -> no_owner, department Quality (one of ours). 'Harry Long / "
                      "broker' -> 龙海涛 (the broker is outside and unnamed); TBD -> vague_due. 'next Monday's 9:00 call' "
                      "-> 2026-05-25 09:00.",
                tests="Outlook English, table pasted from Excel with Closed/Done rows, dd-Mon dates, team owner, "
                      "'X / broker', TBD; next meeting as a sentence")


# ------------------------------------------------------------------ 9011
@case
def c9011():
    iso = "2026-05-20T18:10:40+08:00"       # Wednesday
    new = """各位，本周（5月20日）电商部周会纪要，沿用上周的邮件线程，方便对照。

一、上周待办回顾
1. 新品主图及详情页拍摄——已完成（5月6日）
2. 20顶直播样品——已完成
3. 4月佣金对账——进行中，还差1笔平台未回复

二、本周待办
1. 完成618活动报名及价格备案，本周内（罗佳）
2. 提供外贸仓可调拨给国内电商的库存清单，月底前（刘思远）
3. 补做挑染齐刘海款直播样品10顶，5月22日前（谢小兰）
4. 核对5月1日-15日平台扣点明细，下周一给我（贺文静）

有问题群里说。

罗佳
电商部
"""
    old = """------------------ 原始邮件 ------------------
发件人: "罗佳"<luojia@qingsi-hair.example.cn>;
发送时间: 2026年5月13日(星期三) 下午5:52
收件人: "谢小兰"<xiexl@qingsi-hair.example.cn>;"贺文静"<hewj@qingsi-hair.example.cn>;
抄送: "邓国梁"<denggl@qingsi-hair.example.cn>;
主题: 电商部周会纪要（5月13日）

各位，电商部周会纪要如下：
1. 4月佣金对账5月15日前完成（贺文静）
2. 水波纹短发头套补拍细节图，周五前（罗佳）
3. 直播间话术更新，下周一前（罗佳）
"""
    text = new + "\n" + old
    quote_html = text_to_html(old)
    html = html_page('<div style="font-family:微软雅黑;font-size:14px">%s</div><div><br></div>'
                     '<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">%s</div>'
                     % (text_to_html(new), quote_html), "gb18030")
    body = alt(text, html, "----=_NextPart_6A4C7B2E_0D31A8F0_2B5E6C91", "gb18030", "base64", "base64")
    to = [P("谢小兰"), P("贺文静"), P("刘思远")]
    old_id = "<tencent_5F0C21A8E93B7D4C6A1F22B8E0C9D3A17B08@qq.com>"
    eml, _ = build("exmail", P("罗佳"), to, [P("邓国梁"), bot(QS)], "回复：电商部周会纪要（5月13日）", iso, body, QS,
                   cs="gb18030", in_reply_to=old_id, references=old_id, relay_ip="183.3.226.64",
                   remote_host="smtpbg150.qq.example.com")
    items = [
        I("罗佳", "完成618活动报名及价格备案", "weekend", "2026-05-24"),
        I("刘思远", "提供外贸仓可调拨给国内电商的库存清单", "monthend", "2026-05-31"),
        I("谢小兰", "补做挑染齐刘海款直播样品10顶", "md:5-22", "2026-05-22"),
        I("贺文静", "核对5月1日-15日平台扣点明细", "next:1", "2026-05-25"),
    ]
    return dict(num=9011, slug="exmail-new-minutes-as-reply-in-old-thread", kind="minutes", eml=eml, items=items,
                followup=None,
                notes="Tencent Exmail gb18030: new minutes posted as '回复：' in last week's minutes thread "
                      "(In-Reply-To set), with last week's minutes quoted under the QQ '原始邮件' block. Only the new "
                      "part counts: the quoted items (5月15日前, 周五前, 下周一前) belong to the old meeting and the "
                      "上周待办回顾 lines are status. Sent Wed 2026-05-20. '本周内' -> Sunday 05-24 (research policy: "
                      "calendar-week end; AMBIGUOUS: a business reader may say Fri 05-22). '月底前' -> 05-31. "
                      "'5月22日前' -> 05-22. '下周一' -> 05-25. Owners in trailing brackets. No next meeting.",
                tests="new minutes sent as 回复： in an old thread (Exmail gb18030): quoted old items and 回顾 excluded; 本周内")


# ------------------------------------------------------------------ 9012
@case
def c9012():
    iso = "2026-06-02T09:05:33+08:00"       # Tuesday
    preface = """各位：

转发6月1日"山庄消夏"文化旅游节筹备专题会的会议纪要，请各责任科室按时限落实。纪要助手已抄送，会自动跟踪提醒。

齐振宇
局办公室
"""
    fwd_hdr = """发件人: 冯雪 <fengxue@sqwgl.example.gov.cn>
发送时间: 2026年6月1日 17:42
收件人: 孟庆和 <mengqh@sqwgl.example.gov.cn>
抄送: 齐振宇 <qizy@sqwgl.example.gov.cn>
主题: 关于"山庄消夏"文化旅游节筹备工作的专题会议纪要
"""
    minutes = """孟局：

6月1日专题会纪要如下，请审阅。

关于"山庄消夏"文化旅游节筹备工作的专题会议纪要

6月1日下午，孟庆和副局长主持召开专题会议，研究"山庄消夏"文化旅游节筹备工作。会议明确，文旅节定于7月18日开幕，为期一个月。现就有关事项纪要如下：

（一）节会总体方案。进一步细化活动板块和日程安排，形成总体方案报局党组审定。
责任单位：产业发展科（付晓东牵头）；完成时限：6月10日前。

（二）开幕式场地安全评估。对开幕式主会场及周边区域开展安全评估，形成评估报告。
责任单位：文化市场综合执法大队；完成时限：6月18日前。

（三）非遗展演节目遴选。会同区文化馆遴选非遗展演节目不少于12个。
责任单位：文物保护科（韩立军）；完成时限：6月30日前。

（四）宣传推广方案。
责任单位：办公室；完成时限：待市里定档后另行明确。

下次专题会：6月9日（周二）下午3点，局三楼会议室。

冯雪
"""
    text = preface + "\n________________________________\n" + fwd_hdr + "\n" + minutes
    fwd_html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
                "<b>发件人:</b> 冯雪 &lt;fengxue@sqwgl.example.gov.cn&gt; <br><b>发送时间:</b> 2026年6月1日 17:42<br>"
                "<b>收件人:</b> 孟庆和 &lt;mengqh@sqwgl.example.gov.cn&gt;<br><b>抄送:</b> 齐振宇 "
                "&lt;qizy@sqwgl.example.gov.cn&gt;<br><b>主题:</b> 关于&quot;山庄消夏&quot;文化旅游节筹备工作的专题会议纪要"
                "</p></div>")
    html = html_page("<div class=WordSection1>%s%s%s</div>" % (text_to_html(preface), fwd_html, text_to_html(minutes)),
                     "utf-8", '<meta name=Generator content="Microsoft Word 15 (filtered medium)">')
    body = alt(text, html, "----=_NextPart_000_0007_01DCF23B.9A4E1D60", "utf-8", "quoted-printable",
               "quoted-printable", quoted=True, preamble="This is a multipart message in MIME format.\n")
    to = [P("付晓东"), P("白志刚"), P("韩立军"), P("冯雪")]
    eml, _ = build("outlook", P("齐振宇"), to, [P("孟庆和"), bot(SQ)],
                   '转发: 关于"山庄消夏"文化旅游节筹备工作的专题会议纪要', iso, body, SQ, cs="utf-8",
                   relay_ip="10.133.8.12", remote_host="QZY-PC")
    items = [
        I("付晓东", "细化活动板块和日程安排，形成节会总体方案报局党组审定", "md:6-10", "2026-06-10"),
        I(None, "开幕式主会场及周边区域安全评估并形成评估报告", "md:6-18", "2026-06-18", dept="文化市场综合执法大队"),
        I("韩立军", "会同区文化馆遴选非遗展演节目不少于12个", "md:6-30", "2026-06-30"),
        I(None, "宣传推广方案", None, None, flags=["vague_due"], dept="办公室"),
    ]
    return dict(num=9012, slug="outlook-forward-gov-topic-minutes-preface", kind="minutes", eml=eml, items=items,
                followup=FU("md:6-9", "2026-06-09", "15:00"),
                notes="Outlook UTF-8 QP '转发:' of a 专题会议纪要 with a preface asking the bot to track it; the minutes sit "
                      "below the Outlook 发件人/发送时间 block and must not be cut as a quote. Forwarded Tue 2026-06-02; "
                      "all deadlines absolute so both anchors agree. （一） 付晓东牵头 -> owner 付晓东, 06-10. （二） unit "
                      "only -> no_owner, 文化市场综合执法大队, 06-18. （三） 韩立军 in brackets, 06-30. （四） '待市里定档后"
                      "另行明确' -> vague_due, unit 办公室 -> no_owner. '7月18日开幕，为期一个月' is a decision. Next "
                      "专题会 6月9日（周二）下午3点 -> 2026-06-09 15:00 (Tuesday, checked).",
                tests="forwarded government 专题会议纪要 with a preface; 责任单位/完成时限 lines; 牵头 in brackets; 待…另行明确")


# ------------------------------------------------------------------ 9013
@case
def c9013():
    iso = "2026-07-02T19:20:07+08:00"       # Thursday
    info = [["会议时间", "2026年7月2日 14:00-16:10"], ["地点", "研发中心二楼打样间"], ["主持", "许志强"],
            ["记录", "王嘉欣"], ["参会", "许志强、王嘉欣、苏晓峰、洪雅婷"]]
    review = [["上期事项", "负责人", "状态"], ["碳板跑鞋中底回弹测试报告", "许志强", "已完成"],
              ["童鞋配色稿第二版", "王嘉欣", "已完成"]]
    todo = [["序号", "事项", "负责人", "截止时间", "备注"],
            ["1", "碳板跑鞋二代大底防滑测试（湿地）", "王嘉欣", "7月8日", "送测样品6双"],
            ["2", "与鞋底厂签订新模具开发协议", "苏晓峰", "下周五", "法务已审"],
            ["3", "轻跑4代楦型3D扫描数据归档", "许志强", "7月15日前", ""],
            ["4", "童鞋送第三方检测（GB 30585）", "研发部", "7月底", "检测机构待比价"]]
    doc = make_docx("研发例会纪要（2026年7月2日）",
                    ["#一、会议信息", "#二、上期待办完成情况",
                     "#三、本期议题", "1. 二代碳板跑鞋大底配方：确定采用RB-7橡胶配方，耐磨测试已通过。",
                     "2. 童鞋国标检测：需在8月上市前完成送检。", "#四、待办事项",
                     "下次例会：7月9日（周四）14:00，地点同上。"],
                    tables=[(0, info), (1, review), (5, todo)], author="王嘉欣")
    text = "各位：\n\n今天研发例会的纪要见附件（Word），请查收，待办事项请按时间推进。\n\n许志强\n研发部\n"
    html = html_page('<div style="font-size:14px">%s</div>' % text_to_html(text))
    inner = alt(text, html, "b2c4e6a8d0f24c1e8a7b5d3f9e1c0a42", "UTF-8", "base64", "base64")
    inner = inner  # multipart/alternative part, nested below
    att = binary_part(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "研发例会纪要-20260702.docx")
    body = multipart("mixed", [inner, att], "f0e1d2c3b4a5968778695a4b3c2d1e0f")
    to = [P("王嘉欣"), P("苏晓峰"), P("洪雅婷")]
    eml, _ = build("feishu", P("许志强"), to, [bot(TL)], "研发例会纪要 7/2（见附件）", iso, body, TL, cs="UTF-8",
                   relay_ip="101.126.42.19", remote_host="smtp-out.feishu.example.cn",
                   extra=["X-Has-Attach: yes"])
    items = [
        I("王嘉欣", "碳板跑鞋二代大底防滑测试（湿地）", "md:7-8", "2026-07-08"),
        I("苏晓峰", "与鞋底厂签订新模具开发协议", "next:5", "2026-07-10"),
        I("许志强", "轻跑4代楦型3D扫描数据归档", "md:7-15", "2026-07-15"),
        I(None, "童鞋送第三方检测（GB 30585）", "monthend", "2026-07-31", dept="研发部"),
    ]
    return dict(num=9013, slug="feishu-docx-attachment-minutes", kind="minutes", eml=eml, items=items,
                followup=FU("md:7-9", "2026-07-09", "14:00"), must=["大底防滑测试", "楦型3D扫描"],
                notes="Feishu mail whose body only says 纪要见附件; the minutes are in a .docx (python-docx, fixed "
                      "timestamps): info table, 上期待办 table (both 已完成 -> status), 议题 (decisions), 待办 table. Sent "
                      "Thu 2026-07-02. '7月8日' -> 07-08; '下周五' -> 07-10; '7月15日前' -> 07-15; row 4 owner cell is "
                      "the department 研发部 -> no_owner, '7月底' -> 07-31. '8月上市前完成送检' in 议题 is context for row "
                      "4, not a separate item. 下次例会 7月9日（周四）14:00 -> 2026-07-09 14:00.",
                tests="Feishu mail, minutes only in a .docx attachment (tables), 已完成 review table, department owner cell")
