"""heldout59 cases 8710-8713 (凯里锦绣苗坊)."""
from h59_base import BOT, E, P, case, esc, html_lines, html_table, it, nf
from h59_mime import addr, addrs, bin_part, ew, make_docx, message, multipart, received, text_part

MD = "jxmiaofang.example.cn"
ALL = ["杨秀英", "吴春花", "潘国华", "龙小妹", "欧阳明"]


def exmail_hs(frm, to, cc, subj, date, mid, extra=()):
    return (["Return-Path: <%s>" % E(frm), "Delivered-To: %s" % BOT["miao"],
             received("mx.%s" % MD, "smtpbg.exmail.example.net", "203.205.250.17", date + " (CST)",
                      "4Zq%sT7wm" % mid[:6], BOT["miao"], "ESMTPS"),
             "X-QQ-mid: bizesmtp%st%s" % (mid[:8], mid[8:16]),
             "X-QQ-Originating-IP: 2aVbRQ7sL0i4Jk8m2XcP6tYfGwN1oH5u",
             "From: " + addr(frm, E(frm), "gb18030"),
             "To: " + addrs([P(n) for n in to], "gb18030")]
            + (["Cc: " + addrs([P(n) for n in cc] + [("纪要助手", BOT["miao"])], "gb18030")] if cc is not None else [])
            + ["Subject: " + ew(subj, "gb18030"), "Mime-Version: 1.0",
               "Date: " + date, "Message-ID: <tencent_%s@exmail.tencent.example.net>" % mid,
               "X-Priority: 3", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x",
               "X-QQ-Mailer: QQMail 2.x"] + list(extra))


def c8710():
    date = "Tue, 19 May 2026 16:12:37 +0800"
    pre = """各位，下午会议的飞书智能纪要转过来，待办我核对过了，抄送纪要助手登记。
下周二同一时间再碰一次进度。

小龙
"""
    ai = """“蝴蝶妈妈”系列新品开发会
2026年5月19日 14:30 | 1小时10分钟
参会人：杨秀英、吴春花、潘国华、龙小妹、欧阳明

总结
会议围绕“蝴蝶妈妈”系列新品的纹样设计、打样产能和上线节奏展开讨论。吴春花介绍了第一版设计稿，杨秀英认为配色偏暗，需要提亮；潘国华表示雷山、台江两个合作社6月上旬可投入约40名绣娘；欧阳明提出绣片验收需要统一标准；龙小妹计划6月1日开启预售。

章节
00:02 新品定位与设计稿评审
杨秀英认为第一版配色偏暗，要求参考传统蓝靛底色重新调整，吴春花表示本周内可以出第二版。
18:40 打样与产能
潘国华表示下周一前会把两个合作社的绣娘排班表发到群里，目前台江合作社交期还没最终确定。
41:15 质量标准
欧阳明建议参照去年的验收记录，对色牢度和针脚密度设定量化标准。
55:30 上线节奏
龙小妹建议6月1日开预售，预售期20天，杨秀英同意。

待办
□ 吴春花  完成蝴蝶纹样第二版设计稿（提亮配色）  5月22日
□ 潘国华  与雷山、台江两个合作社确认绣片交期
□ 欧阳明  制定绣片验收标准（色牢度、针脚密度）  下周三
□ 龙小妹  抖店预售页面上线  6月1日

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
查看妙记原文 >"""
    text = pre + "\n—— 以下为飞书妙记智能纪要 ——\n\n" + ai + "\n"
    sec = []
    for block in ai.split("\n\n"):
        ls = block.split("\n")
        if ls[0] in ("总结", "章节", "待办"):
            sec.append('<div style="margin-top:16px"><h3 style="font-size:16px;font-weight:600;color:#1f2329">%s</h3>' % ls[0]
                       + "".join('<p style="margin:4px 0;font-size:14px;color:#1f2329">%s</p>' % esc(l) for l in ls[1:])
                       + "</div>")
        else:
            sec.append("".join('<p style="margin:4px 0;font-size:14px;color:#646a73">%s</p>' % esc(l) for l in ls))
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:-apple-system,PingFang SC,'
            'Microsoft YaHei,sans-serif;font-size:14px">' + html_lines(pre) +
            '<div style="border:1px solid #dee0e3;border-radius:8px;padding:16px;margin-top:12px" '
            'class="lark-minutes-card"><div style="font-size:12px;color:#8f959e">飞书妙记 · 智能纪要</div>'
            + "".join(sec) + '</div></div></body></html>')
    alt = multipart("alternative", "6c3b0f5a1e2d4b7c9a8e7f6d5c4b3a21",
                    [text_part(text, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "base64")])
    hs = ["Return-Path: <%s>" % E("龙小妹"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "mail-out.larksuite.example.com", "101.126.81.33", date + " (CST)",
                   "4ZmH5s2RdVz8wQ", BOT["miao"]),
          "Date: " + date,
          "From: " + addr("龙小妹", E("龙小妹")),
          "To: " + addrs([P(n) for n in ["杨秀英", "吴春花", "潘国华", "欧阳明"]], sep=", "),
          "Cc: " + addr("纪要助手", BOT["miao"]),
          "Subject: " + ew("【飞书妙记】“蝴蝶妈妈”系列新品开发会 智能纪要"),
          "Message-Id: <0b5e2c7a-4d1f-4e93-8a6b-3f2e1d0c9b8a@larksuite.example.com>",
          "Mime-Version: 1.0", "X-Lark-Mail-Client: desktop/7.42.6", "X-Mailer: Feishu Mail"]
    items = [
        it("吴春花", "完成蝴蝶纹样第二版设计稿（提亮配色）", "2026-05-22", "md:5-22"),
        it("潘国华", "与雷山、台江两个合作社确认绣片交期", None, None, flags=["no_due"]),
        it("欧阳明", "制定绣片验收标准（色牢度、针脚密度）", "2026-05-27", "nwk:2"),
        it("龙小妹", "抖店预售页面上线", "2026-06-01", "md:6-1"),
    ]
    notes = ("Feishu Mail forward of a 飞书妙记 智能纪要 (总结/章节/待办), UTF-8 base64 alternative, sent Tue 2026-05-19. Only the "
             "待办 list counts: the 章节 lines restate things with other deadlines ('吴春花表示本周内可以出第二版' vs the 待办's "
             "5月22日; '潘国华表示下周一前会把…排班表发到群里' is not a 待办 at all) and the 总结 mentions 6月上旬/6月1日 as "
             "facts. 待办: 5月22日 -> 2026-05-22; 潘国华's row has no date -> no_due; '下周三' -> 2026-05-27; 6月1日 -> "
             "2026-06-01. The preface '下周二同一时间再碰一次' with the meeting at 14:30 -> next_followup 2026-05-26 14:30.")
    return case(8710, "miao-feishu-ai-minutes-todo-only", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-05-26", "14:30", "nwk:1"), notes,
                "Feishu Mail + 飞书妙记 智能纪要: only 待办 counts (章节 restate other deadlines, a 章节 promise is not a 待办); '下周二同一时间' from the meeting start")


