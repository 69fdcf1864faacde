"""Cases 10622-10629: 泽州水务 (cont.) and 建阳窑火建盏 (Nanping Jianyang, Fujian; small studio + e-commerce)."""
import html as H

from hl78_common import (I, NF, P, addr, alist, case, dept, ew, html_table, message, multi, rfcdate, text)
from hl78_cases_d import ZZBOT, zz_received

YHBOT = ("纪要助手", "minutes@yaohuo-jz.example.cn")


def yh_received(date, ip, rid, helo):
    return ("Received", "from %s (unknown [%s])\n\tby mx.yaohuo-jz.example.cn (Postfix) with ESMTPS id %s\n\tfor "
                        "<minutes@yaohuo-jz.example.cn>; %s (CST)" % (helo, ip, rid, date))


def divs(lines):
    return "".join("<div>%s</div>" % (H.escape(x) if x else "<br>") for x in lines)


# ------------------------------------------------------------------ 10622
@case(10622, "zz-other-internal-bulletin-exmail", "other",
      "Internal bulletin 《泽州水务简报》 sent by a person to the all-staff alias (no List-Id/Precedence): news with "
      "dates, '要求…前完成' and names -> other, not minutes")
def c10622():
    date = rfcdate(2026, 7, 31, 17, 0, 44)
    lines = [
        "泽州水务简报",
        "2026年第7期（总第83期）    综合办公室编    2026年7月31日",
        "",
        "【要闻】公司召开上半年工作总结会。7月28日，秦国栋总经理作工作报告，要求各部门8月底前完成下半年重点任务分解。",
        "【生产】7月供水总量412万立方米，同比增长3.1%；管网漏损率降至9.8%。",
        "【服务】客户服务中心“水务管家”上线，范志强介绍，8月起群众可在线办理过户、报装等8项业务。",
        "【安全】安全环保部开展汛期安全大检查，排查整改隐患17处，申晓东要求9月10日前全部销号。",
        "【党建】党群工作部组织“七一”主题党日活动，参观太行红色教育基地。",
        "",
        "（本简报发至公司全体员工，如需退订请联系综合办公室）",
    ]
    htm = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><div style=\"font-family:'微软雅黑';"
           "font-size:14px\">" + divs(lines) + "</div><div><br></div><div style=\"color:#909090;font-size:12px\">郭红梅 "
           "综合办公室</div>")
    part = multi("alternative", [
        text("\r\n".join(lines + ["", "郭红梅 综合办公室"]) + "\r\n", "plain", "UTF-8", "base64"),
        text(htm, "html", "UTF-8", "base64"),
    ], "----=_NextPart_66A9F1CC_0A7B2E41_5C3D9F80")
    hs = [
        ("Return-Path", "<guohongmei@zzsw.example.cn>"),
        ("Received", "from smtpbg.exmail.example.com (smtpbg.exmail.example.com [43.155.80.173])\n\tby "
                     "mx.zzsw.example.cn (Postfix) with ESMTPS id 4ZhZ1n6Wq4z2\n\tfor <minutes@zzsw.example.cn>; "
                     + date + " (CST)"),
        ("X-QQ-mid", "xmsezb35t1785488444t9c0e2b7f"),
        ("From", addr("郭红梅", "guohongmei@zzsw.example.cn")),
        ("To", addr("全体员工", "all@zzsw.example.cn")),
        ("Subject", ew("泽州水务简报（2026年第7期）")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_8C1E47B2F90A3D65E7B14C02@zzsw.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("Delivered-To", "minutes@zzsw.example.cn"),
    ]
    eml = message(hs, part, mime_version=False)
    notes = ("An internal bulletin written and sent by a person (综合办公室) to the all-staff alias, which includes the "
             "bot. It has no List-Id/Precedence/Auto-Submitted headers, so it is not auto; it is news, not minutes: "
             "'8月底前完成…任务分解' and '9月10日前全部销号' report what leaders asked elsewhere. kind other, no items.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10623
@case(10623, "zz-other-complaint-forward-wecom", "other",
      "企业微信 mail: customer-service forwards a resident's complaint to the pipe-network team and asks for a fix "
      "'明天下班前', bot in Cc -> a person's request, other")
def c10623():
    date = rfcdate(2026, 7, 16, 10, 42, 15)
    lines = [
        "常所：",
        "",
        "12345转来一起投诉，金匠小区3号楼反映连续三天晚上水压不足，高层基本没水。麻烦管网所安排人明天下班前去看一下，"
        "处理结果回我一下，我这边要在系统里回复市民。",
        "",
        "投诉原文：",
        "“我是金匠小区3号楼18层住户，7月13日开始每天晚上7点到10点水压特别小，热水器都打不着，希望尽快解决。”",
        "",
        "范志强",
        "客户服务中心",
    ]
    part = multi("alternative", [
        text("\n".join(lines) + "\n", "plain", "utf-8", "base64"),
        text("<div style=\"font-size:14px\">" + divs(lines) + "</div>", "html", "utf-8", "base64"),
    ], "----=_NextPart_66B5F0A7_1D3C5E92_2F81C6B4")
    hs = [
        ("Return-Path", "<fanzhiqiang@zzsw.example.cn>"),
        ("Received", "from smtpbg.exmail.example.com (smtpbg.exmail.example.com [43.155.80.171])\n\tby "
                     "mx.zzsw.example.cn (Postfix) with ESMTPS id 4ZbW8p3Dmkz6\n\tfor <minutes@zzsw.example.cn>; "
                     + date + " (CST)"),
        ("From", addr("范志强", "fanzhiqiang@zzsw.example.cn")),
        ("To", addr("常亮", "changliang@zzsw.example.cn")),
        ("Cc", alist([P("王瑞"), ZZBOT])),
        ("Subject", ew("转：金匠小区3号楼夜间水压不足投诉（12345）")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_5A0D7E3C19B24F86C1E9A7D3@zzsw.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "WXWork 4.1.33"),
        ("X-QQ-Mailer", "WXWork 4.1.33"),
    ]
    eml = message(hs, part, mime_version=False)
    notes = ("A request from one person to another (forwarded 12345 complaint), bot in Cc. It asks for a visit "
             "'明天下班前' and a reply, but there was no meeting and nothing is recorded as minutes: kind other, no "
             "items. The quoted complaint with '7月13日开始' and '尽快' is the resident's text.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10624
@case(10624, "zz-soe-tank-cleaning-html-only-same-task-twice", "minutes",
      "Exmail HTML-only (no text/plain) table where two rows carry the same task text for two owners/dates "
      "(北片 常亮 7月24日前, 南片 王瑞 7月31日前); 8月7日前; 8月中旬 -> vague")
def c10624():
    date = rfcdate(2026, 7, 20, 11, 15, 3)
    rows = [
        ["片区", "工作内容", "负责人", "完成时间"],
        ["北片", "入户核查二次供水水箱清洗记录", "常所长", "7月24日前"],
        ["南片", "入户核查二次供水水箱清洗记录", "王瑞", "7月31日前"],
        ["全域", "水箱清洗公示张贴情况抽查", "范志强", "8月7日前"],
        ["全域", "清洗完成小区水样抽检", "贾工", "8月中旬"],
    ]
    htm = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><div style=\"font-family:'微软雅黑';"
           "font-size:14px\">" + divs(["各位：", "", "今天上午二次供水水箱清洗专项会议定的分工如下：", ""]) +
           html_table(rows, attrs='border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse"') +
           divs(["", "市住建局将在8月下旬抽查，请大家务必按时完成。", "", "范志强", "客户服务中心"]) + "</div>")
    part = text(htm, "html", "UTF-8", "base64")
    hs = [
        ("Return-Path", "<fanzhiqiang@zzsw.example.cn>"),
        ("Received", "from smtpbg.exmail.example.com (smtpbg.exmail.example.com [43.155.80.171])\n\tby "
                     "mx.zzsw.example.cn (Postfix) with ESMTPS id 4ZcQ2s7Ykbz1\n\tfor <minutes@zzsw.example.cn>; "
                     + date + " (CST)"),
        ("X-QQ-mid", "xmsezb35t1784517303t3d9a6c81"),
        ("From", addr("范志强", "fanzhiqiang@zzsw.example.cn")),
        ("To", alist([P("常亮"), P("王瑞"), P("贾文静")])),
        ("Cc", alist([P("牛建平"), ZZBOT])),
        ("Subject", ew("二次供水水箱清洗专项会议分工")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_E2B90C4A7F1D36582A0C9B7E@zzsw.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("常亮", "入户核查二次供水水箱清洗记录", "2026-07-24", "abs:2026-07-24"),
        I("王瑞", "入户核查二次供水水箱清洗记录", "2026-07-31", "abs:2026-07-31"),
        I("范志强", "水箱清洗公示张贴情况抽查", "2026-08-07", "abs:2026-08-07"),
        I("贾文静", "清洗完成小区水样抽检", None, "vague"),
    ]
    notes = ("Sent Mon 2026-07-20, single text/html part. Rows 1 and 2 have the same task text for different areas, "
             "owners and dates: they are two items and must not be merged (常所长=常亮). 8月7日前 -> 08-07; '8月中旬' -> "
             "vague_due (贾工=贾文静). The 住建局 spot check in 8月下旬 is context. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10625
@case(10625, "yh-feishu-smart-minutes-todo-only", "minutes",
      "飞书 智能纪要 mail (Lark/Feishu Mail): 总结 and 智能章节 contain suggestions with dates; only the 待办 list counts "
      "(@name owners, 端午节前, 6月15日前, 下周一, 时间待定 for 罗老师)")
def c10625():
    date = rfcdate(2026, 6, 11, 20, 10, 27)
    lines = [
        "大家好，今天下午的会飞书自动生成了纪要，我看了一下基本准，转给纪要助手跟进待办。",
        "青青",
        "",
        "智能纪要：6月新品上架与窑期安排 2026年6月11日",
        "",
        "总结",
        "会议讨论了兔毫、油滴两个系列的上新节奏和窑期安排。兔毫系列第二窑合格率偏低（约六成），詹文斌认为与升温曲线"
        "有关；游德林建议7月前把柿红釉的配方定下来，电商部希望端午前后做一次直播预热。",
        "",
        "待办",
        "@詹文斌 端午节前完成第三窑兔毫盏试烧",
        "@叶青青 6月15日前完成兔毫系列详情页上架",
        "@魏小雨 下周一出油滴系列包装盒设计稿",
        "@罗永泉 调整柿红釉配方，时间待定",
        "",
        "智能章节",
        "00:00:12 兔毫第二窑问题复盘",
        "00:18:40 油滴系列包装与定价",
        "00:35:05 直播预热安排：建议6月16日晚上8点开播",
        "",
        "本纪要由飞书智能纪要生成，内容仅供参考。查看妙记原文",
    ]
    htm = ("<div style=\"font-family:-apple-system,'PingFang SC','Microsoft YaHei';font-size:14px;color:#1f2329\">" +
           divs(lines[:3]) + "<div style=\"border:1px solid #dee0e3;border-radius:8px;padding:16px\">" +
           "".join(("<h3>%s</h3>" % H.escape(x)) if x in ("总结", "待办", "智能章节") else
                   ("<div>%s</div>" % (H.escape(x) if x else "<br>")) for x in lines[3:]) + "</div></div>")
    part = multi("alternative", [
        text("\n".join(lines) + "\n", "plain", "utf-8", "quoted-printable"),
        text(htm, "html", "utf-8", "quoted-printable"),
    ], "1b7a5e0c9f3d42e8a61c0b2d7e94f351")
    hs = [
        ("Return-Path", "<yeqingqing@yaohuo-jz.example.cn>"),
        yh_received(date, "101.126.73.19", "4ZW4Kd2Nqnz5", "mail-sg.feishu-mail.example.com"),
        ("Date", date),
        ("From", addr("叶青青", "yeqingqing@yaohuo-jz.example.cn", quote=False)),
        ("To", alist([P("詹文斌"), P("魏小雨"), P("罗永泉")], quote=False)),
        ("Cc", alist([P("游德林"), YHBOT], quote=False)),
        ("Subject", ew("转发：智能纪要：6月新品上架与窑期安排 2026年6月11日")),
        ("Message-Id", "<a8f3e12c-5b07-4d9e-9c41-7e2b06d5f8a3@yaohuo-jz.example.cn>"),
        ("Mime-Version", "1.0"),
        ("X-Lms-Return-Path", "<lba+26a1f0c9e+5d3b+yaohuo-jz.example.cn+yeqingqing@feishu-mail.example.com>"),
        ("X-Mailer", "Feishu Mail"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("詹文斌", "完成第三窑兔毫盏试烧", "2026-06-18", "holbefore:Dragon Boat Festival"),
        I("叶青青", "完成兔毫系列详情页上架", "2026-06-15", "abs:2026-06-15"),
        I("魏小雨", "出油滴系列包装盒设计稿", "2026-06-15", "wk:0"),
        I("罗永泉", "调整柿红釉配方", None, "vague"),
    ]
    notes = ("Feishu smart minutes forwarded Thu 2026-06-11 by 叶青青. Only the 待办 list counts: 端午节前 -> 06-18; "
             "6月15日前 -> 06-15; '下周一' -> 06-15 (next Monday); 罗永泉 '时间待定' -> vague_due. The 总结 ('建议7月前"
             "…定下来', '端午前后做一次直播预热') and 智能章节 ('建议6月16日晚上8点开播') are summaries, not items or a "
             "next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10626
@case(10626, "yh-boss-casual-exmail-by-person-wrapped", "minutes",
      "The owner's casual minutes (Exmail, plain+html) grouped by nickname (青青——/阿斌——/春生——/美玲——), a "
      "wrapped item, '明天下班前' (date, no time), 周五前, 月底前, '8月10号前', an item with no date and the writer's "
      "own '我自己' line with 下周三")
def c10626():
    date = rfcdate(2026, 7, 21, 21, 40, 8)
    body = """今天下午碰了一下，几件事按人说，大家记一下：

青青——
  明天下班前把七夕活动页面初稿给我看；
  直播间灯光的问题找阿斌一起弄，周五前搞定。
阿斌——
  月底前把窑炉温控器换成新的，老的那个温差太大。
春生——
  仓库那批摔坏的盏（大概30来只）拍照登记，然后跟快递公司索赔，
  这个不急，8月10号前弄完就行。
美玲——
  上周那批退货的盏，全部复检一遍，有问题的单独放。

我自己下周三去跟文创园谈下半年的展位。

老游
"""
    part = multi("alternative", [
        text(body, "plain", "utf-8", "base64"),
        text("<div style=\"font-size:14px\">" + divs(body.split("\n")) + "</div>", "html", "utf-8", "base64"),
    ], "----=_NextPart_66BD0E08_2C6E1A93_4B07D521")
    hs = [
        ("Return-Path", "<youdelin@yaohuo-jz.example.cn>"),
        yh_received(date, "43.155.80.172", "4Zd1Qw6Ttsz8", "smtpbg.exmail.example.com"),
        ("X-QQ-mid", "xmsezb35t1784641208t7b1d0e59"),
        ("From", addr("游德林", "youdelin@yaohuo-jz.example.cn")),
        ("To", alist([P("叶青青"), P("詹文斌"), P("连春生"), P("黄美玲")])),
        ("Cc", alist([YHBOT])),
        ("Subject", ew("今天碰头的几件事")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_7B2E0A91C4D35F86E1A0B9C2@yaohuo-jz.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("叶青青", "把七夕活动页面初稿给我看", "2026-07-22", "d:1"),
        I("叶青青", "直播间灯光的问题找阿斌一起弄", "2026-07-24", "wk:4"),
        I("詹文斌", "把窑炉温控器换成新的", "2026-07-31", "me"),
        I("连春生", "跟快递公司索赔", "2026-08-10", "abs:2026-08-10"),
        I("黄美玲", "上周那批退货的盏，全部复检一遍", None, "none"),
        I("游德林", "去跟文创园谈下半年的展位", "2026-07-29", "next:2"),
    ]
    notes = ("Sent Tue 2026-07-21 21:40 by the owner (老游=游德林). Grouped by nickname: 青青=叶青青, 阿斌=詹文斌, "
             "春生=连春生, 美玲=黄美玲. '明天下班前' -> 07-22 with no time (corpus: 下班前 gives the date only); "
             "'周五前' -> 07-24 (阿斌 only helps); 月底前 -> 07-31; 春生's item wraps over two lines, '8月10号前' -> "
             "08-10 (the task is the photo log + claim; gold keeps the claim part). 美玲's recheck has no date -> "
             "no_due. '我自己下周三…' is the writer's own item -> 游德林, 07-29. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10627
@case(10627, "yh-external-followup-table-dingtalk-alimail", "minutes",
      "钉钉邮箱 (Alimail) HTML seed 外部沟通跟进表 with a platform partner row and a supplier row: ①② inside one "
      "cell, an item naming a person by nickname (小雨), items without a name owned by the row's 负责人; "
      "下次沟通时间 -> next_followup")
def c10627():
    date = rfcdate(2026, 5, 13, 16, 30, 55)
    rows = [
        ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
         "解决方案/进展", "下次沟通时间", "负责人"],
        ["EC2026-0512", "2026-05-12", "某电商平台/小周（类目运营）", "电商部/叶青青", "合作方",
         "平台邀请参加6·18建盏专场，需提报20款SKU",
         "①5月18日前提报SKU清单及价格 ②小雨出专场主图（5月25日前）", "2026-05-19", "叶青青"],
        ["EC2026-0513", "2026-05-13", "瓯宁纸品/陈经理", "仓储物流/连春生", "供应商",
         "礼盒内衬尺寸偏差，需退换300套", "①5月15日前寄回不合格内衬 ②5月22日前跟进供应商补发到仓", "-", "连春生"],
    ]
    htm = ("<div class=\"__aliyun_email_body_block\"><div style=\"line-height:1.7;font-family:Tahoma,Arial,STHeiti,"
           "SimSun;font-size:14.0px;color:#000000;\">" + divs(["游总、各位：", "", "本周两项外部沟通的跟进情况如下：", ""]) +
           html_table(rows, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
                                  'font-size:13px"') + divs(["", "叶青青", "电商部"]) + "</div></div>\n")
    plain = "\n".join(["游总、各位：", "", "本周两项外部沟通的跟进情况如下：", ""] + [" | ".join(r) for r in rows] +
                      ["", "叶青青", "电商部"]) + "\n"
    part = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64"),
        text(htm, "html", "UTF-8", "base64"),
    ], "----=ALIBOUNDARY_58213_7fb1c2d0a700_6a3b9e77_c1f2")
    hs = [
        ("Return-Path", "<yeqingqing@yaohuo-jz.example.cn>"),
        yh_received(date, "47.246.136.12", "4ZR3Vb0Mm1z7", "smtp.dingtalk-mail.example.com"),
        ("Date", date),
        ("From", addr("叶青青", "yeqingqing@yaohuo-jz.example.cn")),
        ("To", alist([P("游德林"), P("连春生"), P("魏小雨")])),
        ("Cc", alist([YHBOT])),
        ("Message-ID", "<7e15a2c9-3f0b-48d6-b2a7-91c4e0d5f6b8.yeqingqing@yaohuo-jz.example.cn>"),
        ("Subject", ew("外部沟通跟进表（5月第2周）")),
        ("X-Mailer", "Alimail-Mailagent revision 3716"),
        ("X-Priority", "3"),
        ("MIME-Version", "1.0"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("叶青青", "提报SKU清单及价格", "2026-05-18", "abs:2026-05-18"),
        I("魏小雨", "出专场主图", "2026-05-25", "abs:2026-05-25"),
        I("连春生", "寄回不合格内衬", "2026-05-15", "abs:2026-05-15"),
        I("连春生", "跟进供应商补发到仓", "2026-05-22", "abs:2026-05-22"),
    ]
    notes = ("Seed 外部沟通跟进表, sent Wed 2026-05-13. Row 1: ① names nobody -> the row's 负责人 叶青青, 05-18; ② names "
             "小雨 (=魏小雨) -> hers, '（5月25日前）' -> 05-25. Row 2 (supplier): both sub-items name nobody -> 连春生; "
             "05-15 and 05-22. 对方单位 contacts (小周, 陈经理) own nothing. 下次沟通时间 2026-05-19 (row 2 has '-') -> "
             "next_followup 2026-05-19, no time.")
    return {"eml": eml, "items": items, "next": NF("2026-05-19", "abs:2026-05-19"), "notes": notes}


# ------------------------------------------------------------------ 10628
@case(10628, "yh-qc-weekly-wecom-html-only-lead-support", "minutes",
      "企业微信 mail, single text/html part, 品质例会 table whose 负责人 cell holds '（主）/（配）' pairs with nicknames "
      "(罗老师, 小雨, 青青): 8月7日（周五）前, 七夕（8/19）前, 下周三, 8月5日前")
def c10628():
    date = rfcdate(2026, 8, 3, 10, 20, 49)
    rows = [
        ["序号", "事项", "负责人", "完成时间"],
        ["1", "烧成品二次分拣标准修订", "黄美玲（主）、詹文斌（配）", "8月7日（周五）前"],
        ["2", "七夕礼盒套装出库前全检", "连春生（主）、黄美玲（配）", "七夕（8/19）前"],
        ["3", "窑变釉色色卡更新", "罗老师（主）、小雨（配）", "下周三"],
        ["4", "7月客户退货原因统计", "青青", "8月5日前"],
    ]
    htm = ("<html><head><meta charset=\"UTF-8\"></head><body><div style=\"font-size:14px\">" +
           divs(["各位：", "", "今天品质例会的事项如下，（主）为负责人，（配）为配合人。", ""]) +
           html_table(rows, attrs='border="1" cellspacing="0" cellpadding="4"') +
           divs(["", "上周抽检合格率91.3%，比前一周高2个点，继续保持。", "", "黄美玲", "品控部"]) +
           "</div></body></html>")
    part = text(htm, "html", "UTF-8", "quoted-printable")
    hs = [
        ("Return-Path", "<huangmeiling@yaohuo-jz.example.cn>"),
        yh_received(date, "43.155.80.172", "4Zk0Gt5Qwfz2", "smtpbg.exmail.example.com"),
        ("X-QQ-mid", "xmsezb35t1785723649t0f3c8a12"),
        ("From", addr("黄美玲", "huangmeiling@yaohuo-jz.example.cn")),
        ("To", alist([P("詹文斌"), P("连春生"), P("罗永泉"), P("魏小雨"), P("叶青青")])),
        ("Cc", alist([P("游德林"), YHBOT])),
        ("Subject", ew("品质例会纪要 8.3")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("Message-ID", "<tencent_2D9F6B0E1A7C48E3B5D0C7A1@yaohuo-jz.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "WXWork 4.1.33"),
        ("X-QQ-Mailer", "WXWork 4.1.33"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("黄美玲", "烧成品二次分拣标准修订", "2026-08-07", "abs:2026-08-07"),
        I("连春生", "七夕礼盒套装出库前全检", "2026-08-19", "abs:2026-08-19"),
        I("罗永泉", "窑变釉色色卡更新", "2026-08-12", "next:2"),
        I("叶青青", "7月客户退货原因统计", "2026-08-05", "abs:2026-08-05"),
    ]
    notes = ("Sent Mon 2026-08-03, HTML only. The mail says （主） is the owner and （配） the helper, so the owner is the "
             "（主） name: 黄美玲, 连春生, 罗老师=罗永泉; 青青=叶青青. '8月7日（周五）前' -> 08-07; '七夕（8/19）前' -> 08-19 "
             "(the date is written; 七夕 is not a public holiday); 下周三 -> 08-12; 8月5日前 -> 08-05. The 合格率 line is "
             "a report. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10629
@case(10629, "yh-other-leave-request-iphone", "other",
      "iPhone Mail 8bit leave request to the boss with the bot in Cc by autocomplete: '下周一请一天假', '周五前发你' "
      "-> other")
def c10629():
    date = rfcdate(2026, 8, 13, 22, 15, 36)
    body = ("游总：\n\n下周一（8月17日）家里有点事想请一天假，中秋礼盒的设计稿我周五前发你和青青看，周二回来再改。\n"
            "麻烦您批一下，谢谢！\n\n小雨\n\n发自我的iPhone\n")
    part = text(body, "plain", "utf-8", "8bit")
    hs = [
        ("Return-Path", "<weixiaoyu@yaohuo-jz.example.cn>"),
        yh_received(date, "117.136.20.88", "4Zn7Bh1Rc3z6", "smtpclient.apple"),
        ("From", addr("魏小雨", "weixiaoyu@yaohuo-jz.example.cn", quote=False)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", ew("请假")),
        ("Message-Id", "<9C4E2B17-5A3F-4D80-B6E1-0F7A2C9D3B58@yaohuo-jz.example.cn>"),
        ("Cc", alist([P("叶青青"), YHBOT], quote=False)),
        ("To", addr("游德林", "youdelin@yaohuo-jz.example.cn", quote=False)),
        ("X-Mailer", "iPhone Mail (22F76)"),
    ]
    eml = message(hs, part, mime_version=False)
    notes = ("A personal leave request from iPhone Mail (8bit UTF-8), the bot in Cc by address autocomplete. It "
             "contains dates ('下周一（8月17日）', '周五前发你') but it is a request, not minutes: kind other, no items.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}