def c8711():
    date = "Mon, 15 Jun 2026 20:18:44 +0800"
    text = """各位：

今天周例会的事情按人整理一下，大家对号入座。

【吴春花】
1. 端午礼盒的包装设计定稿，端午放假前给到我
2. 和凯里学院王老师对接非遗进校园课程，不急，月底前

【潘国华】
1. 台江合作社那批300片绣片的质量问题，明天上午和欧阳一起去现场看，看完给我个结论
2. 七月份的产能计划，周三下班前报给我

【龙小妹】
1. 618和端午撞在一起，活动方案明天发群里
2. 店铺色差差评的统一回复话术，今天弄好

【石磊】
1. 芬兰那家买手店要的6件样品，端午节前寄出，快递单号发我

【文丽】
无（上周的报销都处理完了）

下周例会改到周二上午9点，周一我在贵阳开会。

杨秀英
"""
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div style="font-family: 微软雅黑; '
            'font-size: 14px;">' + html_lines(text) + '</div>')
    alt = multipart("alternative", "----=_NextPart_6A80F1D4_0B3E2C18_5D7A9F31",
                    [text_part(text, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")],
                    preamble="This is a multi-part message in MIME format.")
    hs = exmail_hs("杨秀英", ["吴春花", "潘国华", "龙小妹", "石磊", "文丽"], ["欧阳明"], "6.15周例会 分工", date,
                   "A1B2C3D4E5F60718293A4B5C6D7E8F90")
    items = [
        it("吴春花", "端午礼盒包装设计定稿", "2026-06-18", "beforehol"),
        it("吴春花", "和凯里学院王老师对接非遗进校园课程", "2026-06-30", "me"),
        it("潘国华", "和欧阳明去台江合作社现场查看300片绣片质量问题并给出结论", "2026-06-16", "tmr"),
        it("潘国华", "报七月份产能计划", "2026-06-17", "wk:2"),
        it("龙小妹", "618和端午活动方案发群里", "2026-06-16", "tmr"),
        it("龙小妹", "店铺色差差评的统一回复话术", "2026-06-15", "today"),
        it("石磊", "芬兰买手店6件样品寄出并发快递单号", "2026-06-18", "beforehol"),
    ]
    notes = ("Exmail (腾讯企业邮) gb18030 minutes written by the boss at night (Mon 2026-06-15 20:18), grouped by person "
             "(【姓名】 headers own the numbered lines below). 端午 2026 is 06-19..21: '端午放假前'/'端午节前' -> 2026-06-18. "
             "'月底前' -> 06-30; '明天上午' -> 06-16 (no clock time in gold: 上午 is not a time); '周三下班前' -> 06-17; '今天' "
             "-> 06-15. 潘国华's #1 is his (欧阳 = 欧阳明 only accompanies). 【文丽】 '无' -> no item. Next: '下周例会改到周二上午"
             "9点' -> 2026-06-23 09:00.")
    return case(8711, "miao-grouped-by-person-exmail-gb18030", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-06-23", "09:00", "nwk:1"), notes,
                "Exmail gb18030 minutes grouped by person (【姓名】 blocks), 端午放假前/端午节前, 今天/明天上午/周三下班前, an empty person block, next meeting moved as a sentence")


def c8712():
    date = "Wed, 1 Jul 2026 17:50:26 +0800"
    rows = [["序号", "事项", "责任人", "完成时间", "状态"],
            ["1", "绣片入库检验流程试行", "主责：欧阳明\n配合：潘国华", "7月3日（周五）", "进行中"],
            ["2", "抖店7月大促备货清单", "主责：龙小妹；配合：吴春花、文丽", "7月10日前", "未开始"],
            ["3", "台江合作社补绣120片", "主责：潘国华 / 配合：石磊", "下周五前", "进行中"],
            ["4", "车间除湿设备维修", "主责：生产部；配合：品控部", "7月中旬", "待报修"],
            ["5", "6月绣娘计件工资核算", "主责：文丽", "6月30日", "已完成"]]
    intro = "各位：\n\n今天下午生产协调会纪要如下，请各位按分工推进。\n\n一、会议情况\n6月绣片入库合格率91.5%，比5月提高2.3个百分点；台江合作社有120片针脚密度不达标，需要补绣。\n\n二、工作安排\n"
    outro = "\n三、下次会议\n下次生产协调会：7月8日（周三）下午4点，地点不变。\n\n潘国华\n生产部\n"
    text = intro + "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows) + "\n" + outro
    html = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator '
            'content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-CN><div class=WordSection1>\n'
            + html_lines(intro, outlook=True, font="微软雅黑") + "\n"
            + html_table(rows, attrs="class=MsoTableGrid style='border-collapse:collapse;border:none'") + "\n"
            + html_lines(outro, outlook=True, font="微软雅黑") + "\n</div></body></html>")
    alt = multipart("alternative", "----=_NextPart_000_0017_01DD0967.2C4B8E30",
                    [text_part(text, "plain", "utf-8", "base64", crlf=True),
                     text_part(html, "html", "utf-8", "quoted-printable", crlf=True)])
    hs = ["Return-Path: <%s>" % E("潘国华"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "PANGH-PC", "192.168.1.103", date + " (CST)", "4b1Jc6ZqWnz5mP", BOT["miao"]),
          "From: " + addr("潘国华", E("潘国华")),
          "To: " + addrs([P(n) for n in ["欧阳明", "龙小妹", "吴春花", "文丽", "石磊"]]),
          "Cc: " + addrs([P("杨秀英"), ("纪要助手", BOT["miao"])]),
          "Subject: " + ew("7月1日生产协调会纪要"),
          "Date: " + date, "Message-ID: <001701dd0967$2c4b8e30$84e2aa90$@%s>" % MD,
          "MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdsJZyxLjjCE4qqQ0K5dW2vYz1Q3bA==",
          "Content-Language: zh-cn"]
    items = [
        it("欧阳明", "绣片入库检验流程试行", "2026-07-03", "md:7-3"),
        it("龙小妹", "抖店7月大促备货清单", "2026-07-10", "md:7-10"),
        it("潘国华", "台江合作社补绣120片", "2026-07-10", "nwk:4"),
        it(None, "车间除湿设备维修", None, None, flags=["vague_due"], dept="生产部"),
    ]
    notes = ("Outlook utf-8 (plain base64 + Word HTML table) 生产协调会纪要, sent Wed 2026-07-01. The 责任人 cell holds "
             "'主责：X 配合：Y' in three spellings (line break, '；', ' / '): the owner is the 主责 person. Row 4 主责 is a "
             "department (生产部) -> owner null, department 生产部, no_owner; '7月中旬' is a vague period -> vague_due. Row 5 "
             "'已完成' -> status, not an item. '下周五前' -> 2026-07-10. Next: 7月8日（周三）下午4点 -> 2026-07-08 16:00.")
    return case(8712, "miao-zhuze-peihe-cell-outlook-utf8", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-07-08", "16:00", "md:7-8"), notes,
                "Outlook utf-8 table whose 责任人 cell is '主责：X 配合：Y' (3 spellings), department 主责 -> no_owner, 7月中旬 vague, 已完成 row skipped")


def c8713():
    date = "Thu, 16 Apr 2026 18:30:12 +0800"
    text = """外贸部 周会纪要（4月16日）

参会：石磊、龙小妹、文丽；杨总列席

一、芬兰订单（赫尔辛基买手店，首单180件）
客户已确认款式，石磊负责推进，分三步：
  ① 4月20日前  与客户确认尺码表和洗标内容（英文/芬兰文）
  ② 4月24日前  报价单定稿发客户
  ③ 4月底前  第一批样衣寄出（DHL）

二、亚马逊欧洲站
listing英文文案由龙小妹负责（外贸部提供产品参数），4月23日（周四）前完成初稿。

三、出口退税
文丽：一季度出口退税申报资料整理，五一前报税务局。

四、上周事项回顾
1. 广交会样册印刷 —— 已完成，4月14日到货
2. 海关编码归类咨询 —— 已完成

下次周会：4月23日同一时间（周四下午4点）。

石磊
外贸部
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family:宋体;font-size:14px;line-height:1.7">' + html_lines(text.replace("  ", "&nbsp;&nbsp;"))
            .replace("&amp;nbsp;", "&nbsp;") + '</div><div id="ntes-pcmac-signature" style="font-family:\'微软雅黑\'">'
            '<div style="font-size:14px; padding: 0; margin:0;line-height:14px;">石磊 | 锦绣苗坊外贸部</div></div></body></html>')
    alt = multipart("alternative", "----=_Part_96321_1203587734.1776335412188",
                    [text_part(text, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "base64")])
    hs = ["Return-Path: <%s>" % E("石磊"), "Delivered-To: %s" % BOT["miao"],
          received("mx.%s" % MD, "m16.mail.qiye.netease.example.net", "123.58.177.216", date + " (CST)",
                   "4ZdN2q7HxTz3rC", BOT["miao"], "ESMTPA"),
          "Date: " + date,
          "From: " + addr("石磊", E("石磊")),
          "To: " + addrs([P("龙小妹"), P("文丽")]),
          "Cc: " + addrs([P("杨秀英"), ("纪要助手", BOT["miao"])]),
          "Message-ID: <5d3e8a1f.2b4c.19d9a7e3c41.Coremail.shilei@%s>" % MD,
          "Subject: " + ew("外贸部周会纪要 4.16"),
          "MIME-Version: 1.0", "X-Priority: 3",
          "X-Mailer: Coremail Webmail Server Version XT5.0.13 build 20230904(7e4a6f91) Copyright (c) 2002-2026 www.mailtech.cn 163com",
          "X-NTES-SC: AL_Qu2cAv2fvk0u5CSfYelnn00QgeY9XsO2vv8j3oNQOJk0kCrw+xwQUX9EO2Dq7cGDDhKhmgmXTw"]
    items = [
        it("石磊", "与客户确认尺码表和洗标内容（英文/芬兰文）", "2026-04-20", "md:4-20"),
        it("石磊", "报价单定稿发客户", "2026-04-24", "md:4-24"),
        it("石磊", "第一批样衣寄出（DHL）", "2026-04-30", "md:4-30"),
        it("龙小妹", "亚马逊欧洲站listing英文文案初稿", "2026-04-23", "md:4-23"),
        it("文丽", "一季度出口退税申报资料整理，报税务局", "2026-04-30", "beforehol"),
    ]
    notes = ("NetEase enterprise mail (Coremail XT5 webmail) UTF-8 base64, sent Thu 2026-04-16. Section 一 gives one owner "
             "(石磊负责推进) and three ①②③ sub-steps with their own dates -> three items owned by 石磊 (04-20, 04-24, '4月底前' "
             "-> 04-30). 二: 龙小妹 owns; '外贸部提供产品参数' is support, not an item. 三: '五一前' -> last working day before "
             "May Day = 2026-04-30. 四 上周事项回顾 rows are 已完成 -> not items. Next: '4月23日同一时间（周四下午4点）' -> "
             "2026-04-23 16:00.")
    return case(8713, "miao-circled-substeps-netease", "minutes", message(hs, alt, mime_version=False), items,
                nf("2026-04-23", "16:00", "md:4-23"), notes,
                "NetEase enterprise (Coremail) minutes: one owner with ①②③ sub-steps (3 items), supporting dept not an item, 五一前, done review section skipped")


CASES = [c8710, c8711, c8712, c8713]
